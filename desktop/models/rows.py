"""Rows of a SELECT as records by column name, never by position.

The SELECT names its columns (`AS` where an expression would get no plain name) exactly as the
record's fields are named, so a SELECT that gains, loses or reorders a column fails loudly here
instead of shifting values into the wrong fields.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def names(cursor: sqlite3.Cursor) -> list[str]:
    return [column[0] for column in cursor.description]


def mapping(cursor: sqlite3.Cursor, row: Iterable[Any]) -> dict[str, Any]:
    """One fetched row of `cursor` as column name -> value."""
    return dict(zip(names(cursor), row, strict=True))


def records(make: Callable[..., T], cursor: sqlite3.Cursor, **extra: Any) -> list[T]:
    """Every row of `cursor` as `make(**columns, **extra)`."""
    columns = names(cursor)
    return [make(**dict(zip(columns, row, strict=True)), **extra) for row in cursor]


def record(make: Callable[..., T], cursor: sqlite3.Cursor, **extra: Any) -> T | None:
    """The first row of `cursor` as `make(**columns, **extra)`; None when there is none."""
    row = cursor.fetchone()
    return None if row is None else make(**mapping(cursor, row), **extra)
