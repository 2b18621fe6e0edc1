"""What the Help menu shows, without widgets: where the user guide is, and the facts of the
"About" box (version, licence, data folder, log file, reference data versions)."""

from __future__ import annotations

import site
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import paths, version
from desktop.models import reference

GUIDE_PARTS = ("docs", "huong-dan")
GUIDE_INDEX = "README.md"
# A wheel installs the guide as data files under the environment's prefix, or the user base for
# `pip install --user` (pyproject.toml's data-files).
INSTALLED_GUIDE = Path("share", "ketnghia", "huong-dan")


def guide_dir() -> Path | None:
    """The folder of the user guide: in the frozen build, the source checkout, or the installed
    environment; None when this copy of the program has none."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)))
    candidates.append(Path(__file__).resolve().parent.parent)
    found = [base.joinpath(*GUIDE_PARTS) for base in candidates]
    found += [Path(sys.prefix) / INSTALLED_GUIDE, Path(site.getuserbase()) / INSTALLED_GUIDE]
    return next((folder for folder in found if (folder / GUIDE_INDEX).is_file()), None)


def log_files(data_dir: paths.DataDir) -> list[Path]:
    """The log files in the data folder, newest first."""
    logs = [*data_dir.root.glob("*.log"), *data_dir.root.glob("logs/*.log")]
    return sorted(logs, key=lambda path: path.stat().st_mtime, reverse=True)


@dataclass(frozen=True)
class About:
    version: str
    licence: str
    data_dir: Path
    log_file: Path | None
    reference_in_use: str | None  # the catalogue version in this station's database
    reference_shipped: str  # the version that came with the program


def about(data_dir: paths.DataDir, conn: sqlite3.Connection) -> About:
    logs = log_files(data_dir)
    return About(
        version=version.version(),
        licence=version.licence(),
        data_dir=data_dir.root,
        log_file=logs[0] if logs else None,
        reference_in_use=reference.stored_version(conn),
        reference_shipped=reference.bundled_files()["VERSION"].decode().strip(),
    )
