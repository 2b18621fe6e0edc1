"""Everything fits a 1366×768 screen with the Windows taskbar (work area about 1366×728) at
100% and at 125% scaling, where the same screen holds 1093×582 logical pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from translations import tr

from desktop.views.main_window import MainWindow

WORK_AREA = (1366, 728)
FRAME = (16, 40)  # borders and title bar around a window's client area


def budget(scale: float) -> tuple[int, int]:
    return (
        int(WORK_AREA[0] / scale) - FRAME[0],
        int(WORK_AREA[1] / scale) - FRAME[1],
    )


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    widget = MainWindow(context)
    qtbot.addWidget(widget)
    return widget


def _dialogs(context, window):
    """Every dialog of the commune station (the receipt's too), new and opened."""
    from desktop.views.group_page import MemberDialog
    from desktop.views.help_dialogs import AboutDialog, ShortcutsDialog
    from desktop.views.household_form import HouseholdDialog
    from desktop.views.households_page import VillagesDialog
    from desktop.views.import_dialog import ImportDialog
    from desktop.views.models_page import ModelDialog
    from desktop.views.needs_dialogs import NeedDialog, SendProposalDialog, StatusDialog
    from desktop.views.observation_import_dialog import ObservationImportDialog
    from desktop.views.receipt import ReceiptDialog
    from desktop.views.sponsors_dialogs import SponsorDialog, TwinningDialog
    from desktop.views.surveys_dialogs import IndicatorsDialog, ObservationDialog, SurveyDialog

    db = context.db

    def one(table: str) -> str:
        return db.execute(f"SELECT id FROM {table} WHERE deleted = 0 LIMIT 1").fetchone()[0]

    survey, receipt, household = one("survey"), one("receipt"), one("household")
    sponsor, need, model = one("sponsor"), one("need"), one("livelihood_model")
    return [
        HouseholdDialog(context, None, window),
        HouseholdDialog(context, household, window),
        VillagesDialog(context, window),
        ImportDialog(context, window),
        ReceiptDialog(context, receipt, window),
        ReceiptDialog(context, None, window),
        NeedDialog(context, None, None, window),
        NeedDialog(context, need, None, window),
        StatusDialog(context, need, window),
        SendProposalDialog(context, 2026, window),
        SurveyDialog(context, None, window),
        SurveyDialog(context, survey, window),
        IndicatorsDialog(context, survey, None, "Toàn xã", window),
        ObservationDialog(context, survey, None, window),
        ObservationImportDialog(context, survey, window),
        ModelDialog(context, None, window),
        ModelDialog(context, model, window),
        SponsorDialog(context, None, window),
        SponsorDialog(context, sponsor, window),
        TwinningDialog(context, sponsor, None, window),
        MemberDialog(context, None, window),
        ShortcutsDialog(window),
        AboutDialog(context, window),
    ]


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_every_page_and_dialog_fits_the_work_area(qtbot, window, context, scale):
    width, height = budget(scale)
    window.resize(width, height)
    window.show()
    nav = window.nav.width()
    for name in window.page_names():
        page = window.show_page(name)  # shown, with what it builds on first show (charts)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        if name == "overview":
            page.charts  # noqa: B018 (built on first paint)
        hint = page.minimumSizeHint()
        assert hint.width() + nav <= width, (name, hint.toTuple())
        assert hint.height() + 60 <= height, (name, hint.toTuple())  # menu and status bars
    minimum = window.minimumSizeHint()  # every page built
    assert minimum.width() <= width and minimum.height() <= height, minimum.toTuple()
    for dialog in _dialogs(context, window):
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (type(dialog), hint.toTuple())
        dialog.deleteLater()


def test_window_and_dialogs_open_inside_a_small_work_area(qtbot, window, context):
    """The offscreen screen is smaller than 1366×768: the window is maximized instead of
    hanging below the taskbar, and a dialog is shrunk into the work area."""
    from desktop.views.receipt import ReceiptDialog

    available = QApplication.primaryScreen().availableGeometry()
    assert available.width() < 1366 + FRAME[0] or available.height() < 768 + FRAME[1]
    window.show_fitted()
    assert window.isMaximized()
    from desktop.views.import_dialog import ImportDialog
    from desktop.views.observation_import_dialog import ObservationImportDialog

    survey = context.db.execute("SELECT id FROM survey LIMIT 1").fetchone()[0]
    for dialog in (
        ReceiptDialog(context, None, window),  # made 1000 px wide
        ImportDialog(context, window),  # 1200 px
        ObservationImportDialog(context, survey, window),
    ):
        qtbot.addWidget(dialog)
        assert dialog.width() > available.width()
        dialog.show()
        assert dialog.frameGeometry().height() <= available.height()
        assert dialog.frameGeometry().width() <= available.width()
        assert available.contains(dialog.frameGeometry().topLeft())
        if hasattr(dialog, "mark_clean"):
            dialog.mark_clean()
        dialog.reject()


def test_a_wrapped_error_is_not_squashed(qtbot, window, context):
    from desktop.views.needs_dialogs import NeedDialog

    dialog = NeedDialog(context, None, None, window)
    qtbot.addWidget(dialog)
    dialog.resize(520, dialog.height())
    dialog.show()
    long = (
        "Nhập nội dung nhu cầu đủ rõ để đơn vị kết nghĩa hiểu được cần hỗ trợ gì, ở đâu, bao nhiêu. "
        * 2
    )
    dialog.show_errors({"description": long})
    label = dialog._errors["description"]
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().height()  # it does wrap
    dialog.mark_clean()


def _at_125(qtbot, window):
    window.resize(*budget(1.25))
    window.show()
    qtbot.waitExposed(window)


def test_at_125_percent_the_sync_page_shows_its_request_button(qtbot, window):
    """An empty results list took half the page and hid "Tạo yêu cầu đăng ký…" below the
    fold; it takes at most a third now."""
    _at_125(qtbot, window)
    page = window.show_page("sync")
    qtbot.waitUntil(lambda: page.request_button.isVisible())
    button = page.request_button
    scroll = button.parentWidget()
    while not hasattr(scroll, "viewport"):
        scroll = scroll.parentWidget()
    viewport = scroll.viewport()
    bottom = button.mapTo(viewport, button.rect().bottomLeft())
    assert bottom.y() <= viewport.height(), (bottom.y(), viewport.height())
    assert page.import_panel.height() <= page.height() // 3


def test_at_125_percent_assessment_figures_and_targets_keep_their_names(qtbot, window):
    """Side by side at 125% the tables cut their names ("Mô hình kinh …", "…"); stacked,
    the name column takes the free width and wraps."""
    _at_125(qtbot, window)
    page = window.show_page("assessments")
    qtbot.waitUntil(lambda: page.targets.rowCount() > 0)
    assert page.tables.direction() == page.tables.Direction.TopToBottom
    for table in (page.figures, page.targets):
        name = table.columnWidth(0)
        assert name >= table.viewport().width() * 2 // 5, (name, table.viewport().width())
        for row in range(table.rowCount()):
            text = table.item(row, 0).text().strip()
            needed = table.fontMetrics().boundingRect(
                0, 0, name - 8, 1000, Qt.TextFlag.TextWordWrap, text
            )
            assert needed.height() <= table.rowHeight(row), text


def test_at_125_percent_the_survey_rounds_list_shows_several_rounds(qtbot, window, context):
    """The comparison tabs left the rounds' list one row and a half at 125%."""
    _at_125(qtbot, window)
    page = window.show_page("surveys")
    qtbot.waitUntil(lambda: page.view.isVisible())
    rows = context.db.execute("SELECT count(*) FROM survey WHERE deleted = 0").fetchone()[0]
    shown = page.view.viewport().height() // page.view.rowHeight(0)
    assert shown >= min(rows, 3), shown
    left = page.left_table
    qtbot.waitUntil(lambda: left.rowCount() > 0, timeout=5000)
    assert left.columnWidth(0) >= left.fontMetrics().horizontalAdvance(left.item(0, 0).text())


def test_at_125_percent_the_needs_list_shows_five_needs(qtbot, window):
    """The selected need's box took 200 px and left the list four rows at 125%."""
    _at_125(qtbot, window)
    page = window.show_page("needs")
    qtbot.waitUntil(lambda: page.view.isVisible() and page.model.rowCount() > 0)
    assert page.view.viewport().height() // page.view.rowHeight(0) >= 5


def _chart_texts(view) -> list[str]:
    """The texts a chart draws (its axis labels, legend), as on screen."""
    from PySide6.QtWidgets import QGraphicsTextItem

    return [
        item.toPlainText()
        for item in view.scene().items()
        if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText()
    ]


def test_at_125_percent_the_poverty_chart_names_every_village_whole(qtbot, window, context):
    """At 125% Qt cut the village names under the bars to "Đắc …", "Pà Pa…"; two-word names
    go on two lines now and no label of the chart is cut."""
    from desktop.models import overview_charts

    _at_125(qtbot, window)
    page = window.show_page("overview")
    charts = page.charts
    qtbot.waitUntil(lambda: not charts.poverty_busy and bool(charts.poverty.rounds), timeout=5000)
    view = charts.poverty.view
    villages, _rounds = overview_charts.poverty_by_village(context.db, context.commune_code)
    texts = _chart_texts(view)
    assert not [t for t in texts if "…" in t or "..." in t], texts
    shown = {" ".join(t.split()) for t in texts}
    for village in villages:
        name = village.removeprefix("Thôn ").removeprefix("Bản ")
        assert name in shown, (name, texts)
    assert {t for t in texts if t.endswith("%")} >= {"0%", "20%"}


def _opened(qtbot, page, record_id: str, kind):
    """Select `record_id` in a list page and click "Open": the dialog it opens."""
    from desktop.views.sqltable import ID_ROLE

    qtbot.waitUntil(lambda: record_id in page.model.ids(), timeout=5000)
    row = page.model.ids().index(record_id)
    page.view.selectRow(row)
    assert page.view.currentIndex().data(ID_ROLE) == record_id
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_at_125_percent_the_household_years_show_their_source_whole(qtbot, window, context):
    """The years table's "From" column ran off the right edge at 125% ("Đợt khảo sát Rà soát
    hộ nghèo, hộ cận nghèo năm…"); it takes the free width and wraps."""
    from desktop.views.household_form import HouseholdDialog

    _at_125(qtbot, window)
    household = context.db.execute(
        "SELECT y.household_id FROM household_year y JOIN household h ON h.id = y.household_id "
        "WHERE y.deleted = 0 AND h.deleted = 0 AND y.survey_id IS NOT NULL "
        "GROUP BY y.household_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    page = window.show_page("households")
    dialog = _opened(qtbot, page, household, HouseholdDialog)
    width, height = budget(1.25)
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
    qtbot.waitExposed(dialog)
    table = dialog.history
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.viewport().width() > 0)
    column = table.columnCount() - 1
    assert table.horizontalHeaderItem(column).text() == tr("From")
    assert table.horizontalScrollBar().maximum() == 0  # nothing beyond the right edge
    assert any(len(table.item(r, column).text()) > 40 for r in range(table.rowCount()))
    for c in range(table.columnCount()):
        text = table.horizontalHeaderItem(c).text()
        assert table.horizontalHeader().fontMetrics().horizontalAdvance(text) <= table.columnWidth(
            c
        )
    right = table.columnViewportPosition(column) + table.columnWidth(column)
    assert right <= table.viewport().width()
    for row in range(table.rowCount()):
        text = table.item(row, column).text()
        needed = table.fontMetrics().boundingRect(
            0, 0, table.columnWidth(column) - 8, 1000, Qt.TextFlag.TextWordWrap, text
        )
        assert needed.height() <= table.rowHeight(row), text
    dialog.mark_clean()
    dialog.reject()


def test_at_125_percent_the_hand_out_names_its_recipients_whole(qtbot, window, context):
    """The "Handed out so far" table gave every column 100 px and the recipient the 45 px
    left at 125% ("Blú…"); the short columns take their contents' width, the name the rest."""
    from hand_out import open_hand_out

    from desktop.views.receipt import ReceiptDialog

    _at_125(qtbot, window)
    receipt = context.db.execute(
        "SELECT i.receipt_id FROM allocation a JOIN receipt_item i ON i.id = a.receipt_item_id "
        "WHERE a.deleted = 0 GROUP BY i.receipt_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    page = window.show_page("receipts")
    dialog = _opened(qtbot, page, receipt, ReceiptDialog)
    hand_out = open_hand_out(qtbot, dialog)
    width, height = budget(1.25)
    hand_out.resize(min(hand_out.width(), width), min(hand_out.height(), height))
    qtbot.waitExposed(hand_out)
    table = hand_out.table
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.viewport().width() > 0)
    assert table.horizontalHeaderItem(0).text() == tr("Recipient")
    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        text = table.horizontalHeaderItem(c).text()
        assert header.fontMetrics().horizontalAdvance(text) <= table.columnWidth(c), text
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for c in range(table.columnCount()):
            text = table.item(row, c).text()
            assert metrics.horizontalAdvance(text) + 6 <= table.columnWidth(c), text
    right = table.columnViewportPosition(4) + table.columnWidth(4)
    assert right <= table.viewport().width()
    hand_out.close()
    dialog.mark_clean()
    dialog.reject()
