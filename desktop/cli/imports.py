"""`ketnghia import households FILE` and `ketnghia import observations FILE --survey ROUND`:
find the table, check every row, then write all or none.

The file may be .xlsx, .xlsm, .xls, .ods or .csv. What was found is printed first (header row,
rows left out, columns not used, conversions from legacy fonts, proposed villages, households
already in the book), then one line `row N: reason` per refused row. Without `--skip-bad` any
refused row refuses the whole file (exit 1, nothing written); `--dry-run` checks and writes
nothing. Proposed villages and households like one already listed wait for `--accept-suggestions`
and `--allow-similar`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import paths
from desktop.i18n import tr
from desktop.models import backup, observation_import, store, xlsx_import
from desktop.models.db import transaction
from desktop.models.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("import", help=tr("import records from a spreadsheet"))
    kinds = parser.add_subparsers(dest="kind", required=True)
    households = kinds.add_parser(
        "households", help=tr("households from a .xlsx, .xlsm, .xls, .ods or .csv file")
    )
    households.add_argument("file", help=tr("spreadsheet or .csv file"))
    households.add_argument("--sheet", help=tr("sheet name (the first sheet when omitted)"))
    households.add_argument(
        "--header-row", type=int, help=tr("row number of the column headers (found when omitted)")
    )
    households.add_argument(
        "--dry-run", action="store_true", help=tr("check every row and write nothing")
    )
    households.add_argument(
        "--skip-bad", action="store_true", help=tr("import the good rows and skip the refused ones")
    )
    households.add_argument(
        "--accept-suggestions",
        action="store_true",
        help=tr("use the proposed village for a village name that matches one closely"),
    )
    households.add_argument(
        "--allow-similar",
        action="store_true",
        help=tr("import households with the same name, village and birth year as another"),
    )
    households.add_argument(
        "--year",
        type=int,
        help=tr(
            "year of the poverty status and income (when the sheet has no Năm column or title)"
        ),
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
    observations = kinds.add_parser(
        "observations", help=tr("a survey round's household observations from a spreadsheet")
    )
    observations.add_argument("file", help=tr("spreadsheet or .csv file"))
    observations.add_argument(
        "--survey", required=True, help=tr("the survey round: its id or its date (dd/mm/yyyy)")
    )
    observations.add_argument("--sheet", help=tr("sheet name (the first sheet when omitted)"))
    observations.add_argument("--header-row", type=int, help=tr("row number of the column headers"))
    observations.add_argument(
        "--dry-run", action="store_true", help=tr("check every row and write nothing")
    )
    observations.add_argument(
        "--skip-bad", action="store_true", help=tr("import the good rows and skip the refused ones")
    )
    observations.set_defaults(run=run_observations)


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
        column = sheet.headers.index(header)
        mapping = {k: c for k, c in mapping.items() if c != column}
        mapping[key] = column
    try:
        xlsx_import.check_mapping(mapping, sheet)
    except UserError as exc:
        raise UserError(
            exc.message
            + " "
            + tr(
                "The headers were taken from row {row} ({headers}); choose another row with "
                "--header-row N or a column with --column FIELD=HEADER."
            ).format(row=sheet.header_row, headers=", ".join(h for h in sheet.headers if h)[:200])
        ) from exc
    return mapping


def _backup_first(args: argparse.Namespace) -> None:
    """A backup before a spreadsheet import writes (its problem, if any, is said, not fatal)."""
    _, problem = backup.create_quietly(paths.resolve(args.data_dir), "spreadsheet-import")
    if problem:
        print(problem, file=sys.stderr)


def _commune_station(args: argparse.Namespace):
    db = store.open_database(paths.resolve(args.data_dir))
    store.require_station(db)
    commune_code = None if store.role(db) == "hub" else store.unit_code(db)
    if commune_code is None:
        raise UserError(tr("Households are imported at the commune's station."))
    return db, commune_code


def run(args: argparse.Namespace) -> int:
    db, commune_code = _commune_station(args)
    sheet = xlsx_import.read_sheet(Path(args.file), args.sheet, args.header_row)
    mapping = _mapping(sheet, db, args.column)
    if xlsx_import.needs_year(sheet, mapping, args.year):
        raise UserError(
            tr(
                "The sheet gives poverty status or income but no year (no Năm column, no year "
                "in its title); say which year they are for with --year, e.g. --year 2025."
            )
        )
    year, source = xlsx_import.year_of_sheet(sheet, args.year)
    for note in xlsx_import.table_notes(sheet, mapping):
        print(note)
    report = xlsx_import.check(db, xlsx_import.raw_rows(sheet, mapping), commune_code, year)
    for note in xlsx_import.report_notes(report, year, source):
        print(note)
    for row in report.bad:
        print(xlsx_import.describe(row))
    waiting = report.waiting(args.accept_suggestions, args.allow_similar)
    summary = tr(
        "{good} rows can be imported, {bad} rows are refused, {waiting} wait for confirmation, "
        "{already} are already in the book."
    ).format(
        good=len(report.good) - len(waiting),
        bad=len(report.bad),
        waiting=len(waiting),
        already=len(report.already),
    )
    hints = []
    if any(r.suggestion for r in waiting):
        hints.append(tr("--accept-suggestions uses the proposed villages."))
    if any(r.similar for r in waiting if not args.allow_similar):
        hints.append(tr("--allow-similar imports the similar households."))
    blocked = (report.bad or waiting) and not args.skip_bad
    if args.dry_run:
        print(" ".join([summary, *hints, tr("Nothing was written (--dry-run).")]))
        return 1 if blocked else 0
    if blocked:
        print(
            " ".join(
                [summary, *hints, tr("Nothing was written; correct the rows or use --skip-bad.")]
            ),
            file=sys.stderr,
        )
        return 1
    _backup_first(args)
    with transaction(db):  # the households and the remembered columns, or neither
        written = xlsx_import.commit(
            db,
            report,
            skip_bad=args.skip_bad,
            accept_suggestions=args.accept_suggestions,
            allow_similar=args.allow_similar,
        )
        xlsx_import.remember_mapping(db, sheet.headers, mapping)
    print(
        tr("{count} households imported, {already} already in the book.").format(
            count=written, already=len(report.already)
        )
    )
    if report.year_records():
        print(
            tr("The status of {year} recorded for {count} households already in the book.").format(
                year=year, count=len(report.year_records())
            )
        )
    return 0


def run_observations(args: argparse.Namespace) -> int:
    db, commune_code = _commune_station(args)
    survey = observation_import.find_survey(db, commune_code, args.survey)
    sheet = observation_import.read_sheet(Path(args.file), args.sheet, args.header_row)
    mapping = observation_import.guess_mapping(sheet.headers)
    observation_import.check_mapping(mapping)
    for note in xlsx_import.table_notes(sheet, mapping):
        print(note)
    rows = observation_import.check(db, sheet, mapping, survey)
    for row in rows:
        if row.present:
            print(tr("row {number}: {reason}").format(number=row.number, reason=row.present))
        elif row.errors:
            print(
                tr("row {number}: {reason}").format(number=row.number, reason="; ".join(row.errors))
            )
    bad = sum(1 for r in rows if not r.ok)
    already = sum(1 for r in rows if r.present)
    summary = tr(
        "{good} observations can be imported, {bad} rows are refused, {already} households are "
        "already observed in this round."
    ).format(good=len(rows) - bad - already, bad=bad, already=already)
    if args.dry_run:
        print(summary + " " + tr("Nothing was written (--dry-run)."))
        return 1 if bad and not args.skip_bad else 0
    if bad and not args.skip_bad:
        print(
            summary + " " + tr("Nothing was written; correct the rows or use --skip-bad."),
            file=sys.stderr,
        )
        return 1
    _backup_first(args)
    written = observation_import.commit(db, rows, skip_bad=args.skip_bad)
    print(tr("{count} observations imported.").format(count=written))
    return 0
