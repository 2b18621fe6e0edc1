"""PySide6 does not read the source of the standard library's modules imported after Qt (some 8 ms
of the window's start): every top-level one, and the submodules loaded before (a submodule first
loaded after Qt is still read). The program's own modules are still read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# After Qt and the program's first module: which modules' sources are read when imported.
SCRIPT = """
import inspect, json, sys
import desktop.i18n  # imports Qt first, as every entry point does

read = []
getsource = inspect.getsource

def recorded(module):
    read.append(module.__name__)
    return getsource(module)

inspect.getsource = recorded
import argparse, threading, typing, dataclasses, collections.abc, importlib.machinery  # noqa: E401
from desktop.views.widgets import action  # noqa: F401
print(json.dumps(read))
"""


def test_only_the_programs_own_modules_are_read_after_qt():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    read = json.loads(out.strip().splitlines()[-1])
    standard = [name for name in read if name.partition(".")[0] in sys.stdlib_module_names]
    assert standard == []
    assert "desktop.views.widgets" in read  # PySide's own check, left as it is
