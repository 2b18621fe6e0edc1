"""How many live records of each kind this database holds."""

from __future__ import annotations

from desktop.i18n import tr
from desktop.models.db import Database

# info key -> table; all are synced tables, counted without tombstones.
COUNTED = {
    "villages": "village",
    "households": "household",
    "surveys": "survey",
    "needs": "need",
    "receipts": "receipt",
    "receipt_items": "receipt_item",
    "allocations": "allocation",
    "models": "livelihood_model",
    "assessments": "assessment",
    "sponsors": "sponsor",
    "twinnings": "twinning",
    "members": "member",
}


def label(key: str) -> str:
    """What a count of `key` counts, in words ("households" -> "hộ gia đình")."""
    return {
        "villages": tr("villages"),
        "households": tr("households"),
        "surveys": tr("survey rounds"),
        "needs": tr("needs"),
        "receipts": tr("receipts"),
        "receipt_items": tr("items received"),
        "allocations": tr("hand-outs"),
        "models": tr("livelihood models"),
        "assessments": tr("assessments"),
        "sponsors": tr("sponsors"),
        "twinnings": tr("twinnings"),
        "members": tr("working group members"),
    }.get(key, key)


def record_counts(db: Database) -> dict[str, int]:
    return {
        key: db.execute(f'SELECT count(*) FROM "{table}" WHERE deleted = 0').fetchone()[0]
        for key, table in COUNTED.items()
    }


def receipt_ids(db: Database) -> list[str]:
    """Receipt ids, latest first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM receipt WHERE deleted = 0 ORDER BY received_on DESC, id DESC"
        )
    ]
