"""The change log captures every write, the clock never runs backwards."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.models import changelog, hlc, migrations
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.models.text import fold, search_key


def log(db) -> list[tuple]:
    return db.execute("SELECT seq, tbl, row_id, op, hlc FROM change_log ORDER BY seq").fetchall()


def test_every_synced_table_has_triggers(commune_db):
    tables = changelog.synced_tables(commune_db.conn)
    assert {"household", "receipt", "need", "assessment", "sponsor", "village"} <= set(tables)
    triggers = {
        r[0] for r in commune_db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    for table in tables:
        assert {f"{table}_log_insert", f"{table}_log_update", f"{table}_log_delete"} <= triggers


def test_insert_logs_once_with_stamp_and_site(commune_db):
    before = log(commune_db)[-1][0]
    village_id = uuid7()
    with transaction(commune_db) as conn:
        conn.execute(
            "INSERT INTO village (id, commune_code, name) VALUES (?, '20705', 'Thôn Mới')",
            (village_id,),
        )
    new = [row for row in log(commune_db) if row[0] > before]
    assert [(r[1], r[2], r[3]) for r in new] == [("village", village_id, "upsert")]
    row = commune_db.execute(
        "SELECT hlc, site_id FROM village WHERE id = ?", [village_id]
    ).fetchone()
    assert row[0] == new[0][4]
    assert (
        row[1] == commune_db.execute("SELECT value FROM settings WHERE key='site_id'").fetchone()[0]
    )


def test_raw_sql_update_from_another_program_raises_pending(commune_dir, commune_db):
    pending = changelog.pending_count(commune_db.conn)
    commune_db.conn.close()
    raw = sqlite3.connect(commune_dir.database)  # like the sqlite3 shell: no triggers of ours
    raw.execute("UPDATE household SET phone = '0905000111' WHERE rowid = 1")
    raw.commit()
    raw.close()
    conn = sqlite3.connect(commune_dir.database)
    assert changelog.pending_count(conn) == pending + 1
    last = json.loads(conn.execute("SELECT row FROM change_log ORDER BY seq DESC").fetchone()[0])
    assert last["phone"] == "0905000111"


def test_sequence_is_gap_free_even_after_rollback(commune_db):
    first = log(commune_db)[-1][0]
    try:
        with transaction(commune_db) as conn:
            conn.execute("UPDATE village SET notes = 'x' WHERE rowid = 1")
            raise RuntimeError("abandon")
    except RuntimeError:
        pass
    with transaction(commune_db) as conn:
        conn.execute("UPDATE village SET notes = 'y' WHERE rowid = 1")
    assert log(commune_db)[-1][0] == first + 1


def test_clock_never_goes_backwards_when_pc_clock_is_years_behind(commune_db):
    future = hlc.Stamp(hlc.wall_ms() + 5 * 365 * 24 * 3600 * 1000, 7)
    commune_db.execute(
        "UPDATE hlc_state SET physical = ?, counter = ?", [future.physical, future.counter]
    )
    with transaction(commune_db) as conn:
        conn.execute("UPDATE village SET notes = 'later' WHERE rowid = 1")
        conn.execute("UPDATE village SET notes = 'later still' WHERE rowid = 1")
    stamps = [hlc.Stamp.parse(r[4]) for r in log(commune_db)[-2:]]
    assert future < stamps[0] < stamps[1]
    check = hlc.check_wall_clock(commune_db.conn)
    assert check.behind and check.suspicious


def test_clock_far_ahead_is_suspicious_and_normal_use_is_not(commune_db):
    now = hlc.wall_ms()
    assert not hlc.check_wall_clock(commune_db.conn, now).suspicious
    assert hlc.check_wall_clock(commune_db.conn, now + 3 * 365 * 24 * 3600 * 1000).far_ahead


def test_remote_stamp_advances_the_clock_but_not_past_the_limit(commune_db):
    ahead = hlc.Stamp(hlc.wall_ms() + 60_000, 3)
    hlc.observe(commune_db.conn, str(ahead))
    assert hlc.current(commune_db.conn) == ahead
    absurd = hlc.Stamp(hlc.wall_ms() + 50 * 365 * 24 * 3600 * 1000, 0)
    hlc.observe(commune_db.conn, str(absurd))
    assert hlc.current(commune_db.conn) < absurd


def test_delete_is_logged_as_delete(commune_db):
    row_id = commune_db.execute("SELECT id FROM need_status_change LIMIT 1").fetchone()[0]
    with transaction(commune_db) as conn:
        conn.execute("DELETE FROM need_status_change WHERE id = ?", (row_id,))
    assert log(commune_db)[-1][1:4] == ("need_status_change", row_id, "delete")


def test_nothing_is_logged_while_applying_remote_changes(commune_db):
    before = log(commune_db)[-1][0]
    with transaction(commune_db) as conn:
        conn.execute("UPDATE sync_control SET applying = 1")
        conn.execute("UPDATE village SET notes = 'from the hub' WHERE rowid = 1")
        conn.execute("UPDATE sync_control SET applying = 0")
    assert log(commune_db)[-1][0] == before


@pytest.fixture(scope="module")
def empty_log() -> sqlite3.Connection:
    """A database of this schema in memory, its change log filled by each example."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.create_function("search_key", 1, search_key, deterministic=True)
    migrations.migrate(conn, 0)
    return conn


@settings(max_examples=60, deadline=None)
@given(
    seqs=st.sets(st.integers(1, 400), max_size=300),
    floor=st.integers(0, 420),
    acked=st.booleans(),
)
@example(seqs=set(range(1, 101)), floor=10, acked=True)  # most above: the index is read
@example(seqs=set(range(1, 101)), floor=95, acked=True)  # a few above: their rows are read
def test_pending_count_is_the_changes_above_the_floor_whichever_way_it_counts(
    empty_log, seqs, floor, acked
):
    # gaps, few or most changes above the floor: the index scan and the row scan agree
    conn = empty_log
    conn.execute("DELETE FROM change_log")
    conn.execute("DELETE FROM settings WHERE key = 'acked_seq'")
    conn.executemany(
        "INSERT INTO change_log (seq, tbl, row_id, op, hlc, row) VALUES (?, 'household', ?, "
        "'upsert', '000000000000001-00000', ?)",
        [(seq, f"h{seq}", json.dumps({"notes": "x" * 300})) for seq in sorted(seqs)],
    )
    if acked:
        conn.execute("INSERT INTO settings (key, value) VALUES ('acked_seq', ?)", (str(floor),))
    above = floor if acked else 0
    assert changelog.pending_count(conn) == sum(1 for seq in seqs if seq > above)
