"""The settings page: typed values are checked, stored and printed on the next document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from desktop.models import station_settings
from desktop.views import look
from desktop.views.settings_page import SettingsPage


def text_colour(label) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_settings_are_saved_and_bad_ones_refused(qtbot, context):
    page = SettingsPage(context)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.fields["document_signer_title"], "CHU TICH")
    qtbot.keyClicks(page.fields["silent_after_days"], "abc")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "số ngày nguyên" in page.message.text()
    assert text_colour(page.message) == look.ERROR  # the refusal in red
    assert station_settings.values(context.db)["document_signer_title"] == ""  # nothing stored
    page.fields["silent_after_days"].clear()
    qtbot.keyClicks(page.fields["silent_after_days"], "30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = station_settings.values(context.db)
    assert stored["document_signer_title"] == "CHU TICH" and stored["silent_after_days"] == "30"
    assert page.message.text() != "" and "số ngày" not in page.message.text()
    assert text_colour(page.message) == text_colour(page.unit)  # not red
