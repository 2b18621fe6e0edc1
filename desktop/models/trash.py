"""The trash: tombstoned records (deleted = 1) of every synced table, and restoring them.

Deleting never removes a row: it sets `deleted = 1`, which the change log sends to the district
like any other write. Restoring sets it back to 0, which syncs the same way. Tables, and the SQL
that labels their rows, come only from the registry below; a synced table missing from it still
appears, labelled by its id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr
from desktop.models import changelog
from desktop.models.db import Database, commune_scope, transaction
from desktop.models.errors import UserError
from desktop.models.listing import Field, Listing


@dataclass(frozen=True)
class Kind:
    title: Callable[[], str]
    label: str  # SQL over the table aliased `t`
    main: bool = True  # a record an officer deletes (False: a part of one, e.g. a receipt item)


def _name_of(table: str, column: str) -> str:
    return f"(SELECT x.name FROM {table} x WHERE x.id = t.{column})"


def _day(column: str) -> str:
    """An ISO date column as dd/mm/yyyy."""
    return f"strftime('%d/%m/%Y', {column})"


_HOUSEHOLD = "(SELECT x.head_name FROM household x WHERE x.id = t.household_id)"

KINDS: dict[str, Kind] = {
    "village": Kind(lambda: tr("Village"), "t.name"),
    "sponsor": Kind(lambda: tr("Sponsor"), "t.name"),
    "twinning": Kind(
        lambda: tr("Twinning"),
        f"{_name_of('sponsor', 'sponsor_id')} || coalesce(' — ' || t.decision_number, '')",
    ),
    "member": Kind(lambda: tr("Working group member"), "t.full_name"),
    "household": Kind(
        lambda: tr("Household"),
        f"t.head_name || coalesce(' — ' || {_name_of('village', 'village_id')}, '')",
    ),
    "household_year": Kind(
        lambda: tr("Household status of a year"), f"{_HOUSEHOLD} || ' — ' || t.year", main=False
    ),
    "survey": Kind(lambda: tr("Survey"), f"t.title || ' — ' || {_day('t.survey_date')}"),
    "survey_indicator": Kind(lambda: tr("Survey indicator"), "t.indicator", main=False),
    "survey_observation": Kind(lambda: tr("Survey observation"), _HOUSEHOLD, main=False),
    "need": Kind(lambda: tr("Need"), "t.year || ' — ' || t.description"),
    "need_beneficiary": Kind(
        lambda: tr("Need beneficiary"),
        f"coalesce({_HOUSEHOLD}, {_name_of('village', 'village_id')})",
        main=False,
    ),
    "need_status_change": Kind(
        lambda: tr("Need status change"), f"t.status || ' — ' || {_day('t.changed_on')}", main=False
    ),
    "receipt": Kind(
        lambda: tr("Receipt"),
        f"{_day('t.received_on')} || ' — ' || "
        f"coalesce(t.description, {_name_of('sponsor', 'sponsor_id')})",
    ),
    "receipt_party": Kind(lambda: tr("Receipt representative"), "t.full_name", main=False),
    "receipt_item": Kind(lambda: tr("Receipt item"), "t.name", main=False),
    "receipt_need": Kind(lambda: tr("Receipt–need link"), "t.value", main=False),
    "allocation": Kind(
        lambda: tr("Allocation"),
        f"coalesce({_HOUSEHOLD}, {_name_of('village', 'village_id')}) || ' — ' || t.quantity",
        main=False,
    ),
    "attachment": Kind(lambda: tr("Attachment"), "t.file_name", main=False),
    "livelihood_model": Kind(lambda: tr("Livelihood model"), "t.name || ' — ' || t.year"),
    "model_member": Kind(lambda: tr("Model member household"), _HOUSEHOLD, main=False),
    "assessment": Kind(
        lambda: tr("Year-end assessment"),
        f"{_name_of('sponsor', 'sponsor_id')} || ' — ' || t.year",
    ),
    "document": Kind(
        lambda: tr("Issued document"), "t.number || '/' || t.symbol || ' ' || t.title"
    ),
}


def kind_title(table: str) -> str:
    kind = KINDS.get(table)
    return kind.title() if kind else table


def tables(db: Database, include_parts: bool = False) -> list[str]:
    """Synced tables the trash shows (main record kinds, or every synced table)."""
    return [
        table
        for table in changelog.synced_tables(db.conn)
        if include_parts or (KINDS[table].main if table in KINDS else True)
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
    for table in tables(db, include_parts):
        label = KINDS[table].label if table in KINDS else "t.id"
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
