"""Printing from the record: the needs page opens the documents page on that year's proposal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.main_window import MainWindow


def test_needs_page_prints_the_proposal_of_its_year(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_page("needs")
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    documents = window.page("documents")
    assert window.stack.currentWidget() is documents
    assert documents.kind.currentData() == "needs-report"
    assert documents.year.value() == page.banner_year()
