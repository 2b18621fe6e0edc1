"""Bundles on a full USB stick: no half file, no `.part`, and the bundle is not counted as sent
until its file is whole; the next export to a good stick carries the same changes."""

from __future__ import annotations

import json
import shutil

from disks import fill, small_disk
from district import District, content_digest, export, import_files

from desktop.models import store
from desktop.models.db import transaction
from desktop.paths import DataDir


def status(run_cli, data_dir) -> dict:
    result = run_cli("--data-dir", data_dir.root, "sync", "status", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out.strip().splitlines()[-1])


def edit_households(data_dir, assignment: str) -> None:
    """An officer's edit of every household at the station, which the next bundle carries."""
    db = store.open_database(data_dir)
    with transaction(db):
        db.execute(f"UPDATE household SET {assignment} WHERE deleted = 0")
    db.conn.close()


def test_export_to_a_full_stick_leaves_nothing_and_records_nothing(
    district: District, run_cli, tmp_path
) -> None:
    edit_households(district.a, "phone = '0905000111'")
    before = content_digest(district.a)
    pending = status(run_cli, district.a)["pending"]
    with small_disk(tmp_path / "usb", 512) as stick:
        fill(stick)
        files_before = set(stick.iterdir())

        result = run_cli("--data-dir", district.a.root, "sync", "export", "--out", stick)

        assert result.code == 1
        assert "Ổ đĩa đã đầy" in result.err and "Traceback" not in result.err
        assert set(stick.iterdir()) == files_before  # no bundle, no .part, no temporary file
    assert content_digest(district.a) == before  # not recorded as sent
    assert status(run_cli, district.a)["pending"] == pending
    made = export(district.a, district.outbox("good"))
    assert len(made) == 1
    assert import_files(district.hub, made) == 0
    hub = store.open_database(district.hub)
    phones = hub.execute(
        "SELECT count(*) FROM household WHERE phone = '0905000111' AND commune_code = '20705'"
    ).fetchone()[0]
    assert phones > 0


def test_importing_a_bundle_on_a_full_disk_says_so_and_changes_nothing(
    district: District, run_cli, tmp_path
) -> None:
    edit_households(district.a, "members = members + 1")
    [made] = export(district.a, district.outbox("up"))
    size = sum(f.stat().st_size for f in district.hub.root.rglob("*") if f.is_file())
    with small_disk(tmp_path / "disk", size // 1024 + 400) as disk:
        shutil.copytree(district.hub.root, disk / "hub")
        hub = DataDir(disk / "hub")
        before = content_digest(hub)
        fill(disk, leave_kb=30)

        result = run_cli("--data-dir", hub.root, "sync", "import", made)

        assert result.code == 1
        assert "Ổ đĩa đã đầy" in result.err and "rollback" not in result.err
        (disk / "filler.bin").unlink()
        assert content_digest(hub) == before
        assert run_cli("--data-dir", hub.root, "sync", "import", made).code == 0  # space again
