"""Importing a 20,000-household poverty list (`--quick`: the same; the list is the point).

import_20k      `import households` as the CLI runs it (read, find the table, convert the TCVN3
                column, map, check every row, write all of them in one transaction) into a fresh
                commune station; baseline: reading the same file with the reader alone
                (desktop.models.spreadsheet), in the same run.
import_20k_rss  peak resident memory of the process doing that import; baseline: the peak of a
                process that only reads the file with the reader.

Each is measured in a fresh process; the sheet is a government-style list (title block, two-row
header with Nam/Nữ birth years, numbering row, totals row, signature block, names in TCVN3).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, ketnghia, result

ROWS = 20_000
TARGET_S = 60
TARGET_RATIO = 40  # each household is validated again and written with its change-log rows
TARGET_RSS_MB = 400
VILLAGES = ["Thôn Pà Dồn", "Thôn Pà Ia", "Thôn Đắc Chừ", "Thôn Tắk Pỏ", "Thôn Đắc Ốc", "Thôn Rô"]
SURNAMES = ["Alăng", "Bhríu", "Zơrâm", "Pơloong", "Hốih", "Nguyễn", "Hồ", "Clâu", "Blúp", "Ating"]
MIDDLE = ["Văn", "Thị"]
GIVEN = ["Lâm", "Hoa", "Đông", "Mai", "Sáu", "Nhung", "Ngân", "Hùng", "Lan", "Bốn", "Dũng"]
STATUSES = ["Hộ nghèo", "Hộ cận nghèo", "HN", "Cận nghèo"]


def _sheet(path: Path) -> Path:
    import openpyxl

    sys.path.insert(0, str(ROOT))
    from tests.models.government_list import HEADER, SUBHEADER, tcvn3

    rng = random.Random(11)
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("DS hộ nghèo 2025")
    ws.append(
        ["UBND XÃ ĐẮC TÔI", None, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    )
    ws.append(["DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025"])
    ws.append([])
    ws.append(HEADER)
    ws.append(SUBHEADER)
    ws.append([f"({n})" for n in range(1, len(HEADER) + 1)])
    for n in range(1, ROWS + 1):
        woman = rng.random() < 0.4
        name = f"{rng.choice(SURNAMES)} {'Thị' if woman else 'Văn'} {rng.choice(GIVEN)} {n}"
        born = rng.randint(1940, 2000)
        ws.append(
            [
                n,
                tcvn3(name),
                None if woman else born,
                born if woman else None,
                rng.choice(["Cơ Tu", "Cơtu", "Katu", "Kinh", "Xê Đăng"]),
                rng.choice(VILLAGES),
                rng.randint(1, 9),
                rng.choice(STATUSES),
                rng.choice([f"{rng.randint(5, 25) / 10:.1f} triệu".replace(".", ","), rng.randint(4, 22) * 100_000]),
                f"049{n:09d}",
                None,
            ]
        )  # fmt: skip
    ws.append(["Tổng cộng"])
    ws.append([])
    ws.append(["Người lập biểu", None, None, None, None, None, None, "TM. UBND XÃ"])
    book.save(path)
    return path


_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
start = time.perf_counter()
if {full!r}:
    from desktop import cli
    code = cli.main(["--data-dir", {station!r}, "import", "households", {sheet!r}])
    if code != 0:
        raise SystemExit(code)
else:
    from desktop.models import spreadsheet
    book = spreadsheet.open_book({sheet!r})
    rows = spreadsheet.read(book).rows
elapsed = time.perf_counter() - start
peak = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(elapsed, int(peak) / 1024)
"""


def _run(sheet: Path, station: Path, full: bool) -> tuple[float, float]:
    script = _SCRIPT.format(root=str(ROOT), station=str(station), sheet=str(sheet), full=full)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True, env=env
    ).stdout
    elapsed, peak = out.strip().splitlines()[-1].split()
    return float(elapsed), float(peak)


def _measure() -> tuple[tuple[float, float], tuple[float, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet = _sheet(folder / "ds-ho-ngheo.xlsx")
        station = folder / "station"
        init = ["--data-dir", str(station), "init", "--role", "commune", "--unit", "20704"]
        init += ["--station", "Bench", "--officer", "Bench"]
        for name in VILLAGES:
            init += ["--village", name]
        ketnghia(*init)
        reader = _run(sheet, station, False)
        full = _run(sheet, station, True)
    return full, reader


_MEASURED: dict[str, tuple] = {}


def _measured() -> tuple[tuple[float, float], tuple[float, float]]:
    if "run" not in _MEASURED:
        _MEASURED["run"] = _measure()
    return _MEASURED["run"]


def bench_import(quick: bool) -> dict:
    (seconds, _rss), (read_seconds, _read_rss) = _measured()
    return result(
        "import_20k",
        seconds,
        "s",
        read_seconds,
        "reading the same file with the reader alone",
        f"<= {TARGET_S} s and <= {TARGET_RATIO}x the reader",
        seconds <= TARGET_S and seconds <= TARGET_RATIO * read_seconds,
    )


def bench_rss(quick: bool) -> dict:
    (_seconds, rss), (_read_seconds, read_rss) = _measured()
    return result(
        "import_20k_rss",
        rss,
        "MB",
        read_rss,
        "peak of a process reading the same file with the reader alone",
        f"<= {TARGET_RSS_MB} MB",
        rss <= TARGET_RSS_MB,
    )


BENCHMARKS = {"import_20k": bench_import, "import_20k_rss": bench_rss}

if __name__ == "__main__":
    quick = "--quick" in sys.argv
    for fn in BENCHMARKS.values():
        print(json.dumps(fn(quick), ensure_ascii=False), flush=True)
