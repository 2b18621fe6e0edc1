"""Online sync in the window: "Đồng bộ ngay", automatic sync every N minutes and soon after a
change is saved, and a line for the status bar. The work runs off the UI thread (views/jobs.py)
and never shows an error for being offline: that is the normal case, told only as "lần đồng bộ
cuối: …".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.i18n import tr
from desktop.models.text import format_date
from desktop.views.context import AppContext
from desktop.views.jobs import Job, start_job

if TYPE_CHECKING:
    from sync.relay_client import OnlineResult
from sync import relay_settings

AFTER_CHANGE_MS = 30_000  # a saved change goes out half a minute later, with its neighbours


class Outcome(NamedTuple):
    """How one online sync ended: `ok`, offline (`reachable` False), or refused by the relay."""

    ok: bool
    reachable: bool
    message: str
    result: OnlineResult | None = None


def _work(data_dir, db, job) -> Outcome:
    from sync import relay_client  # httpx: only when a sync runs, not at start-up

    try:
        result = relay_client.sync_online(data_dir, db, progress=job.report)
    except relay_client.RelayUnreachable as exc:
        return Outcome(False, False, exc.message)
    except relay_client.RelayRefused as exc:
        return Outcome(False, True, exc.message)
    lines = result.lines()
    refused = [r.line() for r in result.refused]
    return Outcome(True, True, " ".join([lines[-1], *refused]), result)


def moment(stamp: str | None) -> str:
    if not stamp:
        return tr("never")
    return f"{format_date(stamp[:10])} {stamp[11:16]}"


class OnlineSync(QObject):
    """One per window: runs at most one online sync at a time."""

    running_changed = Signal(bool)
    ended = Signal(object)  # the Outcome
    status_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: Job | None = None
        self.last: Outcome | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.after_change = QTimer(self)
        self.after_change.setSingleShot(True)
        self.after_change.setInterval(AFTER_CHANGE_MS)
        self.after_change.timeout.connect(self.sync_now)
        context.changes.changed.connect(self._changed)
        self.configure()

    @property
    def configured(self) -> bool:
        return relay_settings.relay_url(self.context.db) is not None

    @property
    def running(self) -> bool:
        return self.job is not None

    def configure(self) -> None:
        """Start or stop the periodic timer after the relay or the interval changed."""
        if self.configured:
            self.timer.start(relay_settings.interval_minutes(self.context.db) * 60_000)
        else:
            self.timer.stop()
            self.after_change.stop()
        self.status_changed.emit(self.status_text())

    def _changed(self, table: str) -> None:
        if not self.configured:
            return
        if table == "station":  # the hub enrolled or revoked one: the relay must know now
            if not self.sync_now():
                self.after_change.start()
        # Our own imports notify too; only a change made here is worth sending soon.
        elif table != "sync" and (self.last is None or self.last.reachable):
            self.after_change.start()

    def sync_now(self) -> bool:
        """Start a sync in the background; False when one runs already or no relay is set."""
        if self.running or not self.configured:
            return False
        self.after_change.stop()
        job = Job(self.context.data_dir, _work)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(lambda message: self._finished(Outcome(False, True, message)))
        job.signals.ended.connect(self._ended)
        self.job = job
        self.running_changed.emit(True)
        self.status_changed.emit(self.status_text())
        start_job(job)
        return True

    def _ended(self, job: Job) -> None:
        if self.job is job:  # it ended with neither a result nor a message: a program error
            self._finished(Outcome(False, True, tr("The sync stopped on a program error.")))

    def _finished(self, outcome: Outcome) -> None:
        self.job = None
        self.last = outcome
        self.running_changed.emit(False)
        if outcome.result is not None and (outcome.result.imports or outcome.result.uploaded):
            self.context.notify("sync")
        self.ended.emit(outcome)
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        if not self.configured:
            return ""
        if self.running:
            return tr("syncing through the relay…")
        last = moment(relay_settings.last_sync(self.context.db))
        if self.last is not None and not self.last.reachable:
            return tr("offline · last sync: {moment}").format(moment=last)
        if self.last is not None and not self.last.ok:
            return tr("the relay refused the last sync · last sync: {moment}").format(moment=last)
        return tr("last sync: {moment}").format(moment=last)


def online_sync(context: AppContext, owner: QObject | None = None) -> OnlineSync:
    """The window's online sync (made on first use, kept with the context; `owner`, the
    window, ends it with itself, timers included)."""
    if context.online is None:
        context.online = OnlineSync(context, owner)
    return context.online
