"""The hub's `inbox` page: import many commune bundles at once (file dialog or drag and drop)
with one result row per file, write the bundles for the communes, and the bundles received."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models.listing import Query
from desktop.views import look
from desktop.views.bundle_import import BundleDrop, ImportPanel, export_work
from desktop.views.context import AppContext
from desktop.views.sqltable import SqlTableModel
from desktop.views.widgets import heading
from sync import exchange, ledger


def _kind_label(kind: str) -> str:
    return {
        "changes": tr("changes"),
        "ack": tr("acknowledgement"),
        "welcome": tr("welcome"),
        "enroll": tr("enrollment request"),
    }.get(kind, kind)


def received_query() -> Query:
    listed = ledger.RECEIVED
    return listed.query(
        [
            listed.column("received_on", tr("Received")),
            listed.column("received_time", tr("Time")),
            listed.column("commune", tr("Commune")),
            listed.column("station", tr("Station")),
            listed.column("number", tr("No.")),
            listed.column("kind", tr("Kind"), _kind_label),
            listed.column("applied", tr("Changes applied")),
            listed.column("held", tr("Held")),
            listed.column("conflicts", tr("Conflicts")),
        ]
    )


class InboxPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.import_panel = ImportPanel(context)
        self.import_panel.imported.connect(lambda _results: self.refresh())
        self.import_panel.runner.busy_changed.connect(self._busy)
        self.import_button = QPushButton(tr("Import commune bundles…"))
        self.import_button.clicked.connect(self.import_panel.choose_and_import)
        self.export_button = QPushButton(tr("Make bundles for the communes…"))
        self.export_button.clicked.connect(self.choose_export_folder)
        hint = QLabel(tr("Several files can be chosen at once, or dragged onto this page."))
        look.note(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(hint, 1)

        self.received = SqlTableModel(context.db, received_query(), self)
        self.received_table = QTableView()
        self.received_table.setModel(self.received)
        self.received_table.setSortingEnabled(False)
        self.received_table.verticalHeader().setVisible(False)
        self.received_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.received_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.received_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        received_box = QWidget()
        received_layout = QVBoxLayout(received_box)
        received_layout.setContentsMargins(0, 0, 0, 0)
        self.received_title = QLabel()
        received_layout.addWidget(self.received_title)
        received_layout.addWidget(self.received_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.import_panel)
        splitter.addWidget(received_box)
        splitter.setSizes([300, 300])

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Bundles in and out")))
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.drop = BundleDrop(self)
        self.drop.dropped.connect(self.import_panel.import_files)
        context.changes.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.received.refresh()
        self.received_title.setText(
            tr("Bundles received ({count}), newest first").format(count=self.received.rowCount())
        )

    def _busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder for the communes' bundles"), str(self.context.data_dir.outbox)
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        self.import_panel.runner.start(
            self.context.data_dir,
            export_work(folder),
            tr("Making the communes' bundles…"),
            on_finished=self._exported,
            on_failed=self.import_panel.show_failure,
        )

    def _exported(self, made: list[exchange.Exported]) -> None:
        self.import_panel.add_exported(made)
        if made:
            self.import_panel.summary.setText(
                tr("{count} bundles written for the communes.").format(count=len(made))
            )
        else:
            self.import_panel.summary.setText(
                tr("Nothing to send: every commune station has everything.")
            )
        self.context.notify("sync")
