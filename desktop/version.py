"""The program's version, written once in pyproject.toml and read from there everywhere else.

A source checkout and the frozen build (its spec ships pyproject.toml beside the packages) read
the file itself: an editable install's metadata keeps the version it had when it was installed.
An installed wheel has no pyproject.toml beside its packages and reads its distribution metadata.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "ketnghia"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def version() -> str:
    """The version of the running program, e.g. "0.1.0"."""
    if PYPROJECT.is_file():
        with PYPROJECT.open("rb") as file:
            project = tomllib.load(file).get("project", {})
        if project.get("name") == DISTRIBUTION:
            return str(project["version"])
    return metadata.version(DISTRIBUTION)
