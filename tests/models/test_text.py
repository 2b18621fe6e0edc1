"""Numbers as people type them: one parser, read the same by every form and import."""

from __future__ import annotations

import pytest

from desktop.models import text


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1.200.000", 1_200_000), ("1200000 đ", 1_200_000), (1975.0, 1975), ("", None), (None, None)],
)
def test_whole_numbers_as_people_type_them(typed, value):
    assert text.parse_whole(typed) == value


@pytest.mark.parametrize("typed", ["1,5", "khoảng 1970", 2.5, True])
def test_not_whole_numbers(typed):
    with pytest.raises(ValueError):
        text.parse_whole(typed)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1,5 triệu", 1_500_000),
        ("1,15 triệu", 1_150_000),
        ("2,3 tr", 2_300_000),
        ("1.5tr", 1_500_000),
        ("2 triệu đồng", 2_000_000),
        ("800 nghìn", 800_000),
        ("800k", 800_000),
        ("1.200.000 đ", 1_200_000),
        (950_000, 950_000),
        ("", None),
    ],
)
def test_amounts_as_people_type_them(typed, value):
    assert text.parse_money(typed) == value


@pytest.mark.parametrize("typed", ["1,2345678 triệu", "nhiều", "1,5 tỷ"])
def test_not_amounts(typed):
    with pytest.raises(ValueError):
        text.parse_money(typed)


def test_a_whole_amount_of_dong():
    assert text.parse_money("1.234.567 đ") == 1_234_567
    with pytest.raises(ValueError):
        text.parse_money("12,5")


@pytest.mark.parametrize(
    ("typed", "value"),
    [("-1.234", -1234), ("1.234", 1234), ("1.234.567", 1_234_567), ("1200000 đ", 1_200_000)],
)
def test_every_parser_reads_a_number_the_same(typed, value):
    """Dots group thousands in the number, the whole number and the amount alike."""
    assert text.parse_number(typed) == value
    assert text.parse_whole(typed) == value
    assert text.parse_money(typed) == value
