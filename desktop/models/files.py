"""Writing files whole: a file the program writes (a PDF, a spreadsheet, a bundle, an
attachment) is first written under a temporary name beside its target, flushed to the disk
(fsync), then renamed onto the target and the folder flushed; a failure removes the temporary
file, so a full USB stick or a refused export never leaves half a file or a `.part` behind.

A killed program cannot remove its temporary file, so while one exists it is listed in the data
folder's journal (`pending/`), with a lock file that the writing process holds (QLockFile: the
lock of a process that has died counts as stale). The next run of the program removes every
listed temporary file whose writer is gone (`clean_leftovers`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop.paths import DataDir

TEMP_PREFIX = ".ketnghia-"

log = logging.getLogger(__name__)
_journal: Path | None = None


def use_journal(data_dir: DataDir | None) -> None:
    """List this process's temporary files in `data_dir`'s journal (None: keep no journal)."""
    global _journal
    _journal = data_dir.root / "pending" if data_dir is not None else None


class _Entry:
    """One temporary file in the journal: `<token>.path` names it, `<token>.lock` is held."""

    def __init__(self, folder: Path, temporary: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        token = os.urandom(12).hex()
        self.lock = QLockFile(str(folder / f"{token}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not self.lock.tryLock(0):
            raise OSError(f"cannot lock {folder / token}.lock")
        self.record = folder / f"{token}.path"
        self.record.write_text(str(temporary), encoding="utf-8")

    def close(self) -> None:
        self.record.unlink(missing_ok=True)
        self.lock.unlock()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows commits renames with the file)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _listed(temporary: Path) -> _Entry | None:
    """The journal entry of `temporary`; none when there is no journal or it cannot be written
    (a data folder on read-only media must not stop an export)."""
    if _journal is None:
        return None
    try:
        return _Entry(_journal, temporary)
    except OSError:
        log.warning("cannot list %s in the journal %s", temporary, _journal, exc_info=True)
        return None


def _new_temporary(out: Path) -> tuple[Path, _Entry | None]:
    """A new empty file beside `out`, listed in the journal before it exists (so a kill at any
    moment leaves nothing unlisted)."""
    while True:
        temporary = out.parent / f"{TEMP_PREFIX}{os.urandom(6).hex()}{out.suffix}"
        entry = _listed(temporary)
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            if entry is not None:
                entry.close()
            continue
        except BaseException:
            if entry is not None:
                entry.close()
            raise
        os.close(fd)
        return temporary, entry


@contextlib.contextmanager
def atomic_target(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` to write to; when the block succeeds it is flushed and
    renamed onto `out`, when it fails it is removed. An OSError names `out`, not the temporary."""
    out = Path(out)
    try:
        temporary, entry = _new_temporary(out)
    except OSError as exc:
        exc.filename = str(out)
        raise
    name = str(temporary)
    try:
        yield temporary
        _fsync_file(temporary)
        os.replace(temporary, out)
        fsync_folder(out.parent)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename in (None, name):
            exc.filename = str(out)
        raise
    finally:
        if entry is not None:
            entry.close()


def write_whole(out: Path, data: bytes) -> Path:
    """Write `data` to `out` whole (see the module's docstring)."""
    with atomic_target(out) as temporary:
        temporary.write_bytes(data)
    return Path(out)


def copy_whole(source: Path, out: Path) -> Path:
    """Copy `source` to `out` whole."""
    with atomic_target(out) as temporary:
        shutil.copyfile(source, temporary)
    return Path(out)


def clean_leftovers(data_dir: DataDir) -> list[Path]:
    """Remove the temporary files that runs killed meanwhile left behind; the ones removed."""
    folder = data_dir.root / "pending"
    if not folder.is_dir():
        return []
    removed = []
    for record in sorted(folder.glob("*.path")):
        lock = QLockFile(str(record.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # its writer is still at work (another window or command)
        try:
            temporary = Path(record.read_text(encoding="utf-8").strip())
            # Only what we made: a name of ours, never whatever a tampered record names.
            if temporary.name.startswith(TEMP_PREFIX) and temporary.is_file():
                temporary.unlink()
                removed.append(temporary)
            record.unlink()
        except OSError:
            log.warning("could not remove the leftover named in %s", record, exc_info=True)
        finally:
            lock.unlock()
    for stray in folder.glob("*.lock"):  # locks of records already removed
        if not stray.with_suffix(".path").exists():
            lock = QLockFile(str(stray))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                lock.unlock()
    if removed:
        log.info("removed %d half-written files left by an earlier run: %s", len(removed), removed)
    return removed
