"""The lists of the pages, defined by the data layer: what a list reads, how it filters and orders.

A record's model module declares its list as a `Listing` (the SQL source, its fields by key, the
default order) and a function building the WHERE terms of its filters; a page picks the fields it
shows by key, gives each a title and a label function, and hands the resulting `Query` to the
lazy table model (desktop/views/sqltable.py), which only asks this module for counts and pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.models.db import Database
from desktop.models.reference import successor_sql
from desktop.models.text import format_date, format_number, format_vnd

_FORMATS: dict[str, Callable[[Any], str]] = {
    "text": lambda v: "" if v is None else str(v),
    "int": format_number,
    "number": format_number,
    "money": format_vnd,
    "date": format_date,
}
NUMERIC_KINDS = frozenset({"int", "number", "money"})


@dataclass(frozen=True)
class Field:
    """One value a list can show: its key, the SQL expression reading it, its kind."""

    key: str
    expr: str
    kind: str = "text"


@dataclass
class Column:
    """One shown column: its header, the SQL expression it shows, how to show it."""

    title: str
    expr: str
    kind: str = "text"
    labels: Callable[[Any], str] | None = None  # code -> label (statuses, categories)
    key: str = ""

    def display(self, value: Any) -> str:
        if self.labels is not None:
            return self.labels(value) if value is not None else ""
        return _FORMATS[self.kind](value)

    def export_value(self, value: Any) -> Any:
        """What a spreadsheet export writes: numbers and dates raw, codes as their labels."""
        if self.labels is None and self.kind in (*NUMERIC_KINDS, "date"):
            return value
        return self.display(value)


@dataclass
class Query:
    """SELECT id, <columns> FROM <source> WHERE <where> ORDER BY <order>."""

    source: str
    columns: list[Column]
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    order: str = "1"
    id_expr: str = "id"
    # counted from another source when the shown one joins more than the count needs
    count_source: str | None = None
    # counted with other terms (the same parameters) when counting wants another plan than a
    # page in order (households: matches fetched by rowid, search.household_where)
    count_where: list[str] | None = None
    # a page's ids first, then the shown columns of those ids only, each row looked up by its id
    # (columns costly to compute for every match before sorting: the households' register)
    by_ids: bool = False
    # how many of `params` come first for the `?` of `source` (by_ids: a page's rows by id)
    source_params: int = 0

    @property
    def condition(self) -> str:
        return " AND ".join(self.where) or "1"

    def _exprs(self) -> str:
        return ", ".join([self.id_expr, *(c.expr for c in self.columns)])

    def select(self, order: str) -> str:
        """One page of rows in order (LIMIT ? OFFSET ?)."""
        return (
            f"SELECT {self._exprs()} FROM {self.source} WHERE {self.condition} "
            f"ORDER BY {order} LIMIT ? OFFSET ?"
        )

    def ordered_ids(self, order: str) -> str:
        return f"SELECT {self.id_expr} FROM {self.source} WHERE {self.condition} ORDER BY {order}"

    def page_ids(self, order: str) -> str:
        """The ids of one page in order (LIMIT ? OFFSET ?), no shown column computed."""
        return f"{self.ordered_ids(order)} LIMIT ? OFFSET ?"

    def select_only(self, count: int) -> str:
        """The rows of `count` given ids (in any order), whatever the filters (params: the
        source's, then the ids)."""
        marks = ", ".join("?" * count)
        return f"SELECT {self._exprs()} FROM {self.source} WHERE {self.id_expr} IN ({marks})"

    def select_ids(self, count: int) -> str:
        """The rows of `count` given ids (in any order)."""
        marks = ", ".join("?" * count)
        # with by_ids, a unary + keeps SQLite from looking rows up by another term than the ids
        condition = f"+({self.condition})" if self.by_ids else self.condition
        return (
            f"SELECT {self._exprs()} FROM {self.source} WHERE {condition} "
            f"AND {self.id_expr} IN ({marks})"
        )

    def count(self) -> str:
        condition = self.condition if self.count_where is None else " AND ".join(self.count_where)
        return f"SELECT count(*) FROM {self.count_source or self.source} WHERE {condition or '1'}"

    def sorted_by(self, column: int, descending: bool) -> str:
        """The ORDER BY of sorting by the `column`-th shown column (ties in id order)."""
        direction = "DESC" if descending else "ASC"
        return f"{self.columns[column].expr} {direction}, {self.id_expr}"

    def expr_of(self, key: str) -> str:
        for column in self.columns:
            if column.key == key:
                return column.expr
        raise KeyError(key)


@dataclass(frozen=True)
class Listing:
    """A list a model module defines: its source, its fields by key and its default order."""

    source: str
    fields: tuple[Field, ...]
    order: str
    id_expr: str = "id"
    alias: str = ""  # the alias of the listed table in `source` (its commune column)
    count_source: str | None = None
    by_ids: bool = False
    source_params: int = 0

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    def column(self, key: str, title: str, labels: Callable[[Any], str] | None = None) -> Column:
        f = self.field(key)
        return Column(title, f.expr, f.kind, labels, key)

    def commune_column(self, title: str, labels: Callable[[Any], str]) -> Column:
        """The commune a row rolls up to (its predecessors' rows under their successor)."""
        prefix = f"{self.alias}." if self.alias else ""
        return Column(title, successor_sql(f"{prefix}commune_code"), "text", labels, "commune")

    def query(
        self,
        columns: Sequence[Column],
        where: Iterable[str] = (),
        params: Iterable[Any] = (),
        count_where: Iterable[str] | None = None,
    ) -> Query:
        return Query(
            self.source,
            list(columns),
            where=list(where),
            params=list(params),
            order=self.order,
            id_expr=self.id_expr,
            count_source=self.count_source,
            count_where=None if count_where is None else list(count_where),
            by_ids=self.by_ids,
            source_params=self.source_params,
        )


# ---- reading a query ----------------------------------------------------------------------


def count(db: Database, query: Query) -> int:
    return db.execute(query.count(), query.params).fetchone()[0]


def page(db: Database, query: Query, order: str, limit: int, offset: int) -> list[tuple]:
    """One page in `order`; with `query.by_ids`, its ids first, then the shown columns of those
    ids only (SQLite would compute them for every match before sorting them)."""
    if not query.by_ids:
        return db.execute(query.select(order), [*query.params, limit, offset]).fetchall()
    ids = page_ids(db, query, order, limit, offset)
    rows = found_rows(db, query, ids)
    return [rows[i] for i in ids]


def page_ids(db: Database, query: Query, order: str, limit: int, offset: int) -> list[Any]:
    """The ids of one page in `order`, no shown column computed."""
    return [row[0] for row in db.execute(query.page_ids(order), [*query.params, limit, offset])]


def found_rows(db: Database, query: Query, ids: Sequence[Any]) -> dict[Any, tuple]:
    """The rows of `ids` the query has just found, by id, without testing its filters again."""
    if not ids:
        return {}
    sql, params = query.select_only(len(ids)), [*query.params[: query.source_params], *ids]
    return {row[0]: row for row in db.execute(sql, params)}


def ordered_ids(db: Database, query: Query, order: str) -> list[Any]:
    return [row[0] for row in db.execute(query.ordered_ids(order), query.params)]


def rows_of(db: Database, query: Query, ids: Sequence[Any]) -> dict[Any, tuple]:
    """The rows of `ids` by id (those the query still finds)."""
    return {row[0]: row for row in db.execute(query.select_ids(len(ids)), [*query.params, *ids])}


def total(db: Database, query: Query, key: str) -> float:
    """The sum of the shown column `key` over every row of the query."""
    return db.execute(
        f"SELECT coalesce(sum({query.expr_of(key)}), 0) FROM {query.source} "
        f"WHERE {query.condition}",
        query.params,
    ).fetchone()[0]


def every_row(db: Database, query: Query, order: str) -> list[list[Any]]:
    """Every row in `order`, as a spreadsheet export writes it."""
    columns = query.columns
    return [
        [c.export_value(value) for c, value in zip(columns, row[1:], strict=True)]
        for row in db.execute(query.select(order), [*query.params, -1, 0])
    ]
