"""Online sync through the relay: upload what is pending, fetch and import what waits.

The same bundles as on a USB stick travel over HTTP (httpx). One `sync_online` run:

1. the hub publishes its signed roster when its stations changed;
2. it lists its inbox; a bundle already imported (it came by file, or an earlier run imported
   it and could not delete it) is deleted from the relay without downloading it;
3. it downloads the others into `relay/inbox` — several in one request up to 8 MB, a larger
   one alone; what a broken connection cut short is fetched alone, resuming from its
   `ID.part` with an HTTP Range — checks each file's sha256 against its id, imports them
   through the same `import_many` as files, and deletes them all from the relay in one
   request. A bundle the import refuses is kept in `relay/refused` (nothing is lost) and
   removed from the relay;
4. the station exports its bundles into `relay/outbox` (acknowledging what it just imported)
   and uploads them, several in one request (each is checked by the relay as if alone; an
   upload is idempotent; a file is removed only once the relay has confirmed it, so a failure
   part way loses nothing and the next run sends the rest).

One connection serves the whole run (keep-alive). Requests are signed with the station's key
against the relay's clock (learned first), so a PC whose clock is wrong still gets through.
Connection failures are retried with backoff; when the relay cannot be reached the run ends with
one sentence and nothing changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.i18n import tr
from desktop.models.db import Database, setting, transaction
from desktop.models.errors import UserError
from desktop.paths import DataDir
from sync import bundle, exchange, keys, ledger
from sync.relay_protocol import (
    API,
    BATCH_BYTES,
    MAX_BATCH_ITEMS,
    MAX_FRAME_HEAD,
    frame,
    frame_head,
    is_bundle_id,
    roster_document,
    sign_request,
    sign_roster,
)
from sync.relay_settings import LAST_SYNC_KEY, normalize_url, relay_url

ROSTER_VERSION_KEY = "sync_relay_roster_version"
ROSTER_SHA_KEY = "sync_relay_roster_sha256"
TIMEOUT = httpx.Timeout(15.0, connect=10.0)
ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
BATCH_TYPE = "application/octet-stream"


class RelayUnreachable(UserError):
    """The relay could not be reached (no connection, or it is down): normal when offline."""


class RelayRefused(UserError):
    """The relay answered, and said no."""


Progress = Callable[[int, int, object], None]


@dataclass
class OnlineResult:
    """What one online sync did, for the command line and the status bar."""

    roster_version: int | None = None
    uploaded: int = 0
    already_there: int = 0
    downloaded: int = 0
    seen_before: int = 0
    imports: list[exchange.ImportResult] = field(default_factory=list)

    @property
    def refused(self) -> list[exchange.ImportResult]:
        return [r for r in self.imports if r.refused]

    def lines(self) -> list[str]:
        lines = [r.line() for r in self.imports]
        if self.roster_version is not None:
            lines.append(tr("The list of stations was published to the relay."))
        lines.append(
            tr(
                "Sent {sent} bundles ({there} were already on the relay); received {got} "
                "bundles ({seen} had already come by file)."
            ).format(
                sent=self.uploaded,
                there=self.already_there,
                got=self.downloaded,
                seen=self.seen_before,
            )
        )
        return lines


# ---- the HTTP client ------------------------------------------------------------------------


def _unreachable(url: str) -> RelayUnreachable:
    return RelayUnreachable(
        tr(
            "The relay {url} cannot be reached (no connection, or it is down); nothing was "
            "lost, and what waits is sent at the next sync."
        ).format(url=url)
    )


def _refused_by_relay(response: httpx.Response) -> RelayRefused:
    try:
        code = str(response.json().get("error", ""))
    except ValueError:
        code = ""
    return _refusal(code, response.status_code, response.reason_phrase)


def _refusal(code: str, status: int, reason: str) -> RelayRefused:
    sentences = {
        "unknown_station": tr(
            "The relay does not know this station yet: the district must publish its list of "
            "stations (it does at its next online sync after enrolling you)."
        ),
        "revoked": tr("The relay refuses this station: the district has revoked it."),
        "no_roster": tr("The district has not connected to the relay yet."),
        "no_hub": tr("The relay has not been set up with the district's fingerprint yet."),
        "wrong_hub": tr("The relay belongs to another district hub."),
        "quota": tr(
            "This station's bundles waiting on the relay fill its quota; the district must "
            "fetch them first."
        ),
        "stale": tr("The relay refused the request's time; try again."),
    }
    return RelayRefused(
        sentences.get(code)
        or tr("The relay refused the request ({status} {code}).").format(
            status=status, code=code or reason
        )
    )


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process: building one reads the CA bundle (~25 ms)."""
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


class RelayClient:
    """Signed requests to one relay on behalf of one station."""

    def __init__(
        self,
        url: str,
        site_id: str,
        signing: Ed25519PrivateKey,
        *,
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF_SECONDS,
        http: httpx.Client | None = None,
    ) -> None:
        self.url = normalize_url(url)
        self.site_id = site_id
        self.signing = signing
        self.attempts = attempts
        self.backoff = backoff
        self.http = http or httpx.Client(
            timeout=TIMEOUT, follow_redirects=False, verify=_tls_context()
        )
        self._offset: int | None = None

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> RelayClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _retrying(self, call: Callable[[], httpx.Response]) -> httpx.Response:
        for attempt in range(self.attempts):
            try:
                response = call()
            except httpx.TransportError:
                response = None
            if response is not None and response.status_code < 500 and response.status_code != 429:
                return response
            if attempt + 1 < self.attempts:
                time.sleep(self.backoff * 2**attempt)
        raise _unreachable(self.url)

    def relay_time(self) -> int:
        """The relay's clock (seconds); requests are signed against it, not the PC's."""
        response = self._retrying(lambda: self.http.get(f"{self.url}{API}/time"))
        try:
            relay_now = int(response.json()["time"])
        except (ValueError, KeyError, TypeError) as exc:
            raise _unreachable(self.url) from exc
        self._offset = relay_now - int(time.time())
        return relay_now

    def now(self) -> int:
        """The relay's time as best known: the PC's clock until the relay says it is off."""
        return int(time.time()) + (self._offset or 0)

    @staticmethod
    def _stale(response: httpx.Response) -> bool:
        if response.status_code != 401:
            return False
        try:
            return response.json().get("error") == "stale"
        except ValueError:
            return False

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> httpx.Response:
        target = f"{API}{path}"

        def call() -> httpx.Response:
            signed = sign_request(self.signing, self.site_id, self.now(), method, target, body)
            return self.http.request(
                method, f"{self.url}{target}", content=body, headers={**signed, **(headers or {})}
            )

        response = self._retrying(call)
        if (
            self._stale(response) and self._offset is None
        ):  # this PC's clock is off: ask the relay's
            self.relay_time()
            response = self._retrying(call)
        if response.status_code >= 400:
            raise _refused_by_relay(response)
        return response

    def publish_roster(self, body: bytes) -> None:
        self.request("PUT", "/roster", body, {"content-type": "application/json"})

    def upload(self, recipient: str, data: bytes) -> bool:
        """Leave a bundle in `recipient`'s inbox; False when it was there already."""
        sha = hashlib.sha256(data).hexdigest()
        response = self.request("PUT", f"/inbox/{recipient}/{sha}", data)
        return response.status_code == 201

    def upload_many(self, items: list[tuple[str, bytes]]) -> list[bool | RelayRefused]:
        """Leave several bundles (recipient, data) in one request; per bundle True when stored,
        False when it was there already, or the relay's refusal of it."""
        body = b"".join(frame((to, hashlib.sha256(data).hexdigest()), data) for to, data in items)
        response = self.request("PUT", "/inbox", body, {"content-type": BATCH_TYPE})
        try:
            results = response.json()["results"]
            if not isinstance(results, list) or len(results) != len(items):
                raise ValueError("results")
            return [
                bool(r["stored"])
                if "stored" in r
                else _refusal(str(r["error"]), 400, str(r.get("detail", "")))
                for r in results
            ]
        except (ValueError, KeyError, TypeError) as exc:
            raise _refused_by_relay(response) from exc

    def waiting(self) -> list[dict[str, Any]]:
        items = self.request("GET", "/inbox").json().get("bundles", [])
        return [i for i in items if isinstance(i, dict) and is_bundle_id(str(i.get("id", "")))]

    def delete(self, item_ids: list[str]) -> None:
        """Delete bundles from this station's inbox (after they were imported)."""
        if item_ids:
            body = json.dumps({"ids": item_ids}).encode()
            self.request("DELETE", "/inbox", body, {"content-type": "application/json"})

    def download(self, item_id: str, folder: Path) -> Path:
        """Fetch one bundle into `folder/ID.ketnghia`, resuming a partial `.part` file."""
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f"{item_id}.part"
        target = f"{API}/inbox/{item_id}"
        for attempt in range(self.attempts):
            have = part.stat().st_size if part.exists() else 0
            extra = {"range": f"bytes={have}-"} if have else {}
            try:
                signed = sign_request(self.signing, self.site_id, self.now(), "GET", target, b"")
                with self.http.stream(
                    "GET", f"{self.url}{target}", headers={**signed, **extra}
                ) as response:
                    if response.status_code == 416:  # our partial file is longer than theirs
                        part.unlink(missing_ok=True)
                        continue
                    if 400 <= response.status_code < 500 and response.status_code != 429:
                        response.read()
                        raise _refused_by_relay(response)
                    if response.status_code in (200, 206):
                        mode = "ab" if response.status_code == 206 else "wb"
                        with part.open(mode) as handle:
                            for chunk in response.iter_bytes():
                                handle.write(chunk)
                        data = part.read_bytes()
                        if hashlib.sha256(data).hexdigest() == item_id:
                            path = folder / f"{item_id[:16]}{bundle.EXTENSION}"
                            part.replace(path)
                            return path
                        part.unlink()  # a wrong file: fetch it whole again
            except httpx.TransportError:
                pass  # keep what arrived; the next attempt asks for the rest
            if attempt + 1 < self.attempts:
                time.sleep(self.backoff * 2**attempt)
        raise _unreachable(self.url)

    def fetch(self, item_ids: list[str], folder: Path) -> dict[str, Path]:
        """Fetch several bundles in one request into `folder/ID.ketnghia`: those that arrived
        whole. One cut short is kept as `ID.part`, and `download` resumes it."""
        folder.mkdir(parents=True, exist_ok=True)
        body = json.dumps({"ids": item_ids}).encode()
        target = f"{API}/inbox/fetch"
        frames = _Frames(folder, set(item_ids))
        try:
            signed = sign_request(self.signing, self.site_id, self.now(), "POST", target, body)
            headers = {**signed, "content-type": "application/json"}
            with self.http.stream(
                "POST", f"{self.url}{target}", content=body, headers=headers
            ) as response:
                if 400 <= response.status_code < 500 and response.status_code != 429:
                    response.read()
                    raise _refused_by_relay(response)
                if response.status_code == 200:
                    for chunk in response.iter_bytes():
                        frames.feed(chunk)
        except (httpx.TransportError, ValueError):
            pass  # what arrived whole is kept; the rest is fetched alone
        finally:
            frames.close()
        return frames.arrived


class _Frames:
    """The bundles of a fetch's answer written as they arrive: each to `ID.part`, hashed on
    the way and renamed to `ID.ketnghia` once whole and matching its id."""

    def __init__(self, folder: Path, wanted: set[str]) -> None:
        self.folder = folder
        self.wanted = wanted
        self.arrived: dict[str, Path] = {}
        self.head = b""
        self.item_id = ""
        self.left = 0
        self.handle: BinaryIO | None = None
        self.hasher = hashlib.sha256()

    def feed(self, chunk: bytes) -> None:
        while chunk:
            if self.handle is None:
                self.head += chunk
                end = self.head.find(b"\n")
                if end < 0:
                    if len(self.head) > MAX_FRAME_HEAD:
                        raise ValueError("frame head")
                    return
                (self.item_id,), self.left = frame_head(self.head[:end], 1)
                if self.item_id not in self.wanted or self.item_id in self.arrived:
                    raise ValueError("frame")
                chunk, self.head = self.head[end + 1 :], b""
                self.handle = (self.folder / f"{self.item_id}.part").open("wb")
                self.hasher = hashlib.sha256()
            piece, chunk = chunk[: self.left], chunk[self.left :]
            self.handle.write(piece)
            self.hasher.update(piece)
            self.left -= len(piece)
            if not self.left:
                self.handle.close()
                self.handle = None
                self._whole()

    def _whole(self) -> None:
        part = self.folder / f"{self.item_id}.part"
        if self.hasher.hexdigest() != self.item_id:
            part.unlink()  # a wrong file: fetched alone, whole, again
            return
        path = self.folder / f"{self.item_id[:16]}{bundle.EXTENSION}"
        part.replace(path)
        self.arrived[self.item_id] = path

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()


# ---- the hub's roster -----------------------------------------------------------------------


def _entry(db: Database, station: ledger.Station) -> dict[str, Any] | None:
    public = keys.station_public(db, station.site_id)
    if public is None:
        return None
    return {
        "site_id": station.site_id,
        "role": station.role,
        "unit_code": station.unit_code,
        "sign": keys.b64(public.sign),
        "encrypt": keys.b64(public.encrypt),
        "revoked": station.revoked_at is not None,
    }


def _roster_entries(db: Database) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    conn = db.conn
    hub = _entry(db, ledger.self_station(conn))
    if hub is None:
        return None
    stations = [
        entry
        for station in ledger.stations(conn)
        if not station.is_self and (entry := _entry(db, station)) is not None
    ]
    return hub, stations


def _publish(db: Database, client: RelayClient, signing: Ed25519PrivateKey) -> int | None:
    """Publish the hub's roster when its stations changed since the last publication; the
    version published, or None. The version rises with the relay's clock and never falls."""
    entries = _roster_entries(db)
    if entries is None:
        return None
    hub, stations = entries
    sha = bundle.sha256(bundle.canonical_json({"hub": hub, "stations": stations}))
    if setting(db, ROSTER_SHA_KEY) == sha:
        return None
    version = max(int(setting(db, ROSTER_VERSION_KEY) or 0) + 1, client.relay_time() * 1000)
    client.publish_roster(sign_roster(signing, roster_document(version, hub, stations)))
    with transaction(db):
        ledger.set_local(db.conn, ROSTER_VERSION_KEY, str(version))
        ledger.set_local(db.conn, ROSTER_SHA_KEY, sha)
    return version


def publish_roster(data_dir: DataDir, db: Database) -> int | None:
    """After enrolling or revoking a station: tell the relay at once, when one is set and
    reachable (offline is normal: the next online sync publishes it)."""
    url = relay_url(db)
    if not url:
        return None
    station_keys = keys.load(data_dir, db)
    me = ledger.self_station(db.conn)
    with RelayClient(url, me.site_id, station_keys.signing) as client:
        try:
            return _publish(db, client, station_keys.signing)
        except RelayUnreachable:
            return None


# ---- one online sync ------------------------------------------------------------------------


def sync_online(
    data_dir: DataDir,
    db: Database,
    *,
    client: RelayClient | None = None,
    progress: Progress | None = None,
) -> OnlineResult:
    """Upload what is pending, download and import what waits (see the module's docstring)."""
    url = relay_url(db)
    if not url:
        raise UserError(
            tr("No relay is set for this station; set one with “ketnghia sync relay ADDRESS”.")
        )
    station_keys = keys.load(data_dir, db)
    me = ledger.self_station(db.conn)
    own_client = client is None
    client = client or RelayClient(url, me.site_id, station_keys.signing)
    result = OnlineResult()
    try:
        if me.role == "hub":
            result.roster_version = _publish(db, client, station_keys.signing)
        # Fetch first: what is imported now is acknowledged in the bundles sent just after.
        _download(data_dir, db, client, result, progress)
        _upload(data_dir, db, client, result, progress)
    finally:
        if own_client:
            client.close()
    with transaction(db):
        ledger.set_local(db.conn, LAST_SYNC_KEY, ledger.now())
    return result


def _relay_folder(data_dir: DataDir, name: str) -> Path:
    return data_dir.root / "relay" / name


def _batches(sizes: list[int]) -> list[list[int]]:
    """Indexes of items grouped in order so that a group's sizes add up to BATCH_BYTES at
    most, MAX_BATCH_ITEMS of them at most; an item larger than that is a group of its own."""
    groups: list[list[int]] = []
    total = 0
    for index, size in enumerate(sizes):
        if not groups or total + size > BATCH_BYTES or len(groups[-1]) >= MAX_BATCH_ITEMS:
            groups.append([])
            total = 0
        groups[-1].append(index)
        total += size
    return groups


def _upload(
    data_dir: DataDir,
    db: Database,
    client: RelayClient,
    result: OnlineResult,
    progress: Progress | None,
) -> None:
    outbox = _relay_folder(data_dir, "outbox")
    made = {e.path.name: e.recipient for e in exchange.export_bundles(data_dir, db, outbox)}
    files = sorted(outbox.glob(f"*{bundle.EXTENSION}"))
    done = 0
    refusal: RelayRefused | None = None
    for group in _batches([path.stat().st_size for path in files]):
        sending: list[tuple[Path, str, bytes]] = []
        for path in (files[i] for i in group):
            data = path.read_bytes()
            recipient = made.get(path.name)
            if recipient is None:  # left by an earlier run that could not send it
                try:
                    recipient = bundle.open_bytes(data).manifest["recipient"]
                except bundle.BundleRefused:
                    path.unlink()  # not ours to send (a damaged leftover); export makes it anew
                    continue
            sending.append((path, recipient, data))
        if not sending:
            continue
        if len(sending) == 1:
            outcomes: list[bool | RelayRefused] = [client.upload(*sending[0][1:])]
        else:
            outcomes = client.upload_many([(recipient, data) for _, recipient, data in sending])
        for (path, _, _), outcome in zip(sending, outcomes, strict=True):
            done += 1
            if isinstance(outcome, RelayRefused):
                refusal = refusal or outcome  # kept in the outbox, to send later
                continue
            if outcome:
                result.uploaded += 1
            else:
                result.already_there += 1
            path.unlink()  # only once the relay has confirmed it
            if progress is not None:
                progress(done, len(files), path.name)
    if refusal is not None:
        raise refusal


def _download(
    data_dir: DataDir,
    db: Database,
    client: RelayClient,
    result: OnlineResult,
    progress: Progress | None,
) -> None:
    inbox = _relay_folder(data_dir, "inbox")
    waiting = client.waiting()  # also proves the relay accepts this station, before any export
    done_with = [item["id"] for item in waiting]  # deleted together at the end
    fresh = [item for item in waiting if not ledger.seen_sha(db.conn, item["id"])]
    result.seen_before += len(waiting) - len(fresh)
    sizes = [s if isinstance(s := item.get("size"), int) else BATCH_BYTES for item in fresh]
    arrived: dict[str, Path] = {}
    for group in _batches(sizes):
        if len(group) > 1:
            arrived.update(client.fetch([fresh[i]["id"] for i in group], inbox))
    # What did not come in a batch (alone, or cut short) is fetched alone, resuming.
    paths = [arrived.get(item["id"]) or client.download(item["id"], inbox) for item in fresh]
    result.downloaded += len(paths)
    imports = exchange.import_many(data_dir, db, paths, progress)
    result.imports.extend(imports)
    for path, imported in zip(paths, imports, strict=True):
        if imported.refused:
            kept = _relay_folder(data_dir, "refused")
            kept.mkdir(parents=True, exist_ok=True)
            path.replace(kept / path.name)
        else:
            path.unlink()
    client.delete(done_with)
