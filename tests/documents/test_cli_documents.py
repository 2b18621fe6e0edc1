"""`ketnghia print …` and `ketnghia export xlsx …` on the demo commune, as a script would run them."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from desktop.documents import layout
from desktop.models import store
from tests.documents.conftest import one_line, pdf_text, sheet_values


@pytest.fixture
def station(commune_dir, run_cli):
    info = run_cli("--data-dir", commune_dir.root, "info", "--json")
    assert info.code == 0
    data = json.loads(info.out)
    db = store.open_database(commune_dir)
    year = db.execute("SELECT MAX(year) FROM need WHERE deleted = 0").fetchone()[0]
    busiest = db.execute(
        "SELECT i.receipt_id FROM allocation a JOIN receipt_item i ON i.id = a.receipt_item_id "
        "WHERE a.deleted = 0 GROUP BY i.receipt_id ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    household = db.execute("SELECT household_id FROM household_year LIMIT 1").fetchone()[0]
    db.conn.close()
    return {
        "dir": str(commune_dir.root),
        "receipts": data["receipts"],
        "year": year,
        "busiest": busiest,
        "household": household,
    }


def test_print_every_document(station, run_cli, tmp_path):
    d = ["--data-dir", station["dir"], "print"]
    receipt = station["receipts"][0]
    year = station["year"]
    commands = {
        "handover": ["handover", "--receipt", receipt],
        "list": ["receipt-list", "--receipt", station["busiest"]],
        "needs": ["needs-report", "--year", year],
        "year-end": ["year-end", "--year", year - 1],
        "periodic": ["periodic", "--year", year - 1, "--period", "9m"],
        "blank": ["survey-sheet"],
        "filled": ["survey-sheet", "--household", station["household"]],
    }
    for name, args in commands.items():
        out = tmp_path / f"{name}.pdf"
        result = run_cli(*d, *args, "--out", out)
        assert result.code == 0, result.err
        assert str(out) in result.out
        pages = pdf_text(out)
        assert layout.QUOC_HIEU in pages[0] and layout.TIEU_NGU in pages[0]
    text = one_line(" ".join(pdf_text(tmp_path / "handover.pdf")))
    assert "Số: " in text and "/BB-UBND" in text and "Bằng chữ:" in text


def test_export_every_table(station, run_cli, tmp_path):
    from desktop.documents.xlsx import tables

    for table in tables():
        out = tmp_path / f"{table}.xlsx"
        result = run_cli(
            "--data-dir", station["dir"], "export", "xlsx", "--table", table, "--out", out
        )
        assert result.code == 0, result.err
        assert load_workbook(out).active.freeze_panes == "A2"


def test_export_receipts_total_equals_the_database(station, run_cli, tmp_path, commune_dir):
    year = station["year"] - 1
    out = tmp_path / "r.xlsx"
    result = run_cli(
        "--data-dir",
        station["dir"],
        "export",
        "xlsx",
        "--table",
        "receipts",
        "--year",
        year,
        "--out",
        out,
    )
    assert result.code == 0, result.err
    rows = sheet_values(load_workbook(out).active)
    db = store.open_database(commune_dir)
    database = db.execute(
        "SELECT SUM(i.amount) FROM receipt_item i JOIN receipt r ON r.id = i.receipt_id "
        "WHERE i.deleted = 0 AND r.deleted = 0 AND substr(r.received_on, 1, 4) = ?",
        [str(year)],
    ).fetchone()[0]
    db.conn.close()
    assert rows[-1][0] == "Tổng cộng"
    assert rows[-1][rows[0].index("Giá trị (đồng)")] == database > 0


@pytest.mark.parametrize(
    "args",
    [
        ["print", "handover", "--receipt", "không-có"],
        ["print", "receipt-list", "--receipt", "không-có"],
        ["print", "needs-report", "--year", "1990"],
        ["print", "year-end", "--year", "1990"],
        ["print", "periodic", "--year", "1990", "--period", "q1"],
        ["print", "survey-sheet", "--household", "không-có"],
        ["export", "xlsx", "--table", "receipts", "--year", "1990"],
    ],
)
def test_bad_input_gives_one_sentence_and_a_nonzero_exit(station, run_cli, tmp_path, args):
    out = tmp_path / ("x.xlsx" if args[0] == "export" else "x.pdf")
    result = run_cli("--data-dir", station["dir"], *args, "--out", out)
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert not out.exists()


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_unwritable_path_is_refused(station, run_cli, tmp_path, kind):
    missing = tmp_path / "không-có-thư-mục" / f"x.{kind}"
    if kind == "pdf":
        args = ["print", "needs-report", "--year", station["year"]]
    else:
        args = ["export", "xlsx", "--table", "households"]
    result = run_cli("--data-dir", station["dir"], *args, "--out", missing)
    assert result.code == 1
    assert "không-có-thư-mục" in result.err
    assert len(result.err.strip().splitlines()) == 1
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run_cli("--data-dir", station["dir"], *args, "--out", folder)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1


def test_export_a_report_workbook_from_the_command_line(station, run_cli, tmp_path, commune_dir):
    import datetime as dt

    from desktop.models import reports, store

    year = dt.date.today().year - 1
    out = tmp_path / "q1.xlsx"
    result = run_cli(
        "--data-dir",
        station["dir"],
        "export",
        "xlsx",
        "--report",
        "periodic",
        "--year",
        year,
        "--period",
        "q1",
        "--out",
        out,
    )
    assert result.code == 0, result.err
    book = load_workbook(out)
    rows = sheet_values(book["Tiếp nhận"])
    db = store.open_database(commune_dir)
    try:
        figures = reports.period_figures(db, year, "q1")
    finally:
        db.conn.close()
    assert rows[-1][0] == "Tổng cộng"
    assert rows[-1][rows[0].index("Giá trị (đồng)")] == figures.total_value
    sheet = book["Tiếp nhận"]
    assert sheet.print_title_rows == "$1:$1" and sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.orientation == "landscape"
    result = run_cli(
        "--data-dir", station["dir"], "export", "xlsx", "--report", "year-end", "--out", out
    )
    assert result.code == 1 and "--year" in result.err


def test_years_show_without_grouping_and_priorities_and_surveyors_in_words(
    station, run_cli, tmp_path
):
    out = tmp_path / "ho.xlsx"
    assert (
        run_cli(
            "--data-dir", station["dir"], "export", "xlsx", "--table", "households", "--out", out
        ).code
        == 0
    )
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    born = ws.cell(row=2, column=header.index("Năm sinh") + 1)
    assert born.number_format == "0" and isinstance(born.value, int)
    out = tmp_path / "nc.xlsx"
    assert (
        run_cli(
            "--data-dir", station["dir"], "export", "xlsx", "--table", "needs", "--out", out
        ).code
        == 0
    )
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    priorities = {r[header.index("Ưu tiên")] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert priorities <= {"Cao", "Trung bình", "Thấp", None} and "Cao" in priorities
    out = tmp_path / "ks.xlsx"
    assert (
        run_cli(
            "--data-dir", station["dir"], "export", "xlsx", "--table", "surveys", "--out", out
        ).code
        == 0
    )
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    people = ws.cell(row=2, column=header.index("Người khảo sát") + 1).value
    assert people and "-" not in people.split(",")[0]  # names, not member ids
    assert "Tổng cộng" not in [r[0] for r in ws.iter_rows(values_only=True)]  # no summed rounds
    out = tmp_path / "dv.xlsx"
    assert (
        run_cli(
            "--data-dir", station["dir"], "export", "xlsx", "--table", "sponsors", "--out", out
        ).code
        == 0
    )
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[-1][0] != "Tổng cộng"  # staff sizes are not summed
