"""TCVN3 and VNI: every Vietnamese letter in both cases, well-known strings, and detection that
leaves Unicode text (minority names included) alone."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.models import legacy_text
from tests.models.government_list import tcvn3, vni

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
LOWER = [unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES] + ["đ"]
UPPER = [letter.upper() for letter in LOWER]


def test_the_alphabet_has_every_letter():
    assert len(LOWER) == 12 * 6 + 1 == len(set(UPPER))


# One test per table, every letter inside it (the names of the letters it misreads in the message).


def test_vni_reads_every_letter_in_both_cases():
    wrong = []
    for letter in LOWER + UPPER:
        typed = vni(letter)
        if any(ord(ch) > 0xFF for ch in typed) or legacy_text.decode_vni(typed) != letter:
            wrong.append(letter)
        elif legacy_text.decode_vni("Th" + typed + "n") != "Th" + letter + "n":
            wrong.append("Th" + letter + "n")
    assert wrong == []


def test_tcvn3_reads_every_lower_case_letter():
    wrong = []
    for letter in LOWER:
        typed = tcvn3(letter)
        legacy = all(ord(ch) <= 0xFF for ch in typed)
        if not legacy or legacy_text.decode_tcvn3("th" + typed + "n") != "th" + letter + "n":
            wrong.append(letter)
    assert wrong == []


def test_tcvn3_reads_every_upper_case_letter_as_the_vntimeh_font_types_it():
    # the seven letters with codes of their own, and the rest in an upper-case word
    wrong = [
        letter
        for letter in UPPER
        if legacy_text.decode_tcvn3("TH" + tcvn3(letter) + "N") != "TH" + letter + "N"
    ]
    assert wrong == []


def test_tcvn3_codes_are_one_per_letter():
    assert len(set(legacy_text.TCVN3_TABLE.values())) == len(legacy_text.TCVN3_TABLE) == 67 + 7


@pytest.mark.parametrize(
    ("typed", "decode", "text"),
    [
        ("NguyÔn V¨n L©m", legacy_text.decode_tcvn3, "Nguyễn Văn Lâm"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", legacy_text.decode_tcvn3, "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", legacy_text.decode_tcvn3, "Độc lập - Tự do - Hạnh phúc"),
        ("Nguyeãn Vaên Laâm", legacy_text.decode_vni, "Nguyễn Văn Lâm"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", legacy_text.decode_vni, "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", legacy_text.decode_vni, "Độc lập - Tự do - Hạnh phúc"),
        ("NGUYEÃN THÒ HÖÔØNG", legacy_text.decode_vni, "NGUYỄN THỊ HƯỜNG"),
    ],
)  # fmt: skip
def test_well_known_strings(typed, decode, text):
    assert decode(typed) == text


def test_a_column_is_detected_and_converted():
    names = ["NguyÔn V¨n L©m", "Hå ThÞ Hoa", "Y Bin", "Al¨ng V¨n NhËp"]
    found = legacy_text.detect(names)
    assert found is not None and found.encoding == legacy_text.TCVN3
    assert [legacy_text.convert(n, found.encoding) for n in names] == [
        "Nguyễn Văn Lâm", "Hồ Thị Hoa", "Y Bin", "Alăng Văn Nhập",
    ]  # fmt: skip
    villages = ["Thoân Paø Doàn", "Thoân Roâ", "Ñaéc OÁc", "Hoà"]
    found = legacy_text.detect(villages)
    assert found is not None and found.encoding == legacy_text.VNI
    assert [legacy_text.convert(v, found.encoding) for v in villages] == [
        "Thôn Pà Dồn", "Thôn Rô", "Đắc Ốc", "Hồ",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "texts",
    [
        ["Bhríu Zơrâm", "Pơloong Thị Nhung", "A Lăng Thị Hoa", "Hốih Ngân", "Cô Bá Tú"],
        ["Lê Bá Tú", "Hà Văn Tô", "Cô Thị Hoà", "Trà My"],  # Vietnamese in Latin-1 letters only
        ["Hồ", "Bh'noong", "Ê-đê", "HMông", "Kơ Tu"],
        ["123", "", "—"],
    ],
)
def test_unicode_text_is_left_alone(texts):
    assert legacy_text.detect(texts) is None
