"""The answer to every exception nobody caught: logged, then shown in the crash dialog
(views/crash_dialog.py, imported when a first error comes: the window's start does without its
widgets).

`install(window_parent)` hooks the GUI thread (sys.excepthook: PySide calls it for an exception in
a slot) and other threads (threading.excepthook, handed to the GUI thread by a signal).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop import logs

if TYPE_CHECKING:
    from desktop.views.crash_dialog import CrashDialog


class _Reporter(QObject):
    """Shows the dialog on the GUI thread, one at a time (a burst of errors opens one), from the
    event loop: a report emitted on another thread arrives queued (the reporter lives on the GUI
    thread), and one made on the GUI thread is put off to the loop's next turn. (Not through a
    QueuedConnection: naming it creates Qt's namespace of enums, some 15 ms, before the window's
    first paint.)"""

    report = Signal(str)

    def __init__(self, parent_window: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self.parent_window = parent_window
        self.dialog: CrashDialog | None = None
        self.report.connect(self._received)

    def _received(self, details: str) -> None:
        QTimer.singleShot(0, self, lambda: self.show_details(details))

    def show_details(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # already showing one: the log has this one too
        from desktop.views.crash_dialog import CrashDialog

        self.dialog = CrashDialog(details, self.parent_window())
        self.dialog.show()


_reporter: _Reporter | None = None


def reporter() -> _Reporter | None:
    """The installed reporter (None before `install`)."""
    return _reporter


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an exception nobody caught and show the crash dialog (from any thread)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = logs.log_unexpected(exc_type, exc, tb)
    if _reporter is not None:
        with contextlib.suppress(RuntimeError):  # the program is quitting: the log has it
            _reporter.report.emit(details)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_type, args.exc_value, args.exc_traceback)


def install(parent_window: Callable[[], QWidget | None]) -> None:
    """Answer every uncaught exception with the log and the dialog (parented to the window)."""
    global _reporter
    _reporter = _Reporter(parent_window)
    sys.excepthook = handle
    threading.excepthook = _thread_hook
