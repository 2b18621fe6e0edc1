"""A list's row count off the UI thread, for lists whose count scans many rows.

The table shows its first page as soon as it is read; how many rows match a search of a common
word can only be known by testing every row (100,000 households: more than the page and its
painting together), and the officer typing a name waits for the rows, not for the figure. So a
lazy table (desktop/views/sqltable.py) asks `start_count` for the count of a query it has just
shown a full first page of, and takes the figure when `Count.signals.ended` brings it.

One worker thread counts on its own connection, one query at a time: a count that a newer one
made useless (the next keystroke) is cancelled, interrupted if it is running, and its
figure never reaches a table (each table keeps only its latest request). Python's garbage
collector is paused while a count runs, as for every job (desktop/views/jobs.py). The worker
keeps the normal priority: a thread of lower priority holding the GIL while the system runs
others would hold up the window's thread with it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.models import listing, store
from desktop.models.db import Database, connect
from desktop.models.listing import Query
from desktop.views import jobs

log = logging.getLogger(__name__)


class CountSignals(QObject):
    ended = Signal(object, object)  # the request, its count (None: cancelled or failed)


class Count(QRunnable):
    """One query to count on the worker thread."""

    def __init__(self, counter: _Counter, path: Path, query: Query) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; the counter keeps it until it has ended
        self.counter = counter
        self.path = path
        self.query = query
        self.cancelled = False
        self.signals = CountSignals()

    def cancel(self) -> None:
        """Its figure is no longer wanted: skip it, or interrupt it if it is being counted."""
        self.cancelled = True
        self.counter.interrupt(self)

    def run(self) -> None:
        count = None
        try:
            if not self.cancelled:
                count = self.counter.count(self)
        except sqlite3.OperationalError as exc:
            if not self.cancelled:  # interrupted because cancelled: nothing to say
                log.warning("counting in the background failed: %s", exc)
        except BaseException:
            log.exception("counting in the background failed")
        finally:
            # While the program quits, Qt may delete the signals' object first: nobody is left
            # to tell, and the worker thread must end quietly.
            with contextlib.suppress(RuntimeError):
                self.signals.ended.emit(self, count)


class _Counter(QObject):
    """Lives on the GUI thread: the worker, its connection and the requests not yet ended."""

    def __init__(self) -> None:
        super().__init__()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pending: set[Count] = set()
        self._lock = threading.Lock()  # guards `_running` against interrupting the next count
        self._running: tuple[Count, sqlite3.Connection] | None = None
        self._conn: sqlite3.Connection | None = None  # the worker's, to `_file`
        self._file: tuple[Path, int, int] | None = None

    def start(self, path: Path, query: Query, receiver: Callable[[Count, int | None], None]):
        request = Count(self, path, query)
        jobs.keeper().pause_collector(request)
        self.pending.add(request)
        # connected before it starts: a quick count could end before a later connection
        request.signals.ended.connect(self._ended)
        request.signals.ended.connect(receiver)
        self.pool.start(request)
        return request

    @Slot(object, object)
    def _ended(self, request: Count, _count: object) -> None:
        self.pending.discard(request)
        jobs.keeper().resume_collector(request, collect=False)

    # ---- on the worker thread ------------------------------------------------------------

    def count(self, request: Count) -> int | None:
        conn = self._connection(request.path)
        with self._lock:
            if request.cancelled:
                return None
            self._running = (request, conn)
        try:
            return listing.count(Database(conn), request.query)
        finally:
            with self._lock:
                self._running = None

    def _connection(self, path: Path) -> sqlite3.Connection:
        """The worker's connection to `path`, opened again when it is another file (opening
        one costs more than most counts: the schema is read again)."""
        stat = path.stat()
        file = (path, stat.st_dev, stat.st_ino)
        if self._conn is None or self._file != file:
            self.close()
            # the window has opened (and migrated) the database already: a plain connection
            self._conn, self._file = connect(path), file
        return self._conn

    def close(self) -> None:
        """Close the worker's connection (no count running: on the worker or after waiting)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # ---- from the GUI thread -------------------------------------------------------------

    def interrupt(self, request: Count) -> None:
        with self._lock:
            if self._running is not None and self._running[0] is request:
                self._running[1].interrupt()


_counter: _Counter | None = None


def start_count(
    db: Database, query: Query, receiver: Callable[[Count, int | None], None]
) -> Count | None:
    """Count `query`'s rows on the worker thread (call on the GUI thread), `receiver` (a slot
    of a GUI-thread object) called with the request and its count (None: not counted); None
    when only `db` itself can count them: a database in memory or opened read-only, or one with
    a transaction open, whose rows another connection does not see."""
    if db.conn.in_transaction or store.read_only(db):
        return None  # read-only: the worker's connection could not be opened as it is here
    path = store.path_of(db)
    if path is None:
        return None
    global _counter
    if _counter is None:
        _counter = _Counter()
    return _counter.start(path, query, receiver)


def wait_for_counts(msecs: int) -> None:
    """Block until every count has ended, then close the worker's connection: before the
    window's own closes (the last one removes the WAL) or its file is replaced by a restored
    copy; and in tests (never in a page)."""
    if _counter is not None and _counter.pool.waitForDone(msecs):
        _counter.close()
