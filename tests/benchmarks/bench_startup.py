"""startup: process start to the main window's first paint with the demo data, against a bare
PySide6 QMainWindow started and painted the same way in the same run (both with compiled
modules, as an installed program runs)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, demo_station, result, schema_key

BARE_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False

app = QApplication([])
window = QMainWindow()
label = QLabel("Sổ Kết Nghĩa")
window.setCentralWidget(label)
window.resize(1366, 768)
watcher = FirstPaint()
label.installEventFilter(watcher)
window.show()
app.exec()
"""


def _environment() -> dict[str, str]:
    """Offscreen, quitting after the first paint, with compiled modules as the installed program
    has them (the frozen build's archive holds bytecode): a shell with PYTHONDONTWRITEBYTECODE
    would otherwise have every start compile the program's modules anew. The bytecode goes to a
    folder of its own, not beside the sources."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "ketnghia-bench-pycache")
    return {**env, "QT_QPA_PLATFORM": "offscreen", "KETNGHIA_EXIT_AFTER_PAINT": "1"}


def time_to_first_paint(command: list[str]) -> float:
    env = _environment()
    start = time.time()
    out = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    painted = next(line for line in out.stdout.splitlines() if line.startswith("first-paint"))
    return float(painted.split()[1]) - start


def startup(quick: bool) -> dict:
    # keyed by the schema: a folder migrated by newer code would open on the "newer database"
    # box, which waits for a click that never comes
    folder = Path(tempfile.gettempdir()) / f"ketnghia-bench-startup-{schema_key()}"
    demo_station(folder, households=600)
    app = [sys.executable, "-m", "desktop", "--data-dir", str(folder)]
    bare = [sys.executable, "-c", BARE_WINDOW]
    runs = 5 if quick else 9  # a start takes a fraction of a second; a median of few swings
    # warm the OS file cache for both and compile the modules, as a second start would find them
    time_to_first_paint(app)
    time_to_first_paint(bare)
    ours, baseline = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        ours.append(time_to_first_paint(app))
        baseline.append(time_to_first_paint(bare))
    value, base = statistics.median(ours), statistics.median(baseline)
    return result(
        "startup",
        value,
        "s",
        base,
        "bare PySide6 QMainWindow to first paint",
        "ratio <= 1.5",
        value / base <= 1.5,
    )


BENCHMARKS = {"startup": startup}
