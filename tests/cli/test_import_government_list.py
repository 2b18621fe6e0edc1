"""`ketnghia import households` on the files communes have: a government-style poverty list in
.xlsx, .ods, .xls (made by LibreOffice, in tests/data) and .csv (Windows-1258, UTF-16), with legacy
fonts, local spellings, a totals row and a signature block; the year never from the PC's clock;
duplicates by the form's rule; our own export round-tripped exactly."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from desktop.models import store
from desktop.paths import DataDir
from tests.models import government_list

DATA = Path(__file__).resolve().parent.parent / "data"


def open_db(folder: DataDir):
    return store.open_database(folder)


def imported(folder: DataDir) -> dict[str, tuple]:
    marks = ",".join("?" * len(government_list.EXPECTED))
    db = open_db(folder)
    try:
        rows = db.execute(
            "SELECT h.head_name, v.name, h.ethnic_code, h.head_gender, h.head_birth_year, "
            "h.members, y.status, y.income_per_month, y.year FROM household h "
            "JOIN village v ON v.id = h.village_id "
            "LEFT JOIN household_year y ON y.household_id = h.id AND y.deleted = 0 "
            f"WHERE h.deleted = 0 AND h.head_name IN ({marks})",
            list(government_list.EXPECTED),
        ).fetchall()
    finally:
        db.conn.close()
    return {r[0]: tuple(r[1:]) for r in rows}


def expected(year: int = 2025) -> dict[str, tuple]:
    return {name: (*values, year) for name, values in government_list.EXPECTED.items()}


def write_csv(path: Path, encoding: str, delimiter: str = ";") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in government_list.rows():
            writer.writerow(["" if v is None else v for v in row])
    return path


def write_unicode_csv(path: Path, encoding: str) -> Path:
    """The list without the legacy fonts (a .csv exported from a Unicode sheet)."""
    plain = government_list.rows()
    for row in plain[government_list.FIRST_DATA_ROW - 1 : government_list.TOTAL_ROW - 1]:
        row[1] = next(
            name for name in government_list.EXPECTED if government_list.tcvn3(name) == row[1]
        )
        row[5] = {
            government_list.vni(v): v for v in ("Thôn Pà Dồn", "Thôn Rô", "Thôn Đắc Chừ")
        }.get(row[5], row[5])
        row[10] = None
    text = io.StringIO()
    csv.writer(text).writerows([["" if v is None else v for v in row] for row in plain])
    if encoding == "cp1258":
        path.write_bytes(windows_1258(text.getvalue()))
    else:
        path.write_text(text.getvalue(), encoding=encoding, newline="")
    return path


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """`text` as Windows writes it in code page 1258: letters with their vowel marks, then the
    tone mark as a combining character ("ắ" -> "ă" + U+0301)."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize("kind", ["xlsx", "xlsm", "ods", "xls"])
def test_government_list_is_imported_right(commune_dir, run_cli, tmp_path, kind):
    if kind in ("xlsx", "xlsm"):
        book = government_list.write_xlsx(tmp_path / f"ds-ho-ngheo.{kind}")
    elif kind == "ods":
        book = government_list.write_ods(tmp_path / "ds-ho-ngheo.ods")
    else:
        book = DATA / "ds-ho-ngheo-2025.xls"
    args = ["--data-dir", commune_dir.root, "import", "households", book]
    dry = run_cli(*args, "--dry-run")
    assert dry.code == 1, dry.err  # two rows wait for the proposed village
    out = dry.out
    assert "tiêu đề cột: dòng 7–8" in out
    assert (
        "bỏ qua dòng 9: dòng đánh số cột; dòng 17: dòng tổng cộng; dòng 19–20, 22: phần chữ ký"
        in out
    )
    assert "cột không dùng: STT, Số CCCD" in out
    assert "cột Họ và tên chủ hộ: đã chuyển từ mã TCVN3 sang Unicode (7 ô)" in out
    assert "cột Thôn: đã chuyển từ mã VNI sang Unicode (3 ô)" in out
    assert "năm phân loại hộ: 2025 (theo tiêu đề bảng)" in out
    assert "gợi ý: Đăk Ốc → Thôn Đắc Ốc (1 dòng)" in out
    assert "gợi ý: Dak Oc → Thôn Đắc Ốc (1 dòng)" in out
    assert "--accept-suggestions" in out
    assert imported(commune_dir) == {}
    result = run_cli(*args, "--accept-suggestions")
    assert result.code == 0, result.err
    assert imported(commune_dir) == expected()


@pytest.mark.parametrize("encoding", ["cp1258", "utf-16", "utf-8-sig"])
def test_csv_in_windows_1258_and_utf16(commune_dir, run_cli, tmp_path, encoding):
    if encoding == "cp1258":
        # Windows-1258 writes the tone marks as combining characters; legacy fonts cannot be in it
        path = write_unicode_csv(tmp_path / "ds.csv", "cp1258")
        assert "\u0301".encode("cp1258") in path.read_bytes()  # combining acute
    else:
        path = write_unicode_csv(tmp_path / "ds.csv", encoding)
    result = run_cli(
        "--data-dir", commune_dir.root, "import", "households", path, "--accept-suggestions"
    )
    assert result.code == 0, result.out + result.err
    assert imported(commune_dir) == expected()


def test_csv_typed_with_a_legacy_font_in_windows_1252(commune_dir, run_cli, tmp_path):
    # the whole file typed with .VnTime and saved as "ANSI": headers and cells in TCVN3
    tcvn3 = government_list.tcvn3
    lines = [
        [tcvn3("Họ và tên chủ hộ"), tcvn3("Thôn"), tcvn3("Năm sinh"), tcvn3("Dân tộc")],
        [tcvn3("Nguyễn Văn Lâm"), tcvn3("Thôn Rô"), "1975", "Kinh"],
        [tcvn3("Alăng Thị Hoa"), tcvn3("Thôn Pà Dồn"), "1980", tcvn3("Cơ Tu")],
    ]
    path = tmp_path / "ds.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle).writerows(lines)
    result = run_cli("--data-dir", commune_dir.root, "import", "households", path)
    assert result.code == 0, result.out + result.err
    assert "đã chuyển từ mã TCVN3 sang Unicode" in result.out
    db = open_db(commune_dir)
    try:
        rows = db.execute(
            "SELECT h.head_name, v.name, h.ethnic_code FROM household h JOIN village v "
            "ON v.id = h.village_id WHERE h.head_name IN ('Nguyễn Văn Lâm', 'Alăng Thị Hoa') "
            "ORDER BY 1"
        ).fetchall()
    finally:
        db.conn.close()
    assert rows == [("Alăng Thị Hoa", "Thôn Pà Dồn", "26"), ("Nguyễn Văn Lâm", "Thôn Rô", "01")]


def test_header_row_given_by_hand(commune_dir, run_cli, tmp_path):
    book = government_list.write_xlsx(tmp_path / "ds.xlsx")
    args = ["--data-dir", commune_dir.root, "import", "households", book, "--dry-run"]
    wrong = run_cli(*args, "--header-row", "4")
    assert wrong.code == 1 and "Chủ hộ" in wrong.err and "Traceback" not in wrong.err
    empty = run_cli(*args, "--header-row", "3")
    assert empty.code == 1 and "dòng 3" in empty.err.lower()
    right = run_cli(*args, "--header-row", "7", "--accept-suggestions")
    assert right.code == 0 and "tiêu đề cột: dòng 7–8" in right.out


def sheet_without_year(path: Path, year_column: bool = False) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(
        ["Họ và tên chủ hộ", "Thôn", "Nam", "Nữ", "Phân loại", "Thu nhập", *(["Năm"] * year_column)]
    )
    ws.append(["Hồ Văn Một", "Thôn Rô", 1970, None, "Hộ nghèo", 900_000, *([2024] * year_column)])
    ws.append(
        ["Hồ Thị Hai", "Thôn Rô", None, 1982, "Hộ cận nghèo", "1,5 triệu", *([2024] * year_column)]
    )
    book.save(path)
    return path


def test_no_year_is_refused_with_a_sentence_asking_for_it(commune_dir, run_cli, tmp_path):
    path = sheet_without_year(tmp_path / "khong-nam.xlsx")
    args = ["--data-dir", commune_dir.root, "import", "households", path]
    result = run_cli(*args)
    assert result.code == 1 and "--year" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    db = open_db(commune_dir)
    try:
        assert not db.execute("SELECT 1 FROM household WHERE head_name = 'Hồ Văn Một'").fetchone()
    finally:
        db.conn.close()
    assert run_cli(*args, "--year", "2024").code == 0
    db = open_db(commune_dir)
    try:
        rows = db.execute(
            "SELECT h.head_name, h.head_gender, h.head_birth_year, y.year, y.status, "
            "y.income_per_month FROM household h JOIN household_year y ON y.household_id = h.id "
            "WHERE h.head_name LIKE 'Hồ % Một' OR h.head_name LIKE 'Hồ % Hai' ORDER BY 1"
        ).fetchall()
    finally:
        db.conn.close()
    assert rows == [
        ("Hồ Thị Hai", "nu", 1982, 2024, "near_poor", 1_500_000),
        ("Hồ Văn Một", "nam", 1970, 2024, "poor", 900_000),
    ]


def test_a_year_column_is_the_year_and_nam_is_not_nam(commune_dir, run_cli, tmp_path):
    path = sheet_without_year(tmp_path / "co-nam.xlsx", year_column=True)
    result = run_cli("--data-dir", commune_dir.root, "import", "households", path)
    assert result.code == 0, result.err
    db = open_db(commune_dir)
    try:
        rows = db.execute(
            "SELECT h.head_gender, h.head_birth_year, y.year FROM household h "
            "JOIN household_year y ON y.household_id = h.id WHERE h.head_name LIKE 'Hồ % Hai'"
        ).fetchall()
    finally:
        db.conn.close()
    assert rows == [("nu", 1982, 2024)]


def test_a_list_without_status_writes_no_year_record(commune_dir, run_cli, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Chủ hộ", "Thôn", "Năm sinh"])
    book.active.append(["Bling Văn Ba", "Rô", 1990])
    book.save(tmp_path / "ds.xlsx")
    result = run_cli("--data-dir", commune_dir.root, "import", "households", tmp_path / "ds.xlsx")
    assert result.code == 0, result.err
    db = open_db(commune_dir)
    try:
        years = db.execute(
            "SELECT count(*) FROM household_year y JOIN household h ON h.id = y.household_id "
            "WHERE h.head_name = 'Bling Văn Ba'"
        ).fetchone()
    finally:
        db.conn.close()
    assert years == (0,)


def test_duplicates_follow_the_form(commune_dir, run_cli, tmp_path):
    db = open_db(commune_dir)
    try:
        head, village, birth, code, members = db.execute(
            "SELECT h.head_name, v.name, h.head_birth_year, h.code, h.members FROM household h "
            "JOIN village v ON v.id = h.village_id WHERE h.code IS NOT NULL AND "
            "h.head_birth_year IS NOT NULL ORDER BY h.id LIMIT 1"
        ).fetchone()
        before = db.execute("SELECT count(*) FROM household").fetchone()[0]
    finally:
        db.conn.close()
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Mã hộ", "Chủ hộ", "Thôn", "Năm sinh", "Số khẩu"])
    ws.append([code, "Người Khác", village, 1999, 2])  # same code: already there
    ws.append([None, head, village, birth, members + 3])  # same name, village, birth: similar
    ws.append([None, "Blúp Văn Mới", village, 1991, 2])
    ws.append([None, "Blúp Văn Mới", village, 1991, 2])  # the row above again
    book.save(tmp_path / "trung.xlsx")
    args = ["--data-dir", commune_dir.root, "import", "households", tmp_path / "trung.xlsx"]
    first = run_cli(*args)
    assert first.code == 1 and "--allow-similar" in first.err
    assert re.search(r"^dòng 2: đã có trong sổ", first.out, re.MULTILINE)
    assert re.search(r"^dòng 3: cùng họ tên, thôn và năm sinh", first.out, re.MULTILINE)
    assert re.search(r"^dòng 5: đã có ở dòng 4", first.out, re.MULTILINE)
    skipped = run_cli(*args, "--skip-bad", "--dry-run")
    assert skipped.code == 0
    result = run_cli(*args, "--allow-similar")
    assert result.code == 0, result.err
    db = open_db(commune_dir)
    try:
        after = db.execute("SELECT count(*) FROM household").fetchone()[0]
    finally:
        db.conn.close()
    assert after == before + 2


def test_password_protected_and_formula_cells(commune_dir, run_cli, tmp_path):
    locked = run_cli(
        "--data-dir", commune_dir.root, "import", "households", DATA / "co-mat-khau.xlsx"
    )
    assert locked.code == 1 and "mật khẩu" in locked.err and "Traceback" not in locked.err
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["Chủ hộ", "Thôn", "Năm sinh", "Số khẩu", "Ghi chú"])
    ws.append(["Bling Văn Bốn", "Rô", 1990, 3, "=1+1"])
    ws.append(["Bling Văn Năm", "Rô", 1991, "=2+2", None])
    book.save(tmp_path / "cong-thuc.xlsx")  # openpyxl writes formulas without their values
    result = run_cli(
        "--data-dir", commune_dir.root, "import", "households", tmp_path / "cong-thuc.xlsx"
    )
    assert result.code == 1
    assert "ô E2 là công thức chưa có giá trị; hãy mở và lưu tệp bằng Excel" in result.out
    assert re.search(r"^dòng 3: ô D3 là công thức chưa có giá trị", result.out, re.MULTILINE)


def test_our_own_export_round_trips_exactly(commune_dir, run_cli, tmp_path):
    out = tmp_path / "ho.xlsx"
    assert (
        run_cli(
            "--data-dir", commune_dir.root, "export", "xlsx", "--table", "households", "--out", out
        ).code
        == 0
    )
    db = open_db(commune_dir)
    try:
        villages = [
            r[0] for r in db.execute("SELECT name FROM village WHERE deleted = 0 ORDER BY ordinal")
        ]
        source = rows_of(db)
    finally:
        db.conn.close()
    fresh = DataDir(tmp_path / "fresh")
    init = ["--data-dir", fresh.root, "init", "--role", "commune", "--unit", "20704"]
    init += ["--station", "Máy mới", "--officer", "Zơrâm Thị Hoa"]
    for name in villages:
        init += ["--village", name]
    assert run_cli(*init).code == 0
    result = run_cli("--data-dir", fresh.root, "import", "households", out, "--allow-similar")
    assert result.code == 0, result.out + result.err
    assert "dòng tổng cộng" in result.out
    db = open_db(fresh)
    try:
        assert rows_of(db) == source
    finally:
        db.conn.close()
    # and into the station it came from: every household is already there
    again = run_cli("--data-dir", commune_dir.root, "import", "households", out)
    assert again.code == 0 and f"{len(source)} hộ đã có trong sổ" in again.out


def rows_of(db) -> list[tuple]:
    """What the export shows of each household: the household and its latest year."""
    return sorted(
        db.execute(
            "SELECT h.code, h.head_name, h.head_birth_year, h.head_gender, h.ethnic_code, v.name, "
            "h.members, h.phone, y.year, y.status, y.income_per_month FROM household h "
            "JOIN village v ON v.id = h.village_id LEFT JOIN household_year y ON y.id = ("
            " SELECT y2.id FROM household_year y2 WHERE y2.household_id = h.id AND y2.deleted = 0"
            " ORDER BY y2.year DESC LIMIT 1) WHERE h.deleted = 0"
        ).fetchall(),
        key=repr,
    )


def test_status_as_marks_under_a_merged_header(commune_dir, run_cli, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2024"])
    ws.append(["STT", "Họ và tên chủ hộ", "Thôn", "Phân loại", None, "Ghi chú"])
    ws.append([None, None, None, "Hộ nghèo", "Hộ cận nghèo", None])
    ws.append([1, "Bhnươch Văn Một", "Pà Dồn", "x", None, None])
    ws.append([2, "Bhnươch Thị Hai", "Pà Dồn", None, "X", None])
    ws.append([3, "Bhnươch Văn Ba", "Pà Dồn", "x", "x", None])
    ws.merge_cells("D2:E2")
    book.save(tmp_path / "dau-x.xlsx")
    args = ["--data-dir", commune_dir.root, "import", "households", tmp_path / "dau-x.xlsx"]
    result = run_cli(*args, "--skip-bad")
    assert result.code == 0, result.out + result.err
    assert "tiêu đề cột: dòng 2–3" in result.out
    assert re.search(r"^dòng 6: cả cột hộ nghèo và cột hộ cận nghèo", result.out, re.MULTILINE)
    db = open_db(commune_dir)
    try:
        rows = db.execute(
            "SELECT h.head_name, y.year, y.status FROM household h JOIN household_year y "
            "ON y.household_id = h.id WHERE h.head_name LIKE 'Bhnươch %' ORDER BY 1"
        ).fetchall()
    finally:
        db.conn.close()
    assert rows == [("Bhnươch Thị Hai", 2024, "near_poor"), ("Bhnươch Văn Một", 2024, "poor")]


def test_next_years_list_records_the_status_of_households_already_in_the_book(
    commune_dir, run_cli, tmp_path
):
    first = government_list.write_xlsx(tmp_path / "2025.xlsx")
    args = ["--data-dir", commune_dir.root, "import", "households"]
    assert run_cli(*args, first, "--accept-suggestions").code == 0
    rows = government_list.rows()
    rows[3] = ["DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2026"]
    rows[government_list.FIRST_DATA_ROW - 1][7] = "Hộ cận nghèo"  # Nguyễn Văn Lâm moved up
    book = openpyxl.Workbook()
    for values in rows:
        book.active.append(values)
    book.save(tmp_path / "2026.xlsx")
    result = run_cli(*args, tmp_path / "2026.xlsx", "--accept-suggestions")
    assert result.code == 0, result.out + result.err
    assert "0 hộ, 7 hộ đã có trong sổ" in result.out
    assert "ghi phân loại năm 2026 cho 7 hộ" in result.out
    db = open_db(commune_dir)
    try:
        years = db.execute(
            "SELECT y.year, y.status FROM household_year y JOIN household h "
            "ON h.id = y.household_id WHERE h.head_name = 'Nguyễn Văn Lâm' ORDER BY y.year"
        ).fetchall()
        count = db.execute(
            "SELECT count(*) FROM household WHERE head_name = 'Nguyễn Văn Lâm'"
        ).fetchone()[0]
    finally:
        db.conn.close()
    assert count == 1 and years == [(2025, "poor"), (2026, "near_poor")]
    # the same list again: the book already has 2026; a different status would be named, not taken
    rows[government_list.FIRST_DATA_ROW - 1][7] = "Hộ nghèo"
    book = openpyxl.Workbook()
    for values in rows:
        book.active.append(values)
    book.save(tmp_path / "2026b.xlsx")
    again = run_cli(*args, tmp_path / "2026b.xlsx", "--accept-suggestions")
    assert again.code == 0
    assert re.search(
        r"^dòng 10: đã có trong sổ: Nguyễn Văn Lâm\b.*Hộ cận nghèo.*giữ", again.out, re.M
    )


def test_villages_from_group_headings(commune_dir, run_cli, tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["DANH SÁCH HỘ NGHÈO NĂM 2025"])
    ws.append(["STT", "Họ và tên chủ hộ", "Năm sinh", "Phân loại"])
    ws.append(["I", "Thôn Pà Dồn"])
    ws.append([1, "Bhnướch Văn Một", 1970, "Hộ nghèo"])
    ws.append([2, "Bhnướch Thị Hai", 1975, "Hộ cận nghèo"])
    ws.append(["II", "Thôn Rô"])
    ws.append([1, "Bhnướch Văn Ba", 1980, "Hộ nghèo"])
    ws.append(["Tổng cộng", None, None, None])
    book.save(tmp_path / "theo-thon.xlsx")
    result = run_cli(
        "--data-dir", commune_dir.root, "import", "households", tmp_path / "theo-thon.xlsx"
    )
    assert result.code == 0, result.out + result.err
    assert "dòng 3, 6: tiêu đề nhóm" in result.out
    db = open_db(commune_dir)
    try:
        rows = db.execute(
            "SELECT h.head_name, v.name FROM household h JOIN village v ON v.id = h.village_id "
            "WHERE h.head_name LIKE 'Bhnướch %' ORDER BY 1"
        ).fetchall()
    finally:
        db.conn.close()
    assert rows == [
        ("Bhnướch Thị Hai", "Thôn Pà Dồn"),
        ("Bhnướch Văn Ba", "Thôn Rô"),
        ("Bhnướch Văn Một", "Thôn Pà Dồn"),
    ]
