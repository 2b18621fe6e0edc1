"""Importing a survey round's household observations from a spreadsheet typed in after the
review on paper: the same reader, table finder and column drop-downs as the household import.

Each row shows the household it found (or why it found none) and the values it will record;
nothing is written until the officer presses Import, and then every row in one transaction.
Reading, checking and writing run as jobs with their own database connection.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

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
from desktop.views.jobs import Job
from desktop.views.sheet_import import ALREADY, BAD, SheetImportDialog, progress_of

# the household import's fields an observation takes; none is required by itself
FIELDS = tuple(
    xlsx_import.ImportField(f.key, f.title)
    for f in xlsx_import.FIELDS
    if f.key in observation_import.FIELDS
)


class ObservationImportDialog(SheetImportDialog):
    table = "survey_observation"

    def __init__(self, context: AppContext, survey_id: str, parent: QWidget | None = None) -> None:
        self.survey = surveys.get_survey(context.db, survey_id)
        super().__init__(
            context,
            tr("Import the observations of {title}").format(title=self.survey.title),
            FIELDS,
            parent,
        )
        standard = surveys.standard_of(context.db, self.survey)
        self.indicators = {
            code: name for code, name, _dimension in reference.poverty_indicators(standard)
        }
        self.rows: list[observation_import.ObservationRow] = []
        self.columns.changed.connect(self._check)
        self.preview.setColumnCount(6)
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
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lay_out([], [self.skip_bad])
        self.resize(1100, 680)
        self._update_buttons()

    def _read(self) -> None:
        if self.path is None or self.runner.busy:
            return
        path, name = self.path, self.sheet_box.currentText() or None
        header_row = self.header_row.value() or None
        self.run(
            lambda _dir, _db, _job: observation_import.read_sheet(path, name, header_row),
            tr("Reading the sheet…"),
            self._sheet_read,
            self._fail,
        )

    def _sheet_read(self, sheet: xlsx_import.Sheet) -> None:
        self.show_sheet(sheet, observation_import.guess_mapping(sheet.headers))
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

        self.run(work, tr("Checking the rows…"), self._checked, self._fail)

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

        self.write(work, tr("Importing the observations…"))
