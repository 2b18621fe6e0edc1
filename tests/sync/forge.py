"""Making bundles the program would never make: signed with real station keys but holding what a
tampered, buggy or hostile station might send, and raw zips with hostile structure."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from desktop.models import migrations, reference, store
from desktop.paths import DataDir
from sync import bundle, changes, keys, ledger


def _open(data_dir: DataDir):
    return store.open_database(data_dir)


def identity(data_dir: DataDir) -> tuple[ledger.Station, keys.StationKeys]:
    db = _open(data_dir)
    try:
        return ledger.self_station(db.conn), keys.load(data_dir, db)
    finally:
        db.conn.close()


def applied_at(data_dir: DataDir, origin: str) -> int:
    db = _open(data_dir)
    try:
        return ledger.applied(db.conn, origin)
    finally:
        db.conn.close()


def columns(data_dir: DataDir, table: str) -> list[str]:
    db = _open(data_dir)
    try:
        return changes.value_columns(db.conn, table)
    finally:
        db.conn.close()


def row_values(data_dir: DataDir, table: str, where: str = "deleted = 0") -> tuple[str, list]:
    """(id, values in value-column order) of one row of `table` at `data_dir`."""
    cols = columns(data_dir, table)
    db = _open(data_dir)
    try:
        quoted = ", ".join(f'"{c}"' for c in cols)
        row = db.execute(f'SELECT id, {quoted} FROM "{table}" WHERE {where} LIMIT 1').fetchone()
        return row[0], list(row[1:])
    finally:
        db.conn.close()


def manifest_fields(
    sender: DataDir, recipient: DataDir | None, number: int, **manifest: Any
) -> dict[str, Any]:
    """The fields of a manifest from `sender` to `recipient` (None: an enrollment request)."""
    me, my_keys = identity(sender)
    fields: dict[str, Any] = {
        "kind": "changes",
        "sender": me.site_id,
        "sender_unit": me.unit_code,
        "recipient": identity(recipient)[0].site_id if recipient else "",
        "number": number,
        "previous": "",
        "created": 1768464000,
        "schema": migrations.SCHEMA_VERSION,
        "reference_version": "2025.07.1",
        "ranges": {},
        "acks": {},
        "format": bundle.FORMAT_VERSION,
    }
    if recipient is None:
        fields["kind"] = "enroll"
        fields["payload"] = {
            "cipher": "none",
            "plain_size": 0,
            "sha256": bundle.sha256(b""),
            "size": 0,
        }
        fields["station"] = {
            "site_id": me.site_id,
            "role": "commune",
            "unit_code": me.unit_code,
            "name": me.name,
            "officer": "",
            "keys": my_keys.public.as_json(),
        }
    fields.update(manifest)
    return fields


def forge(
    sender: DataDir,
    recipient: DataDir,
    payload: dict[str, Any],
    *,
    signer: DataDir | None = None,
    number: int = 9000,
    **manifest: Any,
) -> bytes:
    """A bundle from `sender` to `recipient` (signed with `signer`'s key when given)."""
    _, my_keys = identity(sender)
    _, their_keys = identity(recipient)
    signing = identity(signer)[1].signing if signer else my_keys.signing
    fields = manifest_fields(sender, recipient, number, **manifest)
    return bundle.build(fields, payload, signing, their_keys.public)


def change_bundle(
    sender: DataDir,
    hub: DataDir,
    table: str,
    entry_values: list | None,
    *,
    row_id: str,
    commune: str | None,
    op: str = "upsert",
    table_columns: list[str] | None = None,
    stamp: str = "001790000000000-00000",
    base: tuple[str | None, str | None] = (None, None),
    origin: DataDir | None = None,
    **manifest: Any,
) -> bytes:
    """A bundle from `sender` to `hub` (any recipient) holding one change, placed right after
    what the recipient applied of its origin (the sender's own, or `origin`'s as a relay)."""
    me, _ = identity(origin or sender)
    start = applied_at(hub, me.site_id)
    cols = table_columns if table_columns is not None else columns(hub, table)
    entry = [start + 1, op, row_id, commune, stamp, me.site_id, *base, entry_values]
    segment = changes.Segment(me.site_id, start, start + 1, {table: (cols, [entry])})
    return forge(
        sender,
        hub,
        {"streams": [segment.as_json()]},
        ranges={me.site_id: [start, start + 1]},
        **manifest,
    )


def version_of(data_dir: DataDir, table: str, row_id: str) -> tuple[str, str]:
    """(hlc, site_id) of a record's current version at `data_dir`."""
    db = _open(data_dir)
    try:
        return tuple(
            db.execute(f'SELECT hlc, site_id FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
        )
    finally:
        db.conn.close()


def older_reference_bundle(hub: DataDir, commune: DataDir, version: str) -> bytes:
    files = reference.bundled_files()
    files["VERSION"] = f"{version}\n".encode()
    from sync import reference_data

    return forge(
        hub,
        commune,
        {"streams": [], "reference": reference_data.payload(files)},
        reference_version=version,
    )


def raw_zip(members: list[tuple[str, bytes, int]]) -> bytes:
    """A zip of (name, data, compression) members, as an attacker would make it."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data, compression in members:
            zf.writestr(
                zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)),
                data,
                compress_type=compression,
            )
    return out.getvalue()


def members_of(data: bytes) -> tuple[bytes, bytes, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read("manifest.json"), zf.read("signature"), zf.read("payload")


def forge_plain(
    sender: DataDir, recipient: DataDir, plain: bytes, *, number: int = 9000, **manifest: Any
) -> bytes:
    """A bundle whose payload is exactly the bytes `plain` (any bytes, not only valid JSON),
    compressed, encrypted to `recipient` and signed by `sender` as the program would."""
    _, their_keys = identity(recipient)
    fields = manifest_fields(sender, recipient, number, **manifest)
    cipher, fields["payload"] = bundle.seal(plain, their_keys.public, fields["schema"])
    return signed(sender, fields, cipher)


def signed(sender: DataDir, manifest: dict[str, Any] | bytes, payload: bytes = b"") -> bytes:
    """Pack `manifest` (a dict made canonical, or raw bytes as they are) signed by `sender`."""
    body = manifest if isinstance(manifest, bytes) else bundle.canonical_json(manifest)
    signing = identity(sender)[1].signing
    return bundle.pack(body, signing.sign(bundle.SIGN_DOMAIN + body), payload)
