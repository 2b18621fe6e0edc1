"""A lazily fetched, SQL-sorted table model for large tables (100,000 households and more).

Only the row count and the visible pages are queried: rows come in pages of PAGE_SIZE with
LIMIT/OFFSET in the query's order, so opening or filtering a large table costs one count and one
page. Sorting and filtering are pushed into SQL; the model never holds the whole table.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.models.db import Database
from desktop.models.text import format_date, format_number, format_vnd

PAGE_SIZE = 200
DIRECT_PAGES = 2  # pages fetched with LIMIT/OFFSET before switching to ids in order
CACHED_PAGES = 20
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), _ALIGNMENT, int(VALUE_ROLE), int(ID_ROLE)})

_FORMATS: dict[str, Callable[[Any], str]] = {
    "text": lambda v: "" if v is None else str(v),
    "int": format_number,
    "number": format_number,
    "money": format_vnd,
    "date": format_date,
}


@dataclass
class Column:
    """One column: its header, the SQL expression it shows, how to show it."""

    title: str
    expr: str
    kind: str = "text"
    labels: Callable[[Any], str] | None = None  # code -> label (statuses, categories)

    def display(self, value: Any) -> str:
        if self.labels is not None:
            return self.labels(value) if value is not None else ""
        return _FORMATS[self.kind](value)


@dataclass
class Query:
    """SELECT id, <columns> FROM <source> WHERE <where> ORDER BY <order>."""

    source: str
    columns: list[Column]
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order: str = "1"
    id_expr: str = "id"

    @property
    def condition(self) -> str:
        return " AND ".join(self.where) or "1"

    def select(self, order: str) -> str:
        """One page of rows in order (LIMIT ? OFFSET ?)."""
        exprs = ", ".join([self.id_expr, *(c.expr for c in self.columns)])
        return (
            f"SELECT {exprs} FROM {self.source} WHERE {self.condition} "
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )

    def ordered_ids(self, order: str) -> str:
        return f"SELECT {self.id_expr} FROM {self.source} WHERE {self.condition} ORDER BY {order}"

    def select_ids(self, count: int) -> str:
        """The rows of `count` given ids (in any order)."""
        exprs = ", ".join([self.id_expr, *(c.expr for c in self.columns)])
        marks = ", ".join("?" * count)
        return (
            f"SELECT {exprs} FROM {self.source} WHERE {self.condition} "
            f"AND {self.id_expr} IN ({marks})"
        )

    def count(self) -> str:
        return f"SELECT count(*) FROM {self.source} WHERE {self.condition}"


class SqlTableModel(QAbstractTableModel):
    def __init__(self, db: Database, query: Query, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._query = query
        self._order = query.order
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._ordered: list[Any] | None = None
        self._reload()

    # ---- queries -------------------------------------------------------------------------

    def set_query(self, query: Query) -> None:
        """Replace the query (new filters), keeping the user's sort."""
        self.beginResetModel()
        self._query = query
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self._pages.clear()
        self._ordered = None
        # The first page first: when it is not full it is the whole answer, and a search that
        # matches few rows (the slow kind: it reads the whole index) is not run twice for a count.
        first = self._page(0)
        if len(first) < PAGE_SIZE:
            self._count = len(first)
        else:
            self._count = self._db.execute(self._query.count(), self._query.params).fetchone()[0]

    def _ids_in_order(self) -> list[Any]:
        if self._ordered is None:
            self._ordered = [
                row[0]
                for row in self._db.execute(
                    self._query.ordered_ids(self._order), self._query.params
                )
            ]
        return self._ordered

    def _fetch(self, number: int) -> list[tuple]:
        """The first pages come straight from SQL (LIMIT/OFFSET with a top-N sort: fast to first
        paint); deeper pages from the ids in order, sorted once, so scrolling far into 100,000
        rows does not sort them all again for every page."""
        if number < DIRECT_PAGES and self._ordered is None:
            return self._db.execute(
                self._query.select(self._order),
                [*self._query.params, PAGE_SIZE, number * PAGE_SIZE],
            ).fetchall()
        wanted = self._ids_in_order()[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        if not wanted:
            return []
        rows = {
            row[0]: row
            for row in self._db.execute(
                self._query.select_ids(len(wanted)), [*self._query.params, *wanted]
            )
        }
        return [rows[i] for i in wanted if i in rows]

    def _page(self, number: int) -> list[tuple]:
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            self._pages[number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_values(self, row: int) -> tuple | None:
        """(id, value of each column) of a row; None when the table shrank since it was counted."""
        page = self._page(row // PAGE_SIZE)
        return page[row % PAGE_SIZE] if row % PAGE_SIZE < len(page) else None

    def row_id(self, row: int) -> str | None:
        values = self.row_values(row)
        return values[0] if values else None

    def total(self, expr: str) -> float:
        """The sum of `expr` (one of the query's own column expressions) over every row."""
        query = self._query
        return self._db.execute(
            f"SELECT coalesce(sum({expr}), 0) FROM {query.source} WHERE {query.condition}",
            query.params,
        ).fetchone()[0]

    def ids(self) -> list[str]:
        """Every id in the current order (for 'select all' style actions)."""
        return list(self._ids_in_order())

    # ---- Qt model ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._query.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The view asks ~10 roles per painted cell: answer the unused ones first (hot path).
        if role not in _ROLES or not index.isValid() or not (0 <= index.row() < self._count):
            return None
        column = self._query.columns[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column.kind in ("int", "number", "money") else None
        values = self.row_values(index.row())
        if values is None:
            return None
        if role == ID_ROLE:
            return values[0]
        value = values[index.column() + 1]
        return value if role == VALUE_ROLE else column.display(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                self._query.columns[section].title if section < len(self._query.columns) else None
            )
        return str(section + 1)

    def all_rows(self) -> tuple[list[Column], list[list[Any]]]:
        """Every row the table shows, in its order: (columns, values as the export writes
        them: numbers and dates raw, codes as their labels)."""
        columns = self._query.columns
        rows = []
        for row in self._db.execute(self._query.select(self._order), [*self._query.params, -1, 0]):
            rows.append(
                [
                    value
                    if c.labels is None and c.kind in ("int", "number", "money", "date")
                    else c.display(value)
                    for c, value in zip(columns, row[1:], strict=True)
                ]
            )
        return list(columns), rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._query.columns):
            return
        direction = "DESC" if order == Qt.SortOrder.DescendingOrder else "ASC"
        self.beginResetModel()
        self._order = f"{self._query.columns[column].expr} {direction}, {self._query.id_expr}"
        self._pages.clear()
        self._ordered = None
        self.endResetModel()
