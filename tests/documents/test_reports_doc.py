"""The reports and the survey sheet, read back from the PDF; the layout's text rules."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.documents import layout, printing
from desktop.documents.words import vnd_in_words
from desktop.models import reports
from desktop.models.errors import UserError
from desktop.models.text import format_number
from tests.documents.conftest import VIETNAMESE_LETTERS, YEAR, one_line, pdf_text
from tests.documents.test_handover import assert_embedded_a4

DAY = dt.date(2026, 1, 5)


def test_every_vietnamese_letter_survives_the_pdf(tmp_path):
    out = tmp_path / "letters.pdf"
    words = [VIETNAMESE_LETTERS[i : i + 20] for i in range(0, len(VIETNAMESE_LETTERS), 20)]
    story = [layout.para(" ".join(words), "body_plain")]
    story += [layout.para(" ".join(words), style) for style in ("heading", "date", "noi_nhan")]
    layout.build(layout.Document("Chữ Việt", story), out)
    text = "".join(one_line(pdf_text(out)[0]).split())
    assert text.count(VIETNAMESE_LETTERS) == 4
    assert_embedded_a4(out)


@pytest.mark.parametrize("face", sorted(layout.FONT_FILES))
def test_every_face_has_a_glyph_for_every_vietnamese_letter(face):
    from reportlab.pdfbase import pdfmetrics

    layout.register_fonts()
    glyphs = pdfmetrics.getFont(face).face.charToGlyph
    missing = [ch for ch in VIETNAMESE_LETTERS + "₫–“”…" if glyphs.get(ord(ch), 0) == 0]
    assert missing == []


def test_decomposed_input_is_printed_as_precomposed_letters(tmp_path):
    import unicodedata

    out = tmp_path / "nfd.pdf"
    name = "Bhríu Thị Ngọc Ưng"
    layout.build(layout.Document("x", [layout.para(unicodedata.normalize("NFD", name))]), out)
    assert name in pdf_text(out)[0]


@pytest.mark.parametrize(
    ("day", "line"),
    [
        (dt.date(2026, 1, 5), "Đắc Tôi, ngày 05 tháng 01 năm 2026"),
        (dt.date(2026, 2, 28), "Đắc Tôi, ngày 28 tháng 02 năm 2026"),
        (dt.date(2026, 3, 9), "Đắc Tôi, ngày 09 tháng 3 năm 2026"),
        (dt.date(2026, 12, 31), "Đắc Tôi, ngày 31 tháng 12 năm 2026"),
    ],
)
def test_date_line_has_leading_zeros_as_the_decree_says(day, line):
    assert layout.date_line("Đắc Tôi", day) == line


def test_needs_report(docs_station, tmp_path):
    out = tmp_path / "nhu-cau.pdf"
    printed = printing.print_needs_report(docs_station.db, YEAR + 1, out, on=DAY)
    assert printed.number == "01/BC-UBND"
    pages = pdf_text(out)
    text = one_line(" ".join(pages))
    assert layout.QUOC_HIEU in pages[0] and layout.TIEU_NGU in pages[0]
    assert "Số: 01/BC-UBND" in text
    assert "La Dêê, ngày 05 tháng 01 năm 2026" in text
    assert f"Đề xuất nhu cầu hỗ trợ năm {YEAR + 1}" in text
    assert "Hỗ trợ bò cái sinh sản cho hộ nghèo" in text
    assert "Bê tông hóa đường nội thôn Đắc Ốc" in text
    total = 150_000_000 + 360_000_000
    assert f"Tổng cộng 2 {format_number(total)}" in text
    assert vnd_in_words(total) in text
    assert "Kính gửi:" in text and "Ban Dân tộc tỉnh" in text
    assert "Nơi nhận:" in text and "Lưu: VT." in text
    assert "TỔ TRƯỞNG" in text and "Alăng Văn Thương" in text
    assert "trước ngày 28/02/2026" in text  # the sponsors' deadline, from the reference data
    assert_embedded_a4(out)


def test_report_numbers_follow_each_other_within_the_year(docs_station, tmp_path):
    db = docs_station.db
    a = printing.print_needs_report(db, YEAR + 1, tmp_path / "a.pdf", on=DAY)
    b = printing.print_periodic(db, YEAR, "q1", tmp_path / "b.pdf", on=DAY)
    c = printing.print_needs_report(db, YEAR + 1, tmp_path / "c.pdf", on=DAY)
    assert (a.number, b.number, c.number) == ("01/BC-UBND", "02/BC-UBND", "01/BC-UBND")


def test_periodic_report_of_the_first_quarter(docs_station, tmp_path):
    out = tmp_path / "q1.pdf"
    printing.print_periodic(docs_station.db, YEAR, "q1", out, on=DAY)
    text = one_line(" ".join(pdf_text(out)))
    assert "Kết quả công tác kết nghĩa quý I năm 2025" in text
    assert "Từ ngày 01/01/2025 đến ngày 31/03/2025" in text
    assert "tiếp nhận 1 lượt hỗ trợ với tổng giá trị 36.150.000 đồng" in text
    assert "Số hộ được hỗ trợ: 5 hộ, trong đó 3 hộ nghèo" in text
    assert "Tổ hợp tác nuôi bò Pà Dồn" in text


def test_periodic_report_of_an_empty_period_is_refused(docs_station, tmp_path):
    with pytest.raises(UserError):
        printing.print_periodic(docs_station.db, 2019, "h1", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("q1", "2025-01-01", "2025-03-31"),
        ("q2", "2025-04-01", "2025-06-30"),
        ("q3", "2025-07-01", "2025-09-30"),
        ("q4", "2025-10-01", "2025-12-31"),
        ("h1", "2025-01-01", "2025-06-30"),
        ("9m", "2025-01-01", "2025-09-30"),
        ("year", "2025-01-01", "2025-12-31"),
    ],
)
def test_period_ranges(period, first, last):
    assert tuple(d.isoformat() for d in reports.period_range(2025, period)) == (first, last)


def test_receipt_outside_the_period_is_not_counted(docs_station):
    # the March receipt and the model set up in February are the first quarter's: the second
    # has nothing to report
    with pytest.raises(UserError):
        reports.period_figures(docs_station.db, YEAR, "q2")
    figures = reports.period_figures(docs_station.db, YEAR, "q1")
    assert len(figures.receipts) == 1 and len(figures.models) == 1


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def test_every_figure_of_a_period_report_is_the_periods(commune_db, tmp_path):
    """Sections 3 and 4 of a quarter, 6 or 9 months show that period's models and needs."""
    db = commune_db
    year = dt.date.today().year - 1
    quarters = ["q1", "q2", "q3", "q4"]
    received = {}
    for period in [*quarters, "h1", "9m", "year"]:
        start, end = reports.period_range(year, period)
        out = tmp_path / f"{period}.pdf"
        printing.print_periodic(db, year, period, out, on=DAY)
        text = one_line(" ".join(pdf_text(out)))
        linked = db.execute(
            "SELECT coalesce(sum(rn.value), 0) FROM receipt_need rn JOIN receipt r "
            "ON r.id = rn.receipt_id AND r.deleted = 0 JOIN need n ON n.id = rn.need_id "
            "AND n.deleted = 0 AND n.year = ? WHERE rn.deleted = 0 "
            "AND substr(r.received_on, 1, 10) BETWEEN ? AND ?",
            [year, start.isoformat(), end.isoformat()],
        ).fetchone()[0]
        total = db.execute(
            "SELECT coalesce(sum(i.amount), 0) FROM receipt_item i JOIN receipt r "
            "ON r.id = i.receipt_id AND r.deleted = 0 WHERE i.deleted = 0 "
            "AND substr(r.received_on, 1, 10) BETWEEN ? AND ?",
            [start.isoformat(), end.isoformat()],
        ).fetchone()[0]
        assert f"giá trị tiếp nhận gắn với nhu cầu {_money(linked)} đồng" in text
        assert linked <= total
        received[period] = linked
        models = db.execute(
            "SELECT name, started_on FROM livelihood_model WHERE deleted = 0 AND year = ?",
            [year],
        ).fetchall()
        inside = {n for n, day in models if start.isoformat() <= day <= end.isoformat()}
        outside = {n for n, _ in models} - inside
        for name in inside:
            assert name in text
        for name in outside:
            assert name not in text, (period, name)
    assert sum(received[q] for q in quarters) == received["year"]
    assert received["q1"] + received["q2"] == received["h1"]


def test_year_end_report_assesses_each_sponsor(docs_station, tmp_path):
    out = tmp_path / "tong-ket.pdf"
    printing.print_year_end(docs_station.db, YEAR, out, on=DAY)
    text = one_line(" ".join(pdf_text(out)))
    assert "Tổng kết công tác kết nghĩa năm 2025" in text
    assert "NHẬN XÉT, ĐÁNH GIÁ CÁC ĐƠN VỊ KẾT NGHĨA" in text
    assert "1. Chi nhánh Xăng dầu Quảng Nam" in text
    assert "Loại đơn vị: Doanh nghiệp; biên chế: 140 người" in text
    # 140 staff -> at least 28 poor households; 3 were helped: not met. 1 model: met.
    assert "Bình quân 10 biên chế, nhận giúp đỡ ít nhất 02 hộ nghèo/năm 28 3 Chưa đạt" in text
    assert "Đề nghị khen thưởng:" in text
    assert "Đủ điều kiện" in text
    assert vnd_in_words(36_150_000) in text
    assert "Nơi nhận:" in text


def test_year_without_records_is_refused(docs_station, tmp_path):
    with pytest.raises(UserError, match="2019"):
        printing.print_year_end(docs_station.db, 2019, tmp_path / "x.pdf")
    with pytest.raises(UserError, match="2019"):
        printing.print_needs_report(docs_station.db, 2019, tmp_path / "x.pdf")


def test_blank_survey_sheet(docs_station, tmp_path):
    out = tmp_path / "phieu.pdf"
    printing.print_survey_sheet(docs_station.db, out, year=YEAR)
    text = one_line(" ".join(pdf_text(out)))
    assert "PHIẾU KHẢO SÁT HỘ GIA ĐÌNH" in text
    assert "Họ và tên chủ hộ: ....." in text
    for indicator in ("Nguồn nước sinh hoạt", "Nhà tiêu hợp vệ sinh", "Bảo hiểm y tế"):
        assert indicator in text
    assert "CHỦ HỘ" in text and "NGƯỜI KHẢO SÁT" in text
    assert_embedded_a4(out)


def test_filled_survey_sheet(docs_station, tmp_path):
    out = tmp_path / "phieu.pdf"
    household_id, name, village = docs_station.households[4]
    printing.print_survey_sheet(docs_station.db, out, household_id=household_id)
    text = one_line(" ".join(pdf_text(out)))
    assert f"Họ và tên chủ hộ: {name}" in text
    assert f"Thôn: {village}" in text
    assert "Thu nhập bình quân đầu người/tháng (đồng): 900.000" in text
    assert "Nguồn nước sinh hoạt X" in text  # lacking
    assert "Việc làm Việc làm X" in text  # not lacking: its mark is in the last column


def test_unknown_household_is_refused(docs_station, tmp_path):
    with pytest.raises(UserError, match="nope"):
        printing.print_survey_sheet(docs_station.db, tmp_path / "x.pdf", household_id="nope")


def test_paged_table_repeats_its_header_and_keeps_every_row(tmp_path):
    out = tmp_path / "paged.pdf"
    rows = [[str(i), f"Hộ thứ {i}"] for i in range(1, 201)]
    heights = [30.0 + (i % 3) * 12 for i in range(200)]
    table = layout.PagedTable(layout.head_cells(["STT", "Họ và tên"]), rows, heights, [1, 4])
    pages = layout.build(layout.Document("x", [layout.para("Danh sách"), table]), out)
    texts = pdf_text(out)
    assert pages == len(texts) > 10
    assert all("Họ và tên" in t for t in texts)
    joined = one_line(" ".join(texts))
    assert all(f"Hộ thứ {i} " in joined + " " for i in range(1, 201))


def _last_line(page: str) -> str:
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _first_lines(page: str, count: int = 2) -> list[str]:
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return [line for line in lines if not line.isdigit()][:count]  # skip the page number


@pytest.mark.parametrize("filler", range(30, 46))
def test_a_heading_never_ends_a_page_and_signatures_never_open_one(tmp_path, filler):
    """However much text comes before them: a heading goes with the paragraph after it, and
    the signature block with the last lines of text."""
    out = tmp_path / "doc.pdf"
    body = [layout.para(f"Dòng nội dung thứ {i} của báo cáo.", "body_plain") for i in range(filler)]
    story = [
        *body,
        layout.para("3. Mô hình sinh kế", "heading"),
        layout.para("Trong kỳ không có mô hình sinh kế nào được thành lập.", "body"),
        *body[: filler // 3],
        layout.para("Trên đây là báo cáo kết quả công tác kết nghĩa.", "body"),
        layout.closing(["UBND huyện Nam Giang", "Lưu: VT"], layout.Signature("Tổ trưởng", "A")),
    ]
    layout.build(layout.Document("x", story), out)
    pages = pdf_text(out)
    for page in pages:
        assert _last_line(page) != "3. Mô hình sinh kế"
    for page in pages[1:]:
        assert "Nơi nhận:" not in _first_lines(page), _first_lines(page)
    closing_page = next(p for p in pages if "Nơi nhận:" in p)
    assert "Trên đây là báo cáo" in closing_page


def test_a_village_row_never_ends_a_page_of_the_signing_list(tmp_path):
    rows, heights, villages = [], [], []
    for v in range(12):
        villages.append(len(rows))
        rows.append([f"Thôn số {v} (9 hộ)", ""])
        heights.append(20.0)
        for h in range(9):
            rows.append([str(h), f"Hộ {v}-{h}"])
            heights.append(37.0)
    table = layout.PagedTable(
        layout.head_cells(["STT", "Họ và tên"]), rows, heights, [1, 4], heading_rows=villages
    )
    out = tmp_path / "list.pdf"
    layout.build(layout.Document("x", [layout.para("Danh sách"), table]), out)
    pages = pdf_text(out)
    assert len(pages) > 3
    for page in pages:
        assert not _last_line(page).startswith("Thôn số"), _last_line(page)
    joined = one_line(" ".join(pages))
    assert all(f"Thôn số {v} (9 hộ)" in joined for v in range(12))
