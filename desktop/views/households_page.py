"""The households page: the register with search and filters, the form, villages, spreadsheet import."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import households, poverty, reference, villages
from desktop.models.errors import UserError, ValidationError
from desktop.models.listing import Column, Query
from desktop.models.text import format_number
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.forms import RecordListPage, fit_columns
from desktop.views.inputs import Combo
from desktop.views.widgets import DELETE, on_key

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def _columns() -> list[Column]:
    titles = {
        "code": tr("Code"),
        "head_name": tr("Head of household"),
        "head_birth_year": tr("Born"),
        "head_gender": tr("Gender"),
        "ethnicity": tr("Ethnicity"),
        "village": tr("Village"),
        "members": tr("Members"),
        "phone": tr("Phone"),
        "status": tr("Status"),
        "income_per_month": tr("Income/person/month"),
        "status_source": tr("Status from"),
    }
    labels = {
        "head_gender": households.gender_label,
        "status": households.status_label,
        "status_source": households.source_label,
    }
    return [
        households.REGISTER.column(f.key, titles[f.key], labels.get(f.key))
        for f in households.REGISTER.fields
    ]


class HouseholdsPage(RecordListPage):
    table_name = "household"
    count_later = True

    def __init__(self, context: AppContext) -> None:
        self.year_box: QComboBox | None = None
        self._chosen: households.Filters | None = None  # the filters of the query last built
        self._shown: households.Shown | None = None  # what the register showed for them
        self.search_placeholder = tr("Search name, household code or phone (accents not needed)")
        super().__init__(context, tr("Households"))
        # Each keystroke costs one indexed count and one page: no need to wait for a pause.
        self._debounce.setInterval(0)
        db = context.db
        if context.is_hub:
            communes = villages.communes(db)
            commune_box = self.add_filter(
                "commune_code",
                tr("All communes"),
                [(code, _unit_name(context, code)) for code in communes],
            )
            commune_box.currentIndexChanged.connect(self._commune_chosen)
        self.village_filter = self.add_filter("village_id", tr("All villages"), [])
        self._fill_village_filter()
        self.add_filter(
            "status",
            tr("All statuses"),
            [(s, households.status_label(s)) for s in poverty.STATUSES],
        )
        ethnic = self.add_filter(
            "ethnic_code",
            tr("All ethnic groups"),
            households.ethnic_choices(db, context.commune_code),
        )
        ethnic.setMaxVisibleItems(15)
        ethnic.setMinimumContentsLength(14)
        self.year_box = Combo()
        for year in households.year_choices(db):
            self.year_box.addItem(tr("Year {year}").format(year=year), year)
        self.year_box.currentIndexChanged.connect(self.apply_filters)
        self.filter_row.addWidget(self.year_box)
        self.villages_button = QPushButton(tr("Villages…"))
        self.villages_button.clicked.connect(self.edit_villages)
        self.import_button = QPushButton(tr("Import from a spreadsheet…"))
        self.import_button.clicked.connect(self.import_xlsx)
        # households and villages are the commune's records: a hub shows them, the commune writes
        buttons = (self.import_button, self.villages_button, self.new_button, self.delete_button)
        for button in buttons:
            button.setEnabled(not context.is_hub)
        actions = self.layout_.itemAt(2).layout()
        actions.insertWidget(1, self.villages_button)
        actions.insertWidget(2, self.import_button)
        fit_columns(
            self.view,
            {0: 190, 1: 70, 2: 60, 3: 90, 4: 120, 5: 60, 6: 100, 7: 185, 8: 140},
        )

    # ---- register ------------------------------------------------------------------------

    def year(self) -> int:
        if self.year_box is None:
            return dt.date.today().year
        return self.year_box.currentData()

    def build_query(self, search: str, filters: dict[str, Any]) -> Query:
        chosen = households.Filters(
            text=search,
            village_id=filters.get("village_id"),
            status=filters.get("status"),
            ethnic_code=filters.get("ethnic_code"),
            year=self.year(),
            commune_code=filters.get("commune_code") or self.context.commune_code,
        )
        self._chosen = chosen
        return households.register_query(self.context.db, _columns(), chosen, self._shown)

    def apply_filters(self) -> None:
        super().apply_filters()
        # the next keystroke typed on starts its scan at the first household shown now
        first = self.model.row_id(0) if self.model.in_query_order else None
        if self._chosen is not None:
            self._shown = households.shown(self.context.db, self._chosen, first)

    def _update_count(self) -> None:
        if self.model.counting:
            self.count_label.setText(tr("Counting households…"))
            return
        self.count_label.setText(
            tr("{count} households").format(count=format_number(self.model.rowCount()))
        )

    def _commune(self) -> str | None:
        """The commune shown: this station's, or the one chosen in a hub's filter (None: all)."""
        if self.context.commune_code is not None:
            return self.context.commune_code
        box = self.filters.get("commune_code")
        return box.currentData() if box is not None else None

    def _fill_village_filter(self) -> None:
        """The villages of the commune shown; on a hub, only once a commune is chosen."""
        box = self.village_filter
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        commune = self._commune()
        if commune is not None:
            for village in villages.list_villages(self.context.db, commune):
                box.addItem(village.name, village.id)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setEnabled(commune is not None)
        box.blockSignals(False)

    def _commune_chosen(self) -> None:
        previous = self.village_filter.currentData()
        self._fill_village_filter()
        if previous is not None:  # the village of another commune was dropped: filter again
            self.apply_filters()

    def _on_changed(self, table: str) -> None:
        if table == "village":
            self._fill_village_filter()
        if table in ("household", "household_year", "village"):
            self.apply_filters()  # built again: a search typed on started at a key read before

    # ---- actions -------------------------------------------------------------------------

    def open_record(self, record_id: str | None) -> QDialog | None:
        if record_id is None and self.context.is_hub:
            return None
        from desktop.views.household_form import HouseholdDialog

        dialog = HouseholdDialog(self.context, record_id, self, year=self.year())
        dialog.open()
        return dialog

    def delete_warning(self, ids: list[str]) -> str:
        helped, handouts = households.aid_received(self.context.db, ids)
        if not helped:
            return ""
        return tr(
            "{helped} of these households received aid ({handouts} hand-outs): deleted, they "
            "drop out of the signing lists and the figures of those receipts."
        ).format(helped=helped, handouts=handouts)

    def delete_records(self, ids: list[str]) -> None:
        for household_id in ids:
            households.delete(self.context.db, household_id)

    def edit_villages(self) -> QDialog:
        dialog = VillagesDialog(self.context, self)
        dialog.open()
        return dialog

    def import_xlsx(self) -> QDialog:
        from desktop.views.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self)
        dialog.open()
        return dialog


def _unit_name(context: AppContext, code: str) -> str:
    unit = reference.unit(context.db.conn, code)
    return unit.name if unit else code


class VillagesDialog(QDialog):
    """The commune's villages with their household counts; add one, rename or remove the
    selected one (removing only what nothing uses)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Villages"))
        self.list = QListWidget()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Village name, e.g. Thôn Pà Dồn"))
        self.error = look.error_line()
        self.error.hide()
        self.add_button = QPushButton(tr("Add"))
        self.rename_button = QPushButton(tr("Rename selected"))
        self.remove_button = QPushButton(tr("Remove selected"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentItemChanged.connect(self._selected)
        on_key(self.list, DELETE, self.remove)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(520, 420)
        self.refresh()
        # the keyboard: the cursor starts in the name box, Enter there adds the village
        self.add_button.setDefault(True)
        self.name.setFocus()

    def refresh(self, select: str | None = None) -> None:
        self.list.clear()
        for village in villages.list_villages(
            self.context.db, self.context.commune_code, counts=True
        ):
            item = QListWidgetItem(
                tr("{name} — {count} households").format(
                    name=village.name, count=format_number(village.households)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, village.id)
            item.setData(NAME_ROLE, village.name)
            self.list.addItem(item)
            if village.id == select:
                self.list.setCurrentItem(item)
        if select is None:  # nothing chosen: the box is for a new village
            self.list.setCurrentRow(-1)
            self.name.clear()
        self._update_buttons()

    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.name.setText(item.data(NAME_ROLE))
            self.name.selectAll()  # typing replaces it (a new name), editing renames
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _show(self, exc: UserError | None) -> None:
        if exc is None:
            self.error.hide()
            return
        text = "; ".join(exc.errors.values()) if isinstance(exc, ValidationError) else exc.message
        self.error.setText(text)
        self.error.show()

    def add(self) -> None:
        try:
            village_id = villages.add_village(
                self.context.db, self.name.text(), self.context.commune_code
            )
        except UserError as exc:
            self._show(exc)
            return
        self._show(None)
        self.name.clear()
        self.refresh(village_id)
        self.context.notify("village")

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self._show(UserError(tr("Select the village to rename.")))
            return
        try:
            villages.rename_village(
                self.context.db, item.data(Qt.ItemDataRole.UserRole), self.name.text()
            )
        except UserError as exc:
            self._show(exc)
            return
        self._show(None)
        self.refresh(item.data(Qt.ItemDataRole.UserRole))
        self.context.notify("village")

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            villages.remove_village(self.context.db, item.data(Qt.ItemDataRole.UserRole))
        except UserError as exc:
            self._show(exc)
            return
        self._show(None)
        self.refresh()
        self.context.notify("village")
