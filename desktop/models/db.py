"""Opening the station's SQLite database: pragmas, transactions, storage errors in plain words.

Writes go through `transaction()`, which nests as savepoints, so a whole operation (an import,
a receipt with its items) commits or rolls back as one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.i18n import tr
from desktop.models.errors import UserError
from desktop.models.reference import family_sql
from desktop.models.text import fold

if TYPE_CHECKING:
    import sqlite_utils

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
        # fold(text): diacritic-free, lower-case text, for searching by any word in SQL
        conn.create_function("fold", 1, fold, deterministic=True)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    return conn


class Database:
    """The station database: our connection, with sqlite-utils' Database behind it.

    `execute` and `conn` go straight to SQLite; anything else (tables, introspection, bulk
    inserts) is sqlite-utils', made on first use. Importing sqlite-utils costs about 0.2 s, a
    third of the window's start-up, and opening the window needs none of it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    @property
    def utils(self) -> sqlite_utils.Database:
        if self._utils is None:
            import sqlite_utils

            # No plugin discovery (it scans every installed package) and no recursive
            # triggers (the change-log triggers rely on SQLite's default).
            self._utils = sqlite_utils.Database(
                self.conn, recursive_triggers=False, execute_plugins=False
            )
        return self._utils

    def __getattr__(self, name: str) -> Any:
        return getattr(self.utils, name)

    def __getitem__(self, table: str) -> Any:
        return self.utils[table]


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
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
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


def commune_scope(commune_code: str | None, alias: str) -> tuple[str, list]:
    """SQL condition and parameters limiting `alias` rows to one commune (None: every commune).

    The commune's records include those of its predecessors, made before the 2025 reform under
    their own codes (see reference.family_sql).
    """
    if commune_code is None:
        return "1", []
    column = f"{alias}.commune_code" if alias else "commune_code"
    return family_sql(column), [commune_code, commune_code]


def commune_is(commune_code: str | None, column: str = "commune_code") -> tuple[str, list]:
    """Like `commune_scope`, but None means the rows of no commune (hub-owned), not all rows."""
    if commune_code is None:
        return f"{column} IS NULL", []
    return family_sql(column), [commune_code, commune_code]


def add_scope(where: list[str], params: list, commune_code: str | None, alias: str) -> None:
    """Append `commune_scope(commune_code, alias)` to a list of conditions and its parameters."""
    condition, args = commune_scope(commune_code, alias)
    where.append(condition)
    params.extend(args)


def and_scope(commune_code: str | None) -> tuple[str, list]:
    """`AND <commune scope>` on unaliased columns, for a WHERE clause that has other terms."""
    condition, args = commune_scope(commune_code, "")
    return f"AND {condition}", args


def setting(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str | None) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
