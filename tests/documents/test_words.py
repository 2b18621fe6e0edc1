"""Amounts in Vietnamese words: a table of known readings and properties over many numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.documents.words import number_in_words, vnd_in_words

KNOWN = [
    (0, "Không đồng"),
    (1, "Một đồng"),
    (4, "Bốn đồng"),
    (5, "Năm đồng"),
    (10, "Mười đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (15, "Mười lăm đồng"),
    (20, "Hai mươi đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi tư đồng"),
    (25, "Hai mươi lăm đồng"),
    (55, "Năm mươi lăm đồng"),
    (100, "Một trăm đồng"),
    (101, "Một trăm linh một đồng"),
    (104, "Một trăm linh bốn đồng"),
    (105, "Một trăm linh năm đồng"),
    (110, "Một trăm mười đồng"),
    (115, "Một trăm mười lăm đồng"),
    (121, "Một trăm hai mươi mốt đồng"),
    (999, "Chín trăm chín mươi chín đồng"),
    (1000, "Một nghìn đồng"),
    (1001, "Một nghìn không trăm linh một đồng"),
    (1010, "Một nghìn không trăm mười đồng"),
    (1015, "Một nghìn không trăm mười lăm đồng"),
    (1100, "Một nghìn một trăm đồng"),
    (2024, "Hai nghìn không trăm hai mươi tư đồng"),
    (2025, "Hai nghìn không trăm hai mươi lăm đồng"),
    (10_000, "Mười nghìn đồng"),
    (15_000, "Mười lăm nghìn đồng"),
    (21_000, "Hai mươi mốt nghìn đồng"),
    (105_000, "Một trăm linh năm nghìn đồng"),
    (250_000, "Hai trăm năm mươi nghìn đồng"),
    (1_000_000, "Một triệu đồng"),
    (1_000_005, "Một triệu không trăm linh năm đồng"),
    (1_010_000, "Một triệu không trăm mười nghìn đồng"),
    (1_234_567, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"),
    (15_500_000, "Mười lăm triệu năm trăm nghìn đồng"),
    (200_000_000, "Hai trăm triệu đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (1_005_000_000, "Một tỷ không trăm linh năm triệu đồng"),
    (2_000_000_001, "Hai tỷ không trăm linh một đồng"),
    (1_000_000_000_000, "Một nghìn tỷ đồng"),
    (
        1_000_000_001_000,
        "Một nghìn tỷ không trăm linh một nghìn đồng",
    ),
    (
        25_300_000_000_000,
        "Hai mươi lăm nghìn ba trăm tỷ đồng",
    ),
    (
        999_999_999_999_999,
        "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín "
        "triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng",
    ),
]


@pytest.mark.parametrize(("amount", "words"), KNOWN)
def test_known_readings(amount: int, words: str) -> None:
    assert vnd_in_words(amount) == words


def test_le_setting() -> None:
    assert vnd_in_words(105, le="lẻ") == "Một trăm lẻ năm đồng"
    assert vnd_in_words(1_000_005, le="lẻ") == "Một triệu không trăm lẻ năm đồng"
    assert vnd_in_words(1010, le="lẻ") == "Một nghìn không trăm mười đồng"


@pytest.mark.parametrize("bad", [-1, 1.5, "10", True])
def test_refuses_what_is_not_an_amount(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        vnd_in_words(bad)  # type: ignore[arg-type]


def test_refuses_unknown_le_word() -> None:
    with pytest.raises(ValueError):
        vnd_in_words(105, le="lẽ")


# ---- an independent reader: words back to the number -----------------------------------------

VALUES = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}


def _read_group(words: list[str]) -> int:
    total = 0
    i = 0
    if "trăm" in words:
        at = words.index("trăm")
        assert at == 1
        total += VALUES[words[0]] * 100
        i = 2
    rest = words[i:]
    if not rest:
        return total
    if rest[0] in ("linh", "lẻ"):
        assert len(rest) == 2 and rest[1] not in ("mốt", "tư", "lăm")
        return total + VALUES[rest[1]]
    if rest[0] == "mười":
        assert len(rest) <= 2 and (len(rest) == 1 or rest[1] not in ("mốt", "tư", "năm"))
        return total + 10 + (VALUES[rest[1]] if len(rest) == 2 else 0)
    if len(rest) >= 2 and rest[1] == "mươi":
        assert len(rest) <= 3 and (len(rest) == 2 or rest[2] not in ("một", "năm"))
        return total + VALUES[rest[0]] * 10 + (VALUES[rest[2]] if len(rest) == 3 else 0)
    assert len(rest) == 1 and not total and rest[0] not in ("mốt", "tư", "lăm")
    return VALUES[rest[0]]


def _read(words: list[str]) -> int:
    if "tỷ" in words:
        at = len(words) - 1 - words[::-1].index("tỷ")
        low = words[at + 1 :]
        return _read(words[:at]) * 1_000_000_000 + (_read(low) if low else 0)
    total = 0
    for name, scale in (("triệu", 1_000_000), ("nghìn", 1000)):
        if name in words:
            at = words.index(name)
            total += _read_group(words[:at]) * scale
            words = words[at + 1 :]
    return total + (_read_group(words) if words else 0)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_words_read_back_to_the_amount(amount: int) -> None:
    text = vnd_in_words(amount)
    assert text.endswith(" đồng") and text[0].isupper()
    assert "  " not in text
    assert _read(text[: -len(" đồng")].lower().split()) == amount


@given(st.integers(min_value=1000, max_value=10**15 - 1))
def test_inner_groups_are_read_in_full(amount: int) -> None:
    """Every non-zero group after the first says its hundreds, "không trăm" included."""
    words = number_in_words(amount)
    groups = [g for g in f"{amount:,}".split(",")[1:] if int(g)]
    assert words.count("trăm") >= len(groups)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_le_differs_only_in_that_word(amount: int) -> None:
    assert number_in_words(amount, le="lẻ") == number_in_words(amount).replace("linh", "lẻ")
