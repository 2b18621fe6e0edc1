"""Untrusted input that a stolen station key can sign: names that would become paths, values
no parser should take, and payloads built to exhaust memory. Each class is refused through
the CLI with its reason, the receiving database unchanged byte for byte; a bad file in a
batch does not stop the good one next to it."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import pytest
from district import COMMUNE_A, District, export
from forge import (
    change_bundle,
    columns,
    forge,
    forge_plain,
    identity,
    manifest_fields,
    row_values,
    signed,
)

from desktop.models import attachments, store
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import bundle

MALFORMED = "sai cấu trúc"


def attachment_values(data_dir: DataDir, sha: str, file_name: str = "bien-nhan.pdf") -> list:
    db = store.open_database(data_dir)
    try:
        receipt = db.execute("SELECT id FROM receipt WHERE deleted = 0 LIMIT 1").fetchone()[0]
    finally:
        db.conn.close()
    row = {
        "owner_table": "receipt",
        "owner_id": receipt,
        "file_name": file_name,
        "sha256": sha,
        "size": 3,
        "added_on": "2026-01-15",
        "deleted": 0,
    }
    return [row[c] for c in columns(data_dir, "attachment")]


# ---- names from a bundle that would become paths -------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../keys/sign.ed25519",
        "/etc/passwd",
        "..\\keys\\sign.ed25519",
        "A" * 64,  # upper case
        "a" * 63,
        "a" * 64 + "\n",
        "a" * 65,
        "a" * 32 + "../" + "a" * 29,
    ],
)
def test_an_attachment_row_naming_a_path_is_refused(district: District, refused, name: str) -> None:
    data = change_bundle(
        district.a,
        district.hub,
        "attachment",
        attachment_values(district.a, name),
        row_id=uuid7(),
        commune=COMMUNE_A,
    )
    refused(district.hub, data, "đặt tên tệp theo cách không được phép")


def test_an_attachment_file_under_a_path_like_name_is_refused(district: District, refused) -> None:
    content = b"key"
    payload = {
        "streams": [],
        "attachments": {"../keys/sign.ed25519": [base64.b64encode(content).decode()]},
    }
    refused(district.hub, forge(district.a, district.hub, payload), MALFORMED)


def test_an_attachment_file_whose_bytes_do_not_match_its_name_is_refused(
    district: District, refused
) -> None:
    payload = {"streams": [], "attachments": {"a" * 64: [base64.b64encode(b"other").decode()]}}
    refused(district.hub, forge(district.a, district.hub, payload), MALFORMED)


def test_paths_from_records_stay_in_their_folder(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "station")
    (data_dir.root / "keys").mkdir(parents=True)
    (data_dir.root / "keys" / "sign.ed25519").write_bytes(b"secret")
    for name in ("../keys/sign.ed25519", "a" * 63, "A" * 64):
        with pytest.raises(UserError):
            attachments.stored_path(data_dir, name)
    content = b"%PDF-1.7 scan"
    sha = bundle.sha256(content)
    data_dir.attachments.mkdir(parents=True)
    attachments.stored_path(data_dir, sha).write_bytes(content)
    for hostile in ("../../../../tmp/evil.pdf", "..\\..\\evil.pdf", "..", "", "C:evil.pdf"):
        record = attachments.Attachment("id", hostile, sha, len(content), "2026-01-15")
        copy = attachments.viewable_copy(data_dir, record)
        assert copy.parent.name == f"ketnghia-{sha[:12]}"
        assert copy.read_bytes() == content


# ---- values no parser should take ---------------------------------------------------------


def test_a_manifest_number_beyond_64_bits_is_refused(district: District, refused) -> None:
    refused(district.hub, forge(district.a, district.hub, {"streams": []}, number=2**64), MALFORMED)
    refused(
        district.hub, forge(district.a, district.hub, {"streams": []}, created=-(2**70)), MALFORMED
    )


def test_a_manifest_with_a_lone_surrogate_is_refused(district: District, refused) -> None:
    me, _ = identity(district.a)
    them, _ = identity(district.hub)
    body = (
        '{"acks":{},"created":1,"format":1,"kind":"ack","number":9000,'
        f'"payload":{{"cipher":"none","plain_size":0,"sha256":"{bundle.sha256(b"")}","size":0}},'
        f'"previous":"","ranges":{{}},"recipient":"{them.site_id}",'
        '"reference_version":"\\ud800","schema":1,'
        f'"sender":"{me.site_id}","sender_unit":"{me.unit_code}"}}'
    )
    refused(district.hub, signed(district.a, body.encode()), MALFORMED)


def test_a_station_id_that_is_not_plain_ascii_is_refused(district: District, refused) -> None:
    data = forge(district.a, district.hub, {"streams": []}, ranges={"../x": [0, 1]})
    refused(district.hub, data, MALFORMED)


PAYLOADS = {
    "lone surrogate": b'{"streams":[],"acked":{},"x":"\\ud800"}',
    "escaped backslash then surrogate": b'{"streams":[],"x":"\\\\\\udfff"}',
    "invalid utf-8": b'{"streams":[],"x":"\xff\xfe"}',
    "integer beyond 64 bits": b'{"streams":[],"acked":{"a":18446744073709551616}}',
    "NaN": b'{"streams":[],"acked":{"a":NaN}}',
    "Infinity": b'{"streams":[],"acked":{"a":-Infinity}}',
    "float overflow": b'{"streams":[],"acked":{"a":1e999}}',
    "deep nesting": b'{"streams":' + b"[" * 5000 + b"]" * 5000 + b"}",
    "deep nesting under a key read past": b'{"streams":[],"x":' + b"[" * 5000 + b"]" * 5000 + b"}",
    "an integer of 5,000 digits": b'{"streams":[],"x":' + b"9" * 5000 + b"}",
    "a string that never ends": b'{"streams":[],"x":"' + b"a" * 300_000,
    "duplicate key": b'{"streams":[],"streams":[]}',
    "not an object": b"[]",
    "trailing bytes": b'{"streams":[]} {}',
    "streams of the wrong type": b'{"streams":"x"}',
    "acked of the wrong type": b'{"streams":[],"acked":[1]}',
    "segment of the wrong type": b'{"streams":[7]}',
}


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_a_malformed_payload_is_refused(district: District, refused, name: str) -> None:
    refused(district.hub, forge_plain(district.a, district.hub, PAYLOADS[name]), "gói dữ liệu")


def _one_village_change(district: District, op: object, values: str) -> bytes:
    """A signed bundle of A holding one village change with `op` and the JSON `values`."""
    me, _ = identity(district.a)
    start = 10**6
    change = [start + 1, op, "x", COMMUNE_A, "001790000000000-00000", me.site_id, None, None, 0]
    segment = {
        "origin": me.site_id,
        "from": start,
        "to": start + 1,
        "tables": {"village": {"columns": ["deleted"], "changes": [change]}},
    }
    plain = json.dumps({"streams": [segment]}).replace(", 0]]", f", {values}]]")
    return forge_plain(
        district.a, district.hub, plain.encode(), ranges={me.site_id: [start, start + 1]}
    )


@pytest.mark.parametrize("digits", [20, 5000])
def test_a_change_value_beyond_64_bits_is_refused(district: District, refused, digits) -> None:
    refused(
        district.hub,
        _one_village_change(district, "upsert", f"[{'9' * digits}]"),
        "gói dữ liệu",
    )


@pytest.mark.parametrize("op", [["upsert"], {"upsert": 1}, True, 1])
def test_a_change_whose_operation_is_not_text_is_refused(district: District, refused, op) -> None:
    """An array (unhashable) where the operation's name belongs is malformed, not a crash."""
    refused(district.hub, _one_village_change(district, op, "[0]"), MALFORMED)


# ---- payloads built to exhaust memory -----------------------------------------------------


def test_a_payload_of_tiny_objects_is_refused_before_it_is_built(
    district: District, refused
) -> None:
    """25 MB of `[],` inflate from a few KB; built, they would cost over 400 MB."""
    plain = b'{"streams":[],"x":[' + b"[]," * (8 * 1024 * 1024) + b"[]]}"
    data = forge_plain(district.a, district.hub, plain)
    assert len(data) < 64 * 1024
    refused(district.hub, data, "lớn hơn mức cho phép")


def test_a_payload_larger_than_declared_is_refused(district: District, refused) -> None:
    opened = bundle.open_bytes(
        forge_plain(district.a, district.hub, b'{"streams":[]}' + b" " * 100_000)
    )
    fields = dict(opened.manifest)
    fields["payload"] = dict(fields["payload"], plain_size=20)
    refused(district.hub, signed(district.a, fields, bytes(opened.payload)), "bom nén")


def test_a_declared_size_over_the_cap_is_refused(district: District, refused) -> None:
    opened = bundle.open_bytes(forge(district.a, district.hub, {"streams": []}))
    fields = dict(opened.manifest)
    fields["payload"] = dict(fields["payload"], plain_size=bundle.MAX_PLAIN_BYTES + 1)
    refused(district.hub, signed(district.a, fields, bytes(opened.payload)), "lớn hơn mức cho phép")


def test_a_file_over_the_cap_is_refused_unread(district: District, refused, tmp_path: Path) -> None:
    big = tmp_path / "big.ketnghia"
    with big.open("wb") as out:
        out.write(bundle.ZIP_MAGIC)
        out.truncate(bundle.MAX_FILE_BYTES + 1)
    refused(district.hub, big, "lớn hơn")


# ---- a batch goes on past a bad file ------------------------------------------------------


def test_a_batch_imports_the_good_bundle_next_to_bad_ones(
    district: District, run_cli, tmp_path: Path
) -> None:
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE household SET notes = 'mới sửa' WHERE deleted = 0")
    db.conn.close()
    [good] = export(district.a, district.outbox("fresh"))
    bad = []
    for i, name in enumerate(["integer beyond 64 bits", "lone surrogate", "deep nesting"]):
        path = tmp_path / f"bad{i}.ketnghia"
        path.write_bytes(forge_plain(district.a, district.hub, PAYLOADS[name], number=9000 + i))
        bad.append(path)
    result = run_cli("--lang", "vi", "--data-dir", district.hub.root, "sync", "import", *bad, good)
    assert result.code == 1 and "Traceback" not in result.err
    lines = result.out.strip().splitlines()[-4:]
    assert all("bị từ chối" in line for line in lines[:3]), lines
    assert "đã nhận" in lines[3], lines


def test_enrolling_a_malformed_request_says_why(
    district: District, run_cli, tmp_path: Path
) -> None:
    me, _ = identity(district.a)
    fields = manifest_fields(
        district.a,
        None,
        1,
        station={"site_id": me.site_id, "role": "commune", "unit_code": 20705, "keys": []},
    )
    request = tmp_path / "request.ketnghia"
    request.write_bytes(signed(district.a, fields))
    result = run_cli(
        "--lang", "vi", "--data-dir", district.hub.root, "sync", "enroll", request,
        "--fingerprint", "1" * 30, "--out", tmp_path / "out",
    )  # fmt: skip
    assert result.code == 1 and "Traceback" not in result.err
    assert MALFORMED in result.err


def test_a_document_path_from_the_register_is_opened_only_in_the_documents_folder(
    district: District,
) -> None:
    """The register syncs between stations: a `file_name` naming the keys is never opened."""
    from desktop.documents import printing
    from desktop.models import documents_register

    hub = district.hub
    printed = printing.documents_folder(hub.root) / "bien-ban-2026.pdf"
    printed.write_bytes(b"%PDF-1.7")
    key = hub.keys / "sign.ed25519"
    entry = documents_register.IssuedDocument(
        "id", 2026, 1, "BB-UBND", "minutes", "Biên bản", "2026-01-15", None, None, "", COMMUNE_A
    )
    for hostile in (
        str(key),
        str(printed.parent / ".." / "keys" / "sign.ed25519"),
        "keys/sign.ed25519",
        "bien-ban-2026.pdf",  # relative: not a file this station printed
        str(printed.parent / "missing.pdf"),
    ):
        assert documents_register.own_file(hub, replace(entry, file_name=hostile)) is None
    assert documents_register.own_file(hub, replace(entry, file_name=str(printed))) == printed


def test_an_id_that_would_become_a_path_is_refused(district: District, refused) -> None:
    _, values = row_values(district.a, "village")
    data = change_bundle(
        district.a, district.hub, "village", values, row_id="../../../x", commune=COMMUNE_A
    )
    refused(district.hub, data, MALFORMED)


def test_text_that_only_looks_like_an_escape_is_kept_exactly(district: District, run_cli) -> None:
    """A backslash typed before "ud800" is text, not a surrogate: the bundle goes through."""
    _, values = row_values(district.a, "village")
    rid = uuid7()
    cols = columns(district.a, "village")
    typed = "C:\\ud800\\n \\\\udfff — ghi chú"
    values[cols.index("notes")] = typed
    data = change_bundle(district.a, district.hub, "village", values, row_id=rid, commune=COMMUNE_A)
    path = district.outbox("typed") / "typed.ketnghia"
    path.write_bytes(data)
    result = run_cli("--data-dir", district.hub.root, "sync", "import", path)
    assert result.code == 0, result.out + result.err
    db = store.open_database(district.hub)
    try:
        stored = db.execute("SELECT notes FROM village WHERE id = ?", (rid,)).fetchone()[0]
    finally:
        db.conn.close()
    assert stored == typed
