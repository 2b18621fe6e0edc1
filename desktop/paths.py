"""Where the application keeps its files: one data directory per station.

The directory comes from `--data-dir`, else the KETNGHIA_DATA_DIR environment variable, else the
platform's user data directory. Nothing here creates directories at import time.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

ENV_VAR = "KETNGHIA_DATA_DIR"
DATABASE_NAME = "ketnghia.sqlite3"


class DataDir(NamedTuple):
    """The files of one station, all below `root`."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def backup_settings(self) -> Path:
        """Where the backup copies' second place is remembered (desktop/models/backup.py)."""
        return self.root / "backup-settings.json"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    def ensure(self) -> DataDir:
        self.root.mkdir(parents=True, exist_ok=True)
        return self


def resolve(override: str | os.PathLike[str] | None = None) -> DataDir:
    """The data directory chosen by the override, the environment, or the platform default."""
    if override:
        return DataDir(Path(override).expanduser().resolve())
    env = os.environ.get(ENV_VAR)
    if env:
        return DataDir(Path(env).expanduser().resolve())
    import platformdirs  # only when no folder is given: it costs start-up time

    return DataDir(Path(platformdirs.user_data_dir("ketnghia", appauthor=False)))


class OutsideFolder(ValueError):
    """A file name built from data would lead out of its folder."""


def confined(folder: Path, name: str) -> Path:
    """`folder / name`, refused (OutsideFolder) unless it is a file name directly inside
    `folder` once resolved: no `..`, no absolute part, no drive, no link leading out. Every
    path built from record or bundle data goes through here."""
    base = folder.resolve()
    target = (folder / name).resolve()
    if not name or target.parent != base or target.name in ("", ".", ".."):
        raise OutsideFolder(name)
    return target
