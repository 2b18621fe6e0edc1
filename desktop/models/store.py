"""Opening a station's database from its data directory: never destroying it, migrating it when
needed, read-only for the commands that only read.

Before anything touches the file: an empty or foreign file is refused as it is (never replaced
by a new empty database), and a `-wal` that no running program left is checked first
(`desktop.models.wal`). A writable open then backs the file up before a migration and once a
day. A read-only open (`read_only=True`, SQLite's `mode=ro`) writes nothing at all, so `info`,
`export`, `print` and the like work while another program holds a write lock, on a full disk and
on read-only media; it refuses a database that needs upgrading, with a sentence.

What the user should be told about an open (a WAL set aside, an automatic backup that failed)
is kept in `Database.notices`; the command line prints it, the window shows it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import weakref
from collections.abc import Iterator
from pathlib import Path

from desktop.i18n import tr
from desktop.models import migrations, reference, wal
from desktop.models.db import (
    SQLITE_MAGIC,
    Database,
    connect,
    setting,
    storage_error,
    transaction,
)
from desktop.models.errors import UserError
from desktop.paths import DataDir

_open: weakref.WeakSet[Database] = weakref.WeakSet()
_sessions: list[list[Database]] = []  # strong references kept for `session()`


def check_file(data_dir: DataDir) -> None:
    """Refuse, untouched, a database file that is empty, unreadable or not SQLite's."""
    path = data_dir.database
    try:
        with open(path, "rb") as raw:
            head = raw.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UserError(
            tr("The database file {path} cannot be read ({reason}); it was left as it is.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if not head:
        raise UserError(
            tr(
                "The database file {path} is empty (0 bytes); it was left as it is, not replaced. "
                "Restore a backup copy: “ketnghia backup list”, then “ketnghia backup restore "
                "FILE”."
            ).format(path=path)
        )
    if head != SQLITE_MAGIC:
        raise UserError(
            tr(
                "The database file {path} is damaged or is not a database of Sổ Kết Nghĩa; it was "
                "left as it is. Restore a backup copy: “ketnghia backup list”, then “ketnghia "
                "backup restore FILE”."
            ).format(path=path)
        )


def open_database(
    data_dir: DataDir,
    *,
    create: bool = False,
    read_only: bool = False,
    daily_backup: bool = True,
) -> Database:
    """The station database, migrated to this program's schema with reference data loaded.

    A missing database is created only with `create`; a newer one is refused untouched; with
    `read_only` nothing is written and a database needing a migration is refused. The first
    writable open of a day backs the file up, unless `daily_backup` is False (the window does it
    in the background).
    """
    path = data_dir.database
    if not path.exists():
        if not create or read_only:
            raise UserError(
                tr("No station is set up in {folder}; run “ketnghia init” first.").format(
                    folder=data_dir.root
                )
            )
        notices: list[str] = []
    else:
        check_file(data_dir)
        notice = wal.guard(data_dir)
        notices = [notice] if notice else []
    version = migrations.check_not_newer(path)
    if read_only:
        return _open_read_only(data_dir, version, notices)
    if 0 < version < migrations.SCHEMA_VERSION:
        from desktop.models import backup  # here: the window's start has no use for it

        backup.create(data_dir, "migration")
    data_dir.ensure()
    wal.mark(path, wal.OPEN_MARK)
    conn = connect(path)
    try:
        if version < migrations.SCHEMA_VERSION:
            migrations.migrate(conn, version)
        db = Database(conn)
        with transaction(db):
            reference.ensure_loaded(conn)
    except sqlite3.Error as exc:
        conn.close()
        error = storage_error(exc, path)
        if error is None:
            raise  # a bug: logged with its traceback by whoever catches it
        raise error from exc
    except BaseException:
        conn.close()
        raise
    wal.hold(path)
    if daily_backup and is_initialized(db):
        from desktop.models import backup

        if backup.daily_due(data_dir):
            _, problem = backup.create_quietly(data_dir, "daily")
            if problem:
                notices.append(problem)
    db.notices = notices
    _register(db)
    return db


def _open_read_only(data_dir: DataDir, version: int, notices: list[str]) -> Database:
    path = data_dir.database
    if version < migrations.SCHEMA_VERSION:
        raise UserError(
            tr(
                "This database was made by an older version of Sổ Kết Nghĩa and must be upgraded "
                "before it can be read; open the program once (the window, or a command that "
                "changes data) on a disk that can be written."
            )
        )
    conn = connect(path, read_only=True)
    db = Database(conn)
    db.notices = notices
    _register(db)
    return db


def _register(db: Database) -> None:
    _open.add(db)
    if _sessions:
        _sessions[-1].append(db)


@contextlib.contextmanager
def session() -> Iterator[list[Database]]:
    """Collect the databases opened inside the block (a command), to tell their notices and
    close them cleanly at its end, even those the command let go of."""
    collected: list[Database] = []
    _sessions.append(collected)
    try:
        yield collected
    finally:
        _sessions.remove(collected)


def opened() -> list[Database]:
    """The databases this process opened that are still open (oldest first not guaranteed)."""
    return [db for db in list(_open) if _is_open(db)]


def _is_open(db: Database) -> bool:
    try:
        db.conn.total_changes  # noqa: B018 - raises once the connection is closed
    except sqlite3.ProgrammingError:
        return False
    return True


def close(db: Database) -> None:
    """Close cleanly: checkpoint the WAL into the file, close, and when this was the process's
    last connection to the file, give up its lock (SQLite then removes the empty WAL)."""
    if not _is_open(db):
        return
    path = path_of(db)
    writable = not read_only(db)
    with contextlib.suppress(sqlite3.Error):
        if not db.conn.in_transaction and writable:
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    _open.discard(db)
    if path is not None and writable:
        wal.close_marked(path)
    if path is not None and not any(path_of(other) == path for other in opened()):
        wal.release(path)


def path_of(db: Database) -> Path | None:
    """The file of `db` (None: a database in memory, or a closed connection)."""
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]) if row and row[2] else None


def read_only(db: Database) -> bool:
    """Whether `db` was opened read-only (read-only media, a full disk)."""
    return bool(db.conn.execute("PRAGMA query_only").fetchone()[0])


def discard_new(data_dir: DataDir, db: Database, *, keep_keys: bool) -> None:
    """Remove a database this run created whose set-up failed, with its WAL, lock and keys."""
    close(db)
    database = data_dir.database
    for item in (database, wal.wal_path(database), wal.shm_path(database)):
        with contextlib.suppress(FileNotFoundError):
            item.unlink()
    if not keep_keys and data_dir.keys.is_dir():
        shutil.rmtree(data_dir.keys, ignore_errors=True)


def is_initialized(db: Database) -> bool:
    return setting(db, "site_id") is not None


def role(db: Database) -> str | None:
    return setting(db, "role")


def unit_code(db: Database) -> str | None:
    return setting(db, "unit_code")


def require_station(db: Database) -> None:
    if not is_initialized(db):
        raise UserError(tr("This data folder has no station yet; run “ketnghia init” first."))
