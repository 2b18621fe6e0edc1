"""A commune's poverty review list as offices keep it, built in the test: a title block, a header
of two rows merged over "Năm sinh — Nam | Nữ", a numbering row, names typed with the TCVN3 font,
villages partly with the VNI font, local spellings, a totals row and a signature block."""

from __future__ import annotations

from pathlib import Path

from desktop.models import legacy_text

TCVN3_OF = {letter: code for code, letter in legacy_text.TCVN3_TABLE.items()}
VNI_OF = {}
for sequence, letter in sorted(legacy_text.VNI_TABLE.items(), key=lambda item: -len(item[0])):
    VNI_OF.setdefault(letter, sequence)  # a base letter and its mark before a letter of one byte
for letter in "íìÍÌ":
    VNI_OF[letter] = letter


def tcvn3(text: str) -> str:
    """`text` as typed with .VnTime (upper-case toned letters as .VnTimeH types them)."""
    return "".join(TCVN3_OF.get(ch, TCVN3_OF.get(ch.lower(), ch)) for ch in text)


def vni(text: str) -> str:
    return "".join(VNI_OF.get(ch, ch) for ch in text)


HEADER = [
    "STT",
    "Họ và tên chủ hộ",
    "Năm sinh",
    None,
    "Dân tộc",
    "Thôn",
    "Số khẩu",
    "Phân loại",
    "Thu nhập bình quân (đồng/người/tháng)",
    "Số CCCD",
    "Ghi chú",
]
SUBHEADER = [None, None, "Nam", "Nữ", None, None, None, None, None, None, None]

# (name, gender, birth year, ethnic group as typed, village as typed, members, status, income)
HOUSEHOLDS = [
    ("Nguyễn Văn Lâm", "nam", 1975, "Kinh", vni("Thôn Pà Dồn"), 5, "Hộ nghèo", "1,5 triệu"),
    ("Alăng Thị Hoa", "nu", 1980, "Cơtu", "Th. Pà Dồn", 4, "Cận nghèo", 1_800_000),
    ("Bhríu Văn Đông", "nam", 1968, "Katu", "Pà-Dồn", 6, "HN", "1.200.000"),
    ("Zơrâm Thị Mai", "nu", 1990, "Ka Tu", "Đăk Ốc", 3, "Hộ nghèo", 900_000),
    ("Hồ Văn Sáu", "nam", 1959, "Xê Đăng", vni("Thôn Rô"), 2, "Hộ cận nghèo", "2,1 triệu"),
    ("Pơloong Thị Nhung", "nu", 1985, "Pa Kô", "Dak Oc", 5, "Hộ nghèo", 1_000_000),
    ("Hốih Thị Ngân", "nu", 1971, "Cơ Tu", vni("Thôn Đắc Chừ"), 4, "Hộ nghèo", 950_000),
]
EXPECTED = {
    # name -> (village, ethnic code, gender, birth year, members, status, income)
    "Nguyễn Văn Lâm": ("Thôn Pà Dồn", "01", "nam", 1975, 5, "poor", 1_500_000),
    "Alăng Thị Hoa": ("Thôn Pà Dồn", "26", "nu", 1980, 4, "near_poor", 1_800_000),
    "Bhríu Văn Đông": ("Thôn Pà Dồn", "26", "nam", 1968, 6, "poor", 1_200_000),
    "Zơrâm Thị Mai": ("Thôn Đắc Ốc", "26", "nu", 1990, 3, "poor", 900_000),
    "Hồ Văn Sáu": ("Thôn Rô", "14", "nam", 1959, 2, "near_poor", 2_100_000),
    "Pơloong Thị Nhung": ("Thôn Đắc Ốc", "31", "nu", 1985, 5, "poor", 1_000_000),
    "Hốih Thị Ngân": ("Thôn Đắc Chừ", "26", "nu", 1971, 4, "poor", 950_000),
}
FIRST_DATA_ROW = 10
TOTAL_ROW = FIRST_DATA_ROW + len(HOUSEHOLDS)


def rows() -> list[list]:
    """The sheet's rows from row 1."""
    out: list[list] = [
        ["UBND XÃ ĐẮC TÔI", None, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["BAN CHỈ ĐẠO GIẢM NGHÈO", None, None, None, None, None, "Độc lập - Tự do - Hạnh phúc"],
        [],
        ["DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025"],
        ["(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/12/2025 của UBND xã La Dêê)"],
        [],
        HEADER,
        SUBHEADER,
        [f"({n})" for n in range(1, len(HEADER) + 1)],
    ]
    for n, (name, gender, born, ethnic, village, members, status, income) in enumerate(
        HOUSEHOLDS, start=1
    ):
        out.append(
            [
                n,
                tcvn3(name),
                born if gender == "nam" else None,
                born if gender == "nu" else None,
                ethnic,
                village,
                members,
                status,
                income,
                f"0490{n:08d}",
                vni("Gia đình chính sách") if n == 3 else None,
            ]
        )
    out += [
        ["Tổng cộng", None, None, None, None, None, sum(h[5] for h in HOUSEHOLDS)],
        [],
        ["Người lập biểu", None, None, None, None, None, None, "TM. UBND XÃ"],
        ["(Ký, ghi rõ họ tên)", None, None, None, None, None, None, "CHỦ TỊCH"],
        [],
        ["Zơrâm Thị Hoa", None, None, None, None, None, None, "Alăng Văn Nhập"],
    ]
    return out


def write_xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DS hộ nghèo 2025"
    for values in rows():
        sheet.append(values)
    sheet.merge_cells("A4:K4")
    sheet.merge_cells("C7:D7")
    for column in "ABEFGHIJK":
        sheet.merge_cells(f"{column}7:{column}8")
    book.save(path)
    return path


def write_ods(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="DS hộ nghèo 2025")
    for values in rows():
        row = TableRow()
        for value in values:
            if value is None:
                row.addElement(TableCell())
            elif isinstance(value, int):
                cell = TableCell(valuetype="float", value=value)
                cell.addElement(P(text=str(value)))
                row.addElement(cell)
            else:
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=str(value)))
                row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path
