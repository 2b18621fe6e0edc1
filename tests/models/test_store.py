"""Opening, migrating and refusing databases."""

from __future__ import annotations

import gzip
import hashlib
import sqlite3

import pytest

from desktop.models import backup, migrations, store
from desktop.models.errors import UserError


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_wal_with_foreign_keys_and_current_schema(data_dir):
    db = store.open_database(data_dir, create=True)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_missing_database_is_not_created_without_asking(data_dir):
    with pytest.raises(UserError, match="ketnghia init"):
        store.open_database(data_dir)
    assert not data_dir.database.exists()


def test_newer_database_is_refused_and_left_byte_identical(data_dir):
    db = store.open_database(data_dir, create=True)
    db.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    before = digest(data_dir.database)
    with pytest.raises(UserError) as refused:
        store.open_database(data_dir)
    assert str(migrations.SCHEMA_VERSION + 1) in refused.value.message
    assert digest(data_dir.database) == before


def test_older_database_is_backed_up_before_migrating(data_dir, monkeypatch):
    db = store.open_database(data_dir, create=True)
    db.conn.close()
    extra = {**migrations.SCRIPTS, migrations.SCHEMA_VERSION + 1: ["CREATE TABLE later (x);"]}
    monkeypatch.setattr(migrations, "SCRIPTS", extra)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    db = store.open_database(data_dir)
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    [made] = backup.list_backups(data_dir)
    assert made.kind == "migration"
    unpacked = data_dir.root / "unpacked.sqlite3"
    unpacked.write_bytes(gzip.decompress(made.path.read_bytes()))
    old = sqlite3.connect(unpacked)
    assert old.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    assert "later" not in {r[0] for r in old.execute("SELECT name FROM sqlite_master")}


def test_failed_migration_changes_nothing(data_dir, monkeypatch):
    db = store.open_database(data_dir, create=True)
    db.conn.close()
    broken = {
        **migrations.SCRIPTS,
        migrations.SCHEMA_VERSION + 1: ["CREATE TABLE fine (x); THIS IS NOT SQL;"],
    }
    monkeypatch.setattr(migrations, "SCRIPTS", broken)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    # A migration that is not SQL is our bug: raised as it is (to be logged), never "the user's".
    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        store.open_database(data_dir)
    conn = sqlite3.connect(data_dir.database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    assert "fine" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_corrupt_file_is_refused_in_plain_words(data_dir):
    data_dir.ensure()
    data_dir.database.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UserError, match="damaged|hỏng"):
        store.open_database(data_dir)
