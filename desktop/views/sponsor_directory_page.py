"""The hub's "Danh mục đơn vị kết nghĩa" page: the directory's entries with their communes and
what they gave in the year, the communes' sponsors not matched yet with the entry suggested
(confirm it, choose another, or add the sponsor to the directory), and the matches confirmed
(undo one made by mistake). models/sponsor_directory.py holds the rules."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import sponsor_directory, sponsors
from desktop.models.errors import UserError
from desktop.models.text import format_number, format_vnd
from desktop.views.context import AppContext
from desktop.views.inputs import Combo
from desktop.views.widgets import fill_table, heading, small_table


def _selectable(table: QTableWidget) -> QTableWidget:
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


class EntryDialog(QDialog):
    """A directory entry typed by hand."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entry_id: str | None = None
        self.setWindowTitle(tr("New sponsor in the directory"))
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.kind = Combo()
        for code, label in sponsors.kind_choices(context.db):
            self.kind.addItem(label, code)
        self.headcount = QSpinBox()
        self.headcount.setRange(0, 100_000)
        form = QFormLayout(self)
        form.addRow(tr("Name:"), self.name)
        form.addRow(tr("Short name:"), self.short_name)
        form.addRow(tr("Kind:"), self.kind)
        form.addRow(tr("Staff:"), self.headcount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        entry = sponsor_directory.Entry(
            None,
            self.name.text(),
            self.short_name.text(),
            self.kind.currentData(),
            self.headcount.value() or None,
        )
        try:
            self.entry_id = sponsor_directory.add(self.context.db, entry)
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot save"), exc.message)
            return
        self.accept()


class SponsorDirectoryPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.loose: list[sponsor_directory.Unmatched] = []
        self.matched: list[sponsor_directory.Matched] = []
        self.known: list[sponsor_directory.Entry] = []
        self.year = Combo()
        this_year = dt.date.today().year
        for year in range(this_year, this_year - 5, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.refresh)
        self.add_button = QPushButton(tr("New sponsor…"))
        self.add_button.clicked.connect(self.add_by_hand)
        top = QHBoxLayout()
        top.addWidget(heading(tr("Sponsor directory of the area")), 1)
        top.addWidget(QLabel(tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.add_button)

        self.entries = small_table([], [])
        self.unmatched = _selectable(small_table([], []))
        self.unmatched.itemSelectionChanged.connect(self._show_suggestion)
        self.choice = Combo()
        self.confirm_button = QPushButton(tr("Confirm: it is this sponsor"))
        self.confirm_button.clicked.connect(self.confirm)
        self.create_button = QPushButton(tr("Add to the directory"))
        self.create_button.setToolTip(
            tr("Make a new entry of the directory from this commune's sponsor and match it.")
        )
        self.create_button.clicked.connect(self.create_from_sponsor)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(tr("Directory entry:")))
        actions.addWidget(self.choice, 1)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.create_button)
        loose_tab = QWidget()
        loose_layout = QVBoxLayout(loose_tab)
        loose_layout.addWidget(self.unmatched, 1)
        loose_layout.addLayout(actions)

        self.matches = _selectable(small_table([], []))
        self.unmatch_button = QPushButton(tr("Undo the match"))
        self.unmatch_button.clicked.connect(self.unmatch)
        matched_tab = QWidget()
        matched_layout = QVBoxLayout(matched_tab)
        matched_layout.addWidget(self.matches, 1)
        matched_layout.addWidget(self.unmatch_button, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget()
        self.tabs.addTab(loose_tab, "")
        self.tabs.addTab(matched_tab, "")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.entries)
        split.addWidget(self.tabs)
        split.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        note = QLabel(
            tr(
                "Each commune keeps its own copy of a sponsor. Confirm which entry of the "
                "directory each one is: the district's figures and reports count a sponsor "
                "once across its communes, and the communes receive the match by sync."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(split, 1)
        context.changes.changed.connect(self.refresh)
        self.refresh()

    @property
    def selected_year(self) -> int:
        return int(self.year.currentData())

    def refresh(self, *_: object) -> None:
        db = self.context.db
        listed = sponsor_directory.listing(db, self.selected_year)
        self.known = [item.entry for item in listed]
        fill_table(
            self.entries,
            [
                tr("Sponsor"),
                tr("Short name"),
                tr("Staff"),
                tr("Communes"),
                tr("Communes twinned this year"),
                tr("Receipts"),
                tr("Value"),
            ],
            [
                [
                    item.entry.name,
                    item.entry.short_name or "",
                    format_number(item.entry.headcount) if item.entry.headcount else "",
                    ", ".join(item.communes),
                    format_number(len(item.twinned)),
                    format_number(item.receipts),
                    format_vnd(item.value),
                ]
                for item in listed
            ],
            {2, 4, 5, 6},
        )
        # the communes take what is left, elided, each listed whole in its tooltip
        header = self.entries.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(listed):
            self.entries.item(row, 0).setToolTip(item.entry.name)
            self.entries.item(row, 3).setToolTip("\n".join(item.communes))
            self.entries.item(row, 4).setToolTip("\n".join(item.twinned))
        self.loose = sponsor_directory.unmatched(db)
        fill_table(
            self.unmatched,
            [tr("Sponsor of the commune"), tr("Commune"), tr("Suggested entry")],
            [
                [u.name, u.commune, u.suggested.name if u.suggested else tr("none looks like it")]
                for u in self.loose
            ],
            set(),
        )
        self.matched = sponsor_directory.matches(db)
        fill_table(
            self.matches,
            [
                tr("Sponsor of the commune"),
                tr("Commune"),
                tr("Directory entry"),
                tr("Confirmed by"),
            ],
            [[m.name, m.commune, m.entry.name, m.confirmed_by] for m in self.matched],
            set(),
        )
        self.tabs.setTabText(
            0, tr("Not matched yet ({count})").format(count=format_number(len(self.loose)))
        )
        self.tabs.setTabText(
            1, tr("Matched ({count})").format(count=format_number(len(self.matched)))
        )
        self.choice.clear()
        for entry in self.known:
            self.choice.addItem(entry.name, entry.id)
        if self.loose:
            self.unmatched.selectRow(0)
        self._show_suggestion()

    def _selected(self, table: QTableWidget, rows: list) -> object | None:
        chosen = table.selectionModel().selectedRows()
        return rows[chosen[0].row()] if chosen and chosen[0].row() < len(rows) else None

    def _show_suggestion(self) -> None:
        loose = self._selected(self.unmatched, self.loose)
        suggested = getattr(loose, "suggested", None)
        index = self.choice.findData(suggested.id) if suggested else -1
        self.choice.setCurrentIndex(index)
        self.confirm_button.setEnabled(loose is not None and bool(self.known))
        self.create_button.setEnabled(loose is not None)

    def _write(self, action) -> None:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot save"), exc.message)
            return
        self.context.notify("sponsor_match")

    def confirm(self) -> None:
        loose = self._selected(self.unmatched, self.loose)
        entry_id = self.choice.currentData()
        if loose is None:
            return
        if entry_id is None:
            QMessageBox.warning(
                self, tr("Cannot save"), tr("Choose the directory entry this sponsor is.")
            )
            return
        self._write(
            lambda: sponsor_directory.match(
                self.context.db, loose.sponsor_id, entry_id, self.context.station.officer
            )
        )

    def create_from_sponsor(self) -> None:
        loose = self._selected(self.unmatched, self.loose)
        if loose is not None:
            self._write(
                lambda: sponsor_directory.add_from_sponsor(
                    self.context.db, loose.sponsor_id, self.context.station.officer
                )
            )

    def unmatch(self) -> None:
        matched = self._selected(self.matches, self.matched)
        if matched is not None:
            self._write(lambda: sponsor_directory.unmatch(self.context.db, matched.sponsor_id))

    def add_by_hand(self) -> None:
        dialog = EntryDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.notify("sponsor_directory")
