"""Figures of the hub's own documents: the area's periodic report (a row per commune, each
sponsor once across its communes: an entry of the hub's directory, models/sponsor_directory.py), the summary of the communes' needs proposals of a year, and
the year-end report with each sponsor's assessment across its communes.

Every commune of the area appears (desktop.models.area), those with nothing recorded named as
such; each commune's figures include its predecessors' records.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.models import area, district, reference, reports
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.models.text import fold


@dataclass
class CommunePeriod:
    code: str
    name: str
    figures: reports.PeriodTotals | None  # None: nothing recorded in the period

    @property
    def needs_met(self) -> int:
        return self.figures.needs_fulfilled if self.figures else 0


@dataclass
class SponsorAcrossPeriod:
    name: str
    receipts: int
    value: int
    communes: list[str] = field(default_factory=list)


@dataclass
class AreaPeriod:
    year: int
    period: str
    start: dt.date
    end: dt.date
    communes: list[CommunePeriod]
    sponsors: list[SponsorAcrossPeriod]
    categories: list[reports.Subtotal]

    @property
    def reporting(self) -> list[CommunePeriod]:
        return [c for c in self.communes if c.figures is not None]

    @property
    def silent(self) -> list[CommunePeriod]:
        return [c for c in self.communes if c.figures is None]

    def total(self, attribute: str) -> int:
        return sum(getattr(c.figures, attribute) for c in self.reporting)


def area_period(db: Database, year: int, period: str = "year") -> AreaPeriod:
    """The period's figures of every commune of the area, each sponsor once with its sum."""
    start, end = reports.period_range(year, period)
    found = reports.period_totals_by_commune(db, year, period)
    rows = [CommunePeriod(c.code, c.name, found.get(c.code)) for c in area.area(db)]
    sponsors: dict[str, SponsorAcrossPeriod] = {}
    categories: dict[str, list] = {}
    for resource in district.resources_by_sponsor(db, year, period):
        entry = sponsors.setdefault(resource.sponsor, SponsorAcrossPeriod(resource.sponsor, 0, 0))
        entry.receipts += resource.receipts
        entry.value += resource.value
        entry.communes.append(resource.commune)
    for row in rows:
        if row.figures is None:
            continue
        for sub in row.figures.by_category:
            cat = categories.setdefault(sub.name, [sub.name, 0, 0])
            cat[1] += sub.count
            cat[2] += sub.value
    result = AreaPeriod(
        year,
        period,
        start,
        end,
        rows,
        sorted(sponsors.values(), key=lambda s: (-s.value, fold(s.name))),
        [reports.Subtotal(*c) for c in categories.values()],
    )
    if not result.reporting:
        raise UserError(
            tr(
                "No commune of the area has figures in this period of {year}: no receipts, needs "
                "or models."
            ).format(year=year)
        )
    return result


@dataclass
class CommuneNeeds:
    code: str
    name: str
    proposal: district.Proposal | None
    needs: reports.NeedsReport | None


def needs_summary(db: Database, year: int, today: dt.date | None = None) -> list[CommuneNeeds]:
    """Every commune's needs proposal of `year`, with when it was sent (None: nothing)."""
    proposals = {p.commune_code: p for p in district.proposals(db, year, today)}
    result = []
    for commune in area.area(db):
        try:
            found = reports.needs_of_year(db, year, commune.code)
        except UserError:
            found = None
        result.append(CommuneNeeds(commune.code, commune.name, proposals.get(commune.code), found))
    if not any(c.needs for c in result):
        raise UserError(
            tr("No commune of the area has proposed needs for {year}.").format(year=year)
        )
    return result


@dataclass
class SponsorJudgement:
    """One sponsor's year across its communes: figures, each commune's words, commendation."""

    across: district.SponsorAcross
    words: list[tuple[str, str, str]]  # (commune, rating, comments) of the latest assessment

    @property
    def eligible(self) -> bool:
        """Eligible under QĐ 3651, judged across all its communes."""
        return bool(self.across.communes) and self.across.figures.eligible

    @property
    def proposed_for_commendation(self) -> bool:
        """Eligible and an entry of the hub's directory: a commune's sponsor not matched yet
        may be the same unit as another, so it is named apart until the officer matches it."""
        return self.eligible and self.across.matched


def year_end(db: Database, year: int) -> list[SponsorJudgement]:
    """Each sponsor (once, however many communes proposed it) and how its communes judged it."""
    judged = []
    for across in district.sponsors_across(db, year):
        words = []
        for commune in across.communes:
            row = db.execute(
                "SELECT COALESCE(a.rating, ''), COALESCE(a.comments, '') FROM assessment a "
                "WHERE a.deleted = 0 AND a.year = ? AND a.sponsor_id IN (SELECT value FROM "
                f"json_each(?)) AND {reference.family_sql('a.commune_code')} "
                "ORDER BY a.revision DESC LIMIT 1",
                [year, json.dumps(commune.sponsor_ids), commune.commune_code, commune.commune_code],
            ).fetchone()
            if row is not None:
                words.append((commune.commune, row[0], row[1]))
        judged.append(SponsorJudgement(across, words))
    if not judged:
        raise UserError(tr("No sponsor worked in the area in {year}.").format(year=year))
    return judged
