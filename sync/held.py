"""Segments that arrive after a gap in their origin's stream: kept in `sync_held` until the
gap fills, then taken in order with the segment that fills it."""

from __future__ import annotations

import json
import sqlite3

from sync import changes, ledger


def take_or_hold(
    conn: sqlite3.Connection,
    segments: list[changes.Segment],
    known: dict[str, list[str]],
) -> tuple[list[changes.Segment], int]:
    """The parts of `segments` to apply now, and how many changes were held: segments after a
    gap are kept until it fills, then taken with the segment that fills it."""
    taken: list[changes.Segment] = []
    held = 0
    for segment in sorted(segments, key=lambda s: (s.origin, s.from_seq)):
        position = ledger.applied(conn, segment.origin)
        if segment.to_seq <= position:
            continue
        if segment.from_seq > position:
            conn.execute(
                "INSERT OR IGNORE INTO sync_held (origin, from_seq, to_seq, changes, received_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    segment.origin,
                    segment.from_seq,
                    segment.to_seq,
                    json.dumps(segment.as_json(), ensure_ascii=False),
                    ledger.now(),
                ),
            )
            held += segment.count
            continue
        taken.append(_after(segment, position))
        position = segment.to_seq
        while True:
            waiting = conn.execute(
                "SELECT from_seq, to_seq, changes FROM sync_held WHERE origin = ? AND from_seq <= ? "
                "ORDER BY from_seq",
                (segment.origin, position),
            ).fetchall()
            if not waiting:
                break
            for start, end, data in waiting:
                conn.execute(
                    "DELETE FROM sync_held WHERE origin = ? AND from_seq = ? AND to_seq = ?",
                    (segment.origin, start, end),
                )
                if end > position:
                    taken.append(_after(changes.parse_segment(json.loads(data), known), position))
                    position = end
        ledger.set_applied(conn, segment.origin, position)
    return taken, held


def _after(segment: changes.Segment, position: int) -> changes.Segment:
    if segment.from_seq >= position:
        return segment
    trimmed = changes.Segment(segment.origin, position, segment.to_seq, vetted=segment.vetted)
    for tbl, (columns, entries) in segment.tables.items():
        kept = [e for e in entries if e[0] > position]
        if kept:
            trimmed.tables[tbl] = (columns, kept)
    return trimmed
