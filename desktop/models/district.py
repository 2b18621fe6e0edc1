"""Figures of a hub across all its communes: needs by category and status, resources by sponsor
and commune, each sponsor's figures and targets in every commune it is twinned with, and which
communes sent the year's needs proposal by its deadline (15/01).

Communes are the hub's area (desktop.models.area): every commune in force under its unit,
whether it has a station or not, and any other whose records it holds. Records made under a
predecessor before the 2025 reform count for the commune it became. A sponsor proposed
separately by several communes is one sponsor here when the names match (diacritics and case
aside).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.models import area, assessments, needs, reference, reports, sponsor_directory
from desktop.models.db import Database, and_scope, commune_scope
from desktop.models.text import fold


@dataclass(frozen=True)
class Commune:
    code: str
    name: str


def communes(db: Database) -> list[Commune]:
    """Every commune of the hub's area (and any other it holds records of), by name."""
    return [Commune(c.code, c.name) for c in area.area(db)]


# ---- needs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NeedCell:
    count: int
    cost: int


@dataclass
class NeedsTable:
    """Needs of a year: one row per category, one column per status (and the row totals)."""

    year: int
    categories: list[tuple[str, str]]  # (code, name), in catalog order; "" = no category
    statuses: list[str]
    cells: dict[tuple[str, str], NeedCell] = field(default_factory=dict)
    received: dict[str, int] = field(default_factory=dict)  # category -> value received for it

    def cell(self, category: str, status: str) -> NeedCell:
        return self.cells.get((category, status), NeedCell(0, 0))

    def row_total(self, category: str) -> NeedCell:
        cells = [self.cell(category, s) for s in self.statuses]
        return NeedCell(sum(c.count for c in cells), sum(c.cost for c in cells))

    def column_total(self, status: str) -> NeedCell:
        cells = [self.cell(c, status) for c, _ in self.categories]
        return NeedCell(sum(c.count for c in cells), sum(c.cost for c in cells))

    @property
    def total(self) -> NeedCell:
        cells = [self.row_total(c) for c, _ in self.categories]
        return NeedCell(sum(c.count for c in cells), sum(c.cost for c in cells))


def needs_by_category(db: Database, year: int, commune_code: str | None = None) -> NeedsTable:
    """The needs of `year` counted (and their estimated cost summed) by category and status."""
    where, params = and_scope(commune_code)
    rows = db.execute(
        "SELECT COALESCE(category_code, ''), status, count(*), COALESCE(SUM(estimated_cost), 0) "
        f"FROM need WHERE deleted = 0 AND year = ? {where} GROUP BY 1, 2",
        [year, *params],
    ).fetchall()
    names = {item.code: item.name for item in reference.catalog(db.conn, "support_category")}
    used = {row[0] for row in rows}
    categories = [(code, name) for code, name in names.items() if code in used]
    categories += [(code, code) for code in sorted(used - set(names)) if code]
    if "" in used:
        categories.append(("", ""))
    table = NeedsTable(year, categories, list(needs.STATUSES))
    for category, status, count, cost in rows:
        table.cells[(category, status)] = NeedCell(count, cost)
    scope, scope_args = commune_scope(commune_code, "n")
    table.received = dict(
        db.execute(
            "SELECT COALESCE(n.category_code, ''), COALESCE(SUM(rn.value), 0) FROM receipt_need rn "
            "JOIN receipt r ON r.id = rn.receipt_id AND r.deleted = 0 JOIN need n ON "
            "n.id = rn.need_id AND n.deleted = 0 AND n.year = ? "
            f"WHERE rn.deleted = 0 AND {scope} "
            "GROUP BY 1",
            [year, *scope_args],
        ).fetchall()
    )
    return table


@dataclass(frozen=True)
class YearFigures:
    year: int
    needs: int
    needs_cost: int
    receipts: int
    value: int


def years_overview(db: Database, last: int, count: int = 5) -> list[YearFigures]:
    """Needs proposed and resources received in each of the `count` years up to `last`."""
    first = last - count + 1
    needs_by_year = {
        year: (n, cost)
        for year, n, cost in db.execute(
            "SELECT year, count(*), COALESCE(SUM(estimated_cost), 0) FROM need WHERE deleted = 0 "
            "AND year BETWEEN ? AND ? GROUP BY year",
            [first, last],
        )
    }
    received = {
        int(year): (n, value)
        for year, n, value in db.execute(
            "SELECT substr(r.received_on, 1, 4), COUNT(DISTINCT r.id), COALESCE(SUM(i.amount), 0) "
            "FROM receipt r LEFT JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
            "WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? GROUP BY 1",
            [f"{first}-01-01", f"{last}-12-31T99"],
        )
    }
    return [
        YearFigures(year, *needs_by_year.get(year, (0, 0)), *received.get(year, (0, 0)))
        for year in range(first, last + 1)
    ]


# ---- resources ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Resources:
    sponsor: str
    commune_code: str
    commune: str
    receipts: int
    value: int
    matched: bool = True  # False: a commune's sponsor the hub has not matched to its directory


def resources_by_sponsor(db: Database, year: int, period: str = "year") -> list[Resources]:
    """Receipts of a period of `year` and their value, per sponsor of the hub's directory (a
    sponsor not matched yet alone) and commune."""
    start, end = reports.period_range(year, period)
    rows = db.execute(
        "SELECT r.sponsor_id, r.commune_code, COUNT(DISTINCT r.id), COALESCE(SUM(i.amount), 0) "
        "FROM receipt r LEFT JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        "WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? GROUP BY r.sponsor_id, "
        "r.commune_code",
        [start.isoformat(), end.isoformat() + "T99"],
    ).fetchall()
    names = {c.code: c.name for c in communes(db)}
    rolled = area.roll_up(db, {row[1] for row in rows})
    grouping = sponsor_directory.groups(db)
    merged: dict[tuple[str, str], list] = {}
    labels: dict[str, str] = {}  # group key → its label, made once
    order: dict[str, tuple] = {}
    for sponsor_id, raw_code, count, value in rows:
        code = rolled[raw_code]
        group = grouping[sponsor_id]
        label = labels.get(group.key)
        if label is None:
            label = labels[group.key] = group.label
            order[label] = group.order_of(label)
        key = (group.key, code)
        entry = merged.get(key)
        if entry is None:
            entry = merged[key] = [label, code, names.get(code, code), 0, 0, group.matched]
        entry[3] += count
        entry[4] += value
    return sorted(
        (Resources(*entry) for entry in merged.values()),
        key=lambda r: (order[r.sponsor], fold(r.commune)),
    )


def resources_by_commune(resources: list[Resources]) -> list[Resources]:
    """The rows of `resources_by_sponsor` summed per commune (sponsor left empty)."""
    totals: dict[str, list] = {}
    for row in resources:
        entry = totals.setdefault(row.commune_code, ["", row.commune_code, row.commune, 0, 0])
        entry[3] += row.receipts
        entry[4] += row.value
    return sorted((Resources(*entry) for entry in totals.values()), key=lambda r: fold(r.commune))


# ---- sponsors across communes ------------------------------------------------------------


@dataclass(slots=True)
class SponsorCommune:
    commune_code: str
    commune: str
    figures: assessments.Figures
    sponsor_ids: list[str] = field(default_factory=list)  # the commune's sponsor(s) it is

    @property
    def targets_met(self) -> int:
        return sum(1 for t in self.figures.targets if t.met)


@dataclass(slots=True)
class SponsorAcross:
    """One sponsor's year in every commune it is twinned with (or gave to): a directory entry
    with every commune sponsor matched to it, or a commune's sponsor not matched yet. Its
    targets are judged across all its communes (`figures`)."""

    name: str
    kind: str
    communes: list[SponsorCommune]
    figures: assessments.Figures
    matched: bool = True

    @property
    def total_value(self) -> int:
        return self.figures.total_value

    @property
    def poor_households_helped(self) -> int:
        return self.figures.poor_households_helped

    @property
    def models(self) -> int:
        return self.figures.models

    @property
    def receipts(self) -> int:
        return self.figures.receipts

    @property
    def targets_met(self) -> int:
        return sum(1 for t in self.figures.targets if t.met)

    @property
    def targets(self) -> int:
        return len(self.figures.targets)

    @property
    def communes_without_model(self) -> list[str]:
        """Communes where it built no livelihood model this year (a model per commune a year)."""
        return [c.commune for c in self.communes if c.figures.models == 0]


def sponsors_across(db: Database, year: int) -> list[SponsorAcross]:
    """Every sponsor twinned in `year` with a commune (or that gave to one), once per entry of
    the hub's directory (each commune sponsor not matched yet alone), with its figures per
    commune and its targets judged across all its communes."""
    start, end = f"{year}-01-01", f"{year}-12-31"
    pairs = db.execute(
        "SELECT s.id, t.commune_code FROM twinning t "
        "JOIN sponsor s ON s.id = t.sponsor_id AND s.deleted = 0 "
        "WHERE t.deleted = 0 AND t.since <= ? AND (t.until IS NULL OR t.until >= ?) "
        "UNION SELECT s.id, r.commune_code FROM receipt r "
        "JOIN sponsor s ON s.id = r.sponsor_id AND s.deleted = 0 "
        "WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ?",
        [end, start, start, end],
    ).fetchall()
    names = {c.code: c.name for c in communes(db)}
    rolled = area.roll_up(db, {row[1] for row in pairs})
    unique = list(dict.fromkeys((sponsor_id, rolled[raw]) for sponsor_id, raw in pairs))
    computed = assessments.compute_pairs(db, year, unique)
    grouping = sponsor_directory.groups(db)
    parts: dict[str, dict[str, list[assessments.Figures]]] = {}
    ids: dict[tuple[str, str], list[str]] = {}
    for sponsor_id, code in unique:
        key = grouping[sponsor_id].key
        parts.setdefault(key, {}).setdefault(code, []).append(computed[(sponsor_id, code)])
        ids.setdefault((key, code), []).append(sponsor_id)
    groups = {g.key: g for g in grouping.values()}
    catalogs = assessments.target_catalogs(db)
    ranked = []
    for key, by_commune in parts.items():
        group = groups[key]
        communes_of = []
        for code, figures in by_commune.items():
            # Two sponsors of one commune matched to one entry are one sponsor there.
            one = (
                figures[0]
                if len(figures) == 1
                else assessments.across(
                    catalogs, [figures], group.name, group.kind, group.headcount
                )
            )
            communes_of.append(SponsorCommune(code, names.get(code, code), one, ids[(key, code)]))
        communes_of.sort(key=lambda c: fold(c.commune))
        combined = assessments.across(
            catalogs, list(by_commune.values()), group.name, group.kind, group.headcount
        )
        label = group.label
        ranked.append(
            (
                group.order_of(label),
                SponsorAcross(label, group.kind, communes_of, combined, group.matched),
            )
        )
    return [sponsor for _, sponsor in sorted(ranked, key=lambda r: r[0])]


# ---- the needs proposal of the year ------------------------------------------------------

ON_TIME, LATE, MISSING, WAITING = "on_time", "late", "missing", "waiting"


@dataclass(frozen=True)
class Proposal:
    commune_code: str
    commune: str
    needs: int
    sent_on: dt.date | None
    deadline: dt.date
    state: str  # ON_TIME, LATE, MISSING (deadline passed, nothing sent) or WAITING

    @property
    def overdue(self) -> bool:
        """Not sent by the deadline: late or still missing."""
        return self.state in (LATE, MISSING)


def proposals(db: Database, year: int, today: dt.date | None = None) -> list[Proposal]:
    """For every commune, when it sent its needs proposal of `year`: the first day one of that
    year's needs left the "proposed" status (its dated history, else the need's status date)."""
    today = today or dt.date.today()
    deadline = needs.proposal_deadline(db, year)
    counts_raw = dict(
        db.execute(
            "SELECT commune_code, count(*) FROM need WHERE deleted = 0 AND year = ? "
            "AND commune_code IS NOT NULL GROUP BY commune_code",
            [year],
        ).fetchall()
    )
    sent_raw = dict(
        db.execute(
            "SELECT commune_code, MIN(day) FROM ("
            "SELECT n.commune_code, substr(c.changed_on, 1, 10) AS day FROM need_status_change c "
            "JOIN need n ON n.id = c.need_id AND n.deleted = 0 "
            "WHERE c.deleted = 0 AND n.year = ? AND c.status <> 'de_xuat' "
            "UNION ALL SELECT commune_code, substr(status_date, 1, 10) FROM need "
            "WHERE deleted = 0 AND year = ? AND status <> 'de_xuat' AND status_date IS NOT NULL"
            ") WHERE commune_code IS NOT NULL GROUP BY commune_code",
            [year, year],
        ).fetchall()
    )
    rolled = area.roll_up(db, set(counts_raw) | set(sent_raw))
    counts: dict[str, int] = {}
    for code, count in counts_raw.items():
        counts[rolled[code]] = counts.get(rolled[code], 0) + count
    sent: dict[str, str] = {}
    for code, day in sent_raw.items():
        head = rolled[code]
        sent[head] = min(day, sent.get(head, day))
    result = []
    for commune in communes(db):
        day = sent.get(commune.code)
        sent_on = dt.date.fromisoformat(day) if day else None
        if sent_on is not None:
            state = ON_TIME if sent_on <= deadline else LATE
        else:
            state = MISSING if today > deadline else WAITING
        result.append(
            Proposal(
                commune.code, commune.name, counts.get(commune.code, 0), sent_on, deadline, state
            )
        )
    order = {MISSING: 0, LATE: 1, WAITING: 2, ON_TIME: 3}
    return sorted(result, key=lambda p: (order[p.state], fold(p.commune)))


# ---- the district workbook: figures by commune -------------------------------------------


@dataclass
class ByCommune:
    """Values per row and commune (code → value); communes in the area's order, those with
    anything in them."""

    year: int
    period: str
    communes: list[tuple[str, str]]
    by_sponsor: list[tuple[str, dict[str, int]]]
    by_category: list[tuple[str, dict[str, int]]]
    needs_by_status: list[tuple[str, dict[str, int]]]


def by_commune_tables(db: Database, year: int, period: str = "year") -> ByCommune:
    """Receipts of the period by sponsor (one row per entry of the hub's directory) and by category, and the
    needs of the year by status, each split by the commune in force the records roll up to."""
    start, end = reports.period_range(year, period)
    commune = reference.successor_sql("r.commune_code")
    rows = db.execute(
        f"SELECT r.sponsor_id, COALESCE(c.name, r.category_code, ''), {commune}, "
        "COALESCE(SUM(i.amount), 0) FROM receipt r "
        "LEFT JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = r.category_code "
        "WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? GROUP BY r.sponsor_id, 2, 3",
        [start.isoformat(), end.isoformat() + "T99"],
    ).fetchall()
    grouping = sponsor_directory.groups(db)
    sponsors: dict[str, tuple[str, dict[str, int]]] = {}
    rank: dict[str, tuple] = {}
    categories: dict[str, dict[str, int]] = {}
    used: set[str] = set()
    for sponsor_id, category, code, value in rows:
        used.add(code)
        group = grouping[sponsor_id]
        if group.key not in sponsors:
            label = group.label
            sponsors[group.key] = (label, {})
            rank[label] = group.order_of(label)
        entry = sponsors[group.key][1]
        entry[code] = entry.get(code, 0) + value
        cat = categories.setdefault(category, {})
        cat[code] = cat.get(code, 0) + value
    statuses: dict[str, dict[str, int]] = {}
    need_commune = reference.successor_sql("commune_code")
    for status, code, count in db.execute(
        f"SELECT status, {need_commune}, count(*) FROM need WHERE deleted = 0 AND year = ? "
        "AND commune_code IS NOT NULL GROUP BY 1, 2",
        [year],
    ):
        used.add(code)
        statuses.setdefault(status, {})[code] = count
    names = {c.code: c.name for c in communes(db)}
    order = [(c, names.get(c, c)) for c in sorted(used, key=lambda c: fold(names.get(c, c)))]
    return ByCommune(
        year,
        period,
        order,
        sorted(sponsors.values(), key=lambda s: rank[s[0]]),
        sorted(categories.items(), key=lambda c: fold(c[0])),
        [(needs.status_label(status), counts) for status, counts in statuses.items()],
    )
