"""A station's keys: Ed25519 to sign bundles, X25519 to receive encrypted payloads.

The private keys live as raw 32-byte files in the data dir's `keys` folder, created readable by
the owner only (mode 0o600; on Windows the folder's ACL of the user profile does that job). The
public keys are stored in the station's own `station` row. The fingerprint officers compare by
phone is six groups of five digits derived from both public keys.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from desktop.i18n import tr
from desktop.models.db import Database, setting, transaction
from desktop.models.errors import UserError
from desktop.paths import DataDir

SIGN_FILE = "sign.ed25519"
ENCRYPT_FILE = "encrypt.x25519"
FINGERPRINT_DOMAIN = b"ketnghia fingerprint v1\x00"
FINGERPRINT_GROUPS = 6
GROUP_DIGITS = 5

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class PublicKeys:
    sign: bytes  # Ed25519, 32 bytes
    encrypt: bytes  # X25519, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign, self.encrypt)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.sign)

    def encryption_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.encrypt)

    def as_json(self) -> dict[str, str]:
        return {"sign": b64(self.sign), "encrypt": b64(self.encrypt)}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> PublicKeys:
        keys = cls(unb64(data["sign"]), unb64(data["encrypt"]))
        if len(keys.sign) != 32 or len(keys.encrypt) != 32:
            raise ValueError("public keys must be 32 bytes")
        return keys


@dataclass(frozen=True)
class StationKeys:
    signing: Ed25519PrivateKey
    decryption: X25519PrivateKey

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            self.signing.public_key().public_bytes(_RAW, _RAW_PUB),
            self.decryption.public_key().public_bytes(_RAW, _RAW_PUB),
        )


def fingerprint(sign_public: bytes, encrypt_public: bytes) -> str:
    """Six groups of five digits ("04217 88310 ...") naming both public keys (~99 bits)."""
    digest = hashlib.sha256(FINGERPRINT_DOMAIN + sign_public + encrypt_public).digest()
    total = FINGERPRINT_GROUPS * GROUP_DIGITS
    digits = str(int.from_bytes(digest[:16], "big") % 10**total).zfill(total)
    return " ".join(digits[i : i + GROUP_DIGITS] for i in range(0, total, GROUP_DIGITS))


def normalize_fingerprint(text: str) -> str:
    """The ASCII digits of a fingerprint typed with any spaces or dashes (other scripts'
    digits are not fingerprint digits: they never match)."""
    return "".join(ch for ch in text if ch in "0123456789")


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def create(data_dir: DataDir, db: Database) -> PublicKeys:
    """Make this station's key pair files and record the public keys in its station row."""
    folder = data_dir.keys
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if (folder / SIGN_FILE).exists() or (folder / ENCRYPT_FILE).exists():
        raise UserError(tr("This station already has keys; they are never replaced."))
    keys = StationKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    _write_private(
        folder / SIGN_FILE,
        keys.signing.private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption()),
    )
    _write_private(
        folder / ENCRYPT_FILE,
        keys.decryption.private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption()),
    )
    public = keys.public
    with transaction(db) as conn:
        conn.execute(
            "UPDATE station SET sign_public_key = ?, enc_public_key = ? WHERE is_self = 1",
            (b64(public.sign), b64(public.encrypt)),
        )
    return public


def load(data_dir: DataDir, db: Database) -> StationKeys:
    """This station's private keys, checked against the public keys in its station row."""
    try:
        sign = (data_dir.keys / SIGN_FILE).read_bytes()
        enc = (data_dir.keys / ENCRYPT_FILE).read_bytes()
    except FileNotFoundError as exc:
        raise UserError(
            tr(
                "The keys of this station are missing from {folder}; restore them from a backup "
                "or set up this PC again as a new station."
            ).format(folder=data_dir.keys)
        ) from exc
    try:
        keys = StationKeys(
            Ed25519PrivateKey.from_private_bytes(sign), X25519PrivateKey.from_private_bytes(enc)
        )
    except ValueError as exc:
        raise UserError(
            tr("The key files in {folder} are damaged.").format(folder=data_dir.keys)
        ) from exc
    stored = self_public(db)
    if stored is not None and stored != keys.public:
        raise UserError(
            tr("The key files in {folder} belong to another station.").format(folder=data_dir.keys)
        )
    return keys


def ensure(data_dir: DataDir, db: Database) -> StationKeys:
    """The station's keys, made now for a station set up before keys existed."""
    if self_public(db) is None and not (data_dir.keys / SIGN_FILE).exists():
        if setting(db, "site_id") is None:
            raise UserError(tr("This data folder has no station yet; run “ketnghia init” first."))
        create(data_dir, db)
    return load(data_dir, db)


def self_public(db: Database) -> PublicKeys | None:
    row = db.execute(
        "SELECT sign_public_key, enc_public_key FROM station WHERE is_self = 1"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return PublicKeys(unb64(row[0]), unb64(row[1]))


def station_public(db: Database, site_id: str) -> PublicKeys | None:
    row = db.execute(
        "SELECT sign_public_key, enc_public_key FROM station WHERE site_id = ?", (site_id,)
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return PublicKeys(unb64(row[0]), unb64(row[1]))
