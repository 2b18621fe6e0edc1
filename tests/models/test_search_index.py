"""The households' trigram full-text index (migration 3, search.household_where): what a search
box finds through it is what LIKE on every word finds, as rows are added, edited and deleted."""

from __future__ import annotations

import datetime as dt
import random

from desktop.models import households, listing, search, store
from desktop.models.db import transaction
from desktop.models.text import search_words
from tests.models.test_record_search_index import undo_migration_4

YEAR = dt.date.today().year


def found(db, text: str) -> list[str]:
    where, params = households.register_where(db, households.Filters(text=text, year=YEAR))
    return [
        row[0]
        for row in db.execute(
            f"SELECT h.id FROM {households.REGISTER_SOURCE} WHERE {' AND '.join(where)} "
            f"ORDER BY {households.REGISTER_ORDER}",
            params,
        )
    ]


def scanned(db, text: str) -> list[str]:
    """The households LIKE finds, every word scanned for in every live household's key."""
    words = [search.like_pattern(w) for w in search_words(text)]
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM household WHERE deleted = 0 "
            + "".join(" AND search_key LIKE ? ESCAPE '\\'" for _ in words)
            + " ORDER BY search_key, id",
            words,
        )
    ]


def rename(db, household_id: str, name: str) -> None:
    with transaction(db):
        db.execute(
            "UPDATE household SET head_name = ?, search_key = ? WHERE id = ?",
            [name, households.search_key(name, None, None), household_id],
        )


def some_household(db) -> str:
    return db.execute("SELECT id FROM household WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()[
        0
    ]


def through_index(db, text: str) -> list[str]:
    """The households the index finds for the words of three letters or more (LIKE for the
    others), however many households they match."""
    words = search_words(text)
    indexed = [w for w in words if len(w) >= search.INDEXED_LENGTH]
    where, params = ["deleted = 0"], []
    if indexed:
        where.append("rowid IN (SELECT rowid FROM household_fts WHERE household_fts MATCH ?)")
        params.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in indexed))
    for word in words:
        if word not in indexed:
            where.append("search_key LIKE ? ESCAPE '\\'")
            params.append(search.like_pattern(word))
    return [
        row[0]
        for row in db.execute(
            f"SELECT id FROM household WHERE {' AND '.join(where)} ORDER BY search_key, id",
            params,
        )
    ]


def counted(db, text: str) -> int:
    where, params = households.register_where(
        db, households.Filters(text=text, year=YEAR), counting=True
    )
    sql = f"SELECT count(*) FROM {households.REGISTER_SOURCE} WHERE {' AND '.join(where)}"
    return db.execute(sql, params).fetchone()[0]


def test_rare_words_use_the_index_and_common_or_short_ones_like(commune_db):
    rename(commune_db, some_household(commune_db), "Kpăqzy Thị Hoa")
    where, params, indexed = search.household_where(commune_db.conn, "zo kpaqzy")
    assert indexed and params == ['"kpaqzy"', "%zo%"]
    assert "household_fts MATCH" in where[0]
    # "thi": most households (Thị), scanned for in the key's index in the register's order
    assert search.household_where(commune_db.conn, "thi zo") == (
        ["h.search_key LIKE ? ESCAPE '\\'"] * 2,
        ["%thi%", "%zo%"],
        False,
    )
    where, params = households.register_where(
        commune_db, households.Filters(text="kpaqzy", year=YEAR)
    )
    plan = " ".join(
        row[3]
        for row in commune_db.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM {households.REGISTER_SOURCE} "
            f"WHERE {' AND '.join(where)}",
            params,
        )
    )
    assert "household_fts" in plan and "rowid=?" in plan  # found through the index, by rowid


def test_folded_names_are_found_without_spaces_or_apostrophes(commune_db):
    first = some_household(commune_db)
    rename(commune_db, first, "Zơ Râm Thị Hoa")
    second = commune_db.execute(
        "SELECT id FROM household WHERE deleted = 0 AND id <> ? ORDER BY id LIMIT 1", [first]
    ).fetchone()[0]
    rename(commune_db, second, "Bh'riu Văn Thương")
    assert first in found(commune_db, "zoram")
    assert first in found(commune_db, "Zơ Râm")
    assert second in found(commune_db, "bhriu")
    assert second in found(commune_db, "BH'RIU thuong")
    assert first in found(commune_db, "zo")  # two letters: LIKE on the key
    assert second in found(commune_db, "bh va")
    assert found(commune_db, "zo") == scanned(commune_db, "zo")


def test_edits_and_deletions_follow_in_the_index(commune_db):
    household_id = some_household(commune_db)
    rename(commune_db, household_id, "Kpăqzy Thị Xuyến")
    assert found(commune_db, "kpaqzy xuyen") == [household_id]
    rename(commune_db, household_id, "Alăng Văn Bốn")
    assert found(commune_db, "kpaqzy") == []
    assert household_id in found(commune_db, "alang bon")
    with transaction(commune_db):  # a deletion to the trash: found no more
        commune_db.execute("UPDATE household SET deleted = 1 WHERE id = ?", [household_id])
    assert household_id not in found(commune_db, "alang bon")
    commune_db.execute("PRAGMA foreign_keys = OFF")  # a row removed by hand, not by the program
    with transaction(commune_db):
        commune_db.execute("DELETE FROM household WHERE id = ?", [household_id])
    commune_db.execute("PRAGMA foreign_keys = ON")
    assert commune_db.execute(
        "SELECT count(*) FROM household_fts WHERE household_fts MATCH '\"alangvanbon\"'"
    ).fetchone() == (0,)
    commune_db.execute("INSERT INTO household_fts (household_fts) VALUES ('integrity-check')")


def test_the_index_finds_what_like_finds_on_a_random_sample(commune_db):
    keys = [row[0] for row in commune_db.execute("SELECT search_key FROM household")]
    rng = random.Random(15)
    queries = ["thi", "van", "y", "0905", "xyzq", "a_b", "50%", 'o"a']
    for _ in range(60):  # pieces of real keys, one to three words, of any length
        words = []
        for _ in range(rng.randint(1, 3)):
            key = rng.choice(keys)
            start = rng.randrange(len(key))
            words.append(key[start : start + rng.randint(1, 6)])
        queries.append(" ".join(words))
    for query in queries:
        expected = scanned(commune_db, query)
        assert found(commune_db, query) == expected, query
        assert through_index(commune_db, query) == expected, query
        assert counted(commune_db, query) == len(expected), query
    assert any(search.household_where(commune_db.conn, q)[2] for q in queries)


def test_migration_3_indexes_the_households_already_there(commune_dir):
    """A database of schema 2 (households, no index) is migrated: its households are found."""
    db = store.open_database(commune_dir)
    with transaction(db):
        for name in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER household_fts_{name}")
        db.execute("DROP TABLE household_fts")
        for index in ("need_commune", "receipt_commune", "livelihood_model_commune"):
            db.execute(f"DROP INDEX {index}")  # migration 3's other scripts
        for table in ("sponsor_match", "sponsor_directory"):
            db.execute(f"DROP TABLE {table}")
        undo_migration_4(db)
        db.execute("PRAGMA user_version = 2")
    household_id = some_household(db)
    rename(db, household_id, "Briu Thị Lành")  # written while there was no index
    db.conn.close()
    db = store.open_database(commune_dir)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 3
        assert household_id in found(db, "briuthi lanh")
        assert found(db, "thi lan") == scanned(db, "thi lan")
    finally:
        db.conn.close()


def test_the_index_is_derived_data_not_a_synced_table(commune_db):
    from desktop.models import changelog, trash

    index_tables = {
        row[0]
        for row in commune_db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'household_fts%'"
        )
    }
    assert "household_fts" in index_tables and len(index_tables) > 1  # with FTS5's own tables
    assert not index_tables & set(changelog.synced_tables(commune_db.conn))
    assert not index_tables & set(trash.tables(commune_db, True))
    before = commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    commune_db.execute("INSERT INTO household_fts (household_fts) VALUES ('rebuild')")
    assert commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0] == before


def test_a_register_page_by_its_ids_is_the_page_of_one_query(commune_db):
    """The register's page comes as its ids, then their columns: the same rows in the same order
    as one query computing every column, sorted by name or by a shown column."""
    columns = [households.REGISTER.column(f.key, f.key) for f in households.REGISTER.fields]
    for text, status in (("", None), ("thi", None), ("th", "poor"), ("van a", None)):
        filters = households.Filters(text=text, status=status, year=YEAR)
        query = households.register_query(commune_db, columns, filters)
        params = query.params
        assert query.by_ids
        every = commune_db.execute(query.select(query.order), [*params, -1, 0]).fetchall()
        assert listing.count(commune_db, query) == len(every), (text, status)
        for order in (query.order, query.sorted_by(7, True), query.sorted_by(8, False)):
            for offset in (0, 7):
                one_query = commune_db.execute(query.select(order), [*params, 20, offset])
                assert listing.page(commune_db, query, order, 20, offset) == one_query.fetchall()


def test_typing_on_starts_at_the_first_household_shown_with_the_same_results(commune_db):
    """Each keystroke's register starts where the previous one found its first household, when
    it narrows that search and nothing was written since: the same page and count as without."""
    columns = [households.REGISTER.column("head_name", "head_name")]
    keys = [row[0] for row in commune_db.execute("SELECT search_key FROM household")]
    rng = random.Random(10)
    typed = ["zo ra", "a vi", "thi lan", "bh ri", "0905"]
    for _ in range(15):  # pieces of real keys, typed a character at a time
        key = rng.choice(keys)
        start = rng.randrange(len(key))
        typed.append(f"{key[start : start + rng.randint(1, 4)]} {rng.choice(keys)[:2]}")
    started = 0
    for text in typed:
        before = None
        for end in range(1, len(text) + 1):
            filters = households.Filters(text=text[:end], year=YEAR)
            query = households.register_query(commune_db, columns, filters, before)
            plain = households.register_query(commune_db, columns, filters)
            started += "h.search_key >= ?" in query.condition
            every = listing.page(commune_db, query, query.order, -1, 0)
            assert every == listing.page(commune_db, plain, plain.order, -1, 0), text[:end]
            assert listing.count(commune_db, query) == listing.count(commune_db, plain)
            before = households.shown(commune_db, filters, every[0][0] if every else None)
    assert started > len(typed)  # most keystrokes typed on started at a key


def test_a_write_between_keystrokes_starts_the_scan_at_the_beginning(commune_db):
    columns = [households.REGISTER.column("head_name", "head_name")]
    filters = households.Filters(text="zo", year=YEAR)
    query = households.register_query(commune_db, columns, filters)
    first = listing.page(commune_db, query, query.order, 1, 0)[0][0]
    before = households.shown(commune_db, filters, first)
    narrower = households.Filters(text="zo a", year=YEAR)
    assert (
        "h.search_key >= ?"
        in households.register_query(commune_db, columns, narrower, before).condition
    )
    rename(commune_db, some_household(commune_db), "Aaa Zơ A")  # now first in the register
    query = households.register_query(commune_db, columns, narrower, before)
    assert "h.search_key >= ?" not in query.condition
    assert listing.page(commune_db, query, query.order, 1, 0)[0][0] == some_household(commune_db)
    # a wider search (a word deleted) or other filters start at the beginning as well
    before = households.shown(commune_db, narrower, some_household(commune_db))
    for other in (filters, households.Filters(text="zo a", year=YEAR, status="poor")):
        query = households.register_query(commune_db, columns, other, before)
        assert "h.search_key >= ?" not in query.condition
