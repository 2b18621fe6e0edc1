"""The program's version and licence, written once in pyproject.toml and read from there.

A source checkout and the frozen build (its spec ships pyproject.toml beside the packages) read
the file itself: an editable install's metadata keeps the version it had when it was installed.
An installed wheel has no pyproject.toml beside its packages and reads its distribution metadata.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

DISTRIBUTION = "ketnghia"
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@cache
def _pyproject() -> dict[str, object] | None:
    if not PYPROJECT.is_file():
        return None
    with PYPROJECT.open("rb") as file:
        project = tomllib.load(file).get("project", {})
    return project if project.get("name") == DISTRIBUTION else None


def version() -> str:
    """The version of the running program, e.g. "0.1.0"."""
    project = _pyproject()
    if project:
        return str(project["version"])
    from importlib import metadata  # only for an installed wheel: it costs start-up time

    return metadata.version(DISTRIBUTION)


def licence() -> str:
    """The SPDX expression of the program's licence, e.g. "GPL-3.0-or-later"."""
    project = _pyproject()
    if project:
        return str(project["license"])
    from importlib import metadata

    info = metadata.metadata(DISTRIBUTION)
    return info.get("License-Expression") or info.get("License") or ""
