"""Handover minutes and the receipt list, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import layout, printing
from desktop.documents.words import vnd_in_words
from desktop.models import documents_register
from desktop.models.errors import UserError
from desktop.models.text import format_number
from desktop.paths import DataDir
from tests.documents.conftest import ITEMS, TOTAL, YEAR, build_station, one_line, pdf_text

A4_POINTS = (595.2756, 841.8898)


def fonts_of(path: Path) -> list[dict]:
    """Every font dictionary used on any page."""
    fonts = []
    for page in PdfReader(str(path)).pages:
        resources = page["/Resources"].get_object()
        for font in resources.get("/Font", {}).values():
            fonts.append(font.get_object())
    return fonts


def assert_embedded_a4(path: Path) -> None:
    reader = PdfReader(str(path))
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width, 1), round(height, 1)) == (
            round(A4_POINTS[0], 1),
            round(A4_POINTS[1], 1),
        )
    fonts = fonts_of(path)
    assert fonts
    for font in fonts:
        assert "Tinos" in str(font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"


def test_handover_minutes(docs_station, tmp_path):
    out = tmp_path / "bien-ban.pdf"
    printed = printing.print_handover(docs_station.db, docs_station.receipt_id, out)
    assert printed.number == "01/BB-UBND"
    pages = pdf_text(out)
    text = one_line(" ".join(pages))
    assert layout.QUOC_HIEU in pages[0]
    assert layout.TIEU_NGU in pages[0]
    assert "Số: 01/BB-UBND" in text
    assert "Đắc Tôi, ngày 05 tháng 3 năm 2025" in text
    assert "BIÊN BẢN BÀN GIAO" in text
    for name, _unit, quantity, price in ITEMS:
        assert name in text
        assert format_number(price) in text
        assert format_number(quantity * price) in text
    assert f"Tổng cộng {format_number(TOTAL)}" in text
    assert f"Bằng chữ: {vnd_in_words(TOTAL)}." in text
    assert vnd_in_words(TOTAL) == "Ba mươi sáu triệu một trăm năm mươi nghìn đồng"
    for name in ("Nguyễn Văn Hải", "Alăng Văn Thương", "Bhríu Quân"):
        assert text.count(name) >= 2  # in the parties and under the signatures
    for heading in ("ĐẠI DIỆN BÊN GIAO", "ĐẠI DIỆN BÊN NHẬN", "NGƯỜI CHỨNG KIẾN"):
        assert heading in text
    assert_embedded_a4(out)


def test_printing_again_keeps_the_number_and_the_next_one_follows(docs_station, tmp_path):
    db = docs_station.db
    first = printing.print_handover(db, docs_station.receipt_id, tmp_path / "a.pdf")
    again = printing.print_handover(db, docs_station.receipt_id, tmp_path / "b.pdf")
    assert first.number == again.number == "01/BB-UBND"
    entries = documents_register.issued(db)
    assert len(entries) == 1
    assert entries[0].file_name == str((tmp_path / "b.pdf").absolute())


def test_a_number_typed_on_the_receipt_is_used_and_registered(docs_station, tmp_path):
    db = docs_station.db
    db.execute(
        "UPDATE receipt SET minutes_number = '07/BB-UBND' WHERE id = ?", [docs_station.receipt_id]
    )
    printed = printing.print_handover(db, docs_station.receipt_id, tmp_path / "a.pdf")
    assert printed.number == "07/BB-UBND"
    assert "Số: 07/BB-UBND" in pdf_text(tmp_path / "a.pdf")[0]
    [entry] = documents_register.issued(db)
    assert (entry.number, entry.symbol, entry.year) == (7, "BB-UBND", YEAR)


def test_unknown_receipt_changes_nothing(docs_station, tmp_path):
    out = tmp_path / "x.pdf"
    with pytest.raises(UserError, match="nope"):
        printing.print_handover(docs_station.db, "nope", out)
    assert not out.exists()
    assert documents_register.issued(docs_station.db) == []


def test_unwritable_folder_is_refused_before_numbering(docs_station, tmp_path):
    with pytest.raises(UserError):
        printing.print_handover(docs_station.db, docs_station.receipt_id, tmp_path / "no" / "x.pdf")
    assert documents_register.issued(docs_station.db) == []


def test_receipt_list_groups_by_village_with_a_signature_column(docs_station, tmp_path):
    out = tmp_path / "ds.pdf"
    printing.print_handover(docs_station.db, docs_station.receipt_id, tmp_path / "bb.pdf")
    printing.print_receipt_list(docs_station.db, docs_station.receipt_id, out)
    text = one_line(" ".join(pdf_text(out)))
    assert "DANH SÁCH HỘ KÝ NHẬN HỖ TRỢ" in text
    assert "Kèm theo Biên bản bàn giao số 01/BB-UBND ngày 05/03/2025" in text
    assert "Ký nhận" in text
    assert "Thôn Pà Dồn (2 hộ)" in text and "Thôn Đắc Ốc (3 hộ)" in text
    assert (
        text.index("Thôn Pà Dồn (2 hộ)")
        < text.index("Alăng Thị Ánh")
        < text.index("Thôn Đắc Ốc (3 hộ)")
        < text.index("Pơloong Thị Ưng")
    )
    for _, name, _ in docs_station.households:
        assert name in text
    allocated = 2 * 15_000_000 + 5 * 60_000
    assert f"Tổng cộng: 5 hộ {format_number(allocated)}" in text
    assert vnd_in_words(allocated) in text
    assert_embedded_a4(out)


def test_receipt_list_repeats_its_header_on_every_page(tmp_path):
    built = build_station(DataDir(tmp_path / "big"), households=120)
    try:
        out = tmp_path / "ds.pdf"
        printing.print_receipt_list(built.db, built.receipt_id, out)
        pages = pdf_text(out)
        assert len(pages) >= 4
        for number, page in enumerate(pages, start=1):
            assert "Họ và tên chủ hộ" in page and "Ký nhận" in page
            if number > 1:
                assert page.lstrip().startswith(str(number))  # page number at the top
        assert not pages[0].lstrip().startswith("1")
        assert "Clâu Văn Hộ 0120" in pages[-1] or "Clâu Văn Hộ 0120" in " ".join(pages)
    finally:
        built.db.conn.close()


def test_place_line_names_the_commune_once(docs_station, tmp_path):
    out = tmp_path / "a.pdf"
    printing.print_handover(docs_station.db, docs_station.receipt_id, out)
    text = one_line(pdf_text(out)[0])
    assert "tại Hội trường UBND xã, xã Đắc Tôi, huyện Nam Giang, chúng tôi gồm:" in text
    docs_station.db.execute(
        "UPDATE receipt SET place = NULL WHERE id = ?", [docs_station.receipt_id]
    )
    printing.print_handover(docs_station.db, docs_station.receipt_id, out)
    text = one_line(pdf_text(out)[0])
    assert "tại xã Đắc Tôi, huyện Nam Giang, chúng tôi gồm:" in text


def test_the_ubnd_confirms_with_its_chairman_title_and_name_line(docs_station, tmp_path):
    from desktop.models.db import set_setting

    out = tmp_path / "ds.pdf"
    printing.print_handover(docs_station.db, docs_station.receipt_id, tmp_path / "bb.pdf")
    printing.print_receipt_list(docs_station.db, docs_station.receipt_id, out)
    text = one_line(" ".join(pdf_text(out)))
    confirmation = text[text.index("XÁC NHẬN CỦA UBND") :]
    assert confirmation.index("TM. ỦY BAN NHÂN DÂN") < confirmation.index("CHỦ TỊCH")
    assert layout.NAME_LINE in confirmation  # the name is written under the stamp
    set_setting(docs_station.db, "document_chairman_name", "Hồ Văn Lịch")
    printing.print_receipt_list(docs_station.db, docs_station.receipt_id, out)
    assert "Hồ Văn Lịch" in one_line(" ".join(pdf_text(out)))


def test_a_receipt_handed_to_villages_names_them_not_zero_households(docs_station, tmp_path):
    from desktop.models.db import transaction
    from tests.documents.conftest import insert

    db = docs_station.db
    village = db.execute("SELECT id FROM village WHERE name = 'Thôn Đắc Ốc'").fetchone()[0]
    with transaction(db) as conn:
        conn.execute("UPDATE allocation SET deleted = 1")
        item = conn.execute(
            "SELECT id FROM receipt_item WHERE receipt_id = ? ORDER BY ordinal LIMIT 1",
            [docs_station.receipt_id],
        ).fetchone()[0]
        insert(conn, "allocation", receipt_item_id=item, village_id=village, quantity=2)
    out = tmp_path / "bb.pdf"
    printing.print_handover(db, docs_station.receipt_id, out)
    text = one_line(" ".join(pdf_text(out)))
    assert "bàn giao đến thôn Đắc Ốc đúng đối tượng" in text
    assert "0 hộ" not in text


def test_noi_nhan_lines_end_with_semicolons_and_a_full_stop(docs_station, tmp_path):
    out = tmp_path / "bc.pdf"
    printing.print_needs_report(docs_station.db, YEAR + 1, out)
    text = " ".join(pdf_text(out))
    after = text[text.index("Nơi nhận:") :]
    lines = [line.strip() for line in after.splitlines() if line.strip().startswith("- ")]
    assert len(lines) >= 3
    assert all(line.endswith(";") for line in lines[:-1]), lines
    assert lines[-1] == "- Lưu: VT."
