"""Our generic top-level names (desktop, sync, resources): a foreign `sync` or `resources`
package that Python would import instead of ours stops the program with a plain message, not a
confusing error later; with our own packages it runs. (The frozen build carries its own copies:
installer/smoke.py runs it with foreign packages first on PYTHONPATH.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def ketnghia(tmp_path: Path, pythonpath: list[Path], *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in pythonpath)}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # not the checkout: `-m` puts the working folder first on sys.path
    )


def test_our_packages_side_by_side_run(tmp_path):
    result = ketnghia(tmp_path, [ROOT], "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ketnghia ")


@pytest.mark.parametrize("name", ["sync", "resources"])
def test_a_foreign_package_of_the_same_name_is_named_and_stops_the_program(tmp_path, name):
    foreign = tmp_path / "other-distribution"
    (foreign / name).mkdir(parents=True)
    (foreign / name / "__init__.py").write_text("VALUE = 'not Sổ Kết Nghĩa'\n")
    result = ketnghia(tmp_path, [foreign, ROOT], "--version")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"gói {name} ({foreign / name})" in result.stderr
    assert "môi trường riêng" in result.stderr
    assert result.stdout == ""
