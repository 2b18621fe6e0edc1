"""The `conflicts` page: versions of a record that lost to a concurrent edit, both versions side
by side, and the choice to keep the current one or take the other (itself a synced change)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import ownership, records, reference
from desktop.models.errors import UserError
from desktop.models.text import format_number, format_vnd
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.sync_page import format_moment
from desktop.views.widgets import heading
from sync import conflict_review
from sync.conflict_review import Conflict

HIDDEN_FIELDS = {"search_key"}


def commune_name(conn: Any, code: str | None) -> str:
    if code is None:
        return tr("hub")
    unit = reference.unit(conn, code)
    return unit.name if unit else code


class ConflictsModel(QAbstractTableModel):
    """The conflicts not yet reviewed."""

    RECORD, COMMUNE, OTHER, DETECTED = range(4)

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[Conflict] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = conflict_review.open_conflicts(self.context.db)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        conflict = self.rows[index.row()]
        conn = self.context.db.conn
        return [
            conflict.record,
            commune_name(conn, conflict.commune_code),
            conflict_review.station_name(conn, conflict.other_site),
            format_moment(conflict.detected_at),
        ][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = [tr("Record"), tr("Commune"), tr("Other version from"), tr("Found")]
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)


class ConflictsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model = ConflictsModel(context, self)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictsModel.RECORD, QHeaderView.ResizeMode.Stretch)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.record = QLabel()
        self.record.setWordWrap(True)
        look.figure(self.record, px=16)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.versions = QTableWidget(0, 3)
        # titled even while empty (Qt would number the columns "1 2 3")
        self.versions.setHorizontalHeaderLabels(
            [tr("Field"), tr("Current version"), tr("Other version")]
        )
        self.versions.verticalHeader().setVisible(False)
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.versions.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.versions.setWordWrap(True)
        vheader = self.versions.horizontalHeader()
        vheader.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        vheader.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        vheader.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(tr("Keep the current version"))
        self.keep_button.clicked.connect(self.keep)
        self.take_button = QPushButton(tr("Take the other version"))
        self.take_button.clicked.connect(self.take)
        self.take_note = QLabel()
        self.take_note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.take_button)
        buttons.addStretch(1)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.record)
        detail_layout.addWidget(self.explain)
        detail_layout.addWidget(self.versions, 1)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.take_note)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([520, 620])

        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Conflicts between versions")))
        layout.addWidget(self.count)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.list.selectionModel().selectionChanged.connect(self.show_selected)
        context.changes.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.model.refresh()
        total = len(self.model.rows)
        self.count.setText(
            tr(
                "{count} conflicts to review. Two stations changed the same record before seeing "
                "each other's change; the later change is in place, the other is kept here."
            ).format(count=total)
            if total
            else tr("No conflict to review.")
        )
        if total:
            self.list.selectRow(0)
        self.show_selected()

    def selected(self) -> Conflict | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _value(self, table: str, name: str, value: Any) -> str:
        """A stored value as people read it: names for codes and ids, amounts in đồng."""
        if value is None or value == "":
            return "—"
        conn = self.context.db.conn
        named = conflict_review.referenced(conn, table, name, value)
        if named is not None:
            return named
        if name == "deleted":
            return tr("yes") if value else tr("no")
        if records.is_money(table, name) and isinstance(value, int):
            return format_vnd(value)
        words = records.code_words(table, name, value)
        if words is not None:
            return words
        if name == "ethnic_code":
            groups = {code: group for code, group, _ in reference.ethnic_groups(conn)}
            return groups.get(value, str(value))
        if name == "category_code":
            return reference.catalog_name(conn, "support_category", value)
        if isinstance(value, float):
            return format_number(value)
        return str(value)

    def show_selected(self, *_: object) -> None:
        conflict = self.selected()
        self.keep_button.setEnabled(conflict is not None)
        # a hub reads a commune's records: the commune's stations take a version of theirs
        writable = conflict is not None and (
            not self.context.is_hub or ownership.hub_writes(conflict.table, conflict.commune_code)
        )
        self.take_button.setEnabled(writable and conflict.current is not None)
        self.take_note.setText(
            ""
            if conflict is None or writable
            else tr(
                "This record belongs to the commune: only the commune's stations can take the "
                "other version. Keep the current one here, or let the commune choose."
            )
        )
        if conflict is None:
            self.record.setText("")
            self.explain.setText("")
            self.versions.setRowCount(0)
            return
        conn = self.context.db.conn
        current_from = conflict_review.station_name(conn, conflict.current_site)
        other_from = conflict_review.station_name(conn, conflict.other_site)
        self.record.setText(conflict.record)
        differing = conflict.differing
        self.explain.setText(
            tr(
                "{count} fields differ (in bold). Keeping changes nothing; taking the other version "
                "writes it as a new change that goes to the other stations."
            ).format(count=len([f for f in differing if f not in HIDDEN_FIELDS]))
        )
        self.versions.setHorizontalHeaderLabels(
            [
                tr("Field"),
                tr("Current version ({station})").format(station=current_from or "—"),
                tr("Other version ({station})").format(station=other_from or "—"),
            ]
        )
        fields = [f for f in conflict.fields if f not in HIDDEN_FIELDS]
        fields.sort(key=lambda f: f not in differing)
        self.versions.setRowCount(len(fields))
        bold = QFont()
        bold.setBold(True)
        for row, name in enumerate(fields):
            current = (conflict.current or {}).get(name)
            other = (conflict.other or {"deleted": 1}).get(name)
            cells = [
                records.field_label(conflict.table, name),
                self._value(conflict.table, name, current),
                self._value(conflict.table, name, other),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if name in differing:
                    item.setFont(bold)
                    if column:
                        item.setBackground(QBrush(QColor("#fff4d6")))
                self.versions.setItem(row, column, item)
        self.versions.resizeRowsToContents()

    def _resolve(self, action, done_text: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        try:
            action(self.context.db, conflict.id)
        except UserError as exc:
            look.error(self.message)
            self.message.setText(exc.message)
            return
        look.error(self.message, False)
        self.message.setText(done_text.format(record=conflict.record))
        self.context.notify(conflict.table)

    def keep(self) -> None:
        self._resolve(conflict_review.keep, tr("Kept the current version of {record}."))

    def take(self) -> None:
        self._resolve(
            conflict_review.take,
            tr(
                "Took the other version of {record}; it will go to the other stations with the "
                "next bundle."
            ),
        )
