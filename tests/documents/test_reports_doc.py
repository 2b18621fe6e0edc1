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
    figures = reports.period_figures(docs_station.db, YEAR, "q2")
    assert figures.receipts == [] and figures.total_value == 0
    assert len(figures.models) == 1  # models count for every period of their year


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
