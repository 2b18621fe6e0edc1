"""A small commune station with exactly known records, and helpers to read PDFs back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.models import station, store
from desktop.models.db import transaction
from desktop.models.households import search_key as household_key
from desktop.models.ids import uuid7
from desktop.paths import DataDir

# Every Vietnamese letter, lower and upper case (precomposed).
VIETNAMESE_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
VIETNAMESE_LETTERS = VIETNAMESE_LOWER + VIETNAMESE_LOWER.upper()

YEAR = 2025
ITEMS = [  # name, unit, quantity, unit price
    ("Bò cái sinh sản", "con", 2, 15_000_000),
    ("Gà giống thả vườn", "con", 50, 60_000),
    ("Phân bón NPK", "bao", 7, 450_000),
]
TOTAL = sum(q * p for _, _, q, p in ITEMS)  # 36_150_000


@dataclass
class Station:
    db: object
    data_dir: DataDir
    receipt_id: str
    sponsor_id: str
    households: list[tuple[str, str, str]] = field(default_factory=list)  # id, name, village
    need_ids: list[str] = field(default_factory=list)


def insert(conn, table: str, **values: object) -> str:
    values.setdefault("id", uuid7())
    values.setdefault("commune_code", "20705")
    cols = ", ".join(values)
    marks = ", ".join("?" * len(values))
    conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(values.values()))
    return str(values["id"])


HEADS = [
    ("Thôn Pà Dồn", "Alăng Thị Ánh"),
    ("Thôn Pà Dồn", "Zơrâm Văn Đức"),
    ("Thôn Đắc Ốc", "Bhríu Thị Ngọc"),
    ("Thôn Đắc Ốc", "Hồ Văn Dũng"),
    ("Thôn Đắc Ốc", "Pơloong Thị Ưng"),
]


def build_station(data_dir: DataDir, households: int = 0) -> Station:
    db = store.open_database(data_dir, create=True)
    station.initialize(
        db,
        station.StationSetup(
            "commune",
            "20704",
            "Máy UBND xã La Dêê",
            "Zơrâm Thị Hoa",
            ["Thôn Pà Dồn", "Thôn Đắc Ốc", "Thôn Vinh Vương"],
        ),
    )
    villages = dict(db.execute("SELECT name, id FROM village").fetchall())
    with transaction(db) as conn:
        sponsor = insert(
            conn,
            "sponsor",
            name="Chi nhánh Xăng dầu Quảng Nam",
            kind="doanh_nghiep",
            headcount=140,
            address="Số 2 Phan Bội Châu, Tam Kỳ",
            representative="Nguyễn Văn Hải",
        )
        insert(conn, "twinning", sponsor_id=sponsor, since="2021-01-01", active=1)
        insert(
            conn,
            "member",
            full_name="Alăng Văn Thương",
            position="Phó Chủ tịch UBND xã",
            group_role="to_truong",
        )
        heads = list(HEADS)
        for i in range(households):
            heads.append(("Thôn Vinh Vương", f"Clâu Văn Hộ {i + 1:04d}"))
        created = []
        for i, (village, name) in enumerate(heads):
            hid = insert(
                conn,
                "household",
                village_id=villages[village],
                head_name=name,
                code=f"20705-{i + 1:06d}",
                search_key=household_key(name, f"20705-{i + 1:06d}", None),
                members=4,
                head_gender="nam",
                head_birth_year=1980,
                ethnic_code="22",
            )
            insert(
                conn,
                "household_year",
                household_id=hid,
                year=YEAR,
                status="poor" if i % 2 == 0 else "near_poor",
                income_per_month=900_000,
                deprivations='["nguon_nuoc", "nha_tieu", "bao_hiem_y_te"]',
            )
            created.append((hid, name, village))
        receipt = insert(
            conn,
            "receipt",
            received_on=f"{YEAR}-03-05",
            place="Hội trường UBND xã",
            sponsor_id=sponsor,
            resource_kind="hien_vat",
            category_code="nong_lam_nghiep",
            description="Hỗ trợ sinh kế cho hộ nghèo",
        )
        item_ids = []
        for ordinal, (name, unit, quantity, price) in enumerate(ITEMS, start=1):
            item_ids.append(
                insert(
                    conn,
                    "receipt_item",
                    receipt_id=receipt,
                    ordinal=ordinal,
                    name=name,
                    unit=unit,
                    quantity=quantity,
                    unit_price=price,
                    amount=quantity * price,
                )
            )
        for ordinal, (side, name, position) in enumerate(
            [
                ("giver", "Nguyễn Văn Hải", "Giám đốc"),
                ("receiver", "Alăng Văn Thương", "Phó Chủ tịch UBND xã"),
                ("witness", "Bhríu Quân", "Chủ tịch Ủy ban MTTQ xã"),
            ]
        ):
            insert(
                conn,
                "receipt_party",
                receipt_id=receipt,
                side=side,
                full_name=name,
                position=position,
                ordinal=ordinal,
            )
        # the two cows to the first two households, chickens to every household
        for hid, _, _ in created[:2]:
            insert(conn, "allocation", receipt_item_id=item_ids[0], household_id=hid, quantity=1)
        for hid, _, _ in created:
            insert(conn, "allocation", receipt_item_id=item_ids[1], household_id=hid, quantity=1)
        need_ids = [
            insert(
                conn,
                "need",
                year=YEAR + 1,
                category_code="nong_lam_nghiep",
                description="Hỗ trợ bò cái sinh sản cho hộ nghèo",
                quantity=10,
                unit="con",
                estimated_cost=150_000_000,
                priority=1,
                sponsor_id=sponsor,
            ),
            insert(
                conn,
                "need",
                year=YEAR + 1,
                category_code="ha_tang",
                description="Bê tông hóa đường nội thôn Đắc Ốc",
                quantity=300,
                unit="m",
                estimated_cost=360_000_000,
                priority=2,
            ),
        ]
        insert(conn, "need_beneficiary", need_id=need_ids[1], village_id=villages["Thôn Đắc Ốc"])
        insert(
            conn,
            "livelihood_model",
            name="Tổ hợp tác nuôi bò Pà Dồn",
            kind="to_hop_tac",
            year=YEAR,
            started_on=f"{YEAR}-02-20",
            sponsor_id=sponsor,
            village_id=villages["Thôn Pà Dồn"],
            status="moi",
        )
    return Station(db, data_dir, receipt, sponsor, created, need_ids)


@pytest.fixture
def docs_station(tmp_path: Path) -> Iterator[Station]:
    built = build_station(DataDir(tmp_path / "station"))
    yield built
    built.db.conn.close()


def pdf_text(path: Path) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def one_line(text: str) -> str:
    """Text with every run of whitespace made one space (lines broken by the layout rejoin)."""
    return " ".join(text.split())


def sheet_values(ws) -> list[tuple]:
    """The rows of a worksheet as Excel shows them unfiltered: a total cell
    "=SUBTOTAL(9,G2:G40)" reads as the sum of G2:G40 (openpyxl keeps the formula text)."""
    import re

    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for row in rows:
        for i, value in enumerate(row):
            found = re.fullmatch(r"=SUBTOTAL\(9,([A-Z]+)(\d+):([A-Z]+)(\d+)\)", str(value or ""))
            if found:
                column, first, _, last = found.groups()
                cells = ws[f"{column}{first}:{column}{last}"]
                row[i] = sum(c.value for (c,) in cells if isinstance(c.value, int | float))
    return [tuple(r) for r in rows]
