"""Diacritic-free search in SQL: the one place where a search box's text becomes conditions.

`search_key(x)` is an SQL function on every connection (desktop.models.db.connect), so "nha
tieu" finds "Nhà tiêu" and "bhriu" finds "Bh'riu" without a stored key (`words_where`, for the
smaller record tables). Households, which a commune or a hub holds by the ten thousand, keep a
stored search_key column made by the same function and a trigram full-text index of it
(household_fts, migration 3): `household_where` finds each word of three characters or more
through that index when they are selective, other words with LIKE, with the same results as
LIKE on every word.
"""

from __future__ import annotations

import sqlite3

from desktop.models.text import search_words

# Trigrams: a word shorter than this has no trigram to look up.
INDEXED_LENGTH = 3
# The index is used when its words match at most one household in this many (see household_where).
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
    conn: sqlite3.Connection, text: str, alias: str = "h"
) -> tuple[list[str], list[str], bool]:
    """Conditions requiring every word of `text` in the stored search key of the households
    aliased `alias`, and whether the full-text index takes part.

    The index finds the words of three characters or more when they match few households (at
    most one in SELECTIVE): their rows are then fetched by rowid, and the caller writes its other
    terms on household's indexes with a unary `+` (`+h.deleted = 0`) so SQLite does so instead of
    scanning a households index and testing each row against the matches. Words most households
    have ("thi") are scanned for with LIKE in the search key's index, in the register's order, as
    shorter words always are: a page of them comes from the first rows, and fetching thousands of
    matches by rowid to sort them would cost more.
    """
    words = search_words(text)
    indexed = [w for w in words if len(w) >= INDEXED_LENGTH]
    where: list[str] = []
    params: list[str] = []
    if indexed:
        # each word a quoted phrase: a substring of the key, whatever characters it has
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in indexed)
        matches = conn.execute(
            "SELECT count(*) FROM household_fts WHERE household_fts MATCH ?", [match]
        ).fetchone()[0]
        households = conn.execute("SELECT coalesce(max(rowid), 0) FROM household").fetchone()[0]
        if matches * SELECTIVE <= households:
            where.append(
                f"{alias}.rowid IN (SELECT rowid FROM household_fts WHERE household_fts MATCH ?)"
            )
            params.append(match)
        else:
            indexed = []
    for word in words:
        if word not in indexed:
            where.append(f"{alias}.search_key LIKE ? ESCAPE '\\'")
            params.append(like_pattern(word))
    return where, params, bool(indexed)
