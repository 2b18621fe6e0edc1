"""The receipt dialog, one widget per tab (general fields, items, needs fulfilled,
representatives, attachments), and the hand-out of a saved receipt's items as its own dialog."""

from desktop.views.receipt.dialog import ReceiptDialog
from desktop.views.receipt.handout import HandOutDialog

__all__ = ["HandOutDialog", "ReceiptDialog"]
