"""The change log: triggers that record every write to a synced table, whoever made it.

The triggers also stamp the row with the next hybrid-logical-clock value and this station's
site id, so raw SQL written outside the program is captured and ordered like the program's own.
An edit's stamp is always above the stamp of the version it replaces (the clock's next value, or
that version's stamp plus one tick when a PC with a clock far ahead wrote it), so a version
outranks every version it was made on top of; the station's own clock is not dragged along.
While the sync engine applies remote changes (`sync_control.applying = 1`) nothing is logged.

Each version is kept in the log as JSON made by SQLite; a REAL value is written with 17
significant digits (json_object alone keeps 15), so every station gets exactly the same number.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from desktop.models import ownership

SYNC_COLUMNS = ("id", "commune_code", "hlc", "site_id", "deleted")

# Milliseconds since the epoch from SQLite's own clock.
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_NOT_APPLYING = "(SELECT applying FROM sync_control) = 0"
# The next stamp: the wall clock when it moved on, else one more on the counter, else (counter
# full, as when the clock stands behind the last stamp) the next millisecond. SET reads old values.
_NEXT_STAMP = (
    f"UPDATE hlc_state SET counter = CASE WHEN {_NOW_MS} > physical OR counter >= 99999 THEN 0 "
    "ELSE counter + 1 END, "
    f"physical = CASE WHEN {_NOW_MS} > physical THEN {_NOW_MS} "
    "WHEN counter >= 99999 THEN MIN(physical + 1, 999999999999999) ELSE physical END;"
)
# The clock's current stamp and its next tick are named once in the schema, as two views (an
# insert into hlc_next moves the clock on), and each of the 150 triggers says them in a few
# words: SQLite parses every trigger on each connection's first statement, the window's too.
_CLOCK_VIEWS = (
    "CREATE VIEW hlc_current AS "
    "SELECT printf('%015d-%05d', physical, counter) AS hlc FROM hlc_state",
    "CREATE VIEW hlc_next AS SELECT NULL AS tick",
    f"CREATE TRIGGER hlc_log_tick INSTEAD OF INSERT ON hlc_next BEGIN {_NEXT_STAMP} END",
)
_CURRENT_HLC = "(SELECT hlc FROM hlc_current)"
_TICK = "INSERT INTO hlc_next VALUES (NULL);"
_SITE = "(SELECT value FROM settings WHERE key = 'site_id')"
_ACTOR = "(SELECT value FROM settings WHERE key = 'actor')"
_OLD_VERSION = "NULLIF(OLD.hlc, ''), OLD.site_id"  # base_hlc, base_site of an update
# The stamp right after OLD.hlc: one more on the counter, or the next millisecond when the counter
# is full ('' for a row without a stamp; the largest stamp has no successor and stays).
_AFTER_OLD = (
    "(CASE WHEN OLD.hlc IS NULL OR OLD.hlc = '' THEN '' "
    "WHEN CAST(substr(OLD.hlc, 17) AS INTEGER) < 99999 "
    "THEN substr(OLD.hlc, 1, 16) || printf('%05d', CAST(substr(OLD.hlc, 17) AS INTEGER) + 1) "
    "WHEN substr(OLD.hlc, 1, 15) < '999999999999999' "
    "THEN printf('%015d-00000', CAST(substr(OLD.hlc, 1, 15) AS INTEGER) + 1) "
    "ELSE OLD.hlc END)"
)
# The stamp of an edit or deletion: the clock's next value, but above the replaced version's.
_EDIT_HLC = f"MAX({_CURRENT_HLC}, {_AFTER_OLD})"
# Finite doubles, written with 17 significant digits: exactly the same double when read back.
_LARGEST_DOUBLE = "1.7976931348623157e308"


# Introspection by schema text: the same CREATE statements have the same columns whatever the
# database, and every merge asks again (a bundle at a time); a handful of schemas at most.
_SYNCED: dict[str, list[str]] = {}
_COLUMNS: dict[tuple[str, str], list[tuple[str, str]]] = {}
_CACHED_SCHEMAS = 16


def synced_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables carrying every sync column, in the order they were created (parents first)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
    ).fetchall()
    key = "\n".join(f"{name}\t{sql}" for name, sql in rows)
    found = _SYNCED.get(key)
    if found is None:
        found = [name for name, _ in rows if set(SYNC_COLUMNS) <= set(table_columns(conn, name))]
        if len(_SYNCED) >= _CACHED_SCHEMAS:
            _SYNCED.clear()
        _SYNCED[key] = found
    return list(found)


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The table's column names in order, from SQLite's table_info (what sqlite-utils reads
    too: importing it costs about 0.2 s, more than merging a small bundle)."""
    return [name for name, _ in declared_columns(conn, table)]


def declared_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """The table's (column name, declared type) in order, from SQLite's table_info."""
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    key = (table, row[0] if row else "")
    found = _COLUMNS.get(key)
    if found is None:
        found = [(row[1], row[2]) for row in conn.execute(f'PRAGMA table_info("{table}")')]
        if len(_COLUMNS) >= 64 * _CACHED_SCHEMAS:
            _COLUMNS.clear()
        _COLUMNS[key] = found
    return list(found)


def text_affinity(declared: str) -> bool:
    """Whether a column declared `declared` has TEXT affinity (SQLite's rules: a type naming INT
    is INTEGER, else one naming CHAR, CLOB or TEXT is TEXT): it turns every number into text."""
    upper = declared.upper()
    return "INT" not in upper and any(word in upper for word in ("CHAR", "CLOB", "TEXT"))


def _json_value(column: str, declared: str) -> str:
    """The column's value for json_object(), REAL values exactly (json_object rounds them); a
    TEXT column never holds one."""
    value = f't."{column}"'
    if text_affinity(declared):
        return value
    return (
        f"CASE WHEN typeof({value}) = 'real' AND abs({value}) <= {_LARGEST_DOUBLE} "
        f"THEN json(printf('%!.17g', {value})) ELSE {value} END"
    )


def _log_insert(
    table: str, columns: list[tuple[str, str]], op: str, base: str = "NULL, NULL"
) -> str:
    pairs = ", ".join(f"'{name}', {_json_value(name, declared)}" for name, declared in columns)
    return (
        "INSERT INTO change_log (tbl, row_id, op, hlc, site_id, commune_code, actor, row, "
        "base_hlc, base_site) "
        f"SELECT '{table}', t.id, '{op}', t.hlc, t.site_id, t.commune_code, {_ACTOR}, "
        f'json_object({pairs}), {base} FROM "{table}" t WHERE t.id = NEW.id;'
    )


def trigger_sql(table: str, columns: list[tuple[str, str]]) -> list[str]:
    """CREATE TRIGGER statements that log writes to `table`, whose `columns` are (name, declared
    type) in order."""
    stamp = f'UPDATE "{table}" SET hlc = {_CURRENT_HLC}, site_id = {_SITE} WHERE id = NEW.id;'
    edit_stamp = f'UPDATE "{table}" SET hlc = {_EDIT_HLC}, site_id = {_SITE} WHERE id = NEW.id;'
    # An update whose hlc was just issued is the insert trigger's own stamp: not a new change.
    return [
        f'CREATE TRIGGER "{table}_log_insert" AFTER INSERT ON "{table}" '
        f"WHEN {_NOT_APPLYING} BEGIN {_TICK} {stamp} {_log_insert(table, columns, 'upsert')} END",
        f'CREATE TRIGGER "{table}_log_update" AFTER UPDATE ON "{table}" '
        f"WHEN {_NOT_APPLYING} AND (NEW.hlc IS OLD.hlc OR NEW.hlc IS NOT {_CURRENT_HLC}) "
        f"BEGIN {_TICK} {edit_stamp} "
        f"{_log_insert(table, columns, 'upsert', _OLD_VERSION)} END",
        f'CREATE TRIGGER "{table}_log_delete" AFTER DELETE ON "{table}" '
        f"WHEN {_NOT_APPLYING} BEGIN {_TICK} "
        "INSERT INTO change_log (tbl, row_id, op, hlc, site_id, commune_code, actor, row, "
        "base_hlc, base_site) "
        f"VALUES ('{table}', OLD.id, 'delete', {_EDIT_HLC}, {_SITE}, OLD.commune_code, "
        f"{_ACTOR}, NULL, NULLIF(OLD.hlc, ''), OLD.site_id); END",
    ]


def install_triggers(conn: sqlite3.Connection) -> None:
    """(Re)create the change-log triggers of every synced table with the clock's views they
    use, and the hub's read-only guard of commune records (ownership.py), inside the caller's
    transaction."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%\\_log\\_%' "
        "ESCAPE '\\' OR name LIKE ?)",
        (f"%{ownership.TRIGGER_TAG}%",),
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DROP VIEW IF EXISTS hlc_current")
    conn.execute("DROP VIEW IF EXISTS hlc_next")
    for statement in _CLOCK_VIEWS:
        conn.execute(statement)
    for table in synced_tables(conn):
        columns = declared_columns(conn, table)
        for statement in trigger_sql(table, columns) + ownership.guard_sql(table):
            conn.execute(statement)


@contextlib.contextmanager
def applying_remote(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction: writes are remote changes being applied, not logged
    (and on a hub, a commune's records may be written: they come from its stations)."""
    conn.execute("UPDATE sync_control SET applying = 1")
    try:
        yield
    finally:
        conn.execute("UPDATE sync_control SET applying = 0")


# The table's pages hold each change's row (some 400 bytes of JSON), its (tbl, row_id) index's
# about a ninth of that: counting most of the log reads the index whole, counting a few changes
# reads just their rows.
_INDEX_SCAN_FROM = 8


def pending_count(conn: sqlite3.Connection) -> int:
    """Local changes not yet acknowledged by the hub (the window's status bar shows it)."""
    acked = conn.execute("SELECT value FROM settings WHERE key = 'acked_seq'").fetchone()
    floor = int(acked[0]) if acked else 0
    top = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()[0]
    if (top - floor) * _INDEX_SCAN_FROM > top:  # most of the log is above the floor
        sql = "SELECT count(*) FROM change_log INDEXED BY change_log_row WHERE seq > ?"
    else:
        sql = "SELECT count(*) FROM change_log WHERE seq > ?"
    return conn.execute(sql, (floor,)).fetchone()[0]


def change_mark(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes since: the last local change and the number of bundles imported (compare two:
    the window backs up on closing when they differ from those it opened with)."""
    row = conn.execute(
        "SELECT (SELECT COALESCE(MAX(seq), 0) FROM change_log), (SELECT count(*) FROM sync_bundle)"
    ).fetchone()
    return int(row[0]), int(row[1])
