"""Finding the table in a sheet as communes keep them: a title block above, a header of one or
two rows (merged cells over sub-columns), a numbering row "(1) (2) …", the data, a totals row and
a signature block below.

`find_table(sheet, name_of)` takes the header row that best matches known column names
(`name_of(header) -> field key or None`, the import's synonym table), or the row the officer
chose; joins a two-row header into one name per column ("Năm sinh — Nam"); converts text typed
with a legacy font column by column (desktop.models.legacy_text); and says which rows it left out
and why. It knows nothing of households: the import of any record uses it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.models import legacy_text
from desktop.models.errors import UserError
from desktop.models.spreadsheet import Cell, SheetData
from desktop.models.text import fold, search_key

HEADER_SEARCH_ROWS = 40
JOIN = " — "

NUMBERING = "numbering"
TOTAL = "total"
SIGNATURE = "signature"
REPEATED_HEADER = "header"
GROUP = "group"


def reason_text(kind: str) -> str:
    return {
        NUMBERING: tr("column numbering row"),
        TOTAL: tr("totals row"),
        SIGNATURE: tr("signature block"),
        REPEATED_HEADER: tr("the header repeated"),
        GROUP: tr("group heading"),
    }[kind]


def key(text: str | None) -> str:
    """A header or label as compared: folded, without spaces, hyphens or punctuation."""
    return re.sub(r"[^0-9a-z]", "", search_key(text))


@dataclass(frozen=True)
class Conversion:
    column: int
    encoding: str
    cells: int


@dataclass
class Table:
    header_row: int  # 1-based number of the (first) header row
    header_rows: int  # 1 or 2
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]  # (1-based row number, cells) of the data
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row number, kind)
    title: list[str] = field(default_factory=list)  # the texts above the header
    conversions: list[Conversion] = field(default_factory=list)
    formulas_without_value: set[tuple[int, int]] = field(default_factory=set)
    groups: list[tuple[int, str]] = field(default_factory=list)  # (row, "Thôn Pà Dồn") headings

    def group_of(self, number: int) -> str | None:
        """The heading of the group row `number` lies in ("I. Thôn Pà Dồn" above it)."""
        found = None
        for row, text in self.groups:
            if row > number:
                break
            found = text
        return found

    def title_year(self) -> int | None:
        """The year a title such as "DANH SÁCH HỘ NGHÈO NĂM 2025" names (not a date line)."""
        for line in self.title:
            folded = fold(line)
            if re.search(r"thang\s*\d*\s*nam", folded):
                continue  # "…, ngày 10 tháng 12 năm 2025" is the date it was signed
            match = re.search(r"\bnam\s+((?:19|20)\d\d)\b", folded)
            if match:
                return int(match.group(1))
        return None


@dataclass(frozen=True)
class Markers:
    """What marks the rows below a table, from the import's resource file."""

    totals: tuple[str, ...]  # keys of "Tổng cộng", "Cộng", …
    signatures: tuple[str, ...]  # keys of "Người lập biểu", "Chủ tịch", …


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _fix_header_cell(text: str) -> str:
    """A header cell typed with a legacy font, in Unicode (one cell: it must read cleanly)."""
    if legacy_text.badness(text) == 0:
        return text
    for encoding in legacy_text.DECODERS:
        converted = legacy_text.convert(text, encoding)
        if legacy_text.badness(converted) == 0:
            return converted
    return text


def _row_texts(rows: list[list[Cell]], index: int, width: int) -> list[str]:
    row = rows[index] if index < len(rows) else []
    return [_fix_header_cell(_text(row[c])) if c < len(row) else "" for c in range(width)]


def _spans(merged: list, row: int) -> dict[int, int]:
    """column -> first column of the horizontal merge it lies in, for merges starting at `row`."""
    spans = {}
    for (first_row, first_col), (last_row, last_col) in merged:
        if first_row == row and last_col > first_col:
            for column in range(first_col, last_col + 1):
                spans[column] = first_col
        del last_row
    return spans


def _joined(sheet: SheetData, index: int, width: int) -> list[str]:
    """One name per column from the header rows `index` and `index + 1`."""
    parents = _row_texts(sheet.rows, index, width)
    children = _row_texts(sheet.rows, index + 1, width)
    spans = _spans(sheet.merged, index)
    names = []
    carried = ""
    for column in range(width):
        parent = parents[column]
        if parent:
            carried = parent if children[column] else ""
        elif column in spans:
            parent = parents[spans[column]]
        elif children[column] and carried:
            parent = carried  # no merge information (.ods, .csv): the parent spans its children
        else:
            carried = ""
        child = children[column]
        if parent and child and parent != child:
            names.append(parent + JOIN + child)
        else:
            names.append(parent or child)
    return names


def _score(names: list[str], name_of: Callable[[str], str | None]) -> int:
    return len({found for found in map(name_of, names) if found})


def _width(sheet: SheetData) -> int:
    return max((len(r) for r in sheet.rows[: HEADER_SEARCH_ROWS + 2]), default=0)


def _header_at(
    sheet: SheetData, index: int, name_of: Callable[[str], str | None]
) -> tuple[int, list[str], int]:
    """(score, names, header rows) of the header starting at row `index` (0-based)."""
    width = _width(sheet)
    single = _row_texts(sheet.rows, index, width)
    best = (_score(single, name_of), single, 1)
    if index + 1 < len(sheet.rows) and not _is_data_like(sheet.rows[index + 1]):
        joined = _joined(sheet, index, width)
        score = _score(joined, name_of)
        if score > best[0]:
            best = (score, joined, 2)
    return best


def _is_data_like(row: list[Cell]) -> bool:
    """A row holding numbers (birth years, amounts) is data, not the second row of a header."""
    return any(isinstance(v, int | float) and not isinstance(v, bool) for v in row)


def find_table(
    sheet: SheetData,
    name_of: Callable[[str], str | None],
    markers: Markers,
    header_row: int | None = None,
) -> Table:
    """The table of `sheet`; `header_row` (1-based) when the officer chose it."""
    non_empty = [i for i, row in enumerate(sheet.rows) if any(_text(v) for v in row)]
    if not non_empty:
        raise UserError(tr("The sheet {sheet} is empty.").format(sheet=sheet.name))
    if header_row is not None:
        if not 1 <= header_row <= len(sheet.rows) or not any(
            _text(v) for v in sheet.rows[header_row - 1]
        ):
            raise UserError(
                tr(
                    "Row {number} of the sheet is empty or does not exist; choose the header row."
                ).format(number=header_row)
            )
        score, names, count = _header_at(sheet, header_row - 1, name_of)
        index = header_row - 1
    else:
        index, (score, names, count) = non_empty[0], _header_at(sheet, non_empty[0], name_of)
        for i in non_empty[1:]:
            if i >= HEADER_SEARCH_ROWS:
                break
            found = _header_at(sheet, i, name_of)
            if found[0] > score:
                index, (score, names, count) = i, found
    title = [
        " ".join(_fix_header_cell(_text(v)) for v in sheet.rows[i] if _text(v))
        for i in non_empty
        if i < index
    ]
    table = Table(index + 1, count, names, [], title=title)
    table.formulas_without_value = sheet.formulas_without_value
    header_texts = _row_texts(sheet.rows, index, len(names))
    in_signature = False
    for i in range(index + count, len(sheet.rows)):
        row = sheet.rows[i]
        texts = [_text(v) for v in row]
        filled = [t for t in texts if t]
        if not filled:
            continue
        number = i + 1
        if in_signature or _is_signature(filled, markers):
            in_signature = True
            table.skipped.append((number, SIGNATURE))
        elif _is_numbering(filled):
            table.skipped.append((number, NUMBERING))
        elif _is_total(filled, markers):
            table.skipped.append((number, TOTAL))
        elif texts[: len(header_texts)] == header_texts:
            table.skipped.append((number, REPEATED_HEADER))
        elif (heading := _group_heading(row)) is not None:
            table.skipped.append((number, GROUP))
            table.groups.append((number, heading))
        else:
            table.rows.append((number, list(row)))
    _convert_legacy(table)
    return table


_ORDINAL = re.compile(r"^(?:[IVXLC]+|\d{1,3}|[A-Za-z])[.)]?$")


def _group_heading(row: list[Cell]) -> str | None:
    """ "I. Thôn Pà Dồn" in a row of its own above the households of a group: its text without
    the ordinal; None for any other row."""
    filled = [v for v in row if _text(v)]
    if len(filled) == 2 and _ORDINAL.match(_text(filled[0])):
        filled = filled[1:]
    if len(filled) != 1 or not isinstance(filled[0], str):
        return None
    text = re.sub(r"^(?:[IVXLC]+|\d{1,3}|[A-Za-z])[.)]\s+", "", _text(filled[0]))
    return text if len(text) >= 2 and not text.replace(".", "").isdigit() else None


_NUMBER_MARK = re.compile(r"^\(?\s*(\d{1,2}|[A-Za-z])\s*\)?$")


def _is_numbering(filled: list[str]) -> bool:
    """ "(1) (2) … (10)" or "A B 1 2 …" under the header: column numbers, not a household."""
    if len(filled) < 3:
        return False
    marks = [_NUMBER_MARK.match(t) for t in filled]
    if not all(marks):
        return False
    numbers = [int(m.group(1)) for m in marks if m and m.group(1).isdigit()]
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _is_total(filled: list[str], markers: Markers) -> bool:
    return any(
        t[:1] in "TtCc" and (key(t) in markers.totals or key(t).startswith("tongcong"))
        for t in filled[:2]
    )


def _is_signature(filled: list[str], markers: Markers) -> bool:
    if len(filled) > 4:
        return False
    for text in filled:
        folded = fold(text)
        if re.search(r"ngay\s*[\d.…]*\s*thang\s*[\d.…]*\s*nam", folded):
            return True
        if any(key(text).startswith(marker) for marker in markers.signatures):
            return True
    return False


def _convert_legacy(table: Table) -> None:
    """Text typed with TCVN3 or VNI fonts, column by column, in Unicode (in place)."""
    width = max((len(cells) for _n, cells in table.rows), default=0)
    for column in range(width):
        texts = [
            value
            for _n, cells in table.rows
            for value in cells[column : column + 1]
            if isinstance(value, str)
        ]
        found = legacy_text.detect(texts)
        if found is None:
            continue
        converted = 0
        for _n, cells in table.rows:
            value = cells[column] if column < len(cells) else None
            if isinstance(value, str):
                new = legacy_text.convert(value, found.encoding)
                if new != value:
                    cells[column] = new
                    converted += 1
        if converted:
            table.conversions.append(Conversion(column, found.encoding, converted))


def year_of(value: Cell) -> int | None:
    """The year of a date cell or of "dd/mm/yyyy" text, None when it is neither."""
    if isinstance(value, dt.date | dt.datetime):
        return value.year
    if isinstance(value, str):
        match = re.fullmatch(r"\s*\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)\s*", value)
        if match:
            return int(match.group(1))
    return None


def ranges(numbers: list[int]) -> str:
    """[5, 6, 7, 9] -> "5–7, 9"."""
    parts = []
    start = previous = None
    for n in sorted(numbers):
        if start is None:
            start = previous = n
        elif previous is not None and n == previous + 1:
            previous = n
        else:
            parts.append(f"{start}" if start == previous else f"{start}–{previous}")
            start = previous = n
    if start is not None:
        parts.append(f"{start}" if start == previous else f"{start}–{previous}")
    return ", ".join(parts)
