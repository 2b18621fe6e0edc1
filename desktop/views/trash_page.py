"""The trash page: deleted records of every kind, and restoring them (which syncs like any write)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import ownership, records, trash
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.models.listing import Query
from desktop.models.text import format_number
from desktop.views.context import AppContext
from desktop.views.forms import fit_columns
from desktop.views.sqltable import SqlTableModel
from desktop.views.widgets import heading


def _when(value: str | None) -> str:
    """ "2026-11-22 10:35:07" -> "22/11/2026 10:35"."""
    if not value:
        return ""
    day, _, time = value.partition(" ")
    year, month, date = day.split("-")
    return f"{date}/{month}/{year} {time[:5]}"


class TrashPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.parts = QCheckBox(tr("Also show parts of records (items, allocations, links)"))
        self.parts.toggled.connect(self.refresh)
        self.restore_button = QPushButton(tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.count_label = QLabel()
        self.note = QLabel(
            tr(
                "Deleted records stay here and are sent to the {level} as deletions. "
                "Restoring one brings it back everywhere."
            ).format(level=context.level)
        )
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.parts)
        top.addWidget(self.restore_button)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        self.model = SqlTableModel(context.db, self._query())
        self.view.setModel(self.model)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep newest first
        fit_columns(self.view, {0: 190, 1: 140, 2: 520})
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Trash")))
        layout.addWidget(self.note)
        layout.addLayout(top)
        self.message = QLabel()  # what the last restore brought back
        self.message.setWordWrap(True)
        self.message.setObjectName("restored")
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._update_count()
        self.view.selectionModel().selectionChanged.connect(self._update_restore)
        context.changes.changed.connect(self.refresh)

    def _query(self) -> Query:
        q = trash.query(self.context.db, self.context.commune_code, self.parts.isChecked())
        listed = trash.listing(q)
        columns = [
            listed.column("tbl", tr("Kind"), records.title),
            listed.column("deleted_at", tr("Deleted at"), _when),
            listed.column("label", tr("Record")),
        ]
        if self.context.is_hub:
            columns.append(listed.column("commune_code", tr("Commune")))
        return listed.query(columns, params=q.params)

    def refresh(self, *_: object) -> None:
        self.model.set_query(self._query())
        self._update_restore()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            tr("{count} deleted records").format(count=format_number(self.model.rowCount()))
        )

    def _update_restore(self, *_: object) -> None:
        """On a hub, a commune's records are only shown: restoring them is the commune's."""
        if not self.context.is_hub:
            return
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        self.restore_button.setEnabled(
            all(
                ownership.hub_writes(
                    trash.split_key(self.model.row_id(row) or "")[0],
                    self.model.index(row, 3).data() or None,
                )
                for row in rows
            )
        )

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [key for key in (self.model.row_id(row) for row in rows) if key]

    def restore_selected(self) -> list[str]:
        """Restore the selected records, all or (on a refusal) none; returns the tables written."""
        written: list[str] = []
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        names = {
            self.model.row_id(row): self.model.index(row, 2).data() for row in rows
        }  # read before the list refreshes
        keys = self.selected_keys()
        try:
            with transaction(self.context.db):
                written = [trash.restore(self.context.db, key) for key in keys]
        except UserError as exc:
            written = []
            QMessageBox.warning(self, tr("Cannot restore"), exc.message)
        finally:
            if not written:
                self.refresh()  # show what is stored, whatever happened
        if written:
            restored = [names.get(key) or "" for key in keys]
            self.message.setText(
                tr("Restored {count}: {names}. They are back on their pages.").format(
                    count=len(restored),
                    names="; ".join(restored[:5]) + ("; …" if len(restored) > 5 else ""),
                )
            )
        for table in dict.fromkeys(written):
            self.context.notify(table)  # other pages show it again; this page refreshes too
        return written
