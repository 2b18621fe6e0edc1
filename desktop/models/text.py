"""Vietnamese text handling: diacritic-free search keys, amounts and dates as people write them."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from typing import Any


def fold(text: str | None) -> str:
    """Lower-case `text` without diacritics ("Xã Đắc Tôi" -> "xa dac toi") for searching."""
    if not text:
        return ""
    return _fold(text)


@functools.lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """(the names of communes and sponsors are folded again and again to sort and match)"""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())


# What people leave out or put in at will when typing a name: "Zơ Râm" / "Zơrâm", "Bh'riu" /
# "Bhriu", "Pà-Dồn" / "Pà Dồn".
_NAME_SEPARATORS = str.maketrans("", "", " -'’‘`´\u02bc\u2010\u2011\u2013")


def search_key(text: str | None) -> str:
    """`fold(text)` without spaces, hyphens and apostrophes: "Bh'riu Zơ Râm" -> "bhriuzoram"."""
    return fold(text).translate(_NAME_SEPARATORS)


def search_words(query: str | None) -> list[str]:
    """The words of what someone typed in a search box, each as `search_key` gives it: every
    one must occur in the `search_key` of what is searched ("zo ram", "zoram", "bh'riu" and
    "bhriu" all find "Zơrâm Bh'riu")."""
    return [key for key in (search_key(word) for word in fold(query).split()) if key]


def matches(query: str, *fields: str | None) -> bool:
    """Whether every word of `query` occurs in the `search_key` of `fields`."""
    haystack = search_key(" ".join(f for f in fields if f))
    return all(word in haystack for word in search_words(query))


def format_vnd(amount: int | None) -> str:
    """`1234567` -> "1.234.567 đ"."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".") + " đ"


def format_number(value: float | int | None) -> str:
    """Vietnamese number: thousands with ".", decimals with ","."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, frac = f"{value:,.2f}".rstrip("0").split(".")
    return whole.replace(",", ".") + "," + frac


# ---- numbers as people type them: the one parser of the program -----------------------------

_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_UNIT = re.compile(r"(đồng|đ|vnd)$", re.IGNORECASE)


def parse_number(text: str) -> float:
    """A number as written in Vietnamese ("1.500", "2,5", "1.234,5", "1.500.000 đ");
    ValueError otherwise.

    Dots group thousands and the comma is the decimal mark, whatever the computer's regional
    setting; "2.5" (one dot, not three digits after it) is read as two and a half, as people
    also type it.
    """
    text = _UNIT.sub("", str(text).strip().replace(" ", "").replace("\u00a0", "")).strip()
    if not text:
        raise ValueError("empty")
    if "," in text:
        if text.count(",") > 1:
            raise ValueError(text)
        text = text.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(text):
        text = text.replace(".", "")
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def parse_whole(value: Any) -> int | None:
    """A whole number as people type it ("1.200.000", "1200000 đ", 1975.0); None when empty.

    ValueError when it is something else. Spreadsheets from English-set computers write
    thousands with commas ("1,200,000"): a whole number accepts those too.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError(value)
    text = _UNIT.sub("", str(value).strip().replace(" ", "").replace("\u00a0", "")).strip()
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+", text):
        text = text.replace(",", "")
    number = parse_number(text)
    if not number.is_integer():
        raise ValueError(value)
    return int(number)


_MILLION = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(triệu|trieu|tr)\.?(?:\s*đồng|\s*đ)?$", re.IGNORECASE)
_THOUSAND = re.compile(
    r"^(\d+(?:[.,]\d+)?)\s*(nghìn|nghin|ngàn|ngan|k)\.?(?:\s*đồng|\s*đ)?$", re.IGNORECASE
)


def parse_money(value: Any) -> int | None:
    """An amount in đồng as people type it: what `parse_whole` reads, and "1,5 triệu",
    "1.5tr", "800 nghìn", "800k"; None when empty, ValueError when it is something else."""
    if isinstance(value, str):
        text = " ".join(value.split())
        for pattern, unit in ((_MILLION, 1_000_000), (_THOUSAND, 1_000)):
            match = pattern.match(text)
            if match:
                import decimal  # here: the window's start reads no typed amounts

                amount = decimal.Decimal(match.group(1).replace(",", ".")) * unit
                if amount != amount.to_integral_value():
                    raise ValueError(value)
                return int(amount)
    return parse_whole(value)


def format_date(value: str | dt.date | None) -> str:
    """ISO date or date -> "dd/mm/yyyy"."""
    if not value:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y")


def parse_date(text: str) -> dt.date:
    """ "dd/mm/yyyy" (or ISO "yyyy-mm-dd") -> date; ValueError when it is neither."""
    text = text.strip()
    if "/" in text:
        day, month, year = (int(part) for part in text.split("/"))
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text)
