"""What the receipt dialog's parts share: the item data role, error lines, dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel

from desktop.views import look

ID = Qt.ItemDataRole.UserRole


def error_label() -> QLabel:
    label = look.error_line()
    label.setWordWrap(True)
    label.hide()
    return label


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def iso(box: QDateEdit) -> str:
    return box.date().toString("yyyy-MM-dd")
