"""The hub as the district officer uses it, through the command line: a city hub, two enrolled
communes that exchanged real bundles and every other commune of the area without a station."""

from __future__ import annotations

import json
import re

from district import COMMUNE_A, COMMUNE_B, District

from desktop.models import area_reports, reports, store
from desktop.models.errors import UserError
from desktop.models.text import fold, format_number
from tests.documents.conftest import one_line, pdf_text

NOT_ENROLLED = "20710"  # Xã Bến Giằng: in the city, no station


def hub_status(run_cli, district: District) -> dict:
    result = run_cli("--data-dir", district.hub.root, "sync", "status", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_status_lists_every_commune_of_the_area(district: District, run_cli) -> None:
    communes = {c["code"]: c for c in hub_status(run_cli, district)["communes"]}
    db = store.open_database(district.hub)
    in_force = db.execute(
        "SELECT count(*) FROM admin_unit WHERE parent_code = '48' AND valid_to IS NULL"
    ).fetchone()[0]
    assert len(communes) == in_force
    assert communes[COMMUNE_A]["enrolled"] and communes[COMMUNE_B]["enrolled"]
    assert communes[COMMUNE_A]["last_bundle_at"] and communes[COMMUNE_A]["held"] == 0
    other = communes[NOT_ENROLLED]
    assert other["name"] == "Xã Bến Giằng" and not other["enrolled"]
    assert other["last_bundle_at"] is None and other["late"]  # nothing sent by 15/01
    assert {p["name"] for p in communes[COMMUNE_A]["predecessors"]} == {"Xã La Dêê", "Xã Đắc Tôi"}
    text = run_cli("--data-dir", district.hub.root, "sync", "status").out
    assert "Xã Bến Giằng: chưa đăng ký" in text


def quarter_with_receipts(db) -> tuple[int, str]:
    year = db.execute("SELECT max(substr(received_on, 1, 4)) FROM receipt").fetchone()[0]
    for period in ("q1", "q2", "q3", "q4"):
        start, end = reports.period_range(int(year), period)
        found = db.execute(
            "SELECT count(DISTINCT commune_code) FROM receipt WHERE deleted = 0 AND "
            "received_on BETWEEN ? AND ?",
            [start.isoformat(), end.isoformat() + "T99"],
        ).fetchone()[0]
        if found == 2:
            return int(year), period
    raise AssertionError("no quarter where both communes received something")


def sql_figures(db, year: int, period: str, codes: tuple[str, ...]) -> tuple[int, int]:
    """(receipts, value) of the communes `codes` in the period, straight from the tables."""
    start, end = reports.period_range(year, period)
    marks = ", ".join("?" * len(codes))
    return db.execute(
        "SELECT count(DISTINCT r.id), COALESCE(SUM(i.amount), 0) FROM receipt r "
        "LEFT JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        f"WHERE r.deleted = 0 AND r.commune_code IN ({marks}) AND r.received_on BETWEEN ? AND ?",
        [*codes, start.isoformat(), end.isoformat() + "T99"],
    ).fetchone()


def test_quarter_report_has_each_communes_figures_of_that_quarter_only(
    district: District, run_cli, tmp_path
) -> None:
    db = store.open_database(district.hub)
    year, quarter = quarter_with_receipts(db)
    out = tmp_path / "quy.pdf"
    d = ("--data-dir", district.hub.root, "print", "periodic", "--year", year)
    assert run_cli(*d, "--period", quarter, "--out", out).code == 0
    assert run_cli(*d, "--period", "year", "--out", tmp_path / "nam.pdf").code == 0
    text = one_line(" ".join(pdf_text(out)))
    whole = one_line(" ".join(pdf_text(tmp_path / "nam.pdf")))
    for name, codes in (("Xã La Dêê", ("20704", "20705")), ("Xã La Êê", (COMMUNE_B,))):
        receipts, value = sql_figures(db, year, quarter, codes)
        assert receipts > 0
        row = re.search(rf"{name} [\d.]+ [\d.]+ [\d.]+ (\d+) ([\d.]+) ", text)
        assert row is not None, text
        assert (int(row.group(1)), row.group(2)) == (receipts, format_number(value))
        year_receipts, year_value = sql_figures(db, year, "year", codes)
        assert year_value > value  # the quarter is not the year
        year_row = re.search(rf"{name} [\d.]+ [\d.]+ [\d.]+ (\d+) ([\d.]+) ", whole)
        assert year_row is not None
        assert (int(year_row.group(1)), year_row.group(2)) == (
            year_receipts,
            format_number(year_value),
        )
    assert "Xã Bến Giằng" in text  # named among the communes with nothing in the quarter


def test_each_communes_figures_in_the_area_report_are_its_own_report(district: District) -> None:
    """The area report sums every commune's figures at once, grouped by the commune the records
    roll up to: each equals that of the commune's own report (its predecessors' records in it),
    for every period."""
    db = store.open_database(district.hub)
    year, quarter = quarter_with_receipts(db)
    for period in reports.PERIODS:
        report = area_reports.area_period(db, year, period)
        reporting = {c.code: c.figures for c in report.reporting}
        assert COMMUNE_A in reporting and COMMUNE_B in reporting
        for commune in report.communes:
            try:
                own = reports.period_figures(db, year, period, commune.code)
            except UserError:
                assert commune.figures is None, commune.name
                continue
            assert commune.figures == reports.PeriodTotals(
                receipts=len(own.receipts),
                total_value=own.total_value,
                by_category=own.by_category,
                households_reached=own.households_reached,
                models=len(own.models),
                needs_total=own.needs_total,
                needs_cost=own.needs_cost,
                needs_fulfilled=own.needs_fulfilled,
            ), (commune.name, period)


def test_a_sponsor_helping_two_communes_appears_once_with_the_sum(
    district: District, run_cli, tmp_path
) -> None:
    db = store.open_database(district.hub)
    year, quarter = quarter_with_receipts(db)
    start, end = reports.period_range(year, quarter)
    rows = db.execute(
        "SELECT s.name, s.id, COALESCE(SUM(i.amount), 0) FROM receipt r "
        "JOIN sponsor s ON s.id = r.sponsor_id LEFT JOIN receipt_item i ON i.receipt_id = r.id "
        "AND i.deleted = 0 WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? GROUP BY 1, 2",
        [start.isoformat(), end.isoformat() + "T99"],
    ).fetchall()
    by_sponsor: dict[str, list] = {}
    for name, sponsor_id, value in rows:
        entry = by_sponsor.setdefault(fold(name), [name, [], 0])
        entry[1].append(sponsor_id)
        entry[2] += value
    shared = [e for e in by_sponsor.values() if len(e[1]) >= 2]
    assert shared, "the demo communes share a sponsor"
    # the district officer makes each one entry of the hub's directory and confirms the others
    d = ("--data-dir", district.hub.root, "sponsors", "directory")
    for name, ids, _value in shared:
        assert run_cli(*d, "add", "--from-sponsor", ids[0]).code == 0
        for other in ids[1:]:
            assert run_cli(*d, "match", other, name).code == 0
    out = tmp_path / "quy.pdf"
    d = ("--data-dir", district.hub.root, "print", "periodic", "--year", year)
    assert run_cli(*d, "--period", quarter, "--out", out).code == 0
    text = one_line(" ".join(pdf_text(out)))
    section = text.split("2. Nguồn lực theo đơn vị kết nghĩa")[1].split("3. Nguồn lực")[0]
    for name, _communes, value in shared:
        assert section.count(name) == 1
        after = section.split(name)[1]
        assert format_number(value) in after.split("Tổng cộng")[0]


def test_the_hub_refuses_a_handover_and_a_survey_sheet(district: District, run_cli, tmp_path):
    db = store.open_database(district.hub)
    receipt = db.execute("SELECT id FROM receipt LIMIT 1").fetchone()[0]
    d = ("--data-dir", district.hub.root, "print")
    before = db.execute("SELECT count(*) FROM document").fetchone()[0]
    result = run_cli(*d, "handover", "--receipt", receipt, "--out", tmp_path / "bb.pdf")
    assert result.code == 1 and "không in biên bản bàn giao" in result.err
    sheet = run_cli(*d, "survey-sheet", "--out", tmp_path / "phieu.pdf")
    assert sheet.code == 1 and "phiếu khảo sát" in sheet.err
    assert not (tmp_path / "bb.pdf").exists()
    assert db.execute("SELECT count(*) FROM document").fetchone()[0] == before
    commune = run_cli(
        "--data-dir", district.a.root, "print", "needs-summary", "--year", 2026,
        "--out", tmp_path / "th.pdf",
    )  # fmt: skip
    assert commune.code == 1 and "Chỉ trạm tổng hợp" in commune.err


def test_needs_summary_names_the_communes_that_sent_nothing(district: District, run_cli, tmp_path):
    db = store.open_database(district.hub)
    year = db.execute("SELECT max(year) FROM need WHERE status <> 'de_xuat'").fetchone()[0]
    out = tmp_path / "th.pdf"
    d = ("--data-dir", district.hub.root, "print", "needs-summary", "--year", year)
    assert run_cli(*d, "--out", out).code == 0
    text = one_line(" ".join(pdf_text(out)))
    assert f"Tổng hợp đề xuất nhu cầu hỗ trợ năm {year}" in text
    assert "Xã La Dêê" in text and "Xã La Êê" in text
    missing = text.split("Các xã, phường chưa gửi đề xuất nhu cầu:")[1]
    assert "Xã Bến Giằng" in missing and "Xã La Dêê" not in missing.split(".")[0]


def test_hub_exports_carry_the_commune_and_filter_by_it(district: District, run_cli, tmp_path):
    from openpyxl import load_workbook

    d = ("--data-dir", district.hub.root, "export", "xlsx")
    assert run_cli(*d, "--table", "receipts", "--out", tmp_path / "all.xlsx").code == 0
    sheet = load_workbook(tmp_path / "all.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["Xã", "Mã xã", "Ngày tiếp nhận"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2) if row[1].value]
    assert {r[1] for r in rows} == {COMMUNE_A, COMMUNE_B}  # Đắc Tôi's rows under La Dêê
    assert {r[0] for r in rows if r[1] == COMMUNE_A} == {"Xã La Dêê"}
    one = run_cli(*d, "--table", "receipts", "--commune", COMMUNE_B, "--out", tmp_path / "b.xlsx")
    assert one.code == 0
    only_b = [r for r in load_workbook(tmp_path / "b.xlsx").active.iter_rows(min_row=2)]
    db = store.open_database(district.hub)
    count_b = db.execute(  # La Êê's records and those of the communes merged into it
        "SELECT count(*) FROM receipt WHERE deleted = 0 AND commune_code IN (SELECT ? UNION "
        "SELECT old_code FROM admin_unit_change WHERE new_code = ?)",
        [COMMUNE_B, COMMUNE_B],
    ).fetchone()[0]
    assert len([r for r in only_b if r[1].value == COMMUNE_B]) == count_b
    assert all(r[1].value in (COMMUNE_B, None) for r in only_b)  # the totals row has no code
    bad = run_cli(*d, "--table", "receipts", "--commune", "99999", "--out", tmp_path / "x.xlsx")
    assert bad.code == 1 and "99999" in bad.err and not (tmp_path / "x.xlsx").exists()
    year, quarter = quarter_with_receipts(db)
    book = tmp_path / "district.xlsx"
    args = ("--table", "district", "--year", year, "--period", quarter, "--out", book)
    assert run_cli(*d, *args).code == 0
    sponsors = load_workbook(book).worksheets[0]
    header = [c.value for c in sponsors[1]]
    assert header[0] == "Đơn vị kết nghĩa" and header[-1] == "Cộng"
    assert {"Xã La Dêê", "Xã La Êê"} <= set(header)
    names = [row[0].value for row in sponsors.iter_rows(min_row=2)]
    assert len(names) == len({fold(n) for n in names})  # each sponsor once


def test_hub_report_workbooks_have_a_row_per_commune_with_totals(
    district: District, run_cli, tmp_path
) -> None:
    from openpyxl import load_workbook

    from desktop.models import area

    db = store.open_database(district.hub)
    year, quarter = quarter_with_receipts(db)
    communes = {c.code: c.name for c in area.area(db)}
    d = ("--data-dir", district.hub.root, "export", "xlsx", "--year", year)
    for kind in ("periodic", "needs-summary", "year-end"):
        out = tmp_path / f"{kind}.xlsx"
        period = ("--period", quarter) if kind == "periodic" else ()
        result = run_cli(*d, "--report", kind, *period, "--out", out)
        assert result.code == 0, result.err
        sheet = load_workbook(out).worksheets[0]
        header = [c.value for c in sheet[1]]
        assert header[:2] == ["Xã", "Mã xã"], (kind, header)
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
        body, total = rows[:-1], rows[-1]
        assert {r[1]: r[0] for r in body} == communes  # every commune of the area, once
        assert total[0] == "Tổng cộng"
        assert all(str(v).startswith("=SUBTOTAL(9,") for v in total[2:] if v is not None)
    periodic = load_workbook(tmp_path / "periodic.xlsx").worksheets[0]
    header = [c.value for c in periodic[1]]
    by_code = {row[1].value: row for row in periodic.iter_rows(min_row=2)}
    at = header.index("Giá trị tiếp nhận (đồng)")
    for code, codes in ((COMMUNE_A, (COMMUNE_A, "20705")), (COMMUNE_B, (COMMUNE_B,))):
        receipts, value = sql_figures(db, year, quarter, codes)
        assert by_code[code][at].value == value and value > 0
        assert by_code[code][at - 1].value == receipts
    assert by_code[NOT_ENROLLED][at].value == 0


def test_a_city_hub_says_thanh_pho_never_huyen_in_its_documents_and_exports(
    district: District, run_cli, tmp_path
) -> None:
    from openpyxl import load_workbook

    db = store.open_database(district.hub)
    year, quarter = quarter_with_receipts(db)
    hub = ("--data-dir", district.hub.root)
    texts = []
    for kind, period in (("periodic", quarter), ("needs-summary", None), ("year-end", None)):
        out = tmp_path / f"{kind}.pdf"
        extra = ("--period", period) if period else ()
        assert run_cli(*hub, "print", kind, "--year", year, *extra, "--out", out).code == 0
        texts.append(one_line(" ".join(pdf_text(out))))
        book = tmp_path / f"{kind}.xlsx"
        assert run_cli(*hub, "export", "xlsx", "--report", kind, "--year", year, *extra,
                       "--out", book).code == 0  # fmt: skip
        texts += [str(c.value) for ws in load_workbook(book) for row in ws for c in row]
        texts += [ws.title for ws in load_workbook(book)]
    book = tmp_path / "district.xlsx"
    assert run_cli(*hub, "export", "xlsx", "--table", "district", "--year", year,
                   "--out", book).code == 0  # fmt: skip
    texts += [str(c.value) for ws in load_workbook(book) for row in ws for c in row]
    for command in (("sync", "status"), ("settings", "show"), ("info",)):
        result = run_cli(*hub, *command)
        assert result.code == 0, result.err
        texts.append(result.out)
    assert "thành phố đà nẵng" in " ".join(texts).lower()
    leaked = [t for t in texts if "huyện" in t.lower()]
    assert not leaked, leaked[:3]
