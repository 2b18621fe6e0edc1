"""Backup copies: consistent, checked, compressed and named; the rolling set; the second place;
restore round trips that leave no stale WAL."""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.models import backup, counts, store, wal
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.paths import DataDir
from sync import recovery


def content_digest(path: Path) -> list[str]:
    """Every row of every table, as SQL (the content, not the page layout), without SQLite's
    AUTOINCREMENT counters: a restore moves the change log's on past every seq handed out."""
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return [line for line in conn.iterdump() if '"sqlite_sequence"' not in line]


def test_backup_is_a_checked_compressed_copy_named_for_station_and_time(commune_dir):
    made = backup.create(commune_dir, "manual")
    assert made.path.parent == commune_dir.backups
    assert made.name.startswith("20704_may-ubnd-xa-la-dee_")
    assert made.name.endswith("_manual.sqlite3.gz")
    assert abs((dt.datetime.now() - made.made).total_seconds()) < 60
    assert made.size < commune_dir.database.stat().st_size / 2  # compressed
    raw = gzip.decompress(made.path.read_bytes())
    assert raw[:16] == b"SQLite format 3\x00" and raw[18] == 1  # self-contained, no WAL needed
    checked = backup.verify(made.path)
    assert checked.unit_code == "20704" and checked.households == 120
    assert not list(commune_dir.backups.glob(".ketnghia-backup-*"))  # no temporary left


def test_backup_is_made_while_another_connection_writes(commune_dir):
    writer = sqlite3.connect(commune_dir.database, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE household SET notes = 'half done'")
    made = backup.create(commune_dir, "manual")
    writer.execute("ROLLBACK")
    writer.close()
    unpacked = commune_dir.root / "unpacked.sqlite3"
    unpacked.write_bytes(gzip.decompress(made.path.read_bytes()))
    conn = sqlite3.connect(unpacked)
    assert conn.execute("SELECT count(*) FROM household WHERE notes = 'half done'").fetchone() == (
        0,
    )


def test_round_trip_restores_counts_and_content_with_no_stale_wal(commune_dir):
    before_counts = counts.record_counts(store.open_database(commune_dir, read_only=True))
    before = content_digest(commune_dir.database)
    made = backup.create(commune_dir, "manual")
    db = store.open_database(commune_dir)
    with transaction(db):
        db.execute("UPDATE household SET deleted = 1 WHERE rowid % 2 = 0")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with transaction(db):
        db.execute("UPDATE member SET phone = '0000'")
    assert wal.wal_path(commune_dir.database).stat().st_size > 0
    handed_out = db.execute("SELECT MAX(seq) FROM change_log").fetchone()[0]
    store.close(db)
    done = recovery.restore(commune_dir, made.path)
    assert done.rejoin is None  # nothing had left this station since the backup
    assert done.restored.safety_copy is not None and done.restored.safety_copy.exists()
    assert not wal.wal_path(commune_dir.database).exists()
    assert not wal.shm_path(commune_dir.database).exists()
    assert content_digest(commune_dir.database) == before
    db = store.open_database(commune_dir)
    assert counts.record_counts(db) == before_counts
    # the next change gets a seq past the ones the replaced database had handed out
    with transaction(db):
        db.execute("UPDATE household SET notes = 'sau khôi phục' WHERE rowid = 1")
    assert db.execute("SELECT MAX(seq) FROM change_log").fetchone()[0] > handed_out
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.close(db)
    # the database the restore replaced is itself a sound backup holding the later edits
    kept = backup.verify(done.restored.safety_copy)
    assert kept.households == before_counts["households"] // 2


def test_restore_refuses_while_the_database_is_open_and_a_foreign_station(commune_dir, tmp_path):
    made = backup.create(commune_dir, "manual")
    db = store.open_database(commune_dir)
    with pytest.raises(UserError, match="đóng|close"):
        backup.restore(commune_dir, made.path)
    store.close(db)
    other = DataDir(tmp_path / "other")
    shutil.copytree(commune_dir.root, other.root)
    db = store.open_database(other)
    with transaction(db):
        db.execute("UPDATE settings SET value = '20698' WHERE key = 'unit_code'")
    store.close(db)
    before = content_digest(other.database)
    with pytest.raises(UserError, match="trạm khác|another station"):
        backup.restore(other, made.path)
    assert content_digest(other.database) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"not gzip at all", gzip.compress(b"not a database" * 50), b"\x1f\x8b\x08truncated"],
)
def test_verify_refuses_what_is_not_a_backup(tmp_path, content):
    bad = tmp_path / "20704_x_20260101-000000_manual.sqlite3.gz"
    bad.write_bytes(content)
    with pytest.raises(UserError, match="sao lưu|backup"):
        backup.verify(bad)


def test_verify_refuses_a_damaged_copy(commune_dir, tmp_path):
    made = backup.create(commune_dir, "manual")
    raw = bytearray(gzip.decompress(made.path.read_bytes()))
    page = 4096
    for offset in range(page * 3, len(raw) - page, page * 7):
        raw[offset + 100 : offset + 400] = b"\xff" * 300
    damaged = tmp_path / made.name
    damaged.write_bytes(gzip.compress(bytes(raw)))
    with pytest.raises(UserError, match="hỏng|damaged"):
        backup.verify(damaged)


def _fake(folder: Path, when: dt.datetime, kind: str = "daily") -> Path:
    path = folder / f"20704_may_{when:%Y%m%d-%H%M%S}_{kind}{backup.SUFFIX}"
    path.write_bytes(b"x")
    return path


def test_rolling_set_keeps_newest_daily_weekly_monthly_and_every_manual_copy(tmp_path):
    now = dt.datetime(2026, 12, 1, 18, 0, 0)
    made = []
    for days in range(0, 500):
        for hour in (8, 17):
            made.append(_fake(tmp_path, now - dt.timedelta(days=days, hours=18 - hour)))
    manual = _fake(tmp_path, now - dt.timedelta(days=300), "manual")
    before_restore = _fake(tmp_path, now - dt.timedelta(days=400), "before-restore")
    backup.prune(tmp_path)
    kept = [backup.parse(p) for p in tmp_path.glob("*_daily.sqlite3.gz")]
    kept_days = {b.made.date() for b in kept}
    # the newest of each of the last 7 days
    assert {(now - dt.timedelta(days=d)).date() for d in range(7)} <= kept_days
    weeks = {b.made.isocalendar()[:2] for b in kept}
    months = {(b.made.year, b.made.month) for b in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= backup.KEEP_NEWEST + 7 + 4 + 12
    assert manual.exists() and before_restore.exists()
    oldest = min(b.made for b in kept)
    assert oldest > now - dt.timedelta(days=370)


def test_daily_backup_on_the_first_open_of_the_day_only(commune_dir):
    for item in commune_dir.backups.glob("*.gz"):
        item.unlink()
    store.close(store.open_database(commune_dir))
    store.close(store.open_database(commune_dir))
    daily = [b for b in backup.list_backups(commune_dir) if b.kind == "daily"]
    assert len(daily) == 1 and daily[0].made.date() == dt.date.today()


def test_second_place_gets_each_copy_and_the_reminder_after_a_week(commune_dir, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup.second_place_reminder(commune_dir) is None  # none chosen: nothing to remind
    backup.set_second_place(commune_dir, usb)
    assert list(usb.glob("*.sqlite3.gz"))
    assert backup.second_place_reminder(commune_dir) is None
    made = backup.create(commune_dir, "bundle-import")
    assert (usb / made.name).exists()
    assert any(b.second_place and b.name == made.name for b in backup.list_backups(commune_dir))
    later = dt.datetime.now() + dt.timedelta(days=9)
    reminder = backup.second_place_reminder(commune_dir, now=later)
    assert reminder is not None and str(usb) in reminder and "9" in reminder
    # the drive unplugged: the remembered time still tells
    usb.rename(tmp_path / "unplugged")
    assert backup.second_place_reminder(commune_dir, now=later) is not None
    assert backup.second_place_reminder(commune_dir) is None
    with pytest.raises(UserError):
        backup.set_second_place(commune_dir, commune_dir.backups)
    with pytest.raises(UserError):
        backup.set_second_place(commune_dir, tmp_path / "no-such-folder")


@pytest.mark.parametrize(
    "content", [b"\xff\xfe not UTF-8", b"{not json", b'["a list"]', b'{"second_place": 7}']
)
def test_unreadable_backup_settings_mean_no_second_place(commune_dir, content):
    commune_dir.backup_settings.write_bytes(content)
    assert backup.second_place(commune_dir) is None
    assert backup.second_place_reminder(commune_dir) is None
