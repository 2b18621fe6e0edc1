"""Background work always ends: a bug in a job is logged, told, and leaves nothing busy; writing
jobs run one at a time and the window does not wait on its own job's lock."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desktop import logs
from desktop.models import households
from desktop.models.errors import UserError
from desktop.views import jobs
from desktop.views.jobs import JobRunner
from desktop.views.main_window import MainWindow


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_a_bug_in_a_job_ends_it_logs_it_and_tells_the_user(qtbot, context):
    log_file = logs.setup(context.data_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner(parent)
    told: list[str] = []

    def work(_data_dir, db, job):
        db.execute("SELECT count(*) FROM household").fetchone()
        time.sleep(jobs.PROGRESS_DELAY_MS / 1000 + 0.3)  # long enough for the progress dialog
        return {}["a key nobody set"]

    runner.start(context.data_dir, work, "Đang nhập…", on_failed=told.append)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in progress_dialogs()), timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)

    assert not any(d.isVisible() for d in progress_dialogs())
    assert len(told) == 1 and "lỗi của chương trình" in told[0] and str(log_file) in told[0]
    text = log_file.read_text("utf-8")
    assert "Traceback" in text and "KeyError: 'a key nobody set'" in text
    # the runner takes the next job
    runner.start(context.data_dir, lambda *_: 7, "Đang làm…", on_finished=told.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert told[-1] == 7


def test_a_failure_nobody_handles_is_shown_by_the_runner(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner(parent)

    def work(*_):
        raise UserError("Tệp này không đọc được.")

    runner.start(context.data_dir, work, "Đang đọc…")
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    box = runner.message_box
    assert box is not None and box.isVisible() and box.text() == "Tệp này không đọc được."
    box.close()


def test_the_window_does_not_wait_on_its_own_writing_job(qtbot, context):
    jobs.guard_writes(context.db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    runner = JobRunner(window)
    release = threading.Event()
    running = threading.Event()

    def work(_data_dir, db, job):
        db.execute("BEGIN IMMEDIATE")  # holds the write lock, as an import does
        running.set()
        release.wait(20)
        db.execute("COMMIT")

    victim = context.db.execute("SELECT id FROM household WHERE deleted = 0 LIMIT 1").fetchone()[0]
    runner.start(context.data_dir, work, "Đang nhập gói…")
    qtbot.waitUntil(running.is_set, timeout=5000)
    assert "ghi dữ liệu ở nền" in window.statusBar().currentMessage()
    started = time.monotonic()
    try:
        households.delete(context.db, victim)
    except UserError as exc:
        refused = exc.message
    else:
        refused = ""
    waited = time.monotonic() - started
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)

    assert "chờ việc đó xong" in refused and "chương trình khác" not in refused
    assert waited < 1.0  # told at once, not after the 5 s busy timeout
    assert window.statusBar().currentMessage() == ""
    households.delete(context.db, victim)  # once the job has ended, writing works
    deleted = context.db.execute("SELECT deleted FROM household WHERE id = ?", [victim])
    assert deleted.fetchone()[0] == 1


def test_writing_jobs_run_one_at_a_time(qtbot, context):
    order: list[str] = []
    release = threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)
    first, second = JobRunner(parent), JobRunner(parent)

    def slow(_data_dir, db, job):
        order.append("first starts")
        release.wait(20)
        order.append("first ends")

    def quick(_data_dir, db, job):
        order.append("second runs")

    first.start(context.data_dir, slow, "1")
    second.start(context.data_dir, quick, "2")
    qtbot.waitUntil(lambda: order == ["first starts"], timeout=5000)
    time.sleep(0.2)
    assert order == ["first starts"]  # the second write waits its turn instead of the lock
    release.set()
    qtbot.waitUntil(lambda: not first.busy and not second.busy, timeout=10_000)
    assert order == ["first starts", "first ends", "second runs"]


ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


def endless_job(context, running: threading.Event) -> tuple[jobs.Job, list[str]]:
    """A job whose work sets `running` and then runs a query that never ends; what it tells."""

    def work(_data_dir, db, _job):
        running.set()
        return db.execute(ENDLESS).fetchone()

    job = jobs.Job(context.data_dir, work, writes=False)
    told: list[str] = []
    job.signals.failed.connect(told.append)
    return job, told


def test_an_interrupted_job_says_it_stopped_and_logs_no_program_error(qtbot, context):
    log_file = logs.setup(context.data_dir)
    running = threading.Event()
    job, told = endless_job(context, running)
    jobs.start_job(job)
    assert running.wait(5)
    time.sleep(0.05)  # inside the query
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        job.interrupt()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == ["Đã dừng trước khi xong."]
    assert not jobs.running()
    text = log_file.read_text("utf-8")
    assert "Traceback" not in text and "OperationalError" not in text


def test_quitting_while_the_poverty_chart_computes_is_no_program_error(qtbot, context, monkeypatch):
    from desktop.models import overview_charts
    from desktop.views.charts import OverviewCharts

    log_file = logs.setup(context.data_dir)
    running = threading.Event()

    def endless(db, _commune):
        running.set()
        return db.execute(ENDLESS).fetchone()

    monkeypatch.setattr(overview_charts, "poverty_by_village", endless)
    charts = OverviewCharts(context)
    qtbot.addWidget(charts)
    charts.show()
    qtbot.waitUntil(running.is_set, timeout=5000)
    time.sleep(0.05)
    charts.stop()  # what the application's aboutToQuit does
    qtbot.waitUntil(lambda: not charts.poverty_busy, timeout=5000)
    assert not jobs.running()
    text = log_file.read_text("utf-8")
    assert "Traceback" not in text and "lỗi của chương trình" not in text


def test_a_job_interrupted_before_it_runs_does_not_begin_its_work(qtbot, context):
    began = threading.Event()
    job, told = endless_job(context, began)
    job.interrupt()  # the program quits before the pool has run it
    with qtbot.waitSignal(job.signals.ended, timeout=5000):
        jobs.start_job(job)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == ["Đã dừng trước khi xong."] and not began.is_set()
