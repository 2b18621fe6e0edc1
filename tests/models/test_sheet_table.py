"""Finding the table: header rows without merge information, repeated headers at page breaks,
the title's year (not the date line), numbering rows, the reader's row numbers and text."""

from __future__ import annotations

import csv
import datetime as dt

from desktop.models import spreadsheet, xlsx_import
from desktop.models.sheet_table import ranges


def write_csv(path, rows, encoding="utf-8", delimiter=","):
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_two_row_header_without_merges_and_repeated_headers(tmp_path):
    rows = [
        ["UBND XÃ ĐẮC TÔI", "", "", "", "Đắc Tôi, ngày 05 tháng 01 năm 2026"],
        ["DANH SÁCH HỘ CẬN NGHÈO NĂM 2025"],
        ["STT", "Họ và tên", "Năm sinh", "", "Thôn"],
        ["", "", "Nam", "Nữ", ""],
        ["A", "B", "1", "2", "3"],
        ["1", "Hồ Văn Một", "1970", "", "Rô"],
        ["STT", "Họ và tên", "Năm sinh", "", "Thôn"],  # the header again on the next page
        ["2", "Hồ Thị Hai", "", "1980", "Rô"],
    ]
    sheet = xlsx_import.read_sheet(write_csv(tmp_path / "ds.csv", rows, delimiter=";"))
    assert sheet.header_row == 3 and sheet.table.header_rows == 2
    assert sheet.headers == ["STT", "Họ và tên", "Năm sinh — Nam", "Năm sinh — Nữ", "Thôn"]
    assert sheet.table.skipped == [(5, "numbering"), (7, "header")]
    assert [number for number, _cells in sheet.rows] == [6, 8]
    assert sheet.table.title_year() == 2025  # not 2026 of the date line
    mapping = xlsx_import.synonym_mapping(sheet.headers)
    assert mapping["birth_year_male"] == 2 and mapping["birth_year_female"] == 3
    assert "year" not in mapping


def test_reader_keeps_the_sheets_row_numbers_and_normalizes_text(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws["B4"] = "Chu\u0309 ho\u0302\u0323"  # typed with combining marks
    ws["B5"] = dt.date(1975, 3, 2)
    ws["C5"] = 3.0
    book.save(tmp_path / "a.xlsx")
    data = spreadsheet.read(spreadsheet.open_book(tmp_path / "a.xlsx"))
    assert data.rows[3][1] == "Chủ hộ"
    assert data.rows[4][1:] == [dt.date(1975, 3, 2), 3]


def test_utf16_without_a_byte_order_mark(tmp_path):
    path = tmp_path / "ds.csv"
    path.write_bytes("Chủ hộ\tThôn\r\nHồ Văn Một\tRô\r\n".encode("utf-16-le"))
    book = spreadsheet.open_book(path)
    assert book.encoding == "utf-16-le"
    assert spreadsheet.read(book).rows == [["Chủ hộ", "Thôn"], ["Hồ Văn Một", "Rô"]]


def test_ranges_and_cell_names():
    assert ranges([5, 6, 7, 9, 12, 13]) == "5–7, 9, 12–13"
    assert spreadsheet.cell_name(11, 2) == "C12" and spreadsheet.cell_name(0, 27) == "AB1"
