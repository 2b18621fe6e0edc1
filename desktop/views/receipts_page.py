"""The receipts page: every resource received, searchable and filtered by year, sponsor and
category, with how much of each has been handed out; opens the receipt dialog."""

from __future__ import annotations

from typing import Any

from desktop.i18n import tr
from desktop.models import district, receipts, reference
from desktop.models.listing import Query
from desktop.views.context import AppContext
from desktop.views.documents_page import show_document
from desktop.views.forms import RecordListPage, fit_columns
from desktop.views.receipt import ReceiptDialog


class ReceiptsPage(RecordListPage):
    table_name = "receipt"

    def __init__(self, context: AppContext) -> None:
        self.search_placeholder = tr("Search content, sponsor, item or minutes no.")
        conn = context.db.conn
        self._categories = {c.code: c.name for c in reference.catalog(conn, "support_category")}
        super().__init__(context, tr("Resources received"))
        self.add_filter(
            "year",
            tr("All years"),
            [(year, str(year)) for year in receipts.years(context.db, context.commune_code)],
        )
        self.add_filter(
            "sponsor",
            tr("All sponsors"),
            [(c.id, c.label) for c in receipts.sponsor_choices(context.db, context.commune_code)],
        )
        self.add_filter("category", tr("All support categories"), list(self._categories.items()))
        self.new_button.setText(tr("New receipt"))
        if context.is_hub:  # the district reads the communes' receipts; each commune writes its own
            self.add_filter(
                "commune",
                tr("All communes"),
                [(c.code, c.name) for c in district.communes(context.db)],
            )
        fit_columns(self.view, {0: 90, 1: 210, 2: 190, 3: 200, 4: 125, 5: 90, 6: 105})
        self.dialog: ReceiptDialog | None = None

    def build_query(self, search: str, filters: dict[str, Any]) -> Query:
        where, params = receipts.list_filters(
            self.context.db,
            commune_code=self.context.commune_code or filters.get("commune"),
            text=search,
            year=filters.get("year"),
            sponsor_id=filters.get("sponsor"),
            category_code=filters.get("category"),
        )
        listed = receipts.LISTING
        columns = [
            *self.commune_columns(listed),
            listed.column("received_on", tr("Date")),
            listed.column("sponsor", tr("Sponsor")),
            listed.column(
                "category_code", tr("Support category"), lambda c: self._categories.get(c, c)
            ),
            listed.column("items", tr("Items")),
            listed.column("total", tr("Value")),
            listed.column("handed", tr("Handed out"), lambda v: f"{v}%"),
            listed.column("minutes_number", tr("Minutes no.")),
            listed.column("gift_only", tr("Gift only"), lambda v: tr("yes") if v else ""),
        ]
        return listed.query(columns, where, params)

    def _on_changed(self, table: str) -> None:
        # the list shows how much is handed out: hand-outs change it as much as receipts do
        if table in ("receipt", "allocation", "trash"):
            self.model.refresh()
            self._update_count()

    def open_record(self, record_id: str | None) -> None:
        self.dialog = ReceiptDialog(self.context, record_id, self)
        self.dialog.print_requested.connect(self.print_document)
        self.dialog.open()

    def print_document(self, kind: str, receipt_id: str) -> None:
        """Open the documents page on this receipt's minutes or signing list."""
        show_document(self, kind, receipt_id=receipt_id)

    def delete_records(self, ids: list[str]) -> None:
        for receipt_id in ids:
            receipts.delete(self.context.db, receipt_id)
