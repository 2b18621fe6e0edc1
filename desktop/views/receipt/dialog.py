"""The receipt dialog: what was received, from whom, for which needs, who handed it over and who
witnessed it, and the scans of the minutes; each tab is its own widget of this package.

Everything the dialog shows is written when the officer saves (the attachments of a saved
receipt at once, as files are chosen). Handing the items out is its own dialog
(receipt/handout.py), opened from the saved receipt with "Hand out…": a new receipt stays open
after saving so that its items can be handed out next.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import needs, receipts, reference
from desktop.views import look
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.context import AppContext
from desktop.views.forms import RecordDialog, combo, date_box, text_edit
from desktop.views.receipt.common import error_label, iso, qdate
from desktop.views.receipt.handout import HandOutDialog
from desktop.views.receipt.items_tab import ItemsTab
from desktop.views.receipt.needs_tab import NeedsTab
from desktop.views.receipt.parties_tab import PartiesTab


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
        self.hand_out_dialog: HandOutDialog | None = None
        self._loading = True
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_shown)
        # Ctrl+Tab to the next tab even from a table, where Tab goes from cell to cell
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+Shift+Tab", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self._next_tab(step))
        self.body.removeItem(self.form)
        self.body.insertWidget(0, self.tabs, 1)
        self._general_tab()
        self.items_tab = ItemsTab()
        self.items_tab.changed.connect(self._edited)
        self._register("items", self.items_tab.table, self.items_tab.error)
        self.tabs.addTab(self.items_tab, tr("Items"))
        self.needs_tab = NeedsTab(
            self.db,
            receipts.need_choices(self.db, self.commune),
            self.items_tab.item_rows,
            lambda: self.category.currentData(),
        )
        self.needs_tab.changed.connect(self.mark_dirty)
        self.items_tab.rows_changed.connect(self.needs_tab.refresh)
        error = error_label()
        self.needs_tab.layout().addWidget(error)
        self._register("needs", self.needs_tab.table, error)
        self.tabs.addTab(self.needs_tab, tr("Needs fulfilled"))
        self.parties_tab = PartiesTab(self._representative)
        self.parties_tab.changed.connect(self._edited)
        self._register("parties", self.parties_tab.table, self.parties_tab.error)
        self.tabs.addTab(self.parties_tab, tr("Representatives"))
        self.attachments = AttachmentsPanel(
            context,
            "receipt",
            receipt_id,
            tr("Photos and scans of the signed minutes, copied into the data folder."),
        )
        self.attachments.pending_changed.connect(self.mark_dirty)
        self.tabs.addTab(self.attachments, tr("Attachments"))
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        look.tone(self.saved_note, look.GOOD)
        self.saved_note.hide()
        self.body.insertWidget(1, self.saved_note)
        self._action_buttons()
        self._fill()
        self._loading = False
        if context.is_hub:  # read only: each commune writes its own receipts
            self._save_button().setEnabled(False)
            self.hand_out_button.setEnabled(False)
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
        look.tone(self.gift_note, look.WARNING)
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

    def _action_buttons(self) -> None:
        """Hand out the saved receipt's items; print its minutes or its signing list."""
        self.hand_out_button = self.buttons.addButton(
            tr("Hand out…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.hand_out_button.clicked.connect(self.open_hand_out)
        for kind, label in (
            ("handover", tr("Handover minutes…")),
            ("receipt-list", tr("Signing list…")),
        ):
            button = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _=False, k=kind: self.request_print(k))
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton) and button is not self._save_button():
                button.setAutoDefault(False)  # Enter saves; it does not hand out or print

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _next_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_shown(self, index: int) -> None:
        """Ctrl+Tab to another tab takes the cursor to that tab's first field."""
        page = self.tabs.widget(index)
        focus = self.focusWidget()
        if page is None or focus is None or not self.tabs.isAncestorOf(focus):
            return
        for widget in page.findChildren(QWidget):
            if (
                widget.isVisibleTo(page)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

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
        self.date.setDate(qdate(on))
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
        self.items_tab.load(r.items)
        self.parties_tab.load(r.parties)
        fulfilment = needs.fulfilment(self.db, [link.need_id for link in r.needs])
        self.needs_tab.load(r.needs, fulfilment)
        self._update_gift_note()
        self.show_progress()

    def show_progress(self) -> None:
        """What has been handed out of each item, as stored."""
        saved = self.record_id is not None
        self.items_tab.show_progress(
            receipts.item_progress(self.db, self.record_id) if saved else []
        )
        self.hand_out_button.setToolTip(
            "" if saved else tr("Saves the receipt first; then its items can be handed out.")
        )

    def _edited(self) -> None:
        if not self._loading:
            self.mark_dirty()

    def _representative(self) -> tuple[str, str] | None:
        sponsor = self.sponsor.currentData()
        return receipts.sponsor_representative(self.db, sponsor) if sponsor else None

    def _sponsor_changed(self) -> None:
        if not self._loading and self.sponsor.currentData():
            self.parties_tab.sponsor_changed()

    def _update_gift_note(self) -> None:
        self.gift_note.setVisible(receipts.gift_only_category(self.db, self.category.currentData()))

    # ---- saving --------------------------------------------------------------------------

    def collect(self) -> receipts.Receipt:
        items = self.items_tab.items()  # ValidationError: shown beside the items
        return receipts.Receipt(
            received_on=iso(self.date),
            sponsor_id=self.sponsor.currentData(),
            resource_kind=self.kind.currentData(),
            category_code=self.category.currentData(),
            place=self.place.text(),
            minutes_number=self.minutes.text(),
            description=self.description.text(),
            notes=self.notes.toPlainText(),
            items=items,
            parties=self.parties_tab.parties(),
            needs=self.needs_tab.links(),
            id=self.record_id,
        )

    def try_save(self) -> bool:
        """A new receipt stays open after saving: handing its items out is what comes next.
        An existing one closes as any form does."""
        if self.record_id is not None:
            return super().try_save()
        if not self._save_in_place():
            return False
        self.saved_note.setText(
            tr("Saved. Hand the items out with “Hand out…”, or close the receipt.")
        )
        self.saved_note.show()
        self.hand_out_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _save_in_place(self) -> bool:
        """Save and show the receipt again as saved, keeping the dialog open."""
        if not self.save_now():
            return False
        # shown again as saved: the rows now carry the ids of the records they became
        self.receipt = receipts.load(self.db, self.record_id)
        self._loading = True
        self._fill()
        self._loading = False
        self.mark_clean()
        self.setWindowTitle(tr("Receipt"))
        return True

    def save_record(self) -> str:
        receipt = self.collect()
        receipt_id = self.attachments.save_with(
            lambda: receipts.save(self.db, receipt, commune_code=self.commune)
        )
        self.context.notify("receipt")
        return receipt_id

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        # Bring the first tab with a problem to the front.
        tabs = {"items": self.items_tab, "needs": self.needs_tab, "parties": self.parties_tab}
        first = next(iter(errors), None)
        if first in tabs:
            self.tabs.setCurrentWidget(tabs[first])
        elif first is not None:
            self.tabs.setCurrentIndex(0)

    # ---- handing out -----------------------------------------------------------------------

    def open_hand_out(self) -> None:
        """The hand-out of the saved receipt (saved first when it has unsaved changes)."""
        if (self.dirty or self.record_id is None) and not self._save_in_place():
            return
        self.saved_note.hide()
        self.hand_out_dialog = HandOutDialog(self.context, self.record_id, self)
        self.hand_out_dialog.changed.connect(self.show_progress)
        self.hand_out_dialog.open()
