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
    me, my_keys = identity(sender)
    them, their_keys = identity(recipient)
    signing = identity(signer)[1].signing if signer else my_keys.signing
    fields = {
        "kind": "changes",
        "sender": me.site_id,
        "sender_unit": me.unit_code,
        "recipient": them.site_id,
        "number": number,
        "previous": "",
        "created": 1768464000,
        "schema": migrations.SCHEMA_VERSION,
        "reference_version": "2025.07.1",
        "ranges": {},
        "acks": {},
        "acked": {},
    }
    fields.update(manifest)
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
    from sync.exchange import reference_payload

    return forge(
        hub,
        commune,
        {"streams": [], "reference": reference_payload(files)},
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
