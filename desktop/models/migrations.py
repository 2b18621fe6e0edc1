"""Numbered schema migrations over `PRAGMA user_version`.

Migration N is every `schema/NNN_*.sql` file whose number is N, run in name order in one
transaction, then its Python steps (`AFTER_SCRIPTS`: what SQL alone cannot compute), after which
the change-log triggers are recreated for every synced table. A backup
copy of the file is taken before an existing database is migrated; a database newer than this
program is refused and left byte-for-byte as it was.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from desktop.i18n import tr
from desktop.models import changelog
from desktop.models.db import connect_read_only, rollback, storage_error
from desktop.models.errors import UserError
from desktop.models.text import search_key


def _scripts() -> dict[int, list[str]]:
    by_number: dict[int, list[tuple[str, str]]] = defaultdict(list)
    folder = Path(__file__).resolve().parent / "schema"
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            by_number[int(entry.name[:3])].append((entry.name, entry.read_text("utf-8")))
    return {n: [sql for _, sql in sorted(files)] for n, files in by_number.items()}


SCRIPTS = _scripts()
SCHEMA_VERSION = max(SCRIPTS)


def _search_keys(conn: sqlite3.Connection) -> None:
    """Stored search keys made by text.search_key (migration 2)."""
    from desktop.models import households  # only here: the window's start-up does without it

    conn.executemany(
        "UPDATE household SET search_key = ? WHERE id = ?",
        [
            (households.search_key(name, code, phone), row_id)
            for row_id, name, code, phone in conn.execute(
                "SELECT id, head_name, code, phone FROM household"
            ).fetchall()
        ],
    )
    conn.executemany(
        "UPDATE admin_unit SET search_key = ? WHERE rowid = ?",
        [
            (search_key(name), rowid)
            for rowid, name in conn.execute("SELECT rowid, name FROM admin_unit").fetchall()
        ],
    )
    conn.executemany(
        "UPDATE ethnic_group SET search_key = ? WHERE code = ?",
        [
            (search_key(f"{name} {other}"), code)
            for code, name, other in conn.execute(
                "SELECT code, name, other_names FROM ethnic_group"
            ).fetchall()
        ],
    )


def _record_keys(conn: sqlite3.Connection) -> None:
    """The search keys of needs and receipts in their new indexes (migration 4)."""
    from desktop.models import needs, receipts, search

    for index in (needs.SEARCH_INDEX, receipts.SEARCH_INDEX):
        search.reindex(conn, index)


AFTER_SCRIPTS: dict[int, list[Callable[[sqlite3.Connection], None]]] = {
    2: [_search_keys],
    4: [_record_keys],
}


def stored_version(path: Path) -> int:
    """The database's user_version, read without writing anything (0 when there is no file)."""
    if not path.exists():
        return 0
    try:
        conn = connect_read_only(path)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        error = storage_error(exc, path)
        if error is None:
            raise  # a bug: logged with its traceback by whoever catches it
        raise error from exc


def check_not_newer(path: Path) -> int:
    version = stored_version(path)
    if version > SCHEMA_VERSION:
        raise UserError(
            tr(
                "This database was made by a newer version of Sổ Kết Nghĩa (schema {found}, "
                "this program knows {known}); install the newer program to open it."
            ).format(found=version, known=SCHEMA_VERSION)
        )
    return version


def migrate(conn: sqlite3.Connection, from_version: int) -> int:
    """Run every migration above `from_version`, each in its own transaction."""
    for number in range(from_version + 1, SCHEMA_VERSION + 1):
        script = "\n".join(SCRIPTS.get(number, []))
        try:
            conn.executescript("BEGIN IMMEDIATE;\n" + script)
            for step in AFTER_SCRIPTS.get(number, []):
                step(conn)
            changelog.install_triggers(conn)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    return SCHEMA_VERSION
