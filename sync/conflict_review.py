"""Reviewing the conflicts the merge kept: both versions of a record side by side, and the
officer's choice.

Keeping the current version changes no record (every station already holds it). Taking the
other version writes it as an ordinary edit of the record, so the triggers stamp it with a new
clock and the change log sends it to the other stations like any other write: the choice is
itself a synced change.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr
from desktop.models import records
from desktop.models.changelog import synced_tables
from desktop.models.db import Database, and_scope, transaction
from desktop.models.errors import UserError
from sync import changes, ledger, references

KEPT, TAKEN = "kept", "taken"


@dataclass(frozen=True)
class Conflict:
    """One kept version of a record that lost to a concurrent edit."""

    id: int
    table: str
    row_id: str
    commune_code: str | None
    record: str  # what the record is, in words ("Household — Hồ Văn A — Thôn 1")
    current: dict[str, Any] | None  # the version in place (None: the record is gone)
    current_site: str | None
    other: dict[str, Any] | None  # the version that lost (None: a deletion)
    other_site: str | None
    detected_at: str
    resolved_at: str | None
    resolution: str | None

    @property
    def differing(self) -> list[str]:
        """The fields whose values differ between the two versions."""
        a, b = self.current or {}, self.other or {}
        return [name for name in self.fields if a.get(name) != b.get(name)]

    @property
    def fields(self) -> list[str]:
        names = list((self.current or {}).keys())
        names += [n for n in (self.other or {}) if n not in names]
        return names


def table_title(table: str) -> str:
    return records.title(table)


def station_name(conn: sqlite3.Connection, site_id: str | None) -> str:
    """A station's name for people; "" when unknown."""
    if site_id is None:
        return ""
    known = ledger.station(conn, site_id)
    return known.name if known else site_id[-8:]


def _label(conn: sqlite3.Connection, table: str, row_id: str, titled: bool = True) -> str:
    kind = records.of(table)
    title = table_title(table)
    row = None
    if kind is not None:
        row = conn.execute(
            f'SELECT {kind.label} FROM "{table}" t WHERE t.id = ?', (row_id,)
        ).fetchone()
    if not row or not row[0]:
        return f"{title} {row_id[-8:]}"
    return f"{title} — {row[0]}" if titled else str(row[0])


def _current(conn: sqlite3.Connection, table: str, row_id: str) -> tuple[dict | None, str | None]:
    columns = changes.value_columns(conn, table)
    quoted = ", ".join(f'"{c}"' for c in columns)
    row = conn.execute(
        f'SELECT site_id, {quoted} FROM "{table}" WHERE id = ?', (row_id,)
    ).fetchone()
    if row is None:
        return None, None
    return dict(zip(columns, row[1:], strict=True)), row[0]


def _conflicts(
    conn: sqlite3.Connection, where: str, params: Sequence[object] = ()
) -> list[Conflict]:
    """The conflicts the SQL `where` (and ordering) picks, read by column name."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    found = []
    for row in cursor.execute(
        "SELECT id, tbl, row_id, commune_code, loser_row, loser_site, detected_at, resolved_at, "
        f"resolution FROM sync_conflict {where}",
        params,
    ).fetchall():
        table, row_id = row["tbl"], row["row_id"]
        if table not in synced_tables(conn):
            current, current_site = None, None
        else:
            current, current_site = _current(conn, table, row_id)
        found.append(
            Conflict(
                id=row["id"],
                table=table,
                row_id=row_id,
                commune_code=row["commune_code"],
                record=_label(conn, table, row_id) if current is not None else table_title(table),
                current=current,
                current_site=current_site,
                other=None if row["loser_row"] is None else json.loads(row["loser_row"]),
                other_site=row["loser_site"],
                detected_at=row["detected_at"],
                resolved_at=row["resolved_at"],
                resolution=row["resolution"],
            )
        )
    return found


def open_conflicts(db: Database, commune_code: str | None = None) -> list[Conflict]:
    """Conflicts not yet reviewed, oldest first (of one commune when given)."""
    where, params = and_scope(commune_code)
    return _conflicts(db.conn, f"WHERE resolved_at IS NULL {where} ORDER BY id", params)


def get(db: Database, conflict_id: int) -> Conflict:
    found = _conflicts(db.conn, "WHERE id = ?", (conflict_id,))
    if not found:
        raise UserError(tr("This conflict no longer exists."))
    return found[0]


def _mark(conn: sqlite3.Connection, conflict_id: int, resolution: str) -> None:
    conn.execute(
        "UPDATE sync_conflict SET resolved_at = ?, resolution = ? WHERE id = ?",
        (dt.datetime.now().isoformat(timespec="seconds"), resolution, conflict_id),
    )


def _require_open(conflict: Conflict) -> None:
    if conflict.resolved_at is not None:
        raise UserError(tr("This conflict was already settled."))


def keep(db: Database, conflict_id: int) -> Conflict:
    """Keep the version in place; the other version is set aside for good."""
    conflict = get(db, conflict_id)
    _require_open(conflict)
    with transaction(db) as conn:
        _mark(conn, conflict_id, KEPT)
    return get(db, conflict_id)


def take(db: Database, conflict_id: int) -> Conflict:
    """Write the other version over the record: a new, synced edit."""
    conflict = get(db, conflict_id)
    _require_open(conflict)
    if conflict.current is None:
        raise UserError(tr("The record of this conflict no longer exists here."))
    columns = changes.value_columns(db.conn, conflict.table)
    if conflict.other is None:
        values = {"deleted": 1}
    else:
        values = {c: conflict.other[c] for c in columns if c in conflict.other}
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    try:
        with transaction(db) as conn:
            conn.execute(
                f'UPDATE "{conflict.table}" SET {assignments} WHERE id = ?',
                [*values.values(), conflict.row_id],
            )
            _mark(conn, conflict_id, TAKEN)
    except sqlite3.IntegrityError as exc:
        raise UserError(
            tr(
                "The other version cannot be taken: it clashes with another record ({detail})."
            ).format(detail=exc)
        ) from exc
    return get(db, conflict_id)


def referenced(conn: sqlite3.Connection, table: str, column: str, value: Any) -> str | None:
    """What an id in a reference column of `table` names ("Thôn A Dinh"), or None if the column
    refers to no record (the schema's foreign keys say which columns refer to which records)."""
    target = dict(references.foreign_keys(conn, table)).get(column)
    if target is None or not isinstance(value, str):
        return None
    return _label(conn, target, value, titled=False)
