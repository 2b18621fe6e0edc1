"""The documents page: create in the background, preview, register, print, errors in a sentence."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPageSize, QPalette
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.documents import printing
from desktop.models import documents_register, station
from desktop.paths import DataDir
from desktop.views import look
from desktop.views.context import AppContext, Changes
from desktop.views.documents_page import DocumentsPage, render_work
from desktop.views.jobs import Job
from desktop.views.pages import find
from tests.documents.conftest import YEAR, build_station


@pytest.fixture
def docs_station(tmp_path):
    built = build_station(DataDir(tmp_path / "station"))
    yield built
    built.db.conn.close()


@pytest.fixture
def page(qtbot, docs_station):
    context = AppContext(
        docs_station.db, docs_station.data_dir, station.info(docs_station.db), Changes()
    )
    widget = DocumentsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def wait_done(qtbot, page):
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)


def test_the_page_is_registered():
    spec = find("documents")
    assert spec is not None and spec.cls == "DocumentsPage"


def test_create_the_handover_minutes_and_preview_them(qtbot, page, docs_station):
    page.prepare("handover", receipt_id=docs_station.receipt_id)
    assert page.receipt.isEnabled() and not page.period.isEnabled()
    page.create_button.click()
    assert not page.create_button.isEnabled()  # the work runs off the UI thread
    wait_done(qtbot, page)
    assert "01/BB-UBND" in page.message.text()
    assert page.current is not None and page.current.exists()
    assert page.current.parent == docs_station.data_dir.root / "documents"
    qtbot.waitUntil(lambda: page.pdf.status() == QPdfDocument.Status.Ready)
    assert page.pdf.pageCount() >= 1
    assert page.register.rowCount() == 1
    assert page.register.item(0, 1).text() == "01/BB-UBND"
    assert page.print_button.isEnabled() and page.open_button.isEnabled()


def test_selecting_a_register_row_previews_its_file(qtbot, page, docs_station):
    page.prepare("needs-report", year=YEAR + 1)
    page.create_button.click()
    wait_done(qtbot, page)
    page._set_current(None)
    assert page.current is None
    page.register.selectRow(0)
    assert page.current is not None and page.current.name.startswith("needs-report")


def test_a_year_without_records_gives_a_sentence_and_no_file(qtbot, page, docs_station):
    page.prepare("year-end", year=2019)
    page.create_button.click()
    wait_done(qtbot, page)
    assert "2019" in page.message.text()
    assert page.message.palette().color(QPalette.ColorRole.WindowText).name() == look.ERROR
    assert page.current is None
    assert documents_register.issued(docs_station.db) == []


def test_cancelling_leaves_no_file(qtbot, docs_station, tmp_path):
    out = tmp_path / "list.pdf"
    job = Job(
        docs_station.data_dir,
        render_work(printing.Request("receipt-list", receipt_id=docs_station.receipt_id), out),
    )
    job.cancel()  # as the progress dialog's Cancel button does, before the first page ends
    with qtbot.waitSignal(job.signals.finished, timeout=10_000) as finished:
        job.run()
    assert finished.args == [None]  # cancelled: no document
    assert not out.exists()
    assert not list(tmp_path.glob("*.pdf"))


def test_print_sends_every_page(qtbot, page, docs_station, tmp_path):
    page.prepare("handover", receipt_id=docs_station.receipt_id)
    page.create_button.click()
    wait_done(qtbot, page)
    qtbot.waitUntil(lambda: page.pdf.status() == QPdfDocument.Status.Ready)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert page.print_to(printer) == page.pdf.pageCount()
    assert out.stat().st_size > 1000


def test_export_a_report_to_excel(qtbot, page, docs_station, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    chosen = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen[-1]), "Excel (*.xlsx)")
    )
    page.prepare("needs-report", year=YEAR + 1)
    assert page.excel_button.isEnabled()
    chosen.append(tmp_path / "needs.xlsx")
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    from tests.documents.conftest import sheet_values

    rows = sheet_values(load_workbook(chosen[-1]).active)
    assert rows[-1][0] == "Tổng cộng" and 510_000_000 in rows[-1]
    page.prepare("year-end", year=2019)
    chosen.append(tmp_path / "none.xlsx")
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    assert "2019" in page.message.text() and not (tmp_path / "none.xlsx").exists()
    page.prepare("handover", receipt_id=docs_station.receipt_id)
    assert not page.excel_button.isEnabled()


def test_survey_sheet_for_one_household_by_its_code(qtbot, page, docs_station):
    from tests.documents.conftest import one_line, pdf_text

    page.prepare("survey-sheet")
    assert page.household.isEnabled() and not page.receipt.isEnabled()
    page.household.setText("20705-999999")
    page.create_button.click()
    assert "20705-999999" in page.message.text() and page.job is None
    page.household.setText("20705-000003")
    page.create_button.click()
    wait_done(qtbot, page)
    assert "Họ và tên chủ hộ: Bhríu Thị Ngọc" in one_line(pdf_text(page.current)[0])


def test_survey_sheet_for_a_household_found_by_name(qtbot, page, docs_station):
    from PySide6.QtCore import Qt

    from tests.documents.conftest import one_line, pdf_text

    page.prepare("survey-sheet")
    page.household.setText("")
    qtbot.keyClicks(page.household, "bhriu ngoc")  # no accents, no code
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, page)
    assert "Họ và tên chủ hộ: Bhríu Thị Ngọc" in one_line(pdf_text(page.current)[0])
    page.household.setText("")
    qtbot.keyClicks(page.household, "thi")  # several: the message lists them with their codes
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "20705-000001" in page.message.text() and page.job is None


def test_a_hub_offers_its_own_documents_only(qtbot, tmp_path):
    from desktop import cli
    from desktop.models import station, store
    from desktop.paths import DataDir
    from desktop.views.context import AppContext, Changes
    from desktop.views.documents_page import DocumentsPage

    hub = DataDir(tmp_path / "hub")
    args = ["--data-dir", str(hub.root), "init", "--role", "hub", "--unit", "48"]
    assert cli.main([*args, "--station", "Máy Sở Dân tộc", "--officer", "Lê Văn Hòa"]) == 0
    db = store.open_database(hub)
    page = DocumentsPage(AppContext(db, hub, station.info(db), Changes()))
    qtbot.addWidget(page)
    kinds = [page.kind.itemData(i) for i in range(page.kind.count())]
    assert kinds == ["needs-summary", "year-end", "periodic"]
    db.conn.close()
