"""Typed entry fields for record forms (dates that may be left empty, numbers as people type
them, check lists) and the column sizing of small detail tables.

Their values go to models as text (ISO dates, raw numbers) so the models' checks give the
Vietnamese message beside the field; a date typed wrongly reaches models as invalid text and is
refused there like any other bad value.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from desktop.models.text import format_date, format_number, parse_date, parse_number, search_key


class DateLine(QLineEdit):
    """A date typed as dd/mm/yyyy; empty means no date."""

    def __init__(self, value: str | dt.date | None = None) -> None:
        super().__init__(format_date(value) if value else "")
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaximumWidth(160)

    def value(self) -> str | None:
        """ISO text of the date, None when empty, the typed text itself when it is no date."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text).isoformat()
        except ValueError:
            return text

    def set_value(self, value: str | dt.date | None) -> None:
        self.setText(format_date(value) if value else "")


class NumberLine(QLineEdit):
    """The program's one number and money input: typed and shown the Vietnamese way
    ("42.000.000", "20,5") whatever the computer's regional setting; empty means none.

    Not a QSpinBox: those read and write by the system locale ("20,5" becomes 205 with an
    English setting). When the officer leaves the field, a number is rewritten grouped
    ("1500000" -> "1.500.000"); text that is no number stays for the models to refuse.
    """

    def __init__(self, value: float | int | None = None, placeholder: str = "") -> None:
        super().__init__(format_number(value) if value is not None else "")
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(220)
        self.editingFinished.connect(self._tidy)

    def value(self) -> str | None:
        """The text typed, for the models' checks (None when empty)."""
        text = self.text().strip()
        return text or None

    def number(self) -> float | None:
        """The number typed (None when empty); ValueError when it is no number."""
        text = self.text().strip()
        return parse_number(text) if text else None

    def set_number(self, value: float | int | None) -> None:
        self.setText(format_number(value) if value is not None else "")

    def _tidy(self) -> None:
        try:
            number = self.number()
        except ValueError:
            return
        if number is not None and self.text() != format_number(number):
            self.setText(format_number(number))


class Combo(QComboBox):
    """The program's choice box: typing picks an entry ignoring diacritics, case, spaces,
    hyphens and apostrophes ("co tu" or "cotu" picks "Cơ-tu"), where Qt's own type-ahead
    wants the letters exactly as shown ("Cơ" picks "Cơ-ho", "co tu" nothing)."""

    TYPING_PAUSE_MS = 1000  # a longer pause starts a new search
    SHOWN_LETTERS = 18  # the box is this wide, whatever its longest entry; the list shows all

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()
        # long entries ("Cơ-tu (Cơ Tu, Ca-tu, …)") must not make a form wider than the screen
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(self.SHOWN_LETTERS)

    def showPopup(self) -> None:  # noqa: N802 (Qt name)
        view = self.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 900))
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        text = event.text()
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if self.isEditable() or not text.isprintable() or not text or event.modifiers() & commands:
            super().keyPressEvent(event)
            return
        if not self._since.isValid() or self._since.elapsed() > self.TYPING_PAUSE_MS:
            self._typed = ""
        self._since.restart()
        self._typed += text
        index = self.find_typed(self._typed)
        if index >= 0:
            self.setCurrentIndex(index)
        event.accept()

    def find_typed(self, typed: str) -> int:
        """The first entry starting with what was typed, else the first holding it; -1: none."""
        key = search_key(typed)
        if not key:
            return -1
        keys = [search_key(self.itemText(i)) for i in range(self.count())]
        for matcher in (str.startswith, str.__contains__):
            for index, item in enumerate(keys):
                if matcher(item, key):
                    return index
        return -1


class CheckList(QWidget):
    """Check boxes for (code, label) items in columns; `checked()` gives the codes ticked."""

    def __init__(
        self, items: list[tuple[str, str]], checked: list[str] | None = None, columns: int = 2
    ) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(items) + columns - 1) // columns
        for i, (code, label) in enumerate(items):
            box = QCheckBox(label)
            box.setChecked(code in (checked or []))
            self.boxes[code] = box
            grid.addWidget(box, i % rows if rows else 0, i // rows if rows else 0)

    def checked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


def stretch_last(table: QTableWidget, row_height: int = 24) -> None:
    """Columns sized to their contents with the last one taking the rest (notes, names)."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if table.columnCount():
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(row_height)
