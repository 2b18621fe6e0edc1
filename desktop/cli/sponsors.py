"""`ketnghia sponsors directory …`: the hub's directory of sponsors (đơn vị kết nghĩa) and
which commune sponsor is which entry (models/sponsor_directory.py). A commune lists what the hub
sent it; only the hub adds entries and confirms matches."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict

from desktop import paths
from desktop.i18n import tr
from desktop.models import sponsor_directory, station, store
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.models.text import format_vnd


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sponsors", help=tr("sponsors (đơn vị kết nghĩa)"))
    groups = parser.add_subparsers(dest="sponsors_command", required=True)
    directory = groups.add_parser("directory", help=tr("the hub's directory of sponsors"))
    commands = directory.add_subparsers(dest="directory_command", required=True)
    listing = commands.add_parser(
        "list", help=tr("the entries, the communes' sponsors matched to them and those not yet")
    )
    listing.add_argument("--year", type=int, help=tr("the year of the totals (this year)"))
    listing.add_argument("--json", action="store_true", help=tr("one JSON object"))
    listing.set_defaults(run=run_list)
    add = commands.add_parser("add", help=tr("add an entry (hub)"))
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--name", help=tr("the sponsor's full name"))
    source.add_argument(
        "--from-sponsor",
        metavar="SPONSOR_ID",
        help=tr("make the entry from a commune's sponsor and match that sponsor to it"),
    )
    add.add_argument("--short-name", help=tr("short name"))
    add.add_argument("--kind", help=tr("kind of sponsor (a code of `sponsor_kind`)"))
    add.add_argument("--headcount", type=int, help=tr("staff (biên chế)"))
    add.set_defaults(run=run_add)
    match = commands.add_parser(
        "match", help=tr("confirm that a commune's sponsor is an entry (hub)")
    )
    match.add_argument("sponsor_id", help=tr("the commune sponsor's id, as `list` shows it"))
    match.add_argument("entry", help=tr("the entry's id, name or short name"))
    match.set_defaults(run=run_match)
    unmatch = commands.add_parser("unmatch", help=tr("undo a match made by mistake (hub)"))
    unmatch.add_argument("sponsor_id", help=tr("the commune sponsor's id"))
    unmatch.set_defaults(run=run_unmatch)


def _open(args: argparse.Namespace) -> Database:
    db = store.open_database(paths.resolve(args.data_dir))
    store.require_station(db)
    return db


def run_list(args: argparse.Namespace) -> int:
    db = _open(args)
    year = args.year or dt.date.today().year
    listed = sponsor_directory.listing(db, year)
    loose = sponsor_directory.unmatched(db)
    matched = sponsor_directory.matches(db)
    if args.json:
        data = {
            "year": year,
            "entries": [
                {**asdict(item.entry), **{k: v for k, v in asdict(item).items() if k != "entry"}}
                for item in listed
            ],
            "matches": [
                {
                    "sponsor_id": m.sponsor_id,
                    "name": m.name,
                    "commune_code": m.commune_code,
                    "commune": m.commune,
                    "directory_id": m.entry.id,
                    "directory_name": m.entry.name,
                    "confirmed_by": m.confirmed_by,
                    "confirmed_at": m.confirmed_at,
                }
                for m in matched
            ],
            "unmatched": [
                {
                    "sponsor_id": u.sponsor_id,
                    "name": u.name,
                    "commune_code": u.commune_code,
                    "commune": u.commune,
                    "suggested": None
                    if u.suggested is None
                    else {"id": u.suggested.id, "name": u.suggested.name},
                }
                for u in loose
            ],
        }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(tr("Sponsor directory: {count} entries ({year}).").format(count=len(listed), year=year))
    for item in listed:
        print(
            tr("  {name} [{id}] — communes: {communes}; {receipts} receipts, {value}").format(
                name=item.entry.name,
                id=item.entry.id,
                communes=", ".join(item.communes) or tr("none"),
                receipts=item.receipts,
                value=format_vnd(item.value),
            )
        )
    for m in matched:
        print(
            tr("  {commune}: “{name}” [{id}] is {entry} (confirmed by {by})").format(
                commune=m.commune,
                name=m.name,
                id=m.sponsor_id,
                entry=m.entry.name,
                by=m.confirmed_by,
            )
        )
    if loose:
        print(tr("Communes' sponsors not matched yet: {count}.").format(count=len(loose)))
    for u in loose:
        suggested = (
            tr("suggested: {name}").format(name=u.suggested.name)
            if u.suggested
            else tr("no entry looks like it")
        )
        print(f"  {u.commune}: “{u.name}” [{u.sponsor_id}] — {suggested}")
    return 0


def _officer(db: Database) -> str:
    return station.info(db).officer


def run_add(args: argparse.Namespace) -> int:
    db = _open(args)
    if args.from_sponsor:
        if args.short_name or args.kind or args.headcount is not None:
            raise UserError(
                tr("An entry made from a commune's sponsor takes that sponsor's name and kind.")
            )
        entry_id = sponsor_directory.add_from_sponsor(db, args.from_sponsor, _officer(db))
    else:
        entry_id = sponsor_directory.add(
            db,
            sponsor_directory.Entry(
                None, args.name, args.short_name, args.kind, args.headcount, None
            ),
        )
    entry = sponsor_directory.get_entry(db, entry_id)
    print(tr("Entry “{name}” added to the directory [{id}].").format(name=entry.name, id=entry_id))
    return 0


def run_match(args: argparse.Namespace) -> int:
    db = _open(args)
    entry = sponsor_directory.find_entry(db, args.entry)
    sponsor_directory.match(db, args.sponsor_id, entry.id, _officer(db))
    print(tr("The commune's sponsor is now counted as “{name}”.").format(name=entry.name))
    return 0


def run_unmatch(args: argparse.Namespace) -> int:
    db = _open(args)
    sponsor_directory.unmatch(db, args.sponsor_id)
    print(tr("The commune's sponsor is no longer matched; it counts alone, as not matched."))
    return 0
