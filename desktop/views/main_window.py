"""The main window: navigation on the left, the current page on the right, station in the status bar."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from desktop.i18n import tr
from desktop.models import changelog, hlc
from desktop.views import help_menu, jobs, look, pages
from desktop.views.context import AppContext
from desktop.views.online_sync import online_sync
from desktop.views.widgets import action

NAV_FONT_PX = 14
NAV_PADDING_PX = 14  # left and right of a page's title
# The page list is the one widget with a style sheet (the rest take theirs from desktop.views.look):
# its padded rows would otherwise need a delegate painting in Python through QStyle, whose enums
# alone cost more to create at start than this sheet costs to apply to the list.
NAV_STYLE = f"""
QListWidget {{ background: {look.NAVY}; color: {look.NAV_TEXT}; border: none;
    font-size: {NAV_FONT_PX}px; }}
QListWidget::item {{ padding: 9px {NAV_PADDING_PX}px; }}
QListWidget::item:selected {{ background: {look.NAV_CURRENT}; color: white; }}
"""


def nav_width(titles: list[str]) -> int:
    """The page list's width: 210 px, or wider if its longest title needs it (in NAV_STYLE's font
    and padding), so no title is cut and no scroll bar appears under the list."""
    font = QFont()
    font.setPixelSize(NAV_FONT_PX)
    metrics = QFontMetrics(font)
    widest = max(metrics.horizontalAdvance(title) for title in titles)
    return max(210, widest + 2 * NAV_PADDING_PX + 8)  # 8: the item's frame and a margin


class MainWindow(QMainWindow):
    """The window. What its first screen does not show waits for `first_painted`: Qt's
    namespace of enums (`Qt.…`, some 15 ms to create) is not touched before it, so nothing on
    the way to the first paint names it (tests/views/test_start_path.py)."""

    page_shown = Signal(str)
    first_painted = Signal()  # once, on the event loop's turn after the window's first paint

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._opened_mark = changelog.change_mark(context.db.conn)
        self._set_title()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        self._specs = pages.available(context.station.role)
        self._built: dict[str, QWidget] = {}
        titles = [spec.title().format(level=context.level) for spec in self._specs]
        for title in titles:  # row i is self._specs[i]
            self.nav.addItem(QListWidgetItem(title))
        self.nav.setFixedWidth(nav_width(titles))
        self.nav.currentRowChanged.connect(lambda row: self.show_page(self._specs[row].name))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._painted = False
        # the page list paints in every first paint (it fills its own background; a plain widget
        # covered by its children, as the central one is, may get no paint at all). Its viewport
        # is made here: the one QListWidget made would come to Python through viewport(), which
        # makes PySide6 set up every widget class of QtWidgets to find its type (some 15 ms).
        self._nav_viewport = QWidget()
        self.nav.setViewport(self._nav_viewport)
        self._nav_viewport.installEventFilter(self)
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)
        self.online = online_sync(context, self)
        self._online_status = QLabel(self.online.status_text())
        self._online_status.setObjectName("onlineStatus")
        self.online.status_changed.connect(self._online_status.setText)
        self.statusBar().addWidget(self._online_status)
        context.changes.changed.connect(self.update_status)
        jobs.keeper().writing_changed.connect(self._background_writing)
        self._menus()
        help_menu.install(self, context)
        self.update_status()
        self.nav.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def _set_title(self) -> None:
        station = self.context.station
        self.setWindowTitle(
            tr("Sổ Kết Nghĩa — {station} ({unit})").format(
                station=station.name, unit=station.unit.name
            )
        )

    def rebuild_pages(self, note: str = "") -> None:
        """Build every page again (the database was replaced by a restore), on the same page,
        which repeats `note` when it can say something."""
        current = self._specs[max(0, self.nav.currentRow())].name
        for widget in self._built.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self._opened_mark = None  # a restored database is backed up again when the window closes
        self._set_title()
        self.update_status()
        shown = self.show_page(current)
        if note and hasattr(shown, "say"):
            shown.say(note)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """After changes, a backup copy is made as the window closes (hidden first: the copy of a
        large database takes seconds)."""
        try:
            changed = changelog.change_mark(self.context.db.conn) != self._opened_mark
        except sqlite3.ProgrammingError:  # the database was closed first: nothing to copy
            changed = False
        if changed:
            from desktop.models import backup  # here: the way to the first paint goes without

            self.hide()
            backup.create_quietly(self.context.data_dir, "close")
        super().closeEvent(event)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        quit_action = action(tr("&Quit"), self)
        _shortcut(quit_action, "Ctrl+Q")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        # Ctrl+F to the current page's search box, Ctrl+N for its "New" button, in this window
        # (a QAction's default shortcut context)
        for keys, text, slot in (
            ("Ctrl+F", tr("Go to the search box"), self.focus_search),
            ("Ctrl+N", tr("Add new"), self.new_record),
        ):
            named = action(text, self)  # named: Help > Keyboard shortcuts lists it
            _shortcut(named, keys)
            named.triggered.connect(slot)
            self.addAction(named)

    PREFERRED = (1366, 768)  # the window as designed, on a screen with room for it

    def show_fitted(self) -> None:
        """Show the window sized to the screen's work area (without the taskbar): 1366×768
        where it fits, maximized on a smaller work area (1366×728 beside a Windows taskbar, less
        at 125% scaling), so the bottom is never hidden."""
        screen = self.screen() or QApplication.primaryScreen()
        available = screen.availableGeometry()
        width, height = self.PREFERRED
        # the title bar and borders come on top of the client area
        if available.width() < width + 16 or available.height() < height + 40:
            self.resize(min(width, available.width()), min(height, available.height() - 40))
            self.showMaximized()
        else:
            self.resize(width, height)
            self.show()

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt  # not at import: see the class
        from PySide6.QtWidgets import QLineEdit

        search = getattr(self.stack.currentWidget(), "search", None)
        if isinstance(search, QLineEdit) and search.isEnabled():
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def new_record(self) -> None:
        from PySide6.QtWidgets import QPushButton  # here: its type costs the first paint 1 ms

        button = getattr(self.stack.currentWidget(), "new_button", None)
        if isinstance(button, QPushButton) and button.isEnabled() and not button.isHidden():
            button.click()

    def page(self, name: str) -> QWidget:
        """The page called `name`, built on first use."""
        if name not in self._built:
            spec = next(s for s in self._specs if s.name == name)
            widget = spec.build(self.context)
            if hasattr(widget, "restored"):
                widget.restored.connect(self.rebuild_pages)
            self._built[name] = widget
            self.stack.addWidget(widget)
        return self._built[name]

    def show_page(self, name: str) -> QWidget:
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        row = next(i for i, s in enumerate(self._specs) if s.name == name)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.page_shown.emit(name)
        return widget

    def page_names(self) -> list[str]:
        return [spec.name for spec in self._specs]

    def _background_writing(self, writing: bool) -> None:
        if writing:
            self.statusBar().showMessage(
                tr("A background task is writing: saving waits until it ends.")
            )
        else:
            self.statusBar().clearMessage()

    def update_status(self, *_: object) -> None:
        station = self.context.station
        conn = self.context.db.conn
        if self.context.is_hub:
            from sync import ledger  # a commune's window starts without it

            enrolled = ledger.enrolled_count(conn)
            text = tr("{station} · {unit} · {count} commune stations enrolled").format(
                station=station.name, unit=station.unit.name, count=enrolled
            )
        else:
            text = tr(
                "{station} · {unit} · {pending} changes not yet acknowledged by the district"
            ).format(
                station=station.name, unit=station.unit.name, pending=changelog.pending_count(conn)
            )
        clock = hlc.clock_warning(self.context.db.conn)
        if clock:
            text += " · " + clock
        if self.context.data_dir.backup_settings.exists():  # a second place may be chosen
            from desktop.models import backup

            reminder = backup.second_place_reminder(self.context.data_dir)
            if reminder:
                text += " · " + reminder
        self._status.setText(text)


def _shortcut(action: QAction, keys: str) -> None:
    """Give `action` the shortcut `keys`. As a list: PySide's choice between the overloads of
    setShortcut() creates Qt's namespace of enums, which the first paint does without."""
    action.setShortcuts([QKeySequence(keys)])
