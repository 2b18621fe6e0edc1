"""The needs page: the yearly proposal with its 15/01 deadline, each need's dated status history
and what the linked receipts have fulfilled."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.i18n import tr
from desktop.models import needs
from desktop.models.listing import Query
from desktop.models.text import format_date, format_number, format_vnd
from desktop.views.context import AppContext
from desktop.views.documents_page import show_document
from desktop.views.forms import RecordListPage, fit_columns
from desktop.views.inputs import stretch_last
from desktop.views.needs_dialogs import NeedDialog, SendProposalDialog, StatusDialog
from desktop.views.scope import commune_choices, view_only
from desktop.views.widgets import fill_table, small_table

BANNER_STYLE = {
    True: "background: #e6f4ea; border: 1px solid #9ccfa8; color: #1e5631;",
    False: "background: #fff4e0; border: 1px solid #f0c27a; color: #6b4300;",
}


def _quantity(value: str) -> str:
    """ "20.0|con" -> "20 con"."""
    number, _, unit = value.partition("|")
    return f"{format_number(float(number))} {unit}".strip()


class NeedsPage(RecordListPage):
    table_name = "need"
    search_placeholder = ""

    def __init__(self, context: AppContext) -> None:
        self._categories = dict(needs.category_choices(context.db))
        super().__init__(context, tr("Needs and the yearly proposal"))
        self.search.setPlaceholderText(tr("Search needs (accents not needed)"))
        self.year_box = self.add_filter("year", tr("All years"), [])
        self._fill_years()
        self.add_filter(
            "status", tr("All statuses"), [(s, needs.status_label(s)) for s in needs.STATUSES]
        )
        self.add_filter("category", tr("All categories"), list(self._categories.items()))
        if context.is_hub:
            self.add_filter("commune", tr("All communes"), commune_choices(context))
            for button in (self.new_button, self.delete_button):
                button.setVisible(False)
        self.new_button.setText(tr("New need"))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 6, 10, 6)
        self.send_button = QPushButton(tr("Send the proposal…"))
        self.send_button.clicked.connect(self.send_proposal)
        self.send_button.setVisible(not context.is_hub)
        self.print_button = QPushButton(tr("Print the proposal report…"))
        self.print_button.clicked.connect(
            lambda: show_document(self, "needs-report", year=self.banner_year())
        )
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.send_button)
        banner_row.addWidget(self.print_button)
        self.layout_.insertLayout(1, banner_row)
        self._build_detail()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.model.modelReset.connect(self.show_detail)
        self.year_box.setCurrentIndex(self.year_box.findData(needs.proposal_year(context.db)))
        self._fit()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 2))
        self.refresh_banner()
        self.show_detail()

    # ---- list --------------------------------------------------------------------------

    def build_query(self, search_text: str, filters: dict[str, Any]) -> Query:
        where, params = needs.list_filters(
            self.context.db,
            commune_code=self.context.commune_code or filters.get("commune"),
            text=search_text,
            year=filters.get("year"),
            status=filters.get("status"),
            category_code=filters.get("category"),
        )
        listed = needs.LISTING
        columns = [
            *self.commune_columns(listed),
            listed.column("priority", tr("Priority"), needs.priority_label),
            listed.column("category_code", tr("Category"), self._category),
            listed.column("description", tr("Need")),
            listed.column("quantity", tr("Quantity"), _quantity),
            listed.column("estimated_cost", tr("Estimated cost")),
            listed.column("sponsor", tr("Proposed sponsor")),
            listed.column("status", tr("Status"), needs.status_label),
            listed.column("status_date", tr("Since")),
            listed.column("received_value", tr("Value received")),
        ]
        if "year" not in filters:  # every year listed: say which each need is for
            leading = len(self.commune_columns(listed))
            columns.insert(leading, listed.column("year", tr("Year")))
        return listed.query(columns, where, params)

    def _category(self, code: str) -> str:
        return self._categories.get(code, code)

    def _fit(self) -> None:
        widths = [75, 150, 240, 85, 115, 135, 105, 85, 110]
        if "year" not in self.filter_values():
            widths.insert(0, 50)
        fit_columns(self.view, dict(enumerate(widths)))  # after the hub's commune column

    def apply_filters(self) -> None:
        super().apply_filters()
        if hasattr(self, "banner"):
            self.refresh_banner()
            self._fit()

    def _update_count(self) -> None:
        self.count_label.setText(
            tr("{count} needs · estimated {cost}").format(
                count=format_number(self.model.rowCount()),
                cost=format_vnd(int(self.model.total("estimated_cost"))),
            )
        )

    def _fill_years(self) -> None:
        """The year filter holds every year that has needs (a need of a new year shows up)."""
        box = self.year_box
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for year in needs.year_choices(self.context.db, self.context.commune_code):
            box.addItem(tr("Year {year}").format(year=year), year)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def _on_changed(self, table: str) -> None:
        if table not in ("need", "receipt", "receipt_need", "sponsor", "trash"):
            return
        current = self.current_id()
        self._fill_years()
        self.model.refresh()
        self._update_count()
        self.select(current)
        self.refresh_banner()
        self.show_detail()

    def select(self, need_id: str | None) -> None:
        """Make `need_id` the current row again (after a refresh), when it is still listed."""
        if need_id is None:
            return
        ids = self.model.ids()
        if need_id in ids:
            self.view.setCurrentIndex(self.model.index(ids.index(need_id), 2))

    # ---- the proposal banner -----------------------------------------------------------

    def banner_year(self) -> int:
        return self.year_box.currentData() or needs.proposal_year(self.context.db)

    def refresh_banner(self) -> None:
        status = needs.proposal_status(
            self.context.db, self.context.commune_code, self.banner_year()
        )
        if status.days_left >= 0:
            when = tr("Needs proposal for {year}: due {deadline} ({days} days left).").format(
                year=status.year, deadline=format_date(status.deadline), days=status.days_left
            )
        else:
            when = tr("Needs proposal for {year}: was due {deadline} ({days} days ago).").format(
                year=status.year, deadline=format_date(status.deadline), days=-status.days_left
            )
        if status.complete:
            state = tr(
                "Complete: all {count} needs have a category, a cost and a proposed sponsor, "
                "and have been sent."
            ).format(count=status.needs)
        elif status.needs == 0:
            state = tr("Not complete: no need has been entered yet.")
        else:
            gaps = [
                (status.not_sent, tr("{count} not yet sent")),
                (status.missing_cost, tr("{count} without an estimated cost")),
                (status.missing_sponsor, tr("{count} without a proposed sponsor")),
                (status.missing_category, tr("{count} without a category")),
            ]
            state = tr("Not complete: {gaps}.").format(
                gaps="; ".join(text.format(count=count) for count, text in gaps if count)
            )
        self.banner.setText(f"<b>{when}</b> {state}")
        self.banner.setStyleSheet(BANNER_STYLE[status.complete])
        self.banner.setProperty("complete", status.complete)
        self.send_button.setEnabled(status.not_sent > 0)

    # ---- the selected need -------------------------------------------------------------

    def _build_detail(self) -> None:
        box = QGroupBox(tr("Selected need"))
        row = QHBoxLayout(box)
        self.history = small_table([tr("Status"), tr("Date"), tr("Note")], [])
        row.addWidget(self.history, 3)
        side = QVBoxLayout()
        self.fulfilment_label = QLabel()
        self.fulfilment_label.setWordWrap(True)
        self.beneficiary_label = QLabel()
        self.beneficiary_label.setWordWrap(True)
        self.status_button = QPushButton(tr("Change status…"))
        self.status_button.clicked.connect(self.change_status)
        side.addWidget(self.fulfilment_label)
        side.addWidget(self.beneficiary_label)
        side.addStretch(1)
        side.addWidget(self.status_button)
        row.addLayout(side, 2)
        box.setMaximumHeight(150)  # the needs list keeps six rows at 125% scaling
        self.detail = box
        self.layout_.addWidget(box)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def show_detail(self) -> None:
        need_id = self.current_id()
        self.status_button.setEnabled(need_id is not None and not self.context.is_hub)
        if need_id is None:
            fill_table(self.history, [tr("Status"), tr("Date"), tr("Note")], [], set())
            self.fulfilment_label.setText(tr("Choose a need to see its history and fulfilment."))
            self.beneficiary_label.clear()
            return
        db = self.context.db
        need = needs.get_need(db, need_id)
        fill_table(
            self.history,
            [tr("Status"), tr("Date"), tr("Note")],
            [
                [needs.status_label(c.status), format_date(c.changed_on), c.note or ""]
                for c in needs.history(db, need_id)
            ],
            set(),
        )
        stretch_last(self.history)
        got = needs.fulfilment(db, [need_id]).get(need_id)
        value = got.received_value if got else 0
        quantity = got.received_quantity if got else 0
        lines = [
            tr("Received: {value} of {cost} estimated").format(
                value=format_vnd(value), cost=format_vnd(need.estimated_cost or 0)
            )
        ]
        if got and got.value_ratio is not None:
            lines[0] += f" ({format_number(round(100 * got.value_ratio, 1))}%)"
        if need.quantity:
            lines.append(
                tr("Quantity: {received} of {wanted} {unit}").format(
                    received=format_number(quantity),
                    wanted=format_number(need.quantity),
                    unit=need.unit or "",
                )
            )
        if got and got.fulfilled:
            lines.append(tr("Fulfilled."))
        self.fulfilment_label.setText("\n".join(lines))
        names = [b.label for b in need.beneficiaries]
        self.beneficiary_label.setText(
            tr("Beneficiaries: {names}").format(names=", ".join(names) if names else "—")
        )

    # ---- actions -----------------------------------------------------------------------

    def open_record(self, record_id: str | None) -> None:
        dialog = NeedDialog(self.context, record_id, self.year_box.currentData(), self)
        view_only(self.context, dialog)
        dialog.saved.connect(self._show_saved)
        dialog.open()
        self.dialog = dialog

    def _show_saved(self, need_id: str) -> None:
        """A need saved for a year the filter hides: show that year, with the need chosen."""
        year = needs.get_need(self.context.db, need_id).year
        shown = self.year_box.currentData()
        if shown is not None and shown != year:
            self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.select(need_id)

    def change_status(self) -> None:
        need_id = self.current_id()
        if need_id is None:
            return
        dialog = StatusDialog(self.context, need_id, self)
        dialog.open()
        self.dialog = dialog

    def send_proposal(self) -> None:
        dialog = SendProposalDialog(self.context, self.banner_year(), self)
        dialog.open()
        self.dialog = dialog

    def delete_records(self, ids: list[str]) -> None:
        needs.delete_needs(self.context.db, ids)
