"""The trigram indexes of needs and receipts (migration 4, search.KeyIndex): what their search
boxes find through them is what LIKE on every word finds in the key made for each row, as rows
are added, edited and deleted by the program or by another one."""

from __future__ import annotations

import random
import sqlite3

import pytest

from desktop.models import needs, receipts, search, store
from desktop.models.db import transaction
from desktop.models.text import search_words

INDEXES = {"need": needs, "receipt": receipts}
# what each list searched in before its index (search.words_where), written out here
SEARCHED = {
    needs: ["need.description", "need.unit", "need.notes"],
    receipts: ["r.description", "s.name", "r.minutes_number", receipts.ITEMS_EXPR],
}
# text of the kind officers type: diacritics, spaces, hyphens, apostrophes, codes, LIKE's own
# wildcards, quotes
PIECES = [
    "Bò giống", "bò  sinh sản", "Nhà tiêu hợp vệ sinh", "Bh'riu", "Zơ-râm", "Cơ-tu", "A Lăng",
    "gạo", "50%", "a_b", 'o"a', "BB-01/2026", "Đường điện", "xi măng", "Hôih", "y tế", "tủ",
    "Ăn", "ĐỒ", "cây keo", "heo", "gà", "'", "-", "trâu", "Thị Lan",
]  # fmt: skip


def listed(db, module, text: str) -> list[str]:
    """The ids the list shows for `text`, in its order."""
    where, params = module.list_filters(db, commune_code=None, text=text)
    listing = module.LISTING
    sql = f"SELECT {listing.id_expr} FROM {listing.source} WHERE {' AND '.join(where)} "
    return [row[0] for row in db.execute(f"{sql} ORDER BY {listing.order}", params)]


def scanned(db, module, text: str) -> list[str]:
    """The ids LIKE finds, every word (taken literally) scanned for in every row's key."""
    where, params = module.list_filters(db, commune_code=None, text="")
    key = f"search_key({search.haystack(SEARCHED[module])})"
    for word in search_words(text):
        where.append(f"{key} LIKE ? ESCAPE '\\'")
        params.append(search.like_pattern(word))
    listing = module.LISTING
    sql = f"SELECT {listing.id_expr} FROM {listing.source} WHERE {' AND '.join(where)} "
    return [row[0] for row in db.execute(f"{sql} ORDER BY {listing.order}", params)]


def through_index(db, module, text: str) -> bool:
    where, _ = module.list_filters(db, commune_code=None, text=text)
    return any(f"FROM {module.SEARCH_INDEX.fts} " in term for term in where)


def some_row(db, table: str) -> str:
    sql = f"SELECT id FROM {table} WHERE deleted = 0 ORDER BY id LIMIT 1"
    return db.execute(sql).fetchone()[0]


def queries(db, module, rng: random.Random) -> list[str]:
    """Pieces of the rows' own keys and texts, one to three words, of any length."""
    index = module.SEARCH_INDEX
    keys = [
        row[0]
        for row in db.execute(
            f"SELECT search_key({search.haystack(index.exprs)}) FROM {index.source}"
        )
    ]
    found = ["thi", "y", "xyzq", *PIECES]
    for _ in range(40):
        words = []
        for _ in range(rng.randint(1, 3)):
            key = rng.choice(keys) or "x"
            start = rng.randrange(len(key))
            words.append(key[start : start + rng.randint(1, 6)])
        found.append(" ".join(words))
    return found


def write_texts(db, rng: random.Random) -> None:
    """Random texts of officers' kind into some needs, receipts, items and a sponsor's name."""

    def text() -> str:
        return " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 3)))

    with transaction(db):
        for (row_id,) in db.execute("SELECT id FROM need ORDER BY id LIMIT 12").fetchall():
            db.execute(
                "UPDATE need SET description = ?, unit = ?, notes = ? WHERE id = ?",
                [text(), rng.choice(["con", "kg", None]), text(), row_id],
            )
        for (row_id,) in db.execute("SELECT id FROM receipt ORDER BY id LIMIT 8").fetchall():
            db.execute(
                "UPDATE receipt SET description = ?, minutes_number = ? WHERE id = ?",
                [text(), rng.choice(["BB-01/2026", "12'3", None]), row_id],
            )
        for (row_id,) in db.execute("SELECT id FROM receipt_item ORDER BY id LIMIT 8"):
            db.execute("UPDATE receipt_item SET name = ? WHERE id = ?", [text(), row_id])
        db.execute("UPDATE sponsor SET name = ? WHERE rowid = 1", [text()])


@pytest.mark.parametrize("table", INDEXES)
def test_the_index_finds_what_like_finds_on_random_texts(commune_db, table):
    module = INDEXES[table]
    rng = random.Random(15)
    for round_ in range(3):  # texts written, the keys made again, searched
        assert search.fresh(commune_db, module.SEARCH_INDEX)  # only what is written is stale
        write_texts(commune_db, rng)
        for query in queries(commune_db, module, rng):
            expected = scanned(commune_db, module, query)
            assert listed(commune_db, module, query) == expected, (round_, query)
            # every search goes through the fresh index, short words as well
            assert through_index(commune_db, module, query) == bool(search_words(query))
    assert listed(commune_db, module, "zzqqxx") == []


def test_a_write_marks_the_row_and_the_search_makes_its_key(commune_db):
    for module in INDEXES.values():  # the demo's rows: every key made
        assert search.fresh(commune_db, module.SEARCH_INDEX)
    need = some_row(commune_db, "need")
    with transaction(commune_db):
        commune_db.execute("UPDATE need SET description = 'Máy bơm Kpăqzy' WHERE id = ?", [need])
    assert commune_db.execute("SELECT count(*) FROM need_fts_stale").fetchone()[0] == 1
    assert listed(commune_db, needs, "kpaqzy") == [need]
    assert commune_db.execute("SELECT count(*) FROM need_fts_stale").fetchone()[0] == 0
    # an item renamed and a sponsor renamed: their receipts are found by the new names
    receipt, item = commune_db.execute(
        "SELECT receipt_id, id FROM receipt_item WHERE deleted = 0 ORDER BY id LIMIT 1"
    ).fetchone()
    with transaction(commune_db):
        commune_db.execute("UPDATE receipt_item SET name = 'Tôn Zơ-râm' WHERE id = ?", [item])
    assert receipt in listed(commune_db, receipts, "ton zoram")
    sponsor = commune_db.execute("SELECT sponsor_id FROM receipt WHERE id = ?", [receipt])
    sponsor_id = sponsor.fetchone()[0]
    with transaction(commune_db):
        commune_db.execute("UPDATE sponsor SET name = 'Hội Qxyvw' WHERE id = ?", [sponsor_id])
    expected = scanned(commune_db, receipts, "qxyvw")
    assert receipt in expected and listed(commune_db, receipts, "qxyvw") == expected


def test_rows_written_by_another_program_are_found(commune_dir, commune_db):
    """The sqlite3 shell has no search_key(): its writes succeed, and the next search of the
    program makes their keys."""
    need = some_row(commune_db, "need")
    raw = sqlite3.connect(commune_dir.database, isolation_level=None)
    try:
        raw.execute("UPDATE need SET description = 'Giếng khoan Qxyvw' WHERE id = ?", [need])
    finally:
        raw.close()
    assert listed(commune_db, needs, "gieng qxyvw") == [need]


def test_a_read_only_database_searches_with_like(commune_dir, commune_db):
    need = some_row(commune_db, "need")
    with transaction(commune_db):
        commune_db.execute("UPDATE need SET description = 'Ống nước Qxyvw' WHERE id = ?", [need])
    reader = store.open_database(commune_dir, read_only=True)
    try:
        assert not through_index(reader, needs, "qxyvw")
        assert listed(reader, needs, "qxyvw") == [need] == scanned(reader, needs, "qxyvw")
    finally:
        reader.conn.close()


def test_the_indexes_are_derived_data_not_synced_tables(commune_db):
    from desktop.models import changelog, trash

    tables = {
        row[0]
        for row in commune_db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND (name LIKE 'need_fts%' OR name LIKE 'receipt_fts%')"
        )
    }
    assert {"need_fts", "need_fts_stale", "receipt_fts", "receipt_fts_stale"} <= tables
    assert not tables & set(changelog.synced_tables(commune_db.conn))
    assert not tables & set(trash.tables(commune_db, True))
    before = commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    listed(commune_db, needs, "bo giong")
    assert commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0] == before


def undo_migration_4(db) -> None:
    """Drop what migration 4 adds (inside the caller's transaction)."""
    for table in ("need", "receipt"):
        db.execute(f"DROP TABLE {table}_fts")
        db.execute(f"DROP TABLE {table}_fts_stale")
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' "
        "AND (name LIKE 'need_fts_%' OR name LIKE 'receipt_fts_%')"
    ).fetchall():
        db.execute(f"DROP TRIGGER {name}")


def test_migration_4_indexes_the_needs_and_receipts_already_there(commune_dir):
    """A database of schema 3 is migrated: its needs and receipts are found through the index."""
    db = store.open_database(commune_dir)
    with transaction(db):
        undo_migration_4(db)
        db.execute("PRAGMA user_version = 3")
    need = some_row(db, "need")
    with transaction(db):  # written while there was no index
        db.execute("UPDATE need SET description = 'Bồn nước Qxyvw' WHERE id = ?", [need])
    db.conn.close()
    db = store.open_database(commune_dir)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 4
        assert db.execute("SELECT count(*) FROM need_fts_stale").fetchone()[0] == 0
        assert (
            db.execute("SELECT count(*) FROM need_fts").fetchone()[0]
            == db.execute("SELECT count(*) FROM need").fetchone()[0]
        )
        assert through_index(db, needs, "qxyvw")
        assert listed(db, needs, "qxyvw") == [need]
        for module in (needs, receipts):
            assert listed(db, module, "bo giong") == scanned(db, module, "bo giong")
    finally:
        db.conn.close()
