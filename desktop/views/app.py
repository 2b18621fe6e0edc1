"""Starting the window: the Qt application, translations, the log and the crash dialog, one
window per data folder, the first-run wizard, screenshots."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import resources
from desktop import i18n, paths, session
from desktop.i18n import tr
from desktop.models import files, station, store
from desktop.models.errors import UserError
from desktop.views import crash_hook, jobs, single_instance
from desktop.views.context import AppContext, Changes
from desktop.views.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

# Set by the startup benchmark: print the time of the first paint and quit.
EXIT_AFTER_PAINT = "KETNGHIA_EXIT_AFTER_PAINT"


def application(language: str, argv: list[str] | None = None, *, icon: bool = True) -> QApplication:
    """The Qt application; without `icon`, the caller gives it the program's icon later (the
    window, after its first paint: the icon's type and pictures cost that paint some 4 ms)."""
    app = QApplication.instance() or QApplication(["ketnghia", *(argv or [])])
    app.setApplicationName("Sổ Kết Nghĩa")
    app.setOrganizationName("ketnghia")
    if icon:
        app.setWindowIcon(program_icon())
    i18n.install(language)
    return app


def program_icon() -> QIcon:
    """The program's icon (resources/icons, rendered by installer/icons.py)."""
    from PySide6.QtGui import QIcon  # here: the window sets it after its first paint

    icon = QIcon()
    folder = resources.path("icons")
    for size in (16, 32, 48, 256):
        icon.addFile(str(folder / f"ketnghia-{size}.png"))
    return icon


class _FirstPaint(QObject):
    """Quits the application on the first paint of the watched widget (startup benchmark)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def _daily_backup(window: MainWindow) -> None:
    """The day's first backup, made off the UI thread (it only reads the database)."""
    from desktop.views.jobs import Job, start_job

    def work(data_dir: paths.DataDir, _db, _job) -> list[str]:
        from desktop.models import backup

        if not backup.daily_due(data_dir):
            return []
        _, problem = backup.create_quietly(data_dir, "daily")
        return [problem] if problem else []

    job = Job(window.context.data_dir, work, writes=False)
    job.signals.finished.connect(
        lambda notices: window.statusBar().showMessage(" ".join(notices)) if notices else None
    )
    job.signals.failed.connect(window.statusBar().showMessage)
    start_job(job)


def _once_painted(window: MainWindow, action: Callable[[], object]) -> None:
    """Run `action` once: on the event loop's turn after the window's first paint, or after
    three seconds if the window has not painted by then (a locked screen, a window that
    opens hidden), so that the day's backup is never skipped."""
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    window.first_painted.connect(once)
    QTimer.singleShot(3000, once)


def run_app(
    data_dir_override: str | None,
    language: str,
    qt_args: list[str],
    open_file: str | None = None,
) -> int:
    """Open the window; with `open_file` (a bundle file), show the exchange page and offer to
    import it."""
    app = application(language, qt_args, icon=False)
    data_dir = paths.resolve(data_dir_override)
    instance = single_instance.Instance(data_dir, app)
    if not instance.claim():
        if single_instance.hand_over(data_dir, open_file):
            return 0  # the window already open on this folder took the file
        _refuse(
            tr("Sổ Kết Nghĩa"),
            tr(
                "Sổ Kết Nghĩa is already open on this data folder but does not answer; close "
                "that window (or restart the computer) and try again."
            ),
        )
        return 1
    session.start(data_dir)
    window: MainWindow | None = None
    crash_hook.install(lambda: window)
    log.info("window opening on %s", data_dir.root)
    try:
        db = store.open_database(data_dir, create=True, daily_backup=False)
        if not store.is_initialized(db):
            from desktop.views.setup_wizard import SetupWizard

            app.setWindowIcon(program_icon())
            wizard = SetupWizard(data_dir, db)
            if not wizard.exec():
                return 1
        jobs.guard_writes(db)
        context = AppContext(db, data_dir, station.info(db), Changes())
    except UserError as exc:
        log.info("cannot open the data: %s", exc.message)
        _refuse(tr("Sổ Kết Nghĩa cannot open its data"), exc.message)
        return 1
    window = MainWindow(context)
    if db.notices:
        from PySide6.QtWidgets import QMessageBox  # here: most starts have nothing to tell

        for notice in db.notices:
            QMessageBox.warning(None, tr("Sổ Kết Nghĩa"), notice)
    if os.environ.get(EXIT_AFTER_PAINT):
        watcher = _FirstPaint(window)
        window.page("overview").installEventFilter(watcher)
    window.show_fitted()
    # after the first paint: the backup's connection and thread, and QtNetwork (15 ms)
    _once_painted(window, lambda: _daily_backup(window))
    instance.received.connect(lambda path: receive(window, path))
    _once_painted(window, instance.listen)
    _once_painted(window, lambda: app.setWindowIcon(program_icon()))
    if open_file:
        QTimer.singleShot(0, lambda: receive(window, open_file))
    code = app.exec()
    jobs.wait_for_jobs(10_000)  # let background work (a backup) end while its objects exist
    from desktop.views import counting  # here: the first paint has no list to count

    counting.wait_for_counts(10_000)  # and a list's count: its connection closed before ours
    log.info("window closed")
    instance.close()
    store.close(context.db)  # a clean shutdown: the WAL checkpointed and removed
    return code


def _refuse(title: str, text: str) -> None:
    """Say why the window cannot open (QMessageBox imported only then)."""
    from PySide6.QtWidgets import QMessageBox

    QApplication.setWindowIcon(program_icon())
    QMessageBox.critical(None, title, text)


def receive(window: MainWindow, open_file: str | None) -> None:
    """A file handed to this window (on start, or by a second start): to the front, offer it."""
    log.info("window asked to open %s", open_file or "(no file: come forward)")
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    if open_file:
        from desktop.views.bundle_import import open_bundle_on_start

        open_bundle_on_start(window, Path(open_file))


def screenshot(
    data_dir: paths.DataDir, language: str, page: str, out: str, size: tuple[int, int]
) -> None:
    """Render `page` of the main window at `size` into the PNG file `out` (read-only)."""
    app = application(language)
    db = store.open_database(data_dir, read_only=True)
    store.require_station(db)
    context = AppContext(db, data_dir, station.info(db), Changes())
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
        jobs.wait_for_jobs(30_000)
    target = Path(out)
    image = QWidget.grab(window)
    try:
        with files.atomic_target(target) as temporary:
            if not image.save(str(temporary), "PNG"):
                raise UserError(tr("Could not write the picture to {path}.").format(path=target))
    except OSError as exc:
        raise UserError(tr("Could not write the picture to {path}.").format(path=target)) from exc
    window.close()


if __name__ == "__main__":
    sys.exit(run_app(None, i18n.DEFAULT_LANGUAGE, []))
