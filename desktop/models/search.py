"""Diacritic-free search in SQL for the smaller record tables (needs, sponsors, members).

`fold(x)` is registered as an SQL function on the connection, so "nha tieu" finds "Nhà tiêu"
without a stored search key; large tables (households) keep an indexed search_key instead.
"""

from __future__ import annotations

import sqlite3

from desktop.models.text import fold


def register_fold(conn: sqlite3.Connection) -> None:
    """Make `fold(text)` callable in this connection's SQL (registering again is harmless)."""
    conn.create_function("fold", 1, fold, deterministic=True)


def words_where(
    conn: sqlite3.Connection, text: str, exprs: list[str]
) -> tuple[list[str], list[str]]:
    """Conditions requiring every word of `text` in one of the SQL `exprs`, ignoring accents."""
    words = fold(text).split()
    if not words:
        return [], []
    register_fold(conn)
    haystack = " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs)
    return [f"fold({haystack}) LIKE ?"] * len(words), [f"%{w}%" for w in words]
