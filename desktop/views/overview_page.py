"""The overview page: the commune's (or district's) figures at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import overview
from desktop.models.text import format_number, format_vnd
from desktop.views.context import AppContext
from desktop.views.widgets import FigureCard, heading


class _FillLayout(QVBoxLayout):
    """A column that a resizable scroll area fits to its viewport (down to the minimum size):
    one that reports a height for its width (wrapped labels) is given its whole preferred
    height, which the charts make far taller than the window."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return False


class OverviewPage(QWidget):
    """The heading and four figure cards; the two tabs below them (charts, tables) are filled
    just after the page's first paint, so the figures show at once and the rest follows."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.title = heading("")
        self.households = FigureCard(tr("households"))
        self.poor = FigureCard(tr("poor households"))
        self.needs = FigureCard(tr("needs proposed this year"))
        self.received = FigureCard(tr("received this year"))
        cards = QHBoxLayout()
        for card in (self.households, self.poor, self.needs, self.received):
            cards.addWidget(card)
        # scrolled when the window is small (125% scaling on a 1366×768 screen) rather than
        # growing past the taskbar or squeezing the charts until their labels vanish
        body = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = _FillLayout(body)
        scroll.setWidget(body)
        body.installEventFilter(self)
        layout.addWidget(self.title)
        layout.addLayout(cards)
        self._charts = None
        self._tables = None
        self._figures: overview.Overview | None = None
        self._charts_tab = QWidget()
        self._tables_tab = QWidget()
        for tab in (self._charts_tab, self._tables_tab):
            QVBoxLayout(tab).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._charts_tab, tr("Charts"))
        self.tabs.addTab(self._tables_tab, tr("Tables"))
        layout.addWidget(self.tabs, 1)
        self._stale = False
        context.changes.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, *_: object) -> None:
        # The figures take a while on a large commune: only a visible page recomputes them.
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and (self._tables is None or self._charts is None):
            QTimer.singleShot(0, self, self._build_tabs)  # first painted: the tabs follow
        return super().eventFilter(watched, event)

    def _build_tabs(self) -> None:
        self._build_tables()
        self._build_charts()

    def _build_tables(self) -> None:
        if self._tables is None:
            from desktop.views.overview_tables import OverviewTables

            self._tables = OverviewTables()
            self._tables_tab.layout().addWidget(self._tables)
            self._fill_tables()

    def _fill_tables(self) -> None:
        if self._tables is not None and self._figures is not None:
            context = self.context
            self._tables.show_figures(
                context.db, self._figures, dt.date.today(), context.station.role
            )

    @property
    def tables(self):
        """The tables tab's content, built on first use."""
        self._build_tables()
        return self._tables

    def _build_charts(self) -> None:
        if self._charts is None:
            from desktop.views.charts import OverviewCharts

            self._charts = OverviewCharts(self.context)
            self._charts_tab.layout().addWidget(self._charts)
            self._charts.show()  # at once, not on the next turn of the event loop

    @property
    def charts(self):
        """The charts tab's content, built on first use."""
        self._build_charts()
        return self._charts

    def refresh(self) -> None:
        self._stale = False
        today = dt.date.today()
        figures = overview.figures(self.context.db, today.year, self.context.commune_code)
        self.title.setText(
            tr("{unit} — situation in {year}").format(
                unit=self.context.station.unit.name, year=today.year
            )
        )
        self.households.set(format_number(figures.households))
        self.poor.set(
            format_number(figures.poor),
            tr("{rate}% of households; {near} near-poor").format(
                rate=format_number(round(100 * figures.poverty_rate, 1)), near=figures.near_poor
            ),
        )
        self.needs.set(
            format_number(sum(figures.needs_by_status.values())),
            tr("estimated {cost}").format(cost=format_vnd(figures.needs_total_cost)),
        )
        self.received.set(
            format_vnd(figures.value_received),
            tr("{models} livelihood models this year").format(models=figures.models),
        )
        self._figures = figures
        self._fill_tables()
