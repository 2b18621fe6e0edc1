"""Making bundles for peers. A commune station sends the hub every change the hub has not
acknowledged (resent until it is) and the attachments those changes name. The hub sends each
enrolled station its own changes in that station's scope, the changes of the commune's other
stations (relayed), newer reference data, and its acknowledgements. Both sides write a bundle
only when there is something to say: changes the peer lacks, or acknowledgements the peer has
not yet confirmed seeing."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.i18n import tr
from desktop.models import migrations, ownership, reference
from desktop.models.db import Database, rollback
from desktop.models.errors import UserError
from desktop.models.files import write_whole
from desktop.paths import DataDir
from sync import (
    attachments_sync,
    bundle,
    changes,
    keys,
    ledger,
    reference_data,
    relay_archive,
)
from sync.context import Context, open_context

MAX_CHANGES_PER_BUNDLE = 200_000


@dataclass
class Exported:
    path: Path
    recipient: str
    recipient_name: str
    number: int
    kind: str
    changes: int


def export_bundles(
    data_dir: DataDir, db: Database, out_dir: Path, most: int | None = None
) -> list[Exported]:
    """Write a bundle for every peer that lacks something; returns them (possibly none).
    `most` caps the changes per bundle (the district demo splits one to leave a gap)."""
    station = open_context(data_dir, db)
    conn = station.conn
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if station.is_hub:
        peers = ledger.active_commune_stations(conn)
    else:
        hub = ledger.hub_site(conn)
        if hub is None:
            raise UserError(
                tr(
                    "This station is not enrolled with a district hub yet; make an enrollment "
                    "request and import the hub's welcome bundle first."
                )
            )
        pinned = ledger.station(conn, hub)
        if pinned is None:
            raise UserError(tr("The district hub this station is enrolled with is missing."))
        peers = [pinned]
    made: list[Exported] = []
    for peer in peers:
        made.extend(_export_to(station, peer, out_dir, most or MAX_CHANGES_PER_BUNDLE))
    return made


@dataclass
class _Outgoing:
    """What a bundle for one peer is to say."""

    segments: list[changes.Segment]
    acks: dict[str, int]  # per origin, what this station applied
    acked: dict[str, int]  # per origin, what the peer acknowledged (where its segment starts)
    reference_files: dict[str, bytes] | None = None

    @property
    def has_changes(self) -> bool:
        return any(s.count for s in self.segments)


def _export_to(station: Context, peer: ledger.Station, out_dir: Path, most: int) -> list[Exported]:
    outgoing = _for_commune(station, peer) if station.is_hub else _for_hub(station, peer)
    if not _worth_sending(station, peer, outgoing):
        return []
    pieces = [changes.split(s, most) for s in outgoing.segments]
    rounds = max([len(p) for p in pieces] or [1])
    kind = "changes" if outgoing.has_changes or outgoing.reference_files else "ack"
    return [
        write_bundle(
            station,
            peer,
            out_dir,
            kind,
            [p[i] for p in pieces if i < len(p)],
            outgoing.acks,
            outgoing.acked,
            outgoing.reference_files if i == 0 else None,
        )
        for i in range(rounds)
    ]


def _for_commune(station: Context, peer: ledger.Station) -> _Outgoing:
    """At the hub, for a commune station: the hub's own changes it takes, the changes of the
    commune's other stations (relayed), newer reference data, and acks of its changes."""
    conn = station.conn
    me = station.me
    last = ledger.local_last_seq(conn)
    sent = ledger.peer_acks(conn, peer.site_id)
    segments = []
    start = sent.get(me.site_id, 0)
    if last > start:
        segments.append(
            _district_writes(
                changes.local_segment(
                    conn, me.site_id, start, last, peer.unit_code, include_null=True
                )
            )
        )
    family = reference.family(conn, peer.unit_code)
    for other in ledger.stations(conn):
        if other.role != "commune" or other.unit_code not in family:
            continue
        if other.site_id == peer.site_id:
            continue
        have = ledger.applied(conn, other.site_id)
        if have > sent.get(other.site_id, 0):
            segments.append(
                relay_archive.segment(conn, other.site_id, sent.get(other.site_id, 0), have)
            )
    acked = {s.origin: sent.get(s.origin, 0) for s in segments}
    acked[me.site_id] = sent.get(me.site_id, 0)
    return _Outgoing(
        segments,
        {peer.site_id: ledger.applied(conn, peer.site_id)},
        acked,
        reference_data.newer_than(conn, ledger.peer_reference_version(conn, peer.site_id)),
    )


def _for_hub(station: Context, peer: ledger.Station) -> _Outgoing:
    """At a commune station, for the hub: its changes the hub has not acknowledged, and acks of
    everything it applied."""
    conn = station.conn
    me = station.me
    last = ledger.local_last_seq(conn)
    start = ledger.acked_seq(conn)
    segments = []
    if last > start:
        segments.append(
            changes.local_segment(conn, me.site_id, start, last, me.unit_code, include_null=False)
        )
    return _Outgoing(segments, ledger.all_applied(conn), {me.site_id: start})


def _worth_sending(station: Context, peer: ledger.Station, outgoing: _Outgoing) -> bool:
    """Changes the peer lacks, newer reference data, or acks it has not confirmed seeing."""
    conn = station.conn
    echo = ledger.peer_echo(conn, peer.site_id)
    needs_ack = any(
        seq > echo.get(origin, 0) for origin, seq in outgoing.acks.items()
    ) and outgoing.acks != ledger.acks_sent(conn, peer.site_id)
    return outgoing.has_changes or needs_ack or outgoing.reference_files is not None


def _district_writes(segment: changes.Segment) -> changes.Segment:
    """The hub's own changes a commune takes: of district records and of the records they share.
    A hub's edits of a commune's records from before those were read-only there stay home, or
    the commune would refuse every later bundle (the segment skips their seqs, as it may)."""
    kept = changes.Segment(segment.origin, segment.from_seq, segment.to_seq)
    for tbl, (columns, entries) in segment.tables.items():
        mine = [entry for entry in entries if ownership.hub_writes(tbl, entry[3])]
        if mine:
            kept.tables[tbl] = (columns, mine)
    return kept


def write_bundle(
    station: Context,
    peer: ledger.Station,
    out_dir: Path,
    kind: str,
    segments: list[changes.Segment],
    acks: dict[str, int],
    acked: dict[str, int],
    reference_files: dict[str, bytes] | None,
    *,
    extra_manifest: dict[str, Any] | None = None,
    extra_payload: dict[str, Any] | None = None,
) -> Exported:
    conn = station.conn
    me = station.me
    peer_keys = keys.station_public(station.db, peer.site_id)
    if peer_keys is None:
        raise UserError(
            tr("The station “{name}” has no keys; it cannot receive bundles.").format(
                name=peer.name
            )
        )
    number, previous = ledger.next_number(conn)
    manifest = {
        "kind": kind,
        "sender": me.site_id,
        "sender_unit": me.unit_code,
        "recipient": peer.site_id,
        "number": number,
        "previous": previous,
        "created": int(time.time()),
        "schema": migrations.SCHEMA_VERSION,
        "reference_version": reference.stored_version(conn) or "",
        "ranges": {s.origin: [s.from_seq, s.to_seq] for s in segments if s.from_seq < s.to_seq},
        "acks": acks,
        **(extra_manifest or {}),
    }
    segments = [s for s in segments if s.from_seq < s.to_seq]
    payload: dict[str, Any] = {
        "streams": [s.as_json() for s in segments],
        "acked": acked,
        "attachments": attachments_sync.files_for(station, segments),
        **(extra_payload or {}),
    }
    if reference_files is not None:
        payload["reference"] = reference_data.payload(reference_files)
    data = bundle.build(manifest, payload, station.keys.signing, peer_keys)
    sha = bundle.sha256(data)
    name = bundle.file_name(me.unit_code, me.site_id, peer.unit_code, peer.site_id, number)
    count = sum(s.count for s in segments)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / name
    # The bundle counts as sent only once its file is whole on the disk: the number is taken
    # and recorded in one transaction that commits after the file is written, flushed and
    # renamed; a full stick rolls it back, and a failed commit removes the file.
    conn.execute("BEGIN IMMEDIATE")
    try:
        ledger.record_sent(conn, number, peer.site_id, kind, sha, name, count)
        ledger.set_acks_sent(conn, peer.site_id, acks)
        write_whole(target, data)
        try:
            conn.execute("COMMIT")
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    except BaseException:
        rollback(conn)
        raise
    return Exported(target, peer.site_id, peer.name, number, kind, count)
