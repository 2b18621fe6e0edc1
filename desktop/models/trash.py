"""The trash: tombstoned records (deleted = 1) of every synced table, and restoring them.

Deleting never removes a row: it sets `deleted = 1`, which the change log sends to the district
like any other write. Restoring sets it back to 0, which syncs the same way. What a table's records
are called, and the SQL that labels their rows, come from their record type (models/records.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr
from desktop.models import changelog, records
from desktop.models.db import Database, commune_scope, transaction
from desktop.models.errors import UserError
from desktop.models.listing import Field, Listing


def tables(db: Database, include_parts: bool = False) -> list[str]:
    """Synced tables the trash shows (main record kinds, or every synced table)."""
    kinds = records.by_table()
    return [
        table
        for table in changelog.synced_tables(db.conn)
        if include_parts or not (kind := kinds.get(table)) or not kind.part
    ]


@dataclass(frozen=True)
class TrashQuery:
    """SELECT over the union of tombstones: key ("table:id"), kind, label, deleted at, commune."""

    source: str
    params: list[Any]


def query(db: Database, commune_code: str | None, include_parts: bool = False) -> TrashQuery:
    """The union of tombstones of `commune_code` (every commune's on a hub when None)."""
    parts = []
    params: list[Any] = []
    kinds = records.by_table()
    for table in tables(db, include_parts):
        label = kinds[table].label if table in kinds else "t.id"
        scope = ""
        if commune_code is not None:
            condition, args = commune_scope(commune_code, "t")
            scope = f" AND {condition}"
            params.extend(args)
        # hlc = "<ms since epoch>-<counter>": the time of the deleting write.
        parts.append(
            f"SELECT '{table}:' || t.id AS key, '{table}' AS tbl, "
            f"coalesce({label}, t.id) AS label, "
            "datetime(CAST(substr(t.hlc, 1, 15) AS INTEGER) / 1000, 'unixepoch', 'localtime') "
            f'AS deleted_at, t.commune_code AS commune_code FROM "{table}" t '
            f"WHERE t.deleted = 1{scope}"
        )
    return TrashQuery(f"({' UNION ALL '.join(parts)}) trash", params)


_FIELDS = (
    Field("tbl", "tbl"),
    Field("deleted_at", "deleted_at"),
    Field("label", "label"),
    Field("commune_code", "commune_code"),
)


def listing(q: TrashQuery) -> Listing:
    """The trash page's list of `q`'s tombstones, newest first."""
    return Listing(q.source, _FIELDS, "deleted_at DESC, key", "key")


def split_key(key: str) -> tuple[str, str]:
    table, _, row_id = key.partition(":")
    return table, row_id


def restore(db: Database, key: str) -> str:
    """Bring a record back (deleted = 0, which syncs); returns its table."""
    table, row_id = split_key(key)
    if table not in changelog.synced_tables(db.conn):
        raise UserError(tr("This kind of record cannot be restored."))
    try:
        with transaction(db) as conn:
            changed = conn.execute(
                f'UPDATE "{table}" SET deleted = 0 WHERE id = ? AND deleted = 1', [row_id]
            ).rowcount
    except sqlite3.IntegrityError:
        raise UserError(
            tr("This record cannot be restored: another record now takes its place.")
        ) from None
    if not changed:
        raise UserError(tr("This record is no longer in the trash."))
    return table


def count(db: Database, commune_code: str | None, include_parts: bool = False) -> int:
    q = query(db, commune_code, include_parts)
    return db.execute(f"SELECT count(*) FROM {q.source}", q.params).fetchone()[0]
