"""Importing a survey round's household observations from a spreadsheet: the poverty review is
done household by household on paper and typed in later.

The same reader and table finder as the household import (desktop.models.xlsx_import.read_sheet,
with the fields an observation takes), the same synonym table. Each row finds its household in
the book by its code, else by name, village and birth year (or name and village when that is
unique); its income, lacking indicators and members become the household's observation in the
round, classified by desktop.models.surveys.save_observation. A household already observed in the
round is skipped as "đã có". All rows are written in one transaction, or none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.i18n import tr
from desktop.models import surveys, xlsx_import
from desktop.models.db import Database, transaction
from desktop.models.errors import UserError
from desktop.models.sheet_table import key
from desktop.models.text import fold, parse_money, parse_whole

FIELDS = (
    "code",
    "head_name",
    "village",
    "head_birth_year",
    "birth_year_male",
    "birth_year_female",
    "members",
    "income_per_month",
    "deprivations",
    "notes",
)
PROGRESS_EVERY = xlsx_import.PROGRESS_EVERY
Progress = Callable[[int, int], bool]


def field_of(header: str) -> str | None:
    found = xlsx_import.field_of(header)
    return found if found in FIELDS else None


def read_sheet(
    path: Path, name: str | None = None, header_row: int | None = None
) -> xlsx_import.Sheet:
    return xlsx_import.read_sheet(path, name, header_row, field_of)


def guess_mapping(headers: list[str]) -> dict[str, int]:
    return xlsx_import.synonym_mapping(headers, field_of)


def check_mapping(mapping: dict[str, int]) -> None:
    if "code" not in mapping and not {"head_name", "village"} <= set(mapping):
        raise UserError(
            tr(
                "The sheet needs a household code column, or the columns of the head of "
                "household and the village, to find each household."
            )
        )
    if not {"income_per_month", "deprivations", "members"} & set(mapping):
        raise UserError(
            tr("The sheet has no income, lacking indicators or members column to import.")
        )


def find_survey(db: Database, commune_code: str | None, wanted: str) -> surveys.Survey:
    """The round named by its id or its date (dd/mm/yyyy or yyyy-mm-dd), when only one has it."""
    choices = surveys.survey_choices(db, commune_code)
    for survey_id, _label in choices:
        if survey_id == wanted:
            return surveys.get_survey(db, survey_id)
    day = wanted.strip()
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", day)
    if match:
        day = f"{match.group(3)}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
    found = [
        survey_id
        for survey_id, _label in choices
        if surveys.get_survey(db, survey_id).survey_date == day
    ]
    if len(found) == 1:
        return surveys.get_survey(db, found[0])
    listed = "; ".join(label for _id, label in choices[:10]) or tr("none")
    if found:
        raise UserError(
            tr("More than one survey round is dated {day}; give its id. Rounds: {rounds}.").format(
                day=wanted, rounds=listed
            )
        )
    raise UserError(
        tr("No survey round {wanted}; the rounds: {rounds}.").format(wanted=wanted, rounds=listed)
    )


@dataclass
class ObservationRow:
    number: int
    values: dict[str, Any]
    observation: surveys.Observation | None = None
    errors: list[str] = field(default_factory=list)
    present: str | None = None  # already observed in the round: skipped

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Households:
    by_code: dict[str, str]
    by_person: dict[tuple[str, str, int | None], list[str]]
    by_name: dict[tuple[str, str], list[str]]
    observed: set[str]


def _households(db: Database, commune_code: str | None, survey_id: str) -> _Households:
    by_code: dict[str, str] = {}
    by_person: dict[tuple[str, str, int | None], list[str]] = {}
    by_name: dict[tuple[str, str], list[str]] = {}
    for household_id, code, head, village_id, birth in db.execute(
        "SELECT id, code, head_name, village_id, head_birth_year FROM household "
        "WHERE deleted = 0 AND commune_code IS ?",
        [commune_code],
    ):
        if code:
            by_code.setdefault(fold(code), household_id)
        by_person.setdefault((key(head), village_id, birth), []).append(household_id)
        by_name.setdefault((key(head), village_id), []).append(household_id)
    observed = {
        r[0]
        for r in db.execute(
            "SELECT household_id FROM survey_observation WHERE survey_id = ? AND deleted = 0",
            [survey_id],
        )
    }
    return _Households(by_code, by_person, by_name, observed)


def _household(row: ObservationRow, lookups: xlsx_import.Lookups, book: _Households) -> str | None:
    """The id of the household the row names; None, with the reason in row.errors."""
    values = row.values
    code = xlsx_import.cell_text(values.get("code"))
    if code:
        found = book.by_code.get(fold(code))
        if found is None:
            row.errors.append(tr("no household has the code {code}").format(code=code))
        return found
    name = xlsx_import.cell_text(values.get("head_name"))
    village = xlsx_import.cell_text(values.get("village"))
    if not name or not village:
        row.errors.append(tr("give the household code, or the head's name and the village"))
        return None
    village_id, proposed = xlsx_import.match_village(lookups, village)
    if not village_id or proposed:
        row.errors.append(
            tr("the village {name} is not in the commune's list of villages").format(name=village)
        )
        return None
    birth, _gender = xlsx_import.read_birth(values, row.errors)
    candidates = (
        book.by_person.get((key(name), village_id, birth), [])
        if birth is not None
        else book.by_name.get((key(name), village_id), [])
    )
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        row.errors.append(
            tr("no household of {name} in {village} is in the book").format(
                name=name, village=village
            )
        )
    else:
        row.errors.append(
            tr("{count} households of {name} in {village}: give the household code").format(
                count=len(candidates), name=name, village=village
            )
        )
    return None


def check(
    db: Database,
    sheet: xlsx_import.Sheet,
    mapping: dict[str, int],
    survey: surveys.Survey,
    progress: Progress | None = None,
) -> list[ObservationRow]:
    """Every row read, its household found, its values checked; nothing written."""
    if survey.id is None:
        raise UserError(tr("Choose the survey round."))
    lookups = xlsx_import.build_lookups(db, survey.commune_code, survey.year)
    book = _households(db, survey.commune_code, survey.id)
    seen: dict[str, int] = {}
    rows = []
    for done, raw in enumerate(xlsx_import.raw_rows(sheet, mapping)):
        if (
            progress is not None
            and done % PROGRESS_EVERY == 0
            and not progress(done, len(sheet.rows))
        ):
            raise UserError(tr("Stopped; nothing was written."))
        row = ObservationRow(raw.number, raw.values)
        row.errors.extend(
            tr("cell {cell} is a formula without a value; open and save the file in Excel").format(
                cell=cell
            )
            for cell in raw.unvalued
        )
        household_id = _household(row, lookups, book)
        values = row.values
        income = xlsx_import.read_number(
            values, "income_per_month", tr("Income per person per month"), parse_money,
            row.errors,
        )  # fmt: skip
        members = xlsx_import.read_number(values, "members", tr("Members"), parse_whole, row.errors)
        deprivations = xlsx_import.read_deprivations(values, lookups, row.errors)
        if household_id is not None and not row.errors:
            if household_id in book.observed:
                row.present = tr("already observed in this round")
            elif household_id in seen:
                row.errors.append(
                    tr("the same household as row {number}").format(number=seen[household_id])
                )
            else:
                seen[household_id] = row.number
                row.observation = surveys.Observation(
                    survey_id=survey.id,
                    household_id=household_id,
                    income_per_month=income,
                    deprivations=deprivations,
                    members=members,
                    notes=xlsx_import.cell_text(values.get("notes")) or None,
                )
        rows.append(row)
    return rows


def commit(
    db: Database,
    rows: list[ObservationRow],
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> int:
    """Save every good row's observation in one transaction; none when a row is refused and not
    skipped. Returns the number saved."""
    bad = [r for r in rows if not r.ok]
    if bad and not skip_bad:
        raise UserError(
            tr("{count} rows are refused; correct them or choose to skip them.").format(
                count=len(bad)
            )
        )
    good = [r for r in rows if r.ok and r.observation is not None]
    if not good and not any(r.present for r in rows):
        raise UserError(tr("There is no row to import."))
    with transaction(db):
        for done, row in enumerate(good):
            if (
                progress is not None
                and done % PROGRESS_EVERY == 0
                and not progress(done, len(good))
            ):
                raise UserError(tr("Stopped; nothing was written."))
            if row.observation is not None:
                surveys.save_observation(db, row.observation)
    return len(good)
