"""Importing households from the lists communes keep (.xlsx, .xlsm, .xls, .ods, .csv): the table
found, columns mapped to fields, every row checked, one write.

The steps are separate so the dialog and `ketnghia import` share them: `read_sheet` (the reader
of desktop.models.spreadsheet, then the table found by desktop.models.sheet_table), `guess_mapping`
(remembered per file layout, else the synonym table of resources/reference/import_columns.json),
`check` (each row parsed and validated like the household form; villages close to a known one
proposed; duplicates by the form's rule), then `commit`, which writes every good row in one
transaction — or nothing, when a row is refused and the officer did not choose to skip it.

A row is one of: refused (errors), already in the book ("đã có": same household code, or the same
household in every field — skipped, not an error), waiting for the officer (a village proposed, or
the same name, village and birth year as another household: the form's warning), or good.
Poverty status and income go into the household's record of one year: the year of a "Năm" column,
of the sheet's title ("… NĂM 2025"), or the one the officer gives — never the PC's clock.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import resources
from desktop.i18n import tr
from desktop.models import households, reference, search, sheet_table, spreadsheet
from desktop.models.db import Database, commune_is, set_setting, setting, transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.sheet_table import key
from desktop.models.text import fold, parse_money, parse_whole

MAPPING_SETTING = "import.households.mapping"  # field -> header text chosen last time
LAYOUTS_SETTING = "import.households.layouts"  # file layout -> {field: header}
MAX_LAYOUTS = 50
PROGRESS_EVERY = 50
SUGGESTION_CUTOFF = 0.75

# progress(done, total) -> whether to go on; the dialog's cancel button answers False
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ImportField:
    key: str
    title: Callable[[], str]
    required: bool = False


FIELDS: tuple[ImportField, ...] = (
    ImportField("head_name", lambda: tr("Head of household"), True),
    ImportField("village", lambda: tr("Village"), True),
    ImportField("head_birth_year", lambda: tr("Birth year")),
    ImportField("birth_year_male", lambda: tr("Birth year (male)")),
    ImportField("birth_year_female", lambda: tr("Birth year (female)")),
    ImportField("head_gender", lambda: tr("Gender")),
    ImportField("ethnicity", lambda: tr("Ethnicity")),
    ImportField("members", lambda: tr("Members")),
    ImportField("phone", lambda: tr("Phone")),
    ImportField("code", lambda: tr("Household code")),
    ImportField("year", lambda: tr("Year")),
    ImportField("status", lambda: tr("Poverty status")),
    ImportField("status_poor", lambda: tr("Poor (a mark)")),
    ImportField("status_near_poor", lambda: tr("Near-poor (a mark)")),
    ImportField("income_per_month", lambda: tr("Income per person per month")),
    ImportField("deprivations", lambda: tr("Lacking indicators")),
    ImportField("notes", lambda: tr("Notes")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
YEAR_DATA = ("status", "status_poor", "status_near_poor", "income_per_month", "deprivations")
MARK_COLUMNS = {"status_poor": "poor", "status_near_poor": "near_poor"}
MIN_PREFIX = 6  # a status label this long also names the statuses it begins ("Hộ nghèo DTTS")


# ---- the synonym table -------------------------------------------------------------------------


@functools.cache
def _resource() -> dict:
    path = resources.path("reference", "import_columns.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _exact(text: str) -> str:
    return " ".join(text.lower().split()).strip(" :*.")


@functools.cache
def _synonyms() -> tuple[dict[str, str], dict[str, str]]:
    """(header key -> field, exact lower-case header -> field)."""
    keys: dict[str, str] = {}
    exact: dict[str, str] = {}
    for field_key, spec in _resource()["households"].items():
        for name in spec.get("names", []):
            keys.setdefault(key(name), field_key)
        for name in spec.get("exact", []):
            exact[_exact(name)] = field_key
    return keys, exact


def field_of(header: str) -> str | None:
    """The household field a header names, by the synonym table; None when it names none."""
    if not header:
        return None
    keys, exact = _synonyms()
    found = exact.get(_exact(header))
    if found is None and sheet_table.JOIN in header:
        found = exact.get(_exact(header.split(sheet_table.JOIN)[-1]))
        parent = key(header.split(sheet_table.JOIN)[0])
        if found in ("birth_year_male", "birth_year_female") and not parent.startswith(
            ("namsinh", "ngaysinh", "ngaythangnamsinh")
        ):
            found = None
    if found is not None:
        return found
    return keys.get(key(header)) or keys.get(key(re.sub(r"\(.*?\)", " ", header)))


@functools.cache
def _labels(group: str) -> dict[str, str]:
    return {key(label): code for code, labels in _resource()[group].items() for label in labels}


def status_of(label: str) -> str | None:
    """The status a label names: "Hộ nghèo", "HCN", "Thoát nghèo", "Hộ nghèo DTTS" …"""
    labels = _labels("status_labels")
    label_key = key(label)
    if label_key in labels:
        return labels[label_key]
    for known in sorted(labels, key=len, reverse=True):
        if len(known) >= MIN_PREFIX and label_key.startswith(known):
            return labels[known]
    return None


@functools.cache
def markers() -> sheet_table.Markers:
    data = _resource()
    return sheet_table.Markers(
        tuple(key(t) for t in data["total_rows"]),
        tuple(key(t) for t in data["signature_markers"]),
    )


@functools.cache
def _village_prefix() -> re.Pattern[str]:
    prefixes = sorted((fold(p).rstrip(".") for p in _resource()["village_prefixes"]), key=len)
    alternatives = "|".join(re.escape(p) for p in reversed(prefixes))
    return re.compile(rf"^(?:{alternatives})(?:\.|\s)+")


# ---- reading -------------------------------------------------------------------------------


@dataclass
class Sheet:
    name: str
    headers: list[str]
    header_row: int  # 1-based number of the (first) header row
    rows: list[tuple[int, list[Any]]]  # (1-based row number, cell values) of the data
    table: sheet_table.Table
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None  # of a .csv file


def sheet_names(path: Path) -> list[str]:
    return spreadsheet.open_book(path).sheet_names


def read_sheet(
    path: Path,
    name: str | None = None,
    header_row: int | None = None,
    name_of: Callable[[str], str | None] = field_of,
) -> Sheet:
    """The table of sheet `name` (the first when None); `header_row` when the officer chose it.
    `name_of` names the fields a header may hold (another import passes its own subset)."""
    book = spreadsheet.open_book(Path(path))
    data = spreadsheet.read(book, name)
    table = sheet_table.find_table(data, name_of, markers(), header_row)
    return Sheet(
        data.name, table.headers, table.header_row, table.rows, table, book.sheet_names,
        book.encoding,
    )  # fmt: skip


# ---- mapping -------------------------------------------------------------------------------


def layout_key(headers: list[str]) -> str:
    """The file layout: its header names, in order."""
    joined = "\x1f".join(key(h) for h in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:20]


def _json_setting(db: Database, name: str) -> dict:
    try:
        value = json.loads(setting(db, name) or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def remembered_mapping(db: Database) -> dict[str, str]:
    """field key -> header text the officer chose last time."""
    value = _json_setting(db, MAPPING_SETTING)
    return {k: v for k, v in value.items() if k in FIELD_KEYS and isinstance(v, str)}


def remember_mapping(db: Database, headers: list[str], mapping: dict[str, int]) -> None:
    chosen = {
        key_: headers[column] for key_, column in mapping.items() if 0 <= column < len(headers)
    }
    layouts = _json_setting(db, LAYOUTS_SETTING)
    layouts.pop(layout_key(headers), None)
    layouts[layout_key(headers)] = chosen
    while len(layouts) > MAX_LAYOUTS:
        layouts.pop(next(iter(layouts)))
    with transaction(db):
        set_setting(db, MAPPING_SETTING, json.dumps(chosen, ensure_ascii=False))
        set_setting(db, LAYOUTS_SETTING, json.dumps(layouts, ensure_ascii=False))


def guess_mapping(db: Database, headers: list[str]) -> dict[str, int]:
    """field key -> column index: the mapping chosen for this file layout, else the header
    chosen last time for each field, else the synonym table."""
    layout = _json_setting(db, LAYOUTS_SETTING).get(layout_key(headers))
    if isinstance(layout, dict):
        chosen = {
            k: headers.index(v)
            for k, v in layout.items()
            if k in FIELD_KEYS and isinstance(v, str) and v in headers
        }
        if chosen:
            return chosen
    folded = [key(h) for h in headers]
    mapping: dict[str, int] = {}
    for field_key, wanted in remembered_mapping(db).items():
        if key(wanted) and key(wanted) in folded:
            mapping[field_key] = folded.index(key(wanted))
    return synonym_mapping(headers, field_of, mapping)


def synonym_mapping(
    headers: list[str],
    name_of: Callable[[str], str | None] = field_of,
    chosen: dict[str, int] | None = None,
) -> dict[str, int]:
    """`chosen` completed by the synonym table: each field the first free column it names."""
    mapping = dict(chosen or {})
    for column, header in enumerate(headers):
        found = name_of(header)
        if found and found not in mapping and column not in mapping.values():
            mapping[found] = column
    return mapping


def check_mapping(mapping: dict[str, int], sheet: Sheet | None = None) -> None:
    """Every required field has a column (the village may come from group headings instead)."""
    grouped = sheet is not None and bool(sheet.table.groups)
    missing = [
        spec.title()
        for spec in FIELDS
        if spec.required and spec.key not in mapping and not (spec.key == "village" and grouped)
    ]
    if missing:
        raise UserError(tr("Choose the column of: {fields}.").format(fields=", ".join(missing)))
    columns = list(mapping.values())
    if len(set(columns)) != len(columns):
        raise UserError(tr("Each column can be mapped to one field only."))


def column_label(sheet: Sheet, column: int) -> str:
    header = sheet.headers[column] if column < len(sheet.headers) else ""
    return header or tr("column {letter}").format(
        letter=spreadsheet.cell_name(0, column).rstrip("1")
    )


def unused_columns(sheet: Sheet, mapping: dict[str, int]) -> list[str]:
    """The columns with a header or some data that no field takes."""
    width = max([len(sheet.headers), *(len(cells) for _n, cells in sheet.rows)], default=0)
    used = set(mapping.values())
    unused = []
    for column in range(width):
        if column in used:
            continue
        header = sheet.headers[column] if column < len(sheet.headers) else ""
        has_data = any(
            column < len(cells) and cells[column] not in (None, "") for _n, cells in sheet.rows
        )
        if header or has_data:
            unused.append(column_label(sheet, column))
    return unused


def needs_year(sheet: Sheet, mapping: dict[str, int], year: int | None) -> bool:
    """Whether the rows carry a status, income or indicators with no year to file them under."""
    if year is not None or sheet.table.title_year() is not None:
        return False
    columns = [mapping[k] for k in YEAR_DATA if k in mapping]
    if not columns:
        return False
    year_column = mapping.get("year")
    for _number, cells in sheet.rows:
        has_data = any(c < len(cells) and cell_text(cells[c]) for c in columns)
        has_year = (
            year_column is not None and year_column < len(cells) and cell_text(cells[year_column])
        )
        if has_data and not has_year:
            return True
    return False


def year_of_sheet(sheet: Sheet, given: int | None) -> tuple[int | None, str]:
    """(the year for rows without a year cell, where it comes from: "given", "title" or "")."""
    if given is not None:
        return given, "given"
    title = sheet.table.title_year()
    if title is not None:
        return title, "title"
    return None, ""


# ---- rows ---------------------------------------------------------------------------------------


@dataclass
class RowResult:
    number: int
    values: dict[str, Any]  # field key -> raw value (what the officer may correct)
    household: households.Household | None = None
    errors: list[str] = field(default_factory=list)
    present: str | None = None  # already in the book: skipped, with why
    similar: str | None = None  # the form's warning: same name, village and birth year as …
    suggestion: str | None = None  # the village text typed, when a village is proposed for it
    unvalued: list[str] = field(default_factory=list)  # formula cells without a value
    existing_id: str | None = None  # a household in the book whose status of the year it adds

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Report:
    rows: list[RowResult]
    suggestions: dict[str, str] = field(default_factory=dict)  # typed village -> village name

    @property
    def good(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok and r.present is None]

    @property
    def bad(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    @property
    def already(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok and r.present is not None]

    @property
    def similar(self) -> list[RowResult]:
        return [r for r in self.good if r.similar]

    def waiting(self, accept_suggestions: bool, allow_similar: bool) -> list[RowResult]:
        """Good rows the officer has not confirmed: a proposed village, a similar household."""
        return [
            r
            for r in self.good
            if (r.suggestion and not accept_suggestions) or (r.similar and not allow_similar)
        ]

    def year_records(self) -> list[tuple[str, households.Household]]:
        """(household id, row) of households already in the book whose status of the row's
        year the book does not have yet."""
        return [
            (r.existing_id, r.household)
            for r in self.already
            if r.existing_id is not None and r.household is not None
        ]

    def to_write(self, accept_suggestions: bool, allow_similar: bool) -> list[RowResult]:
        waiting = {id(r) for r in self.waiting(accept_suggestions, allow_similar)}
        return [r for r in self.good if id(r) not in waiting]


def raw_rows(sheet: Sheet, mapping: dict[str, int]) -> list[RowResult]:
    rows = []
    formulas = sheet.table.formulas_without_value
    for number, values in sheet.rows:
        raw = {
            key_: (values[column] if column < len(values) else None)
            for key_, column in mapping.items()
        }
        if "village" not in mapping and sheet.table.groups:
            raw["village"] = sheet.table.group_of(number)  # "I. Thôn Pà Dồn" above the rows
        unvalued = [
            spreadsheet.cell_name(number - 1, column)
            for column in mapping.values()
            if (number - 1, column) in formulas
        ]
        rows.append(RowResult(number, raw, unvalued=unvalued))
    return rows


# ---- checking ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """A household already in the book, as the duplicate rule compares it."""

    id: str
    label: str  # "head (code)"
    signature: tuple  # gender, ethnic group, members, phone
    code: str | None


@dataclass
class Lookups:
    villages: dict[str, str]  # key with and without "Thôn " -> id
    village_names: dict[str, str]  # id -> name
    bare_villages: dict[str, str]  # key without the prefix -> id (for close matches)
    ethnic: dict[str, str]  # key of name / local name / code -> code
    indicators: dict[str, str]  # folded code / name -> code
    by_code: dict[str, Known]  # folded household code -> the household
    by_person: dict[tuple[str, str, int | None], list[Known]]  # (name, village, birth) ->


@functools.lru_cache(maxsize=4096)  # a list of 20,000 rows names a few dozen villages
def _village_keys(name: str) -> tuple[str, str]:
    """(key of the name, key without "Thôn", "Th.", "Bản" …)."""
    folded = fold(name)
    return key(folded), key(_village_prefix().sub("", folded))


def build_lookups(db: Database, commune_code: str | None, year: int) -> Lookups:
    villages: dict[str, str] = {}
    names: dict[str, str] = {}
    bare: dict[str, str] = {}
    scope, args = commune_is(commune_code)
    for village_id, name in db.execute(
        f"SELECT id, name FROM village WHERE deleted = 0 AND {scope}", args
    ):
        names[village_id] = name
        whole, without = _village_keys(name)
        villages.setdefault(whole, village_id)
        villages.setdefault(without, village_id)
        bare.setdefault(without, village_id)
    ethnic: dict[str, str] = {}
    for code, name, other in reference.ethnic_groups(db.conn):
        ethnic[code] = code
        ethnic[code.lstrip("0")] = code
        for alias in [name, *other.split(";")]:
            if alias.strip():
                ethnic.setdefault(key(alias), code)
    indicators: dict[str, str] = {}
    standard = reference.poverty_standard(db.conn, year)
    for code, name, _dimension in reference.poverty_indicators(standard):
        indicators[code] = code
        indicators[fold(name)] = code
    by_code: dict[str, Known] = {}
    by_person: dict[tuple[str, str, int | None], list[Known]] = {}
    for household_id, code, head, village_id, birth, *signature in db.execute(
        "SELECT id, code, head_name, village_id, head_birth_year, head_gender, ethnic_code, "
        f"members, phone FROM household WHERE deleted = 0 AND {scope}",
        args,
    ):
        known = Known(household_id, head + (f" ({code})" if code else ""), tuple(signature), code)
        if code:
            by_code.setdefault(fold(code), known)
        by_person.setdefault((key(head), village_id, birth), []).append(known)
    return Lookups(villages, names, bare, ethnic, indicators, by_code, by_person)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def match_village(lookups: Lookups, text: str) -> tuple[str, str | None]:
    """(village id, "proposed" when it is only a close match) for a typed village name."""
    whole, without = _village_keys(text)
    for candidate in (whole, without):
        if candidate in lookups.villages:
            return lookups.villages[candidate], None
    scored = sorted(
        (
            (difflib.SequenceMatcher(None, without, bare).ratio(), village_id)
            for bare, village_id in lookups.bare_villages.items()
        ),
        reverse=True,
    )
    unique = len(scored) == 1 or scored[1][0] < scored[0][0] or scored[1][1] == scored[0][1]
    if scored and scored[0][0] >= SUGGESTION_CUTOFF and unique:
        return scored[0][1], "proposed"
    return "", None


def read_number(
    values: dict[str, Any],
    field_key: str,
    what: str,
    parse: Callable[[Any], int | None],
    errors: list[str],
) -> int | None:
    """The number in `values[field_key]` read by `parse`; None (and a reason in `errors`) when
    it is not one."""
    try:
        return parse(values.get(field_key))
    except ValueError:
        errors.append(
            tr("{field} is not a whole number: {value}").format(
                field=what, value=cell_text(values.get(field_key))
            )
        )
        return None


def read_deprivations(values: dict[str, Any], lookups: Lookups, errors: list[str]) -> list[str]:
    """The indicator codes of the lacking-indicators cell (names or codes, separated by commas,
    semicolons or lines); an unknown one goes to `errors`."""
    codes = []
    for part in re.split(r"[,;\n]", cell_text(values.get("deprivations"))):
        part = part.strip()
        if not part:
            continue
        code = lookups.indicators.get(part) or lookups.indicators.get(fold(part))
        if code is None:
            errors.append(tr("unknown indicator: {value}").format(value=part))
        else:
            codes.append(code)
    return codes


def read_birth(values: dict[str, Any], errors: list[str]) -> tuple[int | None, str | None]:
    """(birth year, gender) from a birth-year column or the "Nam"/"Nữ" pair under "Năm sinh"
    (a year in one of them, or a mark such as "x" when the year is elsewhere)."""

    def year_in(field_key: str) -> int | None:
        year = sheet_table.year_of(values.get(field_key))
        if year is not None:
            return year
        return read_number(values, field_key, tr("Birth year"), parse_whole, errors)

    birth_year = year_in("head_birth_year")
    gender = None
    filled = {
        g: cell_text(values.get(k))
        for g, k in (("nam", "birth_year_male"), ("nu", "birth_year_female"))
        if cell_text(values.get(k))
    }
    if len(filled) > 1:
        errors.append(tr("both the Nam and the Nữ birth-year columns are filled"))
    for g, mark in filled.items():
        gender = g
        if mark not in _resource()["gender_marks"]:
            birth_year = year_in("birth_year_male" if g == "nam" else "birth_year_female")
    return birth_year, gender


def _parse(
    row: RowResult, lookups: Lookups, commune_code: str | None, default_year: int | None
) -> tuple[households.Household, list[str], bool]:
    """(the household a raw row describes, what could not be read, whether it has year data)."""
    values = row.values
    errors: list[str] = [
        tr("cell {cell} is a formula without a value; open and save the file in Excel").format(
            cell=cell
        )
        for cell in row.unvalued
    ]

    def number(key_: str, what: str, parse: Callable[[Any], int | None]) -> int | None:
        return read_number(values, key_, what, parse, errors)

    village_text = cell_text(values.get("village"))
    village_id = ""
    row.suggestion = None
    if village_text:
        village_id, proposed = match_village(lookups, village_text)
        if proposed:
            row.suggestion = village_text
        elif not village_id:
            errors.append(
                tr("the village {name} is not in the commune's list of villages").format(
                    name=village_text
                )
            )
    birth_year, gender = read_birth(values, errors)
    gender_text = cell_text(values.get("head_gender"))
    if gender_text:
        stated = _labels("gender_labels").get(key(gender_text))
        if stated is None:
            errors.append(tr("the gender must be Nam or Nữ: {value}").format(value=gender_text))
        gender = gender or stated
    ethnic_text = cell_text(values.get("ethnicity"))
    ethnic_code = None
    if ethnic_text:
        ethnic_code = lookups.ethnic.get(key(ethnic_text))
        if ethnic_code is None:
            errors.append(tr("unknown ethnic group: {value}").format(value=ethnic_text))
    members = number("members", tr("Members"), parse_whole)
    phone_value = values.get("phone")
    phone = cell_text(phone_value)
    if isinstance(phone_value, int | float) and len(phone) == 9:
        phone = "0" + phone  # Excel drops the leading zero of numbers typed as numbers
    year = number("year", tr("Year"), parse_whole)
    income = number("income_per_month", tr("Income per person per month"), parse_money)
    status_text = cell_text(values.get("status"))
    status = None
    if status_text:
        status = status_of(status_text)
        if status is None:
            errors.append(tr("unknown poverty status: {value}").format(value=status_text))
    marked = [
        code
        for field_key, code in MARK_COLUMNS.items()
        if cell_text(values.get(field_key)) not in ("", "0", "-")
    ]
    if len(marked) > 1:
        errors.append(tr("both the poor and the near-poor columns are marked"))
    elif marked and status is None:
        status = marked[0]
        status_text = status
    deprivations = read_deprivations(values, lookups, errors)
    has_year_data = bool(status_text or income is not None or deprivations)
    year = year or default_year
    if has_year_data and year is None:
        errors.append(
            tr("the year of the status is not known (no Năm column, no year in the title)")
        )
    household = households.Household(
        head_name=cell_text(values.get("head_name")),
        village_id=village_id,
        head_birth_year=birth_year,
        head_gender=gender,
        ethnic_code=ethnic_code,
        members=1 if members is None else members,
        phone=phone or None,
        code=cell_text(values.get("code")) or None,
        notes=cell_text(values.get("notes")) or None,
        # a household without a status is validated against the current year, never filed in it
        year=year or dt.date.today().year,
        income_per_month=income,
        deprivations=deprivations,
        commune_code=commune_code,
        status=status,
    )
    return household, errors, has_year_data


def _stopped() -> UserError:
    return UserError(tr("Stopped; nothing was written."))


def _signature(h: households.Household) -> tuple:
    return (h.head_gender, h.ethnic_code, h.members, h.phone)


def _already(db: Database, row: RowResult, known: Known, has_year_data: bool) -> None:
    """A row of a household already in the book: skipped; the status of the row's year is
    recorded when the book has none for that year, and a different one is named, not replaced."""
    row.present = tr("already in the book: {household}").format(household=known.label)
    household = row.household
    if not has_year_data or household is None:
        return
    status = household.status or households.classify(
        db, household.year, household.income_per_month, household.deprivations
    )
    on_record = households.year_status(db, known.id, household.year)
    if on_record is None:
        row.existing_id = known.id
        row.present += tr("; its status of {year} is recorded").format(year=household.year)
    elif tuple(on_record) != (status, household.income_per_month):
        row.present += tr("; the book's status of {year} differs ({book}) and is kept").format(
            year=household.year, book=households.status_label(on_record[0])
        )


def check(
    db: Database,
    rows: list[RowResult],
    commune_code: str | None,
    default_year: int | None = None,
    progress: Progress | None = None,
) -> Report:
    """Parse and validate every row (in place); duplicates by the household form's rule."""
    lookups = build_lookups(db, commune_code, default_year or dt.date.today().year)
    by_code: dict[str, tuple[int, tuple]] = {}
    by_person: dict[tuple[str, str, int | None], tuple[int, tuple]] = {}
    report = Report(rows)
    for done, row in enumerate(rows):
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, len(rows)):
            raise _stopped()
        row.errors, row.household, row.present, row.similar = [], None, None, None
        row.existing_id = None
        household, unreadable, has_year_data = _parse(row, lookups, commune_code, default_year)
        row.errors.extend(unreadable)
        try:
            clean = households.validate(db, household)
        except ValidationError as exc:
            village_unknown = bool(cell_text(row.values.get("village")))
            row.errors.extend(
                message.rstrip(".")
                for key_, message in exc.errors.items()
                if not (key_ == "village_id" and village_unknown)
                and not (key_ == "year" and not has_year_data)
            )
            clean = None
        if row.errors or clean is None:
            continue
        if not has_year_data:
            clean.year = 0  # no year record is written for it
        row.household = clean
        if row.suggestion:
            report.suggestions[row.suggestion] = lookups.village_names[clean.village_id]
        signature = (key(clean.head_name), clean.village_id, clean.head_birth_year)
        everything = (*signature, _signature(clean), clean.code)
        if clean.code:
            code = fold(clean.code)
            if code in lookups.by_code:
                _already(db, row, lookups.by_code[code], has_year_data)
                continue
            if code in by_code:
                first, seen = by_code[code]
                if seen == everything:
                    row.present = tr("the same household as row {number}").format(number=first)
                else:
                    row.errors.append(
                        tr("the household code {code} is also on row {number}").format(
                            code=clean.code, number=first
                        )
                    )
                continue
            by_code[code] = (row.number, everything)
        known = lookups.by_person.get(signature, [])
        same = [k for k in known if k.signature == _signature(clean)]
        if same and (not clean.code or same[0].code in (None, clean.code)):
            _already(db, row, same[0], has_year_data)
            continue
        if known:
            row.similar = tr(
                "same name, village and birth year as a household in the book: {households}"
            ).format(households=", ".join(k.label for k in known))
        if signature in by_person:
            first, seen = by_person[signature]
            if seen == everything:
                row.present = tr("the same household as row {number}").format(number=first)
                continue
            row.similar = tr("same name, village and birth year as row {number}").format(
                number=first
            )
        else:
            by_person[signature] = (row.number, everything)
    return report


def describe(row: RowResult) -> str:
    """One line `row N: reason` for the CLI and the report."""
    return tr("row {number}: {reason}").format(number=row.number, reason="; ".join(row.errors))


def commit(
    db: Database,
    report: Report,
    skip_bad: bool = False,
    progress: Progress | None = None,
    *,
    accept_suggestions: bool = False,
    allow_similar: bool = False,
) -> int:
    """Write every good, confirmed row in one transaction; refuse everything when a row is bad
    (or waits for a confirmation) and the officer did not choose to skip it.

    Returns the number of households written.
    """
    if report.bad and not skip_bad:
        raise UserError(
            tr("{count} rows are refused; correct them or choose to skip them.").format(
                count=len(report.bad)
            )
        )
    waiting = report.waiting(accept_suggestions, allow_similar)
    if waiting and not skip_bad:
        raise UserError(
            tr(
                "{count} rows wait for your confirmation (a proposed village or a household like "
                "one already listed); confirm them or choose to skip them."
            ).format(count=len(waiting))
        )
    rows = report.to_write(accept_suggestions, allow_similar)
    if not rows and not report.already:
        raise UserError(tr("There is no row to import."))
    with transaction(db), search.households_indexed_at_end(db, len(rows)):
        for household_id, household in report.year_records():
            households.write_year(db, household_id, household)
        codes = households.Codes(db)  # the commune's codes read once, not once a row
        for done, row in enumerate(rows):
            if (
                progress is not None
                and done % PROGRESS_EVERY == 0
                and not progress(done, len(rows))
            ):
                raise _stopped()  # inside the transaction: everything rolls back
            checked = row.household
            if checked is None:
                raise UserError(tr("The rows changed; check them again."))
            if checked.year:
                households.save(db, checked, codes)
            else:
                households.write(db, checked, codes)
    return len(rows)


# ---- what the officer reads ------------------------------------------------------------------


def table_notes(sheet: Sheet, mapping: dict[str, int]) -> list[str]:
    """What was found and what was left out: header row, skipped rows, unused columns,
    conversions from legacy fonts, formula cells without a value."""
    table = sheet.table
    notes = []
    if table.header_rows == 2:
        notes.append(
            tr("header: rows {first}–{second}").format(
                first=table.header_row, second=table.header_row + 1
            )
        )
    else:
        notes.append(tr("header: row {number}").format(number=table.header_row))
    if table.skipped:
        by_kind: dict[str, list[int]] = {}
        for number, kind in table.skipped:
            by_kind.setdefault(kind, []).append(number)
        parts = [
            tr("rows {numbers}: {reason}").format(
                numbers=sheet_table.ranges(numbers), reason=sheet_table.reason_text(kind)
            )
            for kind, numbers in sorted(by_kind.items(), key=lambda item: min(item[1]))
        ]
        notes.append(tr("skipped {rows}").format(rows="; ".join(parts)))
    unused = unused_columns(sheet, mapping)
    if unused:
        notes.append(tr("columns not used: {columns}").format(columns=", ".join(unused)))
    for conversion in table.conversions:
        notes.append(
            tr("column {column}: converted from {encoding} to Unicode ({count} cells)").format(
                column=column_label(sheet, conversion.column),
                encoding=conversion.encoding,
                count=conversion.cells,
            )
        )
    for row, column in sorted(table.formulas_without_value)[:10]:
        notes.append(
            tr("cell {cell} is a formula without a value; open and save the file in Excel").format(
                cell=spreadsheet.cell_name(row, column)
            )
        )
    if len(table.formulas_without_value) > 10:
        notes.append(
            tr("{count} formula cells without a value in all").format(
                count=len(table.formulas_without_value)
            )
        )
    return notes


def report_notes(
    report: Report, year: int | None, year_source: str, limit: int | None = None
) -> list[str]:
    """Proposed villages, similar households, households already there, the year used (at most
    `limit` rows of each kind, then how many more)."""
    notes = []
    if year is not None and year_source:
        source = tr("from the sheet's title") if year_source == "title" else tr("given")
        notes.append(tr("year of the status: {year} ({source})").format(year=year, source=source))
    for typed, name in sorted(report.suggestions.items()):
        count = sum(1 for r in report.rows if r.suggestion == typed)
        notes.append(
            tr("proposed: {typed} → {village} ({count} rows)").format(
                typed=typed, village=name, count=count
            )
        )
    for rows, reason in ((report.similar, "similar"), (report.already, "present")):
        for row in rows[:limit]:
            notes.append(
                tr("row {number}: {reason}").format(number=row.number, reason=getattr(row, reason))
            )
        if limit is not None and len(rows) > limit:
            notes.append(tr("… and {count} more rows like these").format(count=len(rows) - limit))
    return notes
