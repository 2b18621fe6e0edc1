"""Diacritic-free search in SQL: the one place where a search box's text becomes conditions.

`search_key(x)` is an SQL function on every connection (desktop.models.db.connect), so "nha
tieu" finds "Nhà tiêu" and "bhriu" finds "Bh'riu" without a stored key (`words_where`, for the
smaller record tables). Households, which a commune or a hub holds by the ten thousand, keep a
stored search_key column made by the same function and a trigram full-text index of it
(household_fts, migration 3): `household_where` finds each word of three characters or more
through that index when they are selective, other words with LIKE, with the same results as
LIKE on every word.

Needs and receipts, which a city's hub holds by the thousand, have a trigram index of the same
key as well (a `KeyIndex`, migration 4), of text read from several columns and tables (a
receipt's sponsor and items). SQL alone cannot fold Vietnamese, and a trigger calling our
search_key() would make writes from other programs fail, so the triggers only mark the rows
whose text changed as stale, whoever wrote them (the sync engine, the sqlite3 shell); the keys of
stale rows are made here before a search (`indexed_where`), and a search that cannot write them
(a read-only database, a background job writing) scans with LIKE instead: the same results.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.models.db import Database, transaction
from desktop.models.errors import UserError
from desktop.models.text import search_words

# Trigrams: a word shorter than this has no trigram to look up.
INDEXED_LENGTH = 3
# The index is used when its words match at most one household in this many (see household_where).
SELECTIVE = 40
# household_fts's triggers (migration 3), which index one household at a time as it is written
HOUSEHOLD_FTS_TRIGGERS = ("household_fts_insert", "household_fts_delete", "household_fts_update")
# A bulk write indexes its households in one pass at its end when it writes at least this many
# and at least a quarter as many as the table holds (the pass reads every household again).
BULK_HOUSEHOLDS = 1000


def words_where(
    conn: sqlite3.Connection, text: str, exprs: list[str]
) -> tuple[list[str], list[str]]:
    """Conditions requiring every word of `text` in one of the SQL `exprs`, ignoring accents,
    case, spaces, hyphens and apostrophes."""
    words = search_words(text)
    if not words:
        return [], []
    return [f"search_key({haystack(exprs)}) LIKE ?"] * len(words), [f"%{w}%" for w in words]


def haystack(exprs: list[str] | tuple[str, ...]) -> str:
    """The SQL text whose search_key a search looks in: the `exprs` joined by spaces."""
    return " || ' ' || ".join(f"coalesce({e}, '')" for e in exprs)


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


@contextlib.contextmanager
def households_indexed_at_end(db: Database, writes: int) -> Iterator[None]:
    """Inside a transaction about to write `writes` households (an import of a whole list):
    household_fts made again in one pass at the end instead of a row at a time, when that is
    cheaper (a row indexed by its trigger costs about four times a row of the pass). Its
    triggers are dropped for the writes and made again from their own stored SQL in the same
    transaction, so a failure inside, rolled back, leaves them as they were."""
    conn = db.conn
    held = conn.execute("SELECT count(*) FROM household").fetchone()[0]
    if writes < BULK_HOUSEHOLDS or 4 * writes < held:
        yield
        return
    marks = ", ".join("?" * len(HOUSEHOLD_FTS_TRIGGERS))
    triggers = conn.execute(
        f"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN ({marks})",
        HOUSEHOLD_FTS_TRIGGERS,
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    conn.execute("INSERT INTO household_fts (household_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)


@dataclass(frozen=True)
class KeyIndex:
    """The trigram index of one record table's search keys (migration 4): `{table}_fts` holds
    search_key(haystack(exprs)) of each row by rowid, `{table}_fts_stale` the rowids whose key
    must be made again (filled by the triggers)."""

    table: str
    source: str  # what `exprs` read from, the table aliased `alias`
    alias: str
    exprs: tuple[str, ...]

    @property
    def fts(self) -> str:
        return f"{self.table}_fts"

    @property
    def stale(self) -> str:
        return f"{self.table}_fts_stale"


def reindex(conn: sqlite3.Connection, index: KeyIndex) -> None:
    """Make the keys of the stale rows again (inside the caller's transaction)."""
    marked = f"SELECT row FROM {index.stale}"
    conn.execute(f"DELETE FROM {index.fts} WHERE rowid IN ({marked})")
    conn.execute(
        f"INSERT INTO {index.fts} (rowid, search_key) "
        f"SELECT {index.alias}.rowid, search_key({haystack(index.exprs)}) FROM {index.source} "
        f"WHERE {index.alias}.rowid IN ({marked})"
    )
    conn.execute(f"DELETE FROM {index.stale}")


def fresh(db: Database, index: KeyIndex) -> bool:
    """Whether `index` holds every row's key now, made here if some were stale; False when they
    cannot be written (a read-only database, a background job writing)."""
    if db.execute(f"SELECT NOT EXISTS (SELECT 1 FROM {index.stale})").fetchone()[0]:
        return True
    try:
        with transaction(db) as conn:
            reindex(conn, index)
    except UserError:  # storage errors included: the search scans with LIKE meanwhile
        return False
    return True


def indexed_where(db: Database, index: KeyIndex, text: str) -> tuple[list[str], list[str]]:
    """Conditions requiring every word of `text` in the search key of `index`'s rows (those
    of `words_where` on its `exprs`, each word taken literally): the words of three characters
    or more found through the index, shorter ones with LIKE on the keys it holds; when it
    cannot be made fresh, every word with LIKE on the key made for each row."""
    words = search_words(text)
    if not words:
        return [], []
    if not fresh(db, index):
        key = f"search_key({haystack(index.exprs)})"
        return [f"{key} LIKE ? ESCAPE '\\'"] * len(words), [like_pattern(w) for w in words]
    indexed = [w for w in words if len(w) >= INDEXED_LENGTH]
    terms: list[str] = []
    params: list[str] = []
    if indexed:
        terms.append(f"{index.fts} MATCH ?")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in indexed))
    for word in words:
        if word not in indexed:
            terms.append("search_key LIKE ? ESCAPE '\\'")
            params.append(like_pattern(word))
    found = f"SELECT rowid FROM {index.fts} WHERE {' AND '.join(terms)}"
    return [f"{index.alias}.rowid IN ({found})"], params
