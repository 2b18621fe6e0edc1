"""The households page driven through its widgets: search, filters, form, villages, trash, import."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.models import households, station
from desktop.models.text import fold
from desktop.views.context import AppContext, Changes
from desktop.views.forms import RecordDialog
from desktop.views.household_form import HouseholdDialog
from desktop.views.households_page import HouseholdsPage, VillagesDialog
from desktop.views.import_dialog import ImportDialog
from desktop.views.trash_page import TrashPage

YEAR = dt.date.today().year


@pytest.fixture
def page(qtbot, context) -> Iterator[HouseholdsPage]:
    widget = HouseholdsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    yield widget
    # a form left with changes would ask at teardown; nobody is there to answer
    for dialog in widget.findChildren(RecordDialog):
        dialog.mark_clean()


def live_households(db) -> int:
    return db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]


def shown(page: HouseholdsPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_register_model_and_diacritic_free_search(qtbot, qtmodeltester, page, commune_db):
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == live_households(commune_db)
    qtbot.keyClicks(page.search, "bh ri")
    qtbot.waitUntil(lambda: page.model.rowCount() < live_households(commune_db))
    names = shown(page, 0)
    assert names and any("Bhríu" in name for name in names)
    assert all("bh" in fold(n) and "ri" in fold(n) for n in names)
    assert str(len(names)) in page.count_label.text()
    qtmodeltester.check(page.model)


def test_filters_by_status_village_ethnicity_and_year(qtbot, page, commune_db):
    status = page.filters["status"]
    status.setCurrentIndex(status.findData("poor"))
    assert set(shown(page, 7)) == {households.status_label("poor")}
    expected = commune_db.execute(
        "SELECT count(*) FROM household_year y JOIN household h ON h.id = y.household_id "
        "WHERE y.year = ? AND y.status = 'poor' AND y.deleted = 0 AND h.deleted = 0",
        [YEAR],
    ).fetchone()[0]
    assert page.model.rowCount() == expected > 0
    page.year_box.setCurrentIndex(page.year_box.findData(YEAR - 3))
    earlier = commune_db.execute(
        "SELECT count(*) FROM household_year WHERE year = ? AND status = 'poor'", [YEAR - 3]
    ).fetchone()[0]
    assert page.model.rowCount() == earlier != expected
    status.setCurrentIndex(0)
    village = page.filters["village_id"]
    village.setCurrentIndex(1)
    assert set(shown(page, 4)) == {village.currentText()}
    ethnic = page.filters["ethnic_code"]
    ethnic.setCurrentIndex(ethnic.findData("27"))
    assert "Bh'noong" in ethnic.currentText()  # local names are shown with the group
    assert set(shown(page, 3)) == {"Giẻ-Triêng"}


def fill_new(qtbot, dialog: HouseholdDialog, name: str = "Pơloong Thị Xuân") -> None:
    dialog.head_name.setText(name)  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.birth_year, "1984")
    dialog.gender.setCurrentIndex(dialog.gender.findData("nu"))
    dialog.ethnicity.setCurrentIndex(dialog.ethnicity.findData("26"))
    dialog.members.setValue(4)
    dialog.village.setCurrentIndex(1)
    qtbot.keyClicks(dialog.phone, "0905 222 333")
    qtbot.keyClicks(dialog.income, "1.100.000")
    for code in ("nguon_nuoc", "nha_tieu", "chat_luong_nha_o"):
        dialog.indicators.boxes[code].setChecked(True)


def info_households(run_cli, context) -> int:
    result = run_cli("--data-dir", context.data_dir.root, "info", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)["counts"]["households"]


def test_new_household_through_the_form(qtbot, page, context, commune_db, run_cli):
    before = live_households(commune_db)
    counted = info_households(run_cli, context)
    dialog = page.open_record(None)
    fill_new(qtbot, dialog)
    assert dialog.status.text() == households.status_label("poor")
    assert "1.100.000 đ" in dialog.reasons.text() and "3" in dialog.reasons.text()
    dialog.indicators.boxes["nha_tieu"].setChecked(False)
    assert dialog.status.text() == households.status_label("near_poor")
    dialog.indicators.boxes["nha_tieu"].setChecked(True)
    with qtbot.waitSignal(context.changes.changed):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert live_households(commune_db) == before + 1
    assert info_households(run_cli, context) == counted + 1
    row = commune_db.execute(
        "SELECT h.search_key, y.status, y.deprivations FROM household h "
        "JOIN household_year y ON y.household_id = h.id WHERE h.head_name = 'Pơloong Thị Xuân'"
    ).fetchone()
    assert row[0].startswith("poloong thi xuan") and row[1] == "poor"
    assert set(json.loads(row[2])) == {"nguon_nuoc", "nha_tieu", "chat_luong_nha_o"}
    qtbot.keyClicks(page.search, "poloong xuan")
    qtbot.waitUntil(lambda: "Pơloong Thị Xuân" in shown(page, 0))


def test_form_shows_errors_beside_fields_and_asks_before_losing_changes(
    qtbot, page, commune_db, monkeypatch
):
    before = live_households(commune_db)
    dialog = page.open_record(None)
    qtbot.keyClicks(dialog.birth_year, "19x5")
    dialog.members.setValue(0)
    assert not dialog.try_save()
    assert dialog.error_text("head_name")
    assert dialog.error_text("head_birth_year")
    dialog.birth_year.clear()
    qtbot.keyClicks(dialog.birth_year, "1975")
    assert not dialog.try_save()
    assert dialog.error_text("head_name") and dialog.error_text("members")
    assert dialog.error_text("village_id")
    assert live_households(commune_db) == before
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.Cancel,
    )
    dialog.reject()
    assert asked and dialog.isVisible()
    dialog.mark_clean()


def test_duplicate_warns_before_saving(qtbot, page, context, commune_db, monkeypatch):
    head, village_id, birth = commune_db.execute(
        "SELECT head_name, village_id, head_birth_year FROM household WHERE deleted = 0 LIMIT 1"
    ).fetchone()
    before = live_households(commune_db)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(parent, title, text, *args, **kw):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = page.open_record(None)
    dialog.head_name.setText(head.upper())
    qtbot.keyClicks(dialog.birth_year, str(birth))
    dialog.village.setCurrentIndex(dialog.village.findData(village_id))
    assert not dialog.try_save()
    assert head in asked[0]
    assert live_households(commune_db) == before
    assert dialog.try_save()
    assert live_households(commune_db) == before + 1


def test_editing_a_year_keeps_other_years(qtbot, page, context, commune_db):
    household_id = page.model.row_id(0)
    history = households.years(commune_db, household_id)
    dialog = HouseholdDialog(context, household_id, page, year=YEAR)
    assert dialog.history.rowCount() == len(history) > 1
    dialog.income.clear()
    qtbot.keyClicks(dialog.income, "9000000")
    assert dialog.status.text() == households.status_label("not_poor")
    assert dialog.try_save()
    after = {y.year: y for y in households.years(commune_db, household_id)}
    assert after[YEAR].status == "not_poor" and after[YEAR].income_per_month == 9_000_000
    assert {y.year: y for y in history if y.year != YEAR} == {
        k: v for k, v in after.items() if k != YEAR
    }


def test_villages_added_and_renamed_show_in_the_filter(qtbot, page, context):
    dialog = VillagesDialog(context, page)
    dialog.name.setText("Thôn Ka Dăng")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert page.filters["village_id"].findText("Thôn Ka Dăng") > 0
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "thon ka dang")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden() and "Thôn Ka Dăng" in dialog.error.text()
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    dialog.name.clear()
    dialog.name.setText("Thôn A Réh")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert page.filters["village_id"].findText("Thôn A Réh") > 0
    assert page.filters["village_id"].findText("Thôn Ka Dăng") < 0


def test_delete_goes_to_trash_and_restores(
    qtbot, qtmodeltester, page, context, commune_db, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trash_page = TrashPage(context)
    qtbot.addWidget(trash_page)
    before_trash = trash_page.model.rowCount()
    name = page.model.index(0, 0).data()
    household_id = page.model.row_id(0)
    page.view.selectRow(0)
    with qtbot.waitSignal(context.changes.changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert household_id not in page.model.ids()
    assert trash_page.model.rowCount() == before_trash + 1
    qtmodeltester.check(trash_page.model)
    row = next(
        r for r in range(trash_page.model.rowCount()) if name in trash_page.model.index(r, 2).data()
    )
    assert (
        trash_page.model.index(row, 0).data() == "Hộ gia đình"
        or trash_page.model.index(row, 0).data() == "Household"
    )
    pending = commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    trash_page.view.selectRow(row)
    qtbot.mouseClick(trash_page.restore_button, Qt.MouseButton.LeftButton)
    assert household_id in page.model.ids()
    assert trash_page.model.rowCount() == before_trash
    assert commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0] == pending + 1


def test_import_dialog_refuses_bad_rows_until_fixed_or_skipped(
    qtbot, page, context, commune_db, tmp_path
):
    from tests.cli.test_import_households import BAD_ROWS, write_book

    book = write_book(tmp_path / "ho.xlsx", BAD_ROWS)
    before = live_households(commune_db)
    dialog = ImportDialog(context, page)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.load_file(book)
    assert dialog.sheet_box.currentText() == "Danh sách hộ"
    assert dialog.mapping_boxes["head_name"].currentText() == "Họ và tên chủ hộ"
    assert [r.number for r in dialog.report.bad] == sorted(BAD_ROWS)
    assert not dialog.import_button.isEnabled()
    assert "47" in dialog.summary.text() and "3" in dialog.summary.text()
    # the refused rows come first; correct the birth year of row 7 in place
    column = 2 + dialog.keys.index("head_birth_year")
    assert dialog.preview.item(0, 0).text() == "7"
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.preview.item(0, column).setText("1970")
    assert [r.number for r in dialog.report.bad] == [23, 41]
    assert live_households(commune_db) == before
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.written == 48
    assert live_households(commune_db) == before + 48
    assert page.model.rowCount() == before + 48


def test_import_dialog_broken_file(qtbot, page, context, tmp_path):
    path = tmp_path / "bảng.xlsx"
    path.write_bytes(b"plain text, not a workbook")
    dialog = ImportDialog(context, page)
    dialog.load_file(path)
    assert not dialog.error.isHidden() and "bảng.xlsx" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


@pytest.fixture
def hub_context(data_dir):
    from desktop import cli
    from desktop.models import store

    args = ["--data-dir", str(data_dir.root), "init", "--role", "hub", "--unit", "48"]
    assert cli.main([*args, "--station", "Máy huyện Nam Giang", "--officer", "Lê Văn Hòa"]) == 0
    db = store.open_database(data_dir)
    yield AppContext(db, data_dir, station.info(db), Changes())
    db.conn.close()


def test_hub_shows_every_commune_with_a_commune_filter(qtbot, hub_context):
    from desktop.models import villages

    db = hub_context.db
    for commune, head in (("20704", "Zơrâm Văn Hùng"), ("20698", "Hồ Thị Lan")):
        village_id = villages.add_village(db, f"Thôn Một {commune}", commune)
        households.save(
            db, households.Household(head_name=head, village_id=village_id, commune_code=commune)
        )
    page = HouseholdsPage(hub_context)
    qtbot.addWidget(page)
    assert sorted(shown(page, 0)) == ["Hồ Thị Lan", "Zơrâm Văn Hùng"]
    assert not page.village_filter.isEnabled()  # villages of one commune, once it is chosen
    communes = page.filters["commune_code"]
    communes.setCurrentIndex(communes.findData("20704"))
    assert shown(page, 0) == ["Zơrâm Văn Hùng"]
    assert "La Dêê" in communes.currentText()
    assert [page.village_filter.itemText(i) for i in range(1, page.village_filter.count())] == [
        "Thôn Một 20704"
    ]
    page.village_filter.setCurrentIndex(1)
    communes.setCurrentIndex(communes.findData("20698"))
    assert shown(page, 0) == ["Hồ Thị Lan"]
    assert not page.new_button.isEnabled() and not page.import_button.isEnabled()
    assert not page.delete_button.isEnabled()
