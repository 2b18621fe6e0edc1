"""Survey rounds: commune and village indicators, household observations, and round comparison.

A round (survey) has a date, a kind (commune / village / household review) and surveyors chosen
from the working group. Indicators are codes of the reference catalog `survey_indicator`, kept per
village (village_id) or for the whole commune (village_id NULL). Each household observation is
classified by the poverty standard in force in the round's year (`poverty.classify`), never by
constants here. `compare` sets a round beside the previous one: households that left poverty,
households that fell into it, and indicators that moved.

A completed round's classifications reach the household register: the latest completed round of
a year that observed a household sets its status for that year (`apply_to_register`), and the
status row names the round (`household_year.survey_id`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import tr
from desktop.models import poverty, reference, search
from desktop.models.db import Database, add_scope, commune_is, commune_scope, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import HOUSEHOLD_NAME, Column, Count, Export, RecordType, day
from desktop.models.rows import record
from desktop.models.validation import Checker, iso

KINDS = ("commune", "village", "household")
POOR = "poor"


def kind_label(kind: str) -> str:
    return {
        "commune": tr("Commune survey"),
        "village": tr("Village survey"),
        "household": tr("Household review"),
    }.get(kind, kind)


@dataclass
class Survey:
    id: str | None = None
    survey_date: str | None = None
    kind: str = "household"
    title: str = ""
    surveyors: list[str] = field(default_factory=list)
    standard_code: str | None = None
    notes: str | None = None
    commune_code: str | None = None
    completed: bool = False  # once done, its classifications set the households' status

    @property
    def year(self) -> int:
        return int((self.survey_date or dt.date.today().isoformat())[:4])


_SURVEY_COLUMNS = (
    "id, survey_date, kind, title, surveyors, standard_code, notes, commune_code, completed"
)


def _survey(surveyors: str | None, completed: int, **columns: Any) -> Survey:
    return Survey(surveyors=json.loads(surveyors or "[]"), completed=bool(completed), **columns)


def _round_figure(indicator: str, observed: str) -> str:
    """SQL of a round's figure (`survey` in scope): counted from its household observations,
    else the indicator it recorded for the commune, else the sum over its villages."""
    recorded = (
        "(SELECT {agg}(i.value) FROM survey_indicator i WHERE i.survey_id = survey.id "
        f"AND i.deleted = 0 AND i.indicator = '{indicator}' AND i.village_id IS {{scope}})"
    )
    return (
        f"coalesce(nullif((SELECT count(*) FROM survey_observation o WHERE o.survey_id = "
        f"survey.id AND o.deleted = 0{observed}), 0), "
        f"CAST({recorded.format(agg='max', scope='NULL')} AS INTEGER), "
        f"CAST({recorded.format(agg='sum', scope='NOT NULL')} AS INTEGER), 0)"
    )


# The survey list's households and poor households of a round.
ROUND_HOUSEHOLDS = _round_figure("households", "")
ROUND_POOR = _round_figure("poor_households", " AND o.classification = 'poor'")

# ---- the list page's queries (the view adds titles and formatting) ----------------------------

LISTING = Listing(
    "survey",
    (
        Field("survey_date", "survey.survey_date", "date"),
        Field("kind", "survey.kind"),
        Field("title", "survey.title"),
        Field("households", ROUND_HOUSEHOLDS, "int"),
        Field("poor_households", ROUND_POOR, "int"),
        Field("surveyors", "json_array_length(survey.surveyors)", "int"),
    ),
    "survey.survey_date DESC, survey.id DESC",
    alias="survey",
)


def list_filters(
    db: Database, *, commune_code: str | None, text: str = "", kind: str | None = None
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of the survey rounds list."""
    where: list[str] = ["survey.deleted = 0"]
    params: list = []
    if commune_code is not None:
        add_scope(where, params, commune_code, "survey")
    if kind is not None:
        where.append("survey.kind = ?")
        params.append(kind)
    words, word_params = search.words_where(db.conn, text, ["survey.title", "survey.notes"])
    return where + words, params + word_params


# Households first (CROSS JOIN keeps that order): the first page by name reads the head_name
# index and stops early instead of sorting a whole round. A round's observations are counted
# from their own index, without the household join.
OBSERVATIONS = Listing(
    "household h CROSS JOIN survey_observation o ON o.household_id = h.id "
    "LEFT JOIN village v ON v.id = h.village_id",
    (
        Field("head_name", "h.head_name"),
        Field("village", "v.name"),
        Field("members", "o.members", "int"),
        Field("income_per_month", "o.income_per_month", "money"),
        Field("deprivations", "json_array_length(o.deprivations)", "int"),
        Field("classification", "o.classification"),
    ),
    "h.head_name, o.id",
    "o.id",
    count_source="survey_observation o",
)


def observation_filters(
    survey_id: str | None, classification: str | None
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of a round's observations (none without a round)."""
    where = ["o.deleted = 0", "o.survey_id = ?"]
    params: list = [survey_id or ""]
    if classification:
        where.append("o.classification = ?")
        params.append(classification)
    return where, params


def get_survey(db: Database, survey_id: str) -> Survey:
    survey = record(
        _survey,
        db.execute(
            f"SELECT {_SURVEY_COLUMNS} FROM survey WHERE id = ? AND deleted = 0", [survey_id]
        ),
    )
    if survey is None:
        raise UserError(tr("This survey round no longer exists; it may have been deleted."))
    return survey


def survey_choices(db: Database, commune_code: str | None) -> list[tuple[str, str]]:
    """(id, "dd/mm/yyyy — title") of live rounds, newest first."""
    where, params = commune_scope(commune_code or None, "")
    return [
        (sid, f"{dt.date.fromisoformat(day).strftime('%d/%m/%Y')} — {title}")
        for sid, day, title in db.execute(
            f"SELECT id, survey_date, title FROM survey WHERE deleted = 0 AND {where} "
            "ORDER BY survey_date DESC",
            params,
        )
    ]


def _standard_code(db: Database, day: dt.date) -> str | None:
    row = db.execute(
        "SELECT code FROM poverty_standard WHERE valid_from <= ? AND "
        "(valid_to IS NULL OR valid_to >= ?) ORDER BY valid_from DESC LIMIT 1",
        [day.isoformat(), day.isoformat()],
    ).fetchone()
    return row[0] if row else None


def clean_survey(db: Database, survey: Survey, today: dt.date | None = None) -> Survey:
    check = Checker()
    day = check.date("survey_date", survey.survey_date, True, today)
    kind = check.choice("kind", survey.kind, KINDS, tr("Choose the kind of survey."))
    title = check.text("title", survey.title, True, tr("Enter a title for the survey round."))
    surveyors = list(dict.fromkeys(survey.surveyors))
    if not surveyors:
        check.fail("surveyors", tr("Choose at least one surveyor from the working group."))
    else:
        marks = ", ".join("?" * len(surveyors))
        known = {
            r[0]
            for r in db.execute(
                f"SELECT id FROM member WHERE deleted = 0 AND id IN ({marks})", surveyors
            )
        }
        if set(surveyors) - known:
            check.fail("surveyors", tr("A chosen surveyor is no longer in the working group."))
    check.done()
    assert day is not None
    return Survey(
        id=survey.id,
        survey_date=iso(day),
        kind=kind or "household",
        title=title or "",
        surveyors=surveyors,
        standard_code=_standard_code(db, day),
        notes=(survey.notes or "").strip() or None,
        commune_code=survey.commune_code,
        completed=bool(survey.completed),
    )


def save_survey(db: Database, survey: Survey, today: dt.date | None = None) -> str:
    """Insert or update a round; the register follows its classifications (old and new year)."""
    cleaned = clean_survey(db, survey, today)
    values = [
        cleaned.survey_date,
        cleaned.kind,
        cleaned.title,
        json.dumps(cleaned.surveyors),
        cleaned.standard_code,
        cleaned.notes,
        int(cleaned.completed),
    ]
    with transaction(db) as conn:
        if cleaned.id is None:
            survey_id = uuid7()
            conn.execute(
                "INSERT INTO survey (id, commune_code, survey_date, kind, title, surveyors, "
                "standard_code, notes, completed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [survey_id, cleaned.commune_code, *values],
            )
            return survey_id
        old = get_survey(db, cleaned.id)
        conn.execute(
            "UPDATE survey SET survey_date = ?, kind = ?, title = ?, surveyors = ?, "
            "standard_code = ?, notes = ?, completed = ? WHERE id = ?",
            [*values, cleaned.id],
        )
        if old.survey_date != cleaned.survey_date:
            _reclassify(db, cleaned)
        for year in {old.year, cleaned.year}:
            apply_to_register(db, year, _observed(db, cleaned.id))
        return cleaned.id


def delete_surveys(db: Database, survey_ids: list[str]) -> None:
    """Move rounds to the trash; their indicators and observations go with them, and the
    households they classified take their status from the round before (if any)."""
    with transaction(db) as conn:
        for survey_id in survey_ids:
            survey = get_survey(db, survey_id)
            observed = _observed(db, survey_id)
            conn.execute("UPDATE survey SET deleted = 1 WHERE id = ?", [survey_id])
            apply_to_register(db, survey.year, observed)


def _observed(db: Database, survey_id: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT household_id FROM survey_observation WHERE survey_id = ? AND deleted = 0",
            [survey_id],
        )
    ]


def apply_to_register(db: Database, year: int, household_ids: list[str]) -> int:
    """Set the status of `year` of each household from the latest completed round of that year
    that observed it; returns how many status rows changed.

    A status that came from a round which no longer counts (deleted, reopened, observation
    removed) and that no other round replaces stays as it was, shown as the household's own.
    """
    changed = 0
    ids = list(dict.fromkeys(household_ids))
    for start in range(0, len(ids), 500):
        changed += _apply_chunk(db, year, ids[start : start + 500])
    return changed


def _apply_chunk(db: Database, year: int, ids: list[str]) -> int:
    if not ids:
        return 0
    marks = ", ".join("?" * len(ids))
    latest = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT household_id, survey_id, classification, income_per_month, deprivations, "
            "standard_code, commune_code FROM ("
            "SELECT o.household_id, s.id AS survey_id, o.classification, o.income_per_month, "
            "o.deprivations, s.standard_code, h.commune_code, row_number() OVER ("
            "PARTITION BY o.household_id ORDER BY s.survey_date DESC, s.id DESC) AS n "
            "FROM survey_observation o JOIN survey s ON s.id = o.survey_id "
            "JOIN household h ON h.id = o.household_id "
            "WHERE o.deleted = 0 AND s.deleted = 0 AND s.completed = 1 AND h.deleted = 0 "
            "AND o.classification IS NOT NULL AND s.survey_date >= ? AND s.survey_date < ? "
            f"AND o.household_id IN ({marks})) WHERE n = 1",
            [f"{year}-01-01", f"{year + 1}-01-01", *ids],
        )
    }
    existing = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT household_id, id, survey_id, status, income_per_month, deprivations, "
            "standard_code FROM household_year WHERE year = ? AND deleted = 0 "
            f"AND household_id IN ({marks})",
            [year, *ids],
        )
    }
    changed = 0
    with transaction(db) as conn:
        for household_id in ids:
            found = latest.get(household_id)
            row = existing.get(household_id)
            if found is None:
                if row is not None and row[1] is not None:
                    conn.execute(
                        "UPDATE household_year SET survey_id = NULL WHERE id = ?", [row[0]]
                    )
                    changed += 1
                continue
            survey_id, status, income, deprivations, standard_code, commune_code = found
            wanted = (survey_id, status, income, deprivations or "[]", standard_code)
            if row is None:
                conn.execute(
                    "INSERT INTO household_year (id, commune_code, household_id, year, survey_id, "
                    "status, income_per_month, deprivations, standard_code) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [uuid7(), commune_code, household_id, year, *wanted],
                )
                changed += 1
            elif tuple(row[1:]) != wanted:
                conn.execute(
                    "UPDATE household_year SET survey_id = ?, status = ?, income_per_month = ?, "
                    "deprivations = ?, standard_code = ? WHERE id = ?",
                    [*wanted, row[0]],
                )
                changed += 1
    return changed


def surveyor_names(db: Database, survey: Survey) -> list[str]:
    if not survey.surveyors:
        return []
    marks = ", ".join("?" * len(survey.surveyors))
    names = dict(
        db.execute(f"SELECT id, full_name FROM member WHERE id IN ({marks})", survey.surveyors)
    )
    return [names.get(member_id, "?") for member_id in survey.surveyors]


# ---- indicators --------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    unit: str

    @property
    def percent(self) -> bool:
        return self.unit == "%"


def indicator_catalog(db: Database) -> list[Indicator]:
    return [
        Indicator(item.code, item.name, item.data.get("unit", ""))
        for item in reference.catalog(db.conn, "survey_indicator")
    ]


def set_indicators(
    db: Database,
    survey_id: str,
    village_id: str | None,
    values: dict[str, object],
) -> None:
    """Record the indicators of one village (None: the commune); an empty value removes one."""
    survey = get_survey(db, survey_id)
    catalog = {ind.code: ind for ind in indicator_catalog(db)}
    check = Checker()
    cleaned: dict[str, float | None] = {}
    for code, value in values.items():
        indicator = catalog.get(code)
        if indicator is None:
            check.fail(code, tr("Unknown indicator."))
            continue
        number = check.number(code, value, maximum=100 if indicator.percent else None)
        cleaned[code] = float(number) if number is not None else None
    if village_id is not None:
        row = db.execute(
            "SELECT 1 FROM village WHERE id = ? AND deleted = 0", [village_id]
        ).fetchone()
        if row is None:
            check.fail("village_id", tr("This village no longer exists."))
    check.done()
    with transaction(db) as conn:
        existing = dict(
            conn.execute(
                "SELECT indicator, id FROM survey_indicator WHERE survey_id = ? AND "
                "village_id IS ? AND deleted = 0",
                [survey_id, village_id],
            ).fetchall()
        )
        for code, number in cleaned.items():
            row_id = existing.get(code)
            if number is None:
                if row_id is not None:
                    conn.execute("UPDATE survey_indicator SET deleted = 1 WHERE id = ?", [row_id])
            elif row_id is None:
                conn.execute(
                    "INSERT INTO survey_indicator (id, commune_code, survey_id, village_id, "
                    "indicator, value) VALUES (?, ?, ?, ?, ?, ?)",
                    [uuid7(), survey.commune_code, survey_id, village_id, code, number],
                )
            else:
                conn.execute(
                    "UPDATE survey_indicator SET value = ? WHERE id = ? AND value IS NOT ?",
                    [number, row_id, number],
                )


def indicator_values(db: Database, survey_id: str) -> dict[str | None, dict[str, float]]:
    """{village_id (None: commune): {indicator code: value}} of a round."""
    result: dict[str | None, dict[str, float]] = {}
    for village_id, code, value in db.execute(
        "SELECT village_id, indicator, value FROM survey_indicator "
        "WHERE survey_id = ? AND deleted = 0",
        [survey_id],
    ):
        result.setdefault(village_id, {})[code] = value
    return result


def commune_totals(db: Database, values: dict[str | None, dict[str, float]]) -> dict[str, float]:
    """Commune figures: recorded ones, else summed from villages (percentages weighted by
    households when the villages give them, else averaged)."""
    catalog = {ind.code: ind for ind in indicator_catalog(db)}
    recorded = dict(values.get(None, {}))
    villages = [v for key, v in values.items() if key is not None]
    for code, indicator in catalog.items():
        if code in recorded:
            continue
        given = [v for v in villages if code in v]
        if not given:
            continue
        if not indicator.percent:
            recorded[code] = sum(v[code] for v in given)
            continue
        weights = [v.get("households", 0) for v in given]
        if all(w > 0 for w in weights):
            recorded[code] = round(
                sum(v[code] * w for v, w in zip(given, weights, strict=True)) / sum(weights), 1
            )
        else:
            recorded[code] = round(sum(v[code] for v in given) / len(given), 1)
    return recorded


# ---- household observations -------------------------------------------------------------


@dataclass
class Observation:
    id: str | None = None
    survey_id: str = ""
    household_id: str = ""
    income_per_month: int | None = None
    deprivations: list[str] = field(default_factory=list)
    members: int | None = None
    notes: str | None = None
    classification: str | None = None


_OBS_COLUMNS = (
    "id, survey_id, household_id, income_per_month, deprivations, members, notes, classification"
)


def _observation(deprivations: str | None, **columns: Any) -> Observation:
    return Observation(deprivations=json.loads(deprivations or "[]"), **columns)


def get_observation(db: Database, observation_id: str) -> Observation:
    observation = record(
        _observation,
        db.execute(
            f"SELECT {_OBS_COLUMNS} FROM survey_observation WHERE id = ? AND deleted = 0",
            [observation_id],
        ),
    )
    if observation is None:
        raise UserError(tr("This observation no longer exists; it may have been deleted."))
    return observation


def standard_of(db: Database, survey: Survey) -> dict:
    return reference.poverty_standard(db.conn, survey.year)


def classify(db: Database, survey_id: str, income: int | None, deprivations: list[str]) -> str:
    """The class a household gets in this round, by the standard in force that year."""
    return poverty.classify(standard_of(db, get_survey(db, survey_id)), income, deprivations)


def save_observation(db: Database, observation: Observation) -> str:
    """Insert or update a household's observation in a round (one per household and round)."""
    survey = get_survey(db, observation.survey_id)
    standard = standard_of(db, survey)
    check = Checker()
    household = db.execute(
        "SELECT commune_code FROM household WHERE id = ? AND deleted = 0",
        [observation.household_id],
    ).fetchone()
    if household is None:
        check.fail("household_id", tr("Choose the household."))
    elif survey.commune_code and not reference.same_commune(
        db.conn, household[0], survey.commune_code
    ):
        check.fail("household_id", tr("This household is not in the survey's commune."))
    income = check.number("income_per_month", observation.income_per_month, integer=True)
    members = check.number("members", observation.members, integer=True)
    codes = poverty.indicator_codes(standard)
    deprivations = [c for c in codes if c in set(observation.deprivations)]
    unknown = set(observation.deprivations) - set(codes)
    if unknown:
        check.fail(
            "deprivations",
            tr("Unknown indicator: {codes}.").format(codes=", ".join(sorted(unknown))),
        )
    if household is not None:
        other = db.execute(
            "SELECT 1 FROM survey_observation WHERE survey_id = ? AND household_id = ? "
            "AND deleted = 0 AND id IS NOT ?",
            [survey.id, observation.household_id, observation.id],
        ).fetchone()
        if other is not None:
            check.fail("household_id", tr("This household is already observed in this round."))
    check.done()
    income_value = int(income) if income is not None else None
    classification = poverty.classify(standard, income_value, deprivations)
    values = [
        income_value,
        json.dumps(deprivations),
        classification,
        int(members) if members is not None else None,
        (observation.notes or "").strip() or None,
    ]
    with transaction(db) as conn:
        if observation.id is None:
            observation_id = uuid7()
            conn.execute(
                "INSERT INTO survey_observation (id, commune_code, survey_id, household_id, "
                "income_per_month, deprivations, classification, members, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    observation_id,
                    survey.commune_code,
                    survey.id,
                    observation.household_id,
                    *values,
                ],
            )
            apply_to_register(db, survey.year, [observation.household_id])
            return observation_id
        before = get_observation(db, observation.id)
        conn.execute(
            "UPDATE survey_observation SET income_per_month = ?, deprivations = ?, "
            "classification = ?, members = ?, notes = ?, household_id = ? WHERE id = ?",
            [*values, observation.household_id, observation.id],
        )
        apply_to_register(db, survey.year, [before.household_id, observation.household_id])
        return observation.id


def _reclassify(db: Database, survey: Survey) -> None:
    """After a round's date moved (maybe into another standard's period), classify again."""
    standard = standard_of(db, survey)
    for obs_id, income, deprivations, old in db.execute(
        "SELECT id, income_per_month, deprivations, classification FROM survey_observation "
        "WHERE survey_id = ? AND deleted = 0",
        [survey.id],
    ).fetchall():
        new = poverty.classify(standard, income, json.loads(deprivations or "[]"))
        if new != old:
            db.execute(
                "UPDATE survey_observation SET classification = ? WHERE id = ?", [new, obs_id]
            )


def delete_observations(db: Database, observation_ids: list[str]) -> None:
    with transaction(db) as conn:
        for observation_id in observation_ids:
            observation = get_observation(db, observation_id)
            conn.execute("UPDATE survey_observation SET deleted = 1 WHERE id = ?", [observation_id])
            year = get_survey(db, observation.survey_id).year
            apply_to_register(db, year, [observation.household_id])


def class_counts(db: Database, survey_id: str) -> dict[str, int]:
    """How many observed households fall in each class (every class present, maybe 0)."""
    counts = dict.fromkeys(poverty.STATUSES, 0)
    for code, count in db.execute(
        "SELECT classification, count(*) FROM survey_observation WHERE survey_id = ? "
        "AND deleted = 0 GROUP BY classification",
        [survey_id],
    ):
        if code in counts:
            counts[code] = count
    return counts


def find_households(
    db: Database, commune_code: str | None, text: str, limit: int = 50
) -> list[tuple[str, str]]:
    """(id, "head (birth year) — village") of live households whose name, code or phone holds
    every word of `text`, by name; the first ones by name when `text` is empty."""
    words, word_params, indexed = search.household_where(db.conn, text)
    # Without words, "+" keeps SQLite on the head_name index so LIMIT stops the scan early; with
    # words the full-text index finds, on their matches by rowid (search.household_where).
    plus = "+" if indexed or not words else ""
    where = [f"{plus}h.deleted = 0", *words]
    params: list[object] = [*word_params]
    if commune_code:
        condition, args = commune_scope(commune_code, "h")
        where.append(f"{plus}{condition}")
        params.extend(args)
    rows = db.execute(
        "SELECT h.id, h.head_name, h.head_birth_year, v.name FROM household h "
        "LEFT JOIN village v ON v.id = h.village_id "
        f"WHERE {' AND '.join(where)} ORDER BY h.head_name LIMIT ?",
        [*params, limit],
    ).fetchall()
    return [
        (hid, f"{name} ({year}) — {village}" if year else f"{name} — {village}")
        for hid, name, year, village in rows
    ]


# ---- comparing rounds --------------------------------------------------------------------


def previous_round(db: Database, survey_id: str) -> str | None:
    """The latest live round of the same commune and kind before this one."""
    survey = get_survey(db, survey_id)
    scope, args = commune_is(survey.commune_code)
    row = db.execute(
        f"SELECT id FROM survey WHERE deleted = 0 AND {scope} AND kind = ? "
        "AND (survey_date < ? OR (survey_date = ? AND id < ?)) "
        "ORDER BY survey_date DESC, id DESC LIMIT 1",
        [*args, survey.kind, survey.survey_date, survey.survey_date, survey.id],
    ).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class Movement:
    household_id: str
    head_name: str
    village: str
    before: str
    after: str


@dataclass(frozen=True)
class IndicatorMove:
    scope: str  # village name, or "" for the whole commune
    code: str
    name: str
    unit: str
    before: float
    after: float

    @property
    def change(self) -> float:
        return round(self.after - self.before, 2)


@dataclass
class Comparison:
    survey: Survey
    previous: Survey | None
    counts_before: dict[str, int]
    counts_after: dict[str, int]
    left_poverty: list[Movement]  # the first `limit` of them, by village and name
    fell_into: list[Movement]
    indicators: list[IndicatorMove]
    observed_both: int = 0  # households observed in both rounds
    left_count: int = 0  # all of them, however many are listed
    fell_count: int = 0


_PAIRS = (
    "FROM survey_observation b "
    "JOIN survey_observation a ON a.household_id = b.household_id AND a.survey_id = ? "
    "AND a.deleted = 0 "
    "WHERE b.survey_id = ? AND b.deleted = 0"
)


def compare(
    db: Database, survey_id: str, previous_id: str | None = None, limit: int = 500
) -> Comparison:
    """This round against the previous one (or `previous_id`); lists hold at most `limit`
    households each, the counts all of them."""
    survey = get_survey(db, survey_id)
    previous_id = previous_id or previous_round(db, survey_id)
    counts_after = class_counts(db, survey_id)
    if previous_id is None:
        return Comparison(
            survey, None, dict.fromkeys(poverty.STATUSES, 0), counts_after, [], [], []
        )
    previous = get_survey(db, previous_id)
    both, left_count, fell_count = db.execute(
        "SELECT count(*), "
        f"coalesce(sum(a.classification = '{POOR}' AND b.classification <> '{POOR}'), 0), "
        f"coalesce(sum(a.classification <> '{POOR}' AND b.classification = '{POOR}'), 0) "
        f"{_PAIRS}",
        [previous_id, survey_id],
    ).fetchone()
    rows = db.execute(
        "SELECT h.id, h.head_name, coalesce(v.name, ''), a.classification, b.classification "
        "FROM survey_observation b "
        "JOIN survey_observation a ON a.household_id = b.household_id AND a.survey_id = ? "
        "AND a.deleted = 0 "
        "JOIN household h ON h.id = b.household_id AND h.deleted = 0 "
        "LEFT JOIN village v ON v.id = h.village_id "
        "WHERE b.survey_id = ? AND b.deleted = 0 "
        f"AND (a.classification = '{POOR}') <> (b.classification = '{POOR}') "
        "ORDER BY v.ordinal, h.head_name",
        [previous_id, survey_id],
    ).fetchall()
    left: list[Movement] = []
    fell: list[Movement] = []
    for hid, name, village, before, after in rows:
        target = left if before == POOR else fell
        if len(target) < limit:
            target.append(Movement(hid, name, village, before, after))
    return Comparison(
        survey,
        previous,
        class_counts(db, previous_id),
        counts_after,
        left,
        fell,
        _indicator_moves(db, previous_id, survey_id),
        observed_both=both,
        left_count=left_count,
        fell_count=fell_count,
    )


def _indicator_moves(db: Database, previous_id: str, survey_id: str) -> list[IndicatorMove]:
    catalog = indicator_catalog(db)
    before = indicator_values(db, previous_id)
    after = indicator_values(db, survey_id)
    names = dict(db.execute("SELECT id, name FROM village"))
    order = dict(db.execute("SELECT id, ordinal FROM village"))
    scopes: list[tuple[str, dict[str, float], dict[str, float]]] = [
        ("", commune_totals(db, before), commune_totals(db, after))
    ]
    for village_id in sorted(
        (set(before) & set(after)) - {None}, key=lambda v: (order.get(v, 0), names.get(v, ""))
    ):
        scopes.append((names.get(village_id, "?"), before[village_id], after[village_id]))
    moves = []
    for scope, old, new in scopes:
        for ind in catalog:
            if ind.code in old and ind.code in new and round(new[ind.code] - old[ind.code], 2):
                moves.append(
                    IndicatorMove(scope, ind.code, ind.name, ind.unit, old[ind.code], new[ind.code])
                )
    return moves


# ---- the record types of this module (desktop.models.records) --------------------

KIND_WORDS = {"commune": "Cấp xã", "village": "Cấp thôn", "household": "Hộ gia đình"}

SURVEYS_EXPORT = Export(
    name="surveys",
    title="Đợt khảo sát",
    sql=(
        "SELECT s.survey_date, s.kind, s.title, "
        "(SELECT group_concat(m.full_name, ', ') FROM json_each(s.surveyors) j "
        "LEFT JOIN member m ON m.id = j.value), "
        "(SELECT COUNT(*) FROM survey_observation o WHERE o.survey_id = s.id AND o.deleted = 0), "
        "s.notes FROM survey s WHERE s.deleted = 0 AND {year} AND {commune} "
        "ORDER BY s.survey_date"
    ),
    year_condition="substr(s.survey_date, 1, 4) = CAST(? AS TEXT)",
    columns=[
        Column("Ngày khảo sát", "date"),
        Column("Cấp", words=KIND_WORDS),
        Column("Tên đợt", width=40),
        Column("Người khảo sát", width=36),
        Column("Số hộ khảo sát", "int"),
        Column("Ghi chú", width=30),
    ],
    commune="s.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "survey",
        lambda: tr("Survey"),
        f"t.title || ' — ' || {day('t.survey_date')}",
        count=Count("surveys", lambda: tr("survey rounds")),
        export=SURVEYS_EXPORT,
    ),
    RecordType(
        "survey_indicator",
        lambda: tr("Survey indicator"),
        "t.indicator",
        part=True,
        fields={"value": lambda: tr("Value")},
    ),
    RecordType(
        "survey_observation",
        lambda: tr("Survey observation"),
        HOUSEHOLD_NAME,
        part=True,
        fields={
            "classification": lambda: tr("Classification"),
            "income_per_month": lambda: tr("Income per month"),
            "members": lambda: tr("Members"),
        },
        money=frozenset({"income_per_month"}),
    ),
)
