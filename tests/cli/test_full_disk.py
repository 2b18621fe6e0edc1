"""A full disk, as on a commune PC: the import says the disk is full, in Vietnamese, and the
database is unchanged (before, SQLite's own rollback was masked by "cannot rollback - no
transaction is active")."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from disks import fill, small_disk
from test_import_households import write_book


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_on_a_full_disk_says_so_and_changes_nothing(run_cli, tmp_path):
    book = write_book(tmp_path / "ho.xlsx", rows=2500)
    with small_disk(tmp_path / "disk", 4096) as disk:
        station = disk / "station"
        made = run_cli(
            "--data-dir", station, "init", "--role", "commune", "--unit", "20704",
            "--station", "Máy xã", "--officer", "Hoa",
            "--village", "Pà Dồn", "--village", "Thôn Rô",
        )  # fmt: skip
        assert made.code == 0, made.err
        before = json.loads(run_cli("--data-dir", station, "info", "--json").out)
        database = digest(station / "ketnghia.sqlite3")
        fill(disk, leave_kb=160)

        result = run_cli("--data-dir", station, "import", "households", book, "--year", "2025")

        assert result.code == 1
        assert "rollback" not in result.err and "Traceback" not in result.err
        lines = result.err.strip().splitlines()
        # the error, and that the backup before the import could not be made either
        assert len(lines) == 2
        assert lines[0].startswith("Lỗi: Ổ đĩa đã đầy")
        assert lines[1].startswith("Không tạo được bản sao lưu tự động")
        (disk / "filler.bin").unlink()
        after = json.loads(run_cli("--data-dir", station, "info", "--json").out)
        assert after["counts"] == before["counts"]
        assert after["pending_changes"] == before["pending_changes"]
        assert digest(station / "ketnghia.sqlite3") == database
