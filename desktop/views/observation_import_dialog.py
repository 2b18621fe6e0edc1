"""Importing a survey round's household observations from a spreadsheet typed in after the
review on paper: the same reader, table finder and column drop-downs as the household import.

Each row shows the household it found (or why it found none) and the values it will record;
nothing is written until the officer presses Import, and then every row in one transaction.
Reading, checking and writing run as jobs with their own database connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
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
from desktop.models import (
    backup,
    households,
    observation_import,
    reference,
    surveys,
    xlsx_import,
)
from desktop.models.errors import UserError
from desktop.models.text import format_vnd
from desktop.views.context import AppContext
from desktop.views.forms import fit_into_screen
from desktop.views.import_dialog import ALREADY, BAD, ColumnMapping, choose_spreadsheet, progress_of
from desktop.views.jobs import Job, JobRunner

# the household import's fields an observation takes; none is required by itself
FIELDS = tuple(
    xlsx_import.ImportField(f.key, f.title)
    for f in xlsx_import.FIELDS
    if f.key in observation_import.FIELDS
)


class ObservationImportDialog(QDialog):
    checked = Signal()
    imported = Signal(int)

    def __init__(self, context: AppContext, survey_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.survey = surveys.get_survey(context.db, survey_id)
        standard = surveys.standard_of(context.db, self.survey)
        self.indicators = {
            code: name for code, name, _dimension in reference.poverty_indicators(standard)
        }
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._busy)
        self.setWindowTitle(
            tr("Import the observations of {title}").format(title=self.survey.title)
        )
        self.path: Path | None = None
        self.sheet: xlsx_import.Sheet | None = None
        self.rows: list[observation_import.ObservationRow] = []
        self.written = 0

        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(tr("No file chosen."))
        self.sheet_box = QComboBox()
        self.sheet_box.currentIndexChanged.connect(lambda _index: self._read())
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 999)
        self.header_row.setSpecialValueText(tr("found"))
        self.header_row.editingFinished.connect(self._header_row_changed)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        for label, widget in ((tr("Sheet"), self.sheet_box), (tr("Header row"), self.header_row)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        self.columns = ColumnMapping(FIELDS)
        self.columns.changed.connect(self._check)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.columns)
        upper.addWidget(self.notes)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.preview = QTableWidget(0, 6)
        self.preview.setTabKeyNavigation(False)  # Tab goes on to the choices and buttons
        self.preview.setHorizontalHeaderLabels(
            [
                tr("Row"),
                tr("Check result"),
                tr("Household"),
                tr("Income per person per month"),
                tr("Lacking indicators"),
                tr("Members"),
            ]
        )
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.preview)
        self.skip_bad = QCheckBox(tr("Skip the refused rows and import the others"))
        self.skip_bad.toggled.connect(self._update_buttons)
        self.summary = QLabel()
        self.import_button = QPushButton(tr("Import"))
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
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1100, 680)
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        fit_into_screen(self)  # made 1200 px wide: shrunk into a small screen's work area

    def choose_file(self) -> None:
        path = choose_spreadsheet(self)
        if path is not None:
            self.load_file(path)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.rows = []
        self.preview.setRowCount(0)
        self.summary.setText("")
        self._update_buttons()

    def load_file(self, path: Path) -> None:
        try:
            names = xlsx_import.sheet_names(path)
        except UserError as exc:
            self.path, self.sheet = None, None
            self.file_label.setText(tr("No file chosen."))
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
        if self.sheet is not None and self.header_row.value() != self.sheet.header_row:
            self._read()

    def _read(self) -> None:
        if self.path is None or self.runner.busy:
            return
        path, name = self.path, self.sheet_box.currentText() or None
        header_row = self.header_row.value() or None
        self.runner.start(
            self.context.data_dir,
            lambda _dir, _db, _job: observation_import.read_sheet(path, name, header_row),
            tr("Reading the sheet…"),
            cancel_label=tr("Stop"),
            on_finished=self._sheet_read,
            on_failed=self._fail,
        )

    def _sheet_read(self, sheet: xlsx_import.Sheet) -> None:
        self.sheet = sheet
        self.header_row.blockSignals(True)
        self.header_row.setValue(sheet.header_row)
        self.header_row.blockSignals(False)
        self.columns.blockSignals(True)
        self.columns.show_sheet(sheet, observation_import.guess_mapping(sheet.headers))
        self.columns.blockSignals(False)
        self._check()

    def _check(self) -> None:
        sheet = self.sheet
        if sheet is None or self.runner.busy:
            return
        mapping = self.columns.mapping()
        self.notes.setPlainText("\n".join(xlsx_import.table_notes(sheet, mapping)))
        try:
            observation_import.check_mapping(mapping)
        except UserError as exc:
            self._fail(exc.message)
            return
        self.error.hide()
        survey = self.survey

        def work(_dir, db, job: Job) -> list[observation_import.ObservationRow]:
            return observation_import.check(db, sheet, mapping, survey, progress=progress_of(job))

        self.runner.start(
            self.context.data_dir,
            work,
            tr("Checking the rows…"),
            cancel_label=tr("Stop"),
            on_finished=self._checked,
            on_failed=self._fail,
        )

    def _checked(self, rows: list[observation_import.ObservationRow]) -> None:
        self.rows = rows
        ordered = sorted(rows, key=lambda r: (r.ok, r.present is not None, r.number))
        self.preview.setRowCount(len(ordered))
        db = self.context.db
        for r, row in enumerate(ordered):
            observation = row.observation
            if row.errors:
                result, brush = "; ".join(row.errors), BAD
            elif row.present:
                result, brush = row.present, ALREADY
            else:
                result, brush = tr("OK"), None
            cells = [str(row.number), result, "", "", "", ""]
            if observation is not None:
                cells[2] = households.label(db, observation.household_id)
                cells[3] = format_vnd(observation.income_per_month)
                cells[4] = "; ".join(self.indicators.get(c, c) for c in observation.deprivations)
                cells[5] = "" if observation.members is None else str(observation.members)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if brush is not None:
                    item.setBackground(brush)
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        self._update_buttons()
        self.checked.emit()

    def _counts(self) -> tuple[int, int, int]:
        bad = sum(1 for r in self.rows if not r.ok)
        already = sum(1 for r in self.rows if r.ok and r.present)
        return len(self.rows) - bad - already, bad, already

    def _update_buttons(self, *_: object) -> None:
        good, bad, already = self._counts()
        idle = not self.runner.busy
        self.import_button.setEnabled(idle and good > 0 and (bad == 0 or self.skip_bad.isChecked()))
        self.skip_bad.setEnabled(idle and bad > 0)
        if self.rows:
            self.summary.setText(
                tr(
                    "{good} observations can be imported, {bad} rows are refused, {already} "
                    "households are already observed in this round."
                ).format(good=good, bad=bad, already=already)
            )

    def do_import(self) -> None:
        if self.runner.busy or not self.rows:
            return
        rows, skip = self.rows, self.skip_bad.isChecked()

        def work(data_dir, db, job: Job) -> int:
            backup.create_quietly(data_dir, "spreadsheet-import")
            return observation_import.commit(db, rows, skip_bad=skip, progress=progress_of(job))

        self.runner.start(
            self.context.data_dir,
            work,
            tr("Importing the observations…"),
            cancel_label=tr("Stop"),
            on_finished=self._imported,
            on_failed=lambda message: QMessageBox.warning(self, tr("Cannot import"), message),
        )

    def _imported(self, written: int) -> None:
        self.written = written
        self.context.notify("survey_observation")
        self.imported.emit(written)
        self.accept()

    def _busy(self, busy: bool) -> None:
        for widget in (self.choose_button, self.sheet_box, self.header_row, self.columns):
            widget.setEnabled(not busy)
        self._update_buttons()

    def reject(self) -> None:
        if self.runner.busy and self.runner.job is not None:
            self.runner.job.cancel()
            return
        super().reject()
