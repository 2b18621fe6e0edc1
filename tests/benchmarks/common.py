"""Helpers for benchmarks: timing, result rows, demo data dirs made through the real CLI."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def result(
    bench: str,
    value: float,
    unit: str,
    baseline: float,
    baseline_label: str,
    target: str,
    ok: bool,
) -> dict:
    return {
        "bench": bench,
        "value": round(value, 4),
        "unit": unit,
        "baseline": round(baseline, 4),
        "baseline_label": baseline_label,
        "ratio": round(value / baseline, 3) if baseline else None,
        "target": target,
        "ok": bool(ok),
    }


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of `fn` in seconds over `repeat` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ketnghia(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def demo_station(folder: Path, households: int, seed: int = 1) -> Path:
    """A commune station with demo data in `folder` (built once; reused when present)."""
    if (folder / "ketnghia.sqlite3").exists():
        return folder
    ketnghia(
        "--data-dir",
        str(folder),
        "init",
        "--role",
        "commune",
        "--unit",
        "20704",
        "--station",
        "Bench",
        "--officer",
        "Bench",
    )
    ketnghia(
        "--data-dir", str(folder), "demo", "--households", str(households), "--seed", str(seed)
    )
    return folder
