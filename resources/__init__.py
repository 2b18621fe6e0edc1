"""The program's data files: translations, icons, reference data, fonts and sync dictionaries.

`path(...)` finds them beside this file, as in a checkout, an installed wheel and the frozen build
(whose spec collects them into the same folders), without importlib.resources and the eight
modules it loads on the way to the window's first paint.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The data file (or folder) `parts` below resources/, e.g. path("icons", "ketnghia.svg")."""
    return FOLDER.joinpath(*parts)
