"""Where this station stands in sync: stations, acknowledged and pending changes, held changes,
conflicts, bundles made and received; on a hub, every commune of its area with its stations,
last bundle, held changes, the bundle that would fill a gap, lateness and silence. One dict, for
`sync status --json` and the GUI pages.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.i18n import tr
from desktop.models import area, changelog, district, hlc, needs, station_settings
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
        "communes": communes(db, stations) if me.role == "hub" else [],
    }


def held_communes(db: Database) -> dict[str, dict[str, Any]]:
    """code → the entry of `status(db)["communes"]` of each commune whose stations have changes
    held here (waiting for a missing bundle); nothing else of the status is read when nothing is
    held, as is usual (the district page asks for it at every refresh)."""
    if db.conn.execute("SELECT 1 FROM sync_held LIMIT 1").fetchone() is None:
        return {}
    return {c["code"]: c for c in status(db)["communes"] if c["waiting_for"]}


def clock_note(station: dict[str, Any]) -> str:
    """What a station's stamps say of its clock, in words ("" when they run with ours)."""
    ahead = station["clock_ahead_ms"]
    if not ahead:
        return ""
    return tr("its clock runs {days} days ahead of this PC's").format(
        days=format_number(max(1, ahead // 86_400_000))
    )


# The needs proposal of a commune whose changes are held here: it sent them, they wait for the
# bundle missing before them (what they hold cannot be applied out of order).
HELD = "held"


def _missing_bundle(db: Database, sender: str) -> int | None:
    """The bundle the held changes wait for: the lowest number of `sender` missing between
    those received, else the one right before the first received (a lost first delivery; a
    station resends in every bundle all the hub has not acknowledged). Its enrollment request
    has a number too, never stored, so number 1 is never waited for."""
    numbers = {
        r[0] for r in db.execute("SELECT number FROM sync_bundle WHERE sender = ?", [sender])
    }
    if not numbers:
        return None
    inside = next((n for n in range(min(numbers), max(numbers)) if n not in numbers), None)
    if inside is not None:
        return inside
    return min(numbers) - 1 if min(numbers) > 2 else None


def late_year(db: Database, today: dt.date) -> int:
    """The latest year whose needs proposal deadline (15/01) has passed."""
    return today.year if today > needs.proposal_deadline(db, today.year) else today.year - 1


def communes(
    db: Database, stations: list[dict[str, Any]], today: dt.date | None = None
) -> list[dict[str, Any]]:
    """Every commune of the hub's area, whether it has a station or not."""
    today = today or dt.date.today()
    year = late_year(db, today)
    proposals = {p.commune_code: p for p in district.proposals(db, year, today)}
    silent_days = station_settings.silent_after_days(db)
    district_due = needs.proposal_deadline(db, year, who="district")
    result = []
    for commune in area.area(db):
        own = [s for s in stations if s["role"] == "commune" and s["unit_code"] in commune.codes]
        active = [s for s in own if not s["revoked_at"]]
        last = max((s["last_bundle_at"] for s in own if s["last_bundle_at"]), default=None)
        held = sum(g["to"] - g["from"] for s in own for g in s["gaps"])
        waiting = [
            {
                "site_id": s["site_id"],
                "station": s["name"],
                "number": _missing_bundle(db, s["site_id"]),
            }
            for s in own
            if s["gaps"]
        ]
        proposal = proposals.get(commune.code)
        held_proposal = bool(waiting) and (proposal is None or proposal.sent_on is None)
        since = last or max((s["enrolled_at"] for s in active if s["enrolled_at"]), default=None)
        quiet = (today - dt.date.fromisoformat(since[:10])).days if since else None
        result.append(
            {
                "code": commune.code,
                "name": commune.name,
                "valid_from": commune.valid_from or None,
                "predecessors": [
                    {"code": p.code, "name": p.name, "valid_to": p.valid_to}
                    for p in commune.predecessors
                ],
                "enrolled": bool(active),
                "stations": [s["site_id"] for s in own],
                "last_bundle_at": last,
                "held": held,
                "waiting_for": waiting,
                "proposal_year": year,
                "proposal_state": HELD
                if held_proposal
                else proposal.state
                if proposal
                else district.MISSING,
                "proposal_sent_on": proposal.sent_on.isoformat()
                if proposal and proposal.sent_on
                else None,
                "late": not held_proposal and (proposal is None or proposal.overdue),
                "after_district_deadline": proposal is None
                or proposal.sent_on is None
                or proposal.sent_on > district_due,
                "silent": bool(active) and quiet is not None and quiet > silent_days,
                "silent_days": quiet if active else None,
            }
        )
    return result
