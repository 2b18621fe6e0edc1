"""The register of issued documents and their numbers: "Số: 05/BB-UBND".

Numbers run per year and per symbol (BB-UBND, BC-UBND, DS-UBND, ...) within the commune, from 1,
and are written with a leading zero under 10 (Nghị định 30/2020, Phụ lục I). Printing the same
document again (the minutes of one receipt, the needs report of one year) keeps its number.
A handover number may also be typed on the receipt itself (`receipt.minutes_number`); such a
number is registered as it is and counts as taken.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import tr
from desktop.models.db import Database, commune_is, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.records import RecordType
from desktop.models.rows import record, records
from desktop.paths import DataDir, OutsideFolder, confined

COLUMNS = (
    "id, year, number, symbol, kind, title, issued_on, owner_table, owner_id, file_name, "
    "commune_code"
)


DOCUMENTS_FOLDER = "documents"  # in the data folder: where the window prints documents


@dataclass(frozen=True)
class IssuedDocument:
    id: str
    year: int
    number: int
    symbol: str
    kind: str
    title: str
    issued_on: str
    owner_table: str | None
    owner_id: str | None
    file_name: str | None
    commune_code: str | None

    @property
    def label(self) -> str:
        """ "05/BB-UBND"."""
        return format_number(self.number, self.symbol)


def own_file(data_dir: DataDir, entry: IssuedDocument) -> Path | None:
    """The file of a registered document, when it is a file this station printed into its own
    documents folder. The register syncs between stations, so `file_name` may come from another
    PC (or a hostile bundle): a path anywhere else is never opened."""
    if not entry.file_name:
        return None
    named = Path(entry.file_name)
    try:
        path = confined(data_dir.root / DOCUMENTS_FOLDER, named.name)
    except OutsideFolder:
        return None
    if not named.is_absolute() or named.resolve() != path or not path.is_file():
        return None
    return path


NUMBER_PATTERN = re.compile(r"^\s*(\d{1,6})\s*/\s*(\S+)\s*$")


def format_number(number: int, symbol: str) -> str:
    return f"{number:02d}/{symbol}"


def parse_number(label: str) -> tuple[int, str] | None:
    """ "05/BB-UBND" -> (5, "BB-UBND"); None when it is not written that way."""
    match = NUMBER_PATTERN.match(label or "")
    return (int(match.group(1)), match.group(2)) if match else None


def _taken_on_receipts(
    conn: sqlite3.Connection, commune_code: str | None, year: int, symbol: str
) -> int:
    """The highest number of `symbol` typed on the year's receipts (0 when none)."""
    highest = 0
    scope, args = commune_is(commune_code)
    for (label,) in conn.execute(
        "SELECT minutes_number FROM receipt WHERE deleted = 0 AND minutes_number IS NOT NULL "
        f"AND {scope} AND substr(received_on, 1, 4) = ?",
        (*args, str(year)),
    ):
        parsed = parse_number(label)
        if parsed and parsed[1] == symbol:
            highest = max(highest, parsed[0])
    return highest


def registered(
    db: Database, *, commune_code: str | None, kind: str, owner_table: str | None, owner_id: str
) -> IssuedDocument | None:
    """A document's entry in the register, if it has one (numbering nothing)."""
    return _find(db.conn, commune_code, kind, owner_table, owner_id)


def _find(
    conn: sqlite3.Connection,
    commune_code: str | None,
    kind: str,
    owner_table: str | None,
    owner_id: str,
) -> IssuedDocument | None:
    scope, args = commune_is(commune_code)
    cursor = conn.execute(
        f"SELECT {COLUMNS} FROM document WHERE deleted = 0 AND kind = ? AND owner_id = ? "
        f"AND owner_table IS ? AND {scope} ORDER BY year DESC, number DESC LIMIT 1",
        (kind, owner_id, owner_table, *args),
    )
    return record(IssuedDocument, cursor)


def issue(
    db: Database,
    *,
    commune_code: str | None,
    kind: str,
    symbol: str,
    title: str,
    issued_on: dt.date,
    owner_table: str | None = None,
    owner_id: str | None = None,
    file_name: str | None = None,
    number: int | None = None,
) -> IssuedDocument:
    """The document's entry in the register: its earlier one for the same owner, or a new number.

    `number` records a number already given to the document (typed on its record). The next
    number and its row are taken in one transaction, so two documents never share a number.
    """
    if not symbol.strip() or not kind.strip():
        raise UserError(tr("A document needs a kind and a symbol to be numbered."))
    with transaction(db) as conn:
        if owner_id is not None:
            earlier = _find(conn, commune_code, kind, owner_table, owner_id)
            if earlier is not None:
                if file_name and file_name != earlier.file_name:
                    conn.execute(
                        "UPDATE document SET file_name = ? WHERE id = ?", (file_name, earlier.id)
                    )
                    return _get(conn, earlier.id)
                return earlier
        year = issued_on.year
        if number is None:
            scope, args = commune_is(commune_code)
            registered = conn.execute(
                "SELECT COALESCE(MAX(number), 0) FROM document WHERE deleted = 0 AND year = ? "
                f"AND symbol = ? AND {scope}",
                (year, symbol, *args),
            ).fetchone()[0]
            number = max(registered, _taken_on_receipts(conn, commune_code, year, symbol)) + 1
        doc_id = uuid7()
        conn.execute(
            "INSERT INTO document (id, commune_code, year, number, symbol, kind, title, "
            "issued_on, owner_table, owner_id, file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                commune_code,
                year,
                number,
                symbol,
                kind,
                title,
                issued_on.isoformat(),
                owner_table,
                owner_id,
                file_name,
            ),
        )
        return _get(conn, doc_id)


def remember_file(
    db: Database,
    *,
    kind: str,
    owner_table: str | None,
    owner_id: str,
    file_name: str,
    commune_code: str | None,
) -> None:
    """Note where the latest copy of a registered document was written."""
    with transaction(db) as conn:
        earlier = _find(conn, commune_code, kind, owner_table, owner_id)
        if earlier is not None and earlier.file_name != file_name:
            conn.execute("UPDATE document SET file_name = ? WHERE id = ?", (file_name, earlier.id))


def _get(conn: sqlite3.Connection, doc_id: str) -> IssuedDocument:
    found = record(
        IssuedDocument, conn.execute(f"SELECT {COLUMNS} FROM document WHERE id = ?", (doc_id,))
    )
    assert found is not None, doc_id  # just written in the caller's transaction
    return found


def issued(db: Database, year: int | None = None) -> list[IssuedDocument]:
    """The register, latest first; one year's documents when `year` is given."""
    where, params = ("AND year = ?", [year]) if year is not None else ("", [])
    return records(
        IssuedDocument,
        db.execute(
            f"SELECT {COLUMNS} FROM document WHERE deleted = 0 {where} "
            "ORDER BY issued_on DESC, year DESC, symbol, number DESC",
            params,
        ),
    )


def get(db: Database, doc_id: str) -> IssuedDocument:
    found = record(
        IssuedDocument,
        db.execute(f"SELECT {COLUMNS} FROM document WHERE id = ? AND deleted = 0", [doc_id]),
    )
    if found is None:
        raise UserError(tr("This document is not in the register."))
    return found


# ---- the record types of this module (desktop.models.records) --------------------

RECORD_TYPES = (
    RecordType(
        "document", lambda: tr("Issued document"), "t.number || '/' || t.symbol || ' ' || t.title"
    ),
)
