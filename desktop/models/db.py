"""Opening the station's SQLite database: pragmas, transactions, storage errors in plain words.

Writes go through `transaction()`, which nests as savepoints, so a whole operation (an import,
a receipt with its items) commits or rolls back as one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desktop.i18n import tr
from desktop.models.errors import UserError

# How long a write waits for another program holding the database before giving up.
BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with our pragmas."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    return conn


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over our connection: no plugin discovery (it scans every installed package
    and costs a tenth of a second at start-up) and no recursive triggers (the change-log
    triggers rely on SQLite's default)."""
    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def storage_error(exc: sqlite3.Error, path: Path | None = None) -> UserError:
    """What the environment did to the database, as one sentence for the user."""
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if "locked" in text or "busy" in text:
        return UserError(
            tr("The database is locked by another program; close it and try again.") + where
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return UserError(tr("The database file is damaged; restore it from a backup copy.") + where)
    if "full" in text:
        return UserError(tr("The disk is full; free some space and try again."))
    if "readonly" in text or "unable to open" in text or "permission" in text:
        return UserError(tr("The database file cannot be written; check its folder.") + where)
    return UserError(tr("The database could not be used: {error}").format(error=exc))


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One atomic unit of writes; nested calls become savepoints."""
    conn = db.conn
    if conn.in_transaction:
        name = "sp_nested"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        conn.execute(f"RELEASE {name}")
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise storage_error(exc) from exc
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        conn.execute("ROLLBACK")
        raise storage_error(exc) from exc


def setting(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: sqlite_utils.Database, key: str, value: str | None) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
