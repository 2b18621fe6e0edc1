"""How many live records of each kind this database holds."""

from __future__ import annotations

from desktop.models import records
from desktop.models.db import Database


def counted() -> dict[str, str]:
    """count key -> table, for the record types that are counted (models/records.py)."""
    return {kind.count.key: kind.table for kind in records.types() if kind.count is not None}


def label(key: str) -> str:
    """What a count of `key` counts, in words ("households" -> "hộ gia đình")."""
    for kind in records.types():
        if kind.count is not None and kind.count.key == key:
            return kind.count.label()
    return key


def record_counts(db: Database) -> dict[str, int]:
    """Live records of each counted kind (synced tables, counted without tombstones)."""
    return {
        key: db.execute(f'SELECT count(*) FROM "{table}" WHERE deleted = 0').fetchone()[0]
        for key, table in counted().items()
    }


def receipt_ids(db: Database) -> list[str]:
    """Receipt ids, latest first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM receipt WHERE deleted = 0 ORDER BY received_on DESC, id DESC"
        )
    ]
