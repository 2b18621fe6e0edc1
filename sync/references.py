"""Authorizing the references that arrive: a record may point only at records of its own commune
or at hub-owned rows (commune_code NULL). Its own commune is the one its code rolls up to since
the 2025 reform: a 2026 record of Xã La Dêê may point at a household Xã Đắc Tôi recorded before
it was merged into La Dêê (reference.family).

Every foreign-key column of the schema is checked (read from SQLite's `foreign_key_list`, so a
new table or column is covered without a list to keep), for every version a bundle brings —
the ones that lose too, since a kept version can be taken later and is relayed to the commune's
other stations. The check runs after the bundle's changes are applied inside its transaction, so
a reference to a record that arrives in the same bundle is judged by that record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from desktop.i18n import tr
from desktop.models import reference
from desktop.models.changelog import synced_tables
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
        found.update(
            conn.execute(
                f'SELECT id, commune_code FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})',
                chunk,
            ).fetchall()
        )
    return found


def authorize(conn: sqlite3.Connection, tables: dict[str, tuple[list[str], list[list]]]) -> None:
    """Refuse the bundle if a version of `tables` points at another commune's record."""
    synced = set(synced_tables(conn))
    heads: dict[str, str] = {}  # code -> the current commune it rolls up to

    def head(code: str) -> str:
        if code not in heads:
            heads[code] = reference.current_code(conn, code)
        return heads[code]

    for tbl, (columns, entries) in tables.items():
        for column, target in foreign_keys(conn, tbl):
            if target not in synced or column not in columns:
                continue
            at = columns.index(column)
            pointing = [
                (entry[8][at], entry[3])
                for entry in entries
                if entry[8] is not None and entry[8][at] is not None
            ]
            if not pointing:
                continue
            # a record of this batch is here now with the commune it came with (a change never
            # moves a record): only the others are looked up
            communes = {e[2]: e[3] for e in tables[target][1]} if target in tables else {}
            communes.update(
                _communes_of(
                    conn, target, (value for value, _ in pointing if value not in communes)
                )
            )
            for value, commune in pointing:
                if value not in communes:
                    continue  # not here: the foreign key itself refuses a live one at commit
                theirs = communes[value]
                if theirs is None or theirs == commune:
                    continue
                if commune is None or head(theirs) != head(commune):
                    raise BundleRefused(
                        "other_commune_reference",
                        tr(
                            "The bundle links a record ({table}.{column}) to a record of another "
                            "commune ({target} of commune {code})."
                        ).format(table=tbl, column=column, target=target, code=theirs),
                    )
