"""Photos and scans attached to records: copied into the data dir under their sha256.

The file's bytes are stored once as `attachments/<sha256>` (the same scan attached twice costs
nothing more); the `attachment` row names the owner record and the file name the officer chose.
Removing an attachment tombstones its row; the bytes stay, so a restore from the trash works.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import tr
from desktop.models.db import Database, transaction
from desktop.models.errors import UserError, file_error
from desktop.models.files import copy_whole
from desktop.models.ids import uuid7
from desktop.models.records import RecordType
from desktop.models.rows import records
from desktop.paths import DataDir, OutsideFolder, confined

# Scans from a phone are a few MB; anything far larger is almost surely the wrong file.
MAX_BYTES = 50 * 1024 * 1024
OWNER_TABLES = ("receipt", "livelihood_model", "need", "survey")
_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True)
class Attachment:
    id: str
    file_name: str
    sha256: str
    size: int
    added_on: str


def is_sha256(name: object) -> bool:
    """Whether `name` is an attachment's name: exactly 64 lowercase hex digits."""
    return type(name) is str and len(name) == 64 and all(c in _HEX for c in name)


def stored_path(data_dir: DataDir, sha256: str) -> Path:
    """Where the bytes of an attachment are kept (its name checked: it comes from records,
    which may come from another station)."""
    if not is_sha256(sha256):
        raise UserError(
            tr("The attachment's name “{name}” is not a sha256 hash.").format(name=str(sha256)[:80])
        )
    return confined(data_dir.attachments, sha256)


def _digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _copy_in(data_dir: DataDir, source: Path, sha256: str) -> None:
    target = stored_path(data_dir, sha256)
    if target.exists():
        return
    data_dir.attachments.mkdir(parents=True, exist_ok=True)
    # Written whole: a crash never leaves a half file named by a hash it does not have.
    copy_whole(source, target)


def add(
    db: Database,
    data_dir: DataDir,
    owner_table: str,
    owner_id: str,
    source: str | os.PathLike[str],
    *,
    commune_code: str | None,
) -> str:
    """Copy `source` into the data dir and attach it to the record; the attachment's id."""
    if owner_table not in OWNER_TABLES:
        raise ValueError(f"attachments are not kept for {owner_table!r}")
    path = Path(source)
    if not path.is_file():
        raise UserError(tr("The file {name} cannot be found.").format(name=path.name))
    if path.stat().st_size > MAX_BYTES:
        raise UserError(
            tr("The file {name} is larger than 50 MB; attach a smaller scan or photo.").format(
                name=path.name
            )
        )
    try:
        sha256, size = _digest(path)
        _copy_in(data_dir, path, sha256)
    except OSError as exc:
        raise file_error(exc, path.name) from exc
    attachment_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO attachment (id, commune_code, owner_table, owner_id, file_name, sha256, "
            "size, added_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attachment_id,
                commune_code,
                owner_table,
                owner_id,
                path.name,
                sha256,
                size,
                dt.date.today().isoformat(),
            ),
        )
    return attachment_id


def save_with_files(
    db: Database,
    data_dir: DataDir,
    owner_table: str,
    save: Callable[[], str],
    sources: Iterable[str | os.PathLike[str]],
    *,
    commune_code: str | None,
) -> str:
    """Save a record (`save()` returns its id) and attach `sources` to it in one transaction: a
    file that cannot be attached leaves neither the record nor any file saved, so trying again
    writes one record, not a second copy."""
    with transaction(db):
        owner_id = save()
        add_all(db, data_dir, owner_table, owner_id, sources, commune_code=commune_code)
    return owner_id


def add_all(
    db: Database,
    data_dir: DataDir,
    owner_table: str,
    owner_id: str,
    sources: Iterable[str | os.PathLike[str]],
    *,
    commune_code: str | None,
) -> list[str]:
    """Attach every file of `sources` or, if one cannot be attached, none of them."""
    with transaction(db):
        return [
            add(db, data_dir, owner_table, owner_id, source, commune_code=commune_code)
            for source in sources
        ]


def listing(db: Database, owner_table: str, owner_id: str) -> list[Attachment]:
    """The record's attachments, oldest first."""
    return records(
        Attachment,
        db.execute(
            "SELECT id, file_name, sha256, size, added_on FROM attachment WHERE owner_table = ? "
            "AND owner_id = ? AND deleted = 0 ORDER BY id",
            [owner_table, owner_id],
        ),
    )


def viewable_copy(data_dir: DataDir, attachment: Attachment) -> Path:
    """A copy of the attachment under its own file name in the temp folder, so the system's
    viewer knows its type; the stored file (named by hash) is never handed out to be edited."""
    source = stored_path(data_dir, attachment.sha256)
    folder = Path(tempfile.gettempdir()) / f"ketnghia-{attachment.sha256[:12]}"
    folder.mkdir(parents=True, exist_ok=True)
    # the officer's name for the file, reduced to its last part whichever slash it used
    name = attachment.file_name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if name in ("", ".", "..") or ":" in name or "\x00" in name:
        name = attachment.sha256
    try:
        target = confined(folder, name)
    except OutsideFolder:
        target = confined(folder, attachment.sha256)
    if not target.exists():
        copy_whole(source, target)  # written whole: a half copy would be shown for good
    return target


def remove(db: Database, attachment_id: str) -> None:
    """Tombstone the attachment (its bytes stay for a restore)."""
    with transaction(db) as conn:
        conn.execute("UPDATE attachment SET deleted = 1 WHERE id = ?", (attachment_id,))


# ---- the record types of this module (desktop.models.records) --------------------

RECORD_TYPES = (RecordType("attachment", lambda: tr("Attachment"), "t.file_name", part=True),)
