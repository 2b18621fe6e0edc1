"""The livelihood models page: nhóm hộ, câu lạc bộ, tổ hợp tác and hợp tác xã built with the
sponsors, filtered by year, kind and status; the dialog edits one model and its member households."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import district, livelihood, receipts, reference
from desktop.models.listing import Query
from desktop.views.context import AppContext
from desktop.views.forms import (
    RecordDialog,
    RecordListPage,
    combo,
    fit_columns,
    no_wheel,
    text_edit,
)
from desktop.views.inputs import DateLine
from desktop.views.widgets import DELETE, on_key

ID = Qt.ItemDataRole.UserRole


class ModelDialog(RecordDialog):
    """Create (model_id None) or edit a livelihood model."""

    def __init__(
        self, context: AppContext, model_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            tr("New livelihood model") if model_id is None else tr("Livelihood model"),
            parent,
        )
        self.db = context.db
        self.commune = context.commune_code
        self.record_id = model_id
        today = dt.date.today()
        model = (
            livelihood.load(self.db, model_id)
            if model_id
            else livelihood.Model("", None, today.year, None)
        )
        conn = self.db.conn
        self._category = model.category_code  # kept as recorded; not edited here
        self.name = QLineEdit(model.name)
        self.add_field("name", tr("Name"), self.name)
        self.kind = combo(
            [(c.code, c.name) for c in reference.catalog(conn, "model_kind")],
            model.kind,
            blank=tr("— choose —"),
        )
        self.add_field("kind", tr("Kind"), self.kind)
        self.year = QSpinBox()
        self.year.setRange(2000, today.year + 1)  # the model refuses next year, with a message
        self.year.setValue(model.year or today.year)
        no_wheel(self.year)
        self.add_field("year", tr("Year"), self.year)
        self.started = DateLine(model.started_on)
        self.started.setToolTip(tr("Period reports list the model in the period of this day."))
        self.add_field("started_on", tr("Set up on"), self.started)
        self.sponsor = combo(
            [(c.id, c.label) for c in receipts.sponsor_choices(self.db, self.commune)],
            model.sponsor_id,
            blank=tr("— choose the sponsor —"),
        )
        self.add_field("sponsor_id", tr("Sponsor"), self.sponsor)
        self.status = combo(
            [(s, livelihood.status_label(s)) for s in livelihood.STATUSES], model.status
        )
        self.add_field("status", tr("Status"), self.status)
        self.village = combo(
            [(c.id, c.label) for c in receipts.villages(self.db, self.commune)],
            model.village_id,
            blank=tr("— whole commune —"),
        )
        self.add_field("village_id", tr("Village"), self.village)
        self.results = text_edit(model.results, 60)
        self.results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.attachments = self.add_text_with_attachments(
            "results",
            tr("Results and attachments"),
            self.results,
            ("livelihood_model", model_id),
            tr("Photos of the model and its records: copied into the data folder."),
        )
        self.add_field("members", tr("Member households"), self._members_box(model.members))
        if context.is_hub:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.mark_clean()
        self.resize(860, 620)

    def _members_box(self, members: list[str]) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search households (accents not needed)"))
        self.search.setClearButtonEnabled(True)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self._search)
        self.search.textChanged.connect(timer.start)
        self.found = QListWidget()
        self.found.itemDoubleClicked.connect(lambda _: self._add())
        left.addWidget(self.search)
        left.addWidget(self.found)
        middle = QVBoxLayout()
        self.add_button = QPushButton(tr("Add →"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(tr("← Remove"))
        self.remove_button.clicked.connect(self._remove)
        middle.addStretch(1)
        middle.addWidget(self.add_button)
        middle.addWidget(self.remove_button)
        middle.addStretch(1)
        right = QVBoxLayout()
        self.member_count = QLabel()
        self.members = QListWidget()
        self.members.itemDoubleClicked.connect(lambda _: self._remove())
        on_key(self.members, DELETE, self._remove)
        right.addWidget(self.member_count)
        right.addWidget(self.members)
        row.addLayout(left, 1)
        row.addLayout(middle)
        row.addLayout(right, 1)
        for member in livelihood.members(self.db, members):
            self._member_item(
                member.id, self._label(member.head_name, member.birth_year, member.village)
            )
        self._update_count()
        self._search()
        box.setMinimumHeight(220)
        return box

    @staticmethod
    def _label(name: str, birth_year: int | None, village: str) -> str:
        return " · ".join(part for part in (name, str(birth_year or ""), village) if part)

    def _member_item(self, household_id: str, text: str) -> None:
        entry = QListWidgetItem(text)
        entry.setData(ID, household_id)
        self.members.addItem(entry)

    def member_ids(self) -> list[str]:
        return [self.members.item(i).data(ID) for i in range(self.members.count())]

    def _search(self) -> None:
        self.found.clear()
        chosen = set(self.member_ids())
        for choice in receipts.find_households(
            self.db, self.commune, self.search.text(), year=self.year.value(), limit=100
        ):
            if choice.id in chosen:
                continue
            entry = QListWidgetItem(
                self._label(choice.head_name, choice.birth_year, choice.village)
            )
            entry.setData(ID, choice.id)
            self.found.addItem(entry)

    def _add(self) -> None:
        for entry in self.found.selectedItems() or [self.found.currentItem()]:
            if entry is None:
                continue
            self._member_item(entry.data(ID), entry.text())
            self.found.takeItem(self.found.row(entry))
        self._update_count()
        self.mark_dirty()

    def _remove(self) -> None:
        entry = self.members.currentItem()
        if entry is not None:
            self.members.takeItem(self.members.row(entry))
            self._update_count()
            self._search()
            self.mark_dirty()

    def _update_count(self) -> None:
        self.member_count.setText(
            tr("{count} member households").format(count=self.members.count())
        )

    def save_record(self) -> str:
        model = livelihood.Model(
            name=self.name.text(),
            kind=self.kind.currentData(),
            year=self.year.value(),
            sponsor_id=self.sponsor.currentData(),
            status=self.status.currentData(),
            village_id=self.village.currentData(),
            category_code=self._category,
            results=self.results.toPlainText(),
            members=self.member_ids(),
            id=self.record_id,
            started_on=self.started.value(),
        )
        model_id = self.attachments.save_with(
            lambda: livelihood.save(self.db, model, commune_code=self.commune)
        )
        self.context.notify("livelihood_model")
        return model_id


class ModelsPage(RecordListPage):
    table_name = "livelihood_model"

    def __init__(self, context: AppContext) -> None:
        self.search_placeholder = tr("Search name, sponsor or results")
        conn = context.db.conn
        self._kinds = {c.code: c.name for c in reference.catalog(conn, "model_kind")}
        super().__init__(context, tr("Livelihood models"))
        self.add_filter(
            "year",
            tr("All years"),
            [(year, str(year)) for year in livelihood.years(context.db, context.commune_code)],
        )
        self.add_filter("kind", tr("All kinds"), list(self._kinds.items()))
        self.add_filter(
            "status",
            tr("All statuses"),
            [(s, livelihood.status_label(s)) for s in livelihood.STATUSES],
        )
        self.new_button.setText(tr("New model"))
        if context.is_hub:  # the district reads the communes' models; each commune writes its own
            self.add_filter(
                "commune",
                tr("All communes"),
                [(c.code, c.name) for c in district.communes(context.db)],
            )
        fit_columns(self.view, {0: 240, 1: 110, 2: 60, 3: 230, 4: 100, 5: 80, 6: 130})
        self.dialog: ModelDialog | None = None

    def build_query(self, search: str, filters: dict[str, Any]) -> Query:
        where, params = livelihood.list_filters(
            self.context.db,
            commune_code=self.context.commune_code or filters.get("commune"),
            text=search,
            year=filters.get("year"),
            kind=filters.get("kind"),
            status=filters.get("status"),
        )
        listed = livelihood.LISTING
        columns = [
            *self.commune_columns(listed),
            listed.column("name", tr("Name")),
            listed.column("kind", tr("Kind"), lambda k: self._kinds.get(k, k)),
            listed.column("year", tr("Year")),
            listed.column("sponsor", tr("Sponsor")),
            listed.column("status", tr("Status"), livelihood.status_label),
            listed.column("members", tr("Member households")),
            listed.column("village", tr("Village")),
            listed.column("results", tr("Results")),
        ]
        return listed.query(columns, where, params)

    def open_record(self, record_id: str | None) -> None:
        self.dialog = ModelDialog(self.context, record_id, self)
        self.dialog.open()

    def delete_records(self, ids: list[str]) -> None:
        for model_id in ids:
            livelihood.delete(self.context.db, model_id)
