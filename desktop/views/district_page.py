"""The hub's `district` page: figures across all communes — needs by category and status,
resources by sponsor and commune, each sponsor's figures and targets in all its communes, and
the communes that have not sent the year's needs proposal by its deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import district, needs
from desktop.models.text import format_date, format_number, format_vnd
from desktop.views import look
from desktop.views.charts import BarPanel
from desktop.views.context import AppContext
from desktop.views.inputs import Combo
from desktop.views.widgets import FigureCard, fill_table, heading, right, small_table
from sync import status


def proposal_state(proposal: district.Proposal, held: dict | None = None) -> str:
    """The proposal's state; `held`, the commune's entry of `sync status` when its changes are
    held at the hub: then it has sent, and what it sent waits for the missing bundle."""
    if held is not None and held["proposal_state"] == status.HELD:
        numbers = ", ".join(str(w["number"]) for w in held["waiting_for"] if w["number"])
        if numbers:
            return tr("sent, waiting for bundle no. {number}").format(number=numbers)
        return tr("sent, waiting for a missing bundle")
    if proposal.state == district.ON_TIME:
        return tr("sent on time")
    if proposal.state == district.LATE:
        return tr("sent late")
    if proposal.state == district.MISSING:
        return tr("not sent, deadline passed")
    return tr("not sent yet")


class DistrictPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.year = Combo()
        this_year = dt.date.today().year
        for year in range(this_year + 1, this_year - 5, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)
        self.year.currentIndexChanged.connect(self.refresh)
        self.period = Combo()  # what was received in a quarter, half or 9 months
        for code, label in (
            ("year", tr("Whole year")),
            ("q1", tr("Quarter I")),
            ("q2", tr("Quarter II")),
            ("q3", tr("Quarter III")),
            ("q4", tr("Quarter IV")),
            ("h1", tr("First 6 months")),
            ("9m", tr("First 9 months")),
        ):
            self.period.addItem(label, code)
        self.period.currentIndexChanged.connect(self.refresh)
        self.title = heading("")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(tr("Received in:")))
        top.addWidget(self.period)

        self.communes = FigureCard(tr("communes"))
        self.needs_card = FigureCard(tr("needs proposed"))
        self.value = FigureCard(tr("value received"))
        self.late = FigureCard(tr("communes without the proposal by the deadline"))
        cards = QHBoxLayout()
        for card in (self.communes, self.needs_card, self.value, self.late):
            cards.addWidget(card)

        self.needs_table = small_table([], [])
        self.resources_table = small_table([], [])
        self.sponsors = QTreeWidget()
        self.sponsors.setRootIsDecorated(True)
        self.sponsors.setAlternatingRowColors(True)
        self.proposals_table = small_table([], [])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.needs_table, tr("Needs by category and status"))
        self.communes_table = small_table([], [])
        self.resources_tab = QSplitter(Qt.Orientation.Horizontal)
        self.resources_tab.addWidget(self.resources_table)
        self.resources_tab.addWidget(self.communes_table)
        self.resources_tab.setSizes([700, 400])
        self.tabs.addTab(self.resources_tab, tr("Resources by sponsor and commune"))
        self.tabs.addTab(self.sponsors, tr("Sponsors and their targets"))
        self.tabs.addTab(self.proposals_table, tr("Needs proposals"))
        # drill-down: a commune's figure opens its records, filtered to it and to the year
        self._resource_codes: list[str] = []
        self._proposal_codes: list[str] = []
        self.communes_table.cellDoubleClicked.connect(
            lambda row, _col: self.open_records("receipts", self._resource_codes, row)
        )
        self.proposals_table.cellDoubleClicked.connect(
            lambda row, _col: self.open_records("needs", self._proposal_codes, row)
        )
        self.charts = QWidget()  # its two charts are made when the tab is first shown
        self._charts_row = QHBoxLayout(self.charts)
        self.sponsor_chart: BarPanel | None = None
        self.commune_chart: BarPanel | None = None
        self.tabs.addTab(self.charts, tr("Charts"))
        self.years_table = small_table([], [])
        self.tabs.addTab(self.years_table, tr("Over the years"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        self._stale = False
        self._fills: dict[QWidget, Callable[[], None]] = {}
        self.tabs.currentChanged.connect(self._fill_shown)
        context.changes.changed.connect(self._changed)
        self.refresh()

    def _changed(self, *_: object) -> None:
        # Figures across every commune cost a query per sponsor and commune: recompute only
        # while the page is on screen, else when it is shown next.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    @property
    def selected_year(self) -> int:
        return int(self.year.currentData())

    @property
    def selected_period(self) -> str:
        return str(self.period.currentData() or "year")

    def refresh(self, *_: object) -> None:
        self._stale = False
        db = self.context.db
        year = self.selected_year
        self.title.setText(
            tr("{unit} — all communes in {year}").format(
                unit=self.context.station.unit.name, year=year
            )
        )
        communes = district.communes(db)
        table = district.needs_by_category(db, year)
        resources = district.resources_by_sponsor(db, year, self.selected_period)
        proposals = district.proposals(db, year)
        # held changes cannot be counted before the bundle they wait for: said, not guessed
        waiting = status.held_communes(db)
        overdue = [p for p in proposals if p.overdue and p.commune_code not in waiting]
        held = sum(c["held"] for c in waiting.values())
        self.communes.set(format_number(len(communes)))
        estimated = tr("estimated {cost}").format(cost=format_vnd(table.total.cost))
        self.needs_card.set(
            format_number(table.total.count),
            tr("{estimated}; {held} changes held").format(
                estimated=estimated, held=format_number(held)
            )
            if held
            else estimated,
        )
        self.value.set(
            format_vnd(sum(r.value for r in resources)),
            tr("{count} receipts").format(count=format_number(sum(r.receipts for r in resources))),
        )
        deadline = needs.proposal_deadline(db, year)
        self.late.set(
            format_number(len(overdue)),
            tr("deadline {date}").format(date=format_date(deadline)),
        )
        look.tone(self.late.value, look.ERROR if overdue else look.NAVY)
        # Every figure is computed here; a tab's widgets are filled when it is first shown (the
        # tree of every sponsor in every commune costs more to lay out than to compute).
        sponsors = district.sponsors_across(db, year)
        years = district.years_overview(db, year)
        self._fills = {
            self.needs_table: lambda: self._fill_needs(table),
            self.resources_tab: lambda: self._fill_resources(resources),
            self.sponsors: lambda: self._fill_sponsors(sponsors),
            self.proposals_table: lambda: self._fill_proposals(proposals, waiting),
            self.charts: lambda: self._fill_charts(resources),
            self.years_table: lambda: self._fill_years(years),
        }
        self._fill_shown()

    def _fill_shown(self, *_: object) -> None:
        fill = self._fills.pop(self.tabs.currentWidget(), None)
        if fill is not None:
            fill()

    def _fill_years(self, years: list[district.YearFigures]) -> None:
        fill_table(
            self.years_table,
            [tr("Year"), tr("Needs proposed"), tr("Estimated cost"), tr("Receipts"), tr("Value")],
            [
                [
                    str(y.year),
                    format_number(y.needs),
                    format_vnd(y.needs_cost),
                    format_number(y.receipts),
                    format_vnd(y.value),
                ]
                for y in years
            ],
            {1, 2, 3, 4},
        )

    def _fill_needs(self, table: district.NeedsTable) -> None:
        headers = [
            tr("Category"),
            *(needs.status_label(s) for s in table.statuses),
            tr("Total"),
            tr("Estimated cost"),
            tr("Received for them"),
        ]
        rows = []
        for code, name in [*table.categories, ("*", tr("All categories"))]:
            total = table.total if code == "*" else table.row_total(code)
            cells = [
                table.column_total(s) if code == "*" else table.cell(code, s)
                for s in table.statuses
            ]
            rows.append(
                [name or tr("(no category)")]
                + [format_number(c.count) if c.count else "" for c in cells]
                + [
                    format_number(total.count),
                    format_vnd(total.cost),
                    format_vnd(
                        sum(table.received.values()) if code == "*" else table.received.get(code, 0)
                    ),
                ]
            )
        fill_table(self.needs_table, headers, rows, set(range(1, len(headers))))
        self._bold_last_row(self.needs_table)

    def _fill_resources(self, resources: list[district.Resources]) -> None:
        rows = [
            [r.sponsor, r.commune, format_number(r.receipts), format_vnd(r.value)]
            for r in resources
        ]
        rows.append(
            [
                tr("All sponsors"),
                "",
                format_number(sum(r.receipts for r in resources)),
                format_vnd(sum(r.value for r in resources)),
            ]
        )
        fill_table(
            self.resources_table,
            [tr("Sponsor"), tr("Commune"), tr("Receipts"), tr("Value")],
            rows,
            {2, 3},
        )
        self._bold_last_row(self.resources_table)
        by_commune = district.resources_by_commune(resources)
        self._resource_codes = [r.commune_code for r in by_commune]
        fill_table(
            self.communes_table,
            [tr("Commune"), tr("Receipts"), tr("Value")],
            [[r.commune, format_number(r.receipts), format_vnd(r.value)] for r in by_commune],
            {1, 2},
        )
        self.communes_table.setToolTip(tr("Double-click a commune to see its receipts."))

    def _fill_charts(self, resources: list[district.Resources]) -> None:
        if self.sponsor_chart is None or self.commune_chart is None:
            self.sponsor_chart = BarPanel(tr("Received by sponsor, all communes (million đ)"))
            self.commune_chart = BarPanel(tr("Received by commune (million đ)"))
            self._charts_row.addWidget(self.sponsor_chart)
            self._charts_row.addWidget(self.commune_chart)
        by_sponsor: dict[str, list] = {}
        for r in resources:  # one bar per entry of the hub's directory, across its communes
            by_sponsor.setdefault(r.sponsor, [r.sponsor, 0])[1] += r.value
        nothing = tr("Nothing received in this period.")
        self.sponsor_chart.set_bars(
            [
                (name, round(value / 1_000_000, 1))
                for name, value in sorted(by_sponsor.values(), key=lambda b: -b[1])[:12]
            ],
            nothing,
        )
        by_commune = sorted(district.resources_by_commune(resources), key=lambda r: -r.value)
        self.commune_chart.set_bars(
            [(r.commune, round(r.value / 1_000_000, 1)) for r in by_commune[:15]],
            nothing,
        )

    @staticmethod
    def _bold_last_row(table) -> None:
        last = table.rowCount() - 1
        font = QFont()
        font.setBold(True)
        for column in range(table.columnCount()):
            item = table.item(last, column)
            if item is not None:
                item.setFont(font)

    def _fill_sponsors(self, sponsors: list[district.SponsorAcross]) -> None:
        self.sponsors.clear()
        self.sponsors.setHeaderLabels(
            [
                tr("Sponsor / commune"),
                tr("Receipts"),
                tr("Value"),
                tr("Poor households helped"),
                tr("Models"),
                tr("Targets met"),
                tr("Targets not met"),
            ]
        )
        bold = QFont()
        bold.setBold(True)
        aligned = right()
        for sponsor in sponsors:
            # Targets are judged across all the sponsor's communes (a model in each of them).
            unmet = [t.text for t in sponsor.figures.unmet()]
            if sponsor.communes_without_model:
                unmet.append(
                    tr("no model in {communes}").format(
                        communes=", ".join(sponsor.communes_without_model)
                    )
                )
            top = QTreeWidgetItem(
                [
                    sponsor.name,
                    format_number(sponsor.receipts),
                    format_vnd(sponsor.total_value),
                    format_number(sponsor.poor_households_helped),
                    format_number(sponsor.models),
                    tr("{met} of {total}").format(met=sponsor.targets_met, total=sponsor.targets),
                    "; ".join(unmet) or tr("none"),
                ]
            )
            top.setToolTip(6, "; ".join(unmet))
            for column in range(7):
                top.setFont(column, bold)
            if unmet:
                top.setForeground(6, QBrush(QColor(look.ERROR)))
            if not sponsor.matched:
                top.setForeground(0, QBrush(QColor(look.ERROR)))
                top.setToolTip(
                    0,
                    tr(
                        "This commune's sponsor is not matched to the sponsor directory yet: "
                        "match it on the sponsor directory page."
                    ),
                )
            for part in sponsor.communes:
                figures = part.figures
                child = QTreeWidgetItem(
                    [
                        part.commune,
                        format_number(figures.receipts),
                        format_vnd(figures.total_value),
                        format_number(figures.poor_households_helped),
                        format_number(figures.models),
                        "",
                        tr("no model this year") if figures.models == 0 else "",
                    ]
                )
                top.addChild(child)
            for item in [top, *(top.child(i) for i in range(top.childCount()))]:
                for column in range(1, 6):
                    item.setTextAlignment(column, aligned)
            self.sponsors.addTopLevelItem(top)
            top.setExpanded(True)
        header = self.sponsors.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)

    def open_records(self, page_name: str, codes: list[str], row: int) -> QWidget | None:
        """Show the page `page_name` of the window filtered to the commune of `row` and the
        selected year; the page, or None outside a main window."""
        window = self.window()
        if not 0 <= row < len(codes) or not hasattr(window, "show_page"):
            return None
        page = window.show_page(page_name)
        for key, value in (("commune", codes[row]), ("year", self.selected_year)):
            box = page.filters.get(key)
            if box is not None and box.findData(value) >= 0:
                box.setCurrentIndex(box.findData(value))
        return page

    def _fill_proposals(self, proposals: list[district.Proposal], waiting: dict[str, dict]) -> None:
        self._proposal_codes = [p.commune_code for p in proposals]
        self.proposals_table.setToolTip(tr("Double-click a commune to see its needs."))
        rows = [
            [
                p.commune,
                tr("{needs} (+ {held} changes held)").format(
                    needs=format_number(p.needs),
                    held=format_number(waiting[p.commune_code]["held"]),
                )
                if p.commune_code in waiting
                else format_number(p.needs),
                format_date(p.sent_on) if p.sent_on else "—",
                proposal_state(p, waiting.get(p.commune_code)),
                "; ".join(
                    tr("{held} changes wait for bundle no. {number} of {station}").format(
                        held=format_number(waiting[p.commune_code]["held"]),
                        number=w["number"],
                        station=w["station"],
                    )
                    for w in waiting.get(p.commune_code, {}).get("waiting_for", [])
                ),
            ]
            for p in proposals
        ]
        fill_table(
            self.proposals_table,
            [
                tr("Commune"),
                tr("Needs of the year"),
                tr("Sent on"),
                tr("Proposal"),
                tr("Still held at the hub"),
            ],
            rows,
            {1},
        )
        for row, proposal in enumerate(proposals):
            if proposal.overdue and proposal.commune_code not in waiting:
                self.proposals_table.item(row, 3).setForeground(QBrush(QColor(look.ERROR)))
            if proposal.commune_code in waiting:
                self.proposals_table.item(row, 4).setForeground(QBrush(QColor(look.ERROR)))
