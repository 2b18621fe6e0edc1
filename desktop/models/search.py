"""Diacritic-free search in SQL for the smaller record tables (needs, sponsors, members).

`fold(x)` is an SQL function on every connection (desktop.models.db.connect), so "nha tieu"
finds "Nhà tiêu" without a stored search key; large tables (households) keep an indexed
search_key instead.
"""

from __future__ import annotations

import sqlite3

from desktop.models.text import fold


def words_where(
    conn: sqlite3.Connection, text: str, exprs: list[str]
) -> tuple[list[str], list[str]]:
    """Conditions requiring every word of `text` in one of the SQL `exprs`, ignoring accents."""
    words = fold(text).split()
    if not words:
        return [], []
    haystack = " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs)
    return [f"fold({haystack}) LIKE ?"] * len(words), [f"%{w}%" for w in words]
