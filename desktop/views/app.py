"""Starting the window: the Qt application, translations, the first-run wizard, screenshots."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import i18n, paths
from desktop.i18n import tr
from desktop.models import station, store
from desktop.models.errors import UserError
from desktop.views.context import AppContext, Changes
from desktop.views.main_window import MainWindow

# Set by the startup benchmark: print the time of the first paint and quit.
EXIT_AFTER_PAINT = "KETNGHIA_EXIT_AFTER_PAINT"


def application(language: str, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(["ketnghia", *(argv or [])])
    app.setApplicationName("Sổ Kết Nghĩa")
    app.setOrganizationName("ketnghia")
    i18n.install(language)
    return app


def open_context(data_dir: paths.DataDir) -> AppContext:
    db = store.open_database(data_dir, create=True)
    return AppContext(db, data_dir, station.info(db), Changes())


class _FirstPaint(QObject):
    """Quits the application on the first paint of the watched widget (startup benchmark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def run_app(
    data_dir_override: str | None,
    language: str,
    qt_args: list[str],
    open_file: str | None = None,
) -> int:
    """Open the window; with `open_file` (a bundle file), show the exchange page and offer to
    import it."""
    app = application(language, qt_args)
    data_dir = paths.resolve(data_dir_override)
    try:
        db = store.open_database(data_dir, create=True)
        if not store.is_initialized(db):
            from desktop.views.setup_wizard import SetupWizard

            wizard = SetupWizard(data_dir, db)
            if not wizard.exec():
                return 1
        context = AppContext(db, data_dir, station.info(db), Changes())
    except UserError as exc:
        QMessageBox.critical(None, tr("Sổ Kết Nghĩa cannot open its data"), exc.message)
        return 1
    window = MainWindow(context)
    window.fit_to_screen()
    if os.environ.get(EXIT_AFTER_PAINT):
        watcher = _FirstPaint(window)
        window.page("overview").installEventFilter(watcher)
    window.show()
    if open_file:
        from desktop.views.bundle_import import open_bundle_on_start

        QTimer.singleShot(0, lambda: open_bundle_on_start(window, Path(open_file)))
    return app.exec()


def screenshot(
    data_dir: paths.DataDir, language: str, page: str, out: str, size: tuple[int, int]
) -> None:
    """Render `page` of the main window at `size` into the PNG file `out`."""
    app = application(language)
    context = open_context(data_dir)
    store.require_station(context.db)
    window = MainWindow(context)
    if page not in window.page_names():
        raise UserError(
            tr("Unknown page “{page}”; pages: {pages}.").format(
                page=page, pages=", ".join(window.page_names())
            )
        )
    window.resize(*size)
    window.show_page(page)
    window.show()
    # A one-shot offscreen render, not a UI wait: lay out and paint, let what follows the first
    # paint (overview charts) and background work (a survey comparison) land, then grab.
    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
    target = Path(out)
    image = QWidget.grab(window)
    if not image.save(str(target), "PNG"):
        raise UserError(tr("Could not write the picture to {path}.").format(path=target))
    window.close()


if __name__ == "__main__":
    sys.exit(run_app(None, i18n.DEFAULT_LANGUAGE, []))
