"""The Help menu: the user guide (F1), the keyboard shortcuts, and "About".

Only the menu is made with the window; its windows (views/help_dialogs.py) are imported when one
is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from desktop.i18n import tr
from desktop.views.context import AppContext
from desktop.views.widgets import action

if TYPE_CHECKING:
    from desktop.views.main_window import MainWindow


def install(window: MainWindow, context: AppContext) -> None:
    """Add the Help menu to `window`'s menu bar."""
    menu = window.menuBar().addMenu(tr("&Help"))
    guide = action(tr("&User guide"), window)
    # F1, as a list: PySide's choice between setShortcut()'s overloads creates Qt's namespace
    guide.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
    # F1 in every window of the program, from the window's first paint on (naming the context
    # before it would create Qt's namespace of enums on the way to that paint)
    window.first_painted.connect(lambda: _everywhere(guide))
    guide.triggered.connect(lambda: _dialogs().show_guide(window))
    shortcuts = action(tr("&Keyboard shortcuts"), window)
    shortcuts.triggered.connect(lambda: _dialogs().ShortcutsDialog(window).exec())
    about = action(tr("&About Sổ Kết Nghĩa"), window)
    about.triggered.connect(lambda: _dialogs().AboutDialog(context, window).exec())
    for item in (guide, shortcuts, about):
        menu.addAction(item)
        window.addAction(item)  # the shortcut works while the menu bar is hidden too


def _everywhere(action: QAction) -> None:
    from PySide6.QtCore import Qt

    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)


def _dialogs():
    from desktop.views import help_dialogs

    return help_dialogs
