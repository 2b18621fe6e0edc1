"""A spreadsheet without a year column, on a PC whose year the station has never seen: the
import dialog asks which year the file is for instead of filing it under the PC's year."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.models.db import transaction
from desktop.views.import_dialog import ImportDialog


def answer_year(year: int | None, asked: list[str]) -> QTimer:
    """Answer the year question when it opens (None: cancel it)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            asked.append(dialog.labelText())
            if year is None:
                dialog.reject()
            else:
                dialog.setIntValue(year)
                dialog.accept()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_the_dialog_asks_for_the_year_and_files_under_the_answer(qtbot, context, tmp_path):
    from tests.cli.test_import_households import write_book

    db = context.db
    with transaction(db):
        db.execute("UPDATE household_year SET year = year - 10")
    first, last = db.execute("SELECT min(year), max(year) FROM household_year").fetchone()
    book = write_book(tmp_path / "ho.xlsx", rows=6)
    asked: list[str] = []
    timer = answer_year(last, asked)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.load_file(book)
    timer.stop()

    assert len(asked) == 1 and f"từ năm {first} đến năm {last}" in asked[0]
    assert {row.household.year for row in dialog.report.good} == {last}


def test_declining_to_say_the_year_checks_nothing(qtbot, context, tmp_path):
    from tests.cli.test_import_households import write_book

    db = context.db
    with transaction(db):
        db.execute("UPDATE household_year SET year = year - 10")
    asked: list[str] = []
    timer = answer_year(None, asked)
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_file(write_book(tmp_path / "ho.xlsx", rows=6))
    qtbot.waitUntil(lambda: bool(asked) and not dialog.error.isHidden(), timeout=20_000)
    timer.stop()
    assert "năm nào" in dialog.error.text()
    assert dialog.report is None and not dialog.import_button.isEnabled()
