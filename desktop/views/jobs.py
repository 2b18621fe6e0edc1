"""Work off the UI thread (sync, imports, documents, slow figures): a QRunnable with its own
database connection reporting through signals, and a progress dialog that appears only when the
work takes a while and can cancel it.

The work is a plain function `work(data_dir, db, job)` calling models/, documents/ or sync/; it
calls `job.report(done, total, item)` as it goes and stops early when `job.cancelled` is set.
Errors the user or the environment caused arrive as one sentence in `failed`; bugs propagate.

While a job runs, Python's cyclic garbage collector is paused: garbage may hold Qt widgets,
which must never be destroyed on the worker thread (a collection triggered there crashes the
program). The GUI thread collects when the last job has ended.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.i18n import tr
from desktop.models import store
from desktop.models.db import Database, storage_error
from desktop.models.errors import UserError
from desktop.paths import DataDir

PROGRESS_DELAY_MS = 400

Work = Callable[[DataDir, Database, "Job"], Any]


class JobSignals(QObject):
    progress = Signal(int, int, object)  # done, total, the item just finished (or None)
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one sentence for the user
    ended = Signal(object)  # the job, whatever happened (for the _Jobs keeper)


class Job(QRunnable):
    """One piece of work on the thread pool."""

    def __init__(self, data_dir: DataDir, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; _Jobs keeps it alive while it runs
        self.data_dir = data_dir
        self.work = work
        self.signals = JobSignals()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def report(self, done: int, total: int, item: object = None) -> None:
        self.signals.progress.emit(done, total, item)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.signals.ended.emit(self)

    def _run(self) -> None:
        db = None
        try:
            db = store.open_database(self.data_dir)
            result = self.work(self.data_dir, db, self)
        except UserError as exc:
            self.signals.failed.emit(exc.message)
            return
        except sqlite3.Error as exc:
            self.signals.failed.emit(storage_error(exc).message)
            return
        except OSError as exc:
            self.signals.failed.emit(
                tr("The file {name} could not be used ({reason}).").format(
                    name=exc.filename or "", reason=exc.strerror or exc
                )
            )
            return
        finally:
            if db is not None:
                db.conn.close()
        self.signals.finished.emit(result)


class _Jobs(QObject):
    """Lives on the GUI thread: holds running jobs (so a job outlives a page closed meanwhile,
    and is freed on the GUI thread) and pauses the cyclic garbage collector while any runs."""

    def __init__(self) -> None:
        super().__init__()
        self.running: set[Job] = set()
        self.collector_was_on = True

    def start(self, job: Job) -> None:
        if not self.running:
            self.collector_was_on = gc.isenabled()
            gc.disable()
        self.running.add(job)
        job.signals.ended.connect(self.ended)
        QThreadPool.globalInstance().start(job)

    @Slot(object)
    def ended(self, job: Job) -> None:
        self.running.discard(job)
        if not self.running and self.collector_was_on:
            gc.enable()
            gc.collect()


_jobs: _Jobs | None = None


def running() -> bool:
    """Whether any background job of this process is still running."""
    return _jobs is not None and bool(_jobs.running)


def start_job(job: Job) -> None:
    """Run `job` on the thread pool (call on the GUI thread)."""
    global _jobs
    if _jobs is None:
        _jobs = _Jobs()
    _jobs.start(job)


class JobRunner(QObject):
    """Starts jobs one at a time for a page and shows their progress after a short delay."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._callbacks: tuple[Callable[[Any], None] | None, ...] = (None, None)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(
        self,
        data_dir: DataDir,
        work: Work,
        label: str,
        *,
        on_progress: Callable[[int, int, object], None] | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
        cancel_label: str | None = None,
    ) -> Job:
        if self.job is not None:
            raise UserError(tr("Another exchange is still running; wait until it ends."))
        job = Job(data_dir, work)
        self.job = job
        self._label = label
        self._cancel_label = cancel_label or tr("Stop after this file")
        self._last = (0, 0)
        job.signals.progress.connect(self._progress)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        self._callbacks = (on_finished, on_failed)
        # Bound methods of this QObject: Qt drops the connections if the page goes away first.
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.busy_changed.emit(True)
        self._timer.start(PROGRESS_DELAY_MS)
        start_job(job)
        return job

    def set_label(self, text: str) -> None:
        """Change what the progress dialog says (now, if it shows; else when it appears)."""
        self._label = text
        if self._dialog is not None:
            self._dialog.setLabelText(text)

    def _show_dialog(self) -> None:
        if self.job is None:
            return
        dialog = QProgressDialog(self._label, self._cancel_label, 0, 0, self._parent)
        dialog.setWindowTitle(tr("Sổ Kết Nghĩa"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        job = self.job
        dialog.canceled.connect(job.cancel)
        self._dialog = dialog
        self._progress(*self._last, None)
        dialog.show()

    def _progress(self, done: int, total: int, _item: object) -> None:
        self._last = (done, total)
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _finished(self, result: object) -> None:
        self._done(self._callbacks[0], result)

    def _failed(self, message: str) -> None:
        self._done(self._callbacks[1], message)

    def _done(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.job = None
        self.busy_changed.emit(False)
        if callback is not None:
            callback(value)
