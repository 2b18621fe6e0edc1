"""What the relay and its clients agree on: signed requests, the hub's signed roster, and the
framing of several bundles in one body.

Every request to the relay carries four headers — the station's site id, the relay's time (the
client learns the relay's clock first, so a PC whose clock is years wrong still gets through),
a random nonce and an Ed25519 signature over

    DOMAIN | station | time | nonce | METHOD | path?query | sha256(body)

The relay checks the signature against the roster: the list of enrolled stations and their
public keys that the hub signs with its own key, which the relay pinned by fingerprint. No
passwords, and nothing a relay operator or an eavesdropper could reuse.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import keys
from sync.bundle import canonical_json

API = "/v1"
REQUEST_DOMAIN = b"ketnghia relay request v1\x00"
ROSTER_DOMAIN = b"ketnghia relay roster v1\x00"
ROSTER_FORMAT = 1
WINDOW_SECONDS = 300  # a signed request is good for five minutes either side of the relay's time

HEADER_STATION = "x-ketnghia-station"
HEADER_TIME = "x-ketnghia-time"
HEADER_NONCE = "x-ketnghia-nonce"
HEADER_SIGNATURE = "x-ketnghia-signature"

MAX_UPLOAD_BYTES = 64 * 1024 * 1024  # a welcome snapshot of a large commune, with margin
MAX_ROSTER_BYTES = 4 * 1024 * 1024
# Bundles travel together in one request up to this size (a week's bundles of a province are a
# few MB); a larger one travels alone.
BATCH_BYTES = 8 * 1024 * 1024
MAX_BATCH_ITEMS = 1000
MAX_FRAME_HEAD = 160
_SITE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_BUNDLE_ID = re.compile(r"[0-9a-f]{64}")
_NONCE = re.compile(r"[0-9a-f]{32}")


class ProtocolError(Exception):
    """A request or roster that does not hold; `code` for programs, `status` for HTTP."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail


def is_site_id(text: str) -> bool:
    return _SITE_ID.fullmatch(text) is not None


def is_bundle_id(text: str) -> bool:
    return _BUNDLE_ID.fullmatch(text) is not None


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _message(station: str, time: int, nonce: str, method: str, target: str, body: bytes) -> bytes:
    fields = (station, str(time), nonce, method.upper(), target, body_hash(body))
    return REQUEST_DOMAIN + "\n".join(fields).encode("utf-8")


def sign_request(
    signing: Ed25519PrivateKey, station: str, time: int, method: str, target: str, body: bytes
) -> dict[str, str]:
    """The headers that authenticate one request (`target` is the path with its query)."""
    nonce = secrets.token_hex(16)
    signature = signing.sign(_message(station, time, nonce, method, target, body))
    return {
        HEADER_STATION: station,
        HEADER_TIME: str(time),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: keys.b64(signature),
    }


@dataclass(frozen=True)
class SignedRequest:
    station: str
    time: int
    nonce: str
    signature: bytes


def read_headers(headers: Any) -> SignedRequest:
    """The authentication headers of a request, checked for form only."""
    station = headers.get(HEADER_STATION, "")
    time_text = headers.get(HEADER_TIME, "")
    nonce = headers.get(HEADER_NONCE, "")
    signature_text = headers.get(HEADER_SIGNATURE, "")
    if not (station and time_text and nonce and signature_text):
        raise ProtocolError(401, "unsigned", "the request is not signed")
    if not is_site_id(station) or not _NONCE.fullmatch(nonce):
        raise ProtocolError(401, "bad_signature", "malformed authentication headers")
    if not (time_text.isascii() and time_text.isdigit() and len(time_text) <= 12):
        raise ProtocolError(401, "bad_signature", "malformed time")
    try:
        signature = keys.unb64(signature_text)
    except ValueError as exc:
        raise ProtocolError(401, "bad_signature", "malformed signature") from exc
    if len(signature) != 64:
        raise ProtocolError(401, "bad_signature", "malformed signature")
    return SignedRequest(station, int(time_text), nonce, signature)


def verify_request(
    request: SignedRequest,
    public: keys.PublicKeys,
    method: str,
    target: str,
    body: bytes,
    now: int,
) -> None:
    if abs(now - request.time) > WINDOW_SECONDS:
        raise ProtocolError(401, "stale", "the request is outside the time window")
    message = _message(request.station, request.time, request.nonce, method, target, body)
    try:
        public.verifier().verify(request.signature, message)
    except InvalidSignature as exc:
        raise ProtocolError(401, "bad_signature", "the signature does not verify") from exc


# ---- several bundles in one body -----------------------------------------------------------
# A batch is a run of frames, each an ASCII line of fields separated by spaces, the last the
# byte size of what follows, then those bytes: `RECIPIENT ID SIZE\n` + bundle for an upload,
# `ID SIZE\n` + bundle for a download.


def frame(fields: tuple[str, ...], data: bytes) -> bytes:
    return " ".join((*fields, str(len(data)))).encode("ascii") + b"\n" + data


def frame_head(line: bytes, fields: int) -> tuple[list[str], int]:
    """A frame's fields and size from its head line (without the newline); ValueError when
    it is malformed."""
    if len(line) > MAX_FRAME_HEAD or not line.isascii():
        raise ValueError("frame head")
    parts = line.decode("ascii").split(" ")
    size = parts[-1]
    if len(parts) != fields + 1 or not size.isdigit() or len(size) > 12:
        raise ValueError("frame head")
    return parts[:-1], int(size)


def read_frames(body: bytes, fields: int) -> list[tuple[list[str], bytes]]:
    """Every frame of a batch body; ValueError when one is malformed or cut short."""
    frames: list[tuple[list[str], bytes]] = []
    at = 0
    while at < len(body):
        end = body.find(b"\n", at, at + MAX_FRAME_HEAD + 1)
        if end < 0:
            raise ValueError("frame head")
        head, size = frame_head(body[at:end], fields)
        at = end + 1 + size
        if at > len(body) or len(frames) >= MAX_BATCH_ITEMS:
            raise ValueError("frame")
        frames.append((head, body[end + 1 : at]))
    return frames


# ---- the roster ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterEntry:
    site_id: str
    role: str
    unit_code: str
    public: keys.PublicKeys
    revoked: bool


@dataclass(frozen=True)
class Roster:
    version: int
    hub: RosterEntry
    stations: dict[str, RosterEntry]  # every station, the hub included

    def active(self, site_id: str) -> RosterEntry | None:
        entry = self.stations.get(site_id)
        return entry if entry is not None and not entry.revoked else None


def roster_document(
    version: int, hub: dict[str, Any], stations: list[dict[str, Any]]
) -> dict[str, Any]:
    """The roster as the hub signs it; entries are {site_id, role, unit_code, sign, encrypt,
    revoked}."""
    return {"format": ROSTER_FORMAT, "version": version, "hub": hub, "stations": stations}


def sign_roster(signing: Ed25519PrivateKey, document: dict[str, Any]) -> bytes:
    """The upload body: the canonical document and the hub's signature over it."""
    data = canonical_json(document)
    signature = signing.sign(ROSTER_DOMAIN + data)
    return json.dumps({"roster": data.decode("utf-8"), "signature": keys.b64(signature)}).encode()


def _entry(data: Any) -> RosterEntry:
    if not isinstance(data, dict):
        raise ValueError("entry")
    site_id, role, unit = data.get("site_id"), data.get("role"), data.get("unit_code")
    revoked = data.get("revoked")
    if not (isinstance(site_id, str) and is_site_id(site_id)):
        raise ValueError("site_id")
    if role not in ("hub", "commune") or not isinstance(unit, str) or len(unit) > 16:
        raise ValueError("role")
    if not isinstance(revoked, bool):
        raise ValueError("revoked")
    sign, encrypt = data.get("sign"), data.get("encrypt")
    if not (isinstance(sign, str) and isinstance(encrypt, str)):
        raise ValueError("keys")
    public = keys.PublicKeys.from_json({"sign": sign, "encrypt": encrypt})
    return RosterEntry(site_id, role, unit, public, revoked)


def open_roster(body: bytes) -> tuple[Roster, bytes, bytes]:
    """Parse an uploaded roster: (roster, signed bytes, signature); its signature is checked
    by the caller against the pinned hub key."""
    if len(body) > MAX_ROSTER_BYTES:
        raise ProtocolError(413, "too_large", "the roster is too large")
    try:
        outer = json.loads(body)
        data = outer["roster"].encode("utf-8")
        signature = keys.unb64(outer["signature"])
        document = json.loads(data)
        if canonical_json(document) != data or document.get("format") != ROSTER_FORMAT:
            raise ValueError("not canonical")
        version = document["version"]
        if not isinstance(version, int) or isinstance(version, bool) or not 0 < version < 2**53:
            raise ValueError("version")
        hub = _entry(document["hub"])
        entries = [_entry(item) for item in document["stations"]]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeError, RecursionError) as exc:
        raise ProtocolError(400, "bad_roster", "the roster is malformed") from exc
    if hub.role != "hub" or hub.revoked:
        raise ProtocolError(400, "bad_roster", "the roster's hub entry is not a hub")
    stations = {entry.site_id: entry for entry in entries}
    stations[hub.site_id] = hub
    return Roster(version, hub, stations), data, signature


def verify_roster(data: bytes, signature: bytes, hub_public: keys.PublicKeys) -> None:
    try:
        hub_public.verifier().verify(signature, ROSTER_DOMAIN + data)
    except InvalidSignature as exc:
        raise ProtocolError(403, "bad_roster", "the roster is not signed by the hub") from exc
