"""Opening never destroys the user's file: left-over, foreign and stale WAL files, empty files,
failed set-ups, and read-only commands that work under a write lock and on read-only media."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.models import backup, migrations, store, wal
from desktop.models.db import transaction
from desktop.paths import DataDir

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def info(run_cli, data_dir: DataDir):
    return run_cli("--data-dir", data_dir.root, "info", "--json")


def live_wal(data_dir: DataDir, change: str) -> bytes:
    """The WAL of `data_dir`'s database holding `change`, as a crash would leave it."""
    conn = sqlite3.connect(data_dir.database, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(change)
    data = wal.wal_path(data_dir.database).read_bytes()
    conn.close()
    return data


@pytest.fixture
def other_station(commune_dir: DataDir, tmp_path: Path, run_cli) -> DataDir:
    """Another, smaller station (its own site id)."""
    other = DataDir(tmp_path / "other")
    init = run_cli(
        "--data-dir", other.root, "init", "--role", "commune", "--unit", "20698",
        "--station", "Máy xã La Êê", "--officer", "Cán bộ",
    )  # fmt: skip
    assert init.code == 0, init.err
    assert run_cli("--data-dir", other.root, "demo", "--households", "5").code == 0
    return other


def test_foreign_wal_is_set_aside_and_the_database_kept(commune_dir, other_station, run_cli):
    store.close(store.open_database(commune_dir))  # the program was closed normally
    assert wal.last_mark(commune_dir.database) == wal.CLEAN_MARK
    before = info(run_cli, commune_dir)
    assert before.code == 0
    size, original = commune_dir.database.stat().st_size, digest(commune_dir.database)
    foreign = live_wal(other_station, "UPDATE household SET notes = 'khác'")
    wal.wal_path(commune_dir.database).write_bytes(foreign)
    result = info(run_cli, commune_dir)
    assert result.code == 0, result.err
    assert "cất riêng" in result.err  # the user is told, in Vietnamese
    assert json.loads(result.out) == json.loads(before.out)
    assert commune_dir.database.stat().st_size == size
    assert digest(commune_dir.database) == original
    [aside] = commune_dir.backups.glob(f"{wal.SET_ASIDE_PREFIX}*")
    assert (aside / "ketnghia.sqlite3-wal").read_bytes() == foreign
    assert str(aside) in result.err.replace("\n", "")
    # the window or any writing command now opens the original, sound
    db = store.open_database(commune_dir)
    assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert db.notices == []
    store.close(db)


def test_wal_of_another_database_left_by_a_crash_fails_the_check(commune_dir, tmp_path):
    """The field case: a -wal of another program's database, the program killed before."""
    db = store.open_database(commune_dir)
    db.conn.close()  # the mark stays "open", as after a crash, and the OS drops the lock
    wal.release(commune_dir.database)
    assert wal.last_mark(commune_dir.database) == wal.OPEN_MARK
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 500)
    foreign = Path(f"{other}-wal").read_bytes()
    conn.close()
    size, original = commune_dir.database.stat().st_size, digest(commune_dir.database)
    wal.wal_path(commune_dir.database).write_bytes(foreign)
    assert wal.problem(commune_dir.database) == "foreign"  # sound, but another database
    db = store.open_database(commune_dir)
    assert db.notices and "cất riêng" in db.notices[0]
    assert db.execute("SELECT count(*) FROM household").fetchone()[0] == 120
    store.close(db)
    assert commune_dir.database.stat().st_size == size
    assert digest(commune_dir.database) == original


def test_stale_wal_beside_a_backup_put_back_by_hand_leaves_it_sound(commune_dir, run_cli):
    made = backup.create(commune_dir, "manual")
    stale = live_wal(commune_dir, "UPDATE member SET phone = '0999'")
    commune_dir.database.write_bytes(gzip.decompress(made.path.read_bytes()))
    restored = digest(commune_dir.database)
    wal.wal_path(commune_dir.database).write_bytes(stale)
    result = info(run_cli, commune_dir)
    assert result.code == 0, result.err
    assert "bản sao" in result.err
    assert digest(commune_dir.database) == restored
    assert json.loads(result.out)["counts"]["households"] == 120
    db = store.open_database(commune_dir)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM member WHERE phone = '0999'").fetchone() == (0,)
    store.close(db)


def test_wal_of_a_killed_program_is_recovered_after_a_copy_aside(commune_dir):
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from desktop.models import store
        from desktop.models.db import transaction
        from desktop.paths import DataDir
        db = store.open_database(DataDir(Path({str(commune_dir.root)!r})))
        db.execute("PRAGMA wal_autocheckpoint = 0")
        with transaction(db):
            db.execute("UPDATE household SET notes = 'trước khi mất điện'")
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    killed = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, check=False)
    assert killed.returncode == -9
    assert wal.wal_path(commune_dir.database).stat().st_size > wal.WAL_HEADER_BYTES
    db = store.open_database(commune_dir)
    assert db.notices == []
    noted = db.execute("SELECT count(*) FROM household WHERE notes = 'trước khi mất điện'")
    assert noted.fetchone()[0] == 120
    store.close(db)
    [checked] = commune_dir.backups.glob(f"{wal.CHECKED_PREFIX}*")
    assert (checked / "ketnghia.sqlite3-wal").exists()  # the copy taken before recovery
    assert not wal.wal_path(commune_dir.database).exists()  # a clean close removes the WAL


def test_zero_byte_database_is_refused_untouched(data_dir, run_cli):
    data_dir.ensure()
    data_dir.database.write_bytes(b"")
    for args in (
        ("info", "--json"),
        ("backup", "create"),
        ("init", "--role", "commune", "--unit", "20704", "--station", "X", "--officer", "Y"),
        ("sync", "status"),
    ):
        result = run_cli("--data-dir", data_dir.root, *args)
        assert result.code == 1 and "0 byte" in result.err, (args, result.err)
    assert data_dir.database.stat().st_size == 0
    assert not wal.wal_path(data_dir.database).exists()
    assert not data_dir.backups.exists()


def test_failed_init_leaves_no_database_behind(data_dir, run_cli):
    result = run_cli(
        "--data-dir", data_dir.root, "init", "--role", "commune", "--unit", "99999",
        "--station", "X", "--officer", "Y",
    )  # fmt: skip
    assert result.code == 1 and "99999" in result.err
    assert not data_dir.database.exists()
    assert not wal.wal_path(data_dir.database).exists()
    assert not data_dir.keys.exists()
    again = run_cli(
        "--data-dir", data_dir.root, "init", "--role", "commune", "--unit", "20704",
        "--station", "X", "--officer", "Y",
    )  # fmt: skip
    assert again.code == 0, again.err


def test_read_only_commands_work_while_another_connection_holds_an_exclusive_lock(
    commune_dir, run_cli, tmp_path
):
    before = info(run_cli, commune_dir)
    holder = sqlite3.connect(commune_dir.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE household SET notes = 'chưa lưu'")
    try:
        during = info(run_cli, commune_dir)
        assert during.code == 0, during.err
        assert json.loads(during.out) == json.loads(before.out)
        sheet = tmp_path / "ho.xlsx"
        export = run_cli(
            "--data-dir", commune_dir.root, "export", "xlsx", "--table", "households",
            "--out", sheet,
        )  # fmt: skip
        assert export.code == 0, export.err
        assert sheet.stat().st_size > 0
        status = run_cli("--data-dir", commune_dir.root, "sync", "status", "--json")
        assert status.code == 0, status.err
        made = run_cli("--data-dir", commune_dir.root, "backup", "create", "--out", tmp_path)
        assert made.code == 0, made.err
        assert backup.verify(Path(made.out.strip())).households == 120
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_open_refuses_a_database_that_needs_upgrading(commune_dir, run_cli, monkeypatch):
    extra = {**migrations.SCRIPTS, migrations.SCHEMA_VERSION + 1: ["CREATE TABLE later (x);"]}
    monkeypatch.setattr(migrations, "SCRIPTS", extra)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    before = digest(commune_dir.database)
    result = info(run_cli, commune_dir)
    assert result.code == 1 and "nâng cấp" in result.err
    assert digest(commune_dir.database) == before


@pytest.fixture
def read_only_media(tmp_path: Path):
    mount = tmp_path / "media"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a file system here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_read_only_commands_work_on_read_only_media(
    commune_dir, read_only_media, run_cli, tmp_path
):
    station = DataDir(read_only_media / "station")
    shutil.copytree(commune_dir.root, station.root)
    remount = subprocess.run(
        ["mount", "-o", "remount,ro", str(read_only_media)], capture_output=True, check=False
    )
    if remount.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remount.stderr.decode().strip()}")
    result = info(run_cli, station)
    assert result.code == 0, result.err
    assert json.loads(result.out)["counts"]["households"] == 120
    made = run_cli("--data-dir", station.root, "backup", "create", "--out", tmp_path / "out")
    assert made.code == 0, made.err
    written = run_cli("--data-dir", station.root, "demo")
    assert written.code == 1 and "Traceback" not in written.err


def test_open_works_and_says_so_when_the_daily_backup_cannot_be_written(commune_dir):
    shutil.rmtree(commune_dir.backups)
    commune_dir.backups.write_bytes(b"")  # a file where the folder should be: writing fails
    db = store.open_database(commune_dir)
    assert db.notices and "sao lưu" in db.notices[0]
    with transaction(db):
        db.execute("UPDATE household SET notes = 'vẫn ghi được'")
    store.close(db)


def test_read_only_commands_work_on_a_full_disk(commune_dir, read_only_media, run_cli, tmp_path):
    station = DataDir(read_only_media / "station")
    shutil.copytree(commune_dir.root, station.root)
    filler = read_only_media / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 1024 * 1024)
                out.flush()
        except OSError:
            pass  # the disk is full now
    before = digest(station.database)
    result = info(run_cli, station)
    assert result.code == 0, result.err
    assert json.loads(result.out)["counts"]["households"] == 120
    sheet = tmp_path / "ho.xlsx"
    export = run_cli(
        "--data-dir", station.root, "export", "xlsx", "--table", "households", "--out", sheet
    )
    assert export.code == 0, export.err
    made = run_cli("--data-dir", station.root, "backup", "create", "--out", tmp_path / "out")
    assert made.code == 0, made.err
    assert digest(station.database) == before


def test_a_live_wal_of_another_running_program_is_used_not_set_aside(commune_dir, run_cli):
    """The window open in another process: its WAL is live; commands read through it, and a
    restore waits for it to close."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from desktop.models import store
        from desktop.models.db import transaction
        from desktop.paths import DataDir
        db = store.open_database(DataDir(Path({str(commune_dir.root)!r})))
        db.execute("PRAGMA wal_autocheckpoint = 0")
        with transaction(db):
            db.execute("UPDATE household SET notes = 'cửa sổ đang mở'")
        print("ready", flush=True)
        sys.stdin.readline()
        """
    )
    env = {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    window = subprocess.Popen(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert window.stdout.readline().strip() == "ready"
        assert wal.in_use_elsewhere(commune_dir.database)
        result = run_cli(
            "--data-dir", commune_dir.root, "export", "xlsx", "--table", "households",
            "--out", commune_dir.root / "ho.xlsx",
        )  # fmt: skip
        assert result.code == 0 and result.err == "", result.err
        db = store.open_database(commune_dir, read_only=True)
        noted = db.execute("SELECT count(*) FROM household WHERE notes = 'cửa sổ đang mở'")
        assert noted.fetchone()[0] == 120
        store.close(db)
        assert not list(commune_dir.backups.glob("wal-*"))  # nothing copied or set aside
        made = backup.create(commune_dir, "manual")
        refused = run_cli("--data-dir", commune_dir.root, "backup", "restore", made.path)
        assert refused.code == 1 and "đóng" in refused.err
    finally:
        window.communicate("\n", timeout=30)
