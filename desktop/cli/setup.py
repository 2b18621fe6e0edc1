"""`ketnghia init`: set up this data folder as a commune station or a district hub."""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.i18n import tr
from desktop.models import station, store
from sync import keys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("init", help=tr("set up this station"))
    parser.add_argument("--role", choices=station.ROLES, required=True)
    parser.add_argument("--unit", required=True, help=tr("commune code (hub: district code)"))
    parser.add_argument("--station", required=True, help=tr("name of this station"))
    parser.add_argument("--officer", required=True, help=tr("officer in charge"))
    parser.add_argument(
        "--village", action="append", default=[], help=tr("a village of the commune (repeatable)")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    data_dir = paths.resolve(args.data_dir)
    new = not data_dir.database.exists()
    had_keys = data_dir.keys.exists()
    db = store.open_database(data_dir, create=True)
    try:
        info = station.initialize(
            db,
            station.StationSetup(args.role, args.unit, args.station, args.officer, args.village),
        )
        keys.create(data_dir, db)
    except BaseException:
        if new:  # a failed init leaves no database (and no keys) behind
            store.discard_new(data_dir, db, keep_keys=had_keys)
        raise
    print(
        tr("Station “{name}” set up for {unit} in {folder}.").format(
            name=info.name, unit=info.unit.name, folder=data_dir.root
        )
    )
    return 0
