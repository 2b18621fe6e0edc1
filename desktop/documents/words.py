"""Amounts of money in Vietnamese words, for the "Bằng chữ:" line of documents.

Our own reading rules, because the libraries we tried get 1010 and 2024 wrong:
- a group of three digits after a higher group is read in full, "không trăm" included
  (1010 -> "một nghìn không trăm mười"); groups of three zeros are skipped;
- tens: "mười" for 10-19, "<n> mươi" from 20; a zero ten before a unit is "linh" (or "lẻ",
  the `le` setting): 105 -> "một trăm linh năm";
- units after "mươi": 1 -> "mốt", 4 -> "tư", 5 -> "lăm"; after "mười": 5 -> "lăm";
- big units: nghìn, triệu, tỷ; above a tỷ the count of tỷ is read the same way
  (10^12 -> "một nghìn tỷ").
"""

from __future__ import annotations

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
LE_WORDS = ("linh", "lẻ")
BILLION = 1_000_000_000


def _units_after_tens(tens: int, units: int) -> str:
    if units == 0:
        return ""
    if units == 5:
        return "lăm"
    if tens >= 2 and units == 1:
        return "mốt"
    if tens >= 2 and units == 4:
        return "tư"
    return DIGITS[units]


def _group(value: int, full: bool, le: str) -> list[str]:
    """Words of 0 < value < 1000; `full` reads the hundreds even when zero."""
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append(le)
            words.append(DIGITS[units])
        return words
    words += ["mười"] if tens == 1 else [DIGITS[tens], "mươi"]
    unit_word = _units_after_tens(tens, units)
    if unit_word:
        words.append(unit_word)
    return words


def _below_billion(value: int, leading: bool, le: str) -> list[str]:
    """Words of 0 <= value < 10^9; `leading` when nothing is read before it."""
    words: list[str] = []
    for scale, name in ((1_000_000, "triệu"), (1_000, "nghìn"), (1, "")):
        group = value // scale % 1000
        if group == 0:
            continue
        words += _group(group, full=not leading or bool(words), le=le)
        if name:
            words.append(name)
    return words


def _number(value: int, le: str) -> list[str]:
    """Words of value > 0, with any count of tỷ."""
    high, low = divmod(value, BILLION)
    if high == 0:
        return _below_billion(low, leading=True, le=le)
    words = [*_number(high, le), "tỷ"]
    if low:
        words += _below_billion(low, leading=False, le=le)
    return words


def number_in_words(value: int, *, le: str = "linh") -> str:
    """A whole number >= 0 in lower-case Vietnamese words."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("value must be an int")
    if value < 0:
        raise ValueError("value must not be negative")
    if le not in LE_WORDS:
        raise ValueError(f"le must be one of {LE_WORDS}")
    if value == 0:
        return DIGITS[0]
    return " ".join(_number(value, le))


def vnd_in_words(amount: int, *, le: str = "linh") -> str:
    """`1010000` -> "Một triệu không trăm mười nghìn đồng"."""
    words = number_in_words(amount, le=le)
    return words[0].upper() + words[1:] + " đồng"
