"""Vietnamese text handling: diacritic-free search keys, amounts and dates as people write them."""

from __future__ import annotations

import datetime as dt
import unicodedata


def fold(text: str | None) -> str:
    """Lower-case `text` without diacritics ("Xã Đắc Tôi" -> "xa dac toi") for searching."""
    if not text:
        return ""
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


def matches(query: str, *fields: str | None) -> bool:
    """Whether every word of `query` occurs, folded, in one of `fields`."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())


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
