"""The figures printed on documents and exported to spreadsheets, GUI-free.

A receipt with its items, parties and allocations (handover minutes, receipt list); the needs of
a year (the proposal due 15/01); the figures of a period (quý, 6 tháng, 9 tháng, năm); the
year-end figures with each sponsor's assessment. Every function reads only live rows
(deleted = 0) and raises UserError when there is nothing to report.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.models import assessments, needs, reference, search
from desktop.models.db import Database, commune_scope
from desktop.models.errors import UserError
from desktop.models.rows import mapping, record, records
from desktop.models.text import fold, format_date

# Period code -> (first month, last month).
PERIODS: dict[str, tuple[int, int]] = {
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "h1": (1, 6),
    "9m": (1, 9),
    "year": (1, 12),
}


# ---- a receipt ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    side: str
    full_name: str
    position: str


@dataclass(frozen=True)
class Item:
    id: str
    ordinal: int
    name: str
    unit: str
    quantity: float
    unit_price: int
    amount: int
    notes: str


@dataclass(frozen=True)
class AllocationLine:
    village_name: str
    village_ordinal: int
    household_id: str | None
    household_code: str
    head_name: str
    item_name: str
    unit: str
    quantity: float
    value: int
    handed_on: str | None
    notes: str


@dataclass
class ReceiptFigures:
    id: str
    commune_code: str | None
    received_on: dt.date
    place: str
    sponsor_id: str
    sponsor_name: str
    sponsor_address: str
    resource_kind: str
    category: str
    gift_only: bool
    minutes_number: str
    description: str
    notes: str
    items: list[Item]
    parties: list[Party]
    needs: list[str]
    allocations: list[AllocationLine] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(item.amount for item in self.items)

    def side(self, side: str) -> list[Party]:
        return [p for p in self.parties if p.side == side]

    @property
    def households(self) -> int:
        return len({a.household_id for a in self.allocations if a.household_id})


def receipt(db: Database, receipt_id: str) -> ReceiptFigures:
    """A receipt with its items, parties, linked needs and allocations."""
    cursor = db.execute(
        "SELECT r.id AS id, r.commune_code AS commune_code, r.received_on AS received_on, "
        "COALESCE(r.place, '') AS place, r.sponsor_id AS sponsor_id, s.name AS sponsor_name, "
        "COALESCE(s.address, '') AS sponsor_address, r.resource_kind AS resource_kind, "
        "r.category_code AS category, r.gift_only AS gift_only, "
        "COALESCE(r.minutes_number, '') AS minutes_number, "
        "COALESCE(r.description, '') AS description, COALESCE(r.notes, '') AS notes "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id "
        "WHERE r.id = ? AND r.deleted = 0",
        [receipt_id],
    )
    row = cursor.fetchone()
    if row is None:
        raise UserError(tr("No receipt has the id {id}.").format(id=receipt_id))
    columns = mapping(cursor, row)
    conn = db.conn
    items = records(
        Item,
        db.execute(
            "SELECT id, ordinal, name, unit, quantity, unit_price, amount, "
            "COALESCE(notes, '') AS notes "
            "FROM receipt_item WHERE receipt_id = ? AND deleted = 0 ORDER BY ordinal, name",
            [receipt_id],
        ),
    )
    parties = records(
        Party,
        db.execute(
            "SELECT side, full_name, COALESCE(position, '') AS position FROM receipt_party "
            "WHERE receipt_id = ? AND deleted = 0 ORDER BY side, ordinal, full_name",
            [receipt_id],
        ),
    )
    linked = [
        r[0]
        for r in db.execute(
            "SELECT n.description FROM receipt_need rn JOIN need n ON n.id = rn.need_id "
            "WHERE rn.receipt_id = ? AND rn.deleted = 0 AND n.deleted = 0 ORDER BY n.description",
            [receipt_id],
        )
    ]
    columns.update(
        received_on=dt.date.fromisoformat(columns["received_on"][:10]),
        resource_kind=reference.catalog_name(conn, "resource_kind", columns["resource_kind"]),
        category=reference.catalog_name(conn, "support_category", columns["category"]),
        gift_only=bool(columns["gift_only"]),
    )
    return ReceiptFigures(
        **columns,
        items=items,
        parties=parties,
        needs=linked,
        allocations=receipt_allocations(db, receipt_id),
    )


def receipt_allocations(db: Database, receipt_id: str) -> list[AllocationLine]:
    """Who received what from a receipt, by village (in the commune's order) then head name."""
    return records(
        AllocationLine,
        db.execute(
            "SELECT v.name AS village_name, v.ordinal AS village_ordinal, "
            "a.household_id AS household_id, COALESCE(h.code, '') AS household_code, "
            "COALESCE(h.head_name, '') AS head_name, i.name AS item_name, i.unit AS unit, "
            "a.quantity AS quantity, CAST(ROUND(a.quantity * i.unit_price) AS INTEGER) AS value, "
            "a.handed_on AS handed_on, COALESCE(a.notes, '') AS notes "
            "FROM allocation a JOIN receipt_item i ON i.id = a.receipt_item_id "
            "LEFT JOIN household h ON h.id = a.household_id "
            "JOIN village v ON v.id = COALESCE(h.village_id, a.village_id) "
            "WHERE i.receipt_id = ? AND a.deleted = 0 AND i.deleted = 0 "
            "ORDER BY v.ordinal, v.name, a.household_id IS NULL, h.head_name, h.id, i.ordinal",
            [receipt_id],
        ),
    )


# ---- needs of a year ----------------------------------------------------------------------


@dataclass(frozen=True)
class NeedLine:
    id: str
    category_code: str
    category: str
    description: str
    quantity: float | None
    unit: str
    estimated_cost: int
    priority: int
    status: str
    sponsor_name: str
    villages: list[str]
    households: int
    received_value: int
    notes: str


@dataclass
class NeedsReport:
    year: int
    lines: list[NeedLine]

    @property
    def total_cost(self) -> int:
        return sum(line.estimated_cost for line in self.lines)

    @property
    def total_households(self) -> int:
        return sum(line.households for line in self.lines)

    def by_category(self) -> list[tuple[str, list[NeedLine]]]:
        """Lines grouped by support category, in the catalog's order."""
        groups: dict[str, list[NeedLine]] = {}
        for line in self.lines:
            groups.setdefault(line.category, []).append(line)
        return list(groups.items())


def needs_of_year(db: Database, year: int, commune_code: str | None = None) -> NeedsReport:
    """The needs proposed for `year` (of one commune with `commune_code`), in category order
    then priority."""
    scope, args = commune_scope(commune_code, "n")
    cursor = db.execute(
        "SELECT n.id AS id, n.category_code AS category_code, "
        "COALESCE(c.name, n.category_code) AS category, n.description AS description, "
        "n.quantity AS quantity, COALESCE(n.unit, '') AS unit, "
        "COALESCE(n.estimated_cost, 0) AS estimated_cost, n.priority AS priority, "
        "n.status AS status, COALESCE(s.name, '') AS sponsor_name, "
        "COALESCE(n.notes, '') AS notes FROM need n "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = n.category_code "
        "LEFT JOIN sponsor s ON s.id = n.sponsor_id "
        f"WHERE n.year = ? AND n.deleted = 0 AND {scope} "
        "ORDER BY COALESCE(c.ordinal, 999), n.priority, n.description",
        [year, *args],
    )
    found = [mapping(cursor, row) for row in cursor.fetchall()]
    if not found:
        raise UserError(tr("No needs are recorded for {year}.").format(year=year))
    ids = [f["id"] for f in found]
    received = needs.fulfilment(db, ids)
    villages: dict[str, list[str]] = {}
    households: dict[str, int] = {}
    for need_id, village, household in db.execute(
        "SELECT b.need_id, v.name, b.household_id FROM need_beneficiary b "
        "JOIN need n ON n.id = b.need_id LEFT JOIN village v ON v.id = b.village_id "
        "WHERE n.year = ? AND n.deleted = 0 AND b.deleted = 0 ORDER BY v.ordinal",
        [year],
    ):
        if village:
            villages.setdefault(need_id, []).append(village)
        if household:
            households[need_id] = households.get(need_id, 0) + 1
    lines = [
        NeedLine(
            **f,
            villages=villages.get(f["id"], []),
            households=households.get(f["id"], 0),
            received_value=received[f["id"]].received_value if f["id"] in received else 0,
        )
        for f in found
    ]
    return NeedsReport(year, lines)


# ---- a period -----------------------------------------------------------------------------


def period_range(year: int, period: str) -> tuple[dt.date, dt.date]:
    """First and last day of a reporting period of `year`."""
    if period not in PERIODS:
        raise UserError(
            tr("Unknown period {period}; use one of {periods}.").format(
                period=period, periods=", ".join(PERIODS)
            )
        )
    first, last = PERIODS[period]
    end = dt.date(year, last, 1) + dt.timedelta(days=32)
    return dt.date(year, first, 1), end.replace(day=1) - dt.timedelta(days=1)


@dataclass(frozen=True)
class ReceiptLine:
    id: str
    received_on: str
    sponsor_name: str
    category: str
    resource_kind: str
    description: str
    value: int
    households: int
    minutes_number: str


@dataclass(frozen=True)
class Subtotal:
    name: str
    count: int
    value: int


@dataclass(frozen=True)
class ModelLine:
    name: str
    kind: str
    sponsor_name: str
    status: str
    village: str
    households: int


@dataclass
class PeriodFigures:
    year: int
    period: str
    start: dt.date
    end: dt.date
    receipts: list[ReceiptLine]
    by_sponsor: list[Subtotal]
    by_category: list[Subtotal]
    households_reached: int
    poor_households_reached: int
    villages_reached: int
    models: list[ModelLine]
    needs_total: int
    needs_cost: int
    needs_by_status: dict[str, int]
    needs_fulfilled: int  # met during the period
    needs_received_value: int  # received during the period against the year's needs
    models_undated: int = 0  # models of the year without a set-up day (year report only)

    @property
    def whole_year(self) -> bool:
        return self.period == "year"

    @property
    def total_value(self) -> int:
        return sum(r.value for r in self.receipts)

    @property
    def empty(self) -> bool:
        return not self.receipts and not self.models and not self.needs_total


def _subtotals(rows: list[tuple[str, int, int]]) -> list[Subtotal]:
    return [Subtotal(name, count, value) for name, count, value in rows]


def period_figures(
    db: Database, year: int, period: str = "year", commune_code: str | None = None
) -> PeriodFigures:
    """What was received, handed over, built and proposed in a period of `year` (in one commune
    and its predecessors with `commune_code`; on a hub, every commune's when None)."""
    start, end = period_range(year, period)
    span = [start.isoformat(), end.isoformat() + "T99"]
    r_scope, r_args = commune_scope(commune_code, "r")
    m_scope, m_args = commune_scope(commune_code, "m")
    receipt_rows = db.execute(
        "SELECT r.id AS id, substr(r.received_on, 1, 10) AS received_on, "
        "s.name AS sponsor_name, COALESCE(c.name, r.category_code) AS category, "
        "COALESCE(k.name, r.resource_kind) AS resource_kind, "
        "COALESCE(r.description, '') AS description, "
        "(SELECT COALESCE(SUM(i.amount), 0) FROM receipt_item i "
        " WHERE i.receipt_id = r.id AND i.deleted = 0) AS value, "
        "(SELECT COUNT(DISTINCT a.household_id) FROM allocation a JOIN receipt_item i "
        " ON i.id = a.receipt_item_id WHERE i.receipt_id = r.id AND a.deleted = 0 "
        " AND i.deleted = 0) AS households, COALESCE(r.minutes_number, '') AS minutes_number "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = r.category_code "
        "LEFT JOIN catalog_item k ON k.catalog = 'resource_kind' AND k.code = r.resource_kind "
        f"WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? AND {r_scope} "
        "ORDER BY r.received_on, r.id",
        [*span, *r_args],
    )
    lines = records(ReceiptLine, receipt_rows)
    # Households reached (poor in the year of help or the year before, as in the sponsors'
    # assessment) and their villages, in one pass over each (household, village) the period's
    # allocations reached.
    households, poor, villages = db.execute(
        "SELECT COUNT(DISTINCT d.household), COUNT(DISTINCT CASE WHEN EXISTS "
        "(SELECT 1 FROM household_year y WHERE y.household_id = d.household AND "
        "y.deleted = 0 AND y.status = 'poor' AND y.year IN (?, ?)) THEN d.household END), "
        "COUNT(DISTINCT COALESCE(h.village_id, d.village)) FROM ("
        "SELECT DISTINCT a.household_id AS household, a.village_id AS village FROM allocation a "
        "JOIN receipt_item i ON i.id = a.receipt_item_id AND i.deleted = 0 "
        "JOIN receipt r ON r.id = i.receipt_id AND r.deleted = 0 "
        f"WHERE a.deleted = 0 AND r.received_on BETWEEN ? AND ? AND {r_scope}) d "
        "LEFT JOIN household h ON h.id = d.household",
        [year - 1, year, *span, *r_args],
    ).fetchone()  # an aggregate: always one row
    dated, days = _models_of_period(period, start, end)
    undated = (
        0
        if period == "year"
        else db.execute(
            "SELECT COUNT(*) FROM livelihood_model m WHERE m.deleted = 0 "
            f"AND m.year = ? AND m.started_on IS NULL AND {m_scope}",
            [year, *m_args],
        ).fetchone()[0]
    )
    model_rows = db.execute(
        "SELECT m.name AS name, COALESCE(k.name, m.kind) AS kind, "
        "COALESCE(s.name, '') AS sponsor_name, m.status AS status, "
        "COALESCE(v.name, '') AS village, (SELECT COUNT(*) FROM model_member mm "
        " WHERE mm.model_id = m.id AND mm.deleted = 0) AS households "
        "FROM livelihood_model m LEFT JOIN sponsor s ON s.id = m.sponsor_id "
        "LEFT JOIN village v ON v.id = m.village_id "
        "LEFT JOIN catalog_item k ON k.catalog = 'model_kind' AND k.code = m.kind "
        f"WHERE m.deleted = 0 AND m.year = ? AND ({dated}) AND {m_scope} ORDER BY m.name",
        [year, *days, *m_args],
    )
    models = records(ModelLine, model_rows)
    need = _needs_of_period(db, year, start, end, commune_code, "NULL")
    # a sponsor proposed by several communes under one name (case and accents aside) is one row
    by_sponsor: dict[str, list] = {}
    by_category: dict[str, list] = {}
    for line in lines:
        for name, groups in ((line.sponsor_name, by_sponsor), (line.category, by_category)):
            entry = groups.setdefault(fold(name), [name, 0, 0])
            entry[1] += 1
            entry[2] += line.value
    of_period = need.statuses.get(None, {})
    figures = PeriodFigures(
        year=year,
        period=period,
        start=start,
        end=end,
        receipts=lines,
        by_sponsor=_subtotals([tuple(v) for v in by_sponsor.values()]),
        by_category=_subtotals([tuple(v) for v in by_category.values()]),
        households_reached=households,
        poor_households_reached=poor,
        villages_reached=villages,
        models=models,
        needs_total=sum(of_period.values()),
        needs_cost=need.cost.get(None, 0),
        needs_by_status=of_period,
        needs_fulfilled=need.fulfilled.get(None, 0),
        needs_received_value=need.received_value.get(None, 0),
        models_undated=undated,
    )
    if figures.empty:
        raise UserError(
            tr(
                "Nothing is recorded for {year} in this period: no receipts, needs or models."
            ).format(year=year)
        )
    return figures


def _models_of_period(period: str, start: dt.date, end: dt.date) -> tuple[str, list[str]]:
    """SQL condition on `m` (livelihood_model) and its parameters: the models of a period.

    A model belongs to the period holding the day it was set up; one without that day counts
    only in its year's report (and a period report says how many there are)."""
    dated = "m.started_on BETWEEN ? AND ?" + (
        " OR m.started_on IS NULL" if period == "year" else ""
    )
    return dated, [start.isoformat(), end.isoformat() + "T99"]


@dataclass
class _NeedsOfPeriod:
    """The year's needs and what a period did for them, by the key of each need's commune."""

    codes: set[str | None]
    cost: dict[str | None, int]
    statuses: dict[str | None, dict[str, int]]  # each need's status at the period's end
    fulfilled: dict[str | None, int]  # met during the period
    received_value: dict[str | None, int]  # received against them during the period


def _needs_of_period(
    db: Database,
    year: int,
    start: dt.date,
    end: dt.date,
    commune_code: str | None,
    key: str,
) -> _NeedsOfPeriod:
    """The year's proposal, and what the period did for it — value received against it in the
    period, needs met in the period, and each need's status at the period's end — keyed by
    `key` (SQL on `n`: the commune the need rolls up to, or NULL for one total)."""
    n_scope, n_args = commune_scope(commune_code, "n")
    need_of: dict[str, str | None] = {}
    cost: dict[str | None, int] = {}
    for need_id, code, estimated in db.execute(
        f"SELECT n.id, {key}, COALESCE(n.estimated_cost, 0) FROM need n WHERE n.year = ? "
        f"AND n.deleted = 0 AND {n_scope}",
        [year, *n_args],
    ):
        need_of[need_id] = code
        cost[code] = cost.get(code, 0) + estimated
    before = start - dt.timedelta(days=1)
    status_of = needs.statuses_on(db, year, [before, end], commune_code)
    statuses: dict[str | None, dict[str, int]] = {}
    for need_id, (_, status) in status_of.items():
        counts = statuses.setdefault(need_of[need_id], {})
        counts[status] = counts.get(status, 0) + 1

    def met(f: needs.Fulfilment, status: str) -> bool:
        return f.fulfilled or status == "hoan_thanh"

    fulfilled: dict[str | None, int] = {}
    received_value: dict[str | None, int] = {}
    of_year = f"n.year = ? AND {n_scope}"
    for need_id, (by_start, by_end) in needs.fulfilment_by(
        db, of_year, [year, *n_args], [before, end]
    ).items():
        code = need_of[need_id]
        at_start, at_end = status_of[need_id]
        if met(by_end, at_end) and not met(by_start, at_start):
            fulfilled[code] = fulfilled.get(code, 0) + 1
        received_value[code] = (
            received_value.get(code, 0) + by_end.received_value - by_start.received_value
        )
    return _NeedsOfPeriod(set(need_of.values()), cost, statuses, fulfilled, received_value)


@dataclass(frozen=True)
class PeriodTotals:
    """What the area's report shows of a commune's period: each figure equal to that of the
    commune's own report (`PeriodFigures`), without its lines."""

    receipts: int
    total_value: int
    by_category: list[Subtotal]  # in the order of their first receipt, as the report's
    households_reached: int
    models: int
    needs_total: int
    needs_cost: int
    needs_fulfilled: int


def period_totals_by_commune(db: Database, year: int, period: str = "year") -> dict:
    """The `PeriodTotals` of every commune in force with anything recorded in the period (code
    → totals), each summed in SQL by the commune the records roll up to."""
    start, end = period_range(year, period)
    span = [start.isoformat(), end.isoformat() + "T99"]

    def key(alias: str) -> str:
        return reference.successor_sql(f"{alias}.commune_code")

    # Receipts and their value by content, in the order of each content's first receipt (the
    # report's lines are by day); contents spelled alike (case and accents aside) are one.
    by_category: dict[str, dict[str, list]] = {}
    for code, category, count, value, _first in db.execute(
        "SELECT code, category, count(*), SUM(value), MIN(seq) FROM ("
        f"SELECT {key('r')} AS code, COALESCE(c.name, r.category_code) AS category, "
        "(SELECT COALESCE(SUM(i.amount), 0) FROM receipt_item i WHERE i.receipt_id = r.id "
        "AND i.deleted = 0) AS value, ROW_NUMBER() OVER (ORDER BY r.received_on, r.id) AS seq "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' "
        "AND c.code = r.category_code WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ?"
        ") GROUP BY 1, 2 ORDER BY 5",
        span,
    ):
        entry = by_category.setdefault(code, {}).setdefault(fold(category), [category, 0, 0])
        entry[1] += count
        entry[2] += value
    # From the period's receipts to their hand-outs (CROSS JOIN: in that order, which the
    # planner of a hub that has just merged its communes has no statistics to find).
    reached = dict(
        db.execute(
            f"SELECT {key('r')}, COUNT(DISTINCT a.household_id) FROM receipt r "
            "CROSS JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
            "CROSS JOIN allocation a ON a.receipt_item_id = i.id AND a.deleted = 0 "
            "WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? GROUP BY 1",
            span,
        ).fetchall()
    )
    dated, days = _models_of_period(period, start, end)
    models = dict(
        db.execute(
            f"SELECT {key('m')}, COUNT(*) FROM livelihood_model m WHERE m.deleted = 0 "
            f"AND m.year = ? AND ({dated}) GROUP BY 1",
            [year, *days],
        ).fetchall()
    )
    need = _needs_of_period(db, year, start, end, None, key("n"))
    result = {}
    for code in {*by_category, *models, *need.codes}:
        categories = _subtotals([tuple(v) for v in by_category.get(code, {}).values()])
        totals = PeriodTotals(
            receipts=sum(c.count for c in categories),
            total_value=sum(c.value for c in categories),
            by_category=categories,
            households_reached=reached.get(code, 0),
            models=models.get(code, 0),
            needs_total=sum(need.statuses.get(code, {}).values()),
            needs_cost=need.cost.get(code, 0),
            needs_fulfilled=need.fulfilled.get(code, 0),
        )
        if totals.receipts or totals.models or totals.needs_total:  # not `empty`
            result[code] = totals
    return result


# ---- the year's end -------------------------------------------------------------------------


@dataclass
class SponsorAssessment:
    figures: assessments.Figures
    rating: str
    comments: str
    finalized_on: str | None
    revision: int | None


@dataclass
class YearEndReport:
    year: int
    figures: PeriodFigures
    sponsors: list[SponsorAssessment]


def sponsors_of_year(db: Database, year: int) -> list[tuple[str, str | None]]:
    """(sponsor id, commune code) of the sponsors twinned in `year` or that gave in it."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    return db.execute(
        "SELECT s.id, COALESCE(t.commune_code, r.commune_code) FROM sponsor s "
        "LEFT JOIN twinning t ON t.sponsor_id = s.id AND t.deleted = 0 AND t.since <= ? "
        " AND (t.until IS NULL OR t.until >= ?) "
        "LEFT JOIN receipt r ON r.sponsor_id = s.id AND r.deleted = 0 "
        " AND r.received_on BETWEEN ? AND ? "
        "WHERE s.deleted = 0 AND (t.id IS NOT NULL OR r.id IS NOT NULL) "
        "GROUP BY s.id ORDER BY s.name",
        [end, start, start, end + "T99"],
    ).fetchall()


def sponsor_assessment(
    db: Database, sponsor_id: str, year: int, commune_code: str | None
) -> SponsorAssessment:
    """The latest recorded assessment of the sponsor's year, or its figures computed now."""
    cursor = db.execute(
        "SELECT figures, COALESCE(rating, '') AS rating, COALESCE(comments, '') AS comments, "
        "finalized_on, revision, reported FROM assessment "
        "WHERE sponsor_id = ? AND year = ? AND deleted = 0 ORDER BY revision DESC LIMIT 1",
        [sponsor_id, year],
    )
    row = cursor.fetchone()
    recorded = {} if row is None else mapping(cursor, row)
    reported = bool(recorded.pop("reported", True))
    stored = recorded.pop("figures", None)
    if json.loads(stored or "{}"):
        return SponsorAssessment(figures=assessments.Figures.from_json(stored), **recorded)
    figures = assessments.compute(
        db, sponsor_id, year, reported=reported, commune_code=commune_code
    )
    if row is not None:
        return SponsorAssessment(figures=figures, **recorded)
    return SponsorAssessment(figures, "", "", None, None)


def year_end(db: Database, year: int) -> YearEndReport:
    """The year's figures and the assessment of every sponsor twinned or giving in it."""
    figures = period_figures(db, year, "year")
    sponsors = [
        sponsor_assessment(db, sponsor_id, year, commune)
        for sponsor_id, commune in sponsors_of_year(db, year)
    ]
    return YearEndReport(year, figures, sponsors)


# ---- a household for the survey sheet ---------------------------------------------------------


@dataclass
class HouseholdSheet:
    id: str
    code: str
    head_name: str
    head_birth_year: int | None
    head_gender: str
    ethnic_group: str
    village: str
    members: int
    phone: str
    year: int | None
    status: str
    income_per_month: int | None
    deprivations: list[str]


def household_sheet(db: Database, household_id: str) -> HouseholdSheet:
    """A household with its latest yearly status, to fill in the survey sheet."""
    cursor = db.execute(
        "SELECT year, status, income_per_month, deprivations FROM household_year "
        "WHERE household_id = ? AND deleted = 0 ORDER BY year DESC LIMIT 1",
        [household_id],
    )
    found = cursor.fetchone()
    status = (
        {"year": None, "status": "", "income_per_month": None, "deprivations": []}
        if found is None
        else {**mapping(cursor, found), "deprivations": json.loads(found[3])}
    )
    sheet = record(
        HouseholdSheet,
        db.execute(
            "SELECT h.id, COALESCE(h.code, '') AS code, h.head_name, h.head_birth_year, "
            "COALESCE(h.head_gender, '') AS head_gender, COALESCE(e.name, '') AS ethnic_group, "
            "v.name AS village, h.members, COALESCE(h.phone, '') AS phone "
            "FROM household h JOIN village v ON v.id = h.village_id "
            "LEFT JOIN ethnic_group e ON e.code = h.ethnic_code WHERE h.id = ? AND h.deleted = 0",
            [household_id],
        ),
        **status,
    )
    if sheet is None:
        raise UserError(tr("No household has the id {id}.").format(id=household_id))
    return sheet


def receipt_choices(db: Database, limit: int = 500) -> list[tuple[str, str]]:
    """(id, "05/03/2025 · sponsor · content") of the latest receipts, for choosing one to print."""
    rows = db.execute(
        "SELECT r.id, substr(r.received_on, 1, 10), s.name, "
        "COALESCE(NULLIF(r.description, ''), r.category_code), COALESCE(r.minutes_number, '') "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id WHERE r.deleted = 0 "
        "ORDER BY r.received_on DESC, r.id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [
        (rid, " · ".join(filter(None, [format_date(day), sponsor, content, number])))
        for rid, day, sponsor, content, number in rows
    ]


def years_with_records(db: Database) -> list[int]:
    """Years that have needs, receipts or models, latest first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT year FROM need WHERE deleted = 0 UNION "
            "SELECT CAST(substr(received_on, 1, 4) AS INTEGER) FROM receipt WHERE deleted = 0 "
            "UNION SELECT year FROM livelihood_model WHERE deleted = 0 ORDER BY 1 DESC"
        )
    ]


def group_leader(db: Database) -> str:
    """The name of the working group's leader (tổ trưởng), who signs its reports; "" if none."""
    row = db.execute(
        "SELECT full_name FROM member WHERE deleted = 0 AND group_role = 'to_truong' "
        "ORDER BY term_start DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else ""


def find_household(db: Database, typed: str) -> str:
    """The id of the live household that `typed` names: its id, its code ("20705-000594"),
    or words of its head's name ("bhriu ngoc", accents not needed) matching exactly one; a
    UserError that lists the candidates (with their codes) when several match, or none."""
    typed = typed.strip()
    row = db.execute(
        "SELECT id FROM household WHERE (id = ? OR code = ?) AND deleted = 0 LIMIT 1",
        [typed, typed],
    ).fetchone()
    if row is not None:
        return row[0]
    words, params, indexed = search.household_where(db.conn, typed)
    if not words:
        raise UserError(tr("Type the household code or the head's name."))
    found = db.execute(
        "SELECT h.id, h.head_name, coalesce(h.code, ''), coalesce(v.name, '') FROM household h "
        f"LEFT JOIN village v ON v.id = h.village_id WHERE {'+' if indexed else ''}h.deleted = 0 "
        f"AND {' AND '.join(words)} ORDER BY h.search_key LIMIT 6",
        params,
    ).fetchall()
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise UserError(tr("No household has the code or name “{typed}”.").format(typed=typed))
    listed = "; ".join(f"{name} ({code or '—'}, {village})" for _, name, code, village in found[:5])
    raise UserError(
        tr("Several households match “{typed}”: {listed}. Type the household code.").format(
            typed=typed, listed=listed
        )
    )
