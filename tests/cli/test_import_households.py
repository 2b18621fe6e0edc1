"""`ketnghia import households`: refused rows named one per line, all-or-nothing, clear refusals."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from desktop.models import store

HEADERS = [
    "STT",
    "Họ và tên chủ hộ",
    "Năm sinh",
    "Giới tính",
    "Dân tộc",
    "Thôn",
    "Số khẩu",
    "Điện thoại",
    "Thu nhập",
    "Chỉ số thiếu hụt",
]
BAD_ROWS = {7: "Năm sinh", 23: "Thôn", 41: "Số khẩu"}  # sheet row -> column spoiled


def good_row(n: int) -> list:
    return [
        n,
        f"Alăng Văn Nhập {n}",
        1960 + n % 40,
        "Nam" if n % 3 else "Nữ",
        "Cơ Tu" if n % 2 else "Ve",
        "Pà Dồn" if n % 2 else "Thôn Rô",
        1 + n % 7,
        905100000 + n,  # typed as a number: Excel drops the leading zero
        "1.200.000" if n % 4 else 2_500_000,
        "Nguồn nước sinh hoạt; Nhà tiêu hợp vệ sinh, bao_hiem_y_te" if n % 5 == 0 else "",
    ]


def write_book(path: Path, bad: dict[int, str] | None = None, rows: int = 50) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách hộ"
    sheet.append(HEADERS)
    for n in range(1, rows + 1):
        sheet.append(good_row(n))
    spoil = {"Năm sinh": "khoảng 1970", "Thôn": "Thôn Không Có", "Số khẩu": -2}
    for row, column in (bad or {}).items():
        sheet.cell(row=row, column=HEADERS.index(column) + 1, value=spoil[column])
    book.create_sheet("Ghi chú").append(["không phải danh sách"])
    book.save(path)
    return path


def households(folder: Path) -> int:
    db = store.open_database(store_dir(folder))
    try:
        return db.execute("SELECT count(*) FROM household").fetchone()[0]
    finally:
        db.conn.close()


def store_dir(folder: Path):
    from desktop.paths import DataDir

    return DataDir(folder)


@pytest.fixture
def folder(commune_dir) -> Path:
    return commune_dir.root


def test_three_bad_rows_among_fifty_are_named_and_nothing_written(folder, run_cli, tmp_path):
    book = write_book(tmp_path / "ho.xlsx", BAD_ROWS)
    before = households(folder)
    result = run_cli("--data-dir", folder, "import", "households", book, "--year", "2025")
    assert result.code == 1
    named = [int(n) for n in re.findall(r"^(?:row|dòng) (\d+):", result.out, re.MULTILINE)]
    assert named == sorted(BAD_ROWS)
    assert "1970" in result.out and "Không Có" in result.out
    assert households(folder) == before


def test_dry_run_writes_nothing_and_skip_bad_imports_the_rest(folder, run_cli, tmp_path):
    book = write_book(tmp_path / "ho.xlsx", BAD_ROWS)
    before = households(folder)
    year = ("--year", "2025")
    dry = run_cli(
        "--data-dir", folder, "import", "households", book, "--dry-run", "--skip-bad", *year
    )
    assert dry.code == 0 and households(folder) == before
    result = run_cli("--data-dir", folder, "import", "households", book, "--skip-bad", *year)
    assert result.code == 0, result.err
    assert households(folder) == before + 47
    db = store.open_database(store_dir(folder))
    try:
        row = db.execute(
            "SELECT h.phone, h.ethnic_code, h.search_key, y.status, y.deprivations, y.year "
            "FROM household h JOIN household_year y ON y.household_id = h.id "
            "WHERE h.head_name = 'Alăng Văn Nhập 10'"
        ).fetchone()
        mapping = db.execute(
            "SELECT value FROM settings WHERE key = 'import.households.mapping'"
        ).fetchone()
    finally:
        db.conn.close()
    assert row[0] == "0905100010" and row[1] == "27"  # "Ve" is a local name of Giẻ-Triêng
    assert row[2].startswith("alangvannhap10")
    assert row[3] == "poor"
    assert "nha_tieu" in row[4] and "bao_hiem_y_te" in row[4]
    assert row[5] == 2025  # the year given, not the PC's
    assert "Họ và tên chủ hộ" in mapping[0]
    # the same file again: every household is already in the book, skipped, not an error
    again = run_cli("--data-dir", folder, "import", "households", book, "--skip-bad", *year)
    assert again.code == 0 and households(folder) == before + 47
    assert re.search(r"^dòng 2: đã có trong sổ", again.out, re.MULTILINE), again.out
    assert "47" in again.out.splitlines()[-1]


def test_a_clean_file_imports_in_one_go(folder, run_cli, tmp_path):
    book = write_book(tmp_path / "ho.xlsx", rows=12)
    before = households(folder)
    result = run_cli(
        "--data-dir", folder, "import", "households", book, "--sheet", "Danh sách hộ", "--year",
        "2025",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert households(folder) == before + 12


@pytest.mark.parametrize(
    "content",
    [b"not a spreadsheet at all", b"PK\x03\x04 broken zip", b""],
    ids=["text", "broken-zip", "empty"],
)
def test_a_broken_file_is_refused_in_one_sentence(folder, run_cli, tmp_path, content):
    path = tmp_path / "hỏng.xlsx"
    path.write_bytes(content)
    before = households(folder)
    result = run_cli("--data-dir", folder, "import", "households", path)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "hỏng.xlsx" in result.err
    assert households(folder) == before


def test_unknown_sheet_and_missing_file(folder, run_cli, tmp_path):
    book = write_book(tmp_path / "ho.xlsx", rows=3)
    result = run_cli("--data-dir", folder, "import", "households", book, "--sheet", "Nope")
    assert result.code == 1 and "Danh sách hộ" in result.err
    missing = run_cli("--data-dir", folder, "import", "households", tmp_path / "none.xlsx")
    assert missing.code == 1 and "none.xlsx" in missing.err


def test_rows_without_a_code_are_numbered_after_the_highest_code_so_far(folder, run_cli, tmp_path):
    path = tmp_path / "ma-ho.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([*HEADERS, "Mã hộ"])
    typed = {2: "20704-000040", 3: "20704-A7", 5: "20704-000007"}  # sheet row -> code
    for n in range(1, 6):
        sheet.append([*good_row(n), None])
    for row, code in typed.items():
        sheet.cell(row=row + 1, column=len(HEADERS) + 1, value=code)
    book.save(path)
    db = store.open_database(store_dir(folder))
    highest = max(
        (
            int(code.split("-")[1])
            for (code,) in db.execute("SELECT code FROM household WHERE code GLOB '20704-[0-9]*'")
        ),
        default=0,
    )
    db.conn.close()
    assert highest < 40
    result = run_cli("--data-dir", folder, "import", "households", path, "--year", "2025")
    assert result.code == 0, result.err
    db = store.open_database(store_dir(folder))
    codes = dict(
        db.execute("SELECT head_name, code FROM household WHERE head_name LIKE 'Alăng Văn Nhập %'")
    )
    db.conn.close()
    assert codes == {
        "Alăng Văn Nhập 1": f"20704-{highest + 1:06d}",  # after the register's highest
        "Alăng Văn Nhập 2": "20704-000040",
        "Alăng Văn Nhập 3": "20704-A7",
        "Alăng Văn Nhập 4": "20704-000041",  # after the code typed on the row before
        "Alăng Văn Nhập 5": "20704-000007",
    }
