"""Everything fits a 1366×768 screen with the Windows taskbar (work area about 1366×728) at
100% and at 125% scaling, where the same screen holds 1093×582 logical pixels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

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
    from desktop.views.household_form import HouseholdDialog
    from desktop.views.models_page import ModelDialog
    from desktop.views.needs_dialogs import NeedDialog
    from desktop.views.receipt import ReceiptDialog
    from desktop.views.sponsors_dialogs import SponsorDialog
    from desktop.views.surveys_dialogs import ObservationDialog, SurveyDialog

    db = context.db
    survey = db.execute("SELECT id FROM survey WHERE deleted = 0 LIMIT 1").fetchone()[0]
    receipt = db.execute("SELECT id FROM receipt WHERE deleted = 0 LIMIT 1").fetchone()[0]
    household = db.execute("SELECT id FROM household WHERE deleted = 0 LIMIT 1").fetchone()[0]
    return [
        HouseholdDialog(context, None, window),
        HouseholdDialog(context, household, window),
        ReceiptDialog(context, receipt, window),
        ReceiptDialog(context, None, window),
        NeedDialog(context, None, None, window),
        SurveyDialog(context, None, window),
        ObservationDialog(context, survey, None, window),
        ModelDialog(context, None, window),
        SponsorDialog(context, None, window),
    ]


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_every_page_and_dialog_fits_the_work_area(qtbot, window, context, scale):
    width, height = budget(scale)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= width and minimum.height() <= height
    nav = window.nav.width()
    for name in window.page_names():
        page = window.page(name)
        hint = page.minimumSizeHint()
        assert hint.width() + nav <= width, (name, hint.toTuple())
        assert hint.height() + 60 <= height, (name, hint.toTuple())  # menu and status bars
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
    window.fit_to_screen()
    window.show()
    assert window.isMaximized()
    dialog = ReceiptDialog(context, None, window)  # made 1000 px wide
    qtbot.addWidget(dialog)
    assert dialog.width() > available.width()
    dialog.show()
    assert dialog.frameGeometry().height() <= available.height()
    assert dialog.frameGeometry().width() <= available.width()
    assert available.contains(dialog.frameGeometry().topLeft())
    dialog.mark_clean()


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
