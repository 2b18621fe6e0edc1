"""The officer's keyboard in tests: keys go to whichever widget has the focus, as they do
on a real keyboard; nothing is set by calling a widget's methods."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_text(qtbot, text: str) -> None:
    """Type into the focused widget. Letters with diacritics come as key events carrying
    their text, as a Vietnamese keyboard (Unikey, the Windows Vietnamese layout) sends them;
    QTest can only type Latin-1."""
    for char in text:
        widget = focused()
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, widget: QWidget, limit: int = 80) -> None:
    """Press Tab until `widget` has the focus (AssertionError when Tab never reaches it)."""
    for _ in range(limit):
        now = QApplication.focusWidget()
        if now is widget or (now is not None and widget.isAncestorOf(now)):  # an editable combo
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def fill(qtbot, widget: QWidget, text: str) -> None:
    """Tab to a field, clear what it holds (Ctrl+A, Delete) and type `text`."""
    tab_to(qtbot, widget)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    type_text(qtbot, text)


def save(qtbot, dialog) -> None:
    """Ctrl+S: the dialog saves wherever the cursor is (Enter types a line in notes)."""
    with qtbot.waitSignal(dialog.saved, timeout=3000, raising=False) as blocker:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    errors = [label.text() for label in dialog.findChildren(QLabel, "fieldError") if label.text()]
    assert blocker.signal_triggered, f"not saved: {errors}"


def starts_in_first_field(qtbot, dialog, first: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert QApplication.focusWidget() not in dialog.findChildren(type(dialog.buttons.buttons()[0]))
