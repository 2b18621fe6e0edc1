"""The relay settings of a station: its address, how often to sync, when it last did.

Kept apart from the HTTP client so the window reads them without loading httpx at start-up.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from desktop.i18n import tr
from desktop.models.db import Database, set_setting, setting, transaction
from desktop.models.errors import UserError

RELAY_URL_KEY = "sync_relay_url"
LAST_SYNC_KEY = "sync_relay_last_at"
INTERVAL_KEY = "sync_relay_interval_minutes"
DEFAULT_INTERVAL_MINUTES = 15


def relay_url(db: Database) -> str | None:
    return setting(db, RELAY_URL_KEY)


def normalize_url(text: str) -> str:
    """`https://relay.example/` -> `https://relay.example`; refuses what is not http(s)."""
    url = text.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        raise UserError(
            tr(
                "“{url}” is not a relay address; write it like https://trungchuyen.danang.gov.vn."
            ).format(url=text.strip())
        )
    return url


def set_relay(db: Database, url: str | None) -> str | None:
    """Remember the relay's address (or forget it with None); returns what is stored."""
    value = normalize_url(url) if url else None
    with transaction(db):
        set_setting(db, RELAY_URL_KEY, value)
    return value


def last_sync(db: Database) -> str | None:
    return setting(db, LAST_SYNC_KEY)


def interval_minutes(db: Database) -> int:
    value = setting(db, INTERVAL_KEY)
    return int(value) if value and value.isascii() and value.isdigit() else DEFAULT_INTERVAL_MINUTES


def set_interval_minutes(db: Database, minutes: int) -> None:
    if not 1 <= minutes <= 24 * 60:
        raise UserError(tr("Automatic sync runs every 1 to 1440 minutes."))
    with transaction(db):
        set_setting(db, INTERVAL_KEY, str(minutes))
