"""Receipts and overview charts with 100,000 households (`--quick`: 20,000).

handout_search   the receipt dialog's hand-out list: the slowest of a few searches (empty, poor
                 and near-poor only, names) until its first 200 households are found; baseline:
                 the same searches sorted by village then name, which sorts every household.
charts_refresh   the overview charts redrawn on the UI thread after a record changes (the poverty
                 rates are computed on the thread pool); baseline: the overview's own figures
                 (desktop.models.overview.figures) on the same data.

Uses the households benchmark's demo station (built once in /tmp and reused).
"""

from __future__ import annotations

import datetime as dt

from bench_households import _context, _station
from common import median_time, result

TARGET_SEARCH_MS = 150
TARGET_CHARTS_MS = 300
SEARCHES = (("", False), ("", True), ("bhriu", False), ("a vi", True), ("thi lan", False))


def handout_search(quick: bool) -> dict:
    from desktop.models import receipts
    from desktop.models.text import fold

    _app, context = _context(_station(quick))
    db, commune, year = context.db, context.commune_code, dt.date.today().year

    def search(text: str, poor: bool) -> None:
        receipts.find_households(db, commune, text, year=year, poor_only=poor)

    def sorted_all(text: str, poor: bool) -> None:
        where, args = ["h.deleted = 0", "h.commune_code = ?"], [year, commune]
        for word in fold(text).split():
            where.append("h.search_key LIKE ?")
            args.append(f"%{word}%")
        if poor:
            where.append("y.status IN ('poor', 'near_poor')")
        db.execute(
            "SELECT h.id, h.head_name, h.head_birth_year, v.name, y.status FROM household h "
            "JOIN village v ON v.id = h.village_id LEFT JOIN household_year y ON "
            "y.household_id = h.id AND y.deleted = 0 AND y.year = ? "
            f"WHERE {' AND '.join(where)} ORDER BY v.ordinal, h.head_name LIMIT 200",
            args,
        ).fetchall()

    def slowest(fn) -> float:
        return max(median_time(lambda t=text, p=poor: fn(t, p), 3) for text, poor in SEARCHES)

    value = slowest(search)
    baseline = slowest(sorted_all)
    return result(
        "handout_search",
        value * 1000,
        "ms",
        baseline * 1000,
        "same searches sorted by village then name",
        f"<= {TARGET_SEARCH_MS} ms",
        value * 1000 <= TARGET_SEARCH_MS,
    )


def charts_refresh(quick: bool) -> dict:
    from desktop.models import overview
    from desktop.views.charts import OverviewCharts

    app, context = _context(_station(quick))
    charts = OverviewCharts(context)
    charts.resize(1146, 540)
    charts.show()
    app.processEvents()

    def redraw() -> None:
        charts.refresh("receipt")
        app.processEvents()

    value = median_time(redraw, 5)
    year = dt.date.today().year
    baseline = median_time(lambda: overview.figures(context.db, year, context.commune_code), 3)
    charts.stop()
    return result(
        "charts_refresh",
        value * 1000,
        "ms",
        baseline * 1000,
        "overview.figures on the same data",
        f"<= {TARGET_CHARTS_MS} ms",
        value * 1000 <= TARGET_CHARTS_MS,
    )


BENCHMARKS = {"handout_search": handout_search, "charts_refresh": charts_refresh}
