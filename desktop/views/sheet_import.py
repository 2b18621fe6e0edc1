"""What the two spreadsheet imports (households, a round's observations) share: the file, its
sheet and header row, a drop-down per column beside the reader's notes, an error line, the
checked preview, Import and Cancel, the reading, checking and writing run as jobs on the
thread pool (cancelled by Cancel), and the marks of a checked row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import spreadsheet, xlsx_import
from desktop.models.errors import UserError
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.forms import fit_into_screen
from desktop.views.jobs import Job, JobRunner

BAD = QBrush(QColor("#fde2e2"))
WAITING = QBrush(QColor("#fff4c2"))
ALREADY = QBrush(QColor("#e8e8e8"))


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ColumnMapping(QTableWidget):
    """One row per column of the sheet: its header, the field it fills (a drop-down), an example."""

    changed = Signal()

    def __init__(
        self,
        fields: tuple[xlsx_import.ImportField, ...] = xlsx_import.FIELDS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, 3, parent)
        self.fields = fields
        self.setHorizontalHeaderLabels([tr("Column in the file"), tr("Field"), tr("Example")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes from drop-down to drop-down, then on
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []

    def show_sheet(self, sheet: xlsx_import.Sheet, mapping: dict[str, int]) -> None:
        by_column = {column: key for key, column in mapping.items()}
        width = max([len(sheet.headers), *(len(c) for _n, c in sheet.rows[:50])], default=0)
        self.boxes = []
        self.setRowCount(width)
        for column in range(width):
            self.setItem(column, 0, QTableWidgetItem(xlsx_import.column_label(sheet, column)))
            example = next(
                (
                    cell_text(cells[column])
                    for _n, cells in sheet.rows[:50]
                    if column < len(cells) and cells[column] not in (None, "")
                ),
                "",
            )
            self.setItem(column, 2, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(tr("(not used)"), "")
            for spec in self.fields:
                box.addItem(spec.title() + (" *" if spec.required else ""), spec.key)
            box.setCurrentIndex(max(0, box.findData(by_column.get(column, ""))))
            box.currentIndexChanged.connect(lambda _index, column=column: self._chosen(column))
            self.boxes.append(box)
            self.setCellWidget(column, 1, box)
        self.resizeColumnToContents(1)

    def _chosen(self, column: int) -> None:
        """A field goes to one column: the column that had it is no longer used."""
        field_key = self.boxes[column].currentData()
        if field_key:
            for other, box in enumerate(self.boxes):
                if other != column and box.currentData() == field_key:
                    box.blockSignals(True)
                    box.setCurrentIndex(0)
                    box.blockSignals(False)
        self.changed.emit()

    def mapping(self) -> dict[str, int]:
        return {box.currentData(): c for c, box in enumerate(self.boxes) if box.currentData()}

    def box_of(self, header: str) -> QComboBox:
        """The drop-down of the column headed `header`."""
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == header:
                return self.boxes[row]
        raise KeyError(header)


class SheetImportDialog(QDialog):
    """The frame of a spreadsheet import. A subclass builds its own widgets between
    `__init__` and `lay_out` and defines `_read` (its reader, then `show_sheet` and its
    check), `_update_buttons` (when Import may be pressed, the summary) and `do_import`
    (its commit, through `write`)."""

    checked = Signal()  # the preview shows the result of checking every row
    imported = Signal(int)  # records written

    table = ""  # the table the import writes: notified once it is done

    def __init__(
        self,
        context: AppContext,
        title: str,
        fields: tuple[xlsx_import.ImportField, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(self._busy)
        self.setWindowTitle(title)
        self.path: Path | None = None
        self.sheet: xlsx_import.Sheet | None = None
        self.rows: list[Any] = []
        self.written = 0

        self.file_label = QLabel(tr("No file chosen."))
        self.choose_button = QPushButton(tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_box = QComboBox()
        self.sheet_box.currentIndexChanged.connect(lambda _index: self._read())
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 999)
        self.header_row.setSpecialValueText(tr("found"))
        self.header_row.editingFinished.connect(self._header_row_changed)
        self.top = QHBoxLayout()
        self.top.addWidget(self.choose_button)
        self.top.addWidget(self.file_label, 1)
        self.add_choice(tr("Sheet"), self.sheet_box)
        self.add_choice(tr("Header row"), self.header_row)
        self.columns = ColumnMapping(fields)
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.upper = QSplitter(Qt.Orientation.Horizontal)
        self.upper.addWidget(self.columns)
        self.upper.addWidget(self.notes)
        self.error = look.error_line()
        self.error.setWordWrap(True)
        self.error.hide()
        self.preview = QTableWidget()
        self.preview.verticalHeader().setVisible(False)
        # Tab leaves the rows for the choices and buttons (the arrows move between cells)
        self.preview.setTabKeyNavigation(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.upper)
        self.splitter.addWidget(self.preview)
        self.skip_bad = QCheckBox(tr("Skip the refused rows and import the others"))
        self.skip_bad.toggled.connect(self._update_buttons)
        self.summary = QLabel()
        self.import_button = QPushButton(tr("Import"))
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        # what cannot change while a job runs
        self.locked_while_busy: list[QWidget] = [
            self.choose_button,
            self.sheet_box,
            self.header_row,
            self.columns,
        ]

    def add_choice(self, label: str, widget: QWidget) -> None:
        """A labelled choice in the file's row, after those already there."""
        self.top.addWidget(QLabel(label))
        self.top.addWidget(widget)

    def lay_out(self, below: list[QWidget | QLayout], beside_buttons: list[QWidget]) -> None:
        """The dialog's layout (its order is the Tab order): the file's row, the error, the
        mapping and the preview, `below` them, then the summary with `beside_buttons`,
        Import and Cancel."""
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        for widget in [*beside_buttons, self.import_button, self.cancel_button]:
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        for item in below:
            if isinstance(item, QLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addLayout(bottom)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        fit_into_screen(self)  # made 1100 px wide or more: shrunk into a small work area

    # ---- file, sheet and header row ----------------------------------------------------------

    def choose_file(self) -> None:
        path = choose_spreadsheet(self)
        if path is not None:
            self.load_file(path)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.rows = []
        self.preview.setRowCount(0)
        self.summary.setText("")
        self._update_buttons()

    def load_file(self, path: Path) -> None:
        try:
            names = xlsx_import.sheet_names(path)
        except UserError as exc:
            self.path = None
            self.sheet = None
            self.file_label.setText(tr("No file chosen."))
            self.sheet_box.blockSignals(True)
            self.sheet_box.clear()
            self.sheet_box.blockSignals(False)
            self.columns.setRowCount(0)
            self.notes.clear()
            self._fail(exc.message)
            return
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.header_row.setValue(0)
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        self.sheet_box.addItems(names)
        self.sheet_box.blockSignals(False)
        self._read()

    def _header_row_changed(self) -> None:
        """A row chosen by hand, or "found" (0) to let the program find it again."""
        if self.sheet is not None and self.header_row.value() != self.sheet.header_row:
            self._read()

    def show_sheet(self, sheet: xlsx_import.Sheet, mapping: dict[str, int]) -> None:
        """The sheet read: its header row in the box, its columns with `mapping` chosen."""
        self.sheet = sheet
        self.header_row.blockSignals(True)
        self.header_row.setValue(sheet.header_row)
        self.header_row.blockSignals(False)
        self.columns.blockSignals(True)
        self.columns.show_sheet(sheet, mapping)
        self.columns.blockSignals(False)

    def run(
        self,
        work: Callable[[Path, Any, Job], Any],
        label: str,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """`work` on the thread pool behind a progress dialog that Stop (or Cancel) ends."""
        self.runner.start(
            self.context.data_dir,
            work,
            label,
            cancel_label=tr("Stop"),
            on_finished=on_finished,
            on_failed=on_failed,
        )

    # ---- importing ---------------------------------------------------------------------------

    def write(self, work: Callable[[Path, Any, Job], int], label: str) -> None:
        """Write on the thread pool; a failure is said in a message box, nothing written."""
        self.run(
            work,
            label,
            self._imported,
            lambda message: QMessageBox.warning(self, tr("Cannot import"), message),
        )

    def _imported(self, written: int) -> None:
        self.written = written
        self.context.notify(self.table)
        self.imported.emit(written)
        self.accept()

    def _busy(self, busy: bool) -> None:
        for widget in self.locked_while_busy:
            widget.setEnabled(not busy)
        self._update_buttons()

    def reject(self) -> None:
        if self.runner.busy and self.runner.job is not None:
            self.runner.job.cancel()  # a write in progress rolls back; nothing is half-written
            return
        super().reject()


def progress_of(job: Job) -> xlsx_import.Progress:
    """The models' progress callback for `job`: report, and go on unless cancelled."""

    def report(done: int, total: int) -> bool:
        job.report(done, total)
        return not job.cancelled

    return report


def choose_spreadsheet(parent: QWidget) -> Path | None:
    """The file dialog of every spreadsheet import: the formats the one reader knows."""
    patterns = " ".join(f"*{suffix}" for suffix in spreadsheet.SUFFIXES)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Choose a spreadsheet"),
        "",
        tr("Spreadsheets ({patterns})").format(patterns=patterns),
    )
    return Path(name) if name else None
