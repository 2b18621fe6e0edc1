"""The observation import dialog, from the surveys page's button to the observations written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.observation_import_dialog import ObservationImportDialog
from desktop.views.surveys_page import SurveysPage
from tests.cli.test_import_observations import new_round, write_sheet


def observed(db, survey_id: str) -> int:
    return db.execute(
        "SELECT count(*) FROM survey_observation WHERE survey_id = ? AND deleted = 0", [survey_id]
    ).fetchone()[0]


def test_a_round_imported_through_the_dialog(qtbot, context, commune_dir, commune_db, tmp_path):
    survey_id, picked = new_round(commune_dir)
    write_sheet(tmp_path / "ra-soat.xlsx", picked)
    page = SurveysPage(context)
    qtbot.addWidget(page)
    page.show()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == survey_id)
    page.view.selectRow(row)
    qtbot.mouseClick(page.import_observations, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ObservationImportDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Rà soát hộ nghèo cuối năm 2025" in dialog.windowTitle()
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        dialog.load_file(tmp_path / "ra-soat.xlsx")
    assert dialog.columns.box_of("Mã hộ").currentData() == "code"
    assert "dòng 4: dòng đánh số cột" in dialog.notes.toPlainText()
    assert dialog.preview.item(0, 0).text() == "9"  # the refused row first
    assert "KHONG-CO-MA" in dialog.preview.item(0, 1).text()
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.skip_bad, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.written == 4 and observed(commune_db, survey_id) == 4


def test_a_broken_file_in_the_dialog(qtbot, context, commune_dir, tmp_path):
    survey_id, _picked = new_round(commune_dir)
    path = tmp_path / "hỏng.ods"
    path.write_bytes(b"PK\x03\x04 not really")
    dialog = ObservationImportDialog(context, survey_id)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert "hỏng.ods" in dialog.error.text() and not dialog.import_button.isEnabled()


def test_a_round_imported_from_the_keyboard(
    qtbot, context, commune_dir, commune_db, tmp_path, monkeypatch
):
    """Space on "Choose file…", Space on "skip the refused rows", Enter on "Import" (point 14)."""
    from keyboard_only import press, tab_to
    from PySide6.QtWidgets import QApplication

    survey_id, picked = new_round(commune_dir)
    book = tmp_path / "ra-soat.xlsx"
    write_sheet(book, picked)
    monkeypatch.setattr("desktop.views.sheet_import.choose_spreadsheet", lambda parent: book)
    page = SurveysPage(context)
    qtbot.addWidget(page)
    page.show()
    page.select_round(survey_id)
    qtbot.mouseClick(page.import_observations, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ObservationImportDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.choose_button)
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, dialog.skip_bad, limit=200)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, dialog.import_button)
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.written == 4 and observed(commune_db, survey_id) == 4
    shown = page.observation_view.model()
    assert shown.rowCount() >= 4
