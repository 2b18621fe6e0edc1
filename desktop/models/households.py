"""Households: the register's query, validation, duplicates, saving, and the status of each year.

A household's poverty status for a year is never chosen by hand: it is classified from the income
estimate and the lacking indicators by the poverty standard in force that year
(`desktop.models.poverty.classify`), and `explain` says why in words the officer can check.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.i18n import tr
from desktop.models import listing, poverty, reference, search
from desktop.models.db import Database, change_stamp, commune_is, commune_scope, transaction
from desktop.models.errors import ValidationError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import HOUSEHOLD_NAME, Column, Count, Export, RecordType, name_of
from desktop.models.rows import records
from desktop.models.text import format_date, format_vnd, search_words
from desktop.models.text import parse_whole as parse_whole  # the import reads columns with it
from desktop.models.text import search_key as text_search_key

GENDERS = ("nam", "nu")
FIELDS = (
    "village_id",
    "code",
    "head_name",
    "head_birth_year",
    "head_gender",
    "ethnic_code",
    "members",
    "phone",
    "notes",
)


def status_label(code: str | None) -> str:
    labels = {
        "poor": tr("Poor"),
        "near_poor": tr("Near-poor"),
        "average": tr("Average living"),
        "not_poor": tr("Not poor"),
    }
    return labels.get(code or "", code or "")


def gender_label(code: str | None) -> str:
    return {"nam": tr("Male"), "nu": tr("Female")}.get(code or "", code or "")


def source_label(value: str) -> str:
    """The register's status_source value in words."""
    title, _, day = value.rpartition("|")
    return status_source(title or None, day or None)


def search_key(head_name: str | None, code: str | None, phone: str | None) -> str:
    """What the register searches and sorts on: head's name, household code and phone as
    `text.search_key` gives them (the SQL of migration 2 makes the same)."""
    return text_search_key(" ".join(part for part in (head_name, code, phone) if part))


@dataclass
class Household:
    """A household and the status of one year (the year the form is editing)."""

    head_name: str = ""
    village_id: str = ""
    head_birth_year: int | None = None
    head_gender: str | None = None
    ethnic_code: str | None = None
    members: int = 1
    phone: str | None = None
    code: str | None = None
    notes: str | None = None
    year: int = field(default_factory=lambda: dt.date.today().year)
    income_per_month: int | None = None
    deprivations: list[str] = field(default_factory=list)
    year_notes: str | None = None
    id: str | None = None
    commune_code: str | None = None
    # the status an official list states (an imported poverty review list); None: classified
    status: str | None = None


@dataclass(frozen=True)
class YearStatus:
    year: int
    status: str
    income_per_month: int | None
    deprivations: list[str]
    notes: str | None
    survey_title: str | None = None  # the completed survey round that set it (None: the form)
    survey_date: str | None = None

    @property
    def source(self) -> str:
        """Where the status came from, in words."""
        return status_source(self.survey_title, self.survey_date)


def status_source(survey_title: str | None, survey_date: str | None) -> str:
    if survey_title is None:
        return tr("Entered in the household's record")
    return tr("Survey round {title} of {date}").format(
        title=survey_title, date=format_date(survey_date)
    )


# ---- classification --------------------------------------------------------------------------


_STANDARDS: dict[tuple[int, str | None], tuple[dict, str | None]] = {}


def standard(db: Database, year: int) -> tuple[dict, str | None]:
    """(the poverty standard in force in `year`, its code), parsed once per reference version."""
    key = (year, reference.stored_version(db.conn))
    if key not in _STANDARDS:
        _STANDARDS[key] = (reference.poverty_standard(db.conn, year), _standard_code(db, year))
    return _STANDARDS[key]


def classify(db: Database, year: int, income_per_month: int | None, deprivations: list[str]) -> str:
    return poverty.classify(standard(db, year)[0], income_per_month, deprivations)


def explain(
    db: Database, year: int, income_per_month: int | None, deprivations: list[str]
) -> tuple[str, list[str]]:
    """(status, reasons): the status of `classify` and the sentences that led to it."""
    rules = standard(db, year)[0]
    status = poverty.classify(rules, income_per_month, deprivations)
    thresholds = rules["income_thresholds_vnd_per_person_month"]["rural"]
    needed = poverty.min_deprivations(rules)
    codes = poverty.indicator_codes(rules)
    lacking = len(set(deprivations) & set(codes))
    line = thresholds["poor_and_near_poor_max"]
    average = thresholds["average_living_max"]
    reasons = []
    if income_per_month is None:
        reasons.append(tr("No income estimate: only the lacking indicators are counted."))
    elif income_per_month <= line:
        reasons.append(
            tr(
                "Income {income} per person per month is at or below the poverty line {line}."
            ).format(income=format_vnd(income_per_month), line=format_vnd(line))
        )
    elif income_per_month <= average:
        reasons.append(
            tr(
                "Income {income} per person per month is above the poverty line {line} and at or "
                "below the average-living line {average}."
            ).format(
                income=format_vnd(income_per_month),
                line=format_vnd(line),
                average=format_vnd(average),
            )
        )
    else:
        reasons.append(
            tr(
                "Income {income} per person per month is above the average-living line {average}."
            ).format(income=format_vnd(income_per_month), average=format_vnd(average))
        )
    if income_per_month is None or income_per_month <= line:
        reasons.append(
            tr(
                "Lacks {lacking} of the {total} basic social service indicators; "
                "{needed} or more make the household poor."
            ).format(lacking=lacking, total=len(codes), needed=needed)
        )
    reasons.append(tr("Result: {status}.").format(status=status_label(status)))
    return status, reasons


# ---- reading ---------------------------------------------------------------------------------


def get(db: Database, household_id: str, year: int) -> Household:
    """The household with the status record of `year` (empty status fields when it has none)."""
    row = db.execute(
        f"SELECT id, commune_code, {', '.join(FIELDS)} FROM household WHERE id = ?",
        [household_id],
    ).fetchone()
    if row is None:
        raise ValidationError({"head_name": tr("This household no longer exists.")})
    values = dict(zip(("id", "commune_code", *FIELDS), row, strict=True))
    household = Household(year=year, **values)
    for status in years(db, household_id):
        if status.year == year:
            household.income_per_month = status.income_per_month
            household.deprivations = status.deprivations
            household.year_notes = status.notes
    return household


def years(db: Database, household_id: str) -> list[YearStatus]:
    """The household's status in each year it was assessed, latest first."""
    return records(
        _year_status,
        db.execute(
            "SELECT y.year AS year, y.status AS status, y.income_per_month AS income_per_month, "
            "y.deprivations AS deprivations, y.notes AS notes, s.title AS survey_title, "
            "s.survey_date AS survey_date FROM household_year y "
            "LEFT JOIN survey s ON s.id = y.survey_id "
            "WHERE y.household_id = ? AND y.deleted = 0 ORDER BY y.year DESC",
            [household_id],
        ),
    )


def _year_status(deprivations: str | None, **columns: Any) -> YearStatus:
    return YearStatus(deprivations=json.loads(deprivations or "[]"), **columns)


def label(db: Database, household_id: str) -> str:
    row = db.execute(
        "SELECT h.head_name, v.name FROM household h LEFT JOIN village v ON v.id = h.village_id "
        "WHERE h.id = ?",
        [household_id],
    ).fetchone()
    return f"{row[0]} — {row[1]}" if row else household_id


# ---- validation ------------------------------------------------------------------------------


def _clean_text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def validate(db: Database, household: Household) -> Household:
    """A cleaned copy of `household`, or ValidationError naming each wrong field."""
    errors: dict[str, str] = {}
    this_year = dt.date.today().year
    head_name = _clean_text(household.head_name)
    if not head_name:
        errors["head_name"] = tr("Enter the name of the head of household.")
    scope, args = commune_is(household.commune_code)
    village_ok = (
        household.village_id
        and db.execute(
            f"SELECT 1 FROM village WHERE id = ? AND deleted = 0 AND {scope}",
            [household.village_id, *args],
        ).fetchone()
    )
    if not village_ok:
        errors["village_id"] = tr("Choose the household's village.")
    birth = household.head_birth_year
    if birth is not None and not 1900 <= birth <= this_year:
        errors["head_birth_year"] = tr("The birth year must be between 1900 and {year}.").format(
            year=this_year
        )
    if household.head_gender is not None and household.head_gender not in GENDERS:
        errors["head_gender"] = tr("Choose male or female.")
    if (
        household.ethnic_code is not None
        and not db.execute(
            "SELECT 1 FROM ethnic_group WHERE code = ?", [household.ethnic_code]
        ).fetchone()
    ):
        errors["ethnic_code"] = tr("Choose an ethnic group from the list.")
    if household.members is None or household.members < 1:
        errors["members"] = tr("A household has at least one member.")
    elif household.members > 50:
        errors["members"] = tr("More than 50 members: check the number.")
    phone = _clean_text(household.phone)
    if phone is not None:
        digits = phone.replace(" ", "").replace(".", "").replace("-", "")
        if digits.startswith("+84"):
            digits = "0" + digits[3:]
        if not (digits.isdigit() and 9 <= len(digits) <= 11):
            errors["phone"] = tr("A phone number has 10 digits, like 0905 123 456.")
    if not 2000 <= household.year <= this_year + 1:
        errors["year"] = tr("The year must be between 2000 and {year}.").format(year=this_year + 1)
    if household.income_per_month is not None and household.income_per_month < 0:
        errors["income_per_month"] = tr("The income cannot be negative.")
    if household.status is not None and household.status not in poverty.STATUSES:
        errors["status"] = tr("Unknown poverty status: {status}.").format(status=household.status)
    if errors:
        raise ValidationError(errors)
    known = poverty.indicator_codes(standard(db, household.year)[0])
    unknown = set(household.deprivations) - set(known)
    if unknown:
        raise ValidationError(
            {
                "deprivations": tr("Unknown indicators: {codes}.").format(
                    codes=", ".join(sorted(unknown))
                )
            }
        )
    return Household(
        head_name=head_name or "",
        village_id=household.village_id,
        head_birth_year=birth,
        head_gender=household.head_gender,
        ethnic_code=household.ethnic_code,
        members=household.members,
        phone=phone,
        code=_clean_text(household.code),
        notes=(household.notes or "").strip() or None,
        year=household.year,
        income_per_month=household.income_per_month,
        deprivations=[code for code in known if code in household.deprivations],
        year_notes=(household.year_notes or "").strip() or None,
        id=household.id,
        commune_code=household.commune_code,
        status=household.status,
    )


def duplicates(db: Database, household: Household) -> list[str]:
    """Labels of other live households with the same head name, village and birth year."""
    if not household.head_name or not household.village_id:
        return []
    rows = db.execute(
        "SELECT h.id, h.head_name, h.code FROM household h WHERE h.deleted = 0 "
        "AND h.village_id = ? AND h.head_birth_year IS ? AND h.id IS NOT ?",
        [household.village_id, household.head_birth_year, household.id],
    ).fetchall()
    name = text_search_key(household.head_name)
    return [
        f"{head}" + (f" ({code})" if code else "")
        for _id, head, code in rows
        if text_search_key(head) == name
    ]


# ---- writing ---------------------------------------------------------------------------------


def save(db: Database, household: Household, codes: Codes | None = None) -> str:
    """Validate and write the household and its status for `household.year`; returns its id
    (`codes`: as for `write`)."""
    clean = validate(db, household)
    with transaction(db):
        household_id = write(db, clean, codes)
        write_year(db, household_id, clean)
    return household_id


def year_status(db: Database, household_id: str, year: int) -> tuple[str, int | None] | None:
    """(status, income) the household has on record for `year`, None when it has none."""
    return db.execute(
        "SELECT status, income_per_month FROM household_year WHERE household_id = ? "
        "AND year = ? AND deleted = 0",
        [household_id, year],
    ).fetchone()


def write_year(db: Database, household_id: str, clean: Household) -> None:
    """Insert or update the status record of `clean.year` (validated) of the household, inside
    the caller's transaction (as `write`)."""
    status = clean.status or classify(db, clean.year, clean.income_per_month, clean.deprivations)
    existing = db.execute(
        "SELECT id FROM household_year WHERE household_id = ? AND year = ? AND deleted = 0",
        [household_id, clean.year],
    ).fetchone()
    values = [
        status,
        clean.income_per_month,
        json.dumps(clean.deprivations),
        standard(db, clean.year)[1],
        clean.year_notes,
    ]
    if existing:
        # A status set by a survey round stays the round's while the form leaves it as it is.
        db.execute(
            "UPDATE household_year SET survey_id = CASE WHEN status IS ? AND "
            "income_per_month IS ? AND deprivations IS ? THEN survey_id END, status = ?, "
            "income_per_month = ?, deprivations = ?, standard_code = ?, notes = ? WHERE id = ?",
            [*values[:3], *values, existing[0]],
        )
    else:
        db.execute(
            "INSERT INTO household_year (id, commune_code, household_id, year, status, "
            "income_per_month, deprivations, standard_code, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [uuid7(), clean.commune_code, household_id, clean.year, *values],
        )


def _standard_code(db: Database, year: int) -> str | None:
    day = f"{year}-07-01"
    row = db.execute(
        "SELECT code FROM poverty_standard WHERE valid_from <= ? AND (valid_to IS NULL OR "
        "valid_to >= ?) ORDER BY valid_from DESC LIMIT 1",
        [day, day],
    ).fetchone()
    return row[0] if row else None


_CODE_NUMBER = re.compile(r"[0-9]+")


def code_number(code: str, commune_code: str) -> int | None:
    """The number of a household code of the commune ("20704-000601" -> 601), None for a code
    of another form ("20704-A1", "H-12")."""
    prefix = f"{commune_code}-"
    if not code.startswith(prefix):
        return None
    found = _CODE_NUMBER.match(code, len(prefix))
    return int(found.group()) if found else None


class Codes:
    """The next free household codes while many households are written in one transaction (an
    import): each commune's highest number is read once, then counted on with every code
    written, instead of reading all the commune's codes again for each household."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._last: dict[str, int] = {}

    def _highest(self, commune_code: str) -> int:
        if commune_code not in self._last:
            self._last[commune_code] = max(
                (
                    number
                    for (code,) in self._db.execute(
                        "SELECT code FROM household WHERE code LIKE ?", [f"{commune_code}-%"]
                    )
                    if (number := code_number(code, commune_code)) is not None
                ),
                default=0,
            )
        return self._last[commune_code]

    def next(self, commune_code: str) -> str:
        """ "20704-000601" after "20704-000600"."""
        return f"{commune_code}-{self._highest(commune_code) + 1:06d}"

    def written(self, commune_code: str, code: str | None) -> None:
        """Count on with `code`, just written (a commune not read yet will read it)."""
        number = code_number(code, commune_code) if code else None
        if number is not None and number > self._last.get(commune_code, number):
            self._last[commune_code] = number


def next_code(db: Database, commune_code: str) -> str:
    """The next free household code of the commune: "20704-000601" after "20704-000600"."""
    return Codes(db).next(commune_code)


def write(db: Database, clean: Household, codes: Codes | None = None) -> str:
    """Insert or update the household row of a validated `clean` (inside a transaction);
    `codes`, kept by the caller across many writes of one transaction, gives the next free
    code without reading the commune's codes again."""
    if clean.id is None and not clean.code and clean.commune_code:
        # every household can be found by code
        clean.code = (codes or Codes(db)).next(clean.commune_code)
    if codes is not None and clean.commune_code:
        codes.written(clean.commune_code, clean.code)
    values = [getattr(clean, name) for name in FIELDS]
    key = search_key(clean.head_name, clean.code, clean.phone)
    if clean.id is None:
        household_id = uuid7()
        db.execute(
            f"INSERT INTO household (id, commune_code, {', '.join(FIELDS)}, search_key) "
            f"VALUES (?, ?, {', '.join('?' * len(FIELDS))}, ?)",
            [household_id, clean.commune_code, *values, key],
        )
        return household_id
    db.execute(
        f"UPDATE household SET {', '.join(f'{name} = ?' for name in FIELDS)}, search_key = ? "
        "WHERE id = ?",
        [*values, key, clean.id],
    )
    return clean.id


def aid_received(db: Database, household_ids: list[str]) -> tuple[int, int]:
    """(how many of the households were handed aid, how many live hand-outs they hold)."""
    if not household_ids:
        return 0, 0
    marks = ", ".join("?" * len(household_ids))
    row = db.execute(
        "SELECT count(DISTINCT household_id), count(*) FROM allocation "
        f"WHERE deleted = 0 AND household_id IN ({marks})",
        household_ids,
    ).fetchone()
    return row[0], row[1]


def delete(db: Database, household_id: str) -> None:
    """Move the household to the trash (a tombstone, which syncs); its years go with it."""
    with transaction(db) as conn:
        conn.execute("UPDATE household SET deleted = 1 WHERE id = ?", [household_id])


# ---- the register ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    text: str = ""
    village_id: str | None = None
    status: str | None = None
    ethnic_code: str | None = None
    year: int = field(default_factory=lambda: dt.date.today().year)
    commune_code: str | None = None


# One constant row carries the year, so the count query (which has no column expressions) takes
# the same parameters as the page query, and the columns of other tables are correlated
# subqueries: counting never joins, and a page looks up only its own 200 rows.
REGISTER_SOURCE = "household h CROSS JOIN (SELECT ? AS year) p"
_YEAR = "FROM household_year y WHERE y.household_id = h.id AND y.year = p.year AND y.deleted = 0"
REGISTER_COLUMNS = (
    Field("head_name", "h.head_name", "text"),
    Field("head_birth_year", "h.head_birth_year", "text"),
    Field("head_gender", "h.head_gender", "text"),
    Field("ethnicity", "(SELECT e.name FROM ethnic_group e WHERE e.code = h.ethnic_code)", "text"),
    Field("village", "(SELECT v.name FROM village v WHERE v.id = h.village_id)", "text"),
    Field("members", "h.members", "int"),
    Field("phone", "h.phone", "text"),
    Field("status", f"(SELECT y.status {_YEAR})", "text"),
    Field("income_per_month", f"(SELECT y.income_per_month {_YEAR})", "money"),
    Field("code", "h.code", "text"),
    # "" for a status entered in the household's form, else "title|date" of the round
    Field(
        "status_source",
        "(SELECT coalesce((SELECT s.title || '|' || s.survey_date FROM survey s "
        f"WHERE s.id = y.survey_id), '') {_YEAR})",
        "text",
    ),
)
REGISTER_ORDER = "h.search_key, h.id"
REGISTER_ID = "h.id"
REGISTER = Listing(
    REGISTER_SOURCE,
    REGISTER_COLUMNS,
    REGISTER_ORDER,
    REGISTER_ID,
    alias="h",
    by_ids=True,
    source_params=1,  # the year
)


@dataclass(frozen=True)
class Shown:
    """What the register of `db` showed for `filters`: the search key of its first household in
    the register's order, and the database's state then (db.change_stamp)."""

    db: Database  # the same connection's stamps only are compared (a restore opens another)
    filters: Filters
    first_key: str
    state: tuple[int, int]


def shown(db: Database, filters: Filters, first_id: str | None) -> Shown | None:
    """`Shown` for the register of `filters` whose first household (in the register's order)
    is `first_id` (None: it found none)."""
    if first_id is None:
        return None
    row = db.execute("SELECT search_key FROM household WHERE id = ?", [first_id]).fetchone()
    return Shown(db, filters, row[0], change_stamp(db)) if row else None


def narrower(before: Filters, after: Filters) -> bool:
    """Whether every household `after` finds is one `before` found: the same filters, and each
    word searched before within a word searched now (typing on: "z", "zo", "zo r")."""
    if replace(before, text="") != replace(after, text=""):
        return False
    now = search_words(after.text)
    return all(any(word in new for new in now) for word in search_words(before.text))


def _start_key(db: Database, filters: Filters, before: Shown | None) -> str | None:
    """The key the register of `filters` can start at: a narrower search than the one shown,
    with nothing written since, finds no household before the first one shown."""
    if before is None or before.db is not db or not narrower(before.filters, filters):
        return None
    return before.first_key if before.state == change_stamp(db) else None


def register_where(
    db: Database,
    filters: Filters,
    counting: bool = False,
    found: tuple[list[str], list[str], bool] | None = None,
    start_key: str | None = None,
) -> tuple[list[str], list[Any]]:
    """WHERE terms and parameters (the source's year first) of the register for `filters`; with
    `counting`, the terms of its count (the same parameters); `found`: the search's terms when
    they were made already (search.household_where, which looks the words up in the index);
    `start_key`: no household has a smaller search key (`_start_key`), so a scan of the
    search index in the register's order starts there instead of at its first entry.

    For a page, the status term is a correlated EXISTS, so SQLite keeps scanning a search index in
    the register's order (stopping after a page), looking each scanned household's year up,
    instead of listing every household of that status first; with words the full-text index
    finds, the household terms carry a unary `+` (search.household_where). A count has no order
    to keep: with a status, it fetches that status's households from household_year instead of
    testing every household (every other household term then carries the `+`).
    """
    words, word_params, indexed = found or search.household_where(db.conn, filters.text)
    by_status = counting and filters.status is not None
    plus = "+" if indexed or by_status else ""
    where = [f"{plus}h.deleted = 0", *words]
    params: list[Any] = [filters.year, *word_params]
    if filters.commune_code:
        condition, args = commune_scope(filters.commune_code, "h")
        where.append(f"{plus}{condition}")
        params.extend(args)
    if filters.village_id:
        where.append(f"{plus}h.village_id = ?")
        params.append(filters.village_id)
    if filters.ethnic_code:
        where.append(f"{plus}h.ethnic_code = ?")
        params.append(filters.ethnic_code)
    if start_key is not None:
        where.append(f"{plus}h.search_key >= ?")
        params.append(start_key)
    if filters.status:
        if by_status:
            where.append(
                "h.id IN (SELECT y.household_id FROM household_year y "
                "WHERE y.year = ? AND y.status = ? AND y.deleted = 0)"
            )
        else:  # each household scanned looks its year up (no list of every match made first)
            where.append(
                "EXISTS (SELECT 1 FROM household_year y WHERE y.household_id = h.id "
                "AND y.year = ? AND y.status = ? AND y.deleted = 0)"
            )
        params.extend([filters.year, filters.status])
    return where, params


def register_query(
    db: Database,
    columns: Sequence[listing.Column],
    filters: Filters,
    before: Shown | None = None,
) -> listing.Query:
    """The register's query for `filters`, showing `columns` (REGISTER.column), with the terms
    of its count; `before`: what the register showed last (a search typed on starts where it
    found its first household)."""
    found = search.household_where(db.conn, filters.text)  # once for the page and the count
    start = _start_key(db, filters, before)
    where, params = register_where(db, filters, found=found, start_key=start)
    counted, _ = register_where(db, filters, counting=True, found=found, start_key=start)
    return REGISTER.query(columns, where, params, counted)


def ethnic_choices(db: Database, commune_code: str | None = None) -> list[tuple[str, str]]:
    """(code, "Cơ-tu (Cơ Tu, Ca-tu, …)") for every group; with `commune_code`, the groups of the
    commune's households first (one index probe per group, not a scan of the households)."""
    present = set()
    choices = []
    scope, scope_args = commune_scope(commune_code, "")
    for code, name, other in reference.ethnic_groups(db.conn):
        local = ", ".join(part.strip() for part in other.split(";") if part.strip())
        choices.append((code, f"{name} ({local})" if local else name))
        if (
            commune_code is not None
            and db.execute(
                f"SELECT 1 FROM household WHERE deleted = 0 AND {scope} AND ethnic_code = ? "
                "LIMIT 1",
                [*scope_args, code],
            ).fetchone()
        ):
            present.add(code)
    return sorted(choices, key=lambda c: (c[0] not in present, c[0]))


def year_choices(db: Database) -> list[int]:
    """This year and every year back to the first status record, latest first."""
    this_year = dt.date.today().year
    # two queries: SQLite answers a lone min() or max() from the index, both at once by a scan
    first = db.execute("SELECT min(year) FROM household_year").fetchone()[0]
    last = db.execute("SELECT max(year) FROM household_year").fetchone()[0]
    return list(range(max(last or this_year, this_year), (first or this_year) - 1, -1))


# ---- the record types of this module (desktop.models.records) --------------------

# The words the official lists write for the codes (spreadsheets, documents).
STATUS_WORDS = {
    "poor": "Hộ nghèo",
    "near_poor": "Hộ cận nghèo",
    "average": "Hộ có mức sống trung bình",
    "not_poor": "Hộ không nghèo",
}
GENDER_WORDS = {"nam": "Nam", "nu": "Nữ"}

HOUSEHOLDS_EXPORT = Export(
    name="households",
    title="Danh sách hộ",
    sql=(
        "SELECT h.code, h.head_name, h.head_birth_year, h.head_gender, e.name, v.name, "
        "h.members, h.phone, y.year, y.status, y.income_per_month FROM household h "
        "JOIN village v ON v.id = h.village_id LEFT JOIN ethnic_group e ON e.code = h.ethnic_code "
        "LEFT JOIN household_year y ON y.id = (SELECT y2.id FROM household_year y2 "
        " WHERE y2.household_id = h.id AND y2.deleted = 0 AND {year} "
        " ORDER BY y2.year DESC LIMIT 1) "
        "WHERE h.deleted = 0 AND {commune} ORDER BY v.ordinal, h.head_name, h.id"
    ),
    year_condition="y2.year = ?",
    columns=[
        Column("Mã hộ"),
        Column("Họ và tên chủ hộ", width=28),
        Column("Năm sinh", "year"),
        Column("Giới tính", words=GENDER_WORDS),
        Column("Dân tộc"),
        Column("Thôn"),
        Column("Số nhân khẩu", "int", total=True),
        Column("Điện thoại"),
        Column("Năm", "year"),
        Column("Phân loại", words=STATUS_WORDS),
        Column("Thu nhập BQ/người/tháng (đồng)", "money"),
    ],
    commune="h.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "household",
        lambda: tr("Household"),
        f"t.head_name || coalesce(' — ' || {name_of('village', 'village_id')}, '')",
        count=Count("households", lambda: tr("households")),
        export=HOUSEHOLDS_EXPORT,
        fields={
            "head_name": lambda: tr("Head of household"),
            "head_birth_year": lambda: tr("Year of birth of the head"),
            "head_gender": lambda: tr("Gender of the head"),
            "members": lambda: tr("Members"),
            "ethnic_code": lambda: tr("Ethnic group"),
        },
        codes={"head_gender": gender_label},
    ),
    RecordType(
        "household_year",
        lambda: tr("Household status of a year"),
        f"{HOUSEHOLD_NAME} || ' — ' || t.year",
        part=True,
        fields={"income_per_month": lambda: tr("Income per month")},
        codes={"status": status_label},
        money=frozenset({"income_per_month"}),
    ),
)
