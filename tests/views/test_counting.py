"""A list's count made off the UI thread: the first rows at once, the right count once it
arrives, never the count of an older search."""

from __future__ import annotations

import gc

import pytest

from desktop.models import households, store, wal
from desktop.models.listing import Column, Query
from desktop.views import counting
from desktop.views.households_page import HouseholdsPage
from desktop.views.sqltable import SqlTableModel

PAGE = 7  # the demo commune's 120 households fill many pages


@pytest.fixture(autouse=True)
def small_pages(monkeypatch) -> None:
    monkeypatch.setattr("desktop.views.sqltable.PAGE_SIZE", PAGE)


def live(db, where: str = "1", params: tuple = ()) -> int:
    sql = f"SELECT count(*) FROM household WHERE deleted = 0 AND {where}"
    return db.execute(sql, params).fetchone()[0]


def query(where: str = "1", params: tuple = ()) -> Query:
    columns = [Column("Chủ hộ", "head_name"), Column("Mã", "code")]
    return Query("household", columns, where=["deleted = 0", where], params=list(params))


def test_first_rows_at_once_then_every_row_and_the_label(qtbot, qtmodeltester, context):
    page = HouseholdsPage(context)
    qtbot.addWidget(page)
    assert page.model.counting
    assert page.model.rowCount() == PAGE
    assert page.count_label.text() == "Đang đếm số hộ…"
    assert page.model.index(0, 0).data()  # the first rows are there meanwhile
    qtmodeltester.check(page.model)  # and stays checked while the rows arrive
    with qtbot.waitSignal(page.model.counted):
        pass
    total = live(context.db)
    assert not page.model.counting and page.model.rowCount() == total > PAGE
    assert page.count_label.text() == f"{total} hộ"
    assert gc.isenabled()  # the collector paused for the count is on again


def test_a_search_shows_its_own_count(qtbot, context):
    page = HouseholdsPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.model.counting)
    expected = households.register_query(
        context.db, [], households.Filters(text="th", commune_code=context.commune_code)
    )
    count = context.db.execute(expected.count(), expected.params).fetchone()[0]
    assert PAGE < count < live(context.db)
    qtbot.keyClicks(page.search, "th")
    qtbot.waitUntil(lambda: page.count_label.text() == f"{count} hộ")
    assert not page.model.counting and page.model.rowCount() == count


def test_the_count_of_an_older_query_never_lands(qtbot, commune_db):
    older = query("code LIKE ?", ("%1%",))
    newer = query("code LIKE ?", ("%2%",))
    assert live(commune_db, "code LIKE ?", ("%1%",)) != live(commune_db, "code LIKE ?", ("%2%",))
    model = SqlTableModel(commune_db, older, count_later=True)
    assert model.counting
    counting.wait_for_counts(10_000)  # the older count is made; its figure waits in the queue
    model.set_query(newer)
    seen = []
    model.counted.connect(lambda: seen.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: seen.append(("inserted", model.rowCount())))
    qtbot.waitUntil(lambda: not model.counting)
    counting.wait_for_counts(10_000)
    qtbot.wait(50)  # anything still queued is delivered
    expected = live(commune_db, "code LIKE ?", ("%2%",))
    assert seen == [("inserted", expected), expected]


def test_a_refresh_counts_again(qtbot, commune_db):
    model = SqlTableModel(commune_db, query(), count_later=True)
    qtbot.waitUntil(lambda: not model.counting)
    before = model.rowCount()
    commune_db.execute(
        "UPDATE household SET deleted = 1 WHERE rowid = (SELECT max(rowid) FROM household)"
    )
    model.refresh()
    assert model.counting
    qtbot.waitUntil(lambda: not model.counting)
    assert model.rowCount() == before - 1 == live(commune_db)


def test_counted_here_inside_a_transaction(commune_db):
    """Another connection would not see the transaction's rows: the count is made at once."""
    commune_db.execute("BEGIN")
    try:
        commune_db.execute("UPDATE household SET deleted = 1 WHERE code LIKE '%1%'")
        model = SqlTableModel(commune_db, query(), count_later=True)
        assert not model.counting
        assert model.rowCount() == live(commune_db)
    finally:
        commune_db.execute("ROLLBACK")


def test_without_count_later_the_count_is_made_at_once(commune_db):
    model = SqlTableModel(commune_db, query())
    assert not model.counting and model.rowCount() == live(commune_db)


def test_counted_here_on_a_read_only_database(commune_dir, commune_db):
    reader = store.open_database(commune_dir, read_only=True)
    try:
        model = SqlTableModel(reader, query(), count_later=True)
        assert not model.counting and model.rowCount() == live(commune_db)
    finally:
        reader.conn.close()


def test_the_counts_connection_is_closed_before_the_windows(qtbot, commune_dir):
    """As the window closes (app.run), its connection is the last one: it removes the WAL (a
    clean shutdown)."""
    db = store.open_database(commune_dir)
    model = SqlTableModel(db, query(), count_later=True)
    qtbot.waitUntil(lambda: not model.counting)
    assert wal.wal_path(commune_dir.database).exists()
    counting.wait_for_counts(10_000)
    store.close(db)
    assert not wal.wal_path(commune_dir.database).exists()
