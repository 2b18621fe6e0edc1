"""Benchmark harness: `python tests/benchmarks/run.py [--quick] [--only NAME ...] [--report F]`.

Every module `bench_*.py` beside this file exposes BENCHMARKS = {name: fn(quick) -> dict}. Each
benchmark measures its own baseline in the same run and returns
{"bench", "value", "unit", "baseline", "baseline_label", "ratio", "target", "ok"}; this prints
one JSON object per line and exits 1 when any benchmark misses its target. `--report FILE`
also writes the lines to FILE, after a first line naming the machine (CPU count, Python, SQLite
and Qt versions), so the figures of two runs can be compared.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIELDS = ("bench", "value", "unit", "baseline", "baseline_label", "ratio", "target", "ok")


def discover() -> dict:
    found = {}
    for path in sorted(HERE.glob("bench_*.py")):
        found.update(importlib.import_module(path.stem).BENCHMARKS)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller data, for a fast check")
    parser.add_argument("--only", nargs="*", help="benchmark names to run")
    parser.add_argument(
        "--report", type=Path, help="also write the results to this JSON-lines file"
    )
    args = parser.parse_args(argv)
    # One QApplication for every benchmark: one that only needs QtCore must not make a
    # QCoreApplication that a later benchmark's widgets cannot use.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["ketnghia-bench"])  # noqa: F841 (kept alive)
    benchmarks = discover()
    names = args.only or list(benchmarks)
    report = args.report.open("w", encoding="utf-8") if args.report else None

    def emit(line: dict) -> None:
        text = json.dumps(line, ensure_ascii=False)
        print(text, flush=True)
        if report is not None:
            report.write(text + "\n")
            report.flush()

    if report is not None:
        report.write(json.dumps(machine(args.quick), ensure_ascii=False) + "\n")
    failed = False
    try:
        for name in names:
            if name not in benchmarks:
                emit({"bench": name, "error": "unknown benchmark"})
                failed = True
                continue
            try:
                result = benchmarks[name](args.quick)
            except Exception:
                emit({"bench": name, "error": traceback.format_exc()})
                failed = True
                continue
            missing = set(FIELDS) - set(result)
            if missing:
                emit({"bench": name, "error": f"did not report {sorted(missing)}"})
                failed = True
                continue
            emit(result)
            failed |= not result["ok"]
    finally:
        if report is not None:
            report.close()
    return 1 if failed else 0


def machine(quick: bool) -> dict:
    """What the figures were measured on."""
    import platform
    import sqlite3

    import PySide6
    from PySide6.QtCore import qVersion

    return {
        "machine": platform.machine(),
        "system": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "quick": quick,
        "started_at": datetime.datetime.now().isoformat(timespec="seconds"),
    }


if __name__ == "__main__":
    raise SystemExit(main())
