"""The documents page: print any document to PDF in the background, preview it inside the window,
send it to a printer through the system dialog or open it in the default viewer, and see the
register of issued documents with their numbers.

Other pages open it on a record with `prepare(kind, receipt_id=..., year=...)` (a receipt's
minutes or list, a year's needs report).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents import printing, xlsx
from desktop.i18n import tr
from desktop.models import documents_register, reports
from desktop.models.db import Database
from desktop.models.errors import UserError, file_error
from desktop.models.files import copy_whole
from desktop.models.text import format_date
from desktop.paths import DataDir, confined
from desktop.views import look
from desktop.views.context import AppContext
from desktop.views.inputs import Combo
from desktop.views.jobs import Job, JobRunner, Work
from desktop.views.widgets import fill_table, heading

try:  # QtPdf is optional in some PySide6 builds: without it the page opens the system viewer
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the PySide6 build
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


def kind_labels(hub: bool = False) -> list[tuple[str, str]]:
    """The documents this station prints: a hub its area's reports, a commune its own."""
    return [(kind.code, kind.title()) for kind in printing.printable(hub)]


def period_labels() -> list[tuple[str, str]]:
    return [
        ("q1", tr("Quarter 1")),
        ("q2", tr("Quarter 2")),
        ("q3", tr("Quarter 3")),
        ("q4", tr("Quarter 4")),
        ("h1", tr("First 6 months")),
        ("9m", tr("First 9 months")),
        ("year", tr("Whole year")),
    ]


class _Cancelled(Exception):
    """Raised from the progress callback to stop building a document the user cancelled."""


def show_document(widget: QWidget, kind: str, **record: object) -> None:
    """Open the documents page of `widget`'s main window, set to a record's document."""
    window = widget.window()
    if hasattr(window, "show_page") and "documents" in window.page_names():
        window.show_page("documents").prepare(kind, **record)


def render_work(request: printing.Request, out: Path) -> Work:
    """The work of printing one document on the thread pool; None when the user cancelled."""

    def work(_data_dir: DataDir, db: Database, job: Job) -> printing.Printed | None:
        def progress(page: int) -> None:
            if job.cancelled:
                raise _Cancelled
            job.report(page, 0)

        try:
            return printing.render(db, request, out, progress)
        except _Cancelled:
            return None

    return work


class DocumentsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.runner = JobRunner(self)
        self.runner.busy_changed.connect(lambda busy: self.create_button.setEnabled(not busy))
        self.current: Path | None = None

        self.kind = Combo()
        for code, label in kind_labels(context.is_hub):
            self.kind.addItem(label, code)
        self.receipt = Combo()
        self.receipt.setMinimumWidth(380)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.household = QLineEdit()
        self.household.setPlaceholderText(
            tr("Household code or head's name, empty for a blank sheet")
        )
        self.period = Combo()
        for code, label in period_labels():
            self.period.addItem(label, code)
        form = QFormLayout()
        form.addRow(tr("Document"), self.kind)
        form.addRow(tr("Receipt"), self.receipt)
        form.addRow(tr("Year"), self.year)
        form.addRow(tr("Period"), self.period)
        form.addRow(tr("Household"), self.household)
        self.create_button = QPushButton(tr("Create PDF"))
        self.print_button = QPushButton(tr("Print…"))
        self.open_button = QPushButton(tr("Open in the PDF viewer"))
        self.save_button = QPushButton(tr("Save a copy…"))
        self.excel_button = QPushButton(tr("Export figures to Excel…"))
        buttons = QHBoxLayout()
        for button in (
            self.create_button,
            self.print_button,
            self.open_button,
            self.save_button,
            self.excel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        self.register = QTableWidget()
        self.register.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.register.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.register.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.register.verticalHeader().setVisible(False)
        self.register.itemSelectionChanged.connect(self._register_selected)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.message)
        left_layout.addWidget(QLabel(tr("Register of issued documents")))
        left_layout.addWidget(self.register, 1)

        if QPdfView is not None:
            self.pdf = QPdfDocument(self)
            self.preview: QWidget = QPdfView(self)
            self.preview.setDocument(self.pdf)
            self.preview.setPageMode(QPdfView.PageMode.MultiPage)
            self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:  # pragma: no cover - depends on the PySide6 build
            self.pdf = None
            self.preview = QLabel(tr("Preview is not available; open the PDF in its viewer."))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Documents")))
        layout.addWidget(splitter, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.create_button.clicked.connect(self.create)
        self.print_button.clicked.connect(self.print_current)
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.save_copy)
        self.excel_button.clicked.connect(self.export_excel)
        context.changes.changed.connect(self.refresh)
        self.refresh()
        self._kind_changed()
        self._set_current(None)
        data_dir = self.context.data_dir
        latest = next((e for e in self.entries if documents_register.own_file(data_dir, e)), None)
        if latest is not None:  # show the latest document, so the page opens on something
            self._set_current(documents_register.own_file(data_dir, latest))
            self._show_message(latest.title)

    # ---- data ------------------------------------------------------------------------------

    def refresh(self, *_: object) -> None:
        db = self.context.db
        chosen = self.receipt.currentData()
        self.receipt.clear()
        for receipt_id, label in reports.receipt_choices(db):
            self.receipt.addItem(label, receipt_id)
        if chosen is not None and (index := self.receipt.findData(chosen)) >= 0:
            self.receipt.setCurrentIndex(index)
        years = reports.years_with_records(db)
        if years and self.year.value() not in years:
            self.year.setValue(years[0])
        self.entries = documents_register.issued(db)
        fill_table(
            self.register,
            [tr("Document"), tr("Number"), tr("Date"), tr("File")],
            [
                [entry.title, entry.label, format_date(entry.issued_on), entry.file_name or ""]
                for entry in self.entries
            ],
            set(),
        )

    def _kind_changed(self, *_: object) -> None:
        kind = self.kind.currentData()
        self.receipt.setEnabled(kind in ("handover", "receipt-list"))
        self.year.setEnabled(
            kind in ("needs-report", "needs-summary", "year-end", "periodic", "survey-sheet")
        )
        self.period.setEnabled(kind == "periodic")
        self.household.setEnabled(kind == "survey-sheet")
        self.excel_button.setEnabled(kind in ("needs-report", "periodic", "year-end"))

    def prepare(self, kind: str, *, receipt_id: str | None = None, year: int | None = None) -> None:
        """Select a document for a record, ready to create (called by other pages)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if receipt_id is not None:
            self.receipt.setCurrentIndex(self.receipt.findData(receipt_id))
        if year is not None:
            self.year.setValue(year)

    def request(self) -> printing.Request:
        """The chosen document; a UserError when the household typed is none or not one."""
        kind = self.kind.currentData()
        code = self.household.text().strip() if kind == "survey-sheet" else ""
        return printing.Request(
            kind=kind,
            receipt_id=self.receipt.currentData() if kind in ("handover", "receipt-list") else None,
            year=self.year.value() if self.year.isEnabled() else None,
            period=self.period.currentData() if kind == "periodic" else None,
            household_id=reports.find_household(self.context.db, code) if code else None,
        )

    # ---- creating ----------------------------------------------------------------------------

    def create(self) -> None:
        if self.runner.busy:
            return
        try:
            request = self.request()
        except UserError as exc:
            self._show_message(exc.message, error=True)
            return
        try:
            folder = printing.documents_folder(self.context.data_dir.root)
        except OSError as exc:
            self._show_message(file_error(exc).message, error=True)
            return
        self._show_message(tr("Creating the document…"))
        self.runner.start(
            self.context.data_dir,
            render_work(request, confined(folder, f"{request.file_stem()}.pdf")),
            tr("Creating the document…"),
            on_progress=self._progress,
            on_finished=self._finished,
            on_failed=self._failed,
            cancel_label=tr("Cancel"),
        )

    @property
    def job(self) -> Job | None:
        """The document being created, if any."""
        return self.runner.job

    def _progress(self, pages: int, _total: int, _item: object) -> None:
        self.runner.set_label(tr("Creating the document… page {page}").format(page=pages))

    def _finished(self, printed: printing.Printed | None) -> None:
        if printed is None:
            self._cancelled()
            return
        number = f" {printed.number}" if printed.number else ""
        self._show_message(
            tr("Created “{title}”{number}: {pages} pages.").format(
                title=printed.title, number=number, pages=printed.pages
            )
        )
        self._set_current(printed.path)
        self.context.notify("document")
        self.refresh()

    def _failed(self, message: str) -> None:
        self._show_message(message, error=True)

    def _cancelled(self) -> None:
        self._show_message(tr("Creating the document was cancelled; no file was written."))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        look.error(self.message, error)

    # ---- the current PDF ---------------------------------------------------------------------

    def _set_current(self, path: Path | None) -> None:
        self.current = path if path is not None and path.exists() else None
        if self.pdf is not None:
            self.pdf.close()
            if self.current is not None:
                self.pdf.load(str(self.current))
        for button in (self.print_button, self.open_button, self.save_button):
            button.setEnabled(self.current is not None)

    def _register_selected(self) -> None:
        rows = {index.row() for index in self.register.selectedIndexes()}
        if len(rows) != 1:
            return
        entry = self.entries[rows.pop()]
        own = documents_register.own_file(self.context.data_dir, entry)
        if own is not None:
            self._set_current(own)
            self._show_message(entry.title)
        else:
            self._set_current(None)
            self._show_message(
                tr("The file of {number} is no longer on this computer; create it again.").format(
                    number=entry.label
                ),
                error=True,
            )

    def open_current(self) -> None:
        if self.current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current)))

    def save_copy(self) -> None:
        if self.current is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Save a copy"), str(Path.home() / self.current.name), "PDF (*.pdf)"
        )
        if not target:
            return
        try:
            copy_whole(self.current, Path(target))
        except OSError as exc:
            self._show_message(file_error(exc, target).message, error=True)
            return
        self._show_message(tr("Saved a copy to {path}.").format(path=target))

    def export_excel(self) -> None:
        """The chosen report's figures as a workbook, where the officer says.

        No parameters: `clicked(bool)` would pass its `checked` into one.
        """
        request = self.request()
        target, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export figures to Excel"),
            str(Path.home() / f"{request.file_stem()}.xlsx"),
            "Excel (*.xlsx)",
        )
        if not target:
            return
        try:
            exported = xlsx.export_report(
                self.context.db,
                request.kind,
                Path(target),
                year=request.year or self.year.value(),
                period=request.period or "year",
            )
        except UserError as exc:
            self._show_message(exc.message, error=True)
            return
        self._show_message(
            tr("Exported {rows} rows to {path}.").format(rows=exported.rows, path=exported.path)
        )

    def print_current(self) -> None:
        if self.current is None or self.pdf is None:
            self.open_current()
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer) -> int:  # noqa: ANN001 - QPrinter or any QPagedPaintDevice
        """Paint every page of the current PDF onto `printer`; the number of pages sent."""
        painter = QPainter()
        if not painter.begin(printer):
            self._show_message(tr("The printer could not be started."), error=True)
            return 0
        pages = self.pdf.pageCount()
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                size = self.pdf.pagePointSize(page).toSize()
                size.scale(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(0, 0, self.pdf.render(page, size))
        finally:
            painter.end()
        return pages
