"""Excel workbooks (openpyxl) of every table and report: Vietnamese headers, number and date
formats, a frozen header row with filters, column widths, and a "Tổng cộng" row of totals.

Each record type declares its table's title, query and columns (desktop.models.records); the
rows come through desktop.models.exports. Totals are values computed from the rows written, so a
reader without formula evaluation (openpyxl, LibreOffice in a hurry) sees the same figures as the
database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.documents.files import atomic_target
from desktop.documents.printing import check_station_prints
from desktop.i18n import tr
from desktop.models import (
    area,
    area_reports,
    district,
    exports,
    livelihood,
    needs,
    records,
    reference,
    reports,
    store,
)
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.models.records import Column
from desktop.models.text import fold

MONEY = "#,##0"
INTEGER = "#,##0"
DECIMAL = "#,##0.00"
DATE = "DD/MM/YYYY"
YEAR = "0"  # 1985, not 1.985
FONT_NAME = "Times New Roman"
TOTAL_LABEL = "Tổng cộng"


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: list[Sequence[object]] = field(default_factory=list)


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    totals: dict[str, float]


# ---- tables ----------------------------------------------------------------------------------
# Each record type declares its export (title, query, columns with the words for their codes)
# with the record type itself: desktop.models.records.

DISTRICT = "district"  # the hub's workbook: sponsor, category and needs by commune


def tables() -> tuple[str, ...]:
    """The record tables that export; DISTRICT is a workbook of figures."""
    return tuple(records.exports())


def converted(export: records.Export, row: Sequence[object]) -> Sequence[object]:
    """A row of the export with its codes in words."""
    return [
        column.words.get(value, value) if column.words is not None else value
        for column, value in zip(export.columns, row, strict=True)
    ]


COMMUNE_COLUMNS = [Column("Xã", width=24), Column("Mã xã")]


def check_commune(db: Database, commune_code: str | None) -> str | None:
    """`commune_code` if this station holds that commune (a hub: its area), else a UserError."""
    if commune_code is None:
        return None
    code = commune_code.strip()
    found = reference.unit(db.conn, code)
    if found is None or found.level != "commune":
        raise UserError(tr("No commune has the code {code}.").format(code=code))
    own = store.unit_code(db) or ""
    if store.role(db) == "hub":
        if code not in {c.code for c in area.area(db)} | area.held_codes(db):
            raise UserError(
                tr("{name} is not a commune of this hub's area.").format(name=found.name)
            )
    elif not reference.same_commune(db.conn, code, own):
        raise UserError(tr("This station holds only its own commune's records."))
    return code


def table_sheet(
    db: Database, table: str, year: int | None = None, commune_code: str | None = None
) -> Sheet:
    """The rows of one table (one year's when `year` is given and the table has years; one
    commune's with `commune_code`). On a hub the commune's name and code come first."""
    spec = records.export(table)
    if spec is None:
        raise UserError(
            tr("Unknown table {table}; use one of {tables}.").format(
                table=table, tables=", ".join((*tables(), DISTRICT))
            )
        )
    hub = store.role(db) == "hub"
    code = check_commune(db, commune_code)
    found = exports.table_rows(db, spec, year, commune_code=code, with_commune=hub)
    columns = list(spec.columns)
    if hub:
        names = _commune_names(db, {row[0] for row in found})
        rows = [(names.get(row[0], ""), row[0] or "", *converted(spec, row[1:])) for row in found]
        columns = [*COMMUNE_COLUMNS, *columns]
    else:
        rows = [converted(spec, row) for row in found]
    by_year = year is not None and spec.year_condition is not None
    title = spec.title + (f" năm {year}" if by_year else "")
    if code is not None:
        title += f" - {_commune_names(db, {code})[code]}"
    return Sheet(title, columns, rows)


def _commune_names(db: Database, codes: set[str | None]) -> dict[str | None, str]:
    names: dict[str | None, str] = {}
    for code in codes:
        unit = reference.unit(db.conn, code) if code else None
        names[code] = unit.name if unit else (code or "")
    return names


# ---- the district workbook -----------------------------------------------------------------


def period_code(period: str, year: int) -> str:
    """ "Q2-2026", "6T-2026", "2026": short enough for a sheet's name (31 characters)."""
    short = {"h1": "6T", "9m": "9T", "year": ""}.get(period, period.upper())
    return f"{short}-{year}" if short else str(year)


def district_sheets(db: Database, year: int, period: str = "year") -> list[Sheet]:
    """Sponsor × commune and category × commune (value received in the period) and needs of the
    year by status × commune, each commune a column with the predecessors' records in it."""
    table = district.by_commune_tables(db, year, period)
    communes = table.communes
    heads = [Column(name, "money", total=True, width=16) for _, name in communes]
    count_heads = [Column(name, "int", total=True, width=14) for _, name in communes]
    sheets = []
    for title, label, matrix, kind in (
        ("Đơn vị theo xã", "Đơn vị kết nghĩa", table.by_sponsor, heads),
        ("Nội dung theo xã", "Nội dung hỗ trợ", table.by_category, heads),
        ("Nhu cầu theo xã", f"Trạng thái (nhu cầu năm {year})", table.needs_by_status, count_heads),
    ):
        total_kind = "money" if kind is heads else "int"
        columns = [Column(label, width=34), *kind, Column("Cộng", total_kind, total=True)]
        rows = [
            [name, *(values.get(code, 0) for code, _ in communes), sum(values.values())]
            for name, values in matrix
        ]
        sheets.append(Sheet(f"{title} {period_code(period, year)}", columns, rows))
    return sheets


# ---- the hub's reports: a row per commune of the area, with totals ------------------------------


def area_period_sheets(figures: area_reports.AreaPeriod) -> list[Sheet]:
    """The area's periodic report: every commune of the area (those with nothing in the period
    at zero), each sponsor once across its communes, each content of support."""
    by_commune = Sheet(
        f"Theo xã {period_code(figures.period, figures.year)}",
        [
            *COMMUNE_COLUMNS,
            Column("Nhu cầu đề xuất", "int", total=True),
            Column("Kinh phí dự kiến (đồng)", "money", total=True),
            Column("Đã đáp ứng", "int", total=True),
            Column("Lượt tiếp nhận", "int", total=True),
            Column("Giá trị tiếp nhận (đồng)", "money", total=True),
            Column("Hộ được hỗ trợ", "int", total=True),
            Column("Mô hình", "int", total=True),
        ],
        [
            [
                c.name,
                c.code,
                *(
                    (
                        c.figures.needs_total,
                        c.figures.needs_cost,
                        c.figures.needs_fulfilled,
                        c.figures.receipts,
                        c.figures.total_value,
                        c.figures.households_reached,
                        c.figures.models,
                    )
                    if c.figures
                    else (0,) * 7
                ),
            ]
            for c in figures.communes
        ],
    )
    by_sponsor = Sheet(
        "Theo đơn vị",
        [
            Column("Đơn vị kết nghĩa", width=34),
            Column("Hỗ trợ các xã", width=40),
            Column("Lượt", "int", total=True),
            Column("Giá trị (đồng)", "money", total=True),
        ],
        [[s.name, ", ".join(s.communes), s.receipts, s.value] for s in figures.sponsors],
    )
    by_category = Sheet(
        "Theo nội dung",
        [
            Column("Nội dung hỗ trợ", width=40),
            Column("Lượt", "int", total=True),
            Column("Giá trị (đồng)", "money", total=True),
        ],
        [[s.name, s.count, s.value] for s in figures.categories],
    )
    return [by_commune, by_sponsor, by_category]


def area_needs_sheets(communes: list[area_reports.CommuneNeeds], year: int) -> list[Sheet]:
    """The summary of the communes' needs proposals: a row per commune (those that sent nothing
    at zero), then every need with its commune."""
    by_commune = Sheet(
        f"Theo xã {year}",
        [
            *COMMUNE_COLUMNS,
            Column("Ngày gửi", "date"),
            Column("Số nhu cầu", "int", total=True),
            Column("Số hộ hưởng lợi", "int", total=True),
            Column("Kinh phí dự kiến (đồng)", "money", total=True),
        ],
        [
            [
                c.name,
                c.code,
                c.proposal.sent_on if c.proposal and c.proposal.sent_on else None,
                len(c.needs.lines) if c.needs else 0,
                c.needs.total_households if c.needs else 0,
                c.needs.total_cost if c.needs else 0,
            ]
            for c in communes
        ],
    )
    lines = needs_report_sheets(reports.NeedsReport(year, []))[0]
    details = Sheet(
        f"Nhu cầu năm {year}",
        [*COMMUNE_COLUMNS, *lines.columns],
        [
            [c.name, c.code, *row]
            for c in communes
            if c.needs
            for row in needs_report_sheets(c.needs)[0].rows
        ],
    )
    return [by_commune, details]


def area_year_end_sheets(
    judged: list[area_reports.SponsorJudgement], year: int, communes_of_area: list[area.AreaCommune]
) -> list[Sheet]:
    """The year-end report: a row per commune of the area (what its sponsors did there, zero
    where none worked), each sponsor once across its communes, and each sponsor in each commune
    with the commune's rating."""
    figures_columns = [
        Column("Giá trị (đồng)", "money", total=True),
        Column("Hộ nghèo được giúp", "int", total=True),
        Column("Mô hình", "int", total=True),
    ]
    communes = {c.code: [c.name, c.code, 0, 0, 0, 0] for c in communes_of_area}
    pairs = []
    for item in judged:
        ratings = {commune: rating for commune, rating, _ in item.words}
        for c in item.across.communes:
            f = c.figures
            row = communes.setdefault(c.commune_code, [c.commune, c.commune_code, 0, 0, 0, 0])
            row[2] += 1
            row[3] += f.total_value
            row[4] += f.poor_households_helped
            row[5] += f.models
            pairs.append(
                [
                    item.across.name,
                    c.commune,
                    c.commune_code,
                    f.total_value,
                    f.poor_households_helped,
                    f.models,
                    f"{c.targets_met}/{len(f.targets)}",
                    ratings.get(c.commune, ""),
                ]
            )
    by_commune = Sheet(
        f"Theo xã {year}",
        [*COMMUNE_COLUMNS, Column("Số đơn vị kết nghĩa", "int"), *figures_columns],
        sorted(communes.values(), key=lambda r: fold(str(r[0]))),
    )
    by_sponsor = Sheet(
        "Theo đơn vị",
        [
            Column("Đơn vị kết nghĩa", width=34),
            Column("Số xã", "int"),
            *figures_columns,
            Column("Chỉ tiêu đạt"),
            Column("Đề nghị khen thưởng", "bool"),
        ],
        [
            [
                a.name,
                len(a.communes),
                a.total_value,
                a.poor_households_helped,
                a.models,
                f"{a.targets_met}/{a.targets}",
                item.proposed_for_commendation,
            ]
            for item in judged
            for a in (item.across,)
        ],
    )
    pairs_sheet = Sheet(
        "Đơn vị theo xã",
        [
            Column("Đơn vị kết nghĩa", width=34),
            *COMMUNE_COLUMNS,
            *figures_columns,
            Column("Chỉ tiêu đạt"),
            Column("Xếp loại của xã"),
        ],
        pairs,
    )
    return [by_commune, by_sponsor, pairs_sheet]


# ---- reports ------------------------------------------------------------------------------------


def needs_report_sheets(report: reports.NeedsReport) -> list[Sheet]:
    columns = [
        Column("Lĩnh vực", width=30),
        Column("Nội dung đề xuất", width=40),
        Column("Địa bàn hưởng lợi", width=28),
        Column("Số hộ hưởng lợi", "int"),
        Column("ĐVT"),
        Column("Số lượng", "qty"),
        Column("Kinh phí dự kiến (đồng)", "money", total=True),
        Column("Ưu tiên"),
        Column("Đơn vị kết nghĩa", width=28),
    ]
    rows = [
        [
            line.category,
            line.description,
            ", ".join(line.villages),
            line.households,
            line.unit,
            line.quantity,
            line.estimated_cost,
            needs.PRIORITY_WORDS.get(line.priority, line.priority),
            line.sponsor_name,
        ]
        for line in report.lines
    ]
    return [Sheet(f"Đề xuất nhu cầu năm {report.year}", columns, rows)]


def period_sheets(figures: reports.PeriodFigures) -> list[Sheet]:
    receipts = Sheet(
        "Tiếp nhận",
        [
            Column("Ngày", "date"),
            Column("Đơn vị", width=30),
            Column("Lĩnh vực", width=28),
            Column("Hình thức"),
            Column("Nội dung", width=36),
            Column("Số hộ", "int"),
            Column("Giá trị (đồng)", "money", total=True),
            Column("Biên bản số"),
        ],
        [
            [
                r.received_on,
                r.sponsor_name,
                r.category,
                r.resource_kind,
                r.description,
                r.households,
                r.value,
                r.minutes_number,
            ]
            for r in figures.receipts
        ],
    )
    subtotal_columns = [
        Column("Tên", width=40),
        Column("Số lượt", "int", total=True),
        Column("Giá trị (đồng)", "money", total=True),
    ]
    by_sponsor = Sheet(
        "Theo đơn vị", subtotal_columns, [[s.name, s.count, s.value] for s in figures.by_sponsor]
    )
    by_category = Sheet(
        "Theo lĩnh vực", subtotal_columns, [[s.name, s.count, s.value] for s in figures.by_category]
    )
    models = Sheet(
        "Mô hình",
        [
            Column("Tên mô hình", width=34),
            Column("Loại hình"),
            Column("Đơn vị hỗ trợ", width=28),
            Column("Tình trạng"),
            Column("Thôn"),
            Column("Số hộ", "int", total=True),
        ],
        [
            [
                m.name,
                m.kind,
                m.sponsor_name,
                livelihood.STATUS_WORDS.get(m.status, m.status),
                m.village,
                m.households,
            ]
            for m in figures.models
        ],
    )
    return [receipts, by_sponsor, by_category, models]


def year_end_sheets(report: reports.YearEndReport) -> list[Sheet]:
    rows = []
    for item in report.sponsors:
        f = item.figures
        rows.append(
            [
                f.sponsor_name,
                f.receipts,
                f.total_value,
                f.gift_value,
                f.poor_households_helped,
                f.models,
                f.needs_fulfilled,
                f.needs_proposed,
                sum(1 for t in f.targets if t.met),
                len(f.targets),
                f.eligible,
                "; ".join(f.reasons),
                item.rating,
                item.comments,
            ]
        )
    assessed = Sheet(
        "Đánh giá đơn vị",
        [
            Column("Đơn vị kết nghĩa", width=36),
            Column("Số lượt", "int", total=True),
            Column("Tổng giá trị (đồng)", "money", total=True),
            Column("Thăm hỏi, tặng quà (đồng)", "money", total=True),
            Column("Hộ nghèo được giúp", "int", total=True),
            Column("Số mô hình", "int", total=True),
            Column("Nhu cầu đáp ứng", "int", total=True),
            Column("Nhu cầu đề xuất", "int", total=True),
            Column("Chỉ tiêu đạt", "int"),
            Column("Số chỉ tiêu", "int"),
            Column("Đủ điều kiện khen thưởng", "bool"),
            Column("Lý do", width=40),
            Column("Xếp loại"),
            Column("Nhận xét", width=40),
        ],
        rows,
    )
    return [*period_sheets(report.figures), assessed]


# ---- writing ----------------------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")


def _cell_value(column: Column, value: object) -> object:
    if value is None or value == "":
        return None
    if column.kind == "date":
        if isinstance(value, str):
            return dt.date.fromisoformat(value[:10])
        return value
    if column.kind == "bool":
        return "Có" if value else "Không"
    if column.kind in ("int", "year", "money") and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _format(column: Column, values: list[object]) -> str | None:
    if column.kind == "date":
        return DATE
    if column.kind == "money":
        return MONEY
    if column.kind == "int":
        return INTEGER
    if column.kind == "year":
        return YEAR
    if column.kind == "qty":
        numbers = [v for v in values if isinstance(v, int | float)]
        return INTEGER if all(float(v).is_integer() for v in numbers) else DECIMAL
    return None


def _width(column: Column, values: list[object]) -> float:
    if column.width is not None:
        return column.width
    longest = max(
        [len(column.header) * 0.8]
        + [
            len(v.strftime("%d/%m/%Y"))
            if isinstance(v, dt.date)
            else len(f"{v:,}")
            if isinstance(v, int | float)
            else len(str(v))
            for v in values
            if v is not None
        ],
    )
    return min(max(8.0, longest + 2), 50.0)


def _write_sheet(workbook: Workbook, sheet: Sheet, first: bool) -> dict[str, float]:
    ws = workbook.active if first else workbook.create_sheet()
    ws.title = sheet.title[:31].replace("/", "-")
    columns = list(sheet.columns)
    ws.append([c.header for c in columns])
    for cell in ws[1]:
        cell.font = Font(name=FONT_NAME, bold=True, size=12)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BORDER
    values_by_column: list[list[object]] = [[] for _ in columns]
    for row in sheet.rows:
        cells = [_cell_value(c, v) for c, v in zip(columns, row, strict=True)]
        for i, value in enumerate(cells):
            values_by_column[i].append(value)
        ws.append(cells)
    totals: dict[str, float] = {}
    if any(c.total for c in columns):
        total_row: list[object] = [TOTAL_LABEL] + [None] * (len(columns) - 1)
        last = len(sheet.rows) + 1
        for i, column in enumerate(columns):
            if column.total:
                total = sum(v for v in values_by_column[i] if isinstance(v, int | float))
                totals[column.header] = total
                # SUBTOTAL(9, …) sums only the rows a filter leaves visible
                letter = get_column_letter(i + 1)
                total_row[i] = f"=SUBTOTAL(9,{letter}2:{letter}{last})"
        if columns[0].total:
            # the label needs the first cell: the first column's total moves under its header
            total_row[0] = totals[columns[0].header]
        ws.append(total_row)
        for cell in ws[ws.max_row]:
            cell.font = Font(name=FONT_NAME, bold=True, size=12)
    body_font = Font(name=FONT_NAME, size=12)
    for i, column in enumerate(columns, start=1):
        number_format = _format(column, values_by_column[i - 1])
        letter = get_column_letter(i)
        for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
            if not cell.font.bold:
                cell.font = body_font
            cell.border = BORDER
            if number_format:
                cell.number_format = number_format
        ws.column_dimensions[letter].width = _width(column, values_by_column[i - 1])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(sheet.rows) + 1}"
    ws.row_dimensions[1].height = 32
    _print_setup(
        ws,
        sum(ws.column_dimensions[get_column_letter(i)].width for i in range(1, len(columns) + 1)),
    )
    return totals


PORTRAIT_WIDTH = 95  # column widths (characters) an A4 portrait page holds at a readable size


def _print_setup(ws, width: float) -> None:  # noqa: ANN001 - an openpyxl worksheet
    """A4, landscape when wide, fitted to the page width, the header row on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.print_title_rows = "1:1"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def write_workbook(sheets: Sequence[Sheet], out: Path) -> Exported:
    """Write `sheets` into one workbook at `out` (atomically); rows and totals written."""
    workbook = Workbook()
    totals: dict[str, float] = {}
    for i, sheet in enumerate(sheets):
        for header, total in _write_sheet(workbook, sheet, i == 0).items():
            totals[f"{sheet.title}: {header}" if i else header] = total
    with atomic_target(out) as tmp:
        workbook.save(tmp)
    return Exported(Path(out).absolute(), sum(len(s.rows) for s in sheets), totals)


def export_table(
    db: Database,
    table: str,
    out: Path,
    *,
    year: int | None = None,
    period: str | None = None,
    commune_code: str | None = None,
) -> Exported:
    if table == DISTRICT:
        if store.role(db) != "hub":
            raise UserError(tr("Only a district or city hub exports the district workbook."))
        if year is None:
            raise UserError(tr("Give the year of the district workbook (--year)."))
        return write_workbook(district_sheets(db, year, period or "year"), out)
    if period is not None:
        raise UserError(tr("A period applies only to the district workbook."))
    sheet = table_sheet(db, table, year, commune_code)
    if not sheet.rows and year is not None:
        raise UserError(
            tr("The table {table} has no rows for {year}.").format(table=table, year=year)
        )
    return write_workbook([sheet], out)


REPORTS = ("needs-report", "needs-summary", "periodic", "year-end")  # those a workbook holds


def export_report(
    db: Database, kind: str, out: Path, *, year: int, period: str = "year"
) -> Exported:
    """A report's figures as a workbook: kind "needs-report", "periodic" or "year-end" (a hub:
    "needs-summary", "periodic" or "year-end" of its area, a row per commune)."""
    if kind in REPORTS:
        check_station_prints(db, kind)  # a hub's reports are of its area, a commune's its own
    if store.role(db) == "hub" and kind in REPORTS:
        if kind == "periodic":
            sheets = area_period_sheets(area_reports.area_period(db, year, period))
        elif kind == "needs-summary":
            sheets = area_needs_sheets(area_reports.needs_summary(db, year), year)
        else:
            sheets = area_year_end_sheets(area_reports.year_end(db, year), year, area.area(db))
        return write_workbook(sheets, out)
    if kind == "needs-report":
        sheets = needs_report_sheets(reports.needs_of_year(db, year))
    elif kind == "periodic":
        sheets = period_sheets(reports.period_figures(db, year, period))
    elif kind == "year-end":
        sheets = year_end_sheets(reports.year_end(db, year))
    else:
        raise UserError(
            tr("Only reports export to a workbook; {kind} is not one.").format(kind=kind)
        )
    return write_workbook(sheets, out)
