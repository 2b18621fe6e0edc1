"""Figures behind the overview's charts: needs by status, value received by sponsor and by
support category, poverty rate by village across survey rounds, and the progress of sponsors
behind their targets (desktop.models.overview gives the deadlines and needs by status).

Each is one cheap query except the poverty rates, which read every observation of the last survey
rounds (about a second with 100,000 households): the charts compute those off the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import tr
from desktop.models import assessments, reference, sponsor_directory
from desktop.models.db import Database, commune_scope
from desktop.models.text import fold


def value_by_category(db: Database, year: int, commune_code: str | None) -> list[tuple[str, int]]:
    """(category code, value received) of the year, largest first."""
    scope, args = commune_scope(commune_code, "r")
    return [
        (code, value)
        for code, value in db.execute(
            "SELECT r.category_code, COALESCE(SUM(i.amount), 0) FROM receipt r "
            "JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
            f"WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? AND {scope} "
            "GROUP BY r.category_code ORDER BY 2 DESC",
            [f"{year}-01-01", f"{year}-12-31", *args],
        )
    ]


def value_by_sponsor(db: Database, year: int, commune_code: str | None) -> list[tuple[str, int]]:
    """(sponsor's short name, value received) of the year, largest first. On a hub each commune
    keeps its own copy of a sponsor: the copies matched to one entry of the hub's directory are
    one bar (sponsor_directory.groups)."""
    scope, args = commune_scope(commune_code, "r")
    rows = db.execute(
        "SELECT s.id, COALESCE(NULLIF(s.short_name, ''), s.name), COALESCE(SUM(i.amount), 0) "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id "
        "JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        f"WHERE r.deleted = 0 AND r.received_on BETWEEN ? AND ? AND {scope} "
        "GROUP BY s.id ORDER BY 3 DESC",
        [f"{year}-01-01", f"{year}-12-31", *args],
    ).fetchall()
    if commune_code is not None:
        return [(label, value) for _, label, value in rows]
    grouping = sponsor_directory.groups(db)
    merged: dict[str, list] = {}
    for sponsor_id, _, value in rows:
        group = grouping[sponsor_id]
        merged.setdefault(group.key, [group.short_label, 0])[1] += value
    return sorted(((label, value) for label, value in merged.values()), key=lambda b: -b[1])


@dataclass(frozen=True)
class Round:
    survey_id: str
    survey_date: str
    title: str
    rates: dict[str, float]  # village (commune on a hub) -> share of observed households poor
    label: str = ""  # the legend's text; empty: the survey's date


def poverty_by_village(
    db: Database, commune_code: str | None, rounds: int = 4
) -> tuple[list[str], list[Round]]:
    """(villages in order, the latest `rounds` survey rounds oldest first with each village's
    poverty rate).

    A household survey gives the rate from its observations (poor / observed); a village survey
    from its indicators (poor households / households) where it has them.
    """
    if commune_code is None:
        return poverty_by_commune(db, rounds)
    scope, args = commune_scope(commune_code, "s")
    surveys = db.execute(
        f"SELECT s.id, s.survey_date, s.title FROM survey s WHERE s.deleted = 0 AND {scope} "
        "AND (EXISTS (SELECT 1 FROM survey_observation o WHERE o.survey_id = s.id AND "
        "o.deleted = 0 AND o.classification IS NOT NULL) OR EXISTS (SELECT 1 FROM "
        "survey_indicator i WHERE i.survey_id = s.id AND i.deleted = 0 AND i.village_id IS NOT "
        "NULL AND i.indicator = 'poor_households')) ORDER BY s.survey_date DESC LIMIT ?",
        [*args, rounds],
    ).fetchall()
    scope_v, args_v = commune_scope(commune_code, "v")
    villages = [
        name
        for (name,) in db.execute(
            f"SELECT v.name FROM village v WHERE v.deleted = 0 AND {scope_v} "
            "ORDER BY v.ordinal, v.name",
            args_v,
        )
    ]
    result = []
    for survey_id, survey_date, title in reversed(surveys):
        rates: dict[str, float] = {}
        for name, poor, observed in db.execute(
            "SELECT v.name, SUM(o.classification = 'poor'), COUNT(*) FROM survey_observation o "
            "JOIN household h ON h.id = o.household_id JOIN village v ON v.id = h.village_id "
            "WHERE o.survey_id = ? AND o.deleted = 0 AND o.classification IS NOT NULL "
            "GROUP BY v.id",
            [survey_id],
        ):
            rates[name] = poor / observed if observed else 0.0
        if not rates:
            for name, poor, households in db.execute(
                "SELECT v.name, MAX(CASE WHEN i.indicator = 'poor_households' THEN i.value END), "
                "MAX(CASE WHEN i.indicator = 'households' THEN i.value END) "
                "FROM survey_indicator i JOIN village v ON v.id = i.village_id "
                "WHERE i.survey_id = ? AND i.deleted = 0 GROUP BY v.id",
                [survey_id],
            ):
                if poor is not None and households:
                    rates[name] = poor / households
        result.append(Round(survey_id, survey_date, title, rates))
    return villages, result


def poverty_by_commune(db: Database, years: int = 4) -> tuple[list[str], list[Round]]:
    """On a hub: (communes by name, the last `years` years with classified observations, oldest
    first, with each commune's share of observed households that are poor). Each commune runs
    its own survey rounds, so they meet by year; villages of different communes never merge,
    and a predecessor's rounds count for the commune it became."""
    commune = reference.successor_sql("s.commune_code")
    rows = db.execute(
        f"SELECT {commune}, substr(s.survey_date, 1, 4), SUM(o.classification = 'poor'), "
        "COUNT(*) FROM survey_observation o JOIN survey s ON s.id = o.survey_id AND s.deleted = 0 "
        "WHERE o.deleted = 0 AND o.classification IS NOT NULL GROUP BY 1, 2"
    ).fetchall()
    chosen = sorted({year for _, year, _, _ in rows})[-years:]
    names = {
        code: (unit.name if (unit := reference.unit(db.conn, code)) else code)
        for code in {code for code, *_ in rows}
    }
    result = []
    for year in chosen:
        rates = {
            names[code]: poor / observed
            for code, in_year, poor, observed in rows
            if in_year == year and observed
        }
        label = tr("Year {year}").format(year=year)
        result.append(Round("", f"{year}-12-31", label, rates, label))
    communes = sorted({n for r in result for n in r.rates}, key=fold)
    return communes, result


@dataclass(frozen=True)
class Shortfall:
    sponsor: str
    target: str
    actual: float
    required: float
    commune: str = ""  # named on a hub, where one sponsor is twinned with several communes

    @property
    def progress(self) -> float:
        """Share of the target reached, 0..1."""
        if self.required <= 0:
            return 1.0
        return max(0.0, min(1.0, self.actual / self.required))


def twinned_sponsors(db: Database, year: int, commune_code: str | None) -> int:
    """How many sponsor–commune twinnings run in `year` (0: nothing to be behind or ahead)."""
    return len(assessments.twinnings_in_year(db, year, commune_code))


def behind_targets(db: Database, year: int, commune_code: str | None) -> list[Shortfall]:
    """Every target not (yet) met this year by a twinned sponsor, furthest behind first."""
    result = []
    for commune, figures in assessments.behind_targets(db, year, commune_code):
        unit = reference.unit(db.conn, commune) if commune_code is None and commune else None
        for target in figures.unmet():
            result.append(
                Shortfall(
                    figures.sponsor_name,
                    target.text,
                    target.actual,
                    target.required,
                    unit.name if unit else "",
                )
            )
    return sorted(result, key=lambda s: (s.progress, s.sponsor))
