"""Online sync through the relay: upload what is pending, fetch and import what waits.

The same bundles as on a USB stick travel over HTTP (httpx). One `sync_online` run:

1. the hub publishes its signed roster when its stations changed;
2. it lists its inbox; a bundle already imported (it came by file, or an earlier run imported
   it and could not delete it) is deleted from the relay without downloading it;
3. it downloads each other bundle into `relay/inbox/ID.part`, resuming with an HTTP Range after
   a broken connection, checks the file's sha256 against its id, imports it through the same
   path as a file, and deletes it from the relay. A bundle the import refuses is kept in
   `relay/refused` (nothing is lost) and removed from the relay;
4. the station exports its bundles into `relay/outbox` (acknowledging what it just imported)
   and uploads each (an upload is idempotent; a file is removed only once the relay has
   confirmed it, so a failure part way loses nothing and the next run sends the rest).

Requests are signed with the station's key against the relay's clock (learned first), so a PC
whose clock is wrong still gets through. Connection failures are retried with backoff; when the
relay cannot be reached the run ends with one sentence and nothing changed.
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
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.i18n import tr
from desktop.models.db import Database, setting, transaction
from desktop.models.errors import UserError
from desktop.paths import DataDir
from sync import bundle, exchange, keys, ledger
from sync.relay_protocol import (
    API,
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
            status=response.status_code, code=code or response.reason_phrase
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


def _upload(
    data_dir: DataDir,
    db: Database,
    client: RelayClient,
    result: OnlineResult,
    progress: Progress | None,
) -> None:
    outbox = _relay_folder(data_dir, "outbox")
    exchange.export_bundles(data_dir, db, outbox)
    files = sorted(outbox.glob(f"*{bundle.EXTENSION}"))
    for done, path in enumerate(files, start=1):
        data = path.read_bytes()
        try:
            recipient = bundle.open_bytes(data).manifest["recipient"]
        except bundle.BundleRefused:
            path.unlink()  # not ours to send (a damaged leftover); export makes it anew
            continue
        if client.upload(recipient, data):
            result.uploaded += 1
        else:
            result.already_there += 1
        path.unlink()
        if progress is not None:
            progress(done, len(files), path.name)


def _download(
    data_dir: DataDir,
    db: Database,
    client: RelayClient,
    result: OnlineResult,
    progress: Progress | None,
) -> None:
    inbox = _relay_folder(data_dir, "inbox")
    waiting = client.waiting()  # also proves the relay accepts this station, before any export
    done_with: list[str] = []  # deleted together at the end; if that fails, they are known
    for done, item in enumerate(waiting, start=1):
        item_id = item["id"]
        done_with.append(item_id)
        if ledger.seen_sha(db.conn, item_id):
            result.seen_before += 1
            continue
        path = client.download(item_id, inbox)
        result.downloaded += 1
        imported = exchange.import_bundle(data_dir, db, path)
        result.imports.append(imported)
        if imported.refused:
            kept = _relay_folder(data_dir, "refused")
            kept.mkdir(parents=True, exist_ok=True)
            path.replace(kept / path.name)
        else:
            path.unlink()
        if progress is not None:
            progress(done, len(waiting), imported)
    client.delete(done_with)
