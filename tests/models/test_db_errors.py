"""SQLite errors by their code: what the environment did is a StorageError in plain words, a bug
is raised as it is; a failed statement that already ended the transaction keeps its own error."""

from __future__ import annotations

import sqlite3

import pytest
from disks import fill, small_disk

from desktop.models.db import Database, StorageError, connect, storage_error, transaction


def test_a_bug_is_not_the_users_error(commune_db):
    with pytest.raises(sqlite3.OperationalError) as caught:
        commune_db.execute("SELECT no_such_column FROM household")
    assert storage_error(caught.value) is None
    with pytest.raises(sqlite3.OperationalError, match="no such column"), transaction(commune_db):
        commune_db.execute("UPDATE household SET no_such_column = 1")
    assert not commune_db.conn.in_transaction


def test_a_constraint_is_not_the_environment(commune_db):
    with pytest.raises(sqlite3.IntegrityError), transaction(commune_db):
        commune_db.execute("INSERT INTO household (id) VALUES (NULL)")
    assert not commune_db.conn.in_transaction


def test_locked_database_is_busy_by_its_code(commune_dir, commune_db):
    other = sqlite3.connect(commune_dir.database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        commune_db.execute("PRAGMA busy_timeout = 20")
        with pytest.raises(StorageError) as caught, transaction(commune_db):
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.kind == "busy"
    assert "khóa" in caught.value.message


def test_damaged_file_is_corrupt_by_its_code(tmp_path):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"not a database, just words " * 400)
    with pytest.raises(StorageError) as caught:
        connect(path).execute("SELECT * FROM sqlite_master")
    assert caught.value.kind == "corrupt"


def test_full_disk_inside_a_transaction_is_full_and_changes_nothing(tmp_path):
    with small_disk(tmp_path / "disk", 1024) as disk:
        db = Database(connect(disk / "t.sqlite3"))
        db.execute("CREATE TABLE t (x BLOB)")
        db.execute("INSERT INTO t VALUES (x'00')")
        fill(disk, leave_kb=40)
        with pytest.raises(StorageError) as caught, transaction(db):
            for _ in range(200):
                db.execute("INSERT INTO t VALUES (randomblob(8000))")
        assert caught.value.kind == "full"
        assert "Ổ đĩa đã đầy" in caught.value.message
        assert "rollback" not in caught.value.message
        assert not db.conn.in_transaction
        assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 1
        db.conn.close()
