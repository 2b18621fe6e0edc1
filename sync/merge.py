"""Applying remote changes to the station's tables: last writer wins, losers kept as conflicts.

The caller runs this inside one transaction with `sync_control.applying = 1`, so the change-log
triggers stay quiet. Per table, the rows the changes touch are read in batches, the changes are
resolved in `(hlc, site_id)` order in memory, and the results written with `executemany`.

A version is recorded in `sync_conflict` when it loses to a version from another station that
was not written on top of it (the winner's base is not the loser) and the two differ. A change
that would move a record to another commune refuses the whole bundle. A unique index clash
between two records (two stations adding the same household's year) keeps the later record and
tombstones the other, recording it as a conflict.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr
from desktop.models.changelog import synced_tables
from sync.bundle import BundleRefused

BATCH = 500


@dataclass
class MergeStats:
    applied: int = 0
    conflicts: int = 0
    max_hlc: str | None = None


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
    conn: sqlite3.Connection, tables: dict[str, tuple[list[str], list[list]]], stats: MergeStats
) -> None:
    """Apply every change of `tables` (table -> (columns, entries)), parents' tables first."""
    for tbl in synced_tables(conn):
        if tbl in tables:
            columns, entries = tables[tbl]
            _apply_table(conn, tbl, columns, entries, stats)


def _apply_table(
    conn: sqlite3.Connection, tbl: str, columns: list[str], entries: list[list], stats: MergeStats
) -> None:
    entries.sort(key=lambda e: (e[4], e[5]))
    if entries and (stats.max_hlc is None or entries[-1][4] > stats.max_hlc):
        stats.max_hlc = entries[-1][4]
    deleted_at = columns.index("deleted")
    # id -> [commune, hlc, site, values, state]; state: 0 unchanged, 1 insert, 2 update
    rows: dict[str, list] = {}
    ids = list({e[2] for e in entries})
    select = f'SELECT id, commune_code, hlc, site_id, {_quoted(columns)} FROM "{tbl}" WHERE id IN '
    for i in range(0, len(ids), BATCH):
        chunk = ids[i : i + BATCH]
        for row in conn.execute(select + f"({', '.join('?' * len(chunk))})", chunk):
            rows[row[0]] = [row[1], row[2], row[3], list(row[4:]), 0]
    for _seq, op, row_id, commune, stamp, site, base_hlc, base_site, values in entries:
        current = rows.get(row_id)
        if current is None:
            if op == "upsert":
                rows[row_id] = [commune, stamp, site, values, 1]
                stats.applied += 1
            continue
        if current[0] != commune:
            raise moving_refusal(tbl, row_id, current[0], commune)
        if stamp == current[1] and site == current[2]:
            continue
        if op == "delete":
            values = list(current[3])
            values[deleted_at] = 1
        if (stamp, site or "") > (current[1], current[2] or ""):
            if (
                current[2] != site
                and not (base_hlc == current[1] and base_site == current[2])
                and current[3] != values
            ):
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
    _write(conn, tbl, columns, rows, stats)


def _write(
    conn: sqlite3.Connection, tbl: str, columns: list[str], rows: dict[str, list], stats: MergeStats
) -> None:
    names = ["id", "commune_code", "hlc", "site_id", *columns]
    insert = f'INSERT INTO "{tbl}" ({_quoted(names)}) VALUES ({", ".join("?" * len(names))})'
    update = (
        f'UPDATE "{tbl}" SET hlc = ?, site_id = ?, '
        + ", ".join(f'"{c}" = ?' for c in columns)
        + " WHERE id = ?"
    )
    inserts = [[rid, r[0], r[1], r[2], *r[3]] for rid, r in rows.items() if r[4] == 1]
    updates = [[r[1], r[2], *r[3], rid] for rid, r in rows.items() if r[4] == 2]
    conn.execute("SAVEPOINT merge_table")
    try:
        conn.executemany(update, updates)
        conn.executemany(insert, inserts)
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO merge_table")
        conn.execute("RELEASE merge_table")
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
    """Two live records clash on a unique index: the lower (hlc, site) one becomes a tombstone."""
    values = dict(zip(columns, r[3], strict=True))
    for index_columns in _unique_indexes(conn, tbl):
        if not all(c in values for c in index_columns):
            continue
        where = " AND ".join(f'"{c}" IS ?' for c in index_columns)
        other = conn.execute(
            f'SELECT id, hlc, site_id FROM "{tbl}" WHERE {where} AND deleted = 0 AND id != ?',
            [*(values[c] for c in index_columns), rid],
        ).fetchone()
        if other is None:
            continue
        if (r[1], r[2] or "") > (other[1], other[2] or ""):
            loser = conn.execute(
                f'SELECT {_quoted(columns)} FROM "{tbl}" WHERE id = ?', (other[0],)
            ).fetchone()
            conn.execute(f'UPDATE "{tbl}" SET deleted = 1 WHERE id = ?', (other[0],))
            stats.conflicts += record_conflict(
                conn,
                tbl,
                other[0],
                r[0],
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
