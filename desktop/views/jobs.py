"""Work off the UI thread (sync, imports, documents, slow figures): a QRunnable with its own
database connection reporting through signals, and a progress dialog that appears only when the
work takes a while and can cancel it.

The work is a plain function `work(data_dir, db, job)` calling models/, documents/ or sync/; it
calls `job.report(done, total, item)` as it goes and stops early when `job.cancelled` is set.
Every job ends with `finished` or `failed`: errors the user or the environment caused arrive as
one sentence; a bug is logged with its traceback and arrives as the "program error, see the
log" sentence, so nothing is left busy.

One writer: jobs that write (the default) run one at a time on their own single-thread pool, as
Anki runs collection work on one executor, and while one runs or waits the window's own
connection refuses to begin a transaction (`write_guard`), saying to wait, instead of waiting
five seconds on its own job's lock and blaming another program. Jobs that only read
(`writes=False`) run beside them on the global pool.

While a job runs, Python's cyclic garbage collector is paused: garbage may hold Qt widgets,
which must never be destroyed on the worker thread (a collection triggered there crashes the
program). The GUI thread collects when the last job has ended. Other work off the GUI thread
(a list's row count, desktop/views/counting.py) pauses it the same way.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop import logs
from desktop.i18n import tr
from desktop.models.db import Database, connect, interrupted, storage_error
from desktop.models.errors import UserError, file_error
from desktop.paths import DataDir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 400

Work = Callable[[DataDir, Database, "Job"], Any]


class JobSignals(QObject):
    progress = Signal(int, int, object)  # done, total, the item just finished (or None)
    finished = Signal(object)  # the work's result
    failed = Signal(str)  # one sentence for the user
    ended = Signal(object)  # the job, whatever happened (for the _Jobs keeper)


class Job(QRunnable):
    """One piece of work on the thread pool."""

    def __init__(self, data_dir: DataDir, work: Work, *, writes: bool = True) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; _Jobs keeps it alive while it runs
        self.data_dir = data_dir
        self.work = work
        self.writes = writes
        self.signals = JobSignals()
        self.cancelled = False
        self._conn: sqlite3.Connection | None = None  # the work's, while it runs
        self._conn_lock = threading.Lock()  # the connection is not closed while interrupted
        self._stopping = False  # interrupt() was called

    def cancel(self) -> None:
        self.cancelled = True

    def interrupt(self) -> None:
        """Cancel, and stop the query the work is running now (the program is quitting): the
        job ends with `failed` saying it was stopped, not with a program error."""
        with self._conn_lock:
            self.cancelled = True
            self._stopping = True
            if self._conn is not None:
                self._conn.interrupt()

    def report(self, done: int, total: int, item: object = None) -> None:
        self.signals.progress.emit(done, total, item)

    def run(self) -> None:
        try:
            self._run()
        finally:
            self._emit(self.signals.ended, self)

    def _emit(self, signal: Any, *args: object) -> None:
        # While the program quits, Qt may delete the signals' object before a job ends: there
        # is nobody left to tell, and the worker thread must end quietly.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def _run(self) -> None:
        name = getattr(self.work, "__qualname__", repr(self.work))
        started = time.monotonic()
        log.info("job %s started", name)
        db = None
        try:
            # The window has opened (and migrated) the database already: a plain connection.
            db = Database(connect(self.data_dir.database))
            with self._conn_lock:
                self._conn = db.conn
                stopped = self._stopping  # before its work began: it does not begin
            result = None if stopped else self.work(self.data_dir, db, self)
        except BaseException as exc:
            if self._stopping and interrupted(exc):
                self._stopped(name)
                return
            message = failure_message(exc)
            log.info("job %s failed: %s", name, message)
            self._emit(self.signals.failed, message)
            return
        finally:
            if db is not None:
                with self._conn_lock:
                    self._conn = None
                db.conn.close()
        if stopped:
            self._stopped(name)
            return
        log.info("job %s done in %.1f s", name, time.monotonic() - started)
        self._emit(self.signals.finished, result)

    def _stopped(self, name: str) -> None:
        log.info("job %s stopped", name)
        self._emit(self.signals.failed, tr("Stopped before the end."))


def failure_message(exc: BaseException) -> str:
    """One sentence for the user about `exc`; a bug is logged with its traceback first."""
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, sqlite3.Error):
        error = storage_error(exc)
        if error is not None:
            return error.message
    elif isinstance(exc, OSError):
        return file_error(exc).message
    return logs.bug_sentence(logs.log_bug(exc))


class _Jobs(QObject):
    """Lives on the GUI thread: holds running jobs (so a job outlives a page closed meanwhile,
    and is freed on the GUI thread), runs writing jobs one at a time, and pauses the cyclic
    garbage collector while any runs."""

    writing_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.running: set[Job] = set()
        self.holders: set[object] = set()  # whatever runs Python off the GUI thread
        self.collector_was_on = True
        self.collect_due = False
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)

    @property
    def writing(self) -> bool:
        return any(job.writes for job in self.running)

    def pause_collector(self, holder: object) -> None:
        """Keep the cyclic garbage collector off until `holder` is released (GUI thread)."""
        if not self.holders:
            self.collector_was_on = gc.isenabled()
            gc.disable()
        self.holders.add(holder)

    def resume_collector(self, holder: object, collect: bool = True) -> None:
        """Release `holder`; the last one turns the collector back on, collecting at once if
        any holder asked to (a job's garbage; a list's count makes too little to be worth a
        full collection on every keystroke)."""
        self.holders.discard(holder)
        self.collect_due = self.collect_due or collect
        if not self.holders and self.collector_was_on:
            gc.enable()
            if self.collect_due:
                gc.collect()
            self.collect_due = False

    def start(self, job: Job) -> None:
        self.pause_collector(job)
        was_writing = self.writing
        self.running.add(job)
        job.signals.ended.connect(self.ended)
        (self.writer if job.writes else QThreadPool.globalInstance()).start(job)
        if self.writing != was_writing:
            self.writing_changed.emit(True)

    @Slot(object)
    def ended(self, job: Job) -> None:
        was_writing = self.writing
        self.running.discard(job)
        if was_writing and not self.writing:
            self.writing_changed.emit(False)
        self.resume_collector(job)

    def wait(self, msecs: int) -> None:
        self.writer.waitForDone(msecs)
        QThreadPool.globalInstance().waitForDone(msecs)


_jobs: _Jobs | None = None


def running() -> bool:
    """Whether any background job of this process is still running."""
    return _jobs is not None and bool(_jobs.running)


def keeper() -> _Jobs:
    """The one keeper of running jobs (made on the GUI thread at first use)."""
    global _jobs
    if _jobs is None:
        _jobs = _Jobs()
    return _jobs


def start_job(job: Job) -> None:
    """Run `job` on the thread pool (call on the GUI thread)."""
    keeper().start(job)


def wait_for_jobs(msecs: int) -> None:
    """Block until every job has ended (screenshots and quitting only, never in a page)."""
    keeper().wait(msecs)


def guard_writes(db: Database) -> None:
    """Make `db` (the window's connection) refuse to write while a background job writes."""

    def guard() -> None:
        if keeper().writing:
            raise UserError(
                tr(
                    "A background task (an import, an exchange or a document) is writing to the "
                    "database; wait until it ends, then save again."
                )
            )

    db.write_guard = guard


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
        self.message_box: QMessageBox | None = None  # the last failure said by the runner

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
        writes: bool = True,
    ) -> Job:
        if self.job is not None:
            raise UserError(tr("Another exchange is still running; wait until it ends."))
        job = Job(data_dir, work, writes=writes)
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
        job.signals.ended.connect(self._ended)
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
        from PySide6.QtWidgets import QProgressDialog  # here: most jobs end before it shows

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
        if self._callbacks[1] is None:  # nobody else tells the user: say it here
            from PySide6.QtCore import Qt  # not at import: the window's start does without them
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Warning, tr("Sổ Kết Nghĩa"), message, parent=self._parent
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.message_box = box
        self._done(self._callbacks[1], message)

    def _ended(self, job: Job) -> None:
        # finished or failed came first (same sender thread, queued in order); this only acts
        # if neither could be emitted, so that the runner is never left busy.
        if self.job is job:
            self._failed(logs.bug_sentence(logs.current_path()))

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
