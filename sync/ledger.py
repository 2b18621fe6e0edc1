"""The sync engine's bookkeeping tables: applied positions, held segments, peers and their acks,
bundles seen and made, this station's bundle numbers and the stations it knows.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from desktop.models import reference
from desktop.models.db import set_setting, setting
from desktop.models.listing import Field, Listing

NUMBER_KEY = "sync_bundle_number"
LAST_SHA_KEY = "sync_last_bundle_sha256"
HUB_KEY = "sync_hub_site_id"
ACKED_KEY = "acked_seq"  # read by desktop.models.changelog.pending_count
ACKED_AT_KEY = "sync_acked_at"


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Station:
    site_id: str
    role: str
    unit_code: str
    name: str
    officer: str | None
    enrolled_at: str | None
    revoked_at: str | None
    is_self: bool


def _stations(conn: sqlite3.Connection, where: str, params: tuple = ()) -> list[Station]:
    """The stations the SQL `where` (and ordering) picks, read by column name."""
    cursor = conn.cursor()
    cursor.row_factory = sqlite3.Row
    rows = cursor.execute(
        "SELECT site_id, role, unit_code, name, officer, enrolled_at, revoked_at, is_self "
        f"FROM station {where}",
        params,
    )
    return [
        Station(
            site_id=row["site_id"],
            role=row["role"],
            unit_code=row["unit_code"],
            name=row["name"],
            officer=row["officer"],
            enrolled_at=row["enrolled_at"],
            revoked_at=row["revoked_at"],
            is_self=bool(row["is_self"]),
        )
        for row in rows
    ]


def station(conn: sqlite3.Connection, site_id: str) -> Station | None:
    found = _stations(conn, "WHERE site_id = ?", (site_id,))
    return found[0] if found else None


def stations(conn: sqlite3.Connection) -> list[Station]:
    return _stations(conn, "ORDER BY is_self DESC, unit_code, enrolled_at")


def self_station(conn: sqlite3.Connection) -> Station:
    [me] = _stations(conn, "WHERE is_self = 1")
    return me


def active_commune_stations(conn: sqlite3.Connection, commune: str | None = None) -> list[Station]:
    """Active commune stations; with `commune`, those of that commune (a station set up before the
    2025 reform counts for the commune its unit became)."""
    where = "WHERE is_self = 0 AND role = 'commune' AND revoked_at IS NULL"
    params: tuple = ()
    if commune is not None:
        where += " AND unit_code IN (SELECT value FROM json_each(?))"
        params = (json.dumps(sorted(reference.family(conn, commune))),)
    return _stations(conn, where + " ORDER BY enrolled_at", params)


def enrolled_count(conn: sqlite3.Connection) -> int:
    """How many other stations are enrolled and not revoked (the hub's status line)."""
    return conn.execute(
        "SELECT count(*) FROM station WHERE is_self = 0 AND revoked_at IS NULL"
    ).fetchone()[0]


def enrollment_requested(conn: sqlite3.Connection) -> bool:
    """Whether this station has made an enrollment request."""
    return conn.execute("SELECT 1 FROM sync_sent WHERE kind = 'enroll'").fetchone() is not None


def add_station(
    conn: sqlite3.Connection,
    site_id: str,
    role: str,
    unit_code: str,
    name: str,
    officer: str | None,
    sign_key: str,
    encrypt_key: str,
) -> None:
    """Record another station and its public keys (base64), enrolled now."""
    conn.execute(
        "INSERT INTO station (site_id, role, unit_code, name, officer, sign_public_key, "
        "enc_public_key, enrolled_at, is_self) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
        (site_id, role, unit_code, name, officer, sign_key, encrypt_key, now()),
    )


def hub_site(conn: sqlite3.Connection) -> str | None:
    return setting(conn, HUB_KEY)


def set_hub_site(conn: sqlite3.Connection, site_id: str) -> None:
    set_setting(conn, HUB_KEY, site_id)


# ---- numbering -----------------------------------------------------------------------------


def next_number(conn: sqlite3.Connection) -> tuple[int, str]:
    """The number of the next bundle made here and the hash of the previous one."""
    return int(setting(conn, NUMBER_KEY) or 0) + 1, setting(conn, LAST_SHA_KEY) or ""


def record_sent(
    conn: sqlite3.Connection,
    number: int,
    recipient: str,
    kind: str,
    sha: str,
    file_name: str,
    changes: int,
) -> None:
    set_setting(conn, NUMBER_KEY, str(number))
    set_setting(conn, LAST_SHA_KEY, sha)
    conn.execute(
        "INSERT INTO sync_sent (number, recipient, kind, sha256, file_name, changes, made_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (number, recipient, kind, sha, file_name, changes, now()),
    )


# ---- positions -----------------------------------------------------------------------------


def applied(conn: sqlite3.Connection, origin: str) -> int:
    row = conn.execute("SELECT applied_seq FROM sync_stream WHERE origin = ?", (origin,)).fetchone()
    return row[0] if row else 0


def all_applied(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT origin, applied_seq FROM sync_stream ORDER BY origin"))


def set_applied(conn: sqlite3.Connection, origin: str, seq: int) -> None:
    conn.execute(
        "INSERT INTO sync_stream (origin, applied_seq, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (origin) DO UPDATE SET applied_seq = MAX(applied_seq, excluded.applied_seq), "
        "updated_at = excluded.updated_at",
        (origin, seq, now()),
    )


def local_last_seq(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()[0]


def acked_seq(conn: sqlite3.Connection) -> int:
    return int(setting(conn, ACKED_KEY) or 0)


def set_acked_seq(conn: sqlite3.Connection, seq: int) -> None:
    if seq > acked_seq(conn):
        set_setting(conn, ACKED_KEY, str(seq))
        set_setting(conn, ACKED_AT_KEY, now())


def reset_acked_seq(conn: sqlite3.Connection) -> None:
    """Nothing of this station is acknowledged (it re-enrolled with a new hub)."""
    set_setting(conn, ACKED_KEY, "0")
    set_setting(conn, ACKED_AT_KEY, None)


def set_acked_by_hub(conn: sqlite3.Connection, seq: int) -> None:
    """A commune takes the hub's word for how far it holds this station's changes: a lower
    figure than before means the hub was restored from a backup, and the rest is sent again
    (resending what the hub has is a no-op there)."""
    if seq > acked_seq(conn):
        set_acked_seq(conn, seq)
    elif seq < acked_seq(conn):
        set_setting(conn, ACKED_KEY, str(seq))


def acked_at(conn: sqlite3.Connection) -> str | None:
    return setting(conn, ACKED_AT_KEY)


# ---- peers ---------------------------------------------------------------------------------


def peer_acks(conn: sqlite3.Connection, peer: str) -> dict[str, int]:
    return dict(conn.execute("SELECT origin, seq FROM sync_peer_ack WHERE peer = ?", (peer,)))


def raise_peer_ack(conn: sqlite3.Connection, peer: str, origin: str, seq: int) -> None:
    conn.execute(
        "INSERT INTO sync_peer_ack (peer, origin, seq) VALUES (?, ?, ?) "
        "ON CONFLICT (peer, origin) DO UPDATE SET seq = MAX(seq, excluded.seq)",
        (peer, origin, seq),
    )


def peer_echo(conn: sqlite3.Connection, peer: str) -> dict[str, int]:
    row = conn.execute("SELECT echo FROM sync_peer WHERE site_id = ?", (peer,)).fetchone()
    return json.loads(row[0]) if row else {}


def peer_reference_version(conn: sqlite3.Connection, peer: str) -> str | None:
    row = conn.execute(
        "SELECT reference_version FROM sync_peer WHERE site_id = ?", (peer,)
    ).fetchone()
    return row[0] if row else None


def note_peer(
    conn: sqlite3.Connection,
    peer: str,
    *,
    echo: dict[str, int] | None = None,
    reference_version: str | None = None,
    number: int | None = None,
) -> None:
    conn.execute("INSERT OR IGNORE INTO sync_peer (site_id) VALUES (?)", (peer,))
    if echo is not None:
        merged = peer_echo(conn, peer)
        for origin, seq in echo.items():
            merged[origin] = max(seq, merged.get(origin, 0))
        conn.execute("UPDATE sync_peer SET echo = ? WHERE site_id = ?", (json.dumps(merged), peer))
    if reference_version is not None:
        conn.execute(
            "UPDATE sync_peer SET reference_version = ? WHERE site_id = ?",
            (reference_version, peer),
        )
    if number is not None:
        conn.execute(
            "UPDATE sync_peer SET last_number = MAX(COALESCE(last_number, 0), ?), "
            "last_bundle_at = ?, acks_sent = NULL WHERE site_id = ?",
            (number, now(), peer),
        )


def note_peer_clock(conn: sqlite3.Connection, peer: str, stamp: str) -> None:
    """Raise the highest clock stamp seen from `peer` to `stamp`."""
    conn.execute("INSERT OR IGNORE INTO sync_peer (site_id) VALUES (?)", (peer,))
    conn.execute(
        "UPDATE sync_peer SET max_hlc = ? WHERE site_id = ? AND (max_hlc IS NULL OR max_hlc < ?)",
        (stamp, peer, stamp),
    )


def acks_sent(conn: sqlite3.Connection, peer: str) -> dict[str, int] | None:
    row = conn.execute("SELECT acks_sent FROM sync_peer WHERE site_id = ?", (peer,)).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def set_acks_sent(conn: sqlite3.Connection, peer: str, acks: dict[str, int]) -> None:
    conn.execute("INSERT OR IGNORE INTO sync_peer (site_id) VALUES (?)", (peer,))
    conn.execute("UPDATE sync_peer SET acks_sent = ? WHERE site_id = ?", (json.dumps(acks), peer))


# ---- bundles seen --------------------------------------------------------------------------


def seen_sha(conn: sqlite3.Connection, sha: str) -> bool:
    return conn.execute("SELECT 1 FROM sync_bundle WHERE sha256 = ?", (sha,)).fetchone() is not None


def seen_number(conn: sqlite3.Connection, sender: str, number: int) -> str | None:
    row = conn.execute(
        "SELECT sha256 FROM sync_bundle WHERE sender = ? AND number = ?", (sender, number)
    ).fetchone()
    return row[0] if row else None


def record_seen(
    conn: sqlite3.Connection,
    sha: str,
    sender: str,
    number: int,
    previous: str,
    kind: str,
    applied_count: int,
    held: int,
    conflicts: int,
) -> None:
    conn.execute(
        "INSERT INTO sync_bundle (sha256, sender, number, previous, kind, received_at, applied, "
        "held, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha, sender, number, previous, kind, now(), applied_count, held, conflicts),
    )


# The inbox page's list of received bundles, newest first (the view adds titles and formatting).
RECEIVED = Listing(
    "sync_bundle b LEFT JOIN station s ON s.site_id = b.sender",
    (
        Field("received_on", "substr(b.received_at, 1, 10)", "date"),
        Field("received_time", "substr(b.received_at, 12, 5)"),
        Field(
            "commune",
            "COALESCE((SELECT u.name FROM admin_unit u WHERE u.code = s.unit_code "
            "ORDER BY u.valid_to IS NULL DESC, u.valid_from DESC LIMIT 1), s.unit_code)",
        ),
        Field("station", "s.name"),
        Field("number", "b.number", "int"),
        Field("kind", "b.kind"),
        Field("applied", "b.applied", "int"),
        Field("held", "b.held", "int"),
        Field("conflicts", "b.conflicts", "int"),
    ),
    "b.received_at DESC, b.number DESC",
    "b.sha256",
)


def set_local(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """A setting written inside the caller's transaction."""
    set_setting(conn, key, value)
