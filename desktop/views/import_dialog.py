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
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import backup, spreadsheet, xlsx_import
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.views.context import AppContext
from desktop.views.forms import fit_into_screen
from desktop.views.jobs import Job, JobRunner

BAD = QBrush(QColor("#fde2e2"))
WAITING = QBrush(QColor("#fff4c2"))
ALREADY = QBrush(QColor("#e8e8e8"))
NO_YEAR = 1999  # the year box's "not given" value
MAX_PREVIEW_ROWS = 2000  # refused and waiting rows come first
NOTES_PER_KIND = 200  # rows of each kind named in the notes; the summary counts them all


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ColumnMapping(QTableWidget):
    """One row per column of the sheet: its header, the field it fills (a drop-down), an example."""

    changed = Signal()

    def __init__(
        self,
        fields: tuple[xlsx_import.ImportField, ...] = xlsx_import.FIELDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, 3, parent)
        self.fields = fields
        self.setHorizontalHeaderLabels([tr("Column in the file"), tr("Field"), tr("Example")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes from drop-down to drop-down, then on
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []

    def show_sheet(self, sheet: xlsx_import.Sheet, mapping: dict[str, int]) -> None:
        by_column = {column: key for key, column in mapping.items()}
        width = max([len(sheet.headers), *(len(c) for _n, c in sheet.rows[:50])], default=0)
        self.boxes = []
        self.setRowCount(width)
        for column in range(width):
            self.setItem(column, 0, QTableWidgetItem(xlsx_import.column_label(sheet, column)))
            example = next(
                (
                    _cell_text(cells[column])
                    for _n, cells in sheet.rows[:50]
                    if column < len(cells) and cells[column] not in (None, "")
                ),
                "",
            )
            self.setItem(column, 2, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(tr("(not used)"), "")
            for spec in self.fields:
                box.addItem(spec.title() + (" *" if spec.required else ""), spec.key)
            box.setCurrentIndex(max(0, box.findData(by_column.get(column, ""))))
            box.currentIndexChanged.connect(lambda _index, column=column: self._chosen(column))
            self.boxes.append(box)
            self.setCellWidget(column, 1, box)
        self.resizeColumnToContents(1)

    def _chosen(self, column: int) -> None:
        """A field goes to one column: the column that had it is no longer used."""
        field_key = self.boxes[column].currentData()
        if field_key:
            for other, box in enumerate(self.boxes):
                if other != column and box.currentData() == field_key:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self.changed.emit()

    def mapping(self) -> dict[str, int]:
        return {box.currentData(): c for c, box in enumerate(self.boxes) if box.currentData()}

    def box_of(self, header: str) -> QComboBox:
        """The drop-down of the column headed `header`."""
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == header:
                return self.boxes[row]
        raise KeyError(header)


class ImportDialog(QDialog):
    checked = Signal()  # the preview shows the result of checking every row
    imported = Signal(int)  # households written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._busy)
        self.context = context
        self.db = context.db
        self.setWindowTitle(tr("Import households from a spreadsheet"))
        self.path: Path | None = None
        self.sheet: xlsx_import.Sheet | None = None
        self.rows: list[xlsx_import.RowResult] = []
        self.report: xlsx_import.Report | None = None
        self.keys: list[str] = []
        self.written = 0
        self.year_source = ""
        self.checked_year: int | None = None
        # a change made while a job runs waits for it: (what to do next) or None
        self.pending: Callable[[], None] | None = None

        self.file_label = QLabel(tr("No file chosen."))
        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumContentsLength(14)
        self.sheet_box.currentIndexChanged.connect(lambda _index: self._read())
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 999)
        self.header_row.setSpecialValueText(tr("found"))
        self.header_row.setToolTip(
            tr("The row of the column headers; 'found' lets the program find it.")
        )
        self.header_row.editingFinished.connect(self._header_row_changed)
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(tr("from the sheet"))
        self.year.setMinimumWidth(120)
        self.year.setToolTip(tr("The year of the poverty status and income in the list."))
        self.year.editingFinished.connect(self._year_changed)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        for label, widget in (
            (tr("Sheet"), self.sheet_box),
            (tr("Header row"), self.header_row),
            (tr("Year of the status"), self.year),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)

        self.columns = ColumnMapping()
        self.columns.changed.connect(self._mapping_changed)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.notes.setPlaceholderText(tr("What the program found in the file appears here."))
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.columns)
        upper.addWidget(self.notes)
        upper.setSizes([620, 520])

        self.hint = QLabel(
            tr(
                "Lacking indicators: their names or codes separated by commas or semicolons. "
                "Income: per person per month, in đồng."
            )
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.preview = QTableWidget()
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview.verticalHeader().setVisible(False)
        # Tab leaves the rows (the arrows move between cells, typing corrects one)
        self.preview.setTabKeyNavigation(False)
        self.preview.itemChanged.connect(self._cell_edited)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.preview)
        splitter.setSizes([260, 300])

        self.accept_suggestions = QCheckBox(tr("Use the proposed villages"))
        self.allow_similar = QCheckBox(tr("Import households like one already listed"))
        self.skip_bad = QCheckBox(tr("Skip the refused rows and import the others"))
        for box in (self.accept_suggestions, self.allow_similar, self.skip_bad):
            box.toggled.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        choices = QHBoxLayout()
        for box in (self.accept_suggestions, self.allow_similar, self.skip_bad):
            choices.addWidget(box)
        choices.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        layout.addLayout(choices)
        layout.addLayout(bottom)
        self.resize(1200, 700)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        fit_into_screen(self)  # made 1200 px wide: shrunk into a small screen's work area

    # ---- file, sheet and header row ----------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_spreadsheet(self)
        if path is not None:
            self.load_file(path)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.report = None
        self.rows = []
        self.preview.clear()
        self.preview.setRowCount(0)
        self.summary.setText("")
        self._update_buttons()

    def load_file(self, path: Path) -> None:
        try:
            names = xlsx_import.sheet_names(path)
        except UserError as exc:
            self.path = None
            self.sheet = None
            self.file_label.setText(tr("No file chosen."))
            self.sheet_box.blockSignals(True)
            self.sheet_box.clear()
            self.sheet_box.blockSignals(False)
            self.columns.setRowCount(0)
            self.notes.clear()
            self._fail(exc.message)
            return
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.header_row.setValue(0)
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(names)
        self.sheet_box.blockSignals(False)
        self._read()

    def _header_row_changed(self) -> None:
        """A row chosen by hand, or "found" (0) to let the program find it again."""
        if self.sheet is not None and self.header_row.value() != self.sheet.header_row:
            self._read()

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
        self.runner.start(
            self.context.data_dir,
            lambda _dir, _db, _job: xlsx_import.read_sheet(path, name, header_row),
            tr("Reading the sheet…"),
            cancel_label=tr("Stop"),
            on_finished=self._sheet_read,
            on_failed=self._sheet_failed,
        )

    def _sheet_failed(self, message: str) -> None:
        self.sheet = None
        self._fail(message)
        self._resume()

    def _sheet_read(self, sheet: xlsx_import.Sheet) -> None:
        self.sheet = sheet
        if self._resume():
            return
        self.header_row.blockSignals(True)
        self.header_row.setValue(sheet.header_row)
        self.header_row.blockSignals(False)
        self.columns.blockSignals(True)
        self.columns.show_sheet(sheet, xlsx_import.guess_mapping(self.db, sheet.headers))
        self.columns.blockSignals(False)
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

        self.runner.start(
            self.context.data_dir,
            work,
            tr("Checking the rows…"),
            cancel_label=tr("Stop"),
            on_finished=lambda report: self._checked(report, year),
            on_failed=self._check_failed,
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
            items += [QTableWidgetItem(_cell_text(row.values.get(k))) for k in self.keys]
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

        self.runner.start(
            self.context.data_dir,
            work,
            tr("Importing the households…"),
            cancel_label=tr("Stop"),
            on_finished=self._imported,
            on_failed=lambda message: QMessageBox.warning(self, tr("Cannot import"), message),
        )

    def _imported(self, written: int) -> None:
        self.written = written
        self.context.notify("household")
        self.summary.setText(tr("{count} households imported.").format(count=written))
        self.imported.emit(written)
        self.accept()

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.choose_button,
            self.sheet_box,
            self.header_row,
            self.year,
            self.columns,
            self.preview,
        ):
            widget.setEnabled(not busy)
        self._update_buttons()

    def reject(self) -> None:
        if self.runner.busy and self.runner.job is not None:
            self.runner.job.cancel()  # a write in progress rolls back; nothing is half-written
            return
        super().reject()


def progress_of(job: Job) -> xlsx_import.Progress:
    """The models' progress callback for `job`: report, and go on unless cancelled."""

    def report(done: int, total: int) -> bool:
        job.report(done, total)
        return not job.cancelled

    return report


def choose_spreadsheet(parent: QWidget) -> Path | None:
    """The file dialog of every spreadsheet import: the formats the one reader knows."""
    patterns = " ".join(f"*{suffix}" for suffix in spreadsheet.SUFFIXES)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Choose a spreadsheet"),
        "",
        tr("Spreadsheets ({patterns})").format(patterns=patterns),
    )
    return Path(name) if name else None
