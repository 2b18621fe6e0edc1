"""PySide6's look into the source of every module imported after Qt, spared for the standard
library's.

With Qt imported, PySide6 hooks every `import` to support `from __feature__ import snake_case`:
the first time a module name is imported after it (even one loaded long before), PySide reads
that module's whole source (`inspect.getsource`) to see whether it names PySide6, and notes the
answer in its table of modules. The standard library never does; yet reading threading, inspect,
argparse, typing and the others our code imports cost the window's start some 8 ms of its 70
(measured with the sources on disk; the frozen program has none to read). This notes every
standard-library module as "does not use PySide6" before it is asked, which is the answer PySide
would find. The program uses no `__feature__`, and its own modules are left to PySide's check.
"""

from __future__ import annotations

import sys

NOT_PYSIDE = -1  # the table's value for a module that does not use PySide6


def spare_standard_library() -> None:
    """Note the standard library's modules (all top-level names, and the submodules loaded) in
    PySide6's table of modules, if this PySide6 keeps one; nothing otherwise."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    standard = sys.stdlib_module_names
    for name in (*standard, *sys.modules):
        if name.partition(".")[0] in standard:
            table.setdefault(name, NOT_PYSIDE)
