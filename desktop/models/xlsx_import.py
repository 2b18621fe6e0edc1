"""Importing households from an .xlsx sheet: columns mapped to fields, every row checked, one write.

The steps are separate so the dialog and `ketnghia import` share them: `sheet_names`, `read_sheet`
(header row and raw rows), `guess_mapping` (remembered in settings per header text), `check`
(each row parsed and validated like the household form, plus duplicates in the file and in the
database), then `commit`, which writes every good row in one transaction — or nothing, when a
row is refused and the officer did not choose to skip refused rows.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.i18n import tr
from desktop.models import households, reference
from desktop.models.db import Database, commune_is, set_setting, setting, transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.text import fold

MAPPING_SETTING = "import.households.mapping"
PROGRESS_EVERY = 50

# progress(done, total) -> whether to go on; the dialog's cancel button answers False
Progress = Callable[[int, int], bool]
MAX_ROWS = 200_000


@dataclass(frozen=True)
class ImportField:
    key: str
    title: Callable[[], str]
    required: bool
    synonyms: tuple[str, ...]  # folded header texts that name this field


FIELDS: tuple[ImportField, ...] = (
    ImportField(
        "head_name",
        lambda: tr("Head of household"),
        True,
        ("chu ho", "ho ten chu ho", "ho va ten chu ho", "ten chu ho", "ho va ten", "head"),
    ),
    ImportField(
        "village", lambda: tr("Village"), True, ("thon", "ten thon", "thon/ban", "village")
    ),
    ImportField(
        "head_birth_year", lambda: tr("Birth year"), False, ("nam sinh", "nam sinh chu ho", "birth")
    ),
    ImportField("head_gender", lambda: tr("Gender"), False, ("gioi tinh", "gender")),
    ImportField("ethnicity", lambda: tr("Ethnicity"), False, ("dan toc", "ethnicity")),
    ImportField(
        "members",
        lambda: tr("Members"),
        False,
        ("so khau", "nhan khau", "so nhan khau", "so thanh vien", "members"),
    ),
    ImportField(
        "phone", lambda: tr("Phone"), False, ("dien thoai", "so dien thoai", "sdt", "phone")
    ),
    ImportField("code", lambda: tr("Household code"), False, ("ma ho", "ma so ho", "code")),
    ImportField("year", lambda: tr("Year"), False, ("nam", "nam ra soat", "year")),
    ImportField(
        "income_per_month",
        lambda: tr("Income per person per month"),
        False,
        ("thu nhap", "thu nhap binh quan", "thu nhap binh quan dau nguoi/thang", "income"),
    ),
    ImportField(
        "deprivations",
        lambda: tr("Lacking indicators"),
        False,
        ("chi so thieu hut", "thieu hut", "cac chi so thieu hut", "deprivations"),
    ),
    ImportField("notes", lambda: tr("Notes"), False, ("ghi chu", "notes")),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)


@dataclass
class Sheet:
    name: str
    headers: list[str]
    header_row: int  # 1-based row number of the headers in the sheet
    rows: list[tuple[int, list[Any]]]  # (1-based row number, cell values)


@dataclass
class RowResult:
    number: int
    values: dict[str, Any]  # field key -> raw value (what the officer may correct)
    household: households.Household | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Report:
    rows: list[RowResult]

    @property
    def good(self) -> list[RowResult]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]


# ---- reading -------------------------------------------------------------------------------


def _open(path: Path):
    import openpyxl

    path = Path(path)
    if not path.is_file():
        raise UserError(tr("The file {name} does not exist.").format(name=path))
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UserError(
            tr(
                "The file {name} is not an Excel workbook (.xlsx) that can be read; save it as "
                ".xlsx in Excel and try again."
            ).format(name=path.name)
        ) from exc
    except Exception as exc:  # openpyxl raises its own errors on damaged parts
        if type(exc).__module__.startswith(("openpyxl", "xml", "defusedxml")):
            raise UserError(
                tr("The file {name} is damaged and cannot be read.").format(name=path.name)
            ) from exc
        raise


def sheet_names(path: Path) -> list[str]:
    workbook = _open(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_sheet(path: Path, name: str | None = None) -> Sheet:
    """The sheet `name` (the first when None): its first non-empty row as headers, then the rows."""
    workbook = _open(path)
    try:
        if name is None:
            name = workbook.sheetnames[0]
        if name not in workbook.sheetnames:
            raise UserError(
                tr("The workbook has no sheet named {sheet}; its sheets: {sheets}.").format(
                    sheet=name, sheets=", ".join(workbook.sheetnames)
                )
            )
        headers: list[str] | None = None
        header_row = 0
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(workbook[name].iter_rows(values_only=True), start=1):
            values = list(values)
            if all(_blank(v) for v in values):
                continue
            if headers is None:
                headers = ["" if v is None else " ".join(str(v).split()) for v in values]
                header_row = number
                continue
            rows.append((number, values))
            if len(rows) > MAX_ROWS:
                raise UserError(
                    tr("The sheet has more than {count} rows; split it into smaller files.").format(
                        count=MAX_ROWS
                    )
                )
    except UserError:
        raise
    except Exception as exc:
        if type(exc).__module__.startswith(("openpyxl", "xml", "zipfile")) or isinstance(
            exc, (zipfile.BadZipFile, KeyError, ValueError)
        ):
            raise UserError(
                tr("The file {name} is damaged and cannot be read.").format(name=Path(path).name)
            ) from exc
        raise
    finally:
        workbook.close()
    if headers is None:
        raise UserError(tr("The sheet {sheet} is empty.").format(sheet=name))
    return Sheet(name, headers, header_row, rows)


# ---- mapping -------------------------------------------------------------------------------


def remembered_mapping(db: Database) -> dict[str, str]:
    """field key -> header text the officer chose last time."""
    try:
        value = json.loads(setting(db, MAPPING_SETTING) or "{}")
    except json.JSONDecodeError:
        return {}
    return {k: v for k, v in value.items() if k in FIELD_KEYS and isinstance(v, str)}


def remember_mapping(db: Database, headers: list[str], mapping: dict[str, int]) -> None:
    chosen = {key: headers[column] for key, column in mapping.items() if 0 <= column < len(headers)}
    with transaction(db):
        set_setting(db, MAPPING_SETTING, json.dumps(chosen, ensure_ascii=False))


def guess_mapping(db: Database, headers: list[str]) -> dict[str, int]:
    """field key -> column index: the remembered header first, else a known header name."""
    folded = [fold(h).rstrip(" :") for h in headers]
    remembered = remembered_mapping(db)
    mapping: dict[str, int] = {}
    for spec in FIELDS:
        wanted = remembered.get(spec.key)
        if wanted is not None and fold(wanted) in folded:
            mapping[spec.key] = folded.index(fold(wanted))
            continue
        for synonym in spec.synonyms:
            if synonym in folded and folded.index(synonym) not in mapping.values():
                mapping[spec.key] = folded.index(synonym)
                break
    return mapping


def check_mapping(mapping: dict[str, int]) -> None:
    missing = [spec.title() for spec in FIELDS if spec.required and spec.key not in mapping]
    if missing:
        raise UserError(tr("Choose the column of: {fields}.").format(fields=", ".join(missing)))
    columns = list(mapping.values())
    if len(set(columns)) != len(columns):
        raise UserError(tr("Each column can be mapped to one field only."))


def raw_rows(sheet: Sheet, mapping: dict[str, int]) -> list[RowResult]:
    rows = []
    for number, values in sheet.rows:
        raw = {
            key: (values[column] if column < len(values) else None)
            for key, column in mapping.items()
        }
        rows.append(RowResult(number, raw))
    return rows


# ---- checking ------------------------------------------------------------------------------


@dataclass
class _Lookups:
    villages: dict[str, str]  # folded name (with and without "thôn ") -> id
    ethnic: dict[str, str]  # folded name / local name / code -> code
    indicators: dict[str, str]  # folded code / name -> code


def _village_keys(name: str) -> list[str]:
    key = fold(name)
    keys = [key]
    for prefix in ("thon ", "ban ", "lang "):
        if key.startswith(prefix):
            keys.append(key[len(prefix) :])
    return keys


def _lookups(db: Database, commune_code: str | None, year: int) -> _Lookups:
    villages: dict[str, str] = {}
    scope, args = commune_is(commune_code)
    for village_id, name in db.execute(
        f"SELECT id, name FROM village WHERE deleted = 0 AND {scope}", args
    ):
        for key in _village_keys(name):
            villages.setdefault(key, village_id)
    ethnic: dict[str, str] = {}
    for code, name, other in reference.ethnic_groups(db.conn):
        ethnic[code] = code
        ethnic[code.lstrip("0")] = code
        for alias in [name, *other.split(";")]:
            if alias.strip():
                ethnic.setdefault(fold(alias), code)
                ethnic.setdefault(fold(alias).replace("-", " "), code)
    indicators: dict[str, str] = {}
    standard = reference.poverty_standard(db.conn, year)
    for code, name, _dimension in reference.poverty_indicators(standard):
        indicators[code] = code
        indicators[fold(name)] = code
    return _Lookups(villages, ethnic, indicators)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _parse(
    row: RowResult, lookups: _Lookups, commune_code: str | None, default_year: int
) -> tuple[households.Household, list[str]]:
    """The household a raw row describes, and what could not be read from its cells."""
    values = row.values
    errors: list[str] = []

    def number(key: str, what: str) -> int | None:
        try:
            return households.parse_whole(values.get(key))
        except ValueError:
            errors.append(
                tr("{field} is not a whole number: {value}").format(
                    field=what, value=_text(values.get(key))
                )
            )
            return None

    village_text = _text(values.get("village"))
    village_id = ""
    if village_text:
        village_id = next(
            (lookups.villages[k] for k in _village_keys(village_text) if k in lookups.villages), ""
        )
        if not village_id:
            errors.append(
                tr("the village {name} is not in the commune's list of villages").format(
                    name=village_text
                )
            )
    birth = values.get("head_birth_year")
    if isinstance(birth, (dt.date, dt.datetime)):
        birth_year = birth.year
    else:
        birth_year = number("head_birth_year", tr("Birth year"))
    gender_text = fold(_text(values.get("head_gender")))
    gender = {"nam": "nam", "nu": "nu", "m": "nam", "f": "nu", "male": "nam", "female": "nu"}.get(
        gender_text
    )
    if gender_text and gender is None:
        errors.append(
            tr("the gender must be Nam or Nữ: {value}").format(value=_text(values["head_gender"]))
        )
    ethnic_text = _text(values.get("ethnicity"))
    ethnic_code = None
    if ethnic_text:
        key = fold(ethnic_text)
        ethnic_code = lookups.ethnic.get(key) or lookups.ethnic.get(key.replace("-", " "))
        if ethnic_code is None:
            errors.append(tr("unknown ethnic group: {value}").format(value=ethnic_text))
    members = number("members", tr("Members"))
    phone_value = values.get("phone")
    phone = _text(phone_value)
    if isinstance(phone_value, (int, float)) and len(phone) == 9:
        phone = "0" + phone  # Excel drops the leading zero of numbers typed as numbers
    year = number("year", tr("Year"))
    income = number("income_per_month", tr("Income per person per month"))
    deprivations = []
    for part in re.split(r"[,;\n]", _text(values.get("deprivations"))):
        part = part.strip()
        if not part:
            continue
        code = lookups.indicators.get(part) or lookups.indicators.get(fold(part))
        if code is None:
            errors.append(tr("unknown indicator: {value}").format(value=part))
        else:
            deprivations.append(code)
    household = households.Household(
        head_name=_text(values.get("head_name")),
        village_id=village_id,
        head_birth_year=birth_year,
        head_gender=gender,
        ethnic_code=ethnic_code,
        members=1 if members is None else members,
        phone=phone or None,
        code=_text(values.get("code")) or None,
        notes=_text(values.get("notes")) or None,
        year=year or default_year,
        income_per_month=income,
        deprivations=deprivations,
        commune_code=commune_code,
    )
    return household, errors


def _stopped() -> UserError:
    return UserError(tr("Stopped; nothing was written."))


def check(
    db: Database,
    rows: list[RowResult],
    commune_code: str | None,
    default_year: int | None = None,
    progress: Progress | None = None,
) -> Report:
    """Parse and validate every row (in place); duplicates in the file and the database refused."""
    year = default_year or dt.date.today().year
    lookups = _lookups(db, commune_code, year)
    seen: dict[tuple[str, str, int | None], int] = {}
    for done, row in enumerate(rows):
        if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, len(rows)):
            raise _stopped()
        row.errors = []
        row.household = None
        household, unreadable = _parse(row, lookups, commune_code, year)
        row.errors.extend(unreadable)
        try:
            clean = households.validate(db, household)
        except ValidationError as exc:
            village_unknown = bool(_text(row.values.get("village")))
            row.errors.extend(
                message.rstrip(".")
                for key, message in exc.errors.items()
                if not (key == "village_id" and village_unknown)
            )
        if row.errors:
            continue
        key = (fold(clean.head_name), clean.village_id, clean.head_birth_year)
        if key in seen:
            row.errors.append(
                tr("the same household as row {number} (name, village, birth year)").format(
                    number=seen[key]
                )
            )
            continue
        seen[key] = row.number
        found = households.duplicates(db, clean)
        if found:
            row.errors.append(
                tr("already registered in this village with the same birth year: {names}").format(
                    names=", ".join(found)
                )
            )
            continue
        row.household = clean
    return Report(rows)


def describe(row: RowResult) -> str:
    """One line `row N: reason` for the CLI and the report."""
    return tr("row {number}: {reason}").format(number=row.number, reason="; ".join(row.errors))


def commit(
    db: Database,
    report: Report,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write every good row in one transaction; refuse everything when a row is bad and not skipped.

    Returns the number of households written.
    """
    if report.bad and not skip_bad:
        raise UserError(
            tr("{count} rows are refused; correct them or choose to skip them.").format(
                count=len(report.bad)
            )
        )
    good = report.good
    if not good:
        raise UserError(tr("There is no row to import."))
    with transaction(db):
        for done, row in enumerate(good):
            if (
                progress is not None
                and done % PROGRESS_EVERY == 0
                and not progress(done, len(good))
            ):
                raise _stopped()  # inside the transaction: everything rolls back
            assert row.household is not None
            households.save(db, row.household)
    return len(good)


def indicator_names(db: Database, year: int) -> list[str]:
    """The indicator names the lacking-indicators column accepts (codes are accepted too)."""
    standard = reference.poverty_standard(db.conn, year)
    return [name for _code, name, _dim in reference.poverty_indicators(standard)]
