"""The receipt dialog's "Needs fulfilled" tab: the needs a receipt answers, which of its items
answer each need (ticked by default by desktop.models.receipt_needs), and what each need counts.

Values are never typed: they follow from the ticked items, as the model computes them when the
receipt is saved.
"""

from __future__ import annotations

from collections.abc import Callable

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
from desktop.models import needs, receipts
from desktop.models.text import format_number, format_vnd
from desktop.views.inputs import Combo
from desktop.views.widgets import right

ID = Qt.ItemDataRole.UserRole
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# (token of the item row, its item or None while the row is not a valid item)
ItemRows = list[tuple[int, receipts.Item | None]]


class NeedsTab(QWidget):
    changed = Signal()

    def __init__(
        self,
        db,
        choices: list[receipts.NeedChoice],
        item_rows: Callable[[], ItemRows],
        category: Callable[[], str | None],
    ) -> None:
        super().__init__()
        self.db = db
        self._choices = {c.id: c for c in choices}
        self._item_rows = item_rows
        self._category = category
        self._ticks: dict[str, set[int]] = {}  # need id -> tokens of the items answering it
        self._chosen: set[str] = set()  # needs whose ticks the officer set (or were saved)
        self._fulfilment: dict[str, needs.Fulfilment] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Needs of the proposal this receipt fulfils. Tick the items that answer each "
                "need: the value counted follows from them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        picker = QHBoxLayout()
        self.picker = Combo()
        self.picker.addItem(tr("— choose a need —"), None)
        for choice in choices:
            self.picker.addItem(f"{choice.year} · {choice.description}", choice.id)
        self.link_button = QPushButton(tr("Link"))
        self.link_button.clicked.connect(self.link_chosen)
        picker.addWidget(self.picker, 1)
        picker.addWidget(self.link_button)
        layout.addLayout(picker)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("Need"), tr("Value counted (đ)"), tr("Quantity counted"), tr("Fulfilment")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 330)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 2)
        unlink = QPushButton(tr("Remove link"))
        unlink.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(unlink)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(tr("Which items answer which need")))
        self.answers = QTableWidget(0, 0)
        self.answers.itemChanged.connect(self._ticked)
        layout.addWidget(self.answers, 2)

    # ---- what the dialog reads and sets ------------------------------------------------------

    def need_ids(self) -> list[str]:
        return [self.table.item(r, 0).data(ID) for r in range(self.table.rowCount())]

    def links(self) -> list[receipts.NeedLink]:
        """The links with the positions of their items among the receipt's valid items."""
        positions = self._positions()
        return [
            receipts.NeedLink(
                need_id,
                0,
                items=sorted(positions[t] for t in self._ticks.get(need_id, ()) if t in positions),
            )
            for need_id in self.need_ids()
        ]

    def load(self, links: list[receipts.NeedLink], fulfilment: dict) -> None:
        """The saved links; one made before items could be ticked gets the default ticks."""
        self.table.setRowCount(0)
        self._ticks.clear()
        self._chosen.clear()
        self._fulfilment = dict(fulfilment)
        tokens = [token for token, _item in self._item_rows()]
        for link in links:
            self._add(link.need_id)
            if link.items is not None:
                self._ticks[link.need_id] = {tokens[p] for p in link.items if p < len(tokens)}
                self._chosen.add(link.need_id)
        self._apply_defaults()
        self.refresh()

    def link_chosen(self) -> None:
        need_id = self.picker.currentData()
        if not need_id or need_id in self.need_ids():
            return
        self._add(need_id)
        self._apply_defaults()
        self.refresh()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        need_id = self.table.item(row, 0).data(ID)
        self.table.removeRow(row)
        self._ticks.pop(need_id, None)
        self._chosen.discard(need_id)
        self._apply_defaults()
        self.refresh()
        self.changed.emit()

    # ---- inside -----------------------------------------------------------------------------

    def _positions(self) -> dict[int, int]:
        """token -> position among the valid items (the receipt's items as saved)."""
        valid = [token for token, item in self._item_rows() if item is not None]
        return {token: n for n, token in enumerate(valid)}

    def _add(self, need_id: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        choice = self._choices.get(need_id)
        label = QTableWidgetItem(f"{choice.year} · {choice.description}" if choice else need_id)
        label.setData(ID, need_id)
        label.setFlags(READ_ONLY)
        self.table.setItem(row, 0, label)
        for column in (1, 2, 3):
            cell = QTableWidgetItem()
            cell.setFlags(READ_ONLY)
            if column in (1, 2):
                cell.setTextAlignment(right())
            self.table.setItem(row, column, cell)
        self._ticks[need_id] = set()

    def _apply_defaults(self) -> None:
        """Tick by default, over every linked need, the needs the officer has not ticked."""
        rows = [(t, i) for t, i in self._item_rows() if i is not None]
        receipt = receipts.Receipt(None, None, None, self._category(), items=[i for _t, i in rows])
        defaults = receipts.default_links(self.db, receipt, self.need_ids())
        for need_id, positions in defaults.items():
            if need_id not in self._chosen:
                self._ticks[need_id] = {rows[p][0] for p in positions}

    def refresh(self) -> None:
        """Rebuild the grid of items × needs and the counted values (after any change)."""
        rows = self._item_rows()
        need_ids = self.need_ids()
        self.answers.blockSignals(True)
        self.answers.clear()
        self.answers.setRowCount(len(rows))
        self.answers.setColumnCount(len(need_ids))
        self.answers.setHorizontalHeaderLabels(
            [self._choices[n].description if n in self._choices else n for n in need_ids]
        )
        self.answers.setVerticalHeaderLabels(
            [item.name if item else tr("(incomplete row)") for _t, item in rows]
        )
        for r, (token, item) in enumerate(rows):
            for c, need_id in enumerate(need_ids):
                cell = QTableWidgetItem()
                cell.setData(ID, (token, need_id))
                flags = Qt.ItemFlag.ItemIsUserCheckable
                if item is not None:
                    flags |= Qt.ItemFlag.ItemIsEnabled
                cell.setFlags(flags)
                ticked = token in self._ticks.get(need_id, set())
                cell.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.answers.setItem(r, c, cell)
        self.answers.blockSignals(False)
        header = self.answers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._show_counted()

    def _ticked(self, cell: QTableWidgetItem) -> None:
        token, need_id = cell.data(ID)
        self._chosen.add(need_id)
        chosen = self._ticks.setdefault(need_id, set())
        if cell.checkState() == Qt.CheckState.Checked:
            chosen.add(token)
        else:
            chosen.discard(token)
        self._show_counted()
        self.changed.emit()

    def _show_counted(self) -> None:
        items = [item for _t, item in self._item_rows() if item is not None]
        receipt = receipts.Receipt(None, None, None, None, items=items, needs=self.links())
        receipts.count_links(self.db, receipt)
        counted = {link.need_id: link for link in receipt.needs}
        for row, need_id in enumerate(self.need_ids()):
            link = counted.get(need_id)
            self.table.item(row, 1).setText(format_number(link.value) if link else "")
            self.table.item(row, 2).setText(
                format_number(round(link.quantity, 4)) if link and link.quantity else ""
            )
            self.table.item(row, 3).setText(self._fulfilment_text(self._fulfilment.get(need_id)))

    @staticmethod
    def _fulfilment_text(fulfilment: needs.Fulfilment | None) -> str:
        if fulfilment is None:
            return tr("counted when saved")
        if fulfilment.estimated_cost:
            text = tr("{received} of {cost} ({percent}%)").format(
                received=format_vnd(fulfilment.received_value),
                cost=format_vnd(fulfilment.estimated_cost),
                percent=format_number(round(100 * (fulfilment.value_ratio or 0))),
            )
        else:
            text = tr("{received} received").format(received=format_vnd(fulfilment.received_value))
        return text + (" · " + tr("fulfilled") if fulfilment.fulfilled else "")
