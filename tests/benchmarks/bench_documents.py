"""pdf_handover: handover minutes with 20 items (target ≤ 300 ms); pdf_receipt_list: the receipt
list of one receipt handed to 1,000 households (target ≤ 3 s). Both measure the whole print path
(figures from SQLite, the register, layout, writing the file); the baseline is a one-page
reportlab document with one paragraph, built in the same run."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from common import median_time, result
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop.documents import printing
from desktop.i18n import ensure_core_app
from desktop.models import station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir


def _insert(conn, table: str, **values: object) -> str:
    values.setdefault("id", uuid7())
    values.setdefault("commune_code", "20704")
    conn.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )
    return str(values["id"])


def build_station(folder: Path, items: int, households: int) -> tuple[object, str, str]:
    """A station with a receipt of `items` items and one handed to `households` households."""
    db = store.open_database(DataDir(folder), create=True)
    station.initialize(
        db,
        station.StationSetup(
            "commune", "20704", "Bench", "Zơrâm Thị Hoa", [f"Thôn {i}" for i in range(1, 9)]
        ),
    )
    villages = [row[0] for row in db.execute("SELECT id FROM village ORDER BY ordinal")]
    with transaction(db) as conn:
        sponsor = _insert(conn, "sponsor", name="Chi nhánh Xăng dầu Quảng Nam", kind="doanh_nghiep")
        parties = [
            ("giver", "Nguyễn Văn Hải"),
            ("receiver", "Alăng Văn Thương"),
            ("witness", "Bhríu Quân"),
        ]

        def receipt(description: str) -> str:
            rid = _insert(
                conn,
                "receipt",
                received_on="2026-03-05",
                sponsor_id=sponsor,
                resource_kind="hien_vat",
                category_code="nong_lam_nghiep",
                description=description,
            )
            for side, name in parties:
                _insert(conn, "receipt_party", receipt_id=rid, side=side, full_name=name)
            return rid

        minutes = receipt("Hỗ trợ vật tư sản xuất")
        for i in range(1, items + 1):
            _insert(
                conn,
                "receipt_item",
                receipt_id=minutes,
                ordinal=i,
                name=f"Vật tư nông nghiệp loại {i}",
                unit="bao",
                quantity=10 + i,
                unit_price=450_000,
                amount=(10 + i) * 450_000,
            )
        handed = receipt("Hỗ trợ gà giống cho hộ nghèo")
        item = _insert(
            conn,
            "receipt_item",
            receipt_id=handed,
            ordinal=1,
            name="Gà giống thả vườn",
            unit="con",
            quantity=households * 5,
            unit_price=60_000,
            amount=households * 300_000,
        )
        for i in range(households):
            household = _insert(
                conn,
                "household",
                village_id=villages[i % len(villages)],
                head_name=f"Bhríu Thị Ánh Hồng {i + 1:04d}",
                code=f"20704-{i + 1:06d}",
            )
            _insert(conn, "allocation", receipt_item_id=item, household_id=household, quantity=5)
    return db, minutes, handed


def baseline_document(out: Path) -> None:
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(out)).build([Paragraph("Biên bản bàn giao.", styles["Normal"])])


def _measure(quick: bool, which: str) -> tuple[float, float, int]:
    ensure_core_app("vi")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, minutes, handed = build_station(folder / "station", items=20, households=1000)
        try:
            out = folder / "doc.pdf"
            base = folder / "base.pdf"
            if which == "handover":
                run = lambda: printing.print_handover(db, minutes, out)  # noqa: E731
            else:
                run = lambda: printing.print_receipt_list(db, handed, out)  # noqa: E731
            run()  # warm: fonts registered once per process, as in the running application
            baseline_document(base)
            repeat = 3 if quick else (9 if which == "handover" else 5)
            value = median_time(run, repeat)
            baseline = median_time(lambda: baseline_document(base), repeat)
            pages = printing.print_receipt_list(db, handed, out).pages if which != "handover" else 0
        finally:
            db.conn.close()
    return value, baseline, pages


def pdf_handover(quick: bool) -> dict:
    value, baseline, _ = _measure(quick, "handover")
    return result(
        "pdf_handover",
        value,
        "s",
        baseline,
        "one-page reportlab document, one paragraph",
        "<= 0.300 s",
        value <= 0.300,
    )


def pdf_receipt_list(quick: bool) -> dict:
    value, baseline, pages = _measure(quick, "list")
    row = result(
        "pdf_receipt_list",
        value,
        "s",
        baseline,
        "one-page reportlab document, one paragraph",
        "<= 3.0 s for 1,000 households",
        value <= 3.0,
    )
    row["pages"] = pages
    return row


BENCHMARKS = {"pdf_handover": pdf_handover, "pdf_receipt_list": pdf_receipt_list}

if __name__ == "__main__":  # pragma: no cover - manual run
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    print(pdf_handover(True), pdf_receipt_list(True), time.perf_counter() - start)
