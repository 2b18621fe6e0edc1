"""The receipt dialog: what was received, from whom, for which needs, who handed it over and who
witnessed it, the scans of the minutes, and the handing out of items to households and villages.

Everything is written through desktop.models.receipts and desktop.models.attachments. Handing out
works on the saved receipt and is written at once (each hand-out is its own record); the rest is
written when the officer saves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
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
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import attachments, needs, receipts, reference
from desktop.models.errors import UserError, ValidationError, file_error
from desktop.models.text import format_date, format_number, format_vnd, parse_money, parse_number
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, combo, date_box, text_edit
from desktop.views.inputs import Combo, NumberLine
from desktop.views.receipt_needs_tab import NeedsTab
from desktop.views.widgets import DELETE, on_key

ID = Qt.ItemDataRole.UserRole
ITEM_COLUMNS = 6  # name, unit, quantity, unit price, amount, handed out


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _iso(box) -> str:
    return box.date().toString("yyyy-MM-dd")


class ReceiptDialog(RecordDialog):
    """Create (receipt_id None) or edit a receipt."""

    # (document kind, receipt id): the officer asked to print the minutes or the signing list
    print_requested = Signal(str, str)

    def __init__(
        self, context: AppContext, receipt_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, tr("New receipt") if receipt_id is None else tr("Receipt"), parent
        )
        self.db = context.db
        self.commune = context.commune_code
        self.record_id = receipt_id
        self.receipt = (
            receipts.load(self.db, receipt_id)
            if receipt_id
            else receipts.Receipt(dt.date.today(), None, None, None)
        )
        self._pending_files: list[Path] = []
        self._tokens = 0
        self._loading = True
        self.tabs = QTabWidget()
        self.body.removeItem(self.form)
        self.body.insertWidget(0, self.tabs, 1)
        self._general_tab()
        self._items_tab()
        self._needs_tab()
        self._parties_tab()
        self._allocation_tab()
        self._files_tab()
        self._fill()
        self._print_buttons()
        self._loading = False
        if context.is_hub:  # read only: each commune writes its own receipts
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.hand_out.setEnabled(False)
        self.mark_clean()
        self.resize(1000, 620)

    # ---- layout --------------------------------------------------------------------------

    def _register(self, key: str, widget: QWidget, error: QLabel) -> None:
        """A field living outside the general form (its own tab), with its error line."""
        self._errors[key] = error
        self._fields[key] = widget

    def _general_tab(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addLayout(self.form)
        column.addStretch(1)
        self.tabs.addTab(page, tr("General"))
        conn = self.db.conn
        self.date = date_box()
        self.add_field("received_on", tr("Date received"), self.date)
        self.sponsor = combo(
            [(c.id, c.label) for c in receipts.sponsor_choices(self.db, self.commune)],
            blank=tr("— choose the sponsor —"),
        )
        self.add_field("sponsor_id", tr("Sponsor"), self.sponsor)
        self.kind = combo(
            [(c.code, c.name) for c in reference.catalog(conn, "resource_kind")],
            blank=tr("— choose —"),
        )
        self.add_field("resource_kind", tr("Kind of resource"), self.kind)
        self.category = combo(
            [(c.code, c.name) for c in reference.catalog(conn, "support_category")],
            blank=tr("— choose —"),
        )
        self.add_field("category_code", tr("Support category"), self.category)
        self.gift_note = QLabel(
            tr("Gift-only receipt: counted as visits and gifts in the year-end assessment.")
        )
        self.gift_note.setStyleSheet("color: #8a5a00;")
        self.gift_note.setWordWrap(True)
        self.form.addRow("", self.gift_note)
        self.place = QLineEdit()
        self.add_field("place", tr("Place"), self.place)
        self.minutes = QLineEdit()
        self.minutes.setPlaceholderText(tr("e.g. 05/BB-UBND"))
        self.add_field("minutes_number", tr("Handover minutes no."), self.minutes)
        self.description = QLineEdit()
        self.add_field("description", tr("Content"), self.description)
        self.notes = text_edit()
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_field("notes", tr("Notes"), self.notes)
        self.category.currentIndexChanged.connect(self._update_gift_note)
        self.sponsor.currentIndexChanged.connect(self._sponsor_changed)

    def _items_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.items = QTableWidget(0, ITEM_COLUMNS)
        self.items.setHorizontalHeaderLabels(
            [
                tr("Item"),
                tr("Unit"),
                tr("Quantity"),
                tr("Unit price (đ)"),
                tr("Amount"),
                tr("Handed out"),
            ]
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 100), (3, 140), (4, 150), (5, 170)):
            self.items.setColumnWidth(column, width)
        self.items.verticalHeader().setVisible(True)
        self.items.itemChanged.connect(self._item_changed)
        self.watch(self.items)
        buttons = QHBoxLayout()
        add = self.items_add_button = QPushButton(tr("Add row"))
        add.clicked.connect(lambda: self._add_item_row())
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(self._remove_item_row)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        error = _error_label()
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        layout.addWidget(error)
        self._register("items", self.items, error)
        self.tabs.addTab(page, tr("Items"))

    def _needs_tab(self) -> None:
        self.needs_tab = NeedsTab(
            self.db,
            receipts.need_choices(self.db, self.commune),
            self._item_rows,
            lambda: self.category.currentData(),
        )
        self.needs_tab.changed.connect(self.mark_dirty)
        self.need_picker = self.needs_tab.picker
        self.link_button = self.needs_tab.link_button
        self.need_table = self.needs_tab.table
        error = _error_label()
        self.needs_tab.layout().addWidget(error)
        self._register("needs", self.need_table, error)
        self.tabs.addTab(self.needs_tab, tr("Needs fulfilled"))

    def _parties_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(tr("Representatives of both sides and the witnesses who sign the minutes."))
        )
        self.parties = QTableWidget(0, 3)
        self.parties.setHorizontalHeaderLabels([tr("Side"), tr("Full name"), tr("Position")])
        self.parties.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.parties.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.parties.setColumnWidth(0, 170)
        self.watch(self.parties)
        layout.addWidget(self.parties, 1)
        buttons = QHBoxLayout()
        for side in receipts.SIDES:
            button = QPushButton(tr("Add: {side}").format(side=receipts.side_label(side)))
            button.clicked.connect(lambda _=False, s=side: self._add_party(s))
            buttons.addWidget(button)
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(lambda: self._remove_row(self.parties))
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        error = _error_label()
        layout.addWidget(error)
        self._register("parties", self.parties, error)
        self.tabs.addTab(page, tr("Representatives"))

    def _allocation_tab(self) -> None:
        page = self.alloc_page = QWidget()
        layout = QVBoxLayout(page)
        self.alloc_note = QLabel(tr("Save the receipt first; then its items can be handed out."))
        self.alloc_note.setWordWrap(True)
        layout.addWidget(self.alloc_note)
        self.alloc_body = QWidget()
        body = QHBoxLayout(self.alloc_body)
        body.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        form = QFormLayout()
        self.alloc_item = Combo()
        self.alloc_item.currentIndexChanged.connect(self._update_remaining)
        self.alloc_item.currentIndexChanged.connect(self._search_recipients)
        form.addRow(tr("Item"), self.alloc_item)
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
        self.alloc_search = QLineEdit()
        self.alloc_search.setPlaceholderText(tr("Search households (accents not needed)"))
        self.alloc_search.setClearButtonEnabled(True)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(150)
        timer.timeout.connect(self._search_recipients)
        self.alloc_search.textChanged.connect(timer.start)
        form.addRow(tr("Search"), self.alloc_search)
        self.alloc_village = combo(
            [(c.id, c.label) for c in receipts.villages(self.db, self.commune)],
            blank=tr("All villages"),
        )
        self.alloc_village.currentIndexChanged.connect(self._search_recipients)
        self.poor_only = QCheckBox(tr("Poor and near-poor households only"))
        self.poor_only.toggled.connect(self._search_recipients)
        form.addRow(tr("Village"), self.alloc_village)
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
        listed.addWidget(self.tick_all)
        listed.addWidget(self.tick_none)
        listed.addStretch(1)
        left.addLayout(listed)
        self.recipients = QListWidget()
        self.recipients.setWordWrap(True)  # long names and villages wrap instead of being cut
        self.recipients.setTextElideMode(Qt.TextElideMode.ElideNone)
        left.addWidget(self.recipients, 1)
        give = QFormLayout()
        self.alloc_quantity = NumberLine(1)
        self.alloc_date = date_box()
        self.alloc_date.setDate(_qdate(dt.date.today()))
        give.addRow(tr("Quantity for each"), self.alloc_quantity)
        give.addRow(tr("Handed out on"), self.alloc_date)
        left.addLayout(give)
        self.alloc_error = _error_label()
        left.addWidget(self.alloc_error)
        self.hand_out = QPushButton(tr("Hand out to the ticked recipients"))
        self.hand_out.clicked.connect(self._hand_out)
        left.addWidget(self.hand_out)
        right = QVBoxLayout()
        self.value_handed = QLabel()
        self.value_handed.setObjectName("valueHanded")
        right.addWidget(self.value_handed)
        right.addWidget(QLabel(tr("Handed out so far")))
        self.alloc_table = QTableWidget(0, 5)
        self.alloc_table.setHorizontalHeaderLabels(
            [tr("Recipient"), tr("Village"), tr("Item"), tr("Quantity"), tr("Date")]
        )
        self.alloc_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.alloc_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alloc_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alloc_table.verticalHeader().setVisible(False)
        self.alloc_table.setWordWrap(False)
        right.addWidget(self.alloc_table, 1)
        take_back = QPushButton(tr("Remove selected hand-outs"))
        take_back.clicked.connect(self._remove_allocations)
        on_key(self.alloc_table, DELETE, self._remove_allocations)
        row = QHBoxLayout()
        row.addWidget(take_back)
        row.addStretch(1)
        right.addLayout(row)
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout.addWidget(self.alloc_body, 1)
        self.tabs.addTab(page, tr("Hand out"))

    def _files_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(tr("Photos and scans of the signed minutes, copied into the data folder."))
        )
        self.files = QListWidget()
        self.files.itemDoubleClicked.connect(self._open_file)
        on_key(self.files, DELETE, self._remove_file)
        layout.addWidget(self.files, 1)
        buttons = QHBoxLayout()
        add = QPushButton(tr("Attach file…"))
        add.clicked.connect(self._choose_files)
        show = QPushButton(tr("Open"))
        show.clicked.connect(lambda: self._open_file(self.files.currentItem()))
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self._remove_file)
        for button in (add, show, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs.addTab(page, tr("Attachments"))

    def _print_buttons(self) -> None:
        """Print the handover minutes or the household signing list of this receipt."""
        for kind, label in (
            ("handover", tr("Handover minutes…")),
            ("receipt-list", tr("Signing list…")),
        ):
            button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, k=kind: self.request_print(k))

    def request_print(self, kind: str) -> None:
        """Save first when needed (a new receipt has nothing to print yet), then ask to print."""
        if (self.dirty or self.record_id is None) and not self.try_save():
            return
        self.print_requested.emit(kind, self.record_id)
        self.accept()

    # ---- filling -------------------------------------------------------------------------

    def _fill(self) -> None:
        r = self.receipt
        on = r.received_on if isinstance(r.received_on, dt.date) else dt.date.today()
        self.date.setDate(_qdate(on))
        for box, value in (
            (self.sponsor, r.sponsor_id),
            (self.kind, r.resource_kind),
            (self.category, r.category_code),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.place.setText(r.place)
        self.minutes.setText(r.minutes_number)
        self.description.setText(r.description)
        self.notes.setPlainText(r.notes)
        for item in r.items:
            self._add_item_row(item)
        if not r.items:
            self._add_item_row()
        for party in r.parties:
            self._add_party(party.side, party)
        if not r.parties:
            self._add_party("giver")
            self._add_party("receiver")
        fulfilment = needs.fulfilment(self.db, [link.need_id for link in r.needs])
        self.needs_tab.load(r.needs, fulfilment)
        self._update_gift_note()
        self._update_total()
        self._refresh_allocation()
        self._refresh_files()

    def _add_item_row(self, item: receipts.Item | None = None) -> None:
        self.items.blockSignals(True)
        row = self.items.rowCount()
        self.items.insertRow(row)
        values = (
            [item.name, item.unit, format_number(item.quantity), format_number(item.unit_price)]
            if item
            else ["", "", "", ""]
        )
        for column, text in enumerate(values):
            cell = QTableWidgetItem(text)
            if column in (2, 3):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.items.setItem(row, column, cell)
        self.items.item(row, 0).setData(ID, item.id if item else None)
        self._tokens += 1  # which row a need's ticks belong to, whatever rows come and go
        self.items.item(row, 0).setData(ID + 2, self._tokens)
        amount = QTableWidgetItem()
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items.setItem(row, 4, amount)
        handed = QTableWidgetItem()
        handed.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.items.setItem(row, 5, handed)
        self.items.blockSignals(False)
        self._update_amount(row)
        if not self._loading:
            self.mark_dirty()

    def _remove_item_row(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self._update_total()
            self.mark_dirty()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self.mark_dirty()

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() in (2, 3):
            self._update_amount(cell.row())
        elif cell.column() in (0, 1):
            self._update_total()

    def _update_amount(self, row: int) -> None:
        amount_cell = self.items.item(row, 4)
        if amount_cell is None:
            return
        try:
            quantity = parse_number(self.items.item(row, 2).text())
            price = parse_money(self.items.item(row, 3).text()) or 0
            text = format_vnd(round(quantity * price))
        except (ValueError, AttributeError):
            text = ""
        self.items.blockSignals(True)
        amount_cell.setText(text)
        self.items.blockSignals(False)
        self._update_total()

    def _update_total(self) -> None:
        if hasattr(self, "needs_tab"):  # the needs' ticks and values follow the items
            self.needs_tab.refresh()
        try:
            total = sum(item.amount for item in self._items())
        except ValidationError:
            self.total.setText(tr("Total: —"))
            return
        self.total.setText(tr("Total: {amount}").format(amount=format_vnd(total)))

    def _items(self) -> list[receipts.Item]:
        rows, ids = [], []
        for row in range(self.items.rowCount()):
            rows.append(
                tuple(
                    (self.items.item(row, c).text() if self.items.item(row, c) else "")
                    for c in range(4)
                )
            )
            ids.append(self.items.item(row, 0).data(ID) if self.items.item(row, 0) else None)
        return receipts.items_from_rows(rows, ids)  # type: ignore[arg-type]

    def _add_party(self, side: str, party: receipts.Party | None = None) -> None:
        row = self.parties.rowCount()
        self.parties.insertRow(row)
        box = combo([(s, receipts.side_label(s)) for s in receipts.SIDES], current=side)
        box.currentIndexChanged.connect(self.mark_dirty)
        self.parties.setCellWidget(row, 0, box)
        name = QTableWidgetItem(party.full_name if party else "")
        name.setData(ID, party.id if party else None)
        self.parties.setItem(row, 1, name)
        self.parties.setItem(row, 2, QTableWidgetItem(party.position if party else ""))
        if side == "giver" and party is None and self.sponsor.currentData():
            self._fill_giver(row)
        if not self._loading:
            self.mark_dirty()

    def _fill_giver(self, row: int) -> None:
        name, title = receipts.sponsor_representative(self.db, self.sponsor.currentData())
        if name and not self.parties.item(row, 1).text().strip():
            self.parties.item(row, 1).setText(name)
            self.parties.item(row, 2).setText(title)

    def _sponsor_changed(self) -> None:
        if self._loading or not self.sponsor.currentData():
            return
        for row in range(self.parties.rowCount()):
            if self.parties.cellWidget(row, 0).currentData() == "giver":
                self._fill_giver(row)
                break

    def _parties(self) -> list[receipts.Party]:
        result = []
        for row in range(self.parties.rowCount()):
            name = self.parties.item(row, 1).text()
            position = self.parties.item(row, 2).text()
            if not name.strip() and not position.strip():
                continue
            result.append(
                receipts.Party(
                    self.parties.cellWidget(row, 0).currentData(),
                    name,
                    position,
                    self.parties.item(row, 1).data(ID),
                )
            )
        return result

    def _update_gift_note(self) -> None:
        self.gift_note.setVisible(receipts.gift_only_category(self.db, self.category.currentData()))

    # ---- needs ---------------------------------------------------------------------------

    def _item_rows(self) -> list[tuple[int, receipts.Item | None]]:
        """(token, item or None while the row is incomplete) of every row of the items table."""
        rows = []
        for row in range(self.items.rowCount()):
            cells = [self.items.item(row, c) for c in range(4)]
            texts = tuple(cell.text() if cell else "" for cell in cells)
            try:
                parsed = receipts.items_from_rows([texts])  # type: ignore[list-item]
            except ValidationError:
                parsed = []
            token = cells[0].data(ID + 2) if cells[0] else None
            if token is None:
                continue
            rows.append((token, parsed[0] if parsed and parsed[0].quantity > 0 else None))
        return rows

    # ---- saving --------------------------------------------------------------------------

    def collect(self) -> receipts.Receipt:
        errors: dict[str, str] = {}
        items: list[receipts.Item] = []
        links: list[receipts.NeedLink] = []
        try:
            items = self._items()
        except ValidationError as exc:
            errors.update(exc.errors)
        links = self.needs_tab.links()
        if errors:
            raise ValidationError(errors)
        return receipts.Receipt(
            received_on=_iso(self.date),
            sponsor_id=self.sponsor.currentData(),
            resource_kind=self.kind.currentData(),
            category_code=self.category.currentData(),
            place=self.place.text(),
            minutes_number=self.minutes.text(),
            description=self.description.text(),
            notes=self.notes.toPlainText(),
            items=items,
            parties=self._parties(),
            needs=links,
            id=self.record_id,
        )

    def try_save(self) -> bool:
        """A new receipt stays open after saving, on its hand-out tab: handing its items out
        is what comes next. An existing one closes as any form does."""
        if self.record_id is not None:
            return super().try_save()
        try:
            self.record_id = self.save_record()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except UserError as exc:
            self.show_errors({})
            QMessageBox.warning(self, tr("Cannot save"), exc.message)
            return False
        self.show_errors({})
        self.saved.emit(self.record_id)
        # shown again as saved: the rows now carry the ids of the records they became
        self.receipt = receipts.load(self.db, self.record_id)
        self._loading = True
        self.items.setRowCount(0)
        self.parties.setRowCount(0)
        self._fill()
        self._loading = False
        self.mark_clean()
        self.setWindowTitle(tr("Receipt"))
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.alloc_page))
        self.alloc_error.setText(tr("Saved. Hand the items out here, or close the receipt."))
        self.alloc_error.setStyleSheet("color: #1b6e2a;")
        self.alloc_error.show()
        return True

    def save_record(self) -> str:
        receipt = self.collect()
        receipt_id = attachments.save_with_files(
            self.db,
            self.context.data_dir,
            "receipt",
            lambda: receipts.save(self.db, receipt, commune_code=self.commune),
            self._pending_files,
            commune_code=self.commune,
        )
        self._pending_files.clear()
        self.context.notify("receipt")
        return receipt_id

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        # Bring the first tab with a problem to the front.
        tabs = {"items": 1, "needs": 2, "parties": 3}
        first = next(iter(errors), None)
        if first in tabs:
            self.tabs.setCurrentIndex(tabs[first])
        elif first is not None:
            self.tabs.setCurrentIndex(0)

    # ---- handing out -----------------------------------------------------------------------

    def _refresh_allocation(self) -> None:
        saved = self.record_id is not None
        self.alloc_note.setVisible(not saved)
        self.alloc_body.setVisible(saved)
        if not saved:
            return
        current = self.alloc_item.currentData()
        self.alloc_item.blockSignals(True)
        self.alloc_item.clear()
        for item in receipts.load(self.db, self.record_id).items:
            self.alloc_item.addItem(f"{item.name} ({item.unit})", item.id)
            self.alloc_item.setItemData(self.alloc_item.count() - 1, item.unit, ID + 1)
        self.alloc_item.setCurrentIndex(max(0, self.alloc_item.findData(current)))
        self.alloc_item.blockSignals(False)
        self._show_progress()
        self._update_remaining()
        self._search_recipients()
        rows = receipts.allocations(self.db, self.record_id)
        self.alloc_table.setRowCount(len(rows))
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
                self.alloc_table.setItem(r, c, cell)

    def _show_progress(self) -> None:
        """Each item's hand-out in its own unit, and the share of the receipt's value."""
        progress = {p.item_id: p for p in receipts.item_progress(self.db, self.record_id)}
        self.items.blockSignals(True)
        for row in range(self.items.rowCount()):
            cell = self.items.item(row, 5)
            found = progress.get(self.items.item(row, 0).data(ID)) if cell else None
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
        self.items.blockSignals(False)
        share = receipts.value_handed_share(list(progress.values()))
        self.value_handed.setText(
            "" if share is None else tr("Handed out: {percent}% of the value").format(percent=share)
        )

    def _update_remaining(self) -> None:
        item_id = self.alloc_item.currentData()
        if not item_id:
            self.remaining_label.setText("")
            return
        item = next(i for i in receipts.load(self.db, self.record_id).items if i.id == item_id)
        left = receipts.remaining(self.db, item_id)
        self.remaining_label.setText(
            tr("Received {received} {unit} · remaining {left} {unit}").format(
                received=format_number(item.quantity),
                left=format_number(round(left, 4)),
                unit=item.unit,
            )
        )

    def _search_recipients(self) -> None:
        if self.record_id is None:
            return
        self.recipients.clear()
        households = self.to_households.isChecked()
        item_id = self.alloc_item.currentData()
        self._handed = receipts.handed_to(self.db, item_id) if item_id else {}
        self._unit = self.alloc_item.currentData(ID + 1) or ""
        self.alloc_search.setEnabled(households)
        self.poor_only.setEnabled(households)
        if households:
            year = self.date.date().year()
            search = {
                "year": year,
                "village_id": self.alloc_village.currentData(),
                "poor_only": self.poor_only.isChecked(),
            }
            found = receipts.find_households(
                self.db, self.commune, self.alloc_search.text(), **search
            )
            total = (
                receipts.count_households(self.db, self.commune, self.alloc_search.text(), **search)
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
                if self.alloc_village.currentData() in (None, village.id):
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
            self.recipients_count.setStyleSheet("color: #8a5a00;")
        else:
            self.recipients_count.setText(tr("{count} listed").format(count=format_number(total)))
            self.recipients_count.setStyleSheet("")

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

    def _hand_out(self) -> None:
        item_id = self.alloc_item.currentData()
        if not item_id:
            return
        chosen = self.ticked()
        households = chosen if self.to_households.isChecked() else []
        villages = [] if self.to_households.isChecked() else chosen
        try:
            quantity = self.alloc_quantity.number()
        except ValueError:
            self.alloc_error.setStyleSheet("")
            self.alloc_error.setText(tr("Type the quantity as a number, like 2 or 20,5."))
            self.alloc_error.show()
            return
        try:
            receipts.allocate(
                self.db,
                item_id,
                households=households,
                villages=villages,
                quantity=quantity,
                handed_on=_iso(self.alloc_date),
                commune_code=self.commune,
            )
        except ValidationError as exc:
            self.alloc_error.setStyleSheet("")
            self.alloc_error.setText("\n".join(exc.errors.values()))
            self.alloc_error.show()
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot hand out"), exc.message)
        else:
            self.alloc_error.hide()
            for i in range(self.recipients.count()):
                self.recipients.item(i).setCheckState(Qt.CheckState.Unchecked)
            self.context.notify("allocation")
        finally:
            self._refresh_allocation()  # what is stored (and what is left), in every case

    def _remove_allocations(self) -> None:
        ids = {
            self.alloc_table.item(index.row(), 0).data(ID)
            for index in self.alloc_table.selectionModel().selectedRows()
        }
        if not ids:
            return
        try:
            receipts.remove_allocations(self.db, ids)
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot take back"), exc.message)
        else:
            self.context.notify("allocation")
        finally:
            self._refresh_allocation()

    # ---- attachments -----------------------------------------------------------------------

    def _refresh_files(self) -> None:
        self.files.clear()
        self._stored: dict[str, attachments.Attachment] = {}
        if self.record_id:
            for attachment in attachments.listing(self.db, "receipt", self.record_id):
                entry = QListWidgetItem(
                    tr("{name} · {size} KB · added {date}").format(
                        name=attachment.file_name,
                        size=format_number(max(1, round(attachment.size / 1024))),
                        date=format_date(attachment.added_on),
                    )
                )
                entry.setData(ID, attachment.id)
                self._stored[attachment.id] = attachment
                self.files.addItem(entry)
        for path in self._pending_files:
            entry = QListWidgetItem(tr("{name} · attached when saved").format(name=path.name))
            entry.setData(ID + 1, str(path))
            self.files.addItem(entry)

    def attach(self, paths: list[str]) -> None:
        """Attach files: at once to a saved receipt (all of them or none), on saving to a new one."""
        if self.record_id is None:
            self._pending_files.extend(Path(name) for name in paths)
            self.mark_dirty()
            self._refresh_files()
            return
        try:
            attachments.add_all(
                self.db,
                self.context.data_dir,
                "receipt",
                self.record_id,
                paths,
                commune_code=self.commune,
            )
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot attach"), exc.message)
        else:
            self.context.notify("attachment")
        finally:
            self._refresh_files()

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Attach photos or scans"),
            "",
            tr("Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"),
        )
        if names:
            self.attach(names)

    def _open_file(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        if entry.data(ID):
            try:
                path = attachments.viewable_copy(
                    self.context.data_dir, self._stored[entry.data(ID)]
                )
            except OSError as exc:
                QMessageBox.warning(self, tr("Cannot open"), file_error(exc).message)
            except UserError as exc:
                QMessageBox.warning(self, tr("Cannot open"), exc.message)
                return
        else:
            path = Path(entry.data(ID + 1))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _remove_file(self) -> None:
        entry = self.files.currentItem()
        if entry is None:
            return
        if entry.data(ID):
            attachments.remove(self.db, entry.data(ID))
            self.context.notify("attachment")
        else:
            self._pending_files = [p for p in self._pending_files if str(p) != entry.data(ID + 1)]
        self._refresh_files()
