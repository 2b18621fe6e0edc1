"""Making bundles for peers and importing them: verify → authorize → apply in one transaction.

A commune station sends the hub every change the hub has not acknowledged (resent until it is)
and the attachments those changes name. The hub sends each enrolled station its own changes in
that station's scope, the changes of the commune's other stations (relayed), newer reference
data, and its acknowledgements. Both sides write a bundle only when there is something to say:
changes the peer lacks, or acknowledgements the peer has not yet confirmed seeing.

Everything here is a plain function returning result objects, so the command line, the GUI
(with a progress callback for many files) and the tests call the same code.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.i18n import tr
from desktop.models import attachments, changelog, hlc, migrations, ownership, reference
from desktop.models.db import Database, rollback
from desktop.models.errors import UserError, file_error
from desktop.models.files import write_whole
from desktop.paths import DataDir
from sync import bundle, changes, keys, ledger, merge, pinning, references
from sync.bundle import BundleRefused

log = logging.getLogger(__name__)

MAX_CHANGES_PER_BUNDLE = 200_000
# One bundle carries at most this many bytes of attachments (the largest attachment fits);
# in the payload each file is base64 in chunks, so no string of it is long.
MAX_ATTACHMENT_BYTES = attachments.MAX_BYTES
ATTACHMENT_CHUNK = 576 * 1024  # 768 KiB of base64


# ---- results -------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What became of one bundle file."""

    path: Path
    status: str  # "accepted", "duplicate" or "refused"
    code: str = ""
    reason: str = ""
    kind: str = ""
    sender: str = ""
    sender_name: str = ""
    number: int = 0
    applied: int = 0
    held: int = 0
    conflicts: int = 0

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    def line(self) -> str:
        """One line for the user: the file and what became of it."""
        name = self.path.name
        if self.status == "refused":
            return tr("{file}: refused — {reason}").format(file=name, reason=self.reason)
        if self.status == "duplicate":
            return tr("{file}: already imported before; nothing changed.").format(file=name)
        return tr(
            "{file}: accepted from {sender} — {applied} changes applied, {held} waiting for "
            "earlier bundles, {conflicts} conflicts."
        ).format(
            file=name,
            sender=self.sender_name or self.sender,
            applied=self.applied,
            held=self.held,
            conflicts=self.conflicts,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "status": self.status,
            "code": self.code,
            "reason": self.reason,
            "kind": self.kind,
            "sender": self.sender,
            "number": self.number,
            "applied": self.applied,
            "held": self.held,
            "conflicts": self.conflicts,
        }


@dataclass
class Exported:
    path: Path
    recipient: str
    recipient_name: str
    number: int
    kind: str
    changes: int


@dataclass
class Context:
    """This station while it imports or exports: its folder, database, identity and keys."""

    data_dir: DataDir
    db: Database
    me: ledger.Station
    keys: keys.StationKeys

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def is_hub(self) -> bool:
        return self.me.role == "hub"


def open_context(data_dir: DataDir, db: Database) -> Context:
    """This station's context (its keys are made now if it has none yet)."""
    if db.execute("SELECT 1 FROM station WHERE is_self = 1").fetchone() is None:
        raise UserError(tr("This data folder has no station yet; run “ketnghia init” first."))
    station_keys = keys.ensure(data_dir, db)
    return Context(data_dir, db, ledger.self_station(db.conn), station_keys)


def _refused(code: str, message: str) -> BundleRefused:
    return BundleRefused(code, message)


# ---- import --------------------------------------------------------------------------------


def import_bundle(
    data_dir: DataDir,
    db: Database,
    path: Path,
    *,
    dry_run: bool = False,
    hub_fingerprint: str | None = None,
) -> ImportResult:
    """Import one bundle file (or with `dry_run`, check it and change nothing); a welcome
    bundle needs the hub's fingerprint the officer typed."""
    path = Path(path)
    try:
        opened = bundle.open_bytes(bundle.read_file(path))
    except BundleRefused as refusal:
        return ImportResult(path, "refused", refusal.code, refusal.message)
    except OSError as exc:
        return ImportResult(
            path,
            "refused",
            "unreadable",
            file_error(exc, str(path)).message,
        )
    station = open_context(data_dir, db)
    manifest = opened.manifest
    result = ImportResult(
        path, "accepted", kind=opened.kind, sender=opened.sender, number=opened.number
    )
    try:
        _import(station, opened, result, dry_run, hub_fingerprint)
    except BundleRefused as refusal:
        result.status, result.code, result.reason = "refused", refusal.code, refusal.message
        result.applied = result.held = result.conflicts = 0
    except (ValueError, TypeError, KeyError, IndexError, OverflowError, RecursionError) as exc:
        # a check this program lacks: the transaction was rolled back, the batch goes on, and
        # the log keeps the details (the fuzz tests make sure no input gets here)
        log.exception("bundle %s refused by an unexpected error", path)
        result.status, result.code = "refused", "unexpected"
        result.reason = tr(
            "The bundle could not be checked ({error}); nothing was changed. Keep the file and "
            "report it."
        ).format(error=type(exc).__name__)
        result.applied = result.held = result.conflicts = 0
    known = ledger.station(station.conn, manifest["sender"])
    if known is not None:
        result.sender_name = known.name
    return result


def bundle_kind(path: Path) -> str | None:
    """The kind of the bundle in `path` ("welcome", "changes", …), None if it is not one."""
    try:
        return bundle.open_bytes(bundle.read_file(Path(path))).kind
    except (BundleRefused, OSError):
        return None


def import_many(
    data_dir: DataDir,
    db: Database,
    paths: Iterable[Path],
    progress: Callable[[int, int, ImportResult], None] | None = None,
    *,
    dry_run: bool = False,
    hub_fingerprint: str | None = None,
) -> list[ImportResult]:
    """Import each file in turn (each its own transaction); `progress(done, total, result)`."""
    paths = list(paths)
    results = []
    for done, path in enumerate(paths, start=1):
        result = import_bundle(data_dir, db, path, dry_run=dry_run, hub_fingerprint=hub_fingerprint)
        results.append(result)
        if progress is not None:
            progress(done, len(paths), result)
    return results


def _import(
    station: Context,
    opened: bundle.Opened,
    result: ImportResult,
    dry_run: bool,
    hub_fingerprint: str | None,
) -> None:
    conn = station.conn
    manifest = opened.manifest
    if opened.kind == "enroll":
        raise _refused(
            "enroll_request",
            tr(
                "This file is an enrollment request; the district enrolls it with "
                "“ketnghia sync enroll”."
            ),
        )
    if manifest["schema"] > migrations.SCHEMA_VERSION:
        raise _refused(
            "schema_newer",
            tr(
                "The bundle was made by a newer program (schema {found}; this program knows "
                "{known}); update Sổ Kết Nghĩa first."
            ).format(found=manifest["schema"], known=migrations.SCHEMA_VERSION),
        )
    hub_station = _authenticate(station, opened, hub_fingerprint)
    if manifest["recipient"] != station.me.site_id:
        raise _refused(
            "wrong_recipient",
            tr("The bundle is addressed to another station, not to this one."),
        )
    if ledger.seen_sha(conn, opened.sha256):
        result.status = "duplicate"
        return
    earlier = ledger.seen_number(conn, opened.sender, opened.number)
    previous = ledger.seen_number(conn, opened.sender, opened.number - 1)
    if earlier is not None or (previous is not None and previous != manifest["previous"]):
        raise _refused(
            "fork",
            tr(
                "This station already received bundle number {number} from the same sender with "
                "other content; the sender's data may have been restored from an old copy."
            ).format(number=opened.number),
        )
    known = changes.known_tables(conn)
    scope_of, snapshot_scope = _scopes(station, opened)
    payload = bundle.open_payload(
        opened,
        station.keys.decryption,
        lambda read: changes.vet_payload(read, conn, known, scope_of, snapshot_scope),
    )
    attachments = _attachments(payload)
    conn.execute("BEGIN IMMEDIATE")
    try:
        with changelog.applying_remote(conn):
            stats = _apply_payload(station, opened, payload, hub_station, known)
        ledger.record_seen(
            conn,
            opened.sha256,
            opened.sender,
            opened.number,
            manifest["previous"],
            opened.kind,
            stats.applied,
            stats.held,
            stats.conflicts,
        )
        result.applied, result.held, result.conflicts = stats.applied, stats.held, stats.conflicts
        if dry_run:
            conn.execute("ROLLBACK")
            return
        _store_attachments(station.data_dir, attachments)
        conn.execute("COMMIT")
    except sqlite3.IntegrityError as exc:
        rollback(conn)
        raise _refused(
            "missing_records",
            tr("The bundle refers to records this station does not have ({detail}).").format(
                detail=exc
            ),
        ) from exc
    except BaseException:
        rollback(conn)
        raise


def _authenticate(
    station: Context, opened: bundle.Opened, hub_fingerprint: str | None
) -> pinning.StationInfo | None:
    """Check the signature with the sender's pinned keys (a welcome brings the hub's keys)."""
    conn = station.conn
    if opened.kind == "welcome":
        if station.is_hub:
            raise _refused("not_for_hub", tr("A welcome bundle is meant for a commune station."))
        info = pinning.check_welcome(conn, station.db, opened, hub_fingerprint)
        if not within_area(conn, station.me.unit_code, info.unit_code):
            raise _refused(
                "other_area",
                tr(
                    "The welcome comes from a hub ({unit}) whose area does not hold this commune."
                ).format(unit=info.unit_code),
            )
        return info
    if opened.sender == station.me.site_id:
        raise _refused(
            "own_bundle",
            tr("This bundle was made by this station itself; it is meant for the other side."),
        )
    sender = ledger.station(conn, opened.sender)
    public = (
        None
        if sender is None or sender.is_self
        else keys.station_public(station.db, sender.site_id)
    )
    if sender is None or public is None or (not station.is_hub and sender.role != "hub"):
        raise _refused(
            "unknown_station",
            tr("The bundle comes from a station that is not enrolled here ({sender}).").format(
                sender=f"{opened.manifest['sender_unit']}-{opened.sender[-8:]}"
            ),
        )
    if sender.revoked_at is not None:
        raise _refused(
            "revoked",
            tr("The bundle comes from a revoked station ({name}, revoked on {date}).").format(
                name=sender.name, date=sender.revoked_at[:10]
            ),
        )
    bundle.verify_signature(opened, public)
    return None


def within_area(conn: sqlite3.Connection, commune: str, area: str) -> bool:
    """Whether the unit `area` holds `commune` (its district or province, before or after 2025)."""
    seen: set[str] = set()
    frontier = {commune}
    while frontier:
        if area in frontier:
            return True
        seen |= frontier
        parents = set()
        for code in frontier:
            parents |= {
                row[0]
                for row in conn.execute(
                    "SELECT parent_code FROM admin_unit WHERE code = ? AND parent_code IS NOT NULL",
                    (code,),
                )
            }
            parents |= {
                row[0]
                for row in conn.execute(
                    "SELECT new_code FROM admin_unit_change WHERE old_code = ?", (code,)
                )
            }
        frontier = parents - seen
    return False


@dataclass
class _Stats(merge.MergeStats):
    held: int = 0
    relay_origins: set[str] = field(default_factory=set)


def _scopes(
    station: Context, opened: bundle.Opened
) -> tuple[Callable[[str], changes.Scope], changes.Scope | None]:
    """What the sender may write: the scope of the changes of each origin its bundle carries,
    and of a welcome's snapshot (None for other bundles)."""
    conn = station.conn
    sender = opened.sender
    own = reference.family(conn, station.me.unit_code)  # with its predecessors' records
    if station.is_hub:
        peer = ledger.station(conn, sender)
        if peer is None:
            raise _refused(
                "unknown_station",
                tr("The bundle comes from a station that is not enrolled here ({sender}).").format(
                    sender=sender[-8:]
                ),
            )
        theirs = changes.Scope(reference.family(conn, peer.unit_code), hub_rows=False)

        def at_hub(origin: str) -> changes.Scope:
            if origin != sender:
                raise _refused(
                    "other_origin",
                    tr("The bundle carries changes made at another station ({origin}).").format(
                        origin=origin[-8:]
                    ),
                )
            return theirs

        return at_hub, None

    def at_commune(origin: str) -> changes.Scope:
        """The hub's own changes are the district's records (and the records it shares with
        communes); this commune's records come only as relays of its other stations' changes."""
        if origin == station.me.site_id:
            raise _refused(
                "own_changes_back",
                tr("The bundle carries this station's own changes back to it."),
            )
        if origin == sender:
            return changes.Scope(own, hub_rows=True, hub_writes_only=True)
        return changes.Scope(own, hub_rows=False)

    welcome = changes.Scope(own, hub_rows=True) if opened.kind == "welcome" else None
    return at_commune, welcome


def _apply_payload(
    station: Context,
    opened: bundle.Opened,
    payload: dict[str, Any],
    hub_station: pinning.StationInfo | None,
    known: dict[str, list[str]],
) -> _Stats:
    """Apply a payload whose changes were checked as it was read (changes.vet_payload)."""
    conn = station.conn
    manifest = opened.manifest
    sender = opened.sender
    stats = _Stats()

    if payload.get("reference") is not None:
        _load_reference(station, payload["reference"], manifest["reference_version"])

    if hub_station is not None:
        pinning.pin(conn, hub_station)

    if opened.kind == "welcome":
        snapshot = changes.parse_segment(
            payload.get("snapshot"), known, snapshot=True, checked=True
        )
        merge.apply(conn, snapshot.tables, stats)
        references.authorize(conn, snapshot.tables)

    raw_streams = payload.get("streams", [])
    if not isinstance(raw_streams, list):
        raise changes.malformed("streams")
    segments = [changes.parse_segment(s, known, checked=True) for s in raw_streams]
    declared = {o: tuple(r) for o, r in manifest["ranges"].items()}
    found = {s.origin: (s.from_seq, s.to_seq) for s in segments}
    if declared != found or len(found) != len(segments):
        raise changes.malformed("ranges differ from the manifest")

    to_apply = _take_or_hold(conn, segments, known, stats)
    tables = changes.entries_by_table(to_apply)
    merge.apply(conn, tables, stats)
    references.authorize(conn, tables)
    if station.is_hub:
        _archive_for_relay(conn, to_apply)
        _note_clock(conn, sender, segments)

    for origin, seq in manifest["acks"].items():
        ledger.raise_peer_ack(conn, sender, origin, seq)
        if origin == station.me.site_id and not station.is_hub:
            ledger.set_acked_by_hub(conn, seq)
    if station.is_hub:
        update_hub_acked(conn, station.me.site_id)
    ledger.note_peer(
        conn,
        sender,
        echo=_echo(payload),
        reference_version=manifest["reference_version"],
        number=opened.number,
    )
    if stats.max_hlc:
        hlc.observe(conn, stats.max_hlc)
    return stats


def _note_clock(conn: sqlite3.Connection, sender: str, segments: list[changes.Segment]) -> None:
    """Keep the highest stamp the sender's clock put on its own changes (the stations page shows
    a station whose clock runs ahead); an edit stamped from its base is not its clock's."""
    stamps = [
        entry[4]
        for segment in segments
        for _, entries in segment.tables.values()
        for entry in entries
        if entry[5] == sender and not hlc.follows(entry[4], entry[6])
    ]
    if stamps:
        ledger.note_peer_clock(conn, sender, max(stamps))


def _take_or_hold(
    conn: sqlite3.Connection,
    segments: list[changes.Segment],
    known: dict[str, list[str]],
    stats: _Stats,
) -> list[changes.Segment]:
    """The parts of `segments` to apply now; segments after a gap are held, then drained."""
    taken: list[changes.Segment] = []
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
            stats.held += segment.count
            continue
        taken.append(_after(segment, position))
        position = segment.to_seq
        while True:
            held = conn.execute(
                "SELECT from_seq, to_seq, changes FROM sync_held WHERE origin = ? AND from_seq <= ? "
                "ORDER BY from_seq",
                (segment.origin, position),
            ).fetchall()
            if not held:
                break
            for start, end, data in held:
                conn.execute(
                    "DELETE FROM sync_held WHERE origin = ? AND from_seq = ? AND to_seq = ?",
                    (segment.origin, start, end),
                )
                if end > position:
                    taken.append(_after(changes.parse_segment(json.loads(data), known), position))
                    position = end
        ledger.set_applied(conn, segment.origin, position)
    return taken


def _after(segment: changes.Segment, position: int) -> changes.Segment:
    if segment.from_seq >= position:
        return segment
    trimmed = changes.Segment(segment.origin, position, segment.to_seq)
    for tbl, (columns, entries) in segment.tables.items():
        kept = [e for e in entries if e[0] > position]
        if kept:
            trimmed.tables[tbl] = (columns, kept)
    return trimmed


def _archive_for_relay(conn: sqlite3.Connection, segments: list[changes.Segment]) -> None:
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


def _echo(payload: dict[str, Any]) -> dict[str, int]:
    """What the sender holds of our acknowledgements (it travels in the payload)."""
    echo = payload.get("acked", {})
    if not isinstance(echo, dict) or not all(
        isinstance(o, str) and type(v) is int and v >= 0 for o, v in echo.items()
    ):
        raise changes.malformed("acked")
    return echo


def update_hub_acked(conn: sqlite3.Connection, hub: str) -> None:
    """On a hub, `acked_seq` is what every active station has acknowledged of its own changes."""
    row = conn.execute(
        "SELECT MIN(COALESCE(a.seq, 0)), COUNT(*) FROM station s LEFT JOIN sync_peer_ack a "
        "ON a.peer = s.site_id AND a.origin = ? "
        "WHERE s.is_self = 0 AND s.role = 'commune' AND s.revoked_at IS NULL",
        (hub,),
    ).fetchone()
    if row[1]:
        ledger.set_acked_seq(conn, row[0])


def _load_reference(station: Context, data: Any, declared: str) -> None:
    if station.is_hub:
        raise _refused(
            "table_not_writable",
            tr("The bundle carries reference data, which only the district may send."),
        )
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise changes.malformed("reference")
    if set(data["files"]) != {*reference.FILES, "VERSION"}:
        raise changes.malformed("reference")
    try:
        files = {
            name: base64.b64decode(text, validate=True) for name, text in data["files"].items()
        }
        version = files["VERSION"].decode().strip()
        reference.version_key(version)
    except (ValueError, TypeError) as exc:  # binascii.Error, UnicodeDecodeError are ValueErrors
        raise changes.malformed("reference") from exc
    if version != declared:
        raise changes.malformed("reference")
    stored = reference.stored_version(station.conn)
    if stored == version:
        return  # the hub sent it again before hearing that we have it
    if stored is not None and reference.version_key(version) < reference.version_key(stored):
        raise _refused(
            "reference_older",
            tr(
                "The bundle carries reference data version {new}, which is older than the "
                "installed {old}."
            ).format(new=version, old=stored),
        )
    try:
        reference.load(station.conn, files)
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        raise changes.malformed("reference") from exc


def _attachments(payload: dict[str, Any]) -> dict[str, bytes]:
    """The attachment files a payload brings, each named by its sha256 and checked against it."""
    data = payload.get("attachments", {})
    if not isinstance(data, dict):
        raise changes.malformed("attachments")
    files = {}
    total = 0
    for sha, chunks in data.items():
        if not attachments.is_sha256(sha) or type(chunks) is not list:
            raise changes.malformed("attachments")
        try:
            content = b"".join(base64.b64decode(chunk, validate=True) for chunk in chunks)
        except (binascii.Error, TypeError, ValueError) as exc:
            raise changes.malformed("attachments") from exc
        total += len(content)
        if total > MAX_ATTACHMENT_BYTES or bundle.sha256(content) != sha:
            raise changes.malformed("attachments")
        files[sha] = content
    return files


def _store_attachments(data_dir: DataDir, contents: dict[str, bytes]) -> None:
    """Content-addressed files: written before the commit, harmless if it then fails."""
    if not contents:
        return
    data_dir.attachments.mkdir(parents=True, exist_ok=True)
    for sha, content in contents.items():
        target = attachments.stored_path(data_dir, sha)
        if not target.exists():
            write_whole(target, content)


# ---- export --------------------------------------------------------------------------------


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


def _export_to(station: Context, peer: ledger.Station, out_dir: Path, most: int) -> list[Exported]:
    conn = station.conn
    me = station.me
    last = ledger.local_last_seq(conn)
    segments: list[changes.Segment] = []
    reference_files = None
    if station.is_hub:
        sent = ledger.peer_acks(conn, peer.site_id)
        start = sent.get(me.site_id, 0)
        if last > start:
            segments.append(
                _district_writes(
                    changes.local_segment(
                        conn, me.site_id, start, last, peer.unit_code, include_null=True
                    )
                )
            )
        for other in ledger.stations(conn):
            if other.role != "commune" or other.unit_code not in reference.family(
                conn, peer.unit_code
            ):
                continue
            if other.site_id == peer.site_id:
                continue
            have = ledger.applied(conn, other.site_id)
            if have > sent.get(other.site_id, 0):
                segments.append(
                    _relay_segment(conn, other.site_id, sent.get(other.site_id, 0), have)
                )
        acks = {peer.site_id: ledger.applied(conn, peer.site_id)}
        echo = ledger.peer_echo(conn, peer.site_id)
        acked = {s.origin: sent.get(s.origin, 0) for s in segments}
        acked[me.site_id] = sent.get(me.site_id, 0)
        reference_files = reference_for(conn, ledger.peer_reference_version(conn, peer.site_id))
    else:
        start = ledger.acked_seq(conn)
        if last > start:
            segments.append(
                changes.local_segment(
                    conn, me.site_id, start, last, me.unit_code, include_null=False
                )
            )
        acks = ledger.all_applied(conn)
        echo = ledger.peer_echo(conn, peer.site_id)
        acked = {me.site_id: start}
    needs_ack = any(
        seq > echo.get(origin, 0) for origin, seq in acks.items()
    ) and acks != ledger.acks_sent(conn, peer.site_id)
    has_changes = any(s.count for s in segments)
    if not has_changes and not needs_ack and reference_files is None:
        return []
    pieces = [changes.split(s, most) for s in segments]
    rounds = max([len(p) for p in pieces] or [1])
    made = []
    for i in range(rounds):
        part = [p[i] for p in pieces if i < len(p)]
        made.append(
            write_bundle(
                station,
                peer,
                out_dir,
                "changes" if has_changes or reference_files else "ack",
                part,
                acks,
                acked,
                reference_files if i == 0 else None,
            )
        )
    return made


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


def _relay_segment(conn: sqlite3.Connection, origin: str, after: int, upto: int) -> changes.Segment:
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


def reference_for(conn: sqlite3.Connection, peer_version: str | None) -> dict[str, bytes] | None:
    """The hub's reference files when they are newer than what the peer has."""
    mine = reference.stored_version(conn)
    if mine is None or peer_version is None:
        return None
    try:
        if reference.version_key(mine) <= reference.version_key(peer_version):
            return None
    except ValueError:
        return None
    files = reference.bundled_files()
    if files["VERSION"].decode().strip() != mine:
        return None
    return files


def reference_payload(files: dict[str, bytes]) -> dict[str, Any]:
    return {
        "version": files["VERSION"].decode().strip(),
        "files": {name: base64.b64encode(data).decode("ascii") for name, data in files.items()},
    }


def attachment_files(station: Context, segments: list[changes.Segment]) -> dict[str, list[str]]:
    """The files the attachment rows of `segments` name, base64 in chunks, up to the budget."""
    files: dict[str, list[str]] = {}
    total = 0
    for segment in segments:
        if "attachment" not in segment.tables:
            continue
        columns, entries = segment.tables["attachment"]
        at = columns.index("sha256")
        for entry in entries:
            if entry[8] is None or entry[8][columns.index("deleted")]:
                continue
            sha = entry[8][at]
            if sha in files or not attachments.is_sha256(sha):
                continue
            path = attachments.stored_path(station.data_dir, sha)
            if not path.is_file():
                continue
            size = path.stat().st_size
            if total + size > MAX_ATTACHMENT_BYTES:
                continue  # the rest ride in the next bundle: their change is resent until acked
            total += size
            content = path.read_bytes()
            files[sha] = [
                base64.b64encode(content[i : i + ATTACHMENT_CHUNK]).decode("ascii")
                for i in range(0, len(content), ATTACHMENT_CHUNK)
            ]
    return files


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
        "attachments": attachment_files(station, segments),
        **(extra_payload or {}),
    }
    if reference_files is not None:
        payload["reference"] = reference_payload(reference_files)
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
