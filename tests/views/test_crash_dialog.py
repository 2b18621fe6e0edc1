"""An exception nobody caught (in a slot or another thread) is logged and shown in a Vietnamese
dialog that names the log and copies the details."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop import logs
from desktop.views import crash_dialog, crash_hook


@pytest.fixture
def hooks(monkeypatch, data_dir):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = logs.setup(data_dir)
    crash_hook.install(lambda: None)
    yield path
    reporter = crash_hook.reporter()
    if reporter is not None and reporter.dialog is not None:
        reporter.dialog.close()


def shown(qtbot) -> crash_dialog.CrashDialog:
    qtbot.waitUntil(
        lambda: (
            crash_hook.reporter().dialog is not None and crash_hook.reporter().dialog.isVisible()
        ),
        timeout=5000,
    )
    return crash_hook.reporter().dialog


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_shows_the_dialog_and_copies_details(qtbot, hooks):
    def broken_slot():
        raise ZeroDivisionError("chia cho không")

    QTimer.singleShot(0, broken_slot)
    dialog = shown(qtbot)

    assert "lỗi của chương trình" in dialog.message.text()
    assert str(hooks) in dialog.message.text()
    assert "ZeroDivisionError: chia cho không" in dialog.text.toPlainText()
    assert dialog.copy_button.text() == "Chép chi tiết"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "ZeroDivisionError: chia cho không" in copied and str(hooks) in copied
    assert "Đã chép" in dialog.copied.text()
    assert "ZeroDivisionError: chia cho không" in hooks.read_text("utf-8")
    dialog.grab().save(str(hooks.parent / "crash.png"))


def test_a_bug_in_another_thread_reaches_the_dialog(qtbot, hooks):
    thread = threading.Thread(target=lambda: [][1], name="nền")
    thread.start()
    thread.join()
    dialog = shown(qtbot)
    assert "IndexError" in dialog.text.toPlainText()
    assert "IndexError" in hooks.read_text("utf-8")
