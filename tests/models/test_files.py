"""No half-written files: output is written whole or not at all, and a print killed while it
writes leaves a temporary file that the next run of the program removes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.models import files

ROOT = Path(__file__).resolve().parents[2]


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{files.TEMP_PREFIX}*"))


@pytest.fixture
def journal(data_dir):
    data_dir.ensure()
    files.use_journal(data_dir)
    yield data_dir
    files.use_journal(None)


def test_a_failed_write_leaves_no_file(journal, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    out.write_bytes(b"the good old report")
    with pytest.raises(RuntimeError), files.atomic_target(out) as temporary:
        temporary.write_bytes(b"half a rep")
        raise RuntimeError("the program stopped half way")
    assert out.read_bytes() == b"the good old report"
    assert leftovers(tmp_path) == []
    assert list((journal.root / "pending").glob("*.path")) == []


def test_a_full_disk_names_the_file_the_user_asked_for(journal, tmp_path):
    from disks import fill, small_disk

    with small_disk(tmp_path / "usb", 256) as stick:
        fill(stick)
        with pytest.raises(OSError) as caught:
            files.write_whole(stick / "goi.ketnghia", b"x" * 100_000)
        assert caught.value.filename == str(stick / "goi.ketnghia")
        assert leftovers(stick) == []


def test_the_writers_own_temporary_file_is_left_alone(journal, tmp_path):
    with files.atomic_target(tmp_path / "a.xlsx") as temporary:
        assert files.clean_leftovers(journal) == []  # its writer (this process) is alive
        assert temporary.exists()
    assert (tmp_path / "a.xlsx").exists() and leftovers(tmp_path) == []


def test_a_killed_print_leaves_a_temporary_file_the_next_run_removes(
    commune_dir, tmp_path, run_cli
):
    out = tmp_path / "out"
    out.mkdir()
    year = str(time.localtime().tm_year)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(commune_dir.root), "print"]
    printing = subprocess.Popen(
        [*command, "year-end", "--year", year, "--out", str(out / "tong-ket.pdf")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not leftovers(out) and time.monotonic() < deadline and printing.poll() is None:
            time.sleep(0.005)
        assert leftovers(out), "the print ended before its temporary file was seen"
    finally:
        printing.send_signal(signal.SIGKILL)
        printing.wait()
    assert not (out / "tong-ket.pdf").exists()
    [left] = leftovers(out)

    result = run_cli("--data-dir", commune_dir.root, "info", "--json")  # the next run

    assert result.code == 0
    assert not left.exists() and leftovers(out) == []
    assert list((commune_dir.root / "pending").iterdir()) == []
