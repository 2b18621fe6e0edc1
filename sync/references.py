"""Authorizing the references that arrive: a record may point only at records of its own commune
or at hub-owned rows (commune_code NULL). Its own commune is the one its code rolls up to since
the 2025 reform: a 2026 record of Xã La Dêê may point at a household Xã Đắc Tôi recorded before
it was merged into La Dêê (reference.family).

Every foreign-key column of the schema is checked (read from SQLite's `foreign_key_list`, so a
new table or column is covered without a list to keep), for every version a bundle brings —
the ones that lose too, since a kept version can be taken later and is relayed to the commune's
other stations. A payload's changes are judged as they are read, before it is built
(changes.vet_payload), against the records this station holds; the check runs again after the
changes are applied inside the bundle's transaction, so a reference to a record that arrives
in the same bundle (or in a held segment, taken later) is judged by that record. The first
judgement refuses nothing the second would not: a record that is here keeps its commune (a
change that moves it is refused, `add_row`), and one that arrives is of the sender's commune.
Both run in the one transaction, so for the changes read then the second needs only the
records the merge added (`MergeStats.arrived`): every other record they name was here, with the
same commune, when the first judged them. A held segment taken now was read by an earlier
import, so its changes are judged against every record.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from desktop.i18n import tr
from desktop.models import reference
from desktop.models.changelog import synced_tables
from sync import merge
from sync.bundle import BundleRefused

BATCH = 500


def foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(column, referenced table) of each single-column foreign key of `table`."""
    keys: dict[int, list[tuple[str, str]]] = {}
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        key_id, _seq, target, column = row[0], row[1], row[2], row[3]
        keys.setdefault(key_id, []).append((column, target))
    return [pairs[0] for pairs in keys.values() if len(pairs) == 1]


def _communes_of(conn: sqlite3.Connection, table: str, ids: Iterable[object]) -> dict:
    """id -> commune_code of the rows of `table` among `ids` that exist here."""
    wanted = list(dict.fromkeys(ids))
    found: dict = {}
    for i in range(0, len(wanted), BATCH):
        chunk = wanted[i : i + BATCH]
        if all(type(v) is str and v.isascii() for v in chunk):  # ids, as they always are
            cursor = conn.execute(
                f'SELECT id, commune_code FROM "{table}" WHERE id IN {merge.JSON_LIST}',
                (json.dumps(chunk),),
            )
        else:  # any other value bound as itself, for SQLite to compare as it compares those
            cursor = conn.execute(
                f'SELECT id, commune_code FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})',
                chunk,
            )
        found.update(cursor.fetchall())
    return found


class Judge:
    """Changes judged against the rows this station holds, a batch at a time: `add` each
    reference and `add_row` each changed record, `flush` at the end; either raises
    `BundleRefused` for the first record that would move to another commune or reference that
    points at another commune's record."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._synced = set(synced_tables(conn))
        self._keys: dict[str, list[tuple[str, str]]] = {}
        self._heads: dict[str, str] = {}  # code -> the current commune it rolls up to
        self._together: set[tuple[str, str]] = set()  # (code, code) found to roll up into one
        # target table -> (value, commune of the pointing record, its table, its column)
        self._pending: dict[str, list[tuple[object, str | None, str, str]]] = {}
        self._rows: dict[str, dict[object, str | None]] = {}  # table -> id -> commune
        self._judged: set[str] = set()  # tables of the changed records flushed
        self._held: set[str] = set()  # those of them with a record this station holds
        self._count = 0

    def keys(self, table: str) -> list[tuple[str, str]]:
        """(column, target) of the foreign keys of `table` that point at synced tables."""
        if table not in self._keys:
            self._keys[table] = [
                (column, target)
                for column, target in foreign_keys(self.conn, table)
                if target in self._synced
            ]
        return self._keys[table]

    def add(self, table: str, column: str, target: str, value: object, commune: str | None) -> None:
        self._pending.setdefault(target, []).append((value, commune, table, column))
        self._count += 1
        if self._count >= BATCH:
            self.flush()

    def add_row(self, table: str, row_id: object, commune: str | None) -> None:
        self._rows.setdefault(table, {})[row_id] = commune
        self._count += 1
        if self._count >= BATCH:
            self.flush()

    def flush(self) -> None:
        rows, self._rows = self._rows, {}
        for table, changed in rows.items():
            held = _communes_of(self.conn, table, changed)
            self._judged.add(table)
            if held:
                self._held.add(table)
            for row_id, commune in changed.items():
                if row_id in held and held[row_id] != commune:
                    raise merge.moving_refusal(table, str(row_id), held[row_id], commune)
        pending, self._pending, self._count = self._pending, {}, 0
        for target, pointing in pending.items():
            communes = _communes_of(self.conn, target, (value for value, *_ in pointing))
            for value, commune, table, column in pointing:
                if value not in communes:
                    continue  # not here: the foreign key itself refuses a live one at commit
                theirs = communes[value]
                if theirs is None or theirs == commune:
                    continue
                self.pointing(table, column, commune, target, theirs)

    def unheld(self) -> set[str]:
        """The tables of changed records judged (`add_row`, flushed) none of which this station
        holds."""
        return self._judged - self._held

    def pointing(
        self, table: str, column: str, commune: str | None, target: str, theirs: str
    ) -> None:
        """Refuse a record of `commune` pointing at a `target` record of commune `theirs`
        unless both roll up into one commune."""
        if (commune, theirs) in self._together:  # records of a merged commune: thousands
            return
        if commune is None or self._head(theirs) != self._head(commune):
            raise BundleRefused(
                "other_commune_reference",
                tr(
                    "The bundle links a record ({table}.{column}) to a record of another "
                    "commune ({target} of commune {code})."
                ).format(table=table, column=column, target=target, code=theirs),
            )
        self._together.add((commune, theirs))

    def _head(self, code: str) -> str:
        if code not in self._heads:
            self._heads[code] = reference.current_code(self.conn, code)
        return self._heads[code]


def authorize(
    conn: sqlite3.Connection,
    tables: dict[str, tuple[list[str], list[list]]],
    among: dict[str, dict[str, str | None]] | None = None,
) -> None:
    """Refuse the bundle if a version of `tables` points at another commune's record (of those
    in `among`, when given: see the module's docstring)."""
    judge = Judge(conn)
    for tbl, (columns, entries) in tables.items():
        for column, target in judge.keys(tbl):
            if column not in columns:
                continue
            at = columns.index(column)
            if among is not None:  # judged at once by the rows given, as `flush` judges
                rows = among.get(target, {})
                for entry in entries:
                    values = entry[8]
                    if values is None or values[at] not in rows:
                        continue
                    theirs = rows[values[at]]
                    if theirs is not None and theirs != entry[3]:
                        judge.pointing(tbl, column, entry[3], target, theirs)
                continue
            for entry in entries:
                if entry[8] is not None and entry[8][at] is not None:
                    judge.add(tbl, column, target, entry[8][at], entry[3])
    judge.flush()
