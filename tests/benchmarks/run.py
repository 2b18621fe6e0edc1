"""Benchmark harness: `python tests/benchmarks/run.py [--quick] [--only NAME ...]`.

Every module `bench_*.py` beside this file exposes BENCHMARKS = {name: fn(quick) -> dict}. Each
benchmark measures its own baseline in the same run and returns
{"bench", "value", "unit", "baseline", "baseline_label", "ratio", "target", "ok"}; this prints
one JSON object per line and exits 1 when any benchmark misses its target.
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args(argv)
    # One QApplication for every benchmark: one that only needs QtCore must not make a
    # QCoreApplication that a later benchmark's widgets cannot use.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["ketnghia-bench"])  # noqa: F841 (kept alive)
    benchmarks = discover()
    names = args.only or list(benchmarks)
    failed = False
    for name in names:
        if name not in benchmarks:
            print(json.dumps({"bench": name, "error": "unknown benchmark"}), flush=True)
            failed = True
            continue
        try:
            result = benchmarks[name](args.quick)
        except Exception:
            print(json.dumps({"bench": name, "error": traceback.format_exc()}), flush=True)
            failed = True
            continue
        missing = set(FIELDS) - set(result)
        assert not missing, f"{name} did not report {missing}"
        print(json.dumps(result, ensure_ascii=False), flush=True)
        failed |= not result["ok"]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
