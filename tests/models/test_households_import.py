"""Import model: mapping remembered, a stopped import writes nothing, values read as people type."""

from __future__ import annotations

import pytest

from desktop.models import search, xlsx_import
from desktop.models.db import transaction
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


def fts_triggers(db) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'household_fts%'"
        " ORDER BY name"
    ).fetchall()


def found(db, text: str) -> set[str]:
    where, params, indexed = search.household_where(db.conn, text)
    assert indexed  # through household_fts
    sql = f"SELECT h.head_name FROM household h WHERE {' AND '.join(where)} AND +h.deleted = 0"
    return {name for (name,) in db.execute(sql, params)}


def test_a_whole_list_is_indexed_once_at_the_end_and_the_index_kept_in_step(commune_db, tmp_path):
    # 1,200 rows into the demo's 600 households: household_fts made again in one pass
    triggers = fts_triggers(commune_db)
    assert len(triggers) == 3
    sheet = xlsx_import.read_sheet(write_book(tmp_path / "ho.xlsx", rows=1200))
    mapping = xlsx_import.guess_mapping(commune_db, sheet.headers)
    report = xlsx_import.check(commune_db, xlsx_import.raw_rows(sheet, mapping), "20704", 2025)
    assert xlsx_import.commit(commune_db, report) == 1200
    assert fts_triggers(commune_db) == triggers  # made again from their own SQL
    commune_db.execute("INSERT INTO household_fts (household_fts) VALUES ('integrity-check')")
    assert found(commune_db, "nhap 1187") == {"Alăng Văn Nhập 1187"}
    # the triggers index the writes after it again, one at a time
    row = commune_db.execute("SELECT id FROM household WHERE head_name = ?", ["Alăng Văn Nhập 7"])
    household_id = row.fetchone()[0]
    with transaction(commune_db):
        commune_db.execute(
            "UPDATE household SET head_name = 'Bhríu Thị Đổi', search_key = search_key("
            "'Bhríu Thị Đổi') WHERE id = ?",
            [household_id],
        )
    assert found(commune_db, "bhriu thi doi") == {"Bhríu Thị Đổi"}
    commune_db.execute("INSERT INTO household_fts (household_fts) VALUES ('integrity-check')")


def test_a_stopped_list_leaves_the_index_and_its_triggers_as_they_were(commune_db, tmp_path):
    triggers = fts_triggers(commune_db)
    sheet = xlsx_import.read_sheet(write_book(tmp_path / "ho.xlsx", rows=1200))
    mapping = xlsx_import.guess_mapping(commune_db, sheet.headers)
    report = xlsx_import.check(commune_db, xlsx_import.raw_rows(sheet, mapping), "20704", 2025)
    with pytest.raises(UserError):
        xlsx_import.commit(commune_db, report, progress=lambda done, total: done < 1000)
    assert fts_triggers(commune_db) == triggers
    commune_db.execute("INSERT INTO household_fts (household_fts) VALUES ('integrity-check')")
    with transaction(commune_db):  # the triggers still index a write
        commune_db.execute(
            "UPDATE household SET search_key = search_key('Blúp Thị Chín Mươi') WHERE rowid = 1"
        )
    assert commune_db.execute(
        "SELECT rowid FROM household_fts WHERE household_fts MATCH '\"blupthichinmuoi\"'"
    ).fetchall() == [(1,)]
    commune_db.execute("INSERT INTO household_fts (household_fts) VALUES ('integrity-check')")
