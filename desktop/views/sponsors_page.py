"""The sponsors page: the directory of sponsor units and the twinnings of the selected one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.i18n import tr
from desktop.models import sponsors
from desktop.models.listing import Query
from desktop.models.text import format_date
from desktop.views.context import AppContext
from desktop.views.forms import RecordListPage, fit_columns
from desktop.views.inputs import stretch_last
from desktop.views.scope import commune_name
from desktop.views.sponsors_dialogs import SponsorDialog, TwinningDialog
from desktop.views.widgets import fill_table, small_table


class SponsorsPage(RecordListPage):
    communes_records = False  # the hub keeps the district's directory of sponsors
    table_name = "sponsor"

    def __init__(self, context: AppContext) -> None:
        self._kinds = dict(sponsors.kind_choices(context.db))
        super().__init__(context, tr("Sponsors and twinnings"))
        self.search.setPlaceholderText(tr("Search sponsors (accents not needed)"))
        self.add_filter("kind", tr("All kinds"), list(self._kinds.items()))
        self.new_button.setText(tr("New sponsor"))
        self._twinning_ids: list[str] = []
        self._build_twinnings()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_twinnings())
        self.model.modelReset.connect(self.show_twinnings)
        fit_columns(self.view, {0: 255, 1: 145, 2: 170, 3: 60, 4: 140, 5: 115, 6: 100, 7: 120})
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.show_twinnings()

    def build_query(self, search_text: str, filters: dict[str, Any]) -> Query:
        where, params = sponsors.list_filters(
            self.context.db,
            commune_code=self.context.commune_code,
            text=search_text,
            kind=filters.get("kind"),
        )
        listed = sponsors.listing(self.context.commune_code is not None)
        columns = [
            *self.commune_columns(listed),
            listed.column("name", tr("Name")),
            listed.column("short_name", tr("Short name")),
            listed.column("kind", tr("Kind"), lambda k: self._kinds.get(k, k)),
            listed.column("headcount", tr("Staff")),
            listed.column("representative", tr("Representative")),
            listed.column("phone", tr("Phone")),
            listed.column("since", tr("Twinned since")),
            listed.column("decision_number", tr("Decision")),
            listed.column("directory", tr("In the hub's directory as")),
        ]
        return listed.query(columns, where, params)

    # ---- twinnings of the selected sponsor ---------------------------------------------

    def _build_twinnings(self) -> None:
        box = QGroupBox(tr("Twinnings of the selected sponsor"))
        row = QHBoxLayout(box)
        self.twinnings = small_table([], [])
        self.twinnings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.twinnings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.twinnings.doubleClicked.connect(lambda *_: self.edit_twinning())
        row.addWidget(self.twinnings, 1)
        buttons = QVBoxLayout()
        self.add_twinning_button = QPushButton(tr("Add twinning"))
        self.edit_twinning_button = QPushButton(tr("Open twinning"))
        self.delete_twinning_button = QPushButton(tr("Delete twinning"))
        self.add_twinning_button.clicked.connect(self.add_twinning)
        self.edit_twinning_button.clicked.connect(self.edit_twinning)
        self.delete_twinning_button.clicked.connect(self.delete_twinning)
        for button in (
            self.add_twinning_button,
            self.edit_twinning_button,
            self.delete_twinning_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        box.setMaximumHeight(190)
        self.layout_.addWidget(box)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def show_twinnings(self) -> None:
        sponsor_id = self.current_id()
        headers = [
            tr("Since"),
            tr("Until"),
            tr("Decision number"),
            tr("Decision date"),
            tr("In force"),
        ]
        if self.context.is_hub:
            headers.insert(0, tr("Commune"))
        rows, self._twinning_ids = [], []
        if sponsor_id is not None:
            for t in sponsors.twinnings_of(self.context.db, sponsor_id, self.context.commune_code):
                row = [
                    format_date(t.since),
                    format_date(t.until),
                    t.decision_number or "",
                    format_date(t.decision_date),
                    tr("Yes") if t.active else tr("No"),
                    t.notes or "",
                ]
                if self.context.is_hub:
                    row.insert(0, commune_name(self.context, t.commune_code or ""))
                rows.append(row)
                self._twinning_ids.append(t.id or "")
        fill_table(self.twinnings, headers, rows, set())
        stretch_last(self.twinnings)
        self.add_twinning_button.setEnabled(sponsor_id is not None)
        self.edit_twinning_button.setEnabled(bool(rows))
        self.delete_twinning_button.setEnabled(bool(rows))

    def _on_changed(self, table: str) -> None:
        if table not in ("sponsor", "twinning", "trash"):
            return
        current = self.current_id()
        self.model.refresh()
        self._update_count()
        if current is not None:
            ids = self.model.ids()
            if current in ids:
                self.view.setCurrentIndex(self.model.index(ids.index(current), 0))
        self.show_twinnings()

    def selected_twinning(self) -> str | None:
        rows = self.twinnings.selectionModel().selectedRows()
        if rows:
            return self._twinning_ids[rows[0].row()]
        return self._twinning_ids[0] if len(self._twinning_ids) == 1 else None

    # ---- actions -----------------------------------------------------------------------

    def open_record(self, record_id: str | None) -> None:
        self.dialog = SponsorDialog(self.context, record_id, self)
        self.dialog.open()

    def delete_records(self, ids: list[str]) -> None:
        sponsors.delete_sponsors(self.context.db, ids, self.context.commune_code)

    def add_twinning(self) -> None:
        sponsor_id = self.current_id()
        if sponsor_id:
            self.dialog = TwinningDialog(self.context, sponsor_id, None, self)
            self.dialog.open()

    def edit_twinning(self) -> None:
        sponsor_id, twinning_id = self.current_id(), self.selected_twinning()
        if sponsor_id and twinning_id:
            self.dialog = TwinningDialog(self.context, sponsor_id, twinning_id, self)
            self.dialog.open()

    def delete_twinning(self) -> None:
        twinning_id = self.selected_twinning()
        if twinning_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete"),
            tr("Move this twinning to the trash? It can be restored from there."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            sponsors.delete_twinning(self.context.db, twinning_id)
            self.context.notify("twinning")
