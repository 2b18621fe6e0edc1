"""`ketnghia backup create|list|verify|restore` run as the officer types them."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.models import wal


def backup(run_cli, data_dir, *args):
    return run_cli("--data-dir", data_dir.root, "backup", *args)


def test_create_list_verify_restore(run_cli, commune_dir, tmp_path):
    made = backup(run_cli, commune_dir, "create")
    assert made.code == 0, made.err
    path = Path(made.out.strip())
    assert path.parent == commune_dir.backups and path.is_file()
    usb = tmp_path / "usb"
    elsewhere = backup(run_cli, commune_dir, "create", "--out", usb)
    assert elsewhere.code == 0 and Path(elsewhere.out.strip()).parent == usb

    listed = backup(run_cli, commune_dir, "list", "--json")
    assert listed.code == 0
    items = json.loads(listed.out)
    assert [item["file"] for item in items if item["kind"] == "manual"] == [str(path)]
    assert all(item["unit_code"] == "20704" for item in items)
    assert str(usb) not in listed.out  # --out copies are the officer's own, not listed
    plain = backup(run_cli, commune_dir, "list")
    assert "tạo bằng tay" in plain.out and path.name in plain.out

    checked = backup(run_cli, commune_dir, "verify", path)
    assert checked.code == 0 and "120 hộ" in checked.out

    restored = backup(run_cli, commune_dir, "restore", path)
    assert restored.code == 0, restored.err
    assert "Đã khôi phục" in restored.out and "before-restore" in restored.out
    assert not wal.wal_path(commune_dir.database).exists()


def test_bad_files_get_one_sentence_and_change_nothing(run_cli, commune_dir, tmp_path):
    before = commune_dir.database.read_bytes()
    bad = tmp_path / "hong.sqlite3.gz"
    bad.write_bytes(b"\x1f\x8bnot really gzip")
    for args in (("verify", bad), ("restore", bad), ("verify", tmp_path / "none.gz")):
        result = backup(run_cli, commune_dir, *args)
        assert result.code == 1
        assert "Traceback" not in result.err
        assert len(result.err.strip().splitlines()) == 1
    assert commune_dir.database.read_bytes() == before


def test_create_in_a_folder_without_a_station_says_so(run_cli, data_dir):
    result = backup(run_cli, data_dir, "create")
    assert result.code == 1 and "ketnghia init" in result.err
    assert not data_dir.root.exists()
