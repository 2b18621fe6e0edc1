"""Diacritic-free search in SQL: the one place where a search box's text becomes conditions.

`search_key(x)` is an SQL function on every connection (desktop.models.db.connect), so "nha
tieu" finds "Nhà tiêu" and "bhriu" finds "Bh'riu" without a stored key (`words_where`, for the
smaller record tables). Households, which a commune or a hub holds by the ten thousand, keep a
stored search_key column made by the same function and a trigram full-text index of it
(household_fts, migration 3): `household_where` finds each word of three characters or more
through that index, shorter words with LIKE, with the same results as LIKE on every word.
"""

from __future__ import annotations

import sqlite3

from desktop.models.text import search_words

# Trigrams: a word shorter than this has no trigram to look up.
INDEXED_LENGTH = 3
# Matches are fetched by rowid when they are at most one household in this many (household_where).
SELECTIVE = 40


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


def like_pattern(word: str) -> str:
    """`%word%` for LIKE … ESCAPE '\\', the word's own % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def household_where(
    conn: sqlite3.Connection, text: str, alias: str = "h", by_rowid: bool | None = None
) -> tuple[list[str], list[str], bool]:
    """Conditions requiring every word of `text` in the stored search key of the households
    aliased `alias`, and whether they fetch the matches by rowid.

    The full-text index finds the words of three characters or more, LIKE the shorter ones. When
    the index's words match few households (at most one in SELECTIVE), or `by_rowid` asks so (a
    count), their rows are fetched by rowid, and the caller writes its other terms on
    household's indexes with a unary `+` (`+h.deleted = 0`) so SQLite does so instead of scanning
    a households index. Words many households have ("thi") are instead tested against the set of
    matches (`+h.rowid IN …`) while SQLite scans a households index in the caller's order: a page
    of them comes from the first rows, and fetching thousands of matches by rowid to sort them
    would cost more.
    """
    words = search_words(text)
    indexed = [w for w in words if len(w) >= INDEXED_LENGTH]
    where: list[str] = []
    params: list[str] = []
    if indexed:
        # each word a quoted phrase: a substring of the key, whatever characters it has
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)
        if by_rowid is None:
            by_rowid = _selective(conn, match)
        plus = "" if by_rowid else "+"
        where.append(
            f"{plus}{alias}.rowid IN (SELECT rowid FROM household_fts WHERE household_fts MATCH ?)"
        )
        params.append(match)
    for word in words:
        if word not in indexed:
            where.append(f"{alias}.search_key LIKE ? ESCAPE '\\'")
            params.append(like_pattern(word))
    return where, params, bool(indexed and by_rowid)


def _selective(conn: sqlite3.Connection, match: str) -> bool:
    """Whether the full-text `match` finds at most one household in SELECTIVE (counted from the
    index alone, without reading a household)."""
    matches = conn.execute(
        "SELECT count(*) FROM household_fts WHERE household_fts MATCH ?", [match]
    ).fetchone()[0]
    households = conn.execute("SELECT coalesce(max(rowid), 0) FROM household").fetchone()[0]
    return matches * SELECTIVE <= households
