"""`ketnghia print …` (PDF documents) and `ketnghia export xlsx …` (spreadsheets), headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import paths
from desktop.documents import printing, xlsx
from desktop.i18n import tr
from desktop.models import reports, store
from desktop.models.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    printer = subparsers.add_parser("print", help=tr("print a document to PDF"))
    kinds = printer.add_subparsers(dest="document", required=True)

    def kind(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = kinds.add_parser(name, help=help_text)
        parser.add_argument("--out", required=True, type=Path, help=tr("PDF file to write"))
        parser.set_defaults(run=run_print)
        return parser

    kind("handover", tr("handover minutes of a receipt")).add_argument("--receipt", required=True)
    kind("receipt-list", tr("household receipt list of a receipt")).add_argument(
        "--receipt", required=True
    )
    kind("needs-report", tr("needs proposal of a year")).add_argument(
        "--year", type=int, required=True
    )
    kind("year-end", tr("year-end report with each sponsor's assessment")).add_argument(
        "--year", type=int, required=True
    )
    kind("needs-summary", tr("hub: the area's needs proposals of a year")).add_argument(
        "--year", type=int, required=True
    )
    periodic = kind("periodic", tr("report of a quarter, half year, 9 months or year"))
    periodic.add_argument("--year", type=int, required=True)
    periodic.add_argument("--period", choices=tuple(reports.PERIODS), required=True)
    kind("survey-sheet", tr("household survey sheet, blank or filled")).add_argument(
        "--household", help=tr("the household's code, id or head's name (empty: a blank sheet)")
    )

    export = subparsers.add_parser("export", help=tr("export a table or report to a spreadsheet"))
    formats = export.add_subparsers(dest="format", required=True)
    sheet = formats.add_parser("xlsx", help=tr("Excel workbook"))
    what = sheet.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--table", choices=(*xlsx.tables(), xlsx.DISTRICT), help=tr("a table of records")
    )
    what.add_argument("--report", choices=xlsx.REPORTS, help=tr("a report's figures"))
    sheet.add_argument("--year", type=int)
    sheet.add_argument(
        "--period",
        choices=tuple(reports.PERIODS),
        help=tr("the period of a periodic report or the district workbook (default: the year)"),
    )
    sheet.add_argument("--commune", help=tr("only this commune's rows (and its predecessors')"))
    sheet.add_argument("--out", required=True, type=Path)
    sheet.set_defaults(run=run_export)


def run_print(args: argparse.Namespace) -> int:
    db = store.open_database(paths.resolve(args.data_dir))
    store.require_station(db)
    request = printing.Request(
        kind=args.document,
        receipt_id=getattr(args, "receipt", None),
        year=getattr(args, "year", None),
        period=getattr(args, "period", None),
        household_id=reports.find_household(db, args.household)
        if getattr(args, "household", None)
        else None,
    )
    printed = printing.render(db, request, args.out)
    print(
        tr("Printed “{title}” ({pages} pages) to {path}.").format(
            title=printed.title, pages=printed.pages, path=printed.path
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    db = store.open_database(paths.resolve(args.data_dir), read_only=True)
    store.require_station(db)
    if args.report:
        if args.year is None:
            raise UserError(tr("Give the report's year with --year."))
        if args.commune is not None:
            raise UserError(tr("--commune applies only to tables, not to reports."))
        exported = xlsx.export_report(
            db, args.report, args.out, year=args.year, period=args.period or "year"
        )
        what = args.report
    else:
        exported = xlsx.export_table(
            db, args.table, args.out, year=args.year, period=args.period, commune_code=args.commune
        )
        what = args.table
    print(
        tr("Exported {rows} rows of {table} to {path}.").format(
            rows=exported.rows, table=what, path=exported.path
        )
    )
    return 0
