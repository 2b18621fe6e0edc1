"""`ketnghia import households FILE.xlsx`: check every row, then write all of them or none.

One line `row N: reason` per refused row. Without `--skip-bad` any refused row refuses the whole
file (exit 1, nothing written); `--dry-run` checks and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import paths
from desktop.i18n import tr
from desktop.models import store, xlsx_import
from desktop.models.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help=tr("import records from a spreadsheet"))
    kinds = parser.add_subparsers(dest="kind", required=True)
    households = kinds.add_parser("households", help=tr("households from an .xlsx sheet"))
    households.add_argument("file", help=tr(".xlsx file"))
    households.add_argument("--sheet", help=tr("sheet name (the first sheet when omitted)"))
    households.add_argument(
        "--dry-run", action="store_true", help=tr("check every row and write nothing")
    )
    households.add_argument(
        "--skip-bad", action="store_true", help=tr("import the good rows and skip the refused ones")
    )
    households.add_argument(
        "--year", type=int, help=tr("year of the poverty status (default: this)")
    )
    households.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help=tr("map a field to a column header; fields: {fields}").format(
            fields=", ".join(xlsx_import.FIELD_KEYS)
        ),
    )
    households.set_defaults(run=run)


def _mapping(sheet: xlsx_import.Sheet, db, pairs: list[str]) -> dict[str, int]:
    mapping = xlsx_import.guess_mapping(db, sheet.headers)
    for pair in pairs:
        key, _, header = pair.partition("=")
        if key not in xlsx_import.FIELD_KEYS or header not in sheet.headers:
            raise UserError(
                tr("Unknown field or column in {pair}; the sheet's columns: {headers}.").format(
                    pair=pair, headers=", ".join(h for h in sheet.headers if h)
                )
            )
        mapping[key] = sheet.headers.index(header)
    xlsx_import.check_mapping(mapping)
    return mapping


def run(args: argparse.Namespace) -> int:
    data_dir = paths.resolve(args.data_dir)
    db = store.open_database(data_dir)
    store.require_station(db)
    commune_code = None if store.role(db) == "hub" else store.unit_code(db)
    if commune_code is None:
        raise UserError(tr("Households are imported at the commune's station."))
    sheet = xlsx_import.read_sheet(Path(args.file), args.sheet)
    mapping = _mapping(sheet, db, args.column)
    report = xlsx_import.check(db, xlsx_import.raw_rows(sheet, mapping), commune_code, args.year)
    for row in report.bad:
        print(xlsx_import.describe(row))
    summary = tr("{good} rows can be imported, {bad} rows are refused.").format(
        good=len(report.good), bad=len(report.bad)
    )
    if args.dry_run:
        print(summary + " " + tr("Nothing was written (--dry-run)."))
        return 1 if report.bad and not args.skip_bad else 0
    if report.bad and not args.skip_bad:
        print(
            summary + " " + tr("Nothing was written; correct the rows or use --skip-bad."),
            file=sys.stderr,
        )
        return 1
    written = xlsx_import.commit(db, report, skip_bad=args.skip_bad)
    xlsx_import.remember_mapping(db, sheet.headers, mapping)
    print(tr("{count} households imported.").format(count=written))
    return 0
