"""The window's look: its colours and text styles, given to each widget in code.

The window has no style sheet. One set on the window makes Qt restyle every widget through its
style-sheet style as the widget joins the window and paint it through that style: the first
paint paid some 6 ms for it, and every page's build its share. The few widgets that look
different (the page list, headings, cards, notes and error lines) get their font, palette or
painting here instead.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

NAVY = "#1f3b57"  # headings, figures, the page list's background
NAV_TEXT = "#e8eef5"
NAV_CURRENT = "#2f6690"  # the page list's current page
CARD_BACKGROUND = "#f3f6fa"
CARD_BORDER = "#d5dde6"
CAPTION = "#4a5a6a"
NOTE = "#6a7a8a"
ERROR = "#b00020"
GOOD = "#1b6e2a"  # a check that passed, a record saved
WARNING = "#8a5a00"  # true, but the officer should know it (a gift-only receipt, a cut list)

HEADING_PX = 19
FIGURE_PX = 24
NOTE_PX = 12


def text(widget: QWidget, *, px: int = 0, bold: bool = False, color: str = "") -> None:
    """Give `widget`'s text a pixel size, boldness and colour (each only when given)."""
    if px or bold:
        font = widget.font()
        if px:
            font.setPixelSize(px)
        if bold:
            font.setBold(True)
        widget.setFont(font)
    if color:
        colour(widget, QPalette.ColorRole.WindowText, color)


def colour(widget: QWidget, role: QPalette.ColorRole, color: str) -> None:
    """Set one colour role of `widget`'s palette, in every state."""
    palette = widget.palette()
    palette.setColor(role, QColor(color))
    widget.setPalette(palette)


def heading(widget: QWidget) -> None:
    text(widget, px=HEADING_PX, bold=True, color=NAVY)
    widget.setContentsMargins(6, 4, 0, 8)


def figure(widget: QWidget, px: int = FIGURE_PX) -> None:
    """A card's large figure (or another value shown as one)."""
    text(widget, px=px, bold=True, color=NAVY)


def caption(widget: QWidget) -> None:
    text(widget, color=CAPTION)


def note(widget: QWidget) -> None:
    """A line of explanation under a figure or a field, smaller and lighter."""
    text(widget, px=NOTE_PX, color=NOTE)


def tone(widget: QWidget, color: str = "") -> None:
    """Colour a line's text (ERROR, GOOD, WARNING), or with no colour give it the usual one."""
    role = QPalette.ColorRole.WindowText
    colour(widget, role, color or QApplication.palette().color(role).name())


def error(widget: QWidget, shown: bool = True) -> None:
    """Red text for a line that says what is wrong; `shown` False gives it the usual colour."""
    tone(widget, ERROR if shown else "")


def error_line() -> QLabel:
    """A form's or a field's line saying what is wrong: red, and named "fieldError", the name
    the keyboard tests find a dialog's error lines by."""
    label = QLabel()
    label.setObjectName("fieldError")
    error(label)
    return label


class Card(QFrame):
    """A panel with a light background, a thin border and rounded corners (the overview's figure
    cards, the charts' panels). Both are filled as paths with brushes of a palette of their own
    (not the card's: its children would inherit it); QPainter's setPen and setBrush choose among
    overloads that name Qt's enums, which would create their namespace at the first paint."""

    RADIUS = 6
    _colours: QPalette | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(1, 1, 1, 1)  # the border's line, inside the layout's margins

    @classmethod
    def colours(cls) -> QPalette:
        if cls._colours is None:
            cls._colours = QPalette()
            cls._colours.setColor(QPalette.ColorRole.Window, QColor(CARD_BACKGROUND))
            cls._colours.setColor(QPalette.ColorRole.Mid, QColor(CARD_BORDER))
        return cls._colours

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        colours = self.colours()
        outer, inner = QPainterPath(), QPainterPath()
        outer.addRoundedRect(QRectF(self.rect()), self.RADIUS, self.RADIUS)
        inner.addRoundedRect(
            QRectF(self.rect()).adjusted(1, 1, -1, -1), self.RADIUS - 1, self.RADIUS - 1
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(outer.subtracted(inner), colours.brush(QPalette.ColorRole.Mid))
        painter.fillPath(inner, colours.brush(QPalette.ColorRole.Window))
        painter.end()
