"""The change log: triggers that record every write to a synced table, whoever made it.

The triggers also stamp the row with the next hybrid-logical-clock value and this station's
site id, so raw SQL written outside the program is captured and ordered like the program's own.
While the sync engine applies remote changes (`sync_control.applying = 1`) nothing is logged.
"""

from __future__ import annotations

import sqlite3

from desktop.models.db import Database

SYNC_COLUMNS = ("id", "commune_code", "hlc", "site_id", "deleted")

# Milliseconds since the epoch from SQLite's own clock.
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_CURRENT_HLC = "(SELECT printf('%015d-%05d', physical, counter) FROM hlc_state)"
_NOT_APPLYING = "(SELECT applying FROM sync_control) = 0"
_TICK = (
    f"UPDATE hlc_state SET counter = CASE WHEN {_NOW_MS} > physical THEN 0 ELSE counter + 1 END, "
    f"physical = MAX(physical, {_NOW_MS});"
)
_SITE = "(SELECT value FROM settings WHERE key = 'site_id')"
_ACTOR = "(SELECT value FROM settings WHERE key = 'actor')"
_OLD_VERSION = "NULLIF(OLD.hlc, ''), OLD.site_id"  # base_hlc, base_site of an update


def synced_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables carrying every sync column, in the order they were created (parents first)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
        )
    ]
    return [name for name in names if set(SYNC_COLUMNS) <= set(table_columns(conn, name))]


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The table's column names in order (sqlite-utils' introspection)."""
    return [column.name for column in Database(conn).utils[table].columns]


def _log_insert(table: str, columns: list[str], op: str, base: str = "NULL, NULL") -> str:
    pairs = ", ".join(f"'{c}', t.\"{c}\"" for c in columns)
    return (
        "INSERT INTO change_log (tbl, row_id, op, hlc, site_id, commune_code, actor, row, "
        "base_hlc, base_site) "
        f"SELECT '{table}', t.id, '{op}', t.hlc, t.site_id, t.commune_code, {_ACTOR}, "
        f'json_object({pairs}), {base} FROM "{table}" t WHERE t.id = NEW.id;'
    )


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """CREATE TRIGGER statements that log writes to `table`."""
    stamp = f'UPDATE "{table}" SET hlc = {_CURRENT_HLC}, site_id = {_SITE} WHERE id = NEW.id;'
    # An update whose hlc was just issued is the insert trigger's own stamp: not a new change.
    return [
        f'CREATE TRIGGER "{table}_log_insert" AFTER INSERT ON "{table}" '
        f"WHEN {_NOT_APPLYING} BEGIN {_TICK} {stamp} {_log_insert(table, columns, 'upsert')} END",
        f'CREATE TRIGGER "{table}_log_update" AFTER UPDATE ON "{table}" '
        f"WHEN {_NOT_APPLYING} AND (NEW.hlc IS OLD.hlc OR NEW.hlc IS NOT {_CURRENT_HLC}) "
        f"BEGIN {_TICK} {stamp} "
        f"{_log_insert(table, columns, 'upsert', _OLD_VERSION)} END",
        f'CREATE TRIGGER "{table}_log_delete" AFTER DELETE ON "{table}" '
        f"WHEN {_NOT_APPLYING} BEGIN {_TICK} "
        "INSERT INTO change_log (tbl, row_id, op, hlc, site_id, commune_code, actor, row, "
        "base_hlc, base_site) "
        f"VALUES ('{table}', OLD.id, 'delete', {_CURRENT_HLC}, {_SITE}, OLD.commune_code, "
        f"{_ACTOR}, NULL, NULLIF(OLD.hlc, ''), OLD.site_id); END",
    ]


def install_triggers(conn: sqlite3.Connection) -> None:
    """(Re)create the change-log triggers of every synced table, inside the caller's transaction."""
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_log\\_%' ESCAPE '\\'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    for table in synced_tables(conn):
        for statement in trigger_sql(table, table_columns(conn, table)):
            conn.execute(statement)


def pending_count(conn: sqlite3.Connection) -> int:
    """Local changes not yet acknowledged by the hub."""
    acked = conn.execute("SELECT value FROM settings WHERE key = 'acked_seq'").fetchone()
    floor = int(acked[0]) if acked else 0
    return conn.execute("SELECT count(*) FROM change_log WHERE seq > ?", (floor,)).fetchone()[0]
