"""The command line on a bad day: a bug prints one sentence naming the log (where its traceback
is), `info --json` names the log, a wrong PC clock is warned about as in the window, and a
spreadsheet without a year column is not filed under a PC year the station has never seen."""

from __future__ import annotations

import json
import time
from pathlib import Path

from desktop.cli import info
from desktop.models import hlc, store
from desktop.models.db import transaction


def test_a_bug_prints_one_sentence_and_logs_the_traceback(run_cli, commune_dir, monkeypatch):
    def broken(_data_dir):
        raise AttributeError("'NoneType' object has no attribute 'code'")

    monkeypatch.setattr(info, "collect", broken)
    result = run_cli("--data-dir", commune_dir.root, "info", "--json")

    log = commune_dir.root / "logs" / "ketnghia.log"
    assert result.code == 2
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "lỗi của chương trình" in result.err and str(log) in result.err
    text = log.read_text("utf-8")
    assert "Traceback (most recent call last)" in text
    assert "AttributeError: 'NoneType' object has no attribute 'code'" in text


def test_info_names_the_log_file(run_cli, commune_dir):
    result = run_cli("--data-dir", commune_dir.root, "info", "--json")
    log = Path(json.loads(result.out)["log_file"])
    assert log == commune_dir.root / "logs" / "ketnghia.log"
    assert "info --json" in log.read_text("utf-8")


def set_last_stamp(data_dir, physical_ms: int) -> None:
    db = store.open_database(data_dir)
    with transaction(db):
        db.execute("UPDATE hlc_state SET physical = ?, counter = 0", [physical_ms])
    db.conn.close()


def test_a_clock_set_back_is_warned_about_like_the_window(run_cli, commune_dir):
    two_years = 2 * 365 * 24 * 3600 * 1000
    set_last_stamp(commune_dir, int(time.time() * 1000) + two_years)
    result = run_cli("--data-dir", commune_dir.root, "info", "--json")
    assert result.code == 0
    db = store.open_database(commune_dir)
    expected = hlc.clock_warning(db.conn)  # what the status bar shows
    db.conn.close()
    assert expected and "Kiểm tra ngày giờ của máy tính" in expected
    assert result.err.strip() == f"Cảnh báo: {expected}"


def test_no_warning_when_the_clock_is_right(run_cli, commune_dir):
    result = run_cli("--data-dir", commune_dir.root, "info", "--json")
    assert result.code == 0 and result.err == ""
