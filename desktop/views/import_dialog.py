"""Importing households from Excel: file and sheet, column mapping, a checked preview, one write.

Nothing is written until the officer presses Import. A refused row is shown in red with its
reason; the officer corrects its cells in the preview (checked again at once) or ticks "skip the
refused rows". The import is one transaction. Reading the sheet, checking the rows and writing
them run on the thread pool with their own database connection (a large sheet takes seconds);
a progress dialog appears after a short delay and can stop the work.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import hlc, xlsx_import
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.views.context import AppContext
from desktop.views.jobs import Job, JobRunner

BAD = QBrush(QColor("#fde2e2"))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ImportDialog(QDialog):
    checked = Signal()  # the preview shows the result of checking every row
    imported = Signal(int)  # households written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._busy)
        self.context = context
        self.db = context.db
        self.setWindowTitle(tr("Import households from Excel"))
        self.path: Path | None = None
        self.sheet: xlsx_import.Sheet | None = None
        self.rows: list[xlsx_import.RowResult] = []
        self.report: xlsx_import.Report | None = None
        self.keys: list[str] = []
        self.written = 0
        self._confirmed_year: int | None = None  # the officer's answer to hlc.doubtful_year

        self.file_label = QLabel(tr("No file chosen."))
        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumContentsLength(16)
        self.sheet_box.currentIndexChanged.connect(self._sheet_chosen)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(tr("Sheet")))
        top.addWidget(self.sheet_box)

        self.mapping_boxes: dict[str, QComboBox] = {}
        mapping_group = QGroupBox(tr("Which column holds each field"))
        grid = QGridLayout(mapping_group)
        for i, spec in enumerate(xlsx_import.FIELDS):
            box = QComboBox()
            box.setMinimumContentsLength(14)
            box.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_boxes[spec.key] = box
            title = spec.title() + (" *" if spec.required else "")
            grid.addWidget(QLabel(title), i // 3, (i % 3) * 2)
            grid.addWidget(box, i // 3, (i % 3) * 2 + 1)
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
        self.preview.setAlternatingRowColors(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview.verticalHeader().setVisible(False)
        self.preview.itemChanged.connect(self._cell_edited)
        self.summary = QLabel()
        self.skip_bad = QCheckBox(tr("Skip the refused rows and import the others"))
        self.skip_bad.toggled.connect(self._update_buttons)
        self.import_button = QPushButton(tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.skip_bad)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_group)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        layout.addLayout(bottom)
        self.resize(1150, 680)
        self._update_buttons()

    # ---- file and sheet --------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Choose an Excel file"), "", tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.load_file(Path(name))

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
            self.file_label.setText(tr("No file chosen."))
            self.sheet_box.blockSignals(True)
            self.sheet_box.clear()
            self.sheet_box.blockSignals(False)
            self._fail(exc.message)
            return
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(names)
        self.sheet_box.blockSignals(False)
        self._sheet_chosen()

    def _sheet_chosen(self, *_: object) -> None:
        if self.path is None or not self.sheet_box.currentText():
            return
        path, name = self.path, self.sheet_box.currentText()
        self.runner.start(
            self.context.data_dir,
            lambda _dir, _db, _job: xlsx_import.read_sheet(path, name),
            tr("Reading the sheet…"),
            cancel_label=tr("Stop"),
            on_finished=self._sheet_read,
            on_failed=self._sheet_failed,
        )

    def _sheet_failed(self, message: str) -> None:
        self.sheet = None
        self._fail(message)

    def _sheet_read(self, sheet: xlsx_import.Sheet) -> None:
        self.sheet = sheet
        mapping = xlsx_import.guess_mapping(self.db, sheet.headers)
        for key, box in self.mapping_boxes.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(tr("(not in the file)"), -1)
            for column, header in enumerate(sheet.headers):
                if header:
                    box.addItem(header, column)
            box.setCurrentIndex(max(0, box.findData(mapping.get(key, -1))))
            box.blockSignals(False)
        self._mapping_changed()

    # ---- mapping and checking ----------------------------------------------------------------

    def mapping(self) -> dict[str, int]:
        return {
            key: box.currentData()
            for key, box in self.mapping_boxes.items()
            if box.currentData() is not None and box.currentData() >= 0
        }

    def _mapping_changed(self, *_: object) -> None:
        if self.sheet is None:
            return
        mapping = self.mapping()
        try:
            xlsx_import.check_mapping(mapping)
        except UserError as exc:
            self._fail(exc.message)
            return
        self.keys = [spec.key for spec in xlsx_import.FIELDS if spec.key in mapping]
        self.rows = xlsx_import.raw_rows(self.sheet, mapping)
        self.check()

    def check(self) -> None:
        """Check every row on the thread pool; the preview fills when it is done."""
        self.error.hide()
        rows, commune = self.rows, self.context.commune_code
        year = self._year_for_rows()
        if year is False:
            self._fail(tr("Say which year the file is for, then check it again."))
            return

        def work(_dir, db, job: Job) -> xlsx_import.Report:
            return xlsx_import.check(db, rows, commune, year or None, progress=_progress(job))

        self.runner.start(
            self.context.data_dir,
            work,
            tr("Checking the rows…"),
            cancel_label=tr("Stop"),
            on_finished=self._checked,
            on_failed=self._fail,
        )

    def _year_for_rows(self) -> int | bool | None:
        """The year for a file without a year column when the PC's year looks wrong (asked
        once); None to use the PC's year, False when the officer would not say."""
        if "year" in self.mapping():
            return None
        if self._confirmed_year is not None:
            return self._confirmed_year
        doubt = hlc.doubtful_year(self.context.db.conn)
        if doubt is None:
            return None
        year, ok = QInputDialog.getInt(
            self, tr("Which year?"), doubt.message(), doubt.last, 2000, 2100
        )
        if not ok:
            return False
        self._confirmed_year = year
        return year

    def _checked(self, report: xlsx_import.Report) -> None:
        self.report = report
        self._fill_preview()
        self.checked.emit()

    def _fill_preview(self) -> None:
        """Row number, problem, then the mapped cells (editable), refused rows first."""
        titles = {spec.key: spec.title() for spec in xlsx_import.FIELDS}
        self.preview.blockSignals(True)
        self.preview.clear()
        self.preview.setColumnCount(len(self.keys) + 2)
        self.preview.setHorizontalHeaderLabels(
            [tr("Row"), tr("Problem"), *(titles[k] for k in self.keys)]
        )
        ordered = sorted(self.rows, key=lambda r: (r.ok, r.number))
        self.preview.setRowCount(len(ordered))
        for r, row in enumerate(ordered):
            number = QTableWidgetItem(str(row.number))
            number.setData(Qt.ItemDataRole.UserRole, row.number)
            problem = QTableWidgetItem("; ".join(row.errors) if row.errors else tr("OK"))
            for c, item in enumerate((number, problem)):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.preview.setItem(r, c, item)
            for c, key in enumerate(self.keys, start=2):
                self.preview.setItem(r, c, QTableWidgetItem(_cell_text(row.values.get(key))))
            if row.errors:
                for c in range(len(self.keys) + 2):
                    self.preview.item(r, c).setBackground(BAD)
        self.preview.resizeColumnsToContents()
        for c in range(1, self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 280))
        self.preview.blockSignals(False)
        report = self.report
        if report is not None:
            self.summary.setText(
                tr("{good} rows can be imported, {bad} rows are refused.").format(
                    good=len(report.good), bad=len(report.bad)
                )
            )
        self._update_buttons()

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        """A corrected cell: store the new value in its row and check every row again."""
        column = item.column() - 2
        if not 0 <= column < len(self.keys):
            return
        number = self.preview.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        row = next(r for r in self.rows if r.number == number)
        row.values[self.keys[column]] = item.text()
        self.check()

    def _update_buttons(self, *_: object) -> None:
        report = self.report
        ready = (
            report is not None
            and bool(report.good)
            and (not report.bad or self.skip_bad.isChecked())
        )
        self.import_button.setEnabled(ready)
        self.skip_bad.setEnabled(report is not None and bool(report.bad) and not self.runner.busy)

    # ---- importing ---------------------------------------------------------------------------

    def do_import(self) -> None:
        if self.report is None or self.sheet is None or self.runner.busy:
            return
        report, skip = self.report, self.skip_bad.isChecked()
        headers, mapping = self.sheet.headers, self.mapping()

        def work(_dir, db, job: Job) -> int:
            with transaction(db):  # the households and the remembered columns, or neither
                written = xlsx_import.commit(db, report, skip_bad=skip, progress=_progress(job))
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
        for widget in (self.choose_button, self.sheet_box, self.preview, self.skip_bad):
            widget.setEnabled(not busy)
        for box in self.mapping_boxes.values():
            box.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
        else:
            self._update_buttons()

    def reject(self) -> None:
        if self.runner.busy and self.runner.job is not None:
            self.runner.job.cancel()  # a write in progress rolls back; nothing is half-written
            return
        super().reject()


def _progress(job: Job) -> xlsx_import.Progress:
    """The models' progress callback for `job`: report, and go on unless cancelled."""

    def report(done: int, total: int) -> bool:
        job.report(done, total)
        return not job.cancelled

    return report
