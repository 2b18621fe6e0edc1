"""Attachment files both ways: the files the attachment rows of outgoing changes name, base64
in chunks within one bundle's budget, and the files an incoming payload brings, each checked
against its name (its sha256) and written before the import commits."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from desktop.models import attachments
from desktop.models.files import write_whole
from desktop.paths import DataDir
from sync import bundle, changes
from sync.context import Context

# One bundle carries at most this many bytes of attachments (the largest attachment fits);
# in the payload each file is base64 in chunks, so no string of it is long.
MAX_ATTACHMENT_BYTES = attachments.MAX_BYTES
ATTACHMENT_CHUNK = 576 * 1024  # 768 KiB of base64


def from_payload(payload: dict[str, Any]) -> dict[str, bytes]:
    """The attachment files a payload brings, each named by its sha256 and checked against it."""
    data = payload.get("attachments", {})
    if not isinstance(data, dict):
        raise changes.malformed("attachments")
    files = {}
    total = 0
    for sha, chunks in data.items():
        if not attachments.is_sha256(sha) or type(chunks) is not list:
            raise changes.malformed("attachments")
        try:
            content = b"".join(base64.b64decode(chunk, validate=True) for chunk in chunks)
        except (binascii.Error, TypeError, ValueError) as exc:
            raise changes.malformed("attachments") from exc
        total += len(content)
        if total > MAX_ATTACHMENT_BYTES or bundle.sha256(content) != sha:
            raise changes.malformed("attachments")
        files[sha] = content
    return files


def store(data_dir: DataDir, contents: dict[str, bytes]) -> None:
    """Content-addressed files: written before the commit, harmless if it then fails."""
    if not contents:
        return
    data_dir.attachments.mkdir(parents=True, exist_ok=True)
    for sha, content in contents.items():
        target = attachments.stored_path(data_dir, sha)
        if not target.exists():
            write_whole(target, content)


def files_for(station: Context, segments: list[changes.Segment]) -> dict[str, list[str]]:
    """The files the attachment rows of `segments` name, base64 in chunks, up to the budget."""
    files: dict[str, list[str]] = {}
    total = 0
    for segment in segments:
        if "attachment" not in segment.tables:
            continue
        columns, entries = segment.tables["attachment"]
        at = columns.index("sha256")
        for entry in entries:
            if entry[8] is None or entry[8][columns.index("deleted")]:
                continue
            sha = entry[8][at]
            if sha in files or not attachments.is_sha256(sha):
                continue
            path = attachments.stored_path(station.data_dir, sha)
            if not path.is_file():
                continue
            size = path.stat().st_size
            if total + size > MAX_ATTACHMENT_BYTES:
                continue  # the rest ride in the next bundle: their change is resent until acked
            total += size
            content = path.read_bytes()
            files[sha] = [
                base64.b64encode(content[i : i + ATTACHMENT_CHUNK]).decode("ascii")
                for i in range(0, len(content), ATTACHMENT_CHUNK)
            ]
    return files
