"""Importing households from a commune's list (.xlsx, .xlsm, .xls, .ods, .csv): the table found,
a drop-down per column to choose its field, what was left out or converted, a checked preview,
one write.

Nothing is written until the officer presses Import. The dialog shows what the reader found —
the header row (which the officer may change), the rows left out (numbering, totals, signature),
the columns not used, text converted from legacy fonts, formula cells without a value — and what
the check found: refused rows in red with their reason (the officer corrects their cells in the
preview, checked again at once), rows waiting for a confirmation in yellow (a proposed village,
a household like one already listed), households already in the book in grey. The mapping is
remembered per file layout. Reading, checking and writing run on the thread pool with their own
database connection; a progress dialog appears after a short delay and can stop the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import backup, xlsx_import
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.views.context import AppContext
from desktop.views.jobs import Job
from desktop.views.sheet_import import (
    ALREADY,
    BAD,
    WAITING,
    SheetImportDialog,
    cell_text,
    progress_of,
)

NO_YEAR = 1999  # the year box's "not given" value
MAX_PREVIEW_ROWS = 2000  # refused and waiting rows come first
NOTES_PER_KIND = 200  # rows of each kind named in the notes; the summary counts them all


class ImportDialog(SheetImportDialog):
    table = "household"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, tr("Import households from a spreadsheet"), xlsx_import.FIELDS, parent
        )
        self.db = context.db
        self.rows: list[xlsx_import.RowResult] = []
        self.report: xlsx_import.Report | None = None
        self.keys: list[str] = []
        self.year_source = ""
        self.checked_year: int | None = None
        # a change made while a job runs waits for it: (what to do next) or None
        self.pending: Callable[[], None] | None = None

        self.sheet_box.setMinimumContentsLength(14)
        self.header_row.setToolTip(
            tr("The row of the column headers; 'found' lets the program find it.")
        )
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(tr("from the sheet"))
        self.year.setMinimumWidth(120)
        self.year.setToolTip(tr("The year of the poverty status and income in the list."))
        self.year.editingFinished.connect(self._year_changed)
        self.add_choice(tr("Year of the status"), self.year)

        self.columns.changed.connect(self._mapping_changed)
        self.notes.setPlaceholderText(tr("What the program found in the file appears here."))
        self.upper.setSizes([620, 520])

        self.hint = QLabel(
            tr(
                "Lacking indicators: their names or codes separated by commas or semicolons. "
                "Income: per person per month, in đồng."
            )
        )
        self.hint.setWordWrap(True)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview.itemChanged.connect(self._cell_edited)
        self.splitter.setSizes([260, 300])

        self.accept_suggestions = QCheckBox(tr("Use the proposed villages"))
        self.allow_similar = QCheckBox(tr("Import households like one already listed"))
        for box in (self.accept_suggestions, self.allow_similar):
            box.toggled.connect(self._update_buttons)
        self.summary.setWordWrap(True)
        self.import_button.setDefault(True)
        choices = QHBoxLayout()
        for box in (self.accept_suggestions, self.allow_similar, self.skip_bad):
            choices.addWidget(box)
        choices.addStretch(1)
        self.locked_while_busy += [self.year, self.preview]
        self.lay_out([self.hint, choices], [])
        self.resize(1200, 700)
        self._update_buttons()

    # ---- file, sheet and header row ----------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.report = None
        self.preview.clear()
        super()._fail(message)

    def _later(self, action: Callable[[], None]) -> bool:
        """Whether `action` must wait for the running job (it runs when that job has ended)."""
        if self.runner.busy:
            self.pending = action
            return True
        return False

    def _resume(self) -> bool:
        """Run the change that waited for the job just ended; whether there was one."""
        action, self.pending = self.pending, None
        if action is None:
            return False
        action()
        return True

    def _read(self) -> None:
        if self.path is None or not self.sheet_box.currentText() or self._later(self._read):
            return
        path, name = self.path, self.sheet_box.currentText()
        header_row = self.header_row.value() or None
        self.run(
            lambda _dir, _db, _job: xlsx_import.read_sheet(path, name, header_row),
            tr("Reading the sheet…"),
            self._sheet_read,
            self._sheet_failed,
        )

    def _sheet_failed(self, message: str) -> None:
        self.sheet = None
        self._fail(message)
        self._resume()

    def _sheet_read(self, sheet: xlsx_import.Sheet) -> None:
        self.sheet = sheet
        if self._resume():
            return
        self.show_sheet(sheet, xlsx_import.guess_mapping(self.db, sheet.headers))
        self._mapping_changed()

    # ---- mapping and checking ----------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        return self.columns.mapping()

    def _year_changed(self) -> None:
        if self.given_year() != self.checked_year or self.report is None:
            self._mapping_changed()

    def given_year(self) -> int | None:
        return None if self.year.value() == NO_YEAR else self.year.value()

    def _mapping_changed(self, *_: object) -> None:
        sheet = self.sheet
        if sheet is None:
            return
        mapping = self.mapping()
        self.notes.setPlainText("\n".join(xlsx_import.table_notes(sheet, mapping)))
        try:
            xlsx_import.check_mapping(mapping, sheet)
        except UserError as exc:
            self._fail(exc.message)
            return
        if xlsx_import.needs_year(sheet, mapping, self.given_year()):
            self._fail(
                tr(
                    "The list gives poverty status or income but no year (no Năm column, no year "
                    "in its title): choose the year of the status above."
                )
            )
            self.year.setFocus()
            return
        self.keys = [spec.key for spec in xlsx_import.FIELDS if spec.key in mapping]
        self.rows = xlsx_import.raw_rows(sheet, mapping)
        self.check()

    def check(self) -> None:
        """Check every row on the thread pool; the preview fills when it is done."""
        if self._later(self._mapping_changed):
            return
        self.error.hide()
        sheet = self.sheet
        if sheet is None:
            return
        self.checked_year = self.given_year()
        rows, commune = self.rows, self.context.commune_code
        year, self.year_source = xlsx_import.year_of_sheet(sheet, self.given_year())

        def work(_dir, db, job: Job) -> xlsx_import.Report:
            return xlsx_import.check(db, rows, commune, year, progress=progress_of(job))

        self.run(
            work,
            tr("Checking the rows…"),
            lambda report: self._checked(report, year),
            self._check_failed,
        )

    def _check_failed(self, message: str) -> None:
        self._fail(message)
        self._resume()

    def _checked(self, report: xlsx_import.Report, year: int | None) -> None:
        self.report = report
        sheet = self.sheet
        if sheet is not None:
            notes = xlsx_import.table_notes(sheet, self.mapping())
            notes += xlsx_import.report_notes(report, year, self.year_source, NOTES_PER_KIND)
            self.notes.setPlainText("\n".join(notes))
        self._fill_preview()
        if not self._resume():
            self.checked.emit()

    def _problem(self, row: xlsx_import.RowResult) -> tuple[str, QBrush | None]:
        if row.errors:
            return "; ".join(row.errors), BAD
        if row.present:
            return row.present, ALREADY
        notes = []
        if row.suggestion and self.report is not None:
            notes.append(
                tr("proposed village: {typed} → {village}").format(
                    typed=row.suggestion, village=self.report.suggestions[row.suggestion]
                )
            )
        if row.similar:
            notes.append(row.similar)
        return ("; ".join(notes), WAITING) if notes else (tr("OK"), None)

    def _fill_preview(self) -> None:
        """Row number, problem, then the mapped cells (editable): refused, waiting, then the rest."""
        titles = {spec.key: spec.title() for spec in xlsx_import.FIELDS}
        self.preview.blockSignals(True)
        self.preview.clear()
        self.preview.setColumnCount(len(self.keys) + 2)
        self.preview.setHorizontalHeaderLabels(
            [tr("Row"), tr("Check result"), *(titles[k] for k in self.keys)]
        )
        shown = [(row, *self._problem(row)) for row in self.rows]
        order = {id(BAD): 0, id(WAITING): 1, id(None): 2, id(ALREADY): 3}
        shown.sort(key=lambda item: (order[id(item[2])], item[0].number))
        shown = shown[:MAX_PREVIEW_ROWS]
        self.preview.setRowCount(len(shown))
        for r, (row, problem, brush) in enumerate(shown):
            number = QTableWidgetItem(str(row.number))
            number.setData(Qt.ItemDataRole.UserRole, row.number)
            items = [number, QTableWidgetItem(problem)]
            for item in items:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            items += [QTableWidgetItem(cell_text(row.values.get(k))) for k in self.keys]
            for c, item in enumerate(items):
                if brush is not None:
                    item.setBackground(brush)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(1, self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 280))
        self.preview.blockSignals(False)
        self._update_buttons()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """A corrected cell: store the new value in its row and check every row again."""
        column = item.column() - 2
        if not 0 <= column < len(self.keys):
            return
        number = self.preview.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        row = next(r for r in self.rows if r.number == number)
        row.values[self.keys[column]] = item.text()
        row.unvalued = []
        self.check()

    def _choices(self) -> tuple[bool, bool, bool]:
        return (
            self.accept_suggestions.isChecked(),
            self.allow_similar.isChecked(),
            self.skip_bad.isChecked(),
        )

    def _update_buttons(self, *_: object) -> None:
        report = self.report
        idle = not self.runner.busy
        accept, allow, skip = self._choices()
        waiting = report.waiting(accept, allow) if report is not None else []
        writable = report.to_write(accept, allow) if report is not None else []
        ready = (
            report is not None
            and bool(writable or report.year_records())
            and (not (report.bad or waiting) or skip)
        )
        self.import_button.setEnabled(ready and idle)
        self.skip_bad.setEnabled(report is not None and bool(report.bad or waiting) and idle)
        self.accept_suggestions.setEnabled(report is not None and bool(report.suggestions) and idle)
        self.allow_similar.setEnabled(report is not None and bool(report.similar) and idle)
        if report is not None:
            self.summary.setText(
                tr(
                    "{good} rows can be imported, {bad} rows are refused, {waiting} wait for "
                    "confirmation, {already} are already in the book."
                ).format(
                    good=len(writable),
                    bad=len(report.bad),
                    waiting=len(waiting),
                    already=len(report.already),
                )
            )

    # ---- importing ---------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.report is None or self.sheet is None or self.runner.busy:
            return
        report = self.report
        accept, allow, skip = self._choices()
        headers, mapping = self.sheet.headers, self.mapping()

        def work(data_dir, db, job: Job) -> int:
            backup.create_quietly(data_dir, "spreadsheet-import")
            with transaction(db):  # the households and the remembered columns, or neither
                written = xlsx_import.commit(
                    db,
                    report,
                    skip_bad=skip,
                    progress=progress_of(job),
                    accept_suggestions=accept,
                    allow_similar=allow,
                )
                xlsx_import.remember_mapping(db, headers, mapping)
            return written

        self.write(work, tr("Importing the households…"))

    def _imported(self, written: int) -> None:
        self.summary.setText(tr("{count} households imported.").format(count=written))
        super()._imported(written)
