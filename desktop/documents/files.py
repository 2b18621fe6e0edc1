"""Writing output files: the target is checked first, then written whole (models/files.py:
beside itself, flushed, moved into place), so a refused or failed export never leaves half a
file or overwrites a good one."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from desktop.i18n import tr
from desktop.models import files
from desktop.models.errors import UserError


def check_writable(out: Path) -> Path:
    """`out` as an absolute path whose folder exists and can be written, else a UserError."""
    out = Path(out).expanduser().absolute()
    folder = out.parent
    if out.is_dir():
        raise UserError(tr("{path} is a folder; give a file name.").format(path=out))
    if not folder.is_dir():
        raise UserError(tr("The folder {folder} does not exist.").format(folder=folder))
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise UserError(tr("The file {path} cannot be written here.").format(path=out))
    return out


@contextlib.contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A temporary path beside `out`; moved onto `out` when the block succeeds, removed if not."""
    with files.atomic_target(check_writable(out)) as temporary:
        yield temporary
