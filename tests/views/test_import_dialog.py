"""The import dialog driven through its widgets: the table found, a drop-down per column, the
year asked for, refused rows corrected or skipped, proposed villages confirmed, the mapping
remembered per file layout, the import in the background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.households_page import HouseholdsPage
from desktop.views.import_dialog import ImportDialog
from tests.cli.test_import_households import BAD_ROWS, write_book
from tests.models import government_list


@pytest.fixture
def page(qtbot, context) -> Iterator[HouseholdsPage]:
    widget = HouseholdsPage(context)
    qtbot.addWidget(widget)
    yield widget


def live_households(db) -> int:
    return db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]


def open_dialog(qtbot, context, page) -> ImportDialog:
    dialog = ImportDialog(context, page)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_year(qtbot, dialog: ImportDialog, year: str) -> None:
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, year)
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)


def test_refused_rows_fixed_or_skipped_after_the_year_is_given(
    qtbot, page, context, commune_db, tmp_path
):
    book = write_book(tmp_path / "ho.xlsx", BAD_ROWS)
    before = live_households(commune_db)
    dialog = open_dialog(qtbot, context, page)
    dialog.load_file(book)
    # incomes without a year: the dialog asks for it instead of using the PC's clock
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "năm" in dialog.error.text().lower()
    assert dialog.report is None and not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        type_year(qtbot, dialog, "2025")
    assert dialog.sheet_box.currentText() == "Danh sách hộ"
    assert dialog.columns.box_of("Họ và tên chủ hộ").currentData() == "head_name"
    assert "STT" in dialog.notes.toPlainText()  # named as a column not used
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
    year = commune_db.execute(
        "SELECT DISTINCT y.year FROM household_year y JOIN household h ON h.id = y.household_id "
        "WHERE h.head_name LIKE 'Alăng Văn Nhập %'"
    ).fetchall()
    assert year == [(2025,)]


def test_government_list_through_the_dialog(qtbot, page, context, commune_db, tmp_path):
    book = government_list.write_xlsx(tmp_path / "ds-ho-ngheo.xlsx")
    before = live_households(commune_db)
    dialog = open_dialog(qtbot, context, page)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.load_file(book)
    assert dialog.header_row.value() == 7
    notes = dialog.notes.toPlainText()
    assert "dòng 7–8" in notes and "dòng 9: dòng đánh số cột" in notes
    assert "dòng 17: dòng tổng cộng" in notes and "dòng 19–20, 22: phần chữ ký" in notes
    assert "Số CCCD" in notes and "TCVN3" in notes and "VNI" in notes
    assert "Đăk Ốc → Thôn Đắc Ốc" in notes and "2025" in notes
    assert dialog.columns.box_of("Năm sinh — Nam").currentData() == "birth_year_male"
    assert dialog.columns.box_of("Năm sinh — Nữ").currentData() == "birth_year_female"
    # two rows wait for the proposed village: nothing can be imported until it is accepted
    assert not dialog.import_button.isEnabled()
    assert dialog.accept_suggestions.isEnabled()
    # the officer maps the ID-card column to the household code with its drop-down
    box = dialog.columns.box_of("Số CCCD")
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        box.setCurrentIndex(box.findData("code"))
    assert "Số CCCD" not in dialog.notes.toPlainText().split("không dùng")[-1].split("\n")[0]
    qtbot.mouseClick(dialog.accept_suggestions, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert live_households(commune_db) == before + len(government_list.HOUSEHOLDS)
    code = commune_db.execute(
        "SELECT code FROM household WHERE head_name = 'Zơrâm Thị Mai'"
    ).fetchone()
    assert code == ("049000000004",)
    # the same layout again: the mapping the officer chose comes back
    again = open_dialog(qtbot, context, page)
    with qtbot.waitSignal(again.checked, timeout=20000):
        again.load_file(book)
    assert again.columns.box_of("Số CCCD").currentData() == "code"
    assert len(again.report.already) == len(government_list.HOUSEHOLDS)


def test_header_row_chosen_by_hand(qtbot, page, context, tmp_path):
    book = government_list.write_xlsx(tmp_path / "ds.xlsx")
    dialog = open_dialog(qtbot, context, page)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.load_file(book)
    dialog.header_row.setFocus()
    dialog.header_row.selectAll()
    qtbot.keyClicks(dialog.header_row, "4")
    qtbot.keyClick(dialog.header_row, Qt.Key.Key_Return)
    # the title row names no field: the officer is asked for the columns
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    assert "Chủ hộ" in dialog.error.text() and dialog.header_row.value() == 4
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.header_row.selectAll()
        qtbot.keyClicks(dialog.header_row, "7")
        qtbot.keyClick(dialog.header_row, Qt.Key.Key_Return)
    assert len(dialog.report.rows) == len(government_list.HOUSEHOLDS)


def test_broken_and_password_protected_files(qtbot, page, context, tmp_path):
    path = tmp_path / "bảng.xlsx"
    path.write_bytes(b"plain text, not a workbook")
    dialog = ImportDialog(context, page)
    dialog.load_file(path)
    assert not dialog.error.isHidden() and "bảng.xlsx" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    dialog.load_file(Path(__file__).resolve().parent.parent / "data" / "co-mat-khau.xlsx")
    assert "mật khẩu" in dialog.error.text() and dialog.file_label.text() == "Chưa chọn tệp."
    assert not dialog.import_button.isEnabled()


def test_the_households_page_opens_the_dialog(qtbot, page):
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialogs = page.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].windowTitle() == "Nhập danh sách hộ từ bảng tính"
    dialogs[0].reject()


def test_a_similar_household_waits_for_the_officers_word(
    qtbot, page, context, commune_db, tmp_path
):
    import openpyxl

    head, village, birth, members = commune_db.execute(
        "SELECT h.head_name, v.name, h.head_birth_year, h.members FROM household h "
        "JOIN village v ON v.id = h.village_id WHERE h.head_birth_year IS NOT NULL "
        "AND h.deleted = 0 ORDER BY h.id LIMIT 1"
    ).fetchone()
    book = openpyxl.Workbook()
    book.active.append(["Chủ hộ", "Thôn", "Năm sinh", "Số khẩu"])
    book.active.append([head, village, birth, members + 2])
    book.save(tmp_path / "giong.xlsx")
    before = live_households(commune_db)
    dialog = open_dialog(qtbot, context, page)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.load_file(tmp_path / "giong.xlsx")
    assert dialog.preview.item(0, 1).text().startswith("cùng họ tên, thôn và năm sinh")
    assert not dialog.import_button.isEnabled() and dialog.allow_similar.isEnabled()
    qtbot.mouseClick(dialog.allow_similar, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert live_households(commune_db) == before + 1


def test_an_import_from_the_keyboard_alone(qtbot, page, context, commune_db, tmp_path, monkeypatch):
    """Space on "Choose file…", Tab to what needs ticking, Enter on "Import" (point 14); only
    the system's file dialog is answered for the officer."""
    from keyboard_only import press, tab_to

    book = government_list.write_xlsx(tmp_path / "ds-ho-ngheo.xlsx")
    monkeypatch.setattr("desktop.views.sheet_import.choose_spreadsheet", lambda parent: book)
    before = live_households(commune_db)
    page.show()
    dialog = open_dialog(qtbot, context, page)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choose_button)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, dialog.accept_suggestions, limit=200)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.accept_suggestions.isChecked()
    tab_to(qtbot, dialog.import_button)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        press(qtbot, Qt.Key.Key_Return)
    assert live_households(commune_db) == before + len(government_list.HOUSEHOLDS)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "bhriu van dong")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Bhríu Văn Đông" in page.model.index(0, 0).data()
