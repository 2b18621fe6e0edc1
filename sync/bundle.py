"""The bundle file: one zip with three stored members, read in memory, never extracted to disk.

    manifest.json  canonical JSON naming format, kind, sender, recipient, number, previous
                   bundle's hash, change ranges, schema, reference-data version, acks,
                   payload hash and sizes
    signature      Ed25519 over DOMAIN + manifest bytes (64 bytes)
    payload        the payload JSON, zlib-compressed (preset dictionary: frequent words of the
                   reference data and the synced tables of the bundle's schema version, see
                   schema_dictionary), then encrypted to the recipient
                   (ephemeral X25519 -> HKDF-SHA256 -> AES-256-GCM); empty for an enrollment request

Reading checks every size against a cap before it parses anything, and rebuilds the zip from
its members: the file must equal the rebuilt bytes exactly, so no byte outside the signed
manifest and hashed payload can change unnoticed. The payload is inflated and checked as a
stream (bytes, then JSON tokens when the bytes do not bound its cost) before it is built, so
refusing any payload costs about twice the file, never what it would inflate to. Every refusal is a `BundleRefused` with a
code for programs and a sentence for people.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import os
import re
import sqlite3
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

import ijson.backends.yajl2_c as _json_stream  # type: ignore[import-untyped]  # ijson has no hints
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from ijson.common import JSONError  # type: ignore[import-untyped]  # ijson has no hints

import resources
from desktop.i18n import tr
from desktop.models import migrations
from desktop.models.changelog import SYNC_COLUMNS, synced_tables, table_columns
from sync import bundle_zip, json_text
from sync.keys import PublicKeys, b64, unb64

FORMAT_VERSION = 1
EXTENSION = ".ketnghia"
KINDS = ("enroll", "welcome", "changes", "ack")
MEMBERS = ("manifest.json", "signature", "payload")
# Caps, from what real bundles need: a week's bundle of a commune is ~4 KB; the welcome of a
# second PC of the demo commune at 10,000 households is 2.6 MB holding 20 MB of JSON (71,000
# records), and its first bundle to the hub the same. Records get more than twice that,
# attachments their own budget (sync.attachments_sync.MAX_ATTACHMENT_BYTES, base64 in the payload).
MAX_RECORDS_PLAIN_BYTES = 48 * 1024 * 1024
MAX_ATTACHMENTS_PLAIN_BYTES = 68 * 1024 * 1024  # 50 MiB of attachment bytes as base64, and chunking
MAX_PLAIN_BYTES = MAX_RECORDS_PLAIN_BYTES + MAX_ATTACHMENTS_PLAIN_BYTES
MAX_FILE_BYTES = 64 * 1024 * 1024  # the deflated payload: base64 shrinks to 3/4, records to 1/8
MAX_MANIFEST_BYTES = 64 * 1024  # ranges and acks of a district's stations: a few KB
SIGNATURE_BYTES = 64
MAX_TEXT = 1024 * 1024  # one string of the payload (an attachment travels in chunks of 768 KiB)
MAX_KEY = 256  # one key of an object in the payload (tables, columns, station ids, hashes)
MAX_DEPTH = 16  # nesting of the payload; a change is 8 levels deep
_LONGEST_STRING = 6 * MAX_TEXT + 2  # a string's JSON text: every character a \uXXXX, and quotes
# What the decoded payload may cost in memory: the objects it becomes, estimated while it is
# checked in a stream, before anything is built. The welcome of 10,000 households costs 71 MB,
# 28x its file (64x leaves room for more regular data); the floor covers small bundles.
MAX_OBJECT_BYTES = 160 * 1024 * 1024
OBJECT_BYTES_PER_FILE_BYTE = 64
OBJECT_BYTES_FLOOR = 8 * 1024 * 1024
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
STREAM_CHUNK = 64 * 1024
# A payload's plain bytes are kept from its first reading for the next ones (rather than
# inflated again for each) when they are few: at most 4 MiB + 2x the file (a hub's first
# bundle of a commune of 1,200 households: 3.7 MB for a file of 0.5 MB) and 16 MiB, so that
# refusing it still costs less than the 5x the file + 16 MB that bench_bundle_bombs allows.
# A payload that inflates further is inflated anew for each reading.
KEPT_PLAIN_FLOOR = 4 * 1024 * 1024
KEPT_PLAIN_PER_FILE_BYTE = 2
KEPT_PLAIN_MOST = 16 * 1024 * 1024
MEMBER_CAPS = {
    "manifest.json": MAX_MANIFEST_BYTES,
    "signature": SIGNATURE_BYTES,
    "payload": MAX_FILE_BYTES,
}
ZIP_MAGIC = b"PK\x03\x04"
ZIP_END = b"PK\x05\x06"
SIGN_DOMAIN = b"ketnghia bundle manifest v1\x00"
PAYLOAD_INFO = b"ketnghia payload v1\x00"
CIPHER = "x25519-hkdf-aes256gcm"
COMPRESSION = "zlib-words1"  # what this program writes (see schema_dictionary)
COMPRESSIONS = ("zlib-schema", COMPRESSION)  # what it reads


class BundleRefused(Exception):
    """A bundle that is not accepted; `message` says why in the user's language."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def canonical_json(value: Any) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8, no floats needed."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256(data: bytes | memoryview) -> str:
    return hashlib.sha256(data).hexdigest()


def file_name(
    sender_unit: str, sender: str, recipient_unit: str, recipient: str, number: int
) -> str:
    """`20705-1a2b3c4d_503-9f8e7d6c_000012.ketnghia`: sender, recipient, bundle number."""
    who = f"{sender_unit}-{sender[-8:]}"
    if not recipient:
        return f"{who}_dang-ky_{number:06d}{EXTENSION}"
    return f"{who}_{recipient_unit}-{recipient[-8:]}_{number:06d}{EXTENSION}"


# ---- writing -------------------------------------------------------------------------------


def pack(
    manifest: bytes | memoryview, signature: bytes | memoryview, payload: bytes | memoryview
) -> bytes:
    """The zip bytes of the three members, the same bytes for the same members on any PC."""
    return bundle_zip.stored_zip(MEMBERS, (manifest, signature, payload))


def _payload_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=PAYLOAD_INFO + ephemeral + recipient
    ).derive(shared)


@functools.lru_cache(maxsize=8)
def schema_dictionary(schema: int, compression: str = COMPRESSION) -> bytes:
    """The zlib preset dictionary of a compression id (one of COMPRESSIONS) and schema version.

    "zlib-schema" (bundles of earlier programs): the synced tables' column names as JSON.
    "zlib-words1": the words of resources/sync/zlib-words1.txt (taken once from the reference
    data: ethnic groups, the program's rules, categories and examples, the poverty indicators;
    frozen), then an empty payload of the synced tables as `build` writes one, the most
    frequent strings last, where zlib reaches them cheapest. A week's bundle shrinks by the
    structure, codes and words it no longer spells out (bundle_week: its compressed payload 9%
    smaller than with "zlib-schema", 3,269 B instead of 3,587 B).

    Built from the migration scripts up to `schema`, which never change once released, so
    every program that knows that schema builds the same bytes; a compression id's words never
    change either (tests/sync/test_bundle_compression.py pins every released dictionary).
    """
    conn = sqlite3.connect(":memory:")
    try:
        for number in range(1, schema + 1):
            conn.executescript("\n".join(migrations.SCRIPTS.get(number, [])))
        columns = {
            table: [c for c in table_columns(conn, table) if c not in SYNC_COLUMNS]
            for table in synced_tables(conn)
        }
    finally:
        conn.close()
    if compression == "zlib-schema":
        return canonical_json(columns)
    words = resources.path("sync", f"{compression}.txt").read_bytes()
    change = [0, "upsert", "", "", "", "", "", ""]
    skeleton = {
        "streams": [
            {
                "origin": "",
                "from": 0,
                "to": 0,
                "tables": {
                    table: {"columns": [*names, "deleted"], "changes": [[*change, [None, 0]]]}
                    for table, names in columns.items()
                },
            }
        ],
        "acked": {},
        "attachments": {},
    }
    return words + json.dumps(skeleton, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal(plain: bytes, recipient: PublicKeys, schema: int) -> tuple[bytes, dict[str, Any]]:
    """Compress and encrypt `plain` to the recipient; returns the ciphertext and its manifest entry."""
    deflater = zlib.compressobj(
        9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, schema_dictionary(schema, COMPRESSION)
    )
    compressed = deflater.compress(plain) + deflater.flush()
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key = _payload_key(ephemeral.exchange(recipient.encryption_key()), epk, recipient.encrypt)
    nonce = os.urandom(12)
    cipher = AESGCM(key).encrypt(nonce, compressed, PAYLOAD_INFO)
    return cipher, {
        "cipher": CIPHER,
        "compression": COMPRESSION,
        "epk": b64(epk),
        "nonce": b64(nonce),
        "plain_size": len(plain),
        "sha256": sha256(cipher),
        "size": len(cipher),
    }


def build(
    manifest: dict[str, Any],
    payload: dict[str, Any] | None,
    signer: Ed25519PrivateKey,
    recipient: PublicKeys | None,
) -> bytes:
    """The bundle bytes: `payload` encrypted to `recipient` (None: no payload), manifest signed."""
    manifest = dict(manifest, format=FORMAT_VERSION)
    if payload is None:
        cipher = b""
        manifest["payload"] = {"cipher": "none", "sha256": sha256(b""), "size": 0, "plain_size": 0}
    else:
        if recipient is None:
            raise ValueError("an encrypted payload needs a recipient")
        plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        cipher, manifest["payload"] = seal(plain, recipient, manifest["schema"])
    manifest_bytes = canonical_json(manifest)
    signature = signer.sign(SIGN_DOMAIN + manifest_bytes)
    return pack(manifest_bytes, signature, cipher)


# ---- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    """A bundle whose structure and sizes passed; signature and payload not yet checked."""

    data: bytes
    sha256: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    signature: bytes
    payload: bytes | memoryview  # a view into `data`, not a copy

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def sender(self) -> str:
        return self.manifest["sender"]

    @property
    def number(self) -> int:
        return self.manifest["number"]


def refuse(code: str, message: str) -> BundleRefused:
    return BundleRefused(code, message)


def read_file(path: Path) -> bytes:
    """The file's bytes, read only after its size and first bytes look like a bundle."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise refuse("missing", tr("The file does not exist.")) from exc
    if size == 0:
        raise refuse("empty", tr("The file is empty."))
    # unbuffered: a junk file costs only the bytes of the signature check
    with path.open("rb", buffering=0) as handle:
        head = handle.read(len(ZIP_MAGIC))
        if head != ZIP_MAGIC:
            raise refuse("not_bundle", tr("The file is not a Sổ Kết Nghĩa bundle."))
        if size > MAX_FILE_BYTES:
            raise refuse(
                "too_large",
                tr("The file is larger than a bundle may be ({size} bytes, at most {cap}).").format(
                    size=size, cap=MAX_FILE_BYTES
                ),
            )
        # one read into one buffer sized from the file (no chunks to join, no head to
        # prepend); one byte more shows a file that grew meanwhile
        handle.seek(0)
        data = handle.read(size + 1)
    if len(data) > MAX_FILE_BYTES:
        raise refuse(
            "too_large",
            tr("The file is larger than a bundle may be ({size} bytes, at most {cap}).").format(
                size=len(data), cap=MAX_FILE_BYTES
            ),
        )
    return data


def _damaged() -> BundleRefused:
    return refuse("damaged", tr("The file is damaged: some of its bytes were changed."))


def open_bytes(data: bytes) -> Opened:
    """Check the container and the manifest's form; everything read is capped first."""
    if not data:
        raise refuse("empty", tr("The file is empty."))
    if not data.startswith(ZIP_MAGIC):
        raise refuse("not_bundle", tr("The file is not a Sổ Kết Nghĩa bundle."))
    if ZIP_END not in data[-(22 + 65535) :]:
        raise refuse("truncated", tr("The file is incomplete: it was cut off while being copied."))
    # A bundle's zip has no comment, so its end record is the last 22 bytes; it must count
    # exactly our members before zipfile reads a directory that could list a million entries.
    if data[-22:-18] != ZIP_END:
        raise _damaged()
    entries = int.from_bytes(data[-12:-10], "little")
    if entries != len(MEMBERS):
        raise refuse(
            "unexpected_member",
            tr("The bundle does not hold the expected members (found: {names}).").format(
                names=entries
            ),
        )
    manifest_bytes, signature, payload = _members(data)
    manifest = parse_manifest(manifest_bytes)
    return Opened(data, sha256(data), manifest, manifest_bytes, signature, payload)


def _members(data: bytes) -> tuple[bytes, bytes, memoryview]:
    """The manifest, signature and payload of a zip laid out as pack() lays them out, each
    within its cap; otherwise the refusal that says what is wrong with the file."""
    found = bundle_zip.members(data, MEMBERS)
    if found is not None and all(
        len(member) <= MEMBER_CAPS[name] for name, member in zip(MEMBERS, found, strict=True)
    ):
        manifest, signature, payload = found
        # The payload is not copied out: the rebuild proves it lies where pack() puts it.
        if pack(manifest, signature, payload) == data:
            return bytes(manifest), bytes(signature), payload
    raise _refusal(data)


def _refusal(data: bytes) -> BundleRefused:
    """Why a file that is not the zip pack() makes is refused: what zipfile finds in it."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception:  # zipfile raises many kinds on hostile bytes: all mean damaged
        return _damaged()
    for info in infos:
        name = info.filename
        if "/" in name or "\\" in name or ".." in name or ":" in name or name.startswith("~"):
            return refuse(
                "path_member",
                tr("The bundle holds a member with a path-like name ({name}).").format(name=name),
            )
    names = [info.filename for info in infos]
    if names != list(MEMBERS):
        odd = next((n for n in names if n not in MEMBERS or names.count(n) > 1), None)
        return refuse(
            "unexpected_member",
            tr("The bundle does not hold the expected members (found: {names}).").format(
                names=", ".join(names) if odd is None else odd
            ),
        )
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
            return refuse(
                "zip_bomb",
                tr(
                    "The bundle holds a compressed member ({name}) that would expand to {size} "
                    "bytes; bundles never compress members, so this looks like a zip bomb."
                ).format(name=info.filename, size=info.file_size),
            )
        if info.file_size > MEMBER_CAPS[info.filename]:
            return refuse(
                "oversized_member",
                tr(
                    "A member of the bundle is larger than allowed ({name}: {size} bytes, at most "
                    "{cap})."
                ).format(name=info.filename, size=info.file_size, cap=MEMBER_CAPS[info.filename]),
            )
    return _damaged()  # bad CRC, odd flags or layout, short data


def is_int64(value: Any) -> TypeGuard[int]:
    """A JSON integer that SQLite can store (a bool is not one)."""
    return type(value) is int and INT64_MIN <= value <= INT64_MAX


_STATION_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_UNIT_CODE = re.compile(r"[0-9A-Za-z]{1,16}")


def is_station_id(value: Any) -> TypeGuard[str]:
    """A station's site id as it travels (a UUID: ASCII letters, digits and hyphens)."""
    return type(value) is str and _STATION_ID.fullmatch(value) is not None


def is_unit_code(value: Any) -> bool:
    """An administrative unit's code as it travels (ASCII letters and digits)."""
    return type(value) is str and _UNIT_CODE.fullmatch(value) is not None


def is_text(value: Any, limit: int) -> bool:
    """A string of at most `limit` characters that is valid Unicode (no lone surrogate)."""
    if type(value) is not str or len(value) > limit:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> None:
    raise ValueError(f"non-standard JSON constant {name}")


def _malformed(detail: str) -> BundleRefused:
    return refuse(
        "malformed", tr("The bundle's manifest is malformed ({detail}).").format(detail=detail)
    )


_FIELDS: dict[str, type] = {
    "kind": str,
    "sender": str,
    "sender_unit": str,
    "recipient": str,
    "number": int,
    "previous": str,
    "created": int,  # seconds since the epoch, when the bundle was made
    "schema": int,
    "reference_version": str,
    "ranges": dict,
    "acks": dict,
    "payload": dict,
}


def parse_manifest(data: bytes) -> dict[str, Any]:
    """The manifest's fields, every one checked for type and range (raises BundleRefused)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise refuse("bad_utf8", tr("The bundle's manifest is not valid UTF-8 text.")) from exc
    try:
        manifest = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise refuse("bad_json", tr("The bundle's manifest is not valid JSON.")) from exc
    if not isinstance(manifest, dict):
        raise _malformed("not an object")
    version = manifest.get("format")
    if not is_int64(version):
        raise _malformed("format")
    if version != FORMAT_VERSION:
        raise refuse(
            "format",
            tr(
                "The bundle uses format version {found}, which this program does not know "
                "(it knows {known})."
            ).format(found=version, known=FORMAT_VERSION),
        )
    try:
        canonical = canonical_json(manifest)
    except (UnicodeEncodeError, ValueError) as exc:  # a lone surrogate, a float out of range
        raise _malformed("text") from exc
    if canonical != data:
        raise _malformed("not canonical JSON")
    for name, kind in _FIELDS.items():
        value = manifest.get(name)
        ok = is_int64(value) if kind is int else type(value) is kind
        if not ok or (kind is str and not is_text(value, MAX_KEY)):
            raise _malformed(name)
    if manifest["kind"] not in KINDS:
        raise _malformed("kind")
    # station ids and unit codes end up in file names and SQL parameters: plain ASCII only
    if not is_station_id(manifest["sender"]):
        raise _malformed("sender")
    if not (is_station_id(manifest["recipient"]) or manifest["recipient"] == ""):
        raise _malformed("recipient")
    if not is_unit_code(manifest["sender_unit"]):
        raise _malformed("sender_unit")
    if manifest["number"] < 1:
        raise _malformed("number")
    for name in ("ranges", "acks"):
        for origin, value in manifest[name].items():
            if name == "ranges":
                ok = (
                    type(value) is list
                    and len(value) == 2
                    and all(is_int64(v) for v in value)
                    and 0 <= value[0] < value[1]
                )
            else:
                ok = is_int64(value) and value >= 0
            if not ok or not is_station_id(origin):
                raise _malformed(name)
    payload = manifest["payload"]
    for name in ("sha256", "cipher"):
        if not is_text(payload.get(name), MAX_KEY):
            raise _malformed("payload")
    for name in ("size", "plain_size"):
        value = payload.get(name)
        if not is_int64(value) or value < 0:
            raise _malformed("payload")
    for name in ("compression", "epk", "nonce"):
        if name in payload and not is_text(payload[name], MAX_KEY):
            raise _malformed("payload")
    return manifest


def verify_signature(opened: Opened, public: PublicKeys) -> None:
    try:
        public.verifier().verify(opened.signature, SIGN_DOMAIN + opened.manifest_bytes)
    except InvalidSignature as exc:
        raise refuse(
            "bad_signature",
            tr("The bundle's signature is not valid: it was altered or not made by its sender."),
        ) from exc


def open_payload(
    opened: Opened,
    decryption: X25519PrivateKey,
    vet: Callable[[Callable[[], json_text.Reader]], None] | None = None,
) -> dict[str, Any]:
    """The decrypted payload JSON, each step checked against the signed manifest and the caps;
    `vet(read)` checks its content before it is built (`read()` gives its JSON text from the
    start)."""
    meta = opened.manifest["payload"]
    if len(opened.payload) != meta["size"] or sha256(opened.payload) != meta["sha256"]:
        raise refuse("payload_damaged", tr("The bundle's content is damaged (its hash differs)."))
    if meta["cipher"] == "none":
        return {}
    if meta["cipher"] != CIPHER or meta.get("compression") not in COMPRESSIONS:
        raise _malformed("cipher")
    if meta["plain_size"] > MAX_PLAIN_BYTES:
        raise refuse(
            "oversized_member",
            tr(
                "A member of the bundle is larger than allowed ({name}: {size} bytes, at most "
                "{cap})."
            ).format(name="payload", size=meta["plain_size"], cap=MAX_PLAIN_BYTES),
        )
    try:
        epk = unb64(meta["epk"])
        nonce = unb64(meta["nonce"])
        own = decryption.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        shared = decryption.exchange(X25519PublicKey.from_public_bytes(epk))
        key = _payload_key(shared, epk, own)
        compressed = AESGCM(key).decrypt(nonce, opened.payload, PAYLOAD_INFO)
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise refuse(
            "decrypt", tr("The bundle's content cannot be decrypted by this station.")
        ) from exc
    if not 1 <= opened.manifest["schema"] <= migrations.SCHEMA_VERSION:
        raise _malformed("schema")
    dictionary = schema_dictionary(opened.manifest["schema"], meta["compression"])
    budget = min(
        MAX_OBJECT_BYTES, OBJECT_BYTES_FLOOR + OBJECT_BYTES_PER_FILE_BYTE * len(opened.data)
    )
    # The payload is read as a stream before it is built, holding only a chunk: first its
    # bytes (sizes, surrogate escapes, and counts of the characters that make objects, which
    # bound what building can cost); when that bound exceeds the budget, its JSON tokens, one
    # by one (every token checked, the cost summed exactly). Only a payload that passed is
    # built, from the stream again; building checks the JSON itself (yajl refuses integers
    # beyond 64 bits, NaN, infinities and invalid UTF-8). The caller's `vet` reads it once
    # more as a stream before that, so a payload it refuses is never built.
    keep = meta["plain_size"] <= min(
        KEPT_PLAIN_MOST, KEPT_PLAIN_FLOOR + KEPT_PLAIN_PER_FILE_BYTE * len(opened.data)
    )
    first = _Inflating(compressed, dictionary, meta["plain_size"], check=True, keep=keep)
    while first.read(STREAM_CHUNK):
        pass
    plain = first.kept()

    def stream() -> io.RawIOBase:
        """The plain bytes again: those kept, or inflated anew (already checked)."""
        if plain is not None:
            return _Kept(plain)
        return _Inflating(compressed, dictionary, meta["plain_size"])

    if first.cost_bound() > budget:
        _scan(stream(), budget)
    if vet is not None:
        try:
            vet(lambda: json_text.Reader(stream(), STREAM_CHUNK, _LONGEST_STRING, MAX_DEPTH))
        except (json_text.TextError, UnicodeDecodeError) as exc:
            raise _bad_payload() from exc
    values = _json_stream.items(
        stream(),
        "",
        use_float=True,
        map_type=_UniqueKeys,
    )
    try:
        payload = next(values)
        for _ in values:  # a second value after the first, or trailing bytes
            raise _bad_payload()
    except (JSONError, UnicodeDecodeError, StopIteration, ValueError) as exc:
        raise _bad_payload() from exc
    if not isinstance(payload, dict):
        raise _bad_payload()
    return payload


class _UniqueKeys(dict):
    """A JSON object as built from the payload: a key given twice refuses it."""

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self:
            raise ValueError("duplicate key")
        super().__setitem__(key, value)


def _bad_payload() -> BundleRefused:
    return refuse("bad_payload", tr("The bundle's content is not valid UTF-8 JSON."))


def _payload_bomb() -> BundleRefused:
    return refuse(
        "zip_bomb",
        tr(
            "The bundle's content expands beyond its declared size; it is refused as a "
            "possible zip bomb."
        ),
    )


# A \uD800-\uDFFF escape (an escape: preceded by an even run of backslashes). This program
# writes text as UTF-8, never as surrogate escapes, and a lone one is not text at all.
_FOUR_BYTE_LEAD = re.compile(rb"[\xf0-\xf4]")
_COUNTED = b",:[{"  # the characters that make objects (see cost_bound)
# Every byte but those counted and those from 0xF0 up (4-byte leads among them): deleting these
# leaves a chunk's few bytes that matter, in one pass.
_UNCOUNTED = bytes(b for b in range(0xF0) if b not in _COUNTED)
_SURROGATE_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _Inflating(io.RawIOBase):
    """The payload's plain bytes as a stream, inflated a chunk at a time, never beyond the
    declared size; with `check`, also refusing surrogate escapes (across chunk borders); with
    `keep`, keeping the bytes read for `kept()`."""

    def __init__(
        self,
        compressed: bytes,
        dictionary: bytes,
        declared: int,
        *,
        check: bool = False,
        keep: bool = False,
    ) -> None:
        super().__init__()
        self._inflater = zlib.decompressobj(15, dictionary)
        self._source = memoryview(compressed)
        self._position = 0
        self._tail = b""
        self._declared = declared
        self._total = 0
        self._check = check
        self._carry = b""
        self._pending = b""
        self._done = False
        self._makers = 0  # characters that start a value or a slot: , : [ {
        self._maps = 0
        self._wide = False  # 4-byte UTF-8 seen: strings may take 4 bytes a character
        self._kept: list[bytes] | None = [] if keep else None

    def readable(self) -> bool:
        return True

    def _inflate(self) -> bytes:
        """The next piece of plain bytes, b"" at the end; input is fed in small slices, so no
        step copies more than a slice."""
        while True:
            if self._tail:
                source: bytes | memoryview = self._tail
            else:
                source = self._source[self._position : self._position + STREAM_CHUNK]
                self._position += len(source)
            if not source:
                return b""
            try:
                chunk = self._inflater.decompress(source, STREAM_CHUNK)
            except zlib.error as exc:
                raise refuse(
                    "payload_damaged", tr("The bundle's content is damaged (its hash differs).")
                ) from exc
            self._tail = self._inflater.unconsumed_tail
            if chunk or self._inflater.eof:
                return chunk

    def _next_chunk(self) -> bytes:
        if self._done:
            return b""
        chunk = self._inflate()
        self._total += len(chunk)
        if self._total > self._declared:
            raise _payload_bomb()
        if not chunk:
            self._done = True
            rest = self._inflater.unused_data or self._position < len(self._source)
            if self._total != self._declared or not self._inflater.eof or rest:
                raise _payload_bomb()
            return b""
        if self._kept is not None:
            self._kept.append(chunk)
        if self._check:
            window = self._carry + chunk
            # the regex only where an escape could be (honest payloads hardly have any)
            if b"\\u" in window and _SURROGATE_ESCAPE.search(window):
                raise refuse(
                    "bad_payload",
                    tr("The bundle's content is malformed ({detail}).").format(detail="surrogate"),
                )
            tail = max(0, len(window) - 5)
            run = tail
            while run > 0 and window[run - 1] == 0x5C:
                run -= 1
            self._carry = b" " + b"\\" * ((tail - run) % 2) + window[tail:]
            marks = chunk.translate(None, _UNCOUNTED)
            high = marks.translate(None, _COUNTED)
            self._makers += len(marks) - len(high)
            self._maps += marks.count(b"{")
            self._wide = self._wide or _FOUR_BYTE_LEAD.search(high) is not None
        return chunk

    def kept(self) -> list[bytes] | None:
        """Every plain byte in chunks, once all were read with `keep` (None without it)."""
        return self._kept if self._done else None

    def cost_bound(self) -> int:
        """More than the memory the payload read so far can take once built: every value as
        costly as the costliest scalar, every `{` a dict, every character of text at its
        widest (whatever the bytes are, strings, numbers or space)."""
        per_value = _SLOT_BYTES + max(sys.getsizeof(""), sys.getsizeof(2**63), 80)
        return (
            per_value * (self._makers + 1)
            + _DICT_BYTES * self._maps
            + (4 if self._wide else 2) * self._total
        )

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            self._pending = self._next_chunk()
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


class _Kept(io.RawIOBase):
    """Plain bytes kept by a first reading, read again chunk by chunk (never joined: a payload
    costs its plain bytes once)."""

    def __init__(self, chunks: list[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._next = 0
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            if self._next == len(self._chunks):
                return 0
            self._pending = memoryview(self._chunks[self._next])
            self._next += 1
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


_CONTAINER_BYTES = {"start_map": sys.getsizeof({}), "start_array": sys.getsizeof([])}
_SLOT_BYTES = 8  # a pointer to the value, in its list or dict
_ENTRY_BYTES = 40  # a key's place in a dict, amortized
_DICT_BYTES = 256  # a small dict as built (its table grows in steps)


def _scan(stream: io.RawIOBase, budget: int) -> None:
    """Read the whole payload as JSON tokens, holding one token at a time; refuse it if it is
    not valid JSON (yajl also refuses integers beyond 64 bits, NaN, infinities and invalid
    UTF-8), nests too deep, holds a string or key that is too long, a key twice in one object,
    or would cost more memory than `budget` once built."""
    cost = 0
    open_keys: list[set[str] | None] = []
    size = sys.getsizeof
    try:
        for event, value in _json_stream.basic_parse(stream, use_float=True, buf_size=STREAM_CHUNK):
            # the most frequent tokens first: this loop runs once per token of the payload
            if event == "string":
                if len(value) > MAX_TEXT:
                    raise _malformed_payload("text")
                cost += size(value) + _SLOT_BYTES
            elif event == "number":
                if type(value) is float and not math.isfinite(value):
                    raise _malformed_payload("number")
                cost += size(value) + _SLOT_BYTES
            elif event == "map_key":
                keys = open_keys[-1]
                if len(value) > MAX_KEY or keys is None or value in keys:
                    raise _malformed_payload("key")
                keys.add(value)
                cost += size(value) + _ENTRY_BYTES
            elif event == "start_array" or event == "start_map":
                open_keys.append(set() if event == "start_map" else None)
                if len(open_keys) > MAX_DEPTH:
                    raise _malformed_payload("depth")
                cost += _CONTAINER_BYTES[event] + _SLOT_BYTES
            elif event == "end_array" or event == "end_map":
                open_keys.pop()
            else:  # true, false, null: shared objects
                cost += _SLOT_BYTES
            if cost > budget:
                raise refuse(
                    "oversized_member",
                    tr(
                        "The bundle's content is larger than allowed: read, it would take more "
                        "than {cap} MB of memory for a file of this size."
                    ).format(cap=budget // (1024 * 1024)),
                )
    except (JSONError, UnicodeDecodeError) as exc:
        raise _bad_payload() from exc


def _malformed_payload(detail: str) -> BundleRefused:
    return refuse(
        "bad_payload", tr("The bundle's content is malformed ({detail}).").format(detail=detail)
    )
