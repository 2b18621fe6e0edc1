"""The receipt dialog's "Items" tab: what was received (name, unit, quantity, unit price), the
amount of each line and the total, and how much of each item has been handed out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from desktop.models.errors import ValidationError
from desktop.models.text import format_number, format_vnd, parse_money, parse_number
from desktop.views import look
from desktop.views.receipt.common import ID, error_label
from desktop.views.widgets import right

COLUMNS = 6  # name, unit, quantity, unit price, amount, handed out
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ItemsTab(QWidget):
    changed = Signal()  # the officer edited, added or removed a line
    rows_changed = Signal()  # what the lines hold changed (the needs' ticks follow)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tokens = 0
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Item"),
                tr("Unit"),
                tr("Quantity"),
                tr("Unit price (đ)"),
                tr("Amount"),
                tr("Handed out"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 100), (3, 140), (4, 150), (5, 170)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(True)
        self.table.itemChanged.connect(self._item_changed)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add row"))
        self.add_button.clicked.connect(lambda: self.add_row())
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(self._remove_row)
        self.total = QLabel()
        look.text(self.total, bold=True)
        self.value_handed = QLabel()
        self.value_handed.setObjectName("valueHanded")
        buttons.addWidget(self.add_button)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.value_handed)
        buttons.addWidget(self.total)
        self.error = error_label()
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    def load(self, items: list[receipts.Item]) -> None:
        """Show the receipt's items (one empty line for a receipt without any)."""
        self.table.setRowCount(0)
        for item in items or [None]:
            self._insert(item)
        self._update_total()

    def add_row(self) -> None:
        self._insert(None)
        self.changed.emit()

    def _insert(self, item: receipts.Item | None) -> None:
        table = self.table
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        values = (
            [item.name, item.unit, format_number(item.quantity), format_number(item.unit_price)]
            if item
            else ["", "", "", ""]
        )
        for column, text in enumerate(values):
            cell = QTableWidgetItem(text)
            if column in (2, 3):
                cell.setTextAlignment(right())
            table.setItem(row, column, cell)
        table.item(row, 0).setData(ID, item.id if item else None)
        self._tokens += 1  # which row a need's ticks belong to, whatever rows come and go
        table.item(row, 0).setData(ID + 2, self._tokens)
        amount = QTableWidgetItem()
        amount.setFlags(_READ_ONLY)
        amount.setTextAlignment(right())
        table.setItem(row, 4, amount)
        handed = QTableWidgetItem()
        handed.setFlags(_READ_ONLY)
        table.setItem(row, 5, handed)
        table.blockSignals(False)
        self._update_amount(row)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_total()
            self.changed.emit()

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        self.changed.emit()
        if cell.column() in (2, 3):
            self._update_amount(cell.row())
        elif cell.column() in (0, 1):
            self._update_total()

    def _update_amount(self, row: int) -> None:
        amount_cell = self.table.item(row, 4)
        if amount_cell is None:
            return
        try:
            quantity = parse_number(self.table.item(row, 2).text())
            price = parse_money(self.table.item(row, 3).text()) or 0
            text = format_vnd(round(quantity * price))
        except (ValueError, AttributeError):
            text = ""
        self.table.blockSignals(True)
        amount_cell.setText(text)
        self.table.blockSignals(False)
        self._update_total()

    def _update_total(self) -> None:
        self.rows_changed.emit()  # the needs' ticks and values follow the items
        try:
            total = sum(item.amount for item in self.items())
        except ValidationError:
            self.total.setText(tr("Total: —"))
            return
        self.total.setText(tr("Total: {amount}").format(amount=format_vnd(total)))

    def _texts(self, row: int) -> tuple[str, str, str, str]:
        cells = [self.table.item(row, c) for c in range(4)]
        return tuple(cell.text() if cell else "" for cell in cells)  # type: ignore[return-value]

    def items(self) -> list[receipts.Item]:
        """The lines as items (ValidationError when one is wrong)."""
        rows = [self._texts(row) for row in range(self.table.rowCount())]
        ids = [
            self.table.item(row, 0).data(ID) if self.table.item(row, 0) else None
            for row in range(self.table.rowCount())
        ]
        return receipts.items_from_rows(rows, ids)  # type: ignore[arg-type]

    def item_rows(self) -> list[tuple[int, receipts.Item | None]]:
        """(token, item or None while the row is incomplete) of every row of the items table."""
        rows = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            token = first.data(ID + 2) if first else None
            if token is None:
                continue
            try:
                parsed = receipts.items_from_rows([self._texts(row)])  # type: ignore[list-item]
            except ValidationError:
                parsed = []
            rows.append((token, parsed[0] if parsed and parsed[0].quantity > 0 else None))
        return rows

    def show_progress(self, progress: list[receipts.ItemProgress]) -> None:
        """Each item's hand-out in its own unit, and the share of the receipt's value."""
        by_item = {p.item_id: p for p in progress}
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 5)
            found = by_item.get(self.table.item(row, 0).data(ID)) if cell else None
            if cell is not None:
                cell.setText(
                    tr("{handed} of {quantity} {unit} ({percent}%)").format(
                        handed=format_number(round(found.handed, 4)),
                        quantity=format_number(found.quantity),
                        unit=found.unit,
                        percent=found.percent,
                    )
                    if found
                    else ""
                )
        self.table.blockSignals(False)
        share = receipts.value_handed_share(progress)
        self.value_handed.setText(
            "" if share is None else tr("Handed out: {percent}% of the value").format(percent=share)
        )
