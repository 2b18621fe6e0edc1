"""Reference data (administrative units, vocabularies) both ways: the hub sends its files when
they are newer than a station's, and a commune station checks and installs them."""

from __future__ import annotations

import base64
import sqlite3
from typing import Any

from desktop.i18n import tr
from desktop.models import reference
from sync import changes
from sync.bundle import BundleRefused
from sync.context import Context


def load(station: Context, data: Any, declared: str) -> None:
    """Install the reference files a bundle brings (only the hub sends them, never older)."""
    if station.is_hub:
        raise BundleRefused(
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
        raise BundleRefused(
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


def newer_than(conn: sqlite3.Connection, peer_version: str | None) -> dict[str, bytes] | None:
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


def payload(files: dict[str, bytes]) -> dict[str, Any]:
    return {
        "version": files["VERSION"].decode().strip(),
        "files": {name: base64.b64encode(data).decode("ascii") for name, data in files.items()},
    }
