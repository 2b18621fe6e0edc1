"""The way to the window's first paint stays short (the startup benchmark's target, 1.5x a bare
window): what the first screen does not show is imported and built after it. A real start of the
program, as the benchmark runs it, reports what was loaded when the overview first painted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.views.main_window import MainWindow
from desktop.views.overview_tables import OverviewTables

ROOT = Path(__file__).resolve().parents[2]

# At the overview's first paint, write what is loaded, then let the start go on (it quits).
REPORT = """
import sys
import PySide6.QtCore
from desktop.views import app

first_paint = app._FirstPaint.eventFilter

def report(self, watched, event):
    if event.type() == PySide6.QtCore.QEvent.Type.Paint:
        loaded = {
            "qt_namespace": "Qt" in vars(PySide6.QtCore),
            "icon_type": "QIcon" in vars(sys.modules["PySide6.QtGui"]),
            "modules": sorted(sys.modules),
            "dataclasses": sorted(
                f"{name}.{attr}"
                for name, module in list(sys.modules.items())
                if name.split(".")[0] in ("desktop", "sync", "resources")
                for attr, value in vars(module).items()
                if isinstance(value, type)
                and value.__module__ == name
                and "__dataclass_fields__" in vars(value)
            ),
        }
        import json  # after the list is taken

        with open(sys.argv[2], "w") as out:
            json.dump(loaded, out)
    return first_paint(self, watched, event)

app._FirstPaint.eventFilter = report
from desktop.cli import main
raise SystemExit(main(["--data-dir", sys.argv[1]]))
"""

# Loaded only when used: each costs the first paint milliseconds it does not need.
NOT_BEFORE_THE_FIRST_PAINT = (
    "PySide6.QtNetwork",  # the single-instance server listens after it
    "PySide6.QtCharts",  # the overview's charts follow it
    "sqlite_utils",
    "reportlab",
    "openpyxl",
    "python_calamine",
    "httpx",
    "cryptography",
    "ijson",
    "charset_normalizer",
    "sync.bundle",
    "sync.relay_client",
    "sync.ledger",
    "desktop.documents",
    "desktop.views.charts",
    "desktop.views.overview_tables",  # the overview's second tab
    "desktop.views.help_dialogs",
    "desktop.views.crash_dialog",  # its widgets: the crash hook imports it at a first error
    "desktop.views.households_page",  # every page but the overview is built on first use
    "desktop.models.households",
    "desktop.models.needs",
    "desktop.models.backup",  # the window backs up after its first paint and on closing
    "desktop.models.listing",  # the overview has no list: no lazy table, no count
    "desktop.views.counting",
    "ctypes",  # qt_refcounts makes None immortal with _ctypes alone
    "importlib.resources",  # resources.path instead: eight modules
    "concurrent.futures",
    "tomllib",
    "uuid",
    "platform",
    "decimal",
    "csv",
    "locale",  # argparse's gettext looking for catalogs
    "getpass",
    "gzip",
    "json",
    "filecmp",
    "dataclasses",  # see test_the_records_read_before_the_first_paint_are_not_dataclasses
)
OWN_MODULES_AT_MOST = 45  # 42 when this test was written


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, commune_template) -> dict:
    import shutil

    folder = tmp_path_factory.mktemp("start") / "station"
    shutil.copytree(commune_template.root, folder)
    out = folder.parent / "loaded.json"
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "KETNGHIA_EXIT_AFTER_PAINT": "1",
    }
    subprocess.run(
        [sys.executable, "-c", REPORT, str(folder), str(out)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    )
    return json.loads(out.read_text("utf-8"))


def test_qt_namespace_of_enums_is_not_created_before_the_first_paint(loaded):
    # Creating Qt.… (every enum of the namespace at once) takes 15 to 25 ms. Naming it, or a call
    # whose overloads PySide must choose among with it (QAction.setShortcut), creates it.
    assert loaded["qt_namespace"] is False


def test_the_window_icon_waits_for_the_first_paint(loaded):
    # QIcon's type and the four pictures of the program's icon: some 4 ms
    assert loaded["icon_type"] is False


@pytest.mark.parametrize("module", NOT_BEFORE_THE_FIRST_PAINT)
def test_what_the_first_screen_does_not_need_is_not_loaded_before_it(loaded, module):
    assert module not in loaded["modules"]


def test_few_of_the_programs_own_modules_are_loaded_before_the_first_paint(loaded):
    own = [m for m in loaded["modules"] if m.split(".")[0] in ("desktop", "sync", "resources")]
    assert len(own) <= OWN_MODULES_AT_MOST, own


def test_the_records_read_before_the_first_paint_are_not_dataclasses(loaded):
    # A dataclass writes and compiles its methods when its module is imported (0.5-1.4 ms each,
    # 10 ms for the fourteen the start once made): the records read on the way are NamedTuples.
    assert loaded["dataclasses"] == []


def test_what_follows_the_first_paint_comes_right_after_it(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.page("overview")
    assert page.tabs.widget(1).findChild(OverviewTables) is None  # not before the paint
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.resize(1366, 768)
        window.show()
    qtbot.waitUntil(lambda: page.tabs.widget(1).findChild(OverviewTables) is not None)
    assert page.tables.by_sponsor.rowCount() > 0  # filled with the figures of the cards
    (guide,) = [a for a in window.actions() if a.shortcut().toString() == "F1"]
    assert guide.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut


def test_the_days_backup_and_the_instance_server_wait_for_the_first_paint_once(qtbot, context):
    from desktop.views import app

    window = MainWindow(context)
    qtbot.addWidget(window)
    ran: list[str] = []
    app._once_painted(window, lambda: ran.append("after the paint"))
    assert ran == []
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.resize(1366, 768)
        window.show()
    assert ran == ["after the paint"]
    qtbot.wait(3200)  # the fallback's time has passed: still once
    assert ran == ["after the paint"]


def test_a_window_that_never_paints_still_gets_its_backup(qtbot, context):
    from desktop.views import app

    window = MainWindow(context)  # never shown
    qtbot.addWidget(window)
    ran: list[str] = []
    app._once_painted(window, lambda: ran.append("fallback"))
    qtbot.waitUntil(lambda: ran == ["fallback"], timeout=5000)
