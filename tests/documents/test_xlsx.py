"""Excel exports open with openpyxl, carry Vietnamese headers and formats, and total as the database."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from desktop.documents import xlsx
from desktop.models import records, reports
from desktop.models.errors import UserError
from tests.documents.conftest import TOTAL, YEAR, sheet_values


def _read(path):
    ws = load_workbook(path).active
    rows = sheet_values(ws)
    return ws, rows[0], rows[1:]


@pytest.mark.parametrize("table", xlsx.tables())
def test_every_table_exports(docs_station, tmp_path, table):
    out = tmp_path / f"{table}.xlsx"
    exported = xlsx.export_table(docs_station.db, table, out)
    ws, header, rows = _read(out)
    assert list(header) == [c.header for c in records.export(table).columns]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref.startswith("A1:")
    for letter in "AB":
        assert ws.column_dimensions[letter].width >= 8
    data = [r for r in rows if r[0] != xlsx.TOTAL_LABEL]
    assert len(data) == exported.rows


def test_receipt_items_total_equals_the_database(docs_station, tmp_path):
    out = tmp_path / "items.xlsx"
    xlsx.export_table(docs_station.db, "receipt_items", out, year=YEAR)
    ws, header, rows = _read(out)
    amount = header.index("Thành tiền (đồng)")
    total_row = rows[-1]
    assert total_row[0] == xlsx.TOTAL_LABEL
    database = docs_station.db.execute(
        "SELECT SUM(amount) FROM receipt_item WHERE deleted = 0"
    ).fetchone()[0]
    assert total_row[amount] == database == TOTAL
    assert sum(r[amount] for r in rows[:-1]) == database
    cell = ws.cell(row=2, column=amount + 1)
    assert cell.number_format == xlsx.MONEY
    date_cell = ws.cell(row=2, column=1)
    assert date_cell.value == dt.datetime(YEAR, 3, 5)
    assert date_cell.number_format == xlsx.DATE


def test_needs_total_and_year_filter(docs_station, tmp_path):
    out = tmp_path / "needs.xlsx"
    xlsx.export_table(docs_station.db, "needs", out, year=YEAR + 1)
    ws, header, rows = _read(out)
    assert ws.title == f"Nhu cầu đề xuất năm {YEAR + 1}"
    cost = header.index("Kinh phí dự kiến (đồng)")
    assert (
        rows[-1][cost]
        == docs_station.db.execute(
            "SELECT SUM(estimated_cost) FROM need WHERE year = ? AND deleted = 0", [YEAR + 1]
        ).fetchone()[0]
    )
    assert {r[header.index("Trạng thái")] for r in rows[:-1]} == {"Đề xuất"}


def test_tombstones_are_not_exported(docs_station, tmp_path):
    db = docs_station.db
    db.execute("UPDATE household SET deleted = 1 WHERE head_name = 'Hồ Văn Dũng'")
    xlsx.export_table(db, "households", tmp_path / "h.xlsx")
    _, header, rows = _read(tmp_path / "h.xlsx")
    names = [r[header.index("Họ và tên chủ hộ")] for r in rows]
    assert "Hồ Văn Dũng" not in names and "Pơloong Thị Ưng" in names
    assert rows[-1][header.index("Số nhân khẩu")] == 4 * 4


def test_a_year_without_rows_is_refused_and_writes_nothing(docs_station, tmp_path):
    out = tmp_path / "x.xlsx"
    with pytest.raises(UserError, match="2019"):
        xlsx.export_table(docs_station.db, "receipts", out, year=2019)
    assert not out.exists()


def test_unknown_table_is_refused(docs_station, tmp_path):
    with pytest.raises(UserError, match="tables"):
        xlsx.export_table(docs_station.db, "tables", tmp_path / "x.xlsx")


def test_reports_export_with_their_totals(docs_station, tmp_path):
    db = docs_station.db
    out = tmp_path / "year.xlsx"
    report = reports.year_end(db, YEAR)
    exported = xlsx.write_workbook(xlsx.year_end_sheets(report), out)
    book = load_workbook(out)
    assert book.sheetnames == [
        "Tiếp nhận",
        "Theo đơn vị",
        "Theo lĩnh vực",
        "Mô hình",
        "Đánh giá đơn vị",
    ]
    receipts = sheet_values(book["Tiếp nhận"])
    assert receipts[-1][0] == xlsx.TOTAL_LABEL and receipts[-1][6] == TOTAL
    assert exported.totals["Giá trị (đồng)"] == TOTAL
    assessed = sheet_values(book["Đánh giá đơn vị"])
    assert assessed[1][0] == "Chi nhánh Xăng dầu Quảng Nam"
    assert assessed[1][2] == TOTAL
    needs = xlsx.write_workbook(
        xlsx.needs_report_sheets(reports.needs_of_year(db, YEAR + 1)), tmp_path / "n.xlsx"
    )
    assert needs.totals["Kinh phí dự kiến (đồng)"] == 510_000_000
