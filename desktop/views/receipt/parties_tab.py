"""The receipt dialog's "Representatives" tab: both sides' representatives and the witnesses who
sign the handover minutes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import receipts
from desktop.views.forms import combo
from desktop.views.receipt.common import ID, error_label


class PartiesTab(QWidget):
    changed = Signal()

    def __init__(
        self,
        representative: Callable[[], tuple[str, str] | None],
        parent: QWidget | None = None,
    ) -> None:
        """`representative()`: (name, title) of the chosen sponsor's representative, or None
        while no sponsor is chosen."""
        super().__init__(parent)
        self._representative = representative
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Representatives of both sides and the witnesses who sign the minutes."))
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Side"), tr("Full name"), tr("Position")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.itemChanged.connect(lambda _cell: self.changed.emit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for side in receipts.SIDES:
            button = QPushButton(tr("Add: {side}").format(side=receipts.side_label(side)))
            button.clicked.connect(lambda _=False, s=side: self.add(s))
            buttons.addWidget(button)
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(self._remove_row)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = error_label()
        layout.addWidget(self.error)

    def load(self, parties: list[receipts.Party]) -> None:
        """Show the receipt's parties (a giver and a receiver to fill for a new receipt)."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for party in parties:
            self._insert(party.side, party)
        if not parties:
            self._insert("giver", None)
            self._insert("receiver", None)
        self.table.blockSignals(False)

    def add(self, side: str) -> None:
        self._insert(side, None)
        self.changed.emit()

    def _insert(self, side: str, party: receipts.Party | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        box = combo([(s, receipts.side_label(s)) for s in receipts.SIDES], current=side)
        box.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.table.setCellWidget(row, 0, box)
        name = QTableWidgetItem(party.full_name if party else "")
        name.setData(ID, party.id if party else None)
        self.table.setItem(row, 1, name)
        self.table.setItem(row, 2, QTableWidgetItem(party.position if party else ""))
        if side == "giver" and party is None:
            self._fill_giver(row)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _fill_giver(self, row: int) -> None:
        found = self._representative()
        if found is None:
            return
        name, title = found
        if name and not self.table.item(row, 1).text().strip():
            self.table.item(row, 1).setText(name)
            self.table.item(row, 2).setText(title)

    def sponsor_changed(self) -> None:
        """The first giver's line takes the new sponsor's representative (when empty)."""
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, 0).currentData() == "giver":
                self._fill_giver(row)
                break

    def parties(self) -> list[receipts.Party]:
        result = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 1).text()
            position = self.table.item(row, 2).text()
            if not name.strip() and not position.strip():
                continue
            result.append(
                receipts.Party(
                    self.table.cellWidget(row, 0).currentData(),
                    name,
                    position,
                    self.table.item(row, 1).data(ID),
                )
            )
        return result
