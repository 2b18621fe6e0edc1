"""The receipt and its hand-out from the keyboard alone (issue 12, point 14): Ctrl+N opens a new
receipt with the cursor in its first field, Tab and Ctrl+Tab go through the fields and tabs, Enter
saves; the saved receipt stays open with the cursor on "Hand out…", Space opens the hand-out,
which starts on its item, and Enter hands out. Keys go to whichever widget has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.models import receipts, reference
from desktop.models.text import fold
from desktop.views.main_window import MainWindow
from desktop.views.receipt import HandOutDialog, ReceiptDialog

COMMUNE = "20704"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    widget = MainWindow(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Each key to the widget that has the focus then (a table hands on to its cell editor)."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def tab_to(qtbot, widget: QWidget, limit: int = 40) -> None:
    for _ in range(limit):
        now = QApplication.focusWidget()
        if now is widget or (now is not None and widget.isAncestorOf(now)):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def _open(window, kind):
    return next(d for d in window.findChildren(kind) if d.isVisible())


def test_a_receipt_and_its_hand_out_from_the_keyboard_alone(qtbot, window, context):
    db = context.db
    before = db.execute("SELECT count(*) FROM receipt WHERE deleted = 0").fetchone()[0]
    window.show_page("receipts")
    press(qtbot, Qt.Key.Key_N, CTRL)  # Thêm mới
    dialog = _open(window, ReceiptDialog)
    qtbot.waitUntil(lambda: dialog.date.isAncestorOf(focused()) or focused() is dialog.date)

    sponsor = receipts.sponsor_choices(db, COMMUNE)[0]
    kinds = {c.code: c.name for c in reference.catalog(db.conn, "resource_kind")}
    categories = {c.code: c.name for c in reference.catalog(db.conn, "support_category")}
    for box, text in (
        (dialog.sponsor, sponsor.label),
        (dialog.kind, kinds["hien_vat"]),
        (dialog.category, categories["nong_lam_nghiep"]),
    ):
        tab_to(qtbot, box)
        type_text(qtbot, fold(text))
    assert dialog.sponsor.currentData() == sponsor.id
    assert dialog.kind.currentData() == "hien_vat"
    assert dialog.category.currentData() == "nong_lam_nghiep"
    tab_to(qtbot, dialog.place)
    type_text(qtbot, "Nha van hoa thon")
    tab_to(qtbot, dialog.minutes)
    type_text(qtbot, "07/BB-UBND")

    # Ctrl+Tab: the items, the cursor in their first cell; Tab goes from cell to cell
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    items = dialog.items_tab.table
    assert dialog.tabs.currentWidget() is dialog.items_tab and items.isAncestorOf(focused())
    for text in ("Ga giong", "con", "20", "50000"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    assert items.item(0, 4).text() == "1.000.000 đ"

    # the representatives: the receiver's name on the second line
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    press(qtbot, Qt.Key.Key_Tab, CTRL)
    parties = dialog.parties_tab.table
    assert dialog.tabs.currentWidget() is dialog.parties_tab
    for _ in range(20):  # Tab to the table itself (not the side box of a line)
        if focused() is parties:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is parties
    for row, name in ((0, "Nguyen Van Hai"), (1, "Alang Van Thuong")):
        while parties.currentRow() != row or parties.currentColumn() != 1:
            press(qtbot, Qt.Key.Key_Down if parties.currentRow() < row else Qt.Key.Key_Right)
        if parties.item(row, 1).text():
            continue  # the sponsor's representative, filled in
        type_text(qtbot, name)
        press(qtbot, Qt.Key.Key_Return)  # ends the cell's editing (Qt commits it queued)
        qtbot.waitUntil(lambda r=row, n=name: parties.item(r, 1).text() == n)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)  # Enter saves
    assert db.execute("SELECT count(*) FROM receipt WHERE deleted = 0").fetchone()[0] == before + 1
    saved = receipts.load(db, dialog.record_id)
    assert [(i.name, i.quantity, i.unit_price) for i in saved.items] == [("Ga giong", 20, 50_000)]
    assert saved.minutes_number == "07/BB-UBND" and saved.place == "Nha van hoa thon"

    # still open, the cursor on "Hand out…": Space opens the hand-out on its item
    assert dialog.isVisible() and focused() is dialog.hand_out_button
    press(qtbot, Qt.Key.Key_Space)
    handout = _open(window, HandOutDialog)
    qtbot.waitUntil(lambda: focused() is handout.item)
    tab_to(qtbot, handout.to_households)
    press(qtbot, Qt.Key.Key_Right)  # the arrows choose among the radio buttons
    assert handout.to_villages.isChecked()
    tab_to(qtbot, handout.recipients)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)  # ticks the village
    assert len(handout.ticked()) == 1
    tab_to(qtbot, handout.quantity)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "5")
    press(qtbot, Qt.Key.Key_Return)  # Enter hands out
    item = saved.items[0]
    assert receipts.remaining(db, item.id) == 15
    assert handout.table.rowCount() == 1 and handout.ticked() == []
    assert "5 / 20 con" in items.item(0, 5).text()  # the receipt shows it at once
    press(qtbot, Qt.Key.Key_Escape)  # closes the hand-out, back on the receipt
    assert not handout.isVisible() and dialog.isVisible()
