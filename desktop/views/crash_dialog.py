"""What the officer sees when the program itself fails: a dialog in plain words naming the log
file, with the details and a button that copies them for support (shown by views/crash_hook.py).
"""

from __future__ import annotations

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
        from PySide6.QtCore import Qt  # not at import: see crash_hook._Reporter

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
