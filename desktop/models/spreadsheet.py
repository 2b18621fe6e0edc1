"""One reader for every spreadsheet a commune has: .xlsx, .xlsm, .xls, .ods (python-calamine)
and .csv (charset-normalizer, with Windows-1258 and UTF-16 handled).

`open_book(path)` names the sheets; `read(book, name)` gives a `SheetData`: every row from the
sheet's first row (so a row's index + 1 is its number in the sheet), the merged ranges, and the
cells holding a formula whose value was never computed (a file written by a program other than a
spreadsheet). Every cell is a str (NFC), float, int, bool, date or None. A damaged file, a
password-protected one, a missing sheet: one sentence, as a UserError.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from desktop.i18n import tr
from desktop.models import legacy_text
from desktop.models.errors import UserError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt")
SUFFIXES = SPREADSHEET_SUFFIXES + TEXT_SUFFIXES
MAX_ROWS = 200_000
MAX_CSV_BYTES = 200 * 1024 * 1024
CHOICE_SAMPLE = 200_000  # characters read to choose between Windows-1258 and -1252
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

Cell = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Merged = tuple[tuple[int, int], tuple[int, int]]  # (first row, first col), (last row, last col)


@dataclass
class SheetData:
    name: str
    rows: list[list[Cell]]  # rows[i] is sheet row i + 1
    merged: list[Merged] = field(default_factory=list)
    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)  # (row0, col0)


@dataclass
class Book:
    path: Path
    kind: str  # "spreadsheet" or "csv"
    sheet_names: list[str]
    encoding: str | None = None  # csv: the text encoding found
    _workbook: Any = None
    _text: str | None = None


def cell_name(row: int, column: int) -> str:
    """(row0, col0) -> "C12"."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _damaged(path: Path) -> UserError:
    return UserError(
        tr(
            "The file {name} is damaged or is not a spreadsheet (.xlsx, .xlsm, .xls, .ods, .csv) "
            "that can be read."
        ).format(name=path.name)
    )


def _password(path: Path) -> UserError:
    return UserError(
        tr(
            "The file {name} is protected by a password; open it in Excel, remove the password "
            "(File → Info → Protect Workbook) and save it, then import it again."
        ).format(name=path.name)
    )


def _encrypted_ooxml(path: Path) -> bool:
    """An .xlsx saved with a password is an OLE file holding an "EncryptedPackage" stream."""
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    return head.startswith(_CFB_MAGIC) and _ENCRYPTED_PACKAGE in head


def open_book(path: Path) -> Book:
    import python_calamine

    path = Path(path)
    if not path.is_file():
        raise UserError(tr("The file {name} does not exist.").format(name=path))
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        text, encoding = _decode_csv(path)
        return Book(path, "csv", [path.stem], encoding, _text=text)
    if path.stat().st_size == 0:
        raise _damaged(path)
    if _encrypted_ooxml(path):
        raise _password(path)
    try:
        with path.open("rb") as handle:
            workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError as exc:
        raise _password(path) from exc
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise _password(path) from exc
        raise _damaged(path) from exc
    return Book(path, "spreadsheet", list(workbook.sheet_names), _workbook=workbook)


def read(book: Book, name: str | None = None) -> SheetData:
    """The sheet `name` of `book` (the first when None)."""
    if name is None:
        name = book.sheet_names[0]
    if name not in book.sheet_names:
        raise UserError(
            tr("The workbook has no sheet named {sheet}; its sheets: {sheets}.").format(
                sheet=name, sheets=", ".join(book.sheet_names)
            )
        )
    if book.kind == "csv":
        return SheetData(name, _csv_rows(book.path, book._text or ""))
    import python_calamine

    try:
        sheet = book._workbook.get_sheet_by_name(name)
        if sheet.total_height > MAX_ROWS:
            raise _too_many()
        # rows start at the sheet's first row, but columns at its first used column
        pad = [None] * (sheet.start[1] if sheet.start else 0)
        rows = [pad + [_cell(v) for v in row] for row in sheet.iter_rows()]
        merged = list(sheet.merged_cell_ranges or [])
    except python_calamine.PasswordError as exc:
        raise _password(book.path) from exc
    except (python_calamine.CalamineError, ValueError) as exc:
        raise _damaged(book.path) from exc
    formulas = set()
    if book.path.suffix.lower() in (".xlsx", ".xlsm") or zipfile.is_zipfile(book.path):
        formulas = _formulas_without_value(book.path, name)
    return SheetData(name, rows, merged, formulas)


def _too_many() -> UserError:
    return UserError(
        tr("The sheet has more than {count} rows; split it into smaller files.").format(
            count=MAX_ROWS
        )
    )


def _cell(value: Any) -> Cell:
    if isinstance(value, str):
        if not value.strip():
            return None
        return unicodedata.normalize("NFC", value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


# ---- csv ---------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SINGLE_BYTE = re.compile(r"^(cp|windows|iso8859|latin|mac|koi8|ptcp|tis|kz)", re.IGNORECASE)


def _decode_csv(path: Path) -> tuple[str, str]:
    """The text of a .csv file and the encoding it was written in."""
    if path.stat().st_size > MAX_CSV_BYTES:
        raise _too_many()
    data = path.read_bytes()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(path, data, encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        encoding = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        return _decoded(path, data, encoding), encoding
    import charset_normalizer

    guess = charset_normalizer.from_bytes(data[: 1024 * 1024]).best()
    if guess is not None and not _SINGLE_BYTE.match(guess.encoding.replace("_", "")):
        return _decoded(path, data, guess.encoding), guess.encoding
    # A Vietnamese office writes Windows-1258 (tone marks as combining characters) or, with a
    # legacy font, Windows-1252 bytes that legacy_text converts later: the one that reads as
    # Vietnamese wins.
    options = []
    for encoding in ("cp1258", "cp1252"):
        try:
            text = unicodedata.normalize("NFC", data.decode(encoding))
        except UnicodeDecodeError:
            continue
        sample = text[:CHOICE_SAMPLE]
        bad = min(
            legacy_text.badness(sample),
            *(legacy_text.badness(decode(sample)) for decode in legacy_text.DECODERS.values()),
        )
        options.append((bad, encoding, text))
    if not options:
        raise _damaged(path)
    _bad, encoding, text = min(options, key=lambda option: option[0])
    return text, encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    return len(sample) >= 4 and sample.count(0) * 3 >= len(sample)


def _decoded(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise _damaged(path) from exc


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of fields most often
    (a comma inside a title or a date line does not make a file comma-separated)."""
    lines = text.splitlines()[:60]
    best, best_score = ",", -1
    for delimiter in (",", ";", "\t"):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        widths = [c for c in counts if c > 1]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = widths.count(common) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(path: Path, text: str) -> list[list[Cell]]:
    rows = []
    try:
        for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text)):
            rows.append([_cell(v) for v in row])
            if len(rows) > MAX_ROWS:
                raise _too_many()
    except csv.Error as exc:
        raise _damaged(path) from exc
    return rows


# ---- formulas without a computed value ----------------------------------------------------------


def _formulas_without_value(path: Path, name: str) -> set[tuple[int, int]]:
    """Cells of sheet `name` with a formula and no cached value (an .xlsx written by a program
    that does not compute formulas: the value is not in the file)."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, name)
            if part is None or not _has_formula(archive, part):
                return set()
            found = set()
            with archive.open(part) as handle:
                for _event, element in ElementTree.iterparse(handle):
                    if element.tag != _MAIN_NS + "c":
                        continue
                    formula = element.find(_MAIN_NS + "f")
                    value = element.find(_MAIN_NS + "v")
                    inline = element.find(_MAIN_NS + "is")
                    if (
                        formula is not None
                        and (value is None or not (value.text or "").strip())
                        and inline is None
                    ):
                        found.add(_parse_ref(element.get("r", "")))
                    element.clear()
            found.discard((-1, -1))
            return found
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return set()


def _sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    for sheet in workbook.iter(_MAIN_NS + "sheet"):
        if sheet.get("name") == name:
            target = targets.get(sheet.get(_REL_NS + "id"), "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


def _has_formula(archive: zipfile.ZipFile, part: str) -> bool:
    with archive.open(part) as handle:
        tail = b""
        while chunk := handle.read(1 << 20):
            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                return True
            tail = chunk[-4:]
    return False


def _parse_ref(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    if not match:
        return (-1, -1)
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)) - 1, column - 1
