"""Enrolling commune stations at the hub: request, fingerprint check, welcome bundle, revocation.

The commune writes a signed enrollment request naming its station and public keys. The hub
reads it, the two officers compare the fingerprint by phone, and only when the digits typed at
the hub match does the hub record the station and write a welcome bundle. The welcome pins the
hub's keys at the commune and brings what the commune's new station must start from: the
district's records and, for a second or replacement PC of a commune, every record of that
commune the hub holds.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.i18n import tr
from desktop.models import migrations, reference
from desktop.models.changelog import synced_tables
from desktop.models.db import Database, transaction
from desktop.models.errors import UserError
from desktop.models.files import write_whole
from desktop.paths import DataDir
from sync import (
    attachments_sync,
    bundle,
    changes,
    context,
    exporting,
    importing,
    keys,
    ledger,
    pinning,
    reference_data,
)
from sync.bundle import BundleRefused


@dataclass(frozen=True)
class Request:
    """An enrollment request as the hub reads it."""

    site_id: str
    unit_code: str
    unit_name: str
    name: str
    officer: str
    public: keys.PublicKeys
    reference_version: str
    sha256: str

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint


@dataclass(frozen=True)
class Enrolled:
    station: ledger.Station
    welcome: exporting.Exported


def fingerprint(data_dir: DataDir, db: Database) -> str:
    """This station's fingerprint (its keys are made now if it has none yet)."""
    return keys.ensure(data_dir, db).public.fingerprint


def write_request(data_dir: DataDir, db: Database, out: Path, *, re_enroll: bool = False) -> Path:
    """Write this commune station's enrollment request to the file `out`; the station waits
    for the welcome that answers this request (the last one it made). With `re_enroll`, an
    enrolled station asks to move to a new hub, whose welcome may then replace the pinned one."""
    station_keys = keys.ensure(data_dir, db)
    conn = db.conn
    me = ledger.self_station(conn)
    if me.role != "commune":
        raise UserError(tr("Only a commune station sends an enrollment request."))
    if ledger.hub_site(conn) is not None and not re_enroll:
        raise UserError(
            tr(
                "This station is already enrolled with its district hub. Only when the district "
                "tells you to move to a new hub, make a request for re-enrollment "
                "(ketnghia sync enroll-request --re-enroll)."
            )
        )
    number, previous = ledger.next_number(conn)
    manifest = {
        "kind": "enroll",
        "sender": me.site_id,
        "sender_unit": me.unit_code,
        "recipient": "",
        "number": number,
        "previous": previous,
        "created": int(time.time()),
        "schema": migrations.SCHEMA_VERSION,
        "reference_version": reference.stored_version(conn) or "",
        "ranges": {},
        "acks": {},
        "station": {
            "site_id": me.site_id,
            "role": me.role,
            "unit_code": me.unit_code,
            "name": me.name,
            "officer": me.officer or "",
            "keys": station_keys.public.as_json(),
        },
    }
    data = bundle.build(manifest, None, station_keys.signing, None)
    out = Path(out)
    if out.is_dir():
        out = out / bundle.file_name(me.unit_code, me.site_id, "", "", number)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = False
    try:
        with transaction(db):
            ledger.record_sent(conn, number, "", "enroll", bundle.sha256(data), out.name, 0)
            pinning.note_request(conn, bundle.sha256(data), re_enroll=re_enroll)
            write_whole(out, data)  # recorded only once the file is whole
            written = True
    except BaseException:
        if written:  # the commit failed: no file without its record
            out.unlink(missing_ok=True)
        raise
    return out


def read_request(db: Database, path: Path) -> Request:
    """The request in `path`, its self-signature checked (raises BundleRefused)."""
    opened = bundle.open_bytes(bundle.read_file(Path(path)))
    if opened.kind != "enroll":
        raise BundleRefused("not_request", tr("This file is a bundle, not an enrollment request."))
    info = pinning.station_info(opened.manifest, "commune")
    bundle.verify_signature(opened, info.public)
    unit = reference.unit(db.conn, info.unit_code)
    return Request(
        site_id=opened.sender,
        unit_code=info.unit_code,
        unit_name=unit.name if unit else info.unit_code,
        name=info.name,
        officer=info.officer,
        public=info.public,
        reference_version=opened.manifest["reference_version"],
        sha256=opened.sha256,
    )


def enroll(
    data_dir: DataDir,
    db: Database,
    path: Path,
    typed_fingerprint: str,
    out_dir: Path,
) -> Enrolled:
    """Enroll the station of the request `path` when the fingerprint matches; write the welcome."""
    conn = db.conn
    station = context.open_context(data_dir, db)
    if not station.is_hub:
        raise UserError(tr("Only a district hub enrolls stations."))
    try:
        request = read_request(db, path)
    except BundleRefused as refusal:
        raise UserError(refusal.message) from refusal
    if keys.normalize_fingerprint(typed_fingerprint) != keys.normalize_fingerprint(
        request.fingerprint
    ):
        raise UserError(
            tr(
                "The fingerprint does not match the request; do not enroll this station. Ask the "
                "commune to read the digits shown on its screen again."
            )
        )
    if reference.unit(conn, request.unit_code) is None or not context.within_area(
        conn, request.unit_code, station.me.unit_code
    ):
        raise UserError(
            tr("{unit} is not a commune of this hub's area.").format(unit=request.unit_name)
        )
    known = ledger.station(conn, request.site_id)
    if known is not None:
        if known.revoked_at is not None:
            raise UserError(
                tr(
                    "This station was revoked; set the PC up again as a new station and send a new "
                    "request."
                )
            )
        if keys.station_public(db, known.site_id) != request.public:
            raise UserError(tr("Another station with this identity is already enrolled."))
        heard = conn.execute(
            "SELECT 1 FROM sync_bundle WHERE sender = ?", (known.site_id,)
        ).fetchone()
        if heard is not None:
            raise UserError(tr("This station is already enrolled and has sent bundles."))
    with transaction(db):
        if known is None:
            ledger.add_station(
                conn,
                request.site_id,
                "commune",
                request.unit_code,
                request.name,
                request.officer,
                keys.b64(request.public.sign),
                keys.b64(request.public.encrypt),
            )
        ledger.note_peer(conn, request.site_id, reference_version=request.reference_version)
        peer = ledger.station(conn, request.site_id)
        if peer is None:
            raise UserError(tr("No enrolled station has the id {id}.").format(id=request.site_id))
        snapshot, positions = _starting_point(conn, station.me.site_id, request.unit_code)
        for origin, seq in positions.items():
            ledger.raise_peer_ack(conn, peer.site_id, origin, seq)
    me = station.me
    hub_info: dict[str, Any] = {
        "site_id": me.site_id,
        "role": "hub",
        "unit_code": me.unit_code,
        "name": me.name,
        "officer": me.officer or "",
        "keys": station.keys.public.as_json(),
    }
    welcome = exporting.write_bundle(
        station,
        peer,
        Path(out_dir),
        "welcome",
        [changes.Segment(origin, 0, seq) for origin, seq in positions.items() if seq > 0],
        {},
        positions,
        reference_data.newer_than(conn, request.reference_version),
        extra_manifest={"station": hub_info, "request": request.sha256},
        extra_payload={
            "snapshot": snapshot.as_json(),
            "attachments": attachments_sync.files_for(station, [snapshot]),
        },
    )
    return Enrolled(peer, welcome)


def _starting_point(conn: Any, hub: str, commune: str) -> tuple[changes.Segment, dict[str, int]]:
    """Every record of `commune` and of the district the hub holds, and the stream positions
    those records stand for."""
    snapshot = changes.Segment("snapshot", 0, 0)
    for tbl in synced_tables(conn):
        columns = changes.value_columns(conn, tbl)
        quoted = ", ".join(f'"{c}"' for c in columns)
        entries = [
            [0, "upsert", rid, code, stamp, site, None, None, list(values)]
            for rid, code, stamp, site, *values in conn.execute(
                f'SELECT id, commune_code, hlc, site_id, {quoted} FROM "{tbl}" '
                "WHERE commune_code IN (SELECT value FROM json_each(?)) OR commune_code IS NULL",
                (json.dumps(sorted(reference.family(conn, commune))),),
            )
        ]
        if entries:
            snapshot.tables[tbl] = (columns, entries)
    positions = {hub: ledger.local_last_seq(conn)}
    for other in ledger.stations(conn):
        if other.role == "commune" and other.unit_code in reference.family(conn, commune):
            positions[other.site_id] = ledger.applied(conn, other.site_id)
    return snapshot, positions


def revoke(db: Database, site_id: str) -> ledger.Station:
    """Refuse every later bundle of the station `site_id` (a lost or replaced PC)."""
    conn = db.conn
    me = ledger.self_station(conn)
    if me.role != "hub":
        raise UserError(tr("Only a district hub revokes stations."))
    matches = [
        s
        for s in ledger.stations(conn)
        if s.site_id == site_id or (len(site_id) >= 8 and s.site_id.endswith(site_id))
    ]
    if len(matches) != 1 or matches[0].is_self:
        raise UserError(tr("No enrolled station has the id {id}.").format(id=site_id))
    target = matches[0]
    if target.revoked_at is not None:
        raise UserError(tr("This station was already revoked."))
    with transaction(db):
        conn.execute(
            "UPDATE station SET revoked_at = ? WHERE site_id = ?", (ledger.now(), target.site_id)
        )
        importing.update_hub_acked(conn, me.site_id)
    revoked = ledger.station(conn, target.site_id)
    if revoked is None:
        raise UserError(tr("No enrolled station has the id {id}.").format(id=site_id))
    return revoked
