"""The Help menu's windows: the user guide, the keyboard shortcuts, and "About".

The guide is the Markdown of docs/huong-dan/ shipped with the program, shown in a QTextBrowser
that follows the links between its chapters. The shortcuts are read from the window itself (every
QAction and QShortcut that has a key), so a shortcut added anywhere is listed without a registry
to keep in step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import help
from desktop.i18n import tr
from desktop.views.context import AppContext


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shrinks the guide's pictures (screenshots of a 1366×768 window) to the
    width of the page, so a chapter reads without scrolling sideways."""

    PICTURE_WIDTH = 900

    def loadResource(self, kind: int, url: QUrl) -> object:
        data = super().loadResource(kind, url)
        if kind != QTextDocument.ResourceType.ImageResource.value or data is None:
            return data
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        if image.width() > self.PICTURE_WIDTH:
            image = image.scaledToWidth(
                self.PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation
            )
        return image


class GuideWindow(QWidget):
    """The user guide: its chapters as Markdown, with back/home buttons and the links between
    chapters followed inside the window."""

    def __init__(self, folder, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(tr("Sổ Kết Nghĩa — User guide"))
        self.resize(980, 720)
        self.browser = GuideBrowser()
        self.browser.zoomIn(1)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(folder)])
        self.home_url = QUrl.fromLocalFile(str(folder / help.GUIDE_INDEX))
        self.browser.setSource(self.home_url)
        back = QPushButton(tr("Back"))
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        home = QPushButton(tr("Contents"))
        home.clicked.connect(self.go_home)
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(home)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)

    def go_home(self) -> None:
        self.browser.setSource(self.home_url)


def show_guide(window: QMainWindow) -> QWidget | None:
    """Open (or raise) the guide window; say so when this copy of the program has no guide."""
    folder = help.guide_dir()
    if folder is None:
        QMessageBox.warning(
            window,
            tr("User guide"),
            tr("The user guide is not installed with this copy of the program."),
        )
        return None
    guide = window.findChild(GuideWindow, "guideWindow")
    if guide is None:
        guide = GuideWindow(folder, window)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def standard_key_names() -> list[tuple[QKeySequence.StandardKey, str]]:
    """What a shortcut on a standard key does, for QShortcuts that do not say it themselves."""
    keys = QKeySequence.StandardKey
    return [
        (keys.Find, tr("Go to the search box")),
        (keys.New, tr("Add new")),
        (keys.Open, tr("Open the selected record")),
        (keys.Delete, tr("Delete the selected records")),
        (keys.Save, tr("Save")),
        (keys.Print, tr("Print")),
        (keys.Refresh, tr("Refresh")),
        (keys.Close, tr("Close")),
        (keys.Quit, tr("Quit")),
    ]


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every QAction of `window` and its pages that has a key, and every
    QShortcut (described by its whatsThis, or by the standard key it is bound to), sorted by what
    they do. Pages not yet built are built first: their shortcuts exist only then."""
    for name in window.page_names():
        window.page(name)
    native = QKeySequence.SequenceFormat.NativeText
    rows: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        for sequence in action.shortcuts():
            if text and not sequence.isEmpty():
                rows.add((sequence.toString(native), text))
    standard = standard_key_names()
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key()
        if key.isEmpty():
            continue
        text = shortcut.whatsThis() or next(
            (name for std, name in standard if key in QKeySequence.keyBindings(std)), ""
        )
        if text:
            rows.add((key.toString(native), text))
    return sorted(rows, key=lambda row: (row[1], row[0]))


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Keys"), tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)


class AboutDialog(QDialog):
    """Version, licence, where the data and the log are, and which reference data is in use."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Sổ Kết Nghĩa"))
        facts = help.about(context.data_dir, context.db.conn)
        reference = facts.reference_in_use or tr("not loaded")
        if facts.reference_in_use and facts.reference_in_use != facts.reference_shipped:
            reference = tr("{in_use} (the program came with {shipped})").format(
                in_use=facts.reference_in_use, shipped=facts.reference_shipped
            )
        lines = [
            (tr("Version"), facts.version),
            (
                tr("Licence"),
                tr("{licence} — free software: you may copy, change and share it").format(
                    licence=facts.licence
                ),
            ),  # fmt: skip
            (tr("Data folder"), str(facts.data_dir)),
            (tr("Log file"), str(facts.log_file) if facts.log_file else tr("none yet")),
            (tr("Reference data"), reference),
            (tr("Station"), f"{context.station.name} ({context.station.unit.name})"),
        ]
        self.text = QLabel(
            "<h2>Sổ Kết Nghĩa</h2><table cellspacing='6'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{_escape(v)}</td></tr>" for k, v in lines)
            + "</table>"
        )
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        self.setMinimumWidth(560)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A button box with one "Close" button in Vietnamese (Qt's standard buttons are not
    translated: PySide6 ships no Vietnamese Qt translation)."""
    buttons = QDialogButtonBox()
    buttons.addButton(tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
