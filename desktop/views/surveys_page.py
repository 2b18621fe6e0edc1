"""The surveys page: survey rounds, and for the selected round its comparison with the previous
round, its commune and village indicators, and its household observations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import households, poverty, surveys, villages
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.models.listing import Query
from desktop.models.text import format_date, format_number
from desktop.views.context import AppContext
from desktop.views.forms import RecordListPage, combo, fit_columns
from desktop.views.jobs import Job, start_job
from desktop.views.scope import commune_choices, view_only
from desktop.views.sqltable import ID_ROLE, SqlTableModel
from desktop.views.surveys_dialogs import IndicatorsDialog, ObservationDialog, SurveyDialog
from desktop.views.widgets import DELETE, fill_table, on_key, small_table

SHOWN_HOUSEHOLDS = 300  # households listed per change; the count says how many there are


def _listed(text: str, count: int) -> str:
    line = text.format(count=format_number(count))
    if count > SHOWN_HOUSEHOLDS:
        line += " " + tr("(the first {shown} are listed)").format(shown=SHOWN_HOUSEHOLDS)
    return line


def _signed(value: float) -> str:
    return ("+" if value > 0 else "") + format_number(value)


class SurveysPage(RecordListPage):
    table_name = "survey"
    comparison_shown = Signal(str)  # the round whose comparison is now on screen

    def __init__(self, context: AppContext) -> None:
        self._compare_token = 0
        super().__init__(context, tr("Surveys"))
        self.search.setPlaceholderText(tr("Search rounds by title (accents not needed)"))
        self.add_filter(
            "kind", tr("All kinds"), [(k, surveys.kind_label(k)) for k in surveys.KINDS]
        )
        self.new_button.setText(tr("New round"))
        if context.is_hub:
            self.add_filter("commune", tr("All communes"), commune_choices(context))
            for button in (self.new_button, self.delete_button):
                button.setVisible(False)
        self.view.setMaximumHeight(190)
        self.view.setMinimumHeight(130)  # three rounds and a half at 125% scaling, not one
        fit_columns(self.view, {0: 95, 1: 150, 2: 360, 3: 130, 4: 100})
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_comparison(), tr("Compared with the previous round"))
        self.tabs.addTab(self._build_indicators(), tr("Commune and village indicators"))
        self.tabs.addTab(self._build_observations(), tr("Household observations"))
        self.layout_.addWidget(self.tabs, 3)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_round())
        self.model.modelReset.connect(self.show_round)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 2))  # shows the round
        else:
            self.show_round()

    # ---- rounds ------------------------------------------------------------------------

    def build_query(self, search_text: str, filters: dict[str, Any]) -> Query:
        where, params = surveys.list_filters(
            self.context.db,
            commune_code=self.context.commune_code or filters.get("commune"),
            text=search_text,
            kind=filters.get("kind"),
        )
        listed = surveys.LISTING
        columns = [
            *self.commune_columns(listed),
            listed.column("survey_date", tr("Date")),
            listed.column("kind", tr("Kind"), surveys.kind_label),
            listed.column("title", tr("Round title")),
            listed.column("households", tr("Households")),
            listed.column("poor_households", tr("Poor households")),
            listed.column("surveyors", tr("Surveyors")),
        ]
        return listed.query(columns, where, params)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def open_record(self, record_id: str | None) -> None:
        self.dialog = SurveyDialog(self.context, record_id, self)
        view_only(self.context, self.dialog)
        self.dialog.saved.connect(self.select_round)
        self.dialog.open()

    def select_round(self, survey_id: str) -> None:
        """Make `survey_id` the current round (a new round is where the next entries go)."""
        ids = self.model.ids()
        if survey_id in ids:
            index = self.model.index(ids.index(survey_id), 2)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def delete_records(self, ids: list[str]) -> None:
        surveys.delete_surveys(self.context.db, ids)
        self.context.notify("household_year")

    def _on_changed(self, table: str) -> None:
        if table not in ("survey", "survey_indicator", "survey_observation", "member", "trash"):
            return
        current = self.current_id()
        if table in ("survey", "survey_observation", "trash"):
            self.model.refresh()
            self._update_count()
            ids = self.model.ids()
            if current in ids:
                self.view.setCurrentIndex(self.model.index(ids.index(current), 2))
        self.show_round()

    def show_round(self) -> None:
        survey_id = self.current_id()
        writable = survey_id is not None and not self.context.is_hub
        for button in (self.edit_indicators, self.new_observation, self.delete_observation):
            button.setEnabled(writable)
        self.show_comparison(survey_id)
        self.show_indicators(survey_id)
        self.show_observations(survey_id)

    # ---- comparison --------------------------------------------------------------------

    def _build_comparison(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        self.moves = small_table([], [])
        self.left_label = QLabel()
        self.left_table = small_table([], [])
        self.fell_label = QLabel()
        self.fell_table = small_table([], [])
        grid.addWidget(QLabel(tr("Indicators that moved")), 1, 0)
        grid.addWidget(self.moves, 2, 0, 3, 1)
        grid.addWidget(self.left_label, 1, 1)
        grid.addWidget(self.left_table, 2, 1)
        grid.addWidget(self.fell_label, 3, 1)
        grid.addWidget(self.fell_table, 4, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for table in (self.left_table, self.fell_table):
            table.setMinimumHeight(50)  # two rows each: the rounds' list above keeps its room
        return page

    def show_comparison(self, survey_id: str | None) -> None:
        """Compare on the thread pool (two rounds of 100,000 households take a second or two);
        only the latest request's result is shown."""
        self._compare_token += 1
        household_headers = [tr("Head of household"), tr("Village"), tr("Now")]
        move_headers = [tr("Where"), tr("Indicator"), tr("Before"), tr("Now"), tr("Change")]
        for table, headers in (
            (self.moves, move_headers),
            (self.left_table, household_headers),
            (self.fell_table, household_headers),
        ):
            fill_table(table, headers, [], set())
        self.left_label.clear()
        self.fell_label.clear()
        if survey_id is None:
            self.summary.setText(tr("Choose a survey round."))
            return
        self.summary.setText(tr("Comparing with the previous round…"))
        token = self._compare_token

        def work(_data_dir: object, db: Database, _job: Job) -> tuple:
            return token, survey_id, surveys.compare(db, survey_id, limit=SHOWN_HOUSEHOLDS)

        job = Job(self.context.data_dir, work, writes=False)
        # bound methods of this page: Qt drops the connections if the page goes first
        job.signals.finished.connect(self._compared)
        job.signals.failed.connect(self._compare_failed)
        start_job(job)

    def _compare_failed(self, message: str) -> None:
        self.summary.setText(message)

    def _compared(self, result: tuple) -> None:
        token, survey_id, comparison = result
        if token != self._compare_token:
            return  # the officer has chosen another round since
        household_headers = [tr("Head of household"), tr("Village"), tr("Now")]
        move_headers = [tr("Where"), tr("Indicator"), tr("Before"), tr("Now"), tr("Change")]
        after = comparison.counts_after
        if comparison.previous is None:
            text = tr("No earlier round of this kind to compare with.")
        else:
            before = comparison.counts_before
            text = tr(
                "Against <b>{title}</b> ({date}): poor households {poor_before} → "
                "<b>{poor_after}</b>, near-poor {near_before} → <b>{near_after}</b>; "
                "{both} households observed in both rounds."
            ).format(
                title=comparison.previous.title,
                date=format_date(comparison.previous.survey_date),
                poor_before=format_number(before["poor"]),
                poor_after=format_number(after["poor"]),
                near_before=format_number(before["near_poor"]),
                near_after=format_number(after["near_poor"]),
                both=format_number(comparison.observed_both),
            )
        self.summary.setText(text)
        fill_table(
            self.moves,
            move_headers,
            [
                [
                    m.scope or tr("Whole commune"),
                    m.name,
                    f"{format_number(m.before)} {m.unit}",
                    f"{format_number(m.after)} {m.unit}",
                    _signed(m.change),
                ]
                for m in comparison.indicators
            ],
            {2, 3, 4},
        )
        self.moves.verticalHeader().setDefaultSectionSize(24)
        header = self.moves.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)
        self.left_label.setText(
            _listed(tr("Households that left poverty: {count}"), comparison.left_count)
        )
        self.fell_label.setText(
            _listed(tr("Households that fell into poverty: {count}"), comparison.fell_count)
        )
        for table, rows in (
            (self.left_table, comparison.left_poverty),
            (self.fell_table, comparison.fell_into),
        ):
            fill_table(
                table,
                household_headers,
                [[m.head_name, m.village, households.status_label(m.after)] for m in rows],
                set(),
            )
            table.verticalHeader().setDefaultSectionSize(24)
            # the name shares the width with the status (it was squeezed to "B…" beside
            # "Hộ có mức sống trung bình")
            header = table.horizontalHeader()
            header.setSectionResizeMode(header.ResizeMode.Stretch)
            header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.comparison_shown.emit(survey_id)

    # ---- indicators --------------------------------------------------------------------

    def _build_indicators(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.scope = combo(
            [(None, tr("Whole commune"))]
            + [
                (v.id, v.name)
                for v in villages.list_villages(self.context.db, self.context.commune_code)
            ]
        )
        self.edit_indicators = QPushButton(tr("Enter indicators…"))
        self.edit_indicators.clicked.connect(self.open_indicators)
        row.addWidget(QLabel(tr("Enter the indicators of")))
        row.addWidget(self.scope)
        row.addWidget(self.edit_indicators)
        row.addStretch(1)
        column.addLayout(row)
        self.indicator_table = small_table([], [])
        column.addWidget(self.indicator_table, 1)
        return page

    def show_indicators(self, survey_id: str | None) -> None:
        catalog = surveys.indicator_catalog(self.context.db)
        village_list = villages.list_villages(self.context.db, self.context.commune_code)
        values = surveys.indicator_values(self.context.db, survey_id) if survey_id else {}
        totals = surveys.commune_totals(self.context.db, values) if values else {}
        shown = [v for v in village_list if v.id in values]
        headers = [tr("Indicator"), tr("Unit"), tr("Whole commune"), *(v.name for v in shown)]
        rows = [
            [
                ind.name,
                ind.unit,
                format_number(totals.get(ind.code)),
                *(format_number(values[v.id].get(ind.code)) for v in shown),
            ]
            for ind in catalog
        ]
        fill_table(self.indicator_table, headers, rows, set(range(2, len(headers))))
        self.indicator_table.verticalHeader().setDefaultSectionSize(24)

    def open_indicators(self) -> None:
        survey_id = self.current_id()
        if survey_id is None:
            return
        self.dialog = IndicatorsDialog(
            self.context, survey_id, self.scope.currentData(), self.scope.currentText(), self
        )
        self.dialog.open()

    # ---- observations ------------------------------------------------------------------

    def _build_observations(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        row = QHBoxLayout()
        self.class_filter = combo(
            [(c, households.status_label(c)) for c in poverty.STATUSES], blank=tr("All classes")
        )
        self.class_filter.currentIndexChanged.connect(lambda *_: self.show_observations())
        self.new_observation = QPushButton(tr("New observation"))
        self.import_observations = QPushButton(tr("Import from a spreadsheet…"))
        self.import_observations.clicked.connect(self.open_observation_import)
        self.import_observations.setVisible(not self.context.is_hub)
        self.open_observation = QPushButton(tr("Open"))
        self.delete_observation = QPushButton(tr("Delete"))
        self.new_observation.clicked.connect(lambda: self.open_observation_dialog(None))
        self.open_observation.clicked.connect(self._open_current_observation)
        self.delete_observation.clicked.connect(self._delete_observation)
        self.observation_count = QLabel()
        row.addWidget(self.class_filter)
        row.addWidget(self.observation_count, 1)
        for button in (
            self.new_observation,
            self.import_observations,
            self.open_observation,
            self.delete_observation,
        ):
            row.addWidget(button)
        column.addLayout(row)
        self.observation_view = QTableView()
        self.observation_view.setTabKeyNavigation(False)
        self.observation_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.observation_view.setAlternatingRowColors(True)
        self.observation_view.setSortingEnabled(True)
        self.observation_view.verticalHeader().setVisible(False)
        self.observation_view.horizontalHeader().setStretchLastSection(True)
        self.observation_view.doubleClicked.connect(
            lambda index: self.open_observation_dialog(index.data(ID_ROLE))
        )
        on_key(self.observation_view, DELETE, self._delete_observation)
        self.observations = SqlTableModel(self.context.db, self._observation_query(None))
        self.observation_view.setModel(self.observations)
        self.observation_view.verticalHeader().setDefaultSectionSize(24)
        fit_columns(self.observation_view, {0: 210, 1: 140, 2: 90, 3: 230, 4: 130})
        column.addWidget(self.observation_view, 1)
        return page

    def _observation_query(self, survey_id: str | None) -> Query:
        wanted = self.class_filter.currentData() if hasattr(self, "class_filter") else None
        listed = surveys.OBSERVATIONS
        columns = [
            listed.column("head_name", tr("Head of household")),
            listed.column("village", tr("Village")),
            listed.column("members", tr("Members")),
            listed.column("income_per_month", tr("Income per person per month")),
            listed.column("deprivations", tr("Lacking indicators")),
            listed.column("classification", tr("Classification"), households.status_label),
        ]
        return listed.query(columns, *surveys.observation_filters(survey_id, wanted))

    def show_observations(self, survey_id: str | None = None) -> None:
        survey_id = survey_id if survey_id is not None else self.current_id()
        self.observations.set_query(self._observation_query(survey_id))
        self.observation_count.setText(
            tr("{count} households").format(count=self.observations.rowCount())
        )

    def _selected_observation(self) -> str | None:
        index = self.observation_view.currentIndex()
        return self.observations.row_id(index.row()) if index.isValid() else None

    def _open_current_observation(self) -> None:
        observation_id = self._selected_observation()
        if observation_id:
            self.open_observation_dialog(observation_id)

    def open_observation_dialog(self, observation_id: str | None) -> None:
        survey_id = self.current_id()
        if survey_id is None:
            return
        self.dialog = ObservationDialog(self.context, survey_id, observation_id, self)
        view_only(self.context, self.dialog)
        self.dialog.open()

    def open_observation_import(self) -> None:
        from desktop.views.observation_import_dialog import ObservationImportDialog

        survey_id = self.current_id()
        if survey_id is None:
            return
        self.dialog = ObservationImportDialog(self.context, survey_id, self)
        self.dialog.open()

    def _delete_observation(self) -> None:
        observation_id = self._selected_observation()
        if observation_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete"),
            tr("Move this observation to the trash? It can be restored from there."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            surveys.delete_observations(self.context.db, [observation_id])
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot delete"), exc.message)
            return
        self.context.notify("survey_observation")
        self.context.notify("household_year")
