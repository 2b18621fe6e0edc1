"""Applying remote changes to the station's tables: causality first, then the clocks.

The caller runs this inside one transaction with `sync_control.applying = 1`, so the change-log
triggers stay quiet. Per table, the rows the changes touch are read in batches (ids bound as one
JSON array), the changes are resolved in memory; then every table's results are written with
`executemany` under one savepoint, and table by table, row by row, only when a constraint fails.

The rule (ARCHITECTURE.md, "Merge"): a version made on top of the record's current version
(its base is that version) replaces it whatever the stamps say; any other version is concurrent
with the current one and the higher `(hlc, site_id)` wins. The versions of one record in a batch
are taken each right after its base when it can be, otherwise lowest stamp first. A version is
recorded in `sync_conflict` when it loses to a concurrent version from another station and the
two differ. Since an edit is always stamped above its base (changelog.py), the current version
of every record is the highest-stamped version a station has received, whatever the order of
delivery, so every station ends with the same one.

A change that would move a record to another commune refuses the whole bundle. A unique index
clash between two records of one commune (two stations adding the same household's year) keeps
the higher record and tombstones the other, recording it as a conflict of its commune; a clash
with another commune's record refuses the bundle.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import deque
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from desktop.i18n import tr
from desktop.models.changelog import synced_tables
from sync.bundle import BundleRefused

BATCH = 500
# The values of one JSON array parameter, for `id IN` a batch of ids: one bound text instead of
# one parameter each, which SQLite takes two to three times as fast.
JSON_LIST = "(SELECT value FROM json_each(?))"


@dataclass
class MergeStats:
    applied: int = 0
    conflicts: int = 0
    max_hlc: str | None = None
    # the records the merge added: table -> id -> commune (references.authorize judges by them)
    arrived: dict[str, dict[str, str | None]] = field(default_factory=dict)


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def record_conflict(
    conn: sqlite3.Connection,
    tbl: str,
    row_id: str,
    commune: str | None,
    loser: tuple[str, str | None, dict[str, Any] | None],
    winner: tuple[str, str | None],
) -> int:
    """Keep the losing version for review; 1 when it was new, 0 when already kept."""
    cursor = conn.execute(
        "INSERT OR IGNORE INTO sync_conflict (tbl, row_id, commune_code, loser_hlc, loser_site, "
        "loser_row, winner_hlc, winner_site, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            tbl,
            row_id,
            commune,
            loser[0],
            loser[1],
            None if loser[2] is None else json.dumps(loser[2], ensure_ascii=False),
            winner[0],
            winner[1],
            _now(),
        ),
    )
    return cursor.rowcount


def moving_refusal(tbl: str, row_id: str, old: str | None, new: str | None) -> BundleRefused:
    return BundleRefused(
        "moving",
        tr("The bundle moves a record ({table} {id}) from commune {old} to {new}.").format(
            table=tbl, id=row_id, old=old or "—", new=new or "—"
        ),
    )


def invalid_values(detail: str) -> BundleRefused:
    return BundleRefused(
        "invalid_values",
        tr("The bundle holds values the database refuses ({detail}).").format(detail=detail),
    )


def apply(
    conn: sqlite3.Connection,
    tables: dict[str, tuple[list[str], list[list]]],
    stats: MergeStats,
    unheld: Collection[str] = (),
) -> None:
    """Apply every change of `tables` (table -> (columns, entries)), parents' tables first.
    `unheld` names tables none of whose changed records is held here (as found in this
    transaction by changes.vet_payload), whose rows need not be looked for.

    Every table's changes are resolved against its rows first, then all the results written
    under one savepoint; should a constraint fail, that is rolled back and each table written
    again under its own, row by row where it fails (resolving a table reads only its own rows,
    so the writes of the others change nothing of it)."""
    resolved = []
    for tbl in synced_tables(conn):
        if tbl in tables:
            columns, entries = tables[tbl]
            held = tbl not in unheld
            resolved.append((tbl, columns, _resolve(conn, tbl, columns, entries, stats, held)))
    conn.execute("SAVEPOINT merge_tables")
    try:
        for tbl, columns, rows in resolved:
            _write(conn, tbl, columns, rows)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO merge_tables")
        conn.execute("RELEASE merge_tables")
        for tbl, columns, rows in resolved:
            _write_table(conn, tbl, columns, rows, stats)
    else:
        conn.execute("RELEASE merge_tables")
    for tbl, _, rows in resolved:
        added = {row_id: r[0] for row_id, r in rows.items() if r[4] == 1}
        if added:
            stats.arrived.setdefault(tbl, {}).update(added)


def _resolve(
    conn: sqlite3.Connection,
    tbl: str,
    columns: list[str],
    entries: list[list],
    stats: MergeStats,
    held: bool,
) -> dict[str, list]:
    """Each record's version after the changes: id -> [commune, hlc, site, values, state];
    state 0 unchanged, 1 insert, 2 update."""
    if not entries:
        return {}
    top = max(map(itemgetter(4), entries))
    if stats.max_hlc is None or top > stats.max_hlc:
        stats.max_hlc = top
    last = {entry[2]: entry for entry in entries}  # most records: one version in the bundle
    several: dict[str, list[list]] = {}
    if len(last) != len(entries):
        for entry in entries:
            several.setdefault(entry[2], []).append(entry)
        for row_id in [r for r, versions in several.items() if len(versions) == 1]:
            del several[row_id]
    rows: dict[str, list] = {}
    ids = list(last) if held else []  # (not held: none of them is here to be read)
    select = (
        f'SELECT id, commune_code, hlc, site_id, {_quoted(columns)} FROM "{tbl}" '
        f"WHERE id IN {JSON_LIST}"
    )
    for i in range(0, len(ids), BATCH):  # row ids: ASCII text (changes.is_row_id)
        for row in conn.execute(select, (json.dumps(ids[i : i + BATCH]),)):
            rows[row[0]] = [row[1], row[2], row[3], list(row[4:]), 0]
    if not rows and not several:  # all new, each of one version (a commune's first bundle)
        rows = {r: [e[3], e[4], e[5], e[8], 1] for r, e in last.items() if e[1] == "upsert"}
        stats.applied += len(rows)
        return rows
    applied = 0
    for row_id, entry in last.items():
        if row_id in several:
            for version in _causal_order(several[row_id], rows, row_id):
                _apply_version(conn, tbl, columns, rows, version, stats)
        elif row_id not in rows:  # a new record: the common case, taken here
            if entry[1] == "upsert":
                rows[row_id] = [entry[3], entry[4], entry[5], entry[8], 1]
                applied += 1
        else:
            _apply_version(conn, tbl, columns, rows, entry, stats)
    stats.applied += applied
    return rows


def _causal_order(versions: list[list], rows: dict[str, list], row_id: str) -> Iterator[list]:
    """The versions of one record, each one right after the version it was made on when that
    is the record's version at the time; otherwise the lowest (hlc, site) first."""
    order = sorted(versions, key=lambda e: (e[4], e[5] or ""))
    if row_id not in rows and all(
        later[6] == earlier[4] and later[7] == earlier[5]
        for earlier, later in zip(order, order[1:], strict=False)
    ):
        # a new record and its edits, each made on the one before: what _picked would pick
        yield from order
        return
    yield from _picked(order, rows, row_id)


def _picked(order: list[list], rows: dict[str, list], row_id: str) -> Iterator[list]:
    """The versions of `order` (sorted by (hlc, site)) as _causal_order takes them: the caller
    applies each to `rows` before asking for the next."""
    on_top: dict[tuple, deque[int]] = {}
    for i, entry in enumerate(order):
        on_top.setdefault((entry[6], entry[7]), deque()).append(i)
    taken = [False] * len(order)
    next_lowest = 0
    for _ in range(len(order)):
        current = rows.get(row_id)
        pick = None
        queue = on_top.get((current[1], current[2])) if current is not None else None
        while queue:
            i = queue.popleft()
            if not taken[i]:
                pick = i
                break
        if pick is None:
            while taken[next_lowest]:
                next_lowest += 1
            pick = next_lowest
        taken[pick] = True
        yield order[pick]


def _apply_version(
    conn: sqlite3.Connection,
    tbl: str,
    columns: list[str],
    rows: dict[str, list],
    entry: list,
    stats: MergeStats,
) -> None:
    """One version against the record's current one: causality first, then (hlc, site)."""
    _seq, op, row_id, commune, stamp, site, base_hlc, base_site, values = entry
    current = rows.get(row_id)
    if current is None:
        if op == "upsert":
            rows[row_id] = [commune, stamp, site, values, 1]
            stats.applied += 1
        return
    if current[0] != commune:
        raise moving_refusal(tbl, row_id, current[0], commune)
    if stamp == current[1] and site == current[2]:
        return
    if op == "delete":
        values = list(current[3])
        values[columns.index("deleted")] = 1
    # made on top of the version in place: it saw that version, so it replaces it
    based = base_hlc == current[1] and base_site == current[2]
    if based or (stamp, site or "") > (current[1], current[2] or ""):
        if not based and current[2] != site and current[3] != values:
            stats.conflicts += record_conflict(
                conn,
                tbl,
                row_id,
                commune,
                (current[1], current[2], dict(zip(columns, current[3], strict=True))),
                (stamp, site),
            )
        current[1], current[2], current[3] = stamp, site, values
        if current[4] == 0:
            current[4] = 2
        stats.applied += 1
    elif current[2] != site and current[3] != values:
        stats.conflicts += record_conflict(
            conn,
            tbl,
            row_id,
            commune,
            (stamp, site, dict(zip(columns, values, strict=True))),
            (current[1], current[2]),
        )


def _statements(tbl: str, columns: list[str]) -> tuple[str, str]:
    """The INSERT and the UPDATE of a record's version."""
    names = ["id", "commune_code", "hlc", "site_id", *columns]
    insert = f'INSERT INTO "{tbl}" ({_quoted(names)}) VALUES ({", ".join("?" * len(names))})'
    update = (
        f'UPDATE "{tbl}" SET hlc = ?, site_id = ?, '
        + ", ".join(f'"{c}" = ?' for c in columns)
        + " WHERE id = ?"
    )
    return insert, update


def _write(conn: sqlite3.Connection, tbl: str, columns: list[str], rows: dict[str, list]) -> None:
    """The resolved versions written at once (a constraint that fails raises)."""
    insert, update = _statements(tbl, columns)
    updates = [[r[1], r[2], *r[3], rid] for rid, r in rows.items() if r[4] == 2]
    if updates:
        conn.executemany(update, updates)
    conn.executemany(
        insert, [[rid, r[0], r[1], r[2], *r[3]] for rid, r in rows.items() if r[4] == 1]
    )


def _write_table(
    conn: sqlite3.Connection, tbl: str, columns: list[str], rows: dict[str, list], stats: MergeStats
) -> None:
    """One table's versions written under a savepoint of its own; where a constraint fails,
    again row by row, settling unique clashes."""
    conn.execute("SAVEPOINT merge_table")
    try:
        _write(conn, tbl, columns, rows)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO merge_table")
        conn.execute("RELEASE merge_table")
        insert, update = _statements(tbl, columns)
        _write_one_by_one(conn, tbl, columns, rows, insert, update, stats)
        return
    conn.execute("RELEASE merge_table")


# A row that clashes with another on a unique key (a text primary key reports PRIMARYKEY).
UNIQUE_CLASHES = {sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY}


def _write_one_by_one(
    conn: sqlite3.Connection,
    tbl: str,
    columns: list[str],
    rows: dict[str, list],
    insert: str,
    update: str,
    stats: MergeStats,
) -> None:
    """The slow path after a constraint failed: find the row, settle unique clashes."""
    for rid, r in rows.items():
        if r[4] == 0:
            continue
        for _attempt in range(3):
            try:
                if r[4] == 1:
                    conn.execute(insert, [rid, r[0], r[1], r[2], *r[3]])
                else:
                    conn.execute(update, [r[1], r[2], *r[3], rid])
                break
            except sqlite3.IntegrityError as exc:
                if exc.sqlite_errorcode not in UNIQUE_CLASHES:
                    raise invalid_values(f"{tbl}: {exc}") from exc
                _settle_unique(conn, tbl, columns, rid, r, stats)
        else:
            raise invalid_values(f"{tbl}: {rid}")


def _unique_indexes(conn: sqlite3.Connection, tbl: str) -> list[list[str]]:
    result = []
    for _, name, unique, origin, _partial in conn.execute(f'PRAGMA index_list("{tbl}")'):
        if unique and origin != "pk":
            result.append([row[2] for row in conn.execute(f'PRAGMA index_info("{name}")')])
    return result


def _settle_unique(
    conn: sqlite3.Connection,
    tbl: str,
    columns: list[str],
    rid: str,
    r: list,
    stats: MergeStats,
) -> None:
    """Two live records clash on a unique index: the lower (hlc, site) one becomes a tombstone,
    recorded as a conflict of its own commune (so its station learns of it)."""
    values = dict(zip(columns, r[3], strict=True))
    for index_columns in _unique_indexes(conn, tbl):
        if not all(c in values for c in index_columns):
            continue
        where = " AND ".join(f'"{c}" IS ?' for c in index_columns)
        other = conn.execute(
            f'SELECT id, hlc, site_id, commune_code FROM "{tbl}" '
            f"WHERE {where} AND deleted = 0 AND id != ?",
            [*(values[c] for c in index_columns), rid],
        ).fetchone()
        if other is None:
            continue
        if other[3] != r[0]:
            raise BundleRefused(
                "unique_other_commune",
                tr(
                    "The bundle adds a record ({table} {id}) that clashes with a record of "
                    "another commune ({code})."
                ).format(table=tbl, id=rid, code=other[3] or "—"),
            )
        if (r[1], r[2] or "") > (other[1], other[2] or ""):
            loser = conn.execute(
                f'SELECT {_quoted(columns)} FROM "{tbl}" WHERE id = ?', (other[0],)
            ).fetchone()
            conn.execute(f'UPDATE "{tbl}" SET deleted = 1 WHERE id = ?', (other[0],))
            stats.conflicts += record_conflict(
                conn,
                tbl,
                other[0],
                other[3],
                (other[1], other[2], dict(zip(columns, loser, strict=True))),
                (r[1], r[2]),
            )
        else:
            stats.conflicts += record_conflict(
                conn, tbl, rid, r[0], (r[1], r[2], values), (other[1], other[2])
            )
            r[3] = list(r[3])
            r[3][columns.index("deleted")] = 1
        return
