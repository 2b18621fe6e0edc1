"""The overview's "Tables" tab: value received by sponsor, the year's needs by status, and the
deadlines coming. Built just after the overview's first paint (the tab is not the one shown)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.i18n import tr
from desktop.models import needs, overview
from desktop.models.db import Database
from desktop.models.text import format_date, format_vnd
from desktop.views.widgets import fill_table, small_table


class OverviewTables(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.by_sponsor = small_table([], [])
        self.by_status = small_table([], [])
        self.deadlines = small_table([], [])
        grid = QGridLayout(self)
        grid.addWidget(QLabel(tr("Value received this year by sponsor")), 0, 0)
        grid.addWidget(self.by_sponsor, 1, 0)
        grid.addWidget(QLabel(tr("Needs of this year by status")), 0, 1)
        grid.addWidget(self.by_status, 1, 1)
        grid.addWidget(QLabel(tr("Deadlines coming")), 2, 0, 1, 2)
        grid.addWidget(self.deadlines, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def show_figures(
        self, db: Database, figures: overview.Overview, today: dt.date, role: str
    ) -> None:
        fill_table(
            self.by_sponsor,
            [tr("Sponsor"), tr("Receipts"), tr("Value")],
            [
                [name, str(count), format_vnd(value)]
                for name, count, value in figures.value_by_sponsor
            ],
            {1, 2},
        )
        fill_table(
            self.by_status,
            [tr("Status"), tr("Needs")],
            [
                [needs.status_label(status), str(figures.needs_by_status[status])]
                for status in needs.STATUSES
                if status in figures.needs_by_status
            ],
            {1},
        )
        rows = [
            [
                deadline.what,
                format_date(deadline.due),
                tr("{days} days left").format(days=deadline.days_left(today)),
            ]
            for deadline in overview.upcoming_deadlines(db, today, role)
        ]
        fill_table(self.deadlines, [tr("Deadline"), tr("Due"), tr("Time left")], rows, {2})
