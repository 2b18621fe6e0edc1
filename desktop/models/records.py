"""What each kind of record is, for every part of the program that lists records of any kind.

Each synced table has one `RecordType`, declared in the model module of its records (in that
module's `RECORD_TYPES`): its name for people, how the trash and the conflicts page name one of
its rows, what the record counts call it, the spreadsheet it exports to, the words for its
columns and codes, and which of its columns hold money. The trash, the record counts, the table
exports and their workbooks, and the conflicts page read only these descriptors, so a new record
type is listed everywhere by declaring it once (ARCHITECTURE.md, "Adding a record type"); a test
fails when a synced table has none. Which columns refer to which records is the schema's foreign
keys (sync/references.py reads them), not a list kept here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import tr

# The model modules that declare RECORD_TYPES, in the order their records are counted and their
# tables exported.
MODULES = (
    "desktop.models.villages",
    "desktop.models.households",
    "desktop.models.surveys",
    "desktop.models.needs",
    "desktop.models.receipts",
    "desktop.models.receipt_needs",
    "desktop.models.livelihood",
    "desktop.models.assessments",
    "desktop.models.sponsors",
    "desktop.models.sponsor_directory",
    "desktop.models.group",
    "desktop.models.attachments",
    "desktop.models.documents_register",
)


@dataclass(frozen=True)
class Column:
    """A column of a spreadsheet, in the order of its query's columns."""

    header: str  # in Vietnamese, as the official lists write it
    kind: str = "text"  # text | int | year | money | qty | date | bool
    total: bool = False
    width: float | None = None
    words: Mapping[Any, str] | None = None  # code -> the word written instead (Vietnamese)


@dataclass(frozen=True)
class Export:
    """The spreadsheet of a record type: `ketnghia export xlsx --table <name>`."""

    name: str  # "households": the table's name on the command line
    title: str  # the sheet's title, in Vietnamese
    sql: str  # "{year}": the year condition, or "1" for every year; "{commune}": likewise
    year_condition: str | None  # SQL with ? for the year; None: the records have no years
    columns: Sequence[Column]
    commune: str = "commune_code"  # the column holding the row's commune


@dataclass(frozen=True)
class Count:
    """How the record counts (`ketnghia info`, the demo's summary) name this record type."""

    key: str  # "households"
    label: Callable[[], str]  # "households" -> "hộ gia đình"


@dataclass(frozen=True)
class RecordType:
    table: str
    title: Callable[[], str]  # "Household": what one record is, for people
    label: str = "t.id"  # SQL naming one row, over the table aliased `t`
    part: bool = False  # a part of another record (a receipt item), not deleted on its own
    count: Count | None = None
    export: Export | None = None
    fields: Mapping[str, Callable[[], str]] = field(default_factory=dict)  # beyond FIELDS
    codes: Mapping[str, Callable[[Any], str]] = field(default_factory=dict)  # column -> words
    money: frozenset[str] = frozenset()  # columns holding amounts in đồng


# Words for the columns many record types share; a RecordType's `fields` adds its own.
FIELDS: dict[str, Callable[[], str]] = {
    "name": lambda: tr("Name"),
    "full_name": lambda: tr("Full name"),
    "year": lambda: tr("Year"),
    "status": lambda: tr("Status"),
    "description": lambda: tr("Description"),
    "category_code": lambda: tr("Category"),
    "quantity": lambda: tr("Quantity"),
    "unit": lambda: tr("Unit"),
    "village_id": lambda: tr("Village"),
    "household_id": lambda: tr("Household"),
    "sponsor_id": lambda: tr("Sponsor"),
    "need_id": lambda: tr("Need"),
    "receipt_id": lambda: tr("Receipt"),
    "model_id": lambda: tr("Livelihood model"),
    "survey_id": lambda: tr("Survey"),
    "phone": lambda: tr("Phone"),
    "address": lambda: tr("Address"),
    "position": lambda: tr("Position"),
    "note": lambda: tr("Note"),
    "notes": lambda: tr("Notes"),
    "comments": lambda: tr("Comments"),
    "kind": lambda: tr("Kind"),
    "code": lambda: tr("Code"),
    "title": lambda: tr("Title"),
    "deleted": lambda: tr("Deleted"),
}


def types() -> list[RecordType]:
    """Every declared record type, in the order of MODULES."""
    return [kind for module in MODULES for kind in importlib.import_module(module).RECORD_TYPES]


def by_table() -> dict[str, RecordType]:
    return {kind.table: kind for kind in types()}


def of(table: str) -> RecordType | None:
    return by_table().get(table)


def title(table: str) -> str:
    """What one record of `table` is, for people; the table's name when it has no descriptor."""
    kind = of(table)
    return kind.title() if kind else table


def exports() -> dict[str, RecordType]:
    """export name -> record type, for the record types that export a spreadsheet."""
    return {kind.export.name: kind for kind in types() if kind.export is not None}


def export(name: str) -> Export | None:
    kind = exports().get(name)
    return kind.export if kind else None


def field_label(table: str, column: str) -> str:
    """The words for a column of `table` ("head_name" -> "Chủ hộ"); the column's name when none."""
    kind = of(table)
    label = (kind.fields.get(column) if kind else None) or FIELDS.get(column)
    return label() if label else column


def code_words(table: str, column: str, value: Any) -> str | None:
    """A code stored in `column` in words ("nu" -> "Nữ"), None when the column holds no code."""
    kind = of(table)
    words = kind.codes.get(column) if kind else None
    return words(value) if words else None


def is_money(table: str, column: str) -> bool:
    kind = of(table)
    return kind is not None and column in kind.money


# ---- pieces of the SQL that names a row (`label`) ---------------------------------------------


def name_of(table: str, column: str) -> str:
    """The name of the `table` row the column `column` of `t` refers to."""
    return f"(SELECT x.name FROM {table} x WHERE x.id = t.{column})"


def day(column: str) -> str:
    """An ISO date column as dd/mm/yyyy."""
    return f"strftime('%d/%m/%Y', {column})"


HOUSEHOLD_NAME = "(SELECT x.head_name FROM household x WHERE x.id = t.household_id)"
