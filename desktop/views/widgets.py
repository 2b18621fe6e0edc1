"""Small widgets shared by pages: headings, figure cards, read-only tables of small results.

The overview's first paint uses the heading and the cards only: the tables' Qt classes and Qt's
namespace of enums (some 15 ms to create) are imported by the functions that use them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.views import look

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget


def on_key(widget: QWidget, key: QKeySequence | Qt.Key, slot: Callable[[], None]) -> QShortcut:
    """Run `slot` when `key` is pressed while `widget` (a list, a table) has the focus."""
    from PySide6.QtCore import Qt

    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


DELETE = QKeySequence.StandardKey.Delete


def action(text: str, parent: QWidget) -> QAction:
    """A menu action or shortcut named `text`. Made as QAction(parent) and then named: the
    overloads of QAction(text, parent) have PySide create QIcon's type to choose among them
    (some 3 ms, which the window's first paint does without)."""
    made = QAction(parent)
    made.setText(text)
    return made


@functools.cache
def right() -> Qt.AlignmentFlag:
    """Numbers' alignment, made once: combining two flags is a Python call per cell otherwise
    (and naming Qt's namespace of enums at import would cost the first paint)."""
    from PySide6.QtCore import Qt

    return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    look.heading(label)
    return label


class FigureCard(look.Card):
    """A large figure with a caption under it and an optional note."""

    def __init__(self, caption: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.value = QLabel()
        look.figure(self.value)
        self.caption = QLabel(caption)
        look.caption(self.caption)
        self.note = QLabel()
        look.note(self.note)
        self.note.setWordWrap(True)
        for widget in (self.value, self.caption, self.note):
            layout.addWidget(widget)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))


def small_table(
    headers: list[str], rows: list[list[str]], numeric: set[int] | None = None
) -> QTableWidget:
    """A read-only table for a handful of rows (figures, not records)."""
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(len(rows), len(headers))
    fill_table(table, headers, rows, numeric or set())
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setTabKeyNavigation(False)  # Tab goes on to the next field, not the next cell
    return table


def fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[str]],
    numeric: set[int],
    stretch: int = 0,
) -> None:
    """`rows` under `headers`; column `stretch` takes the free width, the others their
    contents'."""
    from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

    aligned = right()
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(aligned)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    for c in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if c == stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)
