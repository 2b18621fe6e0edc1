"""A lazily fetched, SQL-sorted table model for large tables (100,000 households and more): a
thin Qt adapter of the queries of desktop/models/listing.py.

Only the row count and the visible pages are queried: rows come in pages of PAGE_SIZE with
LIMIT/OFFSET in the query's order, so opening or filtering a large table costs one count and one
page. Sorting and filtering are pushed into SQL; the model never holds the whole table.

With `count_later`, a full first page is shown at once and the count is made off the UI thread
(desktop/views/counting.py): until it arrives the table has the first page's rows and `counting`
is true; then the other rows are inserted and `counted` is emitted. Only the latest query's
count ever arrives: a newer query or a refresh cancels the one under way.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.models import listing
from desktop.models.db import Database
from desktop.models.listing import NUMERIC_KINDS, Column, Query
from desktop.views import counting

PAGE_SIZE = 200
DIRECT_PAGES = 2  # pages fetched with LIMIT/OFFSET before switching to ids in order
CACHED_PAGES = 20
# A page of a query whose rows are looked up by id holds its ids first; the shown columns are
# looked up this many rows at a time as they are shown (about two screens at 1366x768).
ROW_CHUNK = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), _ALIGNMENT, int(VALUE_ROLE), int(ID_ROLE)})


def _unread(values: tuple) -> bool:
    """Whether a page's entry is its row's id alone, its shown columns not looked up yet."""
    return len(values) == 1


class SqlTableModel(QAbstractTableModel):
    counted = Signal()  # a count made off the UI thread arrived: rowCount() is every row

    def __init__(self, db: Database, query: Query, parent=None, *, count_later: bool = False):
        super().__init__(parent)
        self._db = db
        self._query = query
        self._order = query.order
        self._count = 0
        self._count_later = count_later
        self._counting: counting.Count | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._ordered: list[Any] | None = None
        self._reload()

    @property
    def in_query_order(self) -> bool:
        """Whether the rows are in the query's own order (the user has not sorted a column)."""
        return self._order == self._query.order

    @property
    def counting(self) -> bool:
        """Whether the rows are still being counted (rowCount() is the first page's so far)."""
        return self._counting is not None

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
        if self._counting is not None:
            self._counting.cancel()
            self._counting = None
        # The first page first: when it is not full it is the whole answer, and a search that
        # matches few rows (the slow kind: it reads the whole index) is not run twice for a count.
        first = self._page(0)
        self._count = len(first)
        if len(first) < PAGE_SIZE:
            return
        if self._count_later:
            self._counting = counting.start_count(self._db, self._query, self._count_arrived)
            if self._counting is not None:
                return
        self._count = listing.count(self._db, self._query)

    def _count_arrived(self, request: counting.Count, count: int | None) -> None:
        if request is not self._counting:
            return  # cancelled: a newer query's count is under way
        self._counting = None
        if count is None:  # the worker could not count (it said why in the log): count here
            count = listing.count(self._db, self._query)
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # rows were deleted since the first page was read
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.counted.emit()

    def _ids_in_order(self) -> list[Any]:
        if self._ordered is None:
            self._ordered = listing.ordered_ids(self._db, self._query, self._order)
        return self._ordered

    def _fetch(self, number: int) -> list[tuple]:
        """The first pages come straight from SQL (LIMIT/OFFSET with a top-N sort: fast to first
        paint); deeper pages from the ids in order, sorted once, so scrolling far into 100,000
        rows does not sort them all again for every page. A first page of a query whose rows
        are looked up by id (Query.by_ids: the households' register) is its ids alone, each a
        1-tuple until its row is shown (`row_values`): a search paints its first rows having
        looked up those rows only, and still knows at once whether the page is the whole answer."""
        if number < DIRECT_PAGES and self._ordered is None:
            offset = number * PAGE_SIZE
            if self._query.by_ids:
                ids = listing.page_ids(self._db, self._query, self._order, PAGE_SIZE, offset)
                return [(row_id,) for row_id in ids]
            return listing.page(self._db, self._query, self._order, PAGE_SIZE, offset)
        wanted = self._ids_in_order()[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        if not wanted:
            return []
        rows = listing.rows_of(self._db, self._query, wanted)
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

    def _entry(self, row: int) -> tuple[list[tuple], int] | None:
        """The page holding `row` and its place there; None when the table shrank since it was
        counted."""
        page = self._page(row // PAGE_SIZE)
        at = row % PAGE_SIZE
        return (page, at) if at < len(page) else None

    def row_values(self, row: int) -> tuple | None:
        """(id, value of each column) of a row; None when the table shrank since it was counted."""
        entry = self._entry(row)
        if entry is None:
            return None
        page, at = entry
        if _unread(page[at]):
            self._look_up(page, at - at % ROW_CHUNK)
        return page[at]

    def _look_up(self, page: list[tuple], start: int) -> None:
        chunk = range(start, min(start + ROW_CHUNK, len(page)))
        ids = [page[at][0] for at in chunk if _unread(page[at])]
        rows = listing.found_rows(self._db, self._query, ids)
        blank = (None,) * len(self._query.columns)  # a row removed from the database since
        for at in chunk:
            if _unread(page[at]):
                page[at] = rows.get(page[at][0]) or (page[at][0], *blank)

    def row_id(self, row: int) -> str | None:
        entry = self._entry(row)
        return entry[0][entry[1]][0] if entry else None

    def total(self, key: str) -> float:
        """The sum of the shown column `key` over every row."""
        return listing.total(self._db, self._query, key)

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
            return _RIGHT if column.kind in NUMERIC_KINDS else None
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
        return list(self._query.columns), listing.every_row(self._db, self._query, self._order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._query.columns):
            return
        self.beginResetModel()
        self._order = self._query.sorted_by(column, order == Qt.SortOrder.DescendingOrder)
        self._pages.clear()
        self._ordered = None
        self.endResetModel()
