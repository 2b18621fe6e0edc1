"""The hub's relay archive: the changes of a commune's station kept to pass them to the
commune's other stations (`sync_relay`), and read back as segments for their bundles."""

from __future__ import annotations

import json
import sqlite3

from sync import changes, ledger


def keep(conn: sqlite3.Connection, segments: list[changes.Segment]) -> None:
    """Keep a commune station's changes when its commune has other stations to pass them to."""
    for segment in segments:
        origin = ledger.station(conn, segment.origin)
        if origin is None or origin.is_self:
            continue
        others = [
            s
            for s in ledger.active_commune_stations(conn, origin.unit_code)
            if s.site_id != origin.site_id
        ]
        if not others:
            continue
        conn.executemany(
            "INSERT OR IGNORE INTO sync_relay (origin, seq, tbl, change) VALUES (?, ?, ?, ?)",
            (
                (
                    segment.origin,
                    entry[0],
                    tbl,
                    json.dumps(
                        [
                            *entry[:8],
                            None if entry[8] is None else dict(zip(columns, entry[8], strict=True)),
                        ],
                        ensure_ascii=False,
                    ),
                )
                for tbl, (columns, entries) in segment.tables.items()
                for entry in entries
            ),
        )


def segment(conn: sqlite3.Connection, origin: str, after: int, upto: int) -> changes.Segment:
    """The kept changes (after, upto] of `origin`, as a segment to relay."""
    segment = changes.Segment(origin, after, upto)
    columns_of: dict[str, list[str]] = {}
    for tbl, change in conn.execute(
        "SELECT tbl, change FROM sync_relay WHERE origin = ? AND seq > ? AND seq <= ? ORDER BY seq",
        (origin, after, upto),
    ):
        if tbl not in columns_of:
            columns_of[tbl] = changes.value_columns(conn, tbl)
            segment.tables[tbl] = (columns_of[tbl], [])
        entry = json.loads(change)
        values = entry[8]
        if values is not None:
            values = [values.get(c) for c in columns_of[tbl]]
        segment.tables[tbl][1].append([*entry[:8], values])
    return segment
