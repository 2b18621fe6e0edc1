"""Importing bundle files: verify, then judge as read and apply in one transaction.

The file is opened and its manifest checked (sender, signature, recipient, replay, fork); the
payload is then read as a stream that judges each change (changes.vet_payload, with the scope
`_scopes` gives per origin) before it is built, and applied: reference data, a welcome's
snapshot, the segments taken now (others held for a gap), the hub's relay archive and the acks.
Everything is a plain function returning result objects, so the command line, the GUI (with a
progress callback for many files) and the tests call the same code.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.i18n import tr
from desktop.models import changelog, hlc, migrations, reference
from desktop.models.db import Database, rollback
from desktop.models.errors import file_error
from desktop.paths import DataDir
from sync import (
    attachments_sync,
    bundle,
    changes,
    held,
    keys,
    ledger,
    merge,
    pinning,
    reference_data,
    references,
    relay_archive,
)
from sync.bundle import BundleRefused
from sync.context import Context, open_context, within_area

log = logging.getLogger(__name__)

# SQLite's page cache while a bundle is imported, in KiB (its default is 2 MB): a hub's first
# bundles write tens of thousands of rows into tables of a million, whose index pages it would
# otherwise read again and again. Given back after each bundle.
IMPORT_CACHE_KIB = 64 * 1024


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
        with _import_cache(station.conn), _no_cycle_collection():
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
    with _import_cache(db.conn):  # one cache for them all: each bundle finds it warm
        for done, path in enumerate(paths, start=1):
            result = import_bundle(
                data_dir, db, path, dry_run=dry_run, hub_fingerprint=hub_fingerprint
            )
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
        raise BundleRefused(
            "enroll_request",
            tr(
                "This file is an enrollment request; the district enrolls it with "
                "“ketnghia sync enroll”."
            ),
        )
    if manifest["schema"] > migrations.SCHEMA_VERSION:
        raise BundleRefused(
            "schema_newer",
            tr(
                "The bundle was made by a newer program (schema {found}; this program knows "
                "{known}); update Sổ Kết Nghĩa first."
            ).format(found=manifest["schema"], known=migrations.SCHEMA_VERSION),
        )
    hub_station = _authenticate(station, opened, hub_fingerprint)
    if manifest["recipient"] != station.me.site_id:
        raise BundleRefused(
            "wrong_recipient",
            tr("The bundle is addressed to another station, not to this one."),
        )
    if ledger.seen_sha(conn, opened.sha256):
        result.status = "duplicate"
        return
    earlier = ledger.seen_number(conn, opened.sender, opened.number)
    previous = ledger.seen_number(conn, opened.sender, opened.number - 1)
    if earlier is not None or (previous is not None and previous != manifest["previous"]):
        raise BundleRefused(
            "fork",
            tr(
                "This station already received bundle number {number} from the same sender with "
                "other content; the sender's data may have been restored from an old copy."
            ).format(number=opened.number),
        )
    known = changes.known_tables(conn)
    scope_of, snapshot_scope = _scopes(station, opened)
    # The payload is judged as it is read inside the transaction that applies it: what the
    # judgement read of this station's records is what the merge finds (references.py).
    unheld: set[str] = set()  # tables none of whose changed records the judgement found here
    conn.execute("BEGIN IMMEDIATE")
    try:
        payload = bundle.open_payload(
            opened,
            station.keys.decryption,
            lambda read: unheld.update(
                changes.vet_payload(read, conn, known, scope_of, snapshot_scope)
            ),
        )
        attachments = attachments_sync.from_payload(payload)
        with changelog.applying_remote(conn):
            stats = _apply_payload(station, opened, payload, hub_station, known, unheld)
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
        attachments_sync.store(station.data_dir, attachments)
        conn.execute("COMMIT")
    except sqlite3.IntegrityError as exc:
        rollback(conn)
        raise BundleRefused(
            "missing_records",
            tr("The bundle refers to records this station does not have ({detail}).").format(
                detail=exc
            ),
        ) from exc
    except BaseException:
        rollback(conn)
        raise


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a bundle is imported, then as it was. Reading,
    building and merging a payload make hundreds of thousands of lists, dicts and strings that
    hold no cycles (reference counting frees them), and the collector's passes over them, some
    over every object of the process, found nothing and took about a thirtieth of a hub's merge
    of a commune's first bundle (bench_city: 19 ms of 0.6 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def _import_cache(conn: sqlite3.Connection) -> Iterator[None]:
    """SQLite's page cache at IMPORT_CACHE_KIB while importing, then as it was."""
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _authenticate(
    station: Context, opened: bundle.Opened, hub_fingerprint: str | None
) -> pinning.StationInfo | None:
    """Check the signature with the sender's pinned keys (a welcome brings the hub's keys)."""
    conn = station.conn
    if opened.kind == "welcome":
        if station.is_hub:
            raise BundleRefused(
                "not_for_hub", tr("A welcome bundle is meant for a commune station.")
            )
        info = pinning.check_welcome(conn, station.db, opened, hub_fingerprint)
        if not within_area(conn, station.me.unit_code, info.unit_code):
            raise BundleRefused(
                "other_area",
                tr(
                    "The welcome comes from a hub ({unit}) whose area does not hold this commune."
                ).format(unit=info.unit_code),
            )
        return info
    if opened.sender == station.me.site_id:
        raise BundleRefused(
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
        raise BundleRefused(
            "unknown_station",
            tr("The bundle comes from a station that is not enrolled here ({sender}).").format(
                sender=f"{opened.manifest['sender_unit']}-{opened.sender[-8:]}"
            ),
        )
    if sender.revoked_at is not None:
        raise BundleRefused(
            "revoked",
            tr("The bundle comes from a revoked station ({name}, revoked on {date}).").format(
                name=sender.name, date=sender.revoked_at[:10]
            ),
        )
    bundle.verify_signature(opened, public)
    return None


@dataclass
class _Stats(merge.MergeStats):
    held: int = 0


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
            raise BundleRefused(
                "unknown_station",
                tr("The bundle comes from a station that is not enrolled here ({sender}).").format(
                    sender=sender[-8:]
                ),
            )
        theirs = changes.Scope(reference.family(conn, peer.unit_code), hub_rows=False)

        def at_hub(origin: str) -> changes.Scope:
            if origin != sender:
                raise BundleRefused(
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
            raise BundleRefused(
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
    unheld: set[str],
) -> _Stats:
    """Apply a payload whose changes were checked as it was read (changes.vet_payload, which
    found none of the changed records of the tables `unheld` here)."""
    conn = station.conn
    stats = _Stats()
    # The changes read were judged against this transaction's records: after the merge, the
    # records it added are all there is left to judge them by (references.py); with new
    # reference data, communes may roll up otherwise, and every record is judged again.
    among: dict[str, dict[str, str | None]] | None = stats.arrived
    if payload.get("reference") is not None:
        reference_data.load(station, payload["reference"], opened.manifest["reference_version"])
        among = None
    if hub_station is not None:
        pinning.pin(conn, hub_station)
    if opened.kind == "welcome":
        _apply_snapshot(conn, payload, known, stats, among)
        unheld = set()  # what was not held before the snapshot may be now
    segments = _segments(opened, payload, known)
    _apply_segments(station, opened.sender, segments, known, stats, among, unheld)
    _note_acks(station, opened, payload)
    if stats.max_hlc:
        hlc.observe(conn, stats.max_hlc)
    return stats


def _apply_snapshot(
    conn: sqlite3.Connection,
    payload: dict[str, Any],
    known: dict[str, list[str]],
    stats: _Stats,
    among: dict[str, dict[str, str | None]] | None,
) -> None:
    """The records a welcome brings (re-enrollment: the commune's own, from the hub)."""
    snapshot = changes.parse_segment(payload.get("snapshot"), known, snapshot=True, checked=True)
    merge.apply(conn, snapshot.tables, stats)
    references.authorize(conn, snapshot.tables, among)


def _segments(
    opened: bundle.Opened, payload: dict[str, Any], known: dict[str, list[str]]
) -> list[changes.Segment]:
    """The payload's segments, which must cover the ranges its signed manifest declares."""
    raw_streams = payload.get("streams", [])
    if not isinstance(raw_streams, list):
        raise changes.malformed("streams")
    segments = [changes.parse_segment(s, known, checked=True) for s in raw_streams]
    declared = {o: tuple(r) for o, r in opened.manifest["ranges"].items()}
    found = {s.origin: (s.from_seq, s.to_seq) for s in segments}
    if declared != found or len(found) != len(segments):
        raise changes.malformed("ranges differ from the manifest")
    return segments


def _apply_segments(
    station: Context,
    sender: str,
    segments: list[changes.Segment],
    known: dict[str, list[str]],
    stats: _Stats,
    among: dict[str, dict[str, str | None]] | None,
    unheld: set[str],
) -> None:
    """Merge what follows each origin's applied seq (holding segments after a gap); at the hub,
    keep it for the commune's other stations and note the sender's clock."""
    conn = station.conn
    to_apply, stats.held = held.take_or_hold(conn, segments, known)
    tables = changes.entries_by_table(to_apply)
    # a segment taken from the held ones was not judged by this import: its records may be here
    merge.apply(conn, tables, stats, unheld if all(s.vetted for s in to_apply) else ())
    if among is None:
        references.authorize(conn, tables)
    else:  # a held segment taken now was judged by an earlier import: by every record now
        references.authorize(conn, changes.entries_by_table(s for s in to_apply if s.vetted), among)
        references.authorize(conn, changes.entries_by_table(s for s in to_apply if not s.vetted))
    if station.is_hub:
        relay_archive.keep(conn, to_apply)
        _note_clock(conn, sender, segments)


def _note_acks(station: Context, opened: bundle.Opened, payload: dict[str, Any]) -> None:
    """What the sender acknowledges of every origin, and what it holds of our acks."""
    conn = station.conn
    manifest = opened.manifest
    for origin, seq in manifest["acks"].items():
        ledger.raise_peer_ack(conn, opened.sender, origin, seq)
        if origin == station.me.site_id and not station.is_hub:
            ledger.set_acked_by_hub(conn, seq)
    if station.is_hub:
        update_hub_acked(conn, station.me.site_id)
    ledger.note_peer(
        conn,
        opened.sender,
        echo=_echo(payload),
        reference_version=manifest["reference_version"],
        number=opened.number,
    )


def _note_clock(conn: sqlite3.Connection, sender: str, segments: list[changes.Segment]) -> None:
    """Keep the highest stamp the sender's clock put on its own changes (the stations page shows
    a station whose clock runs ahead); an edit stamped from its base is not its clock's."""
    highest = None
    for segment in segments:
        for _, entries in segment.tables.values():
            # from the last: stamps rise with seqs, so few entries need the check of their base
            for entry in reversed(entries):
                stamp = entry[4]
                if (
                    entry[5] == sender
                    and (highest is None or stamp > highest)
                    and not hlc.follows(stamp, entry[6])
                ):
                    highest = stamp
    if highest is not None:
        ledger.note_peer_clock(conn, sender, highest)


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
