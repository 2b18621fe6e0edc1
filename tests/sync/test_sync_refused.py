"""Every kind of bad bundle is refused through the CLI with its reason in Vietnamese, and the
database's content is exactly what it was before."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from district import COMMUNE_B, District, content_digest, export, site_id
from forge import (
    change_bundle,
    forge,
    identity,
    members_of,
    older_reference_bundle,
    raw_zip,
    row_values,
)

from desktop.models import store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import bundle, exchange


@pytest.fixture
def fresh_bundle(district: District) -> Path:
    """A real bundle from commune A to the hub with a few changes."""
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE household SET notes = 'mới sửa' WHERE deleted = 0")
    db.conn.close()
    [path] = export(district.a, district.outbox("fresh"))
    return path


def test_truncated_file(district: District, fresh_bundle: Path, refused) -> None:
    data = fresh_bundle.read_bytes()
    refused(district.hub, data[: len(data) // 2], "bị cắt mất một phần")


def test_flipped_byte(district: District, fresh_bundle: Path, refused) -> None:
    data = bytearray(fresh_bundle.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the encrypted payload
    refused(district.hub, bytes(data), "bị hỏng")


def test_every_flipped_byte_of_a_bundle_is_refused(district: District) -> None:
    """Library-level sweep: a flip of any single byte anywhere is refused, without applying."""
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE village SET notes = 'x' WHERE rowid = (SELECT min(rowid) FROM village)")
    db.conn.close()
    [path] = export(district.a, district.outbox("small"))
    original = path.read_bytes()
    hub = store.open_database(district.hub)
    codes = set()
    for i in range(len(original)):
        data = bytearray(original)
        data[i] ^= 0x20
        path.write_bytes(bytes(data))
        result = exchange.import_bundle(district.hub, hub, path, dry_run=True)
        assert result.refused, f"byte {i} flipped was accepted"
        codes.add(result.code)
    path.write_bytes(original)
    assert exchange.import_bundle(district.hub, hub, path, dry_run=True).status == "accepted"
    # member bytes are covered by the zip's CRC, headers by the rebuild check
    assert "damaged" in codes and "not_bundle" in codes


def test_bad_signature(district: District, refused) -> None:
    # claims to come from commune A but is signed with commune B's key
    data = forge(district.a, district.hub, {"streams": []}, signer=district.b)
    refused(district.hub, data, "Chữ ký của gói dữ liệu không hợp lệ")


def test_unknown_station(district: District, refused, tmp_path: Path) -> None:
    from district import init_station

    stranger = DataDir(tmp_path / "stranger")
    init_station(stranger, "commune", "20707", "Máy lạ")
    data = forge(stranger, district.hub, {"streams": []})
    refused(district.hub, data, "chưa đăng ký tại đây")


def test_revoked_station(district: District, fresh_bundle: Path, refused, run_cli) -> None:
    assert run_cli("--data-dir", district.hub.root, "sync", "revoke", site_id(district.a)).code == 0
    refused(district.hub, fresh_bundle, "đã bị thu hồi")


def test_wrong_recipient(district: District, refused) -> None:
    data = forge(district.hub, district.b, {"streams": []})  # the hub's bundle for commune B
    refused(district.a, data, "gửi cho một trạm khác")


def test_older_reference_data(district: District, refused) -> None:
    data = older_reference_bundle(district.hub, district.a, "2000.1.0")
    refused(district.a, data, "cũ hơn phiên bản đang dùng")


def test_change_for_another_commune(district: District, refused) -> None:
    rid, values = row_values(district.a, "village")
    data = change_bundle(
        district.a, district.hub, "village", values, row_id=uuid7(), commune=COMMUNE_B
    )
    refused(district.hub, data, "bản ghi của xã khác")


def test_district_owned_record_from_a_commune(district: District, refused) -> None:
    _, values = row_values(district.a, "sponsor")
    data = change_bundle(district.a, district.hub, "sponsor", values, row_id=uuid7(), commune=None)
    refused(district.hub, data, "do trạm tổng hợp quản lý")


def test_table_the_sender_may_not_write(district: District, refused) -> None:
    data = change_bundle(
        district.a,
        district.hub,
        "settings",
        ["x", 0],
        row_id="role",
        commune="20704",
        table_columns=["value", "deleted"],
    )
    refused(district.hub, data, "nơi trạm không được phép ghi")


def test_moving_a_record_to_another_commune(district: District, refused) -> None:
    # a household of commune B, rewritten by commune A as its own
    rid, values = row_values(district.b, "household")
    me = identity(district.a)[0]
    data = change_bundle(
        district.a, district.hub, "household", values, row_id=rid, commune=me.unit_code
    )
    refused(district.hub, data, "chuyển một bản ghi")


def test_unknown_format_version(district: District, fresh_bundle: Path, refused) -> None:
    manifest, _, payload = members_of(fresh_bundle.read_bytes())
    fields = json.loads(manifest)
    fields["format"] = 2
    me, my_keys = identity(district.a)
    body = bundle.canonical_json(fields)
    data = bundle.pack(body, my_keys.signing.sign(bundle.SIGN_DOMAIN + body), payload)
    refused(district.hub, data, "định dạng phiên bản 2")


def test_schema_from_a_newer_program(district: District, refused) -> None:
    data = forge(district.a, district.hub, {"streams": []}, schema=999)
    refused(district.hub, data, "chương trình mới hơn")


def test_oversized_member(district: District, refused) -> None:
    data = raw_zip(
        [
            (
                "manifest.json",
                b"{" + b" " * (bundle.MAX_MANIFEST_BYTES + 10) + b"}",
                zipfile.ZIP_STORED,
            ),
            ("signature", b"\0" * 64, zipfile.ZIP_STORED),
            ("payload", b"", zipfile.ZIP_STORED),
        ]
    )
    refused(district.hub, data, "lớn hơn mức cho phép")


def test_zip_bomb(district: District, refused) -> None:
    data = raw_zip(
        [
            ("manifest.json", b"\0" * (64 * 1024 * 1024), zipfile.ZIP_DEFLATED),
            ("signature", b"\0" * 64, zipfile.ZIP_STORED),
            ("payload", b"", zipfile.ZIP_STORED),
        ]
    )
    assert len(data) < 1024 * 1024
    refused(district.hub, data, "bom nén")


def test_path_like_member_names(district: District, fresh_bundle: Path, refused) -> None:
    manifest, signature, payload = members_of(fresh_bundle.read_bytes())
    data = raw_zip(
        [
            ("../manifest.json", manifest, zipfile.ZIP_STORED),
            ("signature", signature, zipfile.ZIP_STORED),
            ("payload", payload, zipfile.ZIP_STORED),
        ]
    )
    refused(district.hub, data, "tên dạng đường dẫn")


def test_invalid_json_manifest(district: District, refused) -> None:
    data = bundle.pack(b'{"format": 1, "kind": ', b"\0" * 64, b"")
    refused(district.hub, data, "không phải JSON hợp lệ")


def test_invalid_utf8_manifest(district: District, refused) -> None:
    data = bundle.pack(b'{"format": 1, "kind": "\xff\xfe"}', b"\0" * 64, b"")
    refused(district.hub, data, "không phải văn bản UTF-8")


def test_empty_file(district: District, refused) -> None:
    refused(district.hub, b"", "Tệp trống")


def test_not_a_bundle(district: District, refused) -> None:
    refused(district.hub, b"%PDF-1.7\nnot a bundle at all\n" * 50, "không phải là gói dữ liệu")


def test_replay_is_a_duplicate_and_changes_nothing(
    district: District, fresh_bundle: Path, run_cli
) -> None:
    first = run_cli("--data-dir", district.hub.root, "sync", "import", fresh_bundle)
    assert first.code == 0, first.out + first.err
    before = content_digest(district.hub)
    again = run_cli("--data-dir", district.hub.root, "sync", "import", fresh_bundle)
    assert again.code == 0
    assert "đã nhập trước đây" in again.out
    assert content_digest(district.hub) == before


def test_verify_checks_without_changing_anything(
    district: District, fresh_bundle: Path, run_cli
) -> None:
    before = content_digest(district.hub)
    result = run_cli("--data-dir", district.hub.root, "sync", "verify", fresh_bundle)
    assert result.code == 0 and "hợp lệ" in result.out
    assert content_digest(district.hub) == before


def test_import_reports_each_file_and_fails_when_any_is_refused(
    district: District, fresh_bundle: Path, run_cli, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.ketnghia"
    junk.write_bytes(b"junk")
    result = run_cli("--data-dir", district.hub.root, "sync", "import", fresh_bundle, junk)
    lines = result.out.strip().splitlines()[-2:]
    assert result.code == 1
    assert "đã nhận" in lines[0] and "bị từ chối" in lines[1]


def test_flipped_bytes_repacked_with_a_good_crc_are_refused(
    district: District, fresh_bundle: Path
) -> None:
    """An attacker who rebuilds the zip after the change still meets the signature and hashes."""
    manifest, signature, payload = members_of(fresh_bundle.read_bytes())
    hub = store.open_database(district.hub)
    codes = {}
    for member in range(3):
        parts = [bytearray(manifest), bytearray(signature), bytearray(payload)]
        parts[member][len(parts[member]) // 3] ^= 0x04
        fresh_bundle.write_bytes(bundle.pack(*(bytes(p) for p in parts)))
        result = exchange.import_bundle(district.hub, hub, fresh_bundle, dry_run=True)
        codes[member] = result.code
    assert codes[1] == "bad_signature"
    assert codes[2] == "payload_damaged"
    assert codes[0] in {"bad_signature", "bad_json", "bad_utf8", "malformed"}


def test_own_bundle_imported_back_is_refused(
    district: District, fresh_bundle: Path, refused
) -> None:
    refused(district.a, fresh_bundle, "do chính trạm này tạo ra")


def test_an_extra_member_is_refused(district: District, fresh_bundle: Path, refused) -> None:
    manifest, signature, payload = members_of(fresh_bundle.read_bytes())
    data = raw_zip(
        [
            ("manifest.json", manifest, zipfile.ZIP_STORED),
            ("signature", signature, zipfile.ZIP_STORED),
            ("payload", payload, zipfile.ZIP_STORED),
            ("autorun.exe", b"MZ", zipfile.ZIP_STORED),
        ]
    )
    refused(district.hub, data, "không có đúng các thành phần")
