"""`ketnghia print …` (PDF documents) and `ketnghia export xlsx …` (spreadsheets), headless."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import paths
from desktop.documents import printing, xlsx
from desktop.i18n import tr
from desktop.models import reports, store


def register(subparsers: argparse._SubParsersAction) -> None:
    printer = subparsers.add_parser("print", help="print a document to PDF")
    kinds = printer.add_subparsers(dest="document", required=True)

    def kind(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = kinds.add_parser(name, help=help_text)
        parser.add_argument("--out", required=True, type=Path, help="PDF file to write")
        parser.set_defaults(run=run_print)
        return parser

    kind("handover", "handover minutes of a receipt").add_argument("--receipt", required=True)
    kind("receipt-list", "household receipt list of a receipt").add_argument(
        "--receipt", required=True
    )
    kind("needs-report", "needs proposal of a year").add_argument("--year", type=int, required=True)
    kind("year-end", "year-end report with each sponsor's assessment").add_argument(
        "--year", type=int, required=True
    )
    kind("needs-summary", "hub: the area's needs proposals of a year").add_argument(
        "--year", type=int, required=True
    )
    periodic = kind("periodic", "report of a quarter, half year, 9 months or year")
    periodic.add_argument("--year", type=int, required=True)
    periodic.add_argument("--period", choices=tuple(reports.PERIODS), required=True)
    kind("survey-sheet", "household survey sheet, blank or filled").add_argument("--household")

    export = subparsers.add_parser("export", help="export a table or report to a spreadsheet")
    formats = export.add_subparsers(dest="format", required=True)
    sheet = formats.add_parser("xlsx", help="Excel workbook")
    sheet.add_argument("--table", required=True, choices=(*xlsx.TABLES, xlsx.DISTRICT))
    sheet.add_argument("--year", type=int)
    sheet.add_argument("--period", choices=tuple(reports.PERIODS), help="district workbook")
    sheet.add_argument("--commune", help="only this commune's rows (and its predecessors')")
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
        household_id=getattr(args, "household", None),
    )
    printed = printing.render(db, request, args.out)
    print(
        tr("Printed “{title}” ({pages} pages) to {path}.").format(
            title=printed.title, pages=printed.pages, path=printed.path
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    db = store.open_database(paths.resolve(args.data_dir))
    store.require_station(db)
    exported = xlsx.export_table(
        db, args.table, args.out, year=args.year, period=args.period, commune_code=args.commune
    )
    print(
        tr("Exported {rows} rows of {table} to {path}.").format(
            rows=exported.rows, table=args.table, path=exported.path
        )
    )
    return 0
