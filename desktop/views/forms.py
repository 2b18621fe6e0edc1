"""Building blocks of record pages: a dialog that edits one record, and a searchable list page.

`RecordDialog` lays fields out with an error line under each; saving calls `save_record()`, which
a subclass implements with a models function that raises ValidationError (shown beside the
fields) or UserError (shown in a message box). Closing with unsaved changes asks first.

`RecordListPage` shows a SqlTableModel with a search box and filter combos pushed into SQL, and
New / Edit / Delete buttons; deleting makes a tombstone, restorable from the trash page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import district
from desktop.models.db import transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.listing import Column, Listing, Query
from desktop.models.text import fold
from desktop.views import look
from desktop.views.attachments_panel import AttachmentsPanel
from desktop.views.context import AppContext
from desktop.views.inputs import Combo
from desktop.views.sqltable import ID_ROLE, SqlTableModel
from desktop.views.widgets import DELETE, heading, on_key


def _changed_signal(widget: QWidget) -> Any:
    for name in (
        "textChanged",
        "valueChanged",
        "currentIndexChanged",
        "dateChanged",
        "toggled",
        "itemChanged",
    ):
        signal = getattr(widget, name, None)
        if signal is not None:
            return signal
    return None


def combo(items: list[tuple[Any, str]], current: Any = None, blank: str | None = None) -> QComboBox:
    """A combo box of (value, label) items, `blank` first when given (value None)."""
    box = Combo()
    if blank is not None:
        box.addItem(blank, None)
    for value, label in items:
        box.addItem(label, value)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
    return box


def no_wheel(spin: QAbstractSpinBox) -> QAbstractSpinBox:
    """Scrolling a long form must not change numbers under the mouse."""
    spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    spin.wheelEvent = lambda event: event.ignore()  # type: ignore[method-assign]
    return spin


def fit_into_screen(window: QWidget) -> None:
    """Shrink a window to the work area of its screen (taskbar excluded) and keep it inside."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), available.width() - frame.width())
    height = min(window.height(), available.height() - max(frame.height(), 32))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), available.left()), available.right() - window.frameGeometry().width())
    y = min(max(window.y(), available.top()), available.bottom() - window.frameGeometry().height())
    window.move(max(x, available.left()), max(y, available.top()))


def date_box() -> QDateEdit:
    box = QDateEdit()
    box.setDisplayFormat("dd/MM/yyyy")
    box.setCalendarPopup(True)
    return box


class RecordDialog(QDialog):
    """Edits one record; subclasses add fields with `add_field` and implement `save_record`."""

    saved = Signal(str)  # the record id

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.record_id: str | None = None
        self._dirty = False
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = look.error_line()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+S saves from any field; Enter does too, except in notes where it starts a line
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self._save_by_key)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)

    # ---- fields --------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field with its error line; edits to it mark the form dirty."""
        error = look.error_line()
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, holder)
        self._errors[key] = error
        self._fields[key] = widget
        self.watch(widget)
        return widget

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Open inside the screen's work area, with the cursor in the first field (not on the
        Save button)."""
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            self._focused_once = True
            fit_into_screen(self)
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def first_field(self) -> QWidget | None:
        """The first field (or its first focusable part) the officer can type into."""
        for widget in self._fields.values():
            for candidate in (widget, *widget.findChildren(QWidget)):
                if (
                    candidate.isEnabled()
                    and candidate.isVisibleTo(self)
                    and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    return candidate
        return None

    def add_text_with_attachments(
        self,
        key: str,
        label: str,
        text: QPlainTextEdit,
        owner: tuple[str, str | None],
        hint: str,
    ) -> AttachmentsPanel:
        """A multi-line field with the record's attachments beside it (`owner`: table and id,
        None for a new record, whose files are saved with it): side by side, the form stays
        as high as a small screen allows."""
        panel = AttachmentsPanel(self.context, owner[0], owner[1], hint, compact=True)
        panel.pending_changed.connect(self.mark_dirty)
        beside = QWidget()
        row = QHBoxLayout(beside)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(text, 1)
        row.addWidget(panel, 1)
        self.add_field(key, label, beside)
        self.watch(text)
        return panel

    def watch(self, widget: QWidget) -> None:
        signal = _changed_signal(widget)
        if signal is not None:
            signal.connect(self.mark_dirty)

    def mark_dirty(self, *_: object) -> None:
        self._dirty = True

    def mark_clean(self) -> None:
        self._dirty = False

    @property
    def dirty(self) -> bool:
        return self._dirty

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and label.isVisible() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        unplaced = []
        for key, label in self._errors.items():
            label.setText(errors.get(key, ""))
            label.setVisible(key in errors)
        for key, text in errors.items():
            if key not in self._errors:
                unplaced.append(text)
        self.message.setText("\n".join(unplaced))
        self.message.setVisible(bool(unplaced))
        # a wrapped message needs the height of all its lines, or diacritics are cut
        for label in [*self._errors.values(), self.message]:
            shown = not label.isHidden() and bool(label.text())
            label.setMinimumHeight(label.heightForWidth(max(label.width(), 200)) if shown else 0)
        first = next((k for k in errors if k in self._fields), None)
        if first is not None:
            self._fields[first].setFocus()

    # ---- saving --------------------------------------------------------------------------

    def save_record(self) -> str:
        """Write the record through models; return its id. Raise ValidationError/UserError."""
        raise NotImplementedError

    def _save_by_key(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.try_save()

    def save_now(self) -> bool:
        """Save the record, showing what is wrong if it cannot be; True when it was saved."""
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
        return True

    def try_save(self) -> bool:
        if not self.save_now():
            return False
        self._dirty = False
        self.accept()
        return True

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                tr("Unsaved changes"),
                tr("You have changes that are not saved. Close and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._dirty = False
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class RecordListPage(QWidget):
    """A heading, a search box and filters over a lazily fetched table, with record actions.

    Subclasses give `title`, `build_query(search, filters) -> Query`, and optionally
    `open_record(record_id | None)` and `delete_records(ids)`.
    """

    table_name = ""  # the synced table shown, for change notifications
    search_placeholder = ""
    # the page lists communes' records: a hub reads them, so New and Delete are disabled there
    # (the models refuse such writes on a hub as well, see desktop/models/ownership.py)
    communes_records = True
    # lists that reach tens of thousands of rows show a search's first rows before its count
    # (desktop/views/counting.py); their _update_count says when the count is not known yet
    count_later = False
    _commune_names: dict[str, str] | None = None

    def commune_columns(self, listed: Listing) -> list[Column]:
        """On a hub, the commune each row rolls up to (its predecessors' rows under it), as the
        first column; nothing on a commune station."""
        if not self.context.is_hub:
            return []
        if self._commune_names is None:
            self._commune_names = {c.code: c.name for c in district.communes(self.context.db)}
        names = self._commune_names
        self.view.setProperty("leading_columns", 1)  # fit_columns sizes the page's own after it
        return [listed.commune_column(tr("Commune"), lambda code: names.get(code, code))]

    def __init__(self, context: AppContext, title: str) -> None:
        super().__init__()
        self.context = context
        self.filters: dict[str, QComboBox] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.search_placeholder or tr("Search (accents not needed)"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 2)
        self.new_button = QPushButton(tr("New"))
        self.edit_button = QPushButton(tr("Open"))
        self.delete_button = QPushButton(tr("Delete"))
        self.export_button = QPushButton(tr("Export to Excel"))
        self.export_button.clicked.connect(lambda: self.export_excel())
        self.new_button.clicked.connect(lambda: self.open_record(None))
        self.edit_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self._delete_selected)
        actions = QHBoxLayout()
        self.count_label = QLabel()
        actions.addWidget(self.count_label, 1)
        for button in (self.export_button, self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.open_record(index.data(ID_ROLE)))
        # the keyboard: Enter opens the current record, Delete moves the selected ones to trash
        on_key(self.view, DELETE, self._delete_selected)
        on_key(self.view, Qt.Key.Key_Return, self._open_current)
        self.model = SqlTableModel(
            context.db, self.build_query("", {}), count_later=self.count_later
        )
        self.model.counted.connect(self._update_count)
        self.view.setModel(self.model)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.title = title
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(heading(title))
        self.layout_.addLayout(self.filter_row)
        self.layout_.addLayout(actions)
        self.layout_.addWidget(self.view, 1)
        self._update_count()
        context.changes.changed.connect(self._on_changed)
        if context.is_hub and self.communes_records:
            self.new_button.setEnabled(False)
            self.delete_button.setEnabled(False)

    def export_excel(self, target: str | None = None) -> None:
        """What the list shows (its filters, search and order) as a workbook; asks where,
        unless `target` is given."""
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self,
                tr("Export to Excel"),
                str(Path.home() / f"{fold(self.title).replace(' ', '-')}.xlsx"),
                "Excel (*.xlsx)",
            )
        if not target:
            return
        from desktop.documents import xlsx  # openpyxl: loaded when a list is first exported

        columns, rows = self.model.all_rows()
        kinds = {"int": "int", "number": "qty", "money": "money", "date": "date"}
        sheet = xlsx.Sheet(
            self.title[:31],
            [
                xlsx.Column(c.title, kinds.get(c.kind, "text") if c.labels is None else "text",
                            total=c.kind == "money")
                for c in columns
            ],
            rows,
        )  # fmt: skip
        try:
            exported = xlsx.write_workbook([sheet], Path(target))
        except OSError as exc:
            self.count_label.setText(
                tr("The file {name} could not be used ({reason}).").format(
                    name=target, reason=exc.strerror or exc
                )
            )
            return
        self.count_label.setText(
            tr("Exported {rows} rows to {path}.").format(rows=exported.rows, path=exported.path)
        )

    # ---- subclass hooks ------------------------------------------------------------------

    def build_query(self, search: str, filters: dict[str, Any]) -> Query:
        raise NotImplementedError

    def open_record(self, record_id: str | None) -> None:
        """Open the form of a record (None: a new one)."""

    def delete_warning(self, ids: list[str]) -> str:
        """What the officer should know before deleting these records ("" for nothing)."""
        return ""

    def delete_records(self, ids: list[str]) -> None:
        """Tombstone the records through models."""
        raise UserError(tr("These records cannot be deleted here."))

    # ---- filters -------------------------------------------------------------------------

    def add_filter(self, key: str, label: str, items: list[tuple[Any, str]]) -> QComboBox:
        box = combo(items, blank=label)
        box.setMinimumContentsLength(12)  # five filters and a search box fit a small screen
        box.currentIndexChanged.connect(self.apply_filters)
        self.filters[key] = box
        self.filter_row.addWidget(box, 1)
        return box

    def filter_values(self) -> dict[str, Any]:
        return {
            key: box.currentData()
            for key, box in self.filters.items()
            if box.currentData() is not None
        }

    def apply_filters(self) -> None:
        self.model.set_query(self.build_query(self.search.text(), self.filter_values()))
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(tr("{count} records").format(count=self.model.rowCount()))

    def _on_changed(self, table: str) -> None:
        if not self.table_name or table == self.table_name:
            self.model.refresh()
            self._update_count()

    # ---- actions -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [rid for rid in (self.model.row_id(row) for row in rows) if rid]

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_record(ids[0])

    def _delete_selected(self) -> None:
        if self.delete_button.isHidden() or not self.delete_button.isEnabled():
            return  # Delete on the list does what the button does, where there is one
        ids = self.selected_ids()
        if not ids:
            return
        question = tr(
            "Move {count} record(s) to the trash? They can be restored from there."
        ).format(count=len(ids))
        warning = self.delete_warning(ids)
        answer = QMessageBox.question(
            self, tr("Delete"), f"{warning}\n\n{question}" if warning else question
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The selection goes to the trash as one transaction: all of it or, on a refusal, none;
        # the list shows what is stored in every case.
        try:
            with transaction(self.context.db):
                self.delete_records(ids)
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot delete"), exc.message)
        finally:
            self.context.notify(self.table_name)


def fit_columns(view: QTableView, widths: dict[int, int] | None = None) -> None:
    """Sensible column widths without measuring every row of a large table; never narrower
    than the column's title ("Thu nhập/người/tháng" is not cut to "Thu nhập/ngư…")."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    leading = int(view.property("leading_columns") or 0)  # columns before the page's own
    for column in range(leading):
        view.setColumnWidth(column, 140)
    for column, width in (widths or {}).items():
        at = column + leading
        view.setColumnWidth(at, max(width, header.sectionSizeFromContents(at).width()))


def text_edit(text: str = "", height: int = 70) -> QPlainTextEdit:
    """A multi-line field; Tab moves to the next field (Ctrl+Tab types a tab) as in a form."""
    edit = QPlainTextEdit(text)
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit
