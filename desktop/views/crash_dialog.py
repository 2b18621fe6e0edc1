"""What the officer sees when the program itself fails: a dialog in plain words naming the log
file, with the details and a button that copies them for support.

`install(window_parent)` makes it the answer to every exception nobody caught, on the GUI thread
(sys.excepthook: PySide calls it for an exception in a slot) and on other threads
(threading.excepthook, handed to the GUI thread by a queued signal).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import logs
from desktop.i18n import tr


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sổ Kết Nghĩa: program error"))
        self.setObjectName("crashDialog")
        self.details = details
        path = logs.current_path()
        where = (
            tr("The details were written to the log file {path}.").format(path=path)
            if path
            else tr("The details are below.")
        )
        self.message = QLabel(
            tr(
                "Sổ Kết Nghĩa met a program error. It is a fault in the program, not in your "
                "data: what was saved before stays saved. {where} Copy the details and send them "
                "to whoever supports the program, then go on working or restart the program."
            ).format(where=where)
        )
        self.message.setWordWrap(True)
        from PySide6.QtCore import Qt  # not at import: see _Reporter

        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Close"))
        self.copy_button = QPushButton(tr("Copy the details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def copy(self) -> None:
        path = logs.current_path()
        text = self.details if path is None else f"{self.details}\n{tr('Log file')}: {path}\n"
        QApplication.clipboard().setText(text)
        self.copied.setText(tr("The details were copied; paste them into a message."))


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
