"""The keyboard alone: Ctrl+N, Ctrl+F, Ctrl+Q, Tab through every field, Enter to save, Delete
on lists; dialogs open with the cursor in their first field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from desktop.models.text import fold
from desktop.views.forms import RecordDialog
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    widget = MainWindow(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _dialog(page) -> RecordDialog:
    return next(d for d in page.findChildren(RecordDialog) if d.isVisible())


def _tab_to(qtbot, dialog, widget, limit: int = 60) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def test_a_household_from_the_keyboard_alone(qtbot, window, context):
    page = window.show_page("households")
    before = context.db.execute("SELECT count(*) FROM household").fetchone()[0]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Thêm mới
    dialog = _dialog(page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.head_name)  # not on "Lưu"
    qtbot.keyClicks(dialog.head_name, "Alang Van Phim")
    _tab_to(qtbot, dialog, dialog.birth_year)
    qtbot.keyClicks(dialog.birth_year, "1980")
    _tab_to(qtbot, dialog, dialog.village)
    village = dialog.village.itemText(1)
    qtbot.keyClicks(dialog.village, fold(village))
    assert dialog.village.currentIndex() == 1
    _tab_to(qtbot, dialog, dialog.notes)
    qtbot.keyClicks(dialog.notes, "ghi chu")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)  # leaves the notes, types no tab
    assert "\t" not in dialog.notes.toPlainText()
    # Tab reaches the right half: the year's income
    _tab_to(qtbot, dialog, dialog.income)
    qtbot.keyClicks(dialog.income, "900000")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.keyClick(dialog.income, Qt.Key.Key_Return)  # Enter saves
    saved = context.db.execute(
        "SELECT head_name, head_birth_year, notes FROM household ORDER BY rowid DESC LIMIT 1"
    ).fetchone()
    assert saved == ("Alang Van Phim", 1980, "ghi chu")
    assert context.db.execute("SELECT count(*) FROM household").fetchone()[0] == before + 1


def test_tab_leaves_the_need_description_and_every_dialog_starts_in_its_first_field(qtbot, window):
    page = window.show_page("needs")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(page)
    first = dialog.first_field()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert not isinstance(first, type(dialog.buttons.buttons()[0]))
    _tab_to(qtbot, dialog, dialog.description)
    assert isinstance(dialog.description, QPlainTextEdit)
    qtbot.keyClicks(dialog.description, "Nha van hoa")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    assert dialog.description.toPlainText() == "Nha van hoa"
    assert QApplication.focusWidget() is not dialog.description
    dialog.mark_clean()
    dialog.reject()
    for name in ("sponsors", "group", "surveys", "models", "receipts"):
        page = window.show_page(name)
        if not page.new_button.isEnabled():
            continue
        window.activateWindow()  # the closed dialog was the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = _dialog(page)
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.first_field())
        assert QApplication.focusWidget() not in dialog.buttons.buttons(), name
        dialog.mark_clean()
        dialog.reject()


def test_ctrl_f_delete_and_ctrl_q(qtbot, window, context, monkeypatch):
    page = window.show_page("households")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.setFocus()
    page.view.selectRow(0)
    chosen = page.model.row_id(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert context.db.execute(
        "SELECT deleted FROM household WHERE id = ?", [chosen]
    ).fetchone() == (1,)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
