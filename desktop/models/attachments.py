"""Photos and scans attached to records: copied into the data dir under their sha256.

The file's bytes are stored once as `attachments/<sha256>` (the same scan attached twice costs
nothing more); the `attachment` row names the owner record and the file name the officer chose.
Removing an attachment tombstones its row; the bytes stay, so a restore from the trash works.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import tr
from desktop.models import os_errors
from desktop.models.db import Database, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.paths import DataDir

# Scans from a phone are a few MB; anything far larger is almost surely the wrong file.
MAX_BYTES = 50 * 1024 * 1024
OWNER_TABLES = ("receipt", "livelihood_model", "need", "survey")


@dataclass(frozen=True)
class Attachment:
    id: str
    file_name: str
    sha256: str
    size: int
    added_on: str


def stored_path(data_dir: DataDir, sha256: str) -> Path:
    """Where the bytes of an attachment are kept."""
    return data_dir.attachments / sha256


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
    # Copy to a temporary name, flush, then rename: a crash never leaves a half file named by
    # a hash it does not have.
    handle, temp = tempfile.mkstemp(dir=data_dir.attachments, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


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
        raise UserError(
            tr("The file {name} could not be copied: {error}").format(
                name=path.name, error=os_errors.reason(exc)
            )
        ) from exc
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


def listing(db: Database, owner_table: str, owner_id: str) -> list[Attachment]:
    """The record's attachments, oldest first."""
    return [
        Attachment(*row)
        for row in db.execute(
            "SELECT id, file_name, sha256, size, added_on FROM attachment WHERE owner_table = ? "
            "AND owner_id = ? AND deleted = 0 ORDER BY id",
            [owner_table, owner_id],
        )
    ]


def viewable_copy(data_dir: DataDir, attachment: Attachment) -> Path:
    """A copy of the attachment under its own file name in the temp folder, so the system's
    viewer knows its type; the stored file (named by hash) is never handed out to be edited."""
    folder = Path(tempfile.gettempdir()) / f"ketnghia-{attachment.sha256[:12]}"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(attachment.file_name).name
    if not target.exists():
        shutil.copyfile(stored_path(data_dir, attachment.sha256), target)
    return target


def remove(db: Database, attachment_id: str) -> None:
    """Tombstone the attachment (its bytes stay for a restore)."""
    with transaction(db) as conn:
        conn.execute("UPDATE attachment SET deleted = 1 WHERE id = ?", (attachment_id,))
