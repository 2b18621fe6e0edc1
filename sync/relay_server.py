"""The relay: a store-and-forward mailbox over HTTP for the same signed, encrypted bundles.

Stations are rarely online at the same moment, so the relay holds each bundle in its
recipient's inbox until that station fetches and deletes it. It never sees inside a bundle and
is trusted with availability only: every request is signed by a station of the roster the hub
signs (see relay_protocol), and every upload must be a bundle whose signed manifest names the
uploading station as sender and the inbox's station as recipient.

Storage is a folder: `inbox/<recipient>/<bundle sha256>.ketnghia` written atomically (temporary
file, fsync, rename, fsync of the folder; the files of one batch are flushed together, so that
one commit of the file system's journal serves them all), and `relay.sqlite3` for the roster,
the index of stored bundles and the nonces of recent requests (so a replay is refused even after
a restart). Starlette + uvicorn serve it (`pip install ".[relay]"`); `ketnghia relay serve`
starts it.

API (JSON errors `{"error": code, "detail": text}`):
    GET    /v1/time                       the relay's clock (unsigned)
    PUT    /v1/roster                     the hub publishes its signed roster
    PUT    /v1/inbox/{recipient}/{id}     upload a bundle (id = sha256 of the file; idempotent)
    PUT    /v1/inbox                      upload several: frames `RECIPIENT ID SIZE\n` + bundle,
                                          each checked as alone; {"results": [per bundle]}
    GET    /v1/inbox                      what waits for me
    POST   /v1/inbox/fetch                download several, {"ids": [...]}: frames `ID SIZE\n`
                                          + bundle, as far as 8 MB
    GET    /v1/inbox/{id}                 download (HTTP Range: a broken download resumes)
    DELETE /v1/inbox                      delete after import: {"ids": [...]}
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.models.files import fsync_folder
from sync import bundle, keys
from sync.bundle import BundleRefused
from sync.relay_protocol import (
    API,
    BATCH_BYTES,
    MAX_ROSTER_BYTES,
    MAX_UPLOAD_BYTES,
    WINDOW_SECONDS,
    ProtocolError,
    Roster,
    RosterEntry,
    body_hash,
    frame,
    is_bundle_id,
    is_site_id,
    open_roster,
    read_frames,
    read_headers,
    verify_request,
    verify_roster,
)

DEFAULT_QUOTA_BYTES = 256 * 1024 * 1024  # what one station may keep waiting on the relay
MAX_WAITING_PER_SENDER = 2000
MAX_DELETE_BYTES = 256 * 1024  # the ids of a whole inbox
FLUSHERS = 8  # threads flushing a batch's files to the disk
FLUSH_TOGETHER = 64  # files of a batch open at once

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value BLOB);
CREATE TABLE IF NOT EXISTS item (
    recipient TEXT NOT NULL, id TEXT NOT NULL, sender TEXT NOT NULL, size INTEGER NOT NULL,
    stored_at TEXT NOT NULL, PRIMARY KEY (recipient, id));
CREATE INDEX IF NOT EXISTS item_sender ON item (sender);
CREATE TABLE IF NOT EXISTS nonce (nonce TEXT PRIMARY KEY, expires INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS nonce_expires ON nonce (expires);
"""


class RelayStore:
    """The relay's folder: the pinned hub, the roster, the inboxes and recent nonces."""

    def __init__(
        self,
        root: Path,
        hub_fingerprint: str | None = None,
        quota_bytes: int = DEFAULT_QUOTA_BYTES,
    ) -> None:
        self.root = Path(root)
        self.inbox_root = self.root / "inbox"
        self.inbox_root.mkdir(parents=True, exist_ok=True)
        self.quota_bytes = quota_bytes
        self.conn = sqlite3.connect(self.root / "relay.sqlite3", isolation_level=None)
        # The index need not reach the disk before an answer: the bundle files are flushed
        # before they are renamed into place, and a start after a power cut re-indexes them. A
        # power cut loses at most minutes of replay protection (the signed time window stays)
        # or a deletion (the station finds the bundle again, and knows it has it).
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.executescript(_SCHEMA)
        pinned = self._meta("hub_fingerprint")
        if hub_fingerprint:
            digits = keys.normalize_fingerprint(hub_fingerprint)
            if pinned is not None and pinned.decode() != digits:
                raise ValueError(
                    "this relay is pinned to another hub; move its folder away to start anew"
                )
            self._set_meta("hub_fingerprint", digits.encode())
        self._roster = self._load_roster()
        self._reconcile()

    # -- metadata -------------------------------------------------------------------------

    def _meta(self, key: str) -> bytes | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def _set_meta(self, key: str, value: bytes) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _load_roster(self) -> Roster | None:
        body = self._meta("roster")
        return None if body is None else open_roster(body)[0]

    def _reconcile(self) -> None:
        """After a crash or a power cut: drop half-written uploads and index rows whose file is
        gone, and index the complete files the index lost (a file is complete once renamed:
        it was flushed to disk first, so the index itself need not be)."""
        known = set()
        for recipient, item_id in self.conn.execute("SELECT recipient, id FROM item").fetchall():
            if self._path(recipient, item_id).exists():
                known.add((recipient, item_id))
            else:
                self.conn.execute(
                    "DELETE FROM item WHERE recipient = ? AND id = ?", (recipient, item_id)
                )
        for folder in self.inbox_root.iterdir():
            for path in folder.iterdir():
                if path.suffix != bundle.EXTENSION or not is_bundle_id(path.stem):
                    path.unlink(missing_ok=True)
                elif (folder.name, path.stem) not in known:
                    self._index_lost(folder.name, path)
        self.conn.execute("DELETE FROM nonce WHERE expires < ?", (int(time.time()),))

    def _index_lost(self, recipient: str, path: Path) -> None:
        data = path.read_bytes()
        try:
            sender = bundle.open_bytes(data).manifest["sender"]
        except BundleRefused:
            sender = None
        if sender is None or bundle.sha256(data) != path.stem:
            path.unlink(missing_ok=True)
            return
        self._index(recipient, path.stem, sender, len(data))

    def _index(self, recipient: str, item_id: str, sender: str, size: int) -> None:
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.conn.execute(
            "INSERT INTO item (recipient, id, sender, size, stored_at) VALUES (?, ?, ?, ?, ?)",
            (recipient, item_id, sender, size, stamp),
        )

    @property
    def roster(self) -> Roster | None:
        return self._roster

    @property
    def pinned_fingerprint(self) -> str | None:
        value = self._meta("hub_fingerprint")
        return None if value is None else value.decode()

    # -- requests -------------------------------------------------------------------------

    def use_nonce(self, nonce: str, now: int) -> None:
        """Remember a request's nonce for as long as its signature could be accepted."""
        self.conn.execute("DELETE FROM nonce WHERE expires < ?", (now,))
        try:
            self.conn.execute(
                "INSERT INTO nonce (nonce, expires) VALUES (?, ?)",
                (nonce, now + 2 * WINDOW_SECONDS),
            )
        except sqlite3.IntegrityError as exc:
            raise ProtocolError(401, "replayed", "this request was already made") from exc

    def publish_roster(self, body: bytes, requester: str) -> Roster:
        roster, data, signature = open_roster(body)
        pinned = self.pinned_fingerprint
        if pinned is None:
            raise ProtocolError(
                403, "no_hub", "the relay has no hub pinned (start it with --hub-fingerprint)"
            )
        if keys.normalize_fingerprint(roster.hub.public.fingerprint) != pinned:
            raise ProtocolError(403, "wrong_hub", "the roster's hub is not the pinned hub")
        if requester != roster.hub.site_id:
            raise ProtocolError(403, "not_hub", "only the hub publishes the roster")
        verify_roster(data, signature, roster.hub.public)
        current = self._roster
        if current is not None and roster.version <= current.version:
            raise ProtocolError(409, "old_roster", "the relay holds a newer roster")
        self._set_meta("roster", body)
        self._roster = roster
        for site_id, entry in roster.stations.items():
            if entry.revoked:  # a lost PC's waiting bundles are of no use to anyone
                self._drop_inbox(site_id)
        return roster

    def _path(self, recipient: str, item_id: str) -> Path:
        return self.inbox_root / recipient / f"{item_id}{bundle.EXTENSION}"

    def stored(self, recipient: str, item_id: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM item WHERE recipient = ? AND id = ?", (recipient, item_id)
            ).fetchone()
            is not None
        )

    def store(self, recipient: str, sender: str, item_id: str, data: bytes) -> bool:
        """Keep `data` for `recipient`; False when it is there already."""
        [outcome] = self.store_many([(recipient, sender, item_id, data)])
        if isinstance(outcome, ProtocolError):
            raise outcome
        return outcome

    def store_many(self, items: list[tuple[str, str, str, bytes]]) -> list[bool | ProtocolError]:
        """Keep each (recipient, sender, id, data): per item True when stored, False when it is
        there already, or the quota's refusal. The files are written and flushed at once, so
        that one commit of the file system's journal serves them all, then renamed and indexed."""
        outcomes: list[bool | ProtocolError] = []
        writes: list[tuple[str, str, str, bytes]] = []
        planned: set[tuple[str, str]] = set()
        used: dict[str, list[int]] = {}  # per sender: bytes and bundles waiting, this batch's too
        for recipient, sender, item_id, data in items:
            if (recipient, item_id) in planned or self.stored(recipient, item_id):
                outcomes.append(False)
                continue
            if sender not in used:
                used[sender] = list(
                    self.conn.execute(
                        "SELECT COALESCE(SUM(size), 0), COUNT(*) FROM item WHERE sender = ?",
                        (sender,),
                    ).fetchone()
                )
            waiting = used[sender]
            if waiting[0] + len(data) > self.quota_bytes or waiting[1] >= MAX_WAITING_PER_SENDER:
                outcomes.append(
                    ProtocolError(
                        413, "quota", "the station's bundles waiting on the relay fill its quota"
                    )
                )
                continue
            waiting[0] += len(data)
            waiting[1] += 1
            planned.add((recipient, item_id))
            writes.append((recipient, sender, item_id, data))
            outcomes.append(True)
        self._write(
            [(self._path(recipient, item_id), data) for recipient, _, item_id, data in writes]
        )
        with _transaction(self.conn):
            for recipient, sender, item_id, data in writes:
                self._index(recipient, item_id, sender, len(data))
        return outcomes

    def _write(self, files: list[tuple[Path, bytes]]) -> None:
        """Write each file whole: to a temporary file, flushed to the disk, then renamed into
        place. Flushes made at the same moment are served by one commit of the file system's
        journal, so a batch's files are flushed together, a few dozen at a time."""
        for start in range(0, len(files), FLUSH_TOGETHER):
            _write_together(files[start : start + FLUSH_TOGETHER])

    def waiting(self, recipient: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT id, sender, size, stored_at FROM item WHERE recipient = ? "
            "ORDER BY stored_at, id",
            (recipient,),
        )
        return [
            {"id": item_id, "sender": sender, "size": size, "stored_at": stored_at}
            for item_id, sender, size, stored_at in rows
        ]

    def path_of(self, recipient: str, item_id: str) -> Path | None:
        return self._path(recipient, item_id) if self.stored(recipient, item_id) else None

    def delete(self, recipient: str, item_ids: list[str]) -> list[Path]:
        """Take bundles out of `recipient`'s inbox (one commit); the files of those that were
        there, for the caller to remove. A file left by a crash before that is indexed again
        at the next start, and its station, which has it, deletes it again."""
        with _transaction(self.conn):
            return [
                self._path(recipient, item_id)
                for item_id in dict.fromkeys(item_ids)
                if self.conn.execute(
                    "DELETE FROM item WHERE recipient = ? AND id = ?", (recipient, item_id)
                ).rowcount
            ]

    def remove_files(self, recipient: str, paths: list[Path]) -> None:
        """Remove the files `delete` gave, but for a bundle uploaded again since then."""
        _remove([path for path in paths if not self.stored(recipient, path.stem)])

    def _drop_inbox(self, recipient: str) -> None:
        _remove(self.delete(recipient, [item["id"] for item in self.waiting(recipient)]))


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One commit for several changes (the connection commits each statement otherwise)."""
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _write_together(files: list[tuple[Path, bytes]]) -> None:
    handles: list[BinaryIO] = []
    temporaries: list[str] = []
    folders: set[Path] = set()  # whose entries changed: flushed once the files are renamed
    try:
        for path, data in files:
            if not path.parent.is_dir():  # a recipient's first bundle: its folder is new too
                path.parent.mkdir(exist_ok=True)
                folders.add(path.parent.parent)
            folders.add(path.parent)
            fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".upload-", suffix=".part")
            temporaries.append(temporary)
            handles.append(os.fdopen(fd, "wb"))
            handles[-1].write(data)
            handles[-1].flush()
        descriptors = [handle.fileno() for handle in handles]
        if len(descriptors) > 1:
            with ThreadPoolExecutor(min(len(descriptors), FLUSHERS)) as flushers:
                list(flushers.map(os.fsync, descriptors))
        elif descriptors:
            os.fsync(descriptors[0])
        for handle in handles:
            handle.close()
        for temporary, (path, _) in zip(temporaries, files, strict=True):
            os.replace(temporary, path)
        # The renames reach the disk before the answer: a station drops its copy on it.
        for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
            fsync_folder(folder)
    except BaseException:
        for handle in handles:
            handle.close()
        for temporary in temporaries:
            Path(temporary).unlink(missing_ok=True)
        raise


# ---- the HTTP layer ------------------------------------------------------------------------


def _error(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status)


def _target(request: Request) -> str:
    query = request.url.query
    return request.url.path + (f"?{query}" if query else "")


async def _body(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isascii() or not declared.isdigit()):
        raise ProtocolError(400, "bad_request", "malformed Content-Length")
    if declared is not None and int(declared) > cap:
        raise ProtocolError(413, "too_large", "the request body is larger than allowed")
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise ProtocolError(413, "too_large", "the request body is larger than allowed")
        parts.append(chunk)
    return b"".join(parts)


def create_app(store: RelayStore) -> Starlette:
    def authenticate(request: Request, body: bytes) -> RosterEntry:
        signed = read_headers(request.headers)
        roster = store.roster
        if roster is None:
            raise ProtocolError(403, "no_roster", "the hub has not published its roster yet")
        entry = roster.stations.get(signed.station)
        if entry is None:
            raise ProtocolError(403, "unknown_station", "the station is not enrolled")
        if entry.revoked:
            raise ProtocolError(403, "revoked", "the station is revoked")
        now = int(time.time())
        verify_request(signed, entry.public, request.method, _target(request), body, now)
        store.use_nonce(signed.nonce, now)
        return entry

    async def clock(request: Request) -> Response:
        return JSONResponse({"time": int(time.time())})

    async def roster(request: Request) -> Response:
        body = await _body(request, MAX_ROSTER_BYTES)
        signed = read_headers(request.headers)
        published, _, _ = open_roster(body)
        hub = published.hub
        if signed.station != hub.site_id:
            raise ProtocolError(403, "not_hub", "only the hub publishes the roster")
        now = int(time.time())
        verify_request(signed, hub.public, request.method, _target(request), body, now)
        store.use_nonce(signed.nonce, now)
        accepted = store.publish_roster(body, signed.station)
        return JSONResponse({"version": accepted.version})

    def check_upload(sender: RosterEntry, recipient: str, item_id: str, data: bytes) -> None:
        """Refuse `data` unless it is a bundle of `sender` for `recipient`'s inbox."""
        target = store.roster.active(recipient) if store.roster else None
        if target is None or target.site_id == sender.site_id:
            raise ProtocolError(403, "wrong_inbox", "the recipient is not an enrolled station")
        if sender.role != "hub" and target.role != "hub":
            raise ProtocolError(403, "wrong_inbox", "a commune station sends to the hub only")
        if body_hash(data) != item_id:
            raise ProtocolError(400, "bad_bundle", "the bundle does not match its id")
        try:
            opened = bundle.open_bytes(data)
            bundle.verify_signature(opened, sender.public)
        except BundleRefused as refusal:
            raise ProtocolError(400, "bad_bundle", f"not a valid bundle ({refusal.code})") from None
        manifest = opened.manifest
        if manifest.get("sender") != sender.site_id or manifest.get("recipient") != recipient:
            raise ProtocolError(400, "bad_bundle", "the bundle's sender or recipient differ")

    async def upload(request: Request) -> Response:
        recipient = request.path_params["recipient"]
        item_id = request.path_params["item"]
        if not is_site_id(recipient) or not is_bundle_id(item_id):
            raise ProtocolError(404, "not_found", "no such inbox")
        body = await _body(request, MAX_UPLOAD_BYTES)
        sender = authenticate(request, body)
        check_upload(sender, recipient, item_id, body)
        stored = store.store(recipient, sender.site_id, item_id, body)
        return JSONResponse({"stored": stored}, status_code=201 if stored else 200)

    def upload_many(sender: RosterEntry, body: bytes) -> Response:
        """Several bundles in one body, each checked and stored as if uploaded alone; the
        answer says per bundle whether it was stored, there already, or refused and why."""
        try:
            frames = read_frames(body, 2)
            if not all(is_site_id(r) and is_bundle_id(i) for (r, i), _ in frames):
                raise ValueError("frame")
        except ValueError as exc:
            raise ProtocolError(400, "bad_request", "a batch of bundles is expected") from exc
        outcomes: list[bool | ProtocolError] = []
        accepted: list[tuple[int, tuple[str, str, str, bytes]]] = []
        for (recipient, item_id), data in frames:
            try:
                check_upload(sender, recipient, item_id, data)
            except ProtocolError as refusal:
                outcomes.append(refusal)
                continue
            accepted.append((len(outcomes), (recipient, sender.site_id, item_id, data)))
            outcomes.append(False)
        stored = store.store_many([item for _, item in accepted])
        for (at, _), outcome in zip(accepted, stored, strict=True):
            outcomes[at] = outcome
        return JSONResponse(
            {
                "results": [
                    {"error": o.code, "detail": o.detail}
                    if isinstance(o, ProtocolError)
                    else {"stored": o}
                    for o in outcomes
                ]
            }
        )

    async def inbox(request: Request) -> Response:
        if request.method == "GET":
            me = authenticate(request, b"")
            return JSONResponse({"bundles": store.waiting(me.site_id)})
        if request.method == "PUT":
            body = await _body(request, MAX_UPLOAD_BYTES)
            return upload_many(authenticate(request, body), body)
        body = await _body(request, MAX_DELETE_BYTES)
        me = authenticate(request, body)
        removed = store.delete(me.site_id, _ids(body))

        async def remove_files() -> None:  # on the event loop: between requests, never within
            store.remove_files(me.site_id, removed)

        # The index no longer lists them: their files go once the station has its answer.
        return JSONResponse({"deleted": len(removed)}, background=BackgroundTask(remove_files))

    async def fetch(request: Request) -> Response:
        """Several bundles in one answer, in the order asked, as far as BATCH_BYTES; a
        bundle no longer there, and what would go past it, is left out (fetched alone)."""
        body = await _body(request, MAX_DELETE_BYTES)
        me = authenticate(request, body)
        frames: list[bytes] = []
        size = 0
        for item_id in _ids(body):
            path = store.path_of(me.site_id, item_id)
            if path is None:
                continue
            data = path.read_bytes()
            size += len(data)
            if size > BATCH_BYTES:
                break
            frames.append(frame((item_id,), data))
        return Response(b"".join(frames), media_type="application/octet-stream")

    async def item(request: Request) -> Response:
        item_id = request.path_params["item"]
        if not is_bundle_id(item_id):
            raise ProtocolError(404, "not_found", "no such bundle")
        me = authenticate(request, b"")
        path = store.path_of(me.site_id, item_id)
        if path is None:
            raise ProtocolError(404, "not_found", "no such bundle")
        data = path.read_bytes()
        start = _range_start(request.headers.get("range"), len(data))
        headers = {"accept-ranges": "bytes", "content-type": "application/octet-stream"}
        if start is None:
            return Response(data, headers=headers)
        headers["content-range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        return Response(data[start:], status_code=206, headers=headers)

    async def protocol_error(request: Request, exc: Exception) -> Response:
        # Starlette calls it only for ProtocolError (its key in exception_handlers)
        if not isinstance(exc, ProtocolError):
            raise exc
        return _error(exc.status, exc.code, exc.detail)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return _error(status, "http", str(getattr(exc, "detail", "error")))

    routes = [
        Route(f"{API}/time", clock, methods=["GET"]),
        Route(f"{API}/roster", roster, methods=["PUT"]),
        Route(f"{API}/inbox", inbox, methods=["GET", "PUT", "DELETE"]),
        Route(f"{API}/inbox/fetch", fetch, methods=["POST"]),
        Route(f"{API}/inbox/{{item}}", item, methods=["GET"]),
        Route(f"{API}/inbox/{{recipient}}/{{item}}", upload, methods=["PUT"]),
    ]
    return Starlette(
        routes=routes,
        exception_handlers={ProtocolError: protocol_error, HTTPException: http_error},
    )


def _ids(body: bytes) -> list[str]:
    try:
        ids = json.loads(body)["ids"]
        if not isinstance(ids, list) or not all(
            isinstance(i, str) and is_bundle_id(i) for i in ids
        ):
            raise ValueError("ids")
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ProtocolError(400, "bad_request", "a list of bundle ids is expected") from exc
    return ids


def _range_start(header: str | None, size: int) -> int | None:
    """The first byte of `Range: bytes=N-` (the only form a resuming client sends)."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    first, dash, last = spec.partition("-")
    if unit.strip() != "bytes" or not dash or last or not first.isascii() or not first.isdigit():
        raise ProtocolError(416, "bad_range", "only “bytes=N-” ranges are served")
    start = int(first)
    if start >= size:
        raise ProtocolError(416, "bad_range", "the range starts past the end")
    return start


def serve(
    root: Path,
    host: str,
    port: int,
    hub_fingerprint: str | None,
    quota_bytes: int = DEFAULT_QUOTA_BYTES,
) -> None:
    import uvicorn

    store = RelayStore(root, hub_fingerprint, quota_bytes)
    app = create_app(store)
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
