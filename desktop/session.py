"""What every run of the program (window or command) does first with its data folder: send the
log there, list temporary files in its journal, and remove the half-written files that a killed
run left behind."""

from __future__ import annotations

from desktop import logs
from desktop.models import files
from desktop.paths import DataDir


def start(data_dir: DataDir) -> None:
    logs.setup(data_dir)
    files.use_journal(data_dir)
    files.clean_leftovers(data_dir)
