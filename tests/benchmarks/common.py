"""Helpers for benchmarks: timing, result rows, demo data dirs made through the real CLI."""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def schema_key() -> str:
    """A short hash of the schema's files, in the name of every station a benchmark keeps in the
    temporary folder: one built before the schema changed is not reused."""
    schema = hashlib.sha256()
    for path in sorted((ROOT / "desktop" / "models" / "schema").glob("*.sql")):
        schema.update(path.read_bytes())
    return schema.hexdigest()[:10]


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
