"""The attachments of a record (photos and scans, desktop/models/attachments.py) as a panel any
record dialog can hold: receipts, needs, livelihood models and survey rounds.

A saved record takes a file at once (all of the chosen ones or none); a new record keeps the
chosen files pending, and its dialog saves them with the record in one transaction
(`save_with`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import attachments
from desktop.models.errors import UserError, file_error
from desktop.models.text import format_date, format_number
from desktop.views.context import AppContext
from desktop.views.widgets import DELETE, on_key

ID = Qt.ItemDataRole.UserRole


class AttachmentsPanel(QWidget):
    """The files attached to one record of `owner_table`."""

    pending_changed = Signal()  # a file was chosen for, or taken off, the unsaved record

    def __init__(
        self,
        context: AppContext,
        owner_table: str,
        record_id: str | None,
        note: str,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.owner_table = owner_table
        self.record_id = record_id
        self.pending: list[Path] = []
        self._stored: dict[str, attachments.Attachment] = {}
        self.files = QListWidget()
        self.files.itemDoubleClicked.connect(self.open_file)
        on_key(self.files, DELETE, self.remove_current)
        self.add_button = QPushButton(tr("Attach file…"))
        self.add_button.clicked.connect(self._choose_files)
        show = QPushButton(tr("Open"))
        show.clicked.connect(lambda: self.open_file(self.files.currentItem()))
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, show, self.remove_button):
            button.setAutoDefault(False)  # Enter saves the record, it does not attach
            buttons.addWidget(button)
        if compact:  # a row of a record's form: two lines of files beside their buttons
            layout = QHBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            self.files.setToolTip(note)
            self.files.setMinimumHeight(44)
            self.files.setMaximumHeight(52)
            layout.addWidget(self.files, 1)
            buttons.setAlignment(Qt.AlignmentFlag.AlignTop)
            layout.addLayout(buttons)
        else:
            column = QVBoxLayout(self)
            hint = QLabel(note)
            hint.setWordWrap(True)
            column.addWidget(hint)
            column.addWidget(self.files, 1)
            buttons.addStretch(1)
            column.addLayout(buttons)
        self.refresh()

    def set_record(self, record_id: str) -> None:
        """The record is saved now (its pending files with it)."""
        self.record_id = record_id
        self.pending.clear()
        self.refresh()

    def save_with(self, save: Callable[[], str]) -> str:
        """Save the record (`save()` returns its id) and its pending files, whole or not at all."""
        record_id = attachments.save_with_files(
            self.context.db,
            self.context.data_dir,
            self.owner_table,
            save,
            self.pending,
            commune_code=self.context.commune_code,
        )
        self.set_record(record_id)
        return record_id

    def refresh(self) -> None:
        self.files.clear()
        self._stored = {}
        if self.record_id:
            for attachment in attachments.listing(
                self.context.db, self.owner_table, self.record_id
            ):
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
        for path in self.pending:
            entry = QListWidgetItem(tr("{name} · attached when saved").format(name=path.name))
            entry.setData(ID + 1, str(path))
            self.files.addItem(entry)

    def attach(self, paths: list[str]) -> None:
        """Attach files: at once to a saved record (all of them or none), on saving to a new one."""
        if self.record_id is None:
            self.pending.extend(Path(name) for name in paths)
            self.pending_changed.emit()
            self.refresh()
            return
        try:
            attachments.add_all(
                self.context.db,
                self.context.data_dir,
                self.owner_table,
                self.record_id,
                paths,
                commune_code=self.context.commune_code,
            )
        except UserError as exc:
            QMessageBox.warning(self, tr("Cannot attach"), exc.message)
        else:
            self.context.notify("attachment")
        finally:
            self.refresh()

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Attach photos or scans"),
            "",
            tr("Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)"),
        )
        if names:
            self.attach(names)

    def open_file(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        if entry.data(ID):
            try:
                path = attachments.viewable_copy(
                    self.context.data_dir, self._stored[entry.data(ID)]
                )
            except OSError as exc:
                QMessageBox.warning(self, tr("Cannot open"), file_error(exc).message)
                return
            except UserError as exc:
                QMessageBox.warning(self, tr("Cannot open"), exc.message)
                return
        else:
            path = Path(entry.data(ID + 1))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_current(self) -> None:
        entry = self.files.currentItem()
        if entry is None:
            return
        if entry.data(ID):
            attachments.remove(self.context.db, entry.data(ID))
            self.context.notify("attachment")
        else:
            self.pending = [p for p in self.pending if str(p) != entry.data(ID + 1)]
            self.pending_changed.emit()
        self.refresh()
