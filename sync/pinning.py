"""The commune's side of enrollment: the request it waits on, the welcome it accepts, the hub
it pins.

Enrollment is mutual. The commune keeps the hash of the request it sent; the hub's welcome
names that hash inside its signed manifest, so a welcome answers exactly one request. The
commune officer types the hub's fingerprint, read out by the district officer by phone, and
the welcome is accepted only when it matches the keys that signed it. Whoever carries the
files can neither answer the request with a welcome of their own nor replay another welcome.
A commune pinned to a hub refuses every other hub's welcome unless its officer asked to
re-enroll (a new request made with `re_enroll`); accepting that welcome revokes the old hub
here and resends this station's changes to the new one.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr
from desktop.models.db import setting
from sync import bundle, keys, ledger
from sync.bundle import BundleRefused

PENDING_KEY = "enroll_request_sha256"  # the request this station waits to be welcomed for
RE_ENROLL_KEY = "enroll_re_enroll"  # "1" when that request may replace the pinned hub


@dataclass(frozen=True)
class StationInfo:
    """The `station` field of a request or welcome manifest: who signs it, with which keys."""

    site_id: str
    role: str
    unit_code: str
    name: str
    officer: str
    public: keys.PublicKeys


def station_info(manifest: dict[str, Any], role: str) -> StationInfo:
    """The manifest's `station` field, every part checked (raises BundleRefused)."""
    info = manifest.get("station")
    malformed = bundle.refuse(
        "malformed",
        tr("The bundle's manifest is malformed ({detail}).").format(detail="station"),
    )
    if not isinstance(info, dict) or info.get("site_id") != manifest["sender"]:
        raise malformed
    texts = [info.get(name) for name in ("role", "unit_code", "name", "officer")]
    if not all(bundle.is_text(t, bundle.MAX_KEY) for t in texts) or info["role"] != role:
        raise malformed
    if info["unit_code"] != manifest["sender_unit"]:
        raise malformed
    raw = info.get("keys")
    if not isinstance(raw, dict) or not all(
        bundle.is_text(raw.get(k), 64) for k in ("sign", "encrypt")
    ):
        raise malformed
    try:
        public = keys.PublicKeys.from_json(raw)
    except ValueError as exc:  # bad base64 or not 32 bytes (binascii.Error is a ValueError)
        raise malformed from exc
    return StationInfo(
        info["site_id"], role, info["unit_code"], info["name"], info["officer"], public
    )


def pending_request(conn: sqlite3.Connection) -> str | None:
    """The hash of the enrollment request this station waits on, if any."""
    return setting(conn, PENDING_KEY) or None


def re_enrolling(conn: sqlite3.Connection) -> bool:
    return setting(conn, RE_ENROLL_KEY) == "1"


def note_request(conn: sqlite3.Connection, sha: str, *, re_enroll: bool) -> None:
    """Remember the request just written (inside the caller's transaction)."""
    ledger.set_local(conn, PENDING_KEY, sha)
    ledger.set_local(conn, RE_ENROLL_KEY, "1" if re_enroll else "0")


def check_welcome(
    conn: sqlite3.Connection,
    db: Any,
    opened: bundle.Opened,
    hub_fingerprint: str | None,
) -> StationInfo:
    """Refuse a welcome unless it is signed by the hub it names, answers this station's
    pending request, matches the fingerprint the officer typed, and may replace the hub this
    station is pinned to."""
    info = station_info(opened.manifest, "hub")
    if info.site_id == ledger.self_station(conn).site_id:
        raise BundleRefused(
            "own_bundle",
            tr("This bundle was made by this station itself; it is meant for the other side."),
        )
    bundle.verify_signature(opened, info.public)
    if ledger.seen_sha(conn, opened.sha256):
        return info  # accepted before: the import reports it as a duplicate
    pinned = ledger.hub_site(conn)
    same_hub = (
        pinned is not None
        and pinned == opened.sender
        and keys.station_public(db, pinned) == info.public
    )
    if pinned is not None and not same_hub and not re_enrolling(conn):
        raise BundleRefused(
            "other_hub",
            tr(
                "This station is already enrolled with another district hub. To move it to this "
                "hub, make a new enrollment request for re-enrollment first."
            ),
        )
    request = opened.manifest.get("request")
    pending = pending_request(conn)
    if pending is None or request != pending:
        raise BundleRefused(
            "not_our_request",
            tr(
                "This welcome bundle does not answer this station's latest enrollment request; "
                "it was made for another request or another station. Ask the district for the "
                "welcome to the request sent last."
            ),
        )
    if hub_fingerprint is None or not keys.normalize_fingerprint(hub_fingerprint):
        raise BundleRefused(
            "hub_fingerprint_needed",
            tr(
                "A welcome bundle is accepted only with the district hub's fingerprint: ask the "
                "district officer to read it by phone and type it (ketnghia sync import WELCOME "
                "--hub-fingerprint DIGITS)."
            ),
        )
    if keys.normalize_fingerprint(hub_fingerprint) != keys.normalize_fingerprint(
        info.public.fingerprint
    ):
        raise BundleRefused(
            "hub_fingerprint",
            tr(
                "The district hub's fingerprint does not match this welcome bundle; do not "
                "accept it. Ask the district officer to read the digits on their stations page "
                "again."
            ),
        )
    return info


def pin(conn: sqlite3.Connection, info: StationInfo) -> None:
    """Pin the welcoming hub (inside the import's transaction); a re-enrollment revokes the
    hub pinned before and makes every change of this station go to the new hub."""
    pinned = ledger.hub_site(conn)
    row = conn.execute(
        "SELECT sign_public_key, enc_public_key FROM station WHERE site_id = ?", (info.site_id,)
    ).fetchone()
    stored = row is not None and row == (keys.b64(info.public.sign), keys.b64(info.public.encrypt))
    if pinned == info.site_id and stored:
        pass  # the same hub welcomes a request of this station again
    else:
        if pinned is not None:
            conn.execute(
                "UPDATE station SET revoked_at = ? WHERE site_id = ? AND revoked_at IS NULL",
                (ledger.now(), pinned),
            )
            ledger.reset_acked_seq(conn)  # the new hub has none of this station's changes yet
        conn.execute("DELETE FROM station WHERE site_id = ? AND is_self = 0", (info.site_id,))
        ledger.add_station(
            conn,
            info.site_id,
            "hub",
            info.unit_code,
            info.name,
            info.officer,
            keys.b64(info.public.sign),
            keys.b64(info.public.encrypt),
        )
        ledger.set_hub_site(conn, info.site_id)
    ledger.set_local(conn, PENDING_KEY, None)
    ledger.set_local(conn, RE_ENROLL_KEY, None)
