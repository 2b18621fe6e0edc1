"""Opening the station's SQLite database: pragmas, transactions, storage errors in plain words.

Writes go through `transaction()`, which nests as savepoints, so a whole operation (an import,
a receipt with its items) commits or rolls back as one; a hub's write to a commune's record is
refused there in plain words (see ownership.py).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.i18n import tr
from desktop.models import ownership
from desktop.models.errors import UserError
from desktop.models.reference import family_sql
from desktop.models.text import fold, search_key

if TYPE_CHECKING:
    import sqlite_utils

T = TypeVar("T")

# How long a write waits for another program holding the database before giving up.
BUSY_TIMEOUT_MS = 5000
WAL_HEADER_BYTES = 32  # a WAL no bigger than its header holds no frames
SQLITE_MAGIC = b"SQLite format 3\x00"  # the first bytes of every SQLite database file

log = logging.getLogger(__name__)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with our pragmas.

    `read_only` opens with SQLite's `mode=ro` and writes nothing, not even the journal mode;
    on read-only media or a full disk without WAL frames, where SQLite cannot make its
    shared-memory file, it reads the file as immutable.
    """
    with storage_errors(path):
        if read_only:
            conn = connect_read_only(path)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # fold(text): diacritic-free, lower-case text, for searching by any word in SQL
        conn.create_function("fold", 1, fold, deterministic=True)
        # search_key(text): fold without spaces, hyphens, apostrophes, what searches match on
        conn.create_function("search_key", 1, search_key, deterministic=True)
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A bare `mode=ro` connection; immutable on read-only media when there is no WAL."""

    def open_as(query: str) -> sqlite3.Connection:
        return sqlite3.connect(
            f"{path.as_uri()}?{query}", isolation_level=None, check_same_thread=False, uri=True
        )

    conn = open_as("mode=ro")
    try:
        # A read as any other (it needs the shared-memory file of a WAL database) that leaves
        # the schema unparsed: its 200 KB of change-log triggers take SQLite 6 ms, paid again by
        # the first query that needs them, if any (the version check before an open needs none).
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:
        # Read-only media or a full disk: SQLite cannot make its shared-memory file. Reading the
        # file as immutable ignores the WAL, which is right only while the WAL holds no frames.
        conn.close()
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > WAL_HEADER_BYTES:
            raise
        conn = open_as("immutable=1")
    return conn


class Database:
    """The station database: our connection, with sqlite-utils' Database behind it.

    `execute` and `conn` go straight to SQLite; anything else (tables, introspection, bulk
    inserts) is sqlite-utils', made on first use. Importing sqlite-utils costs about 0.2 s, a
    third of the window's start-up, and opening the window needs none of it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Called before a transaction begins; raises UserError when writing must wait.
        self.write_guard: Callable[[], None] | None = None
        self._utils: sqlite_utils.Database | None = None
        self.notices: list[str] = []  # what the user should be told about opening it
        self._read: dict[str, tuple[tuple[int, int], Any]] = {}  # see read_once

    def execute(
        self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else ())

    def read_once(self, name: str, read: Callable[[], T]) -> T:
        """`read()`, kept until the database changes (a write through this connection, or a
        commit by another: SQLite's data version): what several figures of one page ask for
        (the hub's area, the sponsors' groups) is read once. The caller must not change what
        it is given."""
        state = change_stamp(self)
        known = self._read.get(name)
        if known is None or known[0] != state:
            known = self._read[name] = (state, read())
        return known[1]

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


class StorageError(UserError):
    """What the environment did to the database (disk full, locked, damaged, ...): `kind` names
    it for tests and the log; `message` says what happened and what to do."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# Primary result codes that the environment causes, never our code (qutebrowser's misc/sql.py
# draws the same line). Anything else (no such column, wrong bindings, a constraint) is a bug.
_ENVIRONMENT_CODES = {
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_READONLY: "readonly",
    sqlite3.SQLITE_CANTOPEN: "cantopen",
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_IOERR: "ioerr",
}


def error_kind(exc: BaseException) -> str | None:
    """The environment's failure `exc` stands for ("full", "busy", ...), None for a bug."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlite3.Error) or code is None:
        return None
    return _ENVIRONMENT_CODES.get(code & 0xFF)  # extended codes keep the primary in the low byte


def interrupted(exc: BaseException) -> bool:
    """Whether `exc` is SQLite saying a query was stopped by `Connection.interrupt()`."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.OperationalError) and code == sqlite3.SQLITE_INTERRUPT


def storage_error(exc: sqlite3.Error, path: Path | None = None) -> StorageError | None:
    """What the environment did to the database, as one sentence for the user; None when `exc`
    is a bug, which the caller re-raises so that it is logged with its traceback."""
    kind = error_kind(exc)
    if kind is None:
        return None
    where = f" ({path})" if path else ""
    if kind == "busy":
        message = tr(
            "The database is in use by another program (another copy of Sổ Kết Nghĩa, a backup "
            "or antivirus tool); close it and try again. Nothing was changed."
        )
    elif kind == "full":
        message = tr(
            "The disk is full: nothing was changed. Free some space on the disk (delete or move "
            "files you do not need) and try again."
        )
    elif kind == "readonly":
        message = tr(
            "The database file cannot be written (the folder or the disk is read-only); copy "
            "the data folder to a disk you can write to, or check its permissions."
        )
    elif kind == "cantopen":
        message = tr(
            "The database file cannot be opened; check that the data folder exists and that "
            "the disk is plugged in."
        )
    elif kind == "corrupt":
        message = tr("The database file is damaged; restore it from a backup copy.")
    else:
        message = tr(
            "The disk could not be read or written (input/output error); check the disk and "
            "try again. If it happens again, copy the data folder to another disk."
        )
    return StorageError(kind, message + where)


@contextlib.contextmanager
def storage_errors(path: Path | None = None) -> Iterator[None]:
    """Turn SQLite errors the environment caused into StorageError; bugs pass unchanged."""
    try:
        yield
    except sqlite3.Error as exc:
        error = storage_error(exc, path)
        if error is None:
            raise
        raise error from exc


def rollback(conn: sqlite3.Connection, savepoint: str | None = None) -> None:
    """Undo the open transaction (or savepoint), if SQLite has not already ended it.

    On some errors (a full disk, an I/O error) SQLite rolls the whole transaction back itself;
    a second ROLLBACK would then fail with "cannot rollback - no transaction is active" and
    hide the real error, so this never raises: the caller re-raises the original error.
    """
    if not conn.in_transaction:
        return
    try:
        if savepoint is None:
            conn.execute("ROLLBACK")
        else:
            conn.execute(f"ROLLBACK TO {savepoint}")
            conn.execute(f"RELEASE {savepoint}")
    except sqlite3.Error:
        log.warning("rollback failed after an error", exc_info=True)


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """One atomic unit of writes; nested calls become savepoints.

    A failure inside rolls back and raises the original error, environment errors (disk full,
    locked, ...) as StorageError. `db.write_guard`, when set, is asked first (the window uses it
    to keep its pages from writing while a background job writes).
    """
    conn = db.conn
    if conn.in_transaction:
        name = "sp_nested"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException as exc:
            rollback(conn, name)
            if ownership.is_refusal(exc):
                raise ownership.refusal(exc) from exc
            raise
        conn.execute(f"RELEASE {name}")
        return
    if db.write_guard is not None:
        db.write_guard()
    with storage_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException as exc:
            rollback(conn)
            if ownership.is_refusal(exc):
                raise ownership.refusal(exc) from exc
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise


def change_stamp(db: Database) -> tuple[int, int]:
    """The database's state: the changes made through this connection and SQLite's data version
    (changed by another connection's commit); equal stamps, nothing written in between."""
    # read to its end: a statement left unfinished keeps a read transaction open
    return db.conn.total_changes, db.execute("PRAGMA data_version").fetchall()[0][0]


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


# ---- settings: the one way to read and write them --------------------------------------------


def setting(db: Database | sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    """The station's setting `key` (a database or a bare connection, e.g. inside sync)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: Database | sqlite3.Connection, key: str, value: str | None) -> None:
    """Write the setting `key`, inside the caller's transaction when one is open."""
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )
