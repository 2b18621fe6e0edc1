"""Importing bundle files in the window: one result row per file, work off the UI thread,
drag and drop of .ketnghia files, and opening the window on a double-clicked bundle file.

Shared by the commune's `sync` page and the hub's `inbox` page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import backup
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.jobs import JobRunner
from sync import bundle, exchange

ACCEPTED, DUPLICATE, REFUSED, WRITTEN = "accepted", "duplicate", "refused", "written"
OTHERS = "others"  # a bundle for another station, picked up with a whole shared folder
_COLORS = {
    ACCEPTED: look.GOOD,
    DUPLICATE: "#5a6570",
    REFUSED: look.ERROR,
    WRITTEN: look.NAVY,
    OTHERS: "#5a6570",
}


@dataclass(frozen=True)
class ResultRow:
    file: str
    peer: str  # who sent it (import) or who it is for (export)
    state: str
    detail: str


def state_label(state: str) -> str:
    return {
        ACCEPTED: tr("Accepted"),
        DUPLICATE: tr("Duplicate"),
        REFUSED: tr("Refused"),
        WRITTEN: tr("Written"),
        OTHERS: tr("For another station"),
    }[state]


def import_row(result: exchange.ImportResult) -> ResultRow:
    """What one imported file became, in words."""
    if result.code == "wrong_recipient":
        return ResultRow(
            result.path.name,
            result.sender_name,
            OTHERS,
            tr("Addressed to another station; left as it is, nothing changed here."),
        )
    if result.status == "refused":
        detail = result.reason
    elif result.status == "duplicate":
        detail = tr("Imported before; nothing changed.")
    else:
        detail = tr(
            "{applied} changes applied, {held} waiting for earlier bundles, {conflicts} conflicts."
        ).format(applied=result.applied, held=result.held, conflicts=result.conflicts)
    return ResultRow(result.path.name, result.sender_name, result.status, detail)


def export_work(out_dir: Path):
    """The job of writing this station's bundles for its peers into `out_dir`."""

    def work(data_dir, db, job) -> list[exchange.Exported]:
        return exchange.export_bundles(data_dir, db, out_dir)

    return work


def export_row(made: exchange.Exported) -> ResultRow:
    return ResultRow(
        made.path.name,
        made.recipient_name,
        WRITTEN,
        tr("{changes} changes, saved in {folder}").format(
            changes=made.changes, folder=made.path.parent
        ),
    )


class ResultsModel(QAbstractTableModel):
    """The files of the last imports and exports, newest last."""

    FILE, PEER, STATE, DETAIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []

    def add(self, row: ResultRow) -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.file, row.peer, state_label(row.state), row.detail][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL:
            return row.detail
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return QBrush(QColor(_COLORS[row.state]))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = [tr("File"), tr("Station"), tr("Result"), tr("Details")]
            return titles[section] if 0 <= section < len(titles) else None
        return str(section + 1)

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows:
            counts[row.state] = counts.get(row.state, 0) + 1
        return counts


def bundle_files(paths: list[Path]) -> list[Path]:
    """The bundle files among `paths` (by their extension)."""
    return [p for p in paths if p.suffix.lower() == bundle.EXTENSION and p.is_file()]


def _import_work(paths: list[Path], hub_fingerprint: str | None):
    def work(data_dir, db, job) -> list[exchange.ImportResult]:
        backup.create_quietly(data_dir, "bundle-import")
        results = []
        for done, path in enumerate(paths, start=1):
            if job.cancelled:
                break
            result = exchange.import_bundle(data_dir, db, path, hub_fingerprint=hub_fingerprint)
            results.append(result)
            job.report(done, len(paths), result)
        return results

    return work


class BundleDrop(QObject):
    """Lets a widget take .ketnghia files dropped on it (from the file manager)."""

    dropped = Signal(list)  # list[Path]

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    @staticmethod
    def _paths(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return bundle_files([Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._paths(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            paths = self._paths(event)  # type: ignore[arg-type]
            if paths:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.dropped.emit(paths)
                return True
        return False


class ImportPanel(QWidget):
    """The results table of imports and exports, and the import itself."""

    imported = Signal(list)  # list[ImportResult], when a batch ends

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = JobRunner(self)
        self.model = ResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(ResultsModel.FILE, 330)
        self.table.setColumnWidth(ResultsModel.PEER, 190)
        self.table.setColumnWidth(ResultsModel.STATE, 110)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._total = 0
        self.fingerprint_dialog: QInputDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.summary.setText(tr("No file exchanged yet in this session."))

    def choose_and_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Import bundle files"),
            str(Path.home()),
            tr("Sổ Kết Nghĩa bundles (*{ext})").format(ext=bundle.EXTENSION),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def offer_import(self, paths: list[Path]) -> bool:
        """Ask before importing files that came from outside (double-click, command line)."""
        names = "\n".join(p.name for p in paths)
        answer = QMessageBox.question(
            self,
            tr("Import bundle"),
            tr("Import these bundle files into this station?\n\n{names}").format(names=names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.import_files(paths)
        return True

    def import_files(self, paths: list[Path], hub_fingerprint: str | None = None) -> None:
        """Import `paths`; a welcome bundle among them (at a commune) first asks the officer
        for the district hub's fingerprint."""
        paths = list(paths)
        if not paths:
            return
        if self.runner.busy:
            self.summary.setText(tr("Another exchange is still running; wait until it ends."))
            return
        if (
            hub_fingerprint is None
            and not self.context.is_hub
            and any(exchange.bundle_kind(p) == "welcome" for p in paths)
        ):
            self.ask_hub_fingerprint(paths)
            return
        self._total = len(paths)
        self.summary.setText(tr("Importing {count} files…").format(count=len(paths)))
        self.runner.start(
            self.context.data_dir,
            _import_work(paths, hub_fingerprint),
            tr("Importing bundle files…"),
            on_progress=self._one_done,
            on_finished=self._batch_done,
            on_failed=self.show_failure,
        )

    def ask_hub_fingerprint(self, paths: list[Path]) -> None:
        """The phone check of a welcome: the officer types the digits the district reads out."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("The district hub's fingerprint"))
        dialog.setLabelText(
            tr(
                "This is a welcome bundle from a district hub. Call the district officer: they "
                "read the fingerprint shown on their “Stations” page. Type the digits here; the "
                "welcome is accepted only when they match the hub that made it."
            )
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText(tr("Import"))
        dialog.setCancelButtonText(tr("Cancel"))
        dialog.setFixedWidth(560)
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
        dialog.textValueSelected.connect(lambda digits: self.import_files(paths, digits))
        dialog.rejected.connect(
            lambda: self.summary.setText(
                tr("Nothing imported: a welcome bundle needs the district hub's fingerprint.")
            )
        )
        self.fingerprint_dialog = dialog
        dialog.open()

    def _one_done(self, done: int, total: int, result: object) -> None:
        if not isinstance(result, exchange.ImportResult):
            return
        self.model.add(import_row(result))
        self.table.scrollToBottom()
        self.summary.setText(tr("Imported {done} of {total} files…").format(done=done, total=total))

    def _batch_done(self, results: list[exchange.ImportResult]) -> None:
        counts = {
            state: sum(1 for r in results if r.status == state)
            for state in (ACCEPTED, DUPLICATE, REFUSED)
        }
        self.summary.setText(
            tr(
                "{total} files: {accepted} accepted, {duplicate} duplicates, {refused} refused."
            ).format(
                total=len(results),
                accepted=counts[ACCEPTED],
                duplicate=counts[DUPLICATE],
                refused=counts[REFUSED],
            )
            + (
                " "
                + tr("Stopped before the other {count} files.").format(
                    count=self._total - len(results)
                )
                if len(results) < self._total
                else ""
            )
        )
        if any(r.status == ACCEPTED for r in results):
            self.context.notify("sync")
        self.imported.emit(results)

    def add_exported(self, made: list[exchange.Exported]) -> None:
        for item in made:
            self.model.add(export_row(item))
        self.table.scrollToBottom()

    def show_failure(self, message: str) -> None:
        self.summary.setText(message)
        QMessageBox.warning(self, tr("Sổ Kết Nghĩa"), message)


def open_bundle_on_start(window: Any, path: Path) -> None:
    """The window was opened on a bundle file: show the exchange page and offer to import it."""
    name = "inbox" if window.context.is_hub else "sync"
    page = window.show_page(name)
    page.import_panel.offer_import([path])
