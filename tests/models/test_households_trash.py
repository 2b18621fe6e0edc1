"""The trash: tombstones of every synced table listed with a label, and restored as a synced write."""

from __future__ import annotations

import pytest

from desktop.models import changelog, households, records, trash
from desktop.models.errors import UserError


def tombstone_one_of_each(db) -> dict[str, str]:
    """Delete one row of every synced table that has rows; table -> id."""
    deleted = {}
    for table in changelog.synced_tables(db.conn):
        row = db.execute(f'SELECT id FROM "{table}" WHERE deleted = 0 LIMIT 1').fetchone()
        if row:
            db.execute(f'UPDATE "{table}" SET deleted = 1 WHERE id = ?', [row[0]])
            deleted[table] = row[0]
    return deleted


def listed(db, commune: str | None, parts: bool) -> list[tuple]:
    q = trash.query(db, commune, parts)
    return db.execute(
        f"SELECT key, tbl, label, deleted_at FROM {q.source} ORDER BY key", q.params
    ).fetchall()


def test_every_kind_is_listed_with_a_label_and_restored(commune_db):
    deleted = tombstone_one_of_each(commune_db)
    assert {"household", "village", "need", "receipt", "receipt_item", "allocation"} <= set(deleted)
    rows = listed(commune_db, "20704", parts=True)
    assert {r[1] for r in rows} == {t for t in deleted if t in trash.tables(commune_db, True)}
    for key, table, label, when in rows:
        assert label and label != key.split(":")[1]
        assert when and when[:2] == "20"
        assert records.title(table) != table
    main_only = {r[1] for r in listed(commune_db, "20704", parts=False)}
    assert "household" in main_only and "receipt_item" not in main_only
    assert listed(commune_db, "99999", parts=True) == []
    log = commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert trash.restore(commune_db, f"household:{deleted['household']}") == "household"
    assert commune_db.execute(
        "SELECT deleted FROM household WHERE id = ?", [deleted["household"]]
    ).fetchone() == (0,)
    assert commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0] == log + 1
    assert trash.count(commune_db, "20704", True) == len(rows) - 1


def test_restore_refusals(commune_db):
    with pytest.raises(UserError):
        trash.restore(commune_db, "settings:site_id")
    household_id = commune_db.execute("SELECT id FROM household LIMIT 1").fetchone()[0]
    with pytest.raises(UserError):
        trash.restore(commune_db, f"household:{household_id}")  # not in the trash
    year_id, year = commune_db.execute(
        "SELECT id, year FROM household_year WHERE household_id = ? LIMIT 1", [household_id]
    ).fetchone()
    commune_db.execute("UPDATE household_year SET deleted = 1 WHERE id = ?", [year_id])
    record = households.get(commune_db, household_id, year)
    households.save(commune_db, record)  # a new status record takes the year's place
    with pytest.raises(UserError):
        trash.restore(commune_db, f"household_year:{year_id}")
