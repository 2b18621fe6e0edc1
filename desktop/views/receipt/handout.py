"""Handing out a saved receipt's items, its own dialog: choose an item, tick households or
villages, say how much each gets and when, and hand out. Each hand-out is one whole operation
(desktop.models.receipts.allocate writes all of its records or none); taking hand-outs back is
another. The dialog stays open for the next item and shows what has been handed out so far."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import receipts
from desktop.models.errors import UserError, ValidationError
from desktop.models.text import format_date, format_number
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.forms import combo, date_box, fit_into_screen
from desktop.views.inputs import Combo, NumberLine
from desktop.views.receipt.common import ID, error_label, iso, qdate
from desktop.views.widgets import DELETE, on_key


class HandOutDialog(QDialog):
    """Hand out the items of the saved receipt `receipt_id`."""

    changed = Signal()  # hand-outs were written or taken back

    def __init__(self, context: AppContext, receipt_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Hand out"))
        self.context = context
        self.db = context.db
        self.commune = context.commune_code
        self.receipt_id = receipt_id
        self._handed: dict[str, float] = {}
        self._unit = ""
        body = QHBoxLayout()
        body.addLayout(self._choosing(), 2)
        body.addLayout(self._handed_so_far(), 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if context.is_hub:  # read only: each commune hands out its own receipts
            self.hand_out.setEnabled(False)
            self.take_back.setEnabled(False)
        self.refresh()
        self.resize(1000, 600)

    # ---- layout --------------------------------------------------------------------------

    def _choosing(self) -> QVBoxLayout:
        left = QVBoxLayout()
        form = QFormLayout()
        self.item = Combo()
        self.item.currentIndexChanged.connect(self._update_remaining)
        self.item.currentIndexChanged.connect(self._search_recipients)
        form.addRow(tr("Item"), self.item)
        self.remaining_label = QLabel()
        form.addRow("", self.remaining_label)
        kinds = QHBoxLayout()
        self.to_households = QRadioButton(tr("To households"))
        self.to_villages = QRadioButton(tr("To villages"))
        self.to_households.setChecked(True)
        self.to_households.toggled.connect(self._search_recipients)
        kinds.addWidget(self.to_households)
        kinds.addWidget(self.to_villages)
        kinds.addStretch(1)
        form.addRow(tr("Hand to"), kinds)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search households (accents not needed)"))
        self.search.setClearButtonEnabled(True)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self._search_recipients)
        self.search.textChanged.connect(timer.start)
        form.addRow(tr("Search"), self.search)
        self.village = combo(
            [(c.id, c.label) for c in receipts.villages(self.db, self.commune)],
            blank=tr("All villages"),
        )
        self.village.currentIndexChanged.connect(self._search_recipients)
        self.poor_only = QCheckBox(tr("Poor and near-poor households only"))
        self.poor_only.toggled.connect(self._search_recipients)
        form.addRow(tr("Village"), self.village)
        form.addRow("", self.poor_only)
        left.addLayout(form)
        self.recipients_count = QLabel()  # its own line: a long note must not squeeze the list
        self.recipients_count.setWordWrap(True)
        left.addWidget(self.recipients_count)
        listed = QHBoxLayout()
        self.tick_all = QPushButton(tr("Tick all listed"))
        self.tick_all.clicked.connect(lambda: self._tick_every(Qt.CheckState.Checked))
        self.tick_none = QPushButton(tr("Untick all"))
        self.tick_none.clicked.connect(lambda: self._tick_every(Qt.CheckState.Unchecked))
        for button in (self.tick_all, self.tick_none):
            button.setAutoDefault(False)  # Enter hands out, it does not tick
            listed.addWidget(button)
        listed.addStretch(1)
        left.addLayout(listed)
        self.recipients = QListWidget()
        self.recipients.setWordWrap(True)  # long names and villages wrap instead of being cut
        self.recipients.setTextElideMode(Qt.TextElideMode.ElideNone)
        left.addWidget(self.recipients, 1)
        give = QFormLayout()
        self.quantity = NumberLine(1)
        self.date = date_box()
        self.date.setDate(qdate(dt.date.today()))
        give.addRow(tr("Quantity for each"), self.quantity)
        give.addRow(tr("Handed out on"), self.date)
        left.addLayout(give)
        self.error = error_label()
        left.addWidget(self.error)
        self.hand_out = QPushButton(tr("Hand out to the ticked recipients"))
        self.hand_out.setDefault(True)  # Enter in the quantity or the date hands out
        self.hand_out.clicked.connect(self._hand_out)
        left.addWidget(self.hand_out)
        return left

    def _handed_so_far(self) -> QVBoxLayout:
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("Handed out so far")))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Recipient"), tr("Village"), tr("Item"), tr("Quantity"), tr("Date")]
        )
        # the recipient takes the width the short columns leave (at 125% the default 100 px
        # of each left it 45 px, "Blú…")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on; the arrows move in the list
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        right.addWidget(self.table, 1)
        self.take_back = QPushButton(tr("Remove selected hand-outs"))
        self.take_back.setAutoDefault(False)
        self.take_back.clicked.connect(self._remove_allocations)
        on_key(self.table, DELETE, self._remove_allocations)
        row = QHBoxLayout()
        row.addWidget(self.take_back)
        row.addStretch(1)
        right.addLayout(row)
        return right

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Open inside the work area with the cursor on the item to hand out."""
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            fit_into_screen(self)
            self.item.setFocus(Qt.FocusReason.TabFocusReason)

    # ---- what is stored ------------------------------------------------------------------

    def refresh(self) -> None:
        """The items, what is left of each, the recipients and the hand-outs, as stored."""
        receipt = receipts.load(self.db, self.receipt_id)
        self._year = (
            receipt.received_on.year
            if isinstance(receipt.received_on, dt.date)
            else dt.date.today().year
        )
        current = self.item.currentData()
        self.item.blockSignals(True)
        self.item.clear()
        for item in receipt.items:
            self.item.addItem(f"{item.name} ({item.unit})", item.id)
            self.item.setItemData(self.item.count() - 1, item.unit, ID + 1)
        self.item.setCurrentIndex(max(0, self.item.findData(current)))
        self.item.blockSignals(False)
        self._update_remaining()
        self._search_recipients()
        rows = receipts.allocations(self.db, self.receipt_id)
        self.table.setRowCount(len(rows))
        for r, allocation in enumerate(rows):
            values = [
                allocation.recipient,
                allocation.village,
                allocation.item_name,
                f"{format_number(round(allocation.quantity, 4))} {allocation.unit}",
                format_date(allocation.handed_on),
            ]
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setData(ID, allocation.id)
                self.table.setItem(r, c, cell)

    def _update_remaining(self) -> None:
        item_id = self.item.currentData()
        if not item_id:
            self.remaining_label.setText("")
            return
        item = next(i for i in receipts.load(self.db, self.receipt_id).items if i.id == item_id)
        left = receipts.remaining(self.db, item_id)
        self.remaining_label.setText(
            tr("Received {received} {unit} · remaining {left} {unit}").format(
                received=format_number(item.quantity),
                left=format_number(round(left, 4)),
                unit=item.unit,
            )
        )

    # ---- recipients ------------------------------------------------------------------------

    def _search_recipients(self) -> None:
        self.recipients.clear()
        households = self.to_households.isChecked()
        item_id = self.item.currentData()
        self._handed = receipts.handed_to(self.db, item_id) if item_id else {}
        self._unit = self.item.currentData(ID + 1) or ""
        self.search.setEnabled(households)
        self.poor_only.setEnabled(households)
        if households:
            search = {
                "year": self._year,
                "village_id": self.village.currentData(),
                "poor_only": self.poor_only.isChecked(),
            }
            found = receipts.find_households(self.db, self.commune, self.search.text(), **search)
            total = (
                receipts.count_households(self.db, self.commune, self.search.text(), **search)
                if len(found) >= receipts.RECIPIENTS_SHOWN
                else len(found)
            )
            self._show_count(len(found), total)
            for choice in found:
                status = {"poor": tr("poor"), "near_poor": tr("near-poor")}.get(
                    choice.status or "", ""
                )
                text = " · ".join(
                    part
                    for part in (
                        choice.head_name,
                        str(choice.birth_year or ""),
                        choice.village,
                        status,
                    )
                    if part
                )
                self._add_recipient(text, choice.id)
        else:
            for village in receipts.villages(self.db, self.commune):
                if self.village.currentData() in (None, village.id):
                    self._add_recipient(village.label, village.id)
            self._show_count(self.recipients.count(), self.recipients.count())

    def _show_count(self, shown: int, total: int) -> None:
        if shown < total:
            self.recipients_count.setText(
                tr(
                    "The first {shown} of {total} matching households are listed: search or "
                    "choose a village to find the others."
                ).format(shown=format_number(shown), total=format_number(total))
            )
            look.tone(self.recipients_count, look.WARNING)
        else:
            self.recipients_count.setText(tr("{count} listed").format(count=format_number(total)))
            look.tone(self.recipients_count)

    def _tick_every(self, state: Qt.CheckState) -> None:
        for i in range(self.recipients.count()):
            self.recipients.item(i).setCheckState(state)

    def _add_recipient(self, text: str, row_id: str) -> None:
        if row_id in self._handed:  # already given some of this item: say so, do not hide it
            text += " · " + tr("already handed {quantity} {unit}").format(
                quantity=format_number(round(self._handed[row_id], 4)), unit=self._unit
            )
        entry = QListWidgetItem(text)
        entry.setToolTip(text)
        entry.setData(ID, row_id)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Unchecked)
        self.recipients.addItem(entry)

    def ticked(self) -> list[str]:
        return [
            self.recipients.item(i).data(ID)
            for i in range(self.recipients.count())
            if self.recipients.item(i).checkState() == Qt.CheckState.Checked
        ]

    # ---- writing ---------------------------------------------------------------------------

    def _hand_out(self) -> None:
        item_id = self.item.currentData()
        if not item_id:
            return
        chosen = self.ticked()
        households = chosen if self.to_households.isChecked() else []
        villages = [] if self.to_households.isChecked() else chosen
        try:
            quantity = self.quantity.number()
        except ValueError:
            self._say(tr("Type the quantity as a number, like 2 or 20,5."))
            return
        try:
            receipts.allocate(
                self.db,
                item_id,
                households=households,
                villages=villages,
                quantity=quantity,
                handed_on=iso(self.date),
                commune_code=self.commune,
            )
        except ValidationError as exc:
            self._say("\n".join(exc.errors.values()))
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot hand out"), exc.message)
        else:
            self.error.hide()
            self._tick_every(Qt.CheckState.Unchecked)
            self.context.notify("allocation")
            self.changed.emit()
        finally:
            self.refresh()  # what is stored (and what is left), in every case

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _remove_allocations(self) -> None:
        ids = {
            self.table.item(index.row(), 0).data(ID)
            for index in self.table.selectionModel().selectedRows()
        }
        if not ids or not self.take_back.isEnabled():
            return
        try:
            receipts.remove_allocations(self.db, ids)
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot take back"), exc.message)
        else:
            self.context.notify("allocation")
            self.changed.emit()
        finally:
            self.refresh()
