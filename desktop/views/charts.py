"""Charts of the overview page: needs by status, value received this year by sponsor and by
category, poverty rate by village across survey rounds, sponsors behind their targets and the
deadlines coming. Figures come from desktop.models.overview and desktop.models.overview_charts.

Sized for the commune PCs' 1366×768 screen: six small panels in two rows, short labels, amounts
in millions of đồng.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import textwrap

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import needs, overview, overview_charts, reference
from desktop.models.text import format_date, format_number
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.jobs import Job, start_job

COLORS = ["#2f6690", "#3a7ca5", "#81c3d7", "#d9a441", "#6a994e", "#bc4749"]
STATUS_COLORS = {
    "de_xuat": "#9aa5b1",
    "da_gui": "#81c3d7",
    "duoc_nhan": "#3a7ca5",
    "dang_thuc_hien": "#d9a441",
    "hoan_thanh": "#6a994e",
    "khong_thuc_hien": "#bc4749",
}
SOON_DAYS = 30  # a deadline this close is shown in red
# Records behind the poverty rates: only their changes recompute them.
POVERTY_TABLES = {"survey", "survey_observation", "survey_indicator", "household", "village"}


# a chart's least height, where its labels are still drawn (the overview scrolls below it)
MIN_CHART_HEIGHT = 150
LABEL_ROOM = 16


def short(text: str, length: int = 24) -> str:
    """`text` cut to `length` characters with an ellipsis."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def axis_label(text: str, width: int = 16) -> str:
    """An axis label on up to two lines of about `width` letters (the axis draws rich text):
    a long name wraps instead of being cut by the axis, and only what a third line would hold
    is left out."""
    lines = textwrap.wrap(text, width, break_long_words=False) or [text]
    if len(lines) > 2:
        lines = [lines[0], short(" ".join(lines[1:]), width + 2)]
    return "<br>".join(html.escape(line) for line in lines)


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


class Panel(look.Card):
    """A titled box holding one chart or list, with a line shown when it has nothing to show."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = QLabel(title)
        look.text(self.title, bold=True, color=look.NAVY)
        self.title.setWordWrap(True)  # a narrow panel (125% scaling) wraps its title
        self.empty = QLabel()
        look.tone(self.empty, look.NOTE)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(8, 6, 8, 6)
        self.box.setSpacing(2)
        self.box.addWidget(self.title)
        self.box.addWidget(self.empty, 1)

    def show_empty(self, text: str, content: QWidget) -> None:
        self.empty.setText(text)
        self.empty.setVisible(bool(text))
        content.setVisible(not text)


def _distinct(labels: list[str]) -> list[str]:
    """Labels made distinct: a category axis merges equal ones, hiding their bars."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


class BarPanel(Panel):
    """Horizontal bars: one per label, its value written at the end of the bar."""

    def __init__(self, title: str, unit: str = "") -> None:
        super().__init__(title)
        self.unit = unit
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_CHART_HEIGHT)
        self.box.addWidget(self.view, 4)
        self.labels: list[str] = []
        self.values: list[float] = []

    def set_bars(
        self,
        bars: list[tuple[str, float]],
        empty_text: str,
    ) -> None:
        self.labels = [label for label, _ in bars]
        self.values = [value for _, value in bars]
        self.show_empty("" if bars else empty_text, self.view)
        chart = _chart()
        if bars:
            # Largest on top: a horizontal bar axis draws its first category at the bottom.
            shown = list(reversed(bars))
            series = QHorizontalBarSeries()
            series.setBarWidth(0.7)
            bar_set = QBarSet("")
            for _, value in shown:
                bar_set.append(value)
            bar_set.setColor(QColor(COLORS[0]))
            bar_set.setLabelColor(QColor(look.NAVY))
            bar_set.setLabelFont(_font(8))
            series.append(bar_set)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
            series.hovered.connect(
                lambda over, index, _set, shown=shown: self._hovered(shown[index] if over else None)
            )
            chart.addSeries(series)
            axis_y = QBarCategoryAxis()
            # two lines of a long name ("Bảo tồn, phát huy giá trị văn hóa…") rather than one
            # cut by the axis; the whole name is in the bar's tooltip
            axis_y.append(_distinct([axis_label(label, 15) for label, _ in shown]))
            axis_y.setTruncateLabels(False)  # the axis takes the width its two lines need
            # Qt measures a two-line label a little narrower than it draws it: room on the left
            chart.setMargins(QMargins(LABEL_ROOM, 2, 2, 2))
            axis_y.setLabelsFont(_font(8))
            axis_y.setGridLineVisible(False)
            axis_x = QValueAxis()
            top = max(value for _, value in bars) or 1
            axis_x.setRange(0, top * 1.25)  # room for the value labels
            axis_x.setLabelsVisible(False)
            axis_x.setGridLineVisible(False)
            axis_x.setLineVisible(False)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis_y)
            series.attachAxis(axis_x)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _hovered(self, bar: tuple[str, float] | None) -> None:
        """The mouse on a bar: its whole label and value as the tooltip."""
        text = f"{bar[0]}: {format_number(bar[1])} {self.unit}".strip() if bar else ""
        self.view.setToolTip(text)
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()


class PovertyPanel(Panel):
    """Grouped bars: each village's poverty rate in each of the last survey rounds."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(MIN_CHART_HEIGHT)
        self.box.addWidget(self.view, 4)
        self.rounds: list[overview_charts.Round] = []

    def set_rounds(self, villages: list[str], rounds: list[overview_charts.Round]) -> None:
        self.rounds = rounds
        self.show_empty(
            "" if rounds else tr("No survey round has classified households yet."), self.view
        )
        chart = _chart()
        if rounds:
            shown = [v for v in villages if any(v in r.rates for r in rounds)]
            series = QBarSeries()
            series.setBarWidth(0.85)
            top = 0.0
            for i, survey in enumerate(rounds):
                bar_set = QBarSet(survey.label or format_date(survey.survey_date))
                for village in shown:
                    rate = 100 * survey.rates.get(village, 0.0)
                    top = max(top, rate)
                    bar_set.append(rate)
                bar_set.setColor(QColor(COLORS[i % len(COLORS)]))
                series.append(bar_set)
            chart.addSeries(series)
            axis_x = QBarCategoryAxis()
            # a name of two words on two lines ("Đắc / Chừ"): at 125% a village's bars leave
            # about 55 px, where Qt cut one line to "Đắc …"; drawn whole, never truncated
            axis_x.append(
                [axis_label(v.removeprefix("Thôn ").removeprefix("Bản "), 6) for v in shown]
            )
            axis_x.setTruncateLabels(False)
            axis_x.setLabelsFont(_font(8))
            axis_x.setGridLineVisible(False)
            axis_y = QValueAxis()
            step = 10 if top <= 50 else 20
            ceiling = max(step, step * math.ceil(top * 1.05 / step))
            axis_y.setRange(0, ceiling)
            axis_y.setTickCount(ceiling // step + 1)
            axis_y.setLabelFormat("%d%%")
            axis_y.setTruncateLabels(False)  # "60%", not "…", when the panel is narrow
            axis_y.setLabelsFont(_font(8))
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            chart.legend().show()
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
            chart.legend().setFont(_font(8))
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()


class ListPanel(Panel):
    """Rows of text (and optional progress bars) in a scroll area."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.inner = QWidget()
        self.rows = QVBoxLayout(self.inner)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.inner)
        self.scroll.setMinimumHeight(MIN_CHART_HEIGHT // 2)  # two lists beside one chart row
        self.box.addWidget(self.scroll, 4)
        self.texts: list[str] = []

    def clear(self) -> None:
        self.texts = []
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def add_text(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        self.rows.addWidget(label)
        self.texts.append(label.text())
        return label

    def add_progress(self, value: float, text: str) -> None:
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(100 * value))
        bar.setFormat(text)
        bar.setFixedHeight(16)
        bar.setStyleSheet(
            "QProgressBar { border: 1px solid #c8d2dc; border-radius: 3px; text-align: center;"
            " font-size: 11px; background: white; }"
            "QProgressBar::chunk { background: #d9a441; }"
        )
        self.rows.addWidget(bar)

    def finish(self, empty_text: str) -> None:
        self.rows.addStretch(1)
        self.show_empty("" if self.texts else empty_text, self.scroll)


class OverviewCharts(QWidget):
    """The six panels; refreshes itself when records change."""

    poverty_ready = Signal()  # the poverty rates arrived from the thread pool

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._poverty_job: Job | None = None
        self._poverty_again = False
        self._poverty_stale = True
        self._drawn = False  # drawn once (at start, even before the window shows)
        self._stale = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        self.needs = BarPanel(tr("Needs of this year by status"))
        self.by_sponsor = BarPanel(tr("Received this year by sponsor (million đ)"))
        self.by_category = BarPanel(tr("Received this year by category (million đ)"))
        self.poverty = PovertyPanel(
            tr("Poverty rate by commune, by year")
            if context.is_hub
            else tr("Poverty rate by village, survey rounds")
        )
        self.behind = ListPanel(tr("Sponsors behind their targets this year"))
        self.deadlines = ListPanel(tr("Deadlines coming"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.needs, 0, 0)
        grid.addWidget(self.by_sponsor, 0, 1)
        grid.addWidget(self.by_category, 0, 2)
        grid.addWidget(self.poverty, 1, 0, 1, 2)
        side = QVBoxLayout()  # the sponsors behind their targets above the deadlines
        side.addWidget(self.behind, 3)
        side.addWidget(self.deadlines, 2)
        grid.addLayout(side, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        context.changes.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, table: str | None = None) -> None:
        """Redraw the panels (the poverty rates only when the records behind them changed); while
        the charts are hidden, only note that they are stale and redraw when shown."""
        self._poverty_stale = self._poverty_stale or table is None or table in POVERTY_TABLES
        if self._drawn and not self.isVisible():
            self._stale = True
            return
        self._drawn = True
        self._stale = False
        self._draw()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh("")

    def _draw(self) -> None:
        today = dt.date.today()
        db, commune = self.context.db, self.context.commune_code
        by_status = overview.needs_by_status(db, today.year, commune)
        self.needs.set_bars(
            [
                (needs.status_label(status), by_status[status])
                for status in needs.STATUSES
                if by_status.get(status)
            ],
            tr("No need proposed for this year yet."),
        )
        self.by_sponsor.set_bars(
            [
                (name, round(value / 1_000_000, 1))
                for name, value in overview_charts.value_by_sponsor(db, today.year, commune)
            ],
            tr("Nothing received this year yet."),
        )
        categories = {c.code: c.name for c in reference.catalog(db.conn, "support_category")}
        self.by_category.set_bars(
            [
                (categories.get(code, code), round(value / 1_000_000, 1))
                for code, value in overview_charts.value_by_category(db, today.year, commune)
            ],
            tr("Nothing received this year yet."),
        )
        if self._poverty_stale:
            self._poverty_stale = False
            self._start_poverty()
        self.behind.clear()
        for shortfall in overview_charts.behind_targets(db, today.year, commune):
            where = f" · {shortfall.commune}" if shortfall.commune else ""
            self.behind.add_text(
                f"<b>{shortfall.sponsor}</b>{where}<br><span style='color:{look.CAPTION}'>"
                f"{shortfall.target}</span>"
            )
            self.behind.add_progress(
                shortfall.progress,
                tr("{actual} of {required}").format(
                    actual=format_number(shortfall.actual),
                    required=format_number(shortfall.required),
                ),
            )
        self.behind.finish(
            tr("Every twinned sponsor has met its targets this year.")
            if overview_charts.twinned_sponsors(db, today.year, commune)
            else (
                tr("No sponsor is twinned with any commune this year.")
                if self.context.is_hub
                else tr(
                    "No sponsor is twinned with the commune this year: add one on the Sponsors "
                    "page."
                )
            )
        )
        self.deadlines.clear()
        for deadline in overview.upcoming_deadlines(db, today, self.context.station.role):
            days = deadline.days_left(today)
            color = look.ERROR if days <= SOON_DAYS else look.NAVY
            self.deadlines.add_text(
                f"<b style='color:{color}'>{format_date(deadline.due)} · "
                + tr("{days} days left").format(days=days)
                + f"</b><br>{deadline.what}"
            )
        self.deadlines.finish(tr("No deadline coming."))

    # ---- poverty rates, computed on the thread pool ----------------------------------------

    @property
    def poverty_busy(self) -> bool:
        return self._poverty_job is not None

    def _start_poverty(self) -> None:
        if self._poverty_job is not None:
            self._poverty_again = True  # records changed while computing: once more after
            return
        commune = self.context.commune_code
        if not self.poverty.rounds:
            self.poverty.show_empty(tr("Computing…"), self.poverty.view)

        def work(_data_dir, db, _job) -> tuple[list[str], list[overview_charts.Round]]:
            return overview_charts.poverty_by_village(db, commune)

        job = Job(self.context.data_dir, work, writes=False)
        job.signals.finished.connect(self._poverty_done)
        job.signals.failed.connect(self._poverty_failed)
        self._poverty_job = job
        start_job(job)

    def stop(self) -> None:
        """Interrupt the poverty query (the program is quitting) and let the thread end."""
        job = self._poverty_job
        if job is not None:
            job.interrupt()
            QThreadPool.globalInstance().waitForDone(5000)

    def _poverty_done(self, result: tuple[list[str], list[overview_charts.Round]]) -> None:
        self._poverty_job = None
        self.poverty.set_rounds(*result)
        self.poverty_ready.emit()
        if self._poverty_again:
            self._poverty_again = False
            self._start_poverty()

    def _poverty_failed(self, message: str) -> None:
        self._poverty_job = None
        self.poverty.show_empty(message, self.poverty.view)
        self.poverty_ready.emit()
