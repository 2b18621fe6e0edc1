"""The Help menu: F1 opens the user guide shipped with the program, "About" says the version,
licence, data folder and reference data, and the shortcuts dialog lists the window's keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QApplication, QPushButton

from desktop import help
from desktop.models import reference
from desktop.version import version
from desktop.views.help_dialogs import AboutDialog, GuideWindow, ShortcutsDialog
from desktop.views.main_window import MainWindow


def make_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def help_action(window: MainWindow, text: str) -> QAction:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "Trợ &giúp"]
    return next(a for a in menu.actions() if a.text() == text)


def button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_f1_opens_the_guide_and_its_chapters_with_their_pictures(qtbot, context):
    window = make_window(qtbot, context)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow, "guideWindow")
    assert guide is not None and guide.isVisible()
    contents = guide.browser.toPlainText()
    assert "Hướng dẫn sử dụng Sổ Kết Nghĩa" in contents and "Bắt đầu nhanh" in contents
    # what a click on the contents' first link does
    guide.browser.setSource(QUrl.fromLocalFile(str(help.guide_dir() / "01-bat-dau-nhanh.md")))
    assert "Đăng ký với thành phố" in guide.browser.toPlainText()
    picture = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("anh/overview.png")
    )
    assert picture is not None and not picture.isNull()
    qtbot.mouseClick(button(guide, "Quay lại"), Qt.MouseButton.LeftButton)
    assert guide.browser.toPlainText() == contents
    qtbot.keyClick(window, Qt.Key.Key_F1)  # a second F1 raises the same window
    assert window.findChildren(GuideWindow) == [guide]


def test_about_names_version_licence_data_folder_and_reference_data(qtbot, context):
    window = make_window(qtbot, context)
    seen: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.text.text())
        qtbot.mouseClick(button(dialog, "Đóng"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, read_and_close)
    help_action(window, "Giới &thiệu Sổ Kết Nghĩa").trigger()
    (text,) = seen
    assert version() in text
    assert "GPL-3.0-or-later" in text
    assert str(context.data_dir.root) in text
    assert reference.stored_version(context.db.conn) in text
    assert "Tệp nhật ký" in text and "Máy UBND xã La Dêê" in text


def test_about_names_the_newest_log_file(qtbot, context):
    log = context.data_dir.root / "ketnghia.log"
    log.write_text("started\n")
    dialog = AboutDialog(context)
    qtbot.addWidget(dialog)
    assert str(log) in dialog.text.text()


def test_shortcuts_lists_every_key_of_the_window_and_its_pages(qtbot, context):
    window = make_window(qtbot, context)
    page = window.page("needs")
    extra = QAction("Làm mới danh sách nhu cầu", page)
    extra.setShortcut(QKeySequence("Ctrl+Shift+R"))
    page.addAction(extra)
    search = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), page)  # says nothing itself
    described = QShortcut(QKeySequence("Ctrl+Shift+E"), page)
    described.setWhatsThis("Xuất danh sách nhu cầu")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    assert ("F1", "Hướng dẫn sử dụng") in rows
    assert ("Ctrl+Shift+R", "Làm mới danh sách nhu cầu") in rows
    assert (search.key().toString(), "Đến ô tìm kiếm") in rows
    assert ("Ctrl+Shift+E", "Xuất danh sách nhu cầu") in rows
    assert all(keys and text and "&" not in text for keys, text in rows)


def test_the_shortcuts_dialog_opens_from_the_menu(qtbot, context):
    window = make_window(qtbot, context)
    opened: list[int] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        opened.append(dialog.table.rowCount())
        dialog.reject()

    QTimer.singleShot(0, close)
    help_action(window, "&Phím tắt").trigger()
    assert opened and opened[0] >= 1


def test_the_program_has_its_icon(qapp):
    from desktop.views.app import application, program_icon

    application("vi")  # what the program does on start: it sets the window icon
    icon = program_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} >= {16, 32, 48, 256}
    assert not qapp.windowIcon().isNull()
