"""What a station still waits to have acknowledged: its changes the hub has not confirmed (by
kind of record), the attachments among them, and when the last acknowledgement came.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models import changelog
from desktop.models.db import Database
from sync import ledger


@dataclass(frozen=True)
class Waiting:
    changes: int
    by_table: list[tuple[str, int]]  # (table, records changed), most first
    attachments: int
    attachment_bytes: int
    acked_seq: int
    acked_at: str | None
    last_made_at: str | None  # when this station last wrote a bundle
    last_received_at: str | None  # when it last accepted one
    enrolled: bool  # a commune: its hub is pinned; a hub: always


def waiting(db: Database) -> Waiting:
    conn = db.conn
    floor = ledger.acked_seq(conn)
    by_table = conn.execute(
        # records, not changes: a need edited three times is one need waiting
        "SELECT tbl, count(DISTINCT row_id) FROM change_log WHERE seq > ? GROUP BY tbl "
        "ORDER BY 2 DESC, 1",
        (floor,),
    ).fetchall()
    attachments, size = conn.execute(
        "SELECT count(*), COALESCE(SUM(a.size), 0) FROM attachment a WHERE a.deleted = 0 AND "
        "a.id IN (SELECT row_id FROM change_log WHERE tbl = 'attachment' AND seq > ?)",
        (floor,),
    ).fetchone()
    me = ledger.self_station(conn)
    return Waiting(
        changes=changelog.pending_count(conn),
        by_table=[(t, n) for t, n in by_table],
        attachments=attachments,
        attachment_bytes=size,
        acked_seq=floor,
        acked_at=ledger.acked_at(conn),
        last_made_at=conn.execute("SELECT MAX(made_at) FROM sync_sent").fetchone()[0],
        last_received_at=conn.execute("SELECT MAX(received_at) FROM sync_bundle").fetchone()[0],
        enrolled=me.role == "hub" or ledger.hub_site(conn) is not None,
    )
