"""Figures of the overview page: households and poverty, needs by status, value received this
year by sponsor, and the deadlines coming up."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from desktop.models import reference
from desktop.models.db import Database, commune_scope


class Overview(NamedTuple):
    """The year's figures of the overview page."""

    year: int
    households: int
    poor: int
    near_poor: int
    needs_by_status: dict[str, int]
    needs_total_cost: int
    value_by_sponsor: list[tuple[str, int, int]]  # (sponsor, receipts, value) this year
    value_received: int
    models: int

    @property
    def poverty_rate(self) -> float:
        return self.poor / self.households if self.households else 0.0


def needs_by_status(db: Database, year: int, commune_code: str | None) -> dict[str, int]:
    """Status -> how many of the year's needs are in it."""
    scope, args = commune_scope(commune_code, "n")
    return dict(
        db.execute(
            f"SELECT n.status, count(*) FROM need n WHERE n.deleted = 0 AND n.year = ? AND {scope} "
            "GROUP BY n.status",
            [year, *args],
        ).fetchall()
    )


def figures(db: Database, year: int, commune_code: str | None = None) -> Overview:
    """The year's figures, for one commune or (None) every commune the database holds."""
    scope, args = commune_scope(commune_code, "h")
    households = db.execute(
        f"SELECT count(*) FROM household h WHERE h.deleted = 0 AND {scope}", args
    ).fetchone()[0]
    status = dict(
        db.execute(
            "SELECT y.status, count(*) FROM household_year y JOIN household h ON h.id = "
            f"y.household_id AND h.deleted = 0 WHERE y.deleted = 0 AND y.year = ? AND {scope} "
            "GROUP BY y.status",
            [year, *args],
        ).fetchall()
    )
    needs = needs_by_status(db, year, commune_code)
    scope, args = commune_scope(commune_code, "n")
    needs_cost = db.execute(
        "SELECT COALESCE(SUM(n.estimated_cost), 0) FROM need n WHERE n.deleted = 0 AND "
        f"n.year = ? AND {scope}",
        [year, *args],
    ).fetchone()[0]
    scope, args = commune_scope(commune_code, "r")
    by_sponsor = db.execute(
        "SELECT s.name, COUNT(DISTINCT r.id), COALESCE(SUM(i.amount), 0) FROM receipt r "
        "JOIN sponsor s ON s.id = r.sponsor_id "
        "LEFT JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        f"WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? AND {scope} "
        "GROUP BY s.id ORDER BY 3 DESC",
        [f"{year}-01-01", f"{year}-12-31", *args],
    ).fetchall()
    scope, args = commune_scope(commune_code, "m")
    models = db.execute(
        f"SELECT count(*) FROM livelihood_model m WHERE m.deleted = 0 AND m.year = ? AND {scope}",
        [year, *args],
    ).fetchone()[0]
    return Overview(
        year=year,
        households=households,
        poor=status.get("poor", 0),
        near_poor=status.get("near_poor", 0),
        needs_by_status=needs,
        needs_total_cost=needs_cost,
        value_by_sponsor=[tuple(row) for row in by_sponsor],
        value_received=sum(row[2] for row in by_sponsor),
        models=models,
    )


class Deadline(NamedTuple):
    """The next due date of one of the program's deadlines."""

    due: dt.date
    who: str
    what: str

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days


def upcoming_deadlines(db: Database, today: dt.date, role: str = "commune") -> list[Deadline]:
    """The next occurrence of each dated deadline of the program for this role, soonest first.

    The year-end report has no fixed day in the decision; it is shown as due on 31/12.
    """
    who = "commune" if role == "commune" else "district"
    result = []
    for item in reference.catalog(db.conn, "deadline"):
        if item.data["who"] != who:
            continue
        month, day = (
            (12, 31) if item.data["due"] == "year-end" else map(int, item.data["due"].split("-"))
        )
        due = dt.date(today.year, month, day)
        if due < today:
            due = dt.date(today.year + 1, month, day)
        result.append(Deadline(due, item.data["who"], item.name))
    return sorted(result, key=lambda d: d.due)
