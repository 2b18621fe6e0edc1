"""Opening a station's database from its data directory, migrating it when needed."""

from __future__ import annotations

import sqlite3

from desktop.i18n import tr
from desktop.models import migrations, reference
from desktop.models.db import Database, connect, setting, storage_error, transaction
from desktop.models.errors import UserError
from desktop.paths import DataDir


def open_database(data_dir: DataDir, *, create: bool = False) -> Database:
    """The station database, migrated to this program's schema with reference data loaded.

    A missing database is created only with `create`; a newer one is refused untouched.
    """
    path = data_dir.database
    if not path.exists() and not create:
        raise UserError(
            tr("No station is set up in {folder}; run “ketnghia init” first.").format(
                folder=data_dir.root
            )
        )
    version = migrations.check_not_newer(path)
    if 0 < version < migrations.SCHEMA_VERSION:
        migrations.backup(path, data_dir.backups, version)
    data_dir.ensure()
    conn = connect(path)
    try:
        if version < migrations.SCHEMA_VERSION:
            migrations.migrate(conn, version)
        db = Database(conn)
        with transaction(db):
            reference.ensure_loaded(conn)
    except sqlite3.Error as exc:
        conn.close()
        error = storage_error(exc, path)
        if error is None:
            raise  # a bug: logged with its traceback by whoever catches it
        raise error from exc
    except BaseException:
        conn.close()
        raise
    return db


def is_initialized(db: Database) -> bool:
    return setting(db, "site_id") is not None


def role(db: Database) -> str | None:
    return setting(db, "role")


def unit_code(db: Database) -> str | None:
    return setting(db, "unit_code")


def require_station(db: Database) -> None:
    if not is_initialized(db):
        raise UserError(tr("This data folder has no station yet; run “ketnghia init” first."))
