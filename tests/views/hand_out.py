"""Reaching a receipt's hand-out as the officer does: "Hand out…" on the receipt dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt


def open_hand_out(qtbot, dialog):
    """Click "Hand out…" on the receipt dialog; its hand-out dialog, open."""
    qtbot.mouseClick(dialog.hand_out_button, Qt.MouseButton.LeftButton)
    assert dialog.hand_out_dialog is not None and dialog.hand_out_dialog.isVisible()
    return dialog.hand_out_dialog
