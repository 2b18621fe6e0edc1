"""Where this station stands in sync: stations, acknowledged and pending changes, held changes,
conflicts, bundles made and received. One dict, for `sync status --json` and the GUI pages.
"""

from __future__ import annotations

from typing import Any

from desktop.i18n import tr
from desktop.models import changelog, hlc
from desktop.models.db import Database
from desktop.models.text import format_number
from sync import keys, ledger


def status(db: Database) -> dict[str, Any]:
    conn = db.conn
    me = ledger.self_station(conn)
    public = keys.self_public(db)
    held = conn.execute(
        "SELECT origin, from_seq, to_seq FROM sync_held ORDER BY origin, from_seq"
    ).fetchall()
    stations = []
    for st in ledger.stations(conn):
        if st.is_self:
            continue
        peer = conn.execute(
            "SELECT last_number, last_bundle_at, reference_version, max_hlc FROM sync_peer "
            "WHERE site_id = ?",
            (st.site_id,),
        ).fetchone() or (None, None, None, None)
        acks = ledger.peer_acks(conn, st.site_id)
        stations.append(
            {
                "site_id": st.site_id,
                "role": st.role,
                "unit_code": st.unit_code,
                "name": st.name,
                "officer": st.officer,
                "enrolled_at": st.enrolled_at,
                "revoked_at": st.revoked_at,
                "applied_seq": ledger.applied(conn, st.site_id),
                "acked_our_seq": acks.get(me.site_id, 0),
                "last_bundle_number": peer[0],
                "last_bundle_at": peer[1],
                "reference_version": peer[2],
                "max_hlc": peer[3],
                # how far its stamps run ahead of this station's clock (0: they do not)
                "clock_ahead_ms": hlc.ahead_ms(peer[3]),
                "gaps": [
                    {"from": start, "to": end}
                    for origin, start, end in held
                    if origin == st.site_id
                ],
            }
        )
    return {
        "site_id": me.site_id,
        "role": me.role,
        "unit_code": me.unit_code,
        "fingerprint": public.fingerprint if public else None,
        "hub": ledger.hub_site(conn),
        "last_seq": ledger.local_last_seq(conn),
        "acked_seq": ledger.acked_seq(conn),
        "acked_at": ledger.acked_at(conn),
        "pending": changelog.pending_count(conn),
        "applied": ledger.all_applied(conn),
        "held_segments": len(held),
        "held": [{"origin": o, "from": s, "to": e} for o, s, e in held],
        "conflicts": conn.execute(
            "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
        ).fetchone()[0],
        "bundles_made": conn.execute("SELECT count(*) FROM sync_sent").fetchone()[0],
        "bundles_received": conn.execute("SELECT count(*) FROM sync_bundle").fetchone()[0],
        "stations": stations,
    }


def clock_note(station: dict[str, Any]) -> str:
    """What a station's stamps say of its clock, in words ("" when they run with ours)."""
    ahead = station["clock_ahead_ms"]
    if not ahead:
        return ""
    return tr("its clock runs {days} days ahead of this PC's").format(
        days=format_number(max(1, ahead // 86_400_000))
    )
