"""The “Backup and restore” page: the backup copies, making and checking one, restoring one, and
choosing the second place (a USB stick or another disk) that receives a copy of each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import backup, station, store
from desktop.models.errors import UserError
from desktop.models.text import format_number
from desktop.views import counting, jobs, look
from desktop.views.context import AppContext
from desktop.views.jobs import JobRunner
from desktop.views.widgets import fill_table, heading


class BackupPage(QWidget):
    restored = Signal(str)  # the database was replaced (what the user was told): build again

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.items: list[backup.BackupFile] = []
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(lambda _busy: self._update_buttons())
        note = QLabel(
            tr(
                "A backup copy is made automatically every day, before upgrades and imports and "
                "when the window closes after changes; the newest ones, one a day for a week, "
                "one a week for a month and one a month for a year are kept in {folder}."
            ).format(folder=context.data_dir.backups)
        )
        note.setWordWrap(True)
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        self.reminder = look.error_line()
        self.reminder.setWordWrap(True)
        self.choose_button = QPushButton(tr("Choose the second place…"))
        self.choose_button.clicked.connect(self.choose_second_place)
        self.create_button = QPushButton(tr("Back up now"))
        self.create_button.clicked.connect(self.create_backup)
        self.verify_button = QPushButton(tr("Check the selected copy"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(tr("Restore the selected copy…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget()
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        second = QHBoxLayout()
        second.addWidget(self.second_label, 1)
        second.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Backup and restore")))
        layout.addWidget(note)
        layout.addLayout(second)
        layout.addWidget(self.reminder)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.refresh()

    # ---- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        data_dir = self.context.data_dir
        self.items = backup.list_backups(data_dir)
        rows = [
            [
                f"{item.made:%d/%m/%Y %H:%M:%S}",
                item.kind_label(),
                tr("{size} KB").format(size=format_number(max(1, item.size // 1024))),
                tr("second place") if item.second_place else tr("data folder"),
                item.name,
            ]
            for item in self.items
        ]
        headers = [tr("Made"), tr("Why"), tr("Size"), tr("Where"), tr("File")]
        fill_table(self.table, headers, rows, {2})
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        folder = backup.second_place(data_dir)
        if folder is None:
            self.second_label.setText(
                tr(
                    "Second place: none. Choose a USB stick or another disk to keep copies there too."
                )
            )
        else:
            self.second_label.setText(tr("Second place: {folder}").format(folder=folder))
        reminder = backup.second_place_reminder(data_dir)
        self.reminder.setText(reminder or "")
        self.reminder.setVisible(bool(reminder))
        self._update_buttons()

    def selected(self) -> backup.BackupFile | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        idle = not self.runner.busy
        self.create_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and chosen)
        self.restore_button.setEnabled(idle and chosen)
        self.choose_button.setEnabled(idle)

    def say(self, text: str) -> None:
        self.result.setText(text)

    # ---- actions -----------------------------------------------------------------------------

    def create_backup(self) -> None:
        if self.runner.busy:
            return
        self.runner.start(
            self.context.data_dir,
            lambda data_dir, _db, _job: backup.create(data_dir, "manual"),
            tr("Making a backup copy…"),
            on_finished=self._created,
            on_failed=self.say,
        )

    def _created(self, made: backup.BackupFile) -> None:
        self.refresh()
        self.say(tr("Backup copy made: {path}").format(path=made.path))

    def verify_selected(self) -> None:
        item = self.selected()
        if item is None or self.runner.busy:
            return
        self.runner.start(
            self.context.data_dir,
            lambda _dir, _db, _job: backup.verify(item.path),
            tr("Checking the backup copy…"),
            on_finished=self._verified,
            on_failed=self.say,
        )

    def _verified(self, checked: backup.Verified) -> None:
        self.say(
            tr(
                "{file} is a sound backup copy of “{station}”: {households} households, "
                "integrity check passed."
            ).format(
                file=checked.path.name,
                station=checked.station_name,
                households=format_number(checked.households),
            )
        )

    def choose_second_place(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Choose the second place for backup copies")
        )
        if not folder:
            return
        try:
            backup.set_second_place(self.context.data_dir, Path(folder))
        except UserError as exc:
            self.say(exc.message)
            return
        self.refresh()
        self.say(tr("Backup copies now also go to {folder}.").format(folder=folder))
        window = self.window()
        if hasattr(window, "update_status"):
            window.update_status()

    def restore_selected(self) -> None:
        item = self.selected()
        if item is None or self.runner.busy:
            return
        if jobs.running():
            self.say(tr("Wait until the work in progress ends, then restore."))
            return
        answer = QMessageBox.question(
            self,
            tr("Restore a backup copy"),
            tr(
                "Replace the database with the copy made on {when}? What was entered since then "
                "is kept in a backup copy of the current database, and a commune station that "
                "already sent it to the {level} gets it back from the {level}."
            ).format(when=f"{item.made:%d/%m/%Y %H:%M}", level=self.context.level),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from sync import recovery

        context = self.context
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            counting.wait_for_counts(10_000)  # a list's count ends on the file it counted
            store.close(context.db)
            try:
                done = recovery.restore(context.data_dir, item.path)
                message = "\n".join(done.lines())
            except UserError as exc:
                done, message = None, exc.message
            context.db = store.open_database(context.data_dir)
            context.station = station.info(context.db)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if done is None:
            self.say(message)
            return
        QMessageBox.information(self, tr("Restore a backup copy"), message)
        self.say(message)
        self.refresh()
        QTimer.singleShot(0, lambda: self.restored.emit(message))
