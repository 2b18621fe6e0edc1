"""Diacritic-free search in SQL for the smaller record tables (needs, sponsors, members).

`search_key(x)` is an SQL function on every connection (desktop.models.db.connect), so "nha
tieu" finds "Nhà tiêu" and "bhriu" finds "Bh'riu" without a stored key; large tables
(households) keep an indexed search_key column made by the same function.
"""

from __future__ import annotations

import sqlite3

from desktop.models.text import search_words


def words_where(
    conn: sqlite3.Connection, text: str, exprs: list[str]
) -> tuple[list[str], list[str]]:
    """Conditions requiring every word of `text` in one of the SQL `exprs`, ignoring accents,
    case, spaces, hyphens and apostrophes."""
    words = search_words(text)
    if not words:
        return [], []
    haystack = " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs)
    return [f"search_key({haystack}) LIKE ?"] * len(words), [f"%{w}%" for w in words]
