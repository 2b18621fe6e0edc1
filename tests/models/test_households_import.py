"""Import model: mapping remembered, a stopped import writes nothing, values read as people type."""

from __future__ import annotations

import pytest

from desktop.models import xlsx_import
from desktop.models.errors import UserError
from tests.cli.test_import_households import write_book


def live(db) -> int:
    return db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]


def test_stopping_during_the_write_rolls_everything_back(commune_db, tmp_path):
    sheet = xlsx_import.read_sheet(write_book(tmp_path / "ho.xlsx", rows=120))
    mapping = xlsx_import.guess_mapping(commune_db, sheet.headers)
    report = xlsx_import.check(commune_db, xlsx_import.raw_rows(sheet, mapping), "20704", 2025)
    assert not report.bad
    before, log = live(commune_db), commune_db.execute("SELECT count(*) FROM change_log").fetchone()
    calls = []

    def stop_at_second(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(UserError):
        xlsx_import.commit(commune_db, report, progress=stop_at_second)
    assert calls == [(0, 120), (50, 120)]
    assert live(commune_db) == before
    assert commune_db.execute("SELECT count(*) FROM change_log").fetchone() == log


def test_mapping_is_remembered_by_header_text(commune_db):
    headers = ["Người đại diện hộ", "Xóm", "Ghi chú"]
    guessed = xlsx_import.guess_mapping(commune_db, headers)
    assert "head_name" not in guessed and guessed["notes"] == 2
    with pytest.raises(UserError):
        xlsx_import.check_mapping(guessed)
    xlsx_import.remember_mapping(commune_db, headers, {"head_name": 0, "village": 1})
    again = xlsx_import.guess_mapping(commune_db, ["STT", *headers])
    assert again["head_name"] == 1 and again["village"] == 2
