"""The write-ahead log beside the database: who has the database open, and checking a WAL that
no running program left before SQLite recovers it.

While this program has a station's database open it holds an operating-system lock on a small
file beside it (`ketnghia.open.lock`), whose text marks the shutdown: a writable open writes
`open` into it, and closing writes `clean` when SQLite removed the `-wal` as the last connection
closed. A non-empty `-wal` found while nobody holds the lock was therefore left by a crash (power
cut, killed program: the mark says `open`) or copied in from elsewhere (the mark says `clean`).
SQLite would replay it into the database on the next write, and a WAL of another database turns
a 17 MB file into a damaged 2.5 MB one. Before that, `guard` copies the database and its WAL
aside. A WAL found after a clean shutdown is set aside at once: this program did not leave it,
and a WAL of a station with the same schema can pass every structural check while carrying
another commune's rows. After a crash, the result is read through a read-only connection, which
replays nothing into the file, and the WAL is set aside when that fails `quick_check` or belongs
to another station (its site id differs from the one in
the file alone), or when the file is in rollback-journal mode (a backup copy put in place by hand,
against which this program never wrote a WAL), the WAL and shared-memory files are set aside and
the database stays as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import NamedTuple

from desktop.i18n import tr
from desktop.models.db import WAL_HEADER_BYTES
from desktop.models.errors import UserError
from desktop.paths import DataDir

LOCK_NAME = "ketnghia.open.lock"
CHECKED_PREFIX = "wal-checked-"  # copies of a left-over WAL that proved sound: the newest kept
SET_ASIDE_PREFIX = "wal-set-aside-"  # a WAL that was refused: kept until the user deletes it
CHECKED_KEPT = 3
SIGNATURE_FILE = "checked"
OPEN_MARK, CLEAN_MARK = "open", "clean"
LOCK_OFFSET = 1 << 20  # Windows locks a byte range: one far past the mark's text

_held: dict[Path, int] = {}  # lock file -> descriptor, for this process


def wal_path(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def shm_path(database: Path) -> Path:
    return database.with_name(database.name + "-shm")


def _lock_path(database: Path) -> Path:
    return database.with_name(LOCK_NAME)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def hold(database: Path) -> bool:
    """Take this process's lock on the database (kept until `release`); False when another
    program holds it or the folder cannot be written (read-only media)."""
    lock = _lock_path(database)
    if lock in _held:
        return True
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return False
    if not _try_lock(fd):
        os.close(fd)
        return False
    _held[lock] = fd
    return True


def release(database: Path) -> None:
    """Give up this process's lock (after its last connection to the database closed)."""
    fd = _held.pop(_lock_path(database), None)
    if fd is not None:
        os.close(fd)  # closing the descriptor drops the lock


def mark(database: Path, state: str) -> None:
    """Write the shutdown mark (`open` before a writable session, `clean` after it)."""
    try:
        fd = os.open(_lock_path(database), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{state} {os.getpid()}\n".encode("ascii"))
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def last_mark(database: Path) -> str | None:
    try:
        text = _lock_path(database).read_text("ascii", errors="replace")
    except OSError:
        return None
    return text.split()[0] if text.split() else None


def close_marked(database: Path) -> None:
    """After closing a writable connection: `clean` when SQLite removed the WAL (it was the last
    connection and everything is in the file)."""
    if not wal_path(database).exists():
        mark(database, CLEAN_MARK)


def in_use_elsewhere(database: Path) -> bool:
    """Whether another program (not this process) has the database open."""
    lock = _lock_path(database)
    if lock in _held or not lock.exists():
        return False
    try:
        fd = os.open(lock, os.O_RDWR)
    except OSError:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)  # also drops the probing lock when it was taken


def held_here(database: Path) -> bool:
    return _lock_path(database) in _held


def left_over(database: Path) -> bool:
    """A WAL with content that no running program is using: left by a crash or copied in."""
    wal = wal_path(database)
    try:
        if wal.stat().st_size <= WAL_HEADER_BYTES:
            return False
    except FileNotFoundError:
        return False
    return not held_here(database) and not in_use_elsewhere(database)


class _Look(NamedTuple):
    """The database as one read-only open sees it."""

    site_id: str | None
    version: int
    ok: bool


def _look(uri: str) -> _Look | None:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = 'site_id'").fetchone()
        except sqlite3.Error:
            row = None
        return _Look(row[0] if row else None, version, check == "ok")
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def problem(database: Path) -> str | None:
    """What is wrong with the database read through its WAL (None: it is the same database,
    sound), reading without replaying anything into the file."""
    with open(database, "rb") as raw:
        header = raw.read(20)
    if len(header) == 20 and header[18] == 1:
        # A rollback-journal file (a backup copy put in place by hand): this program never
        # wrote a WAL against it, whatever the WAL's content.
        return "stale"
    alone = _look(f"{database.as_uri()}?immutable=1")  # the file without its WAL
    through = _look(f"{database.as_uri()}?mode=ro")
    if through is None or not through.ok:
        return "damaged"
    if (
        alone is not None
        and alone.ok
        and alone.site_id is not None
        and (through.site_id != alone.site_id or through.version < alone.version)
    ):
        return "foreign"
    return None


def guard(data_dir: DataDir) -> str | None:
    """Check a left-over WAL before SQLite recovers it; returns what to tell the user, if
    anything. Raises UserError when the folder cannot be written to set the files aside."""
    database = data_dir.database
    if not left_over(database):
        return None
    signature = _signature(database)
    if signature in _checked_signatures(data_dir.backups):
        return None  # this very WAL was checked before (a read-only open leaves it in place)
    after_clean = last_mark(database) == CLEAN_MARK
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = data_dir.backups / f"{CHECKED_PREFIX}{stamp}"
    try:
        aside.mkdir(parents=True)
        shutil.copy2(database, aside / database.name)
        shutil.copy2(wal_path(database), aside / (database.name + "-wal"))
    except OSError as exc:
        raise UserError(
            tr(
                "The database has a journal file (-wal) that was not closed properly, and it "
                "cannot be copied aside before it is used ({reason}); free some space or copy the "
                "data folder to a disk that can be written, then open it again."
            ).format(reason=exc.strerror or exc)
        ) from exc
    found = problem(database)
    if found is None and after_clean:
        found = "unexpected"
    if found is None:
        with contextlib.suppress(OSError):
            (aside / SIGNATURE_FILE).write_text(signature, "ascii")
        _prune(data_dir.backups)
        return None
    aside = aside.rename(data_dir.backups / f"{SET_ASIDE_PREFIX}{stamp}")
    original = aside / database.name
    import filecmp  # here: only a refused WAL gets this far

    if not filecmp.cmp(original, database, shallow=False):
        shutil.copy2(original, database)  # put the original back
    for extra in (wal_path(database), shm_path(database)):
        with contextlib.suppress(FileNotFoundError):
            extra.unlink()
    if found == "stale":
        return tr(
            "A journal file (-wal) of an earlier database was left beside this one, which was "
            "put in place from a copy; it was set aside in {folder} and the database was kept as "
            "the copy holds it."
        ).format(folder=aside)
    if found == "unexpected":
        return tr(
            "A journal file (-wal) appeared beside the database after Sổ Kết Nghĩa had closed it "
            "properly, so this program did not write it (it was copied in, or left by another "
            "program); it was set aside in {folder} and the database was kept as it was. If "
            "recent work is missing, restore the newest backup copy (page “Backup and restore”)."
        ).format(folder=aside)
    if found == "foreign":
        return tr(
            "A journal file (-wal) beside the database belonged to another database, probably "
            "copied in by hand; it was set aside in {folder} and the database was kept as it "
            "was. If recent work is missing, restore the newest backup copy (page “Backup and "
            "restore”)."
        ).format(folder=aside)
    return tr(
        "The journal file (-wal) left beside the database was damaged; it was set aside in "
        "{folder} and the database was kept as it was before it. If recent work is missing, "
        "restore the newest backup copy (page “Backup and restore”)."
    ).format(folder=aside)


def _signature(database: Path) -> str:
    info = wal_path(database).stat()
    return f"{info.st_size} {info.st_mtime_ns}"


def _checked_signatures(backups: Path) -> set[str]:
    found = set()
    for folder in backups.glob(f"{CHECKED_PREFIX}*"):
        with contextlib.suppress(OSError):
            found.add((folder / SIGNATURE_FILE).read_text("ascii"))
    return found


def _prune(backups: Path) -> None:
    """Keep only the newest folders of WAL copies that turned out sound."""
    folders = sorted(p for p in backups.glob(f"{CHECKED_PREFIX}*") if p.is_dir())
    for old in folders[:-CHECKED_KEPT]:
        shutil.rmtree(old, ignore_errors=True)
