"""`ketnghia backup create|list|verify|restore`: backup copies of this station's database.

`create` prints the path of the copy it made; `list --json` prints one JSON array; `verify`
exits 1 when the file is not a sound backup; `restore` backs the current database up first and,
on a commune station that had already sent bundles past the backup, prepares its recovery from
the district hub (see `sync.recovery`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop import paths
from desktop.i18n import tr
from desktop.models import backup, store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help=tr("backup copies of this station's database"))
    commands = parser.add_subparsers(dest="backup_command", required=True)

    create = commands.add_parser("create", help=tr("make a backup copy now (prints its path)"))
    create.add_argument(
        "--out", type=Path, help=tr("folder for the copy (default: the data folder)")
    )
    create.set_defaults(run=run_create)

    listing = commands.add_parser("list", help=tr("the backup copies, newest first"))
    listing.add_argument("--json", action="store_true", help=tr("one JSON array"))
    listing.set_defaults(run=run_list)

    verify = commands.add_parser("verify", help=tr("check a backup copy without changing anything"))
    verify.add_argument("file", type=Path)
    verify.set_defaults(run=run_verify)

    restore = commands.add_parser("restore", help=tr("put a backup copy in place of the database"))
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=run_restore)


def run_create(args: argparse.Namespace) -> int:
    data_dir = paths.resolve(args.data_dir)
    db = store.open_database(data_dir, read_only=True)  # refuses an empty or damaged file
    store.require_station(db)
    made = backup.create(data_dir, "manual", args.out)
    print(made.path)
    return 0


def run_list(args: argparse.Namespace) -> int:
    items = backup.list_backups(paths.resolve(args.data_dir))
    if args.json:
        print(json.dumps([item.as_json() for item in items], ensure_ascii=False))
        return 0
    if not items:
        print(tr("No backup copies yet."))
    for item in items:
        place = tr("second place") if item.second_place else tr("data folder")
        print(
            f"{item.made:%d/%m/%Y %H:%M:%S}  {item.kind_label()}  {item.size // 1024} KB  "
            f"{place}  {item.path}"
        )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    checked = backup.verify(args.file)
    print(
        tr(
            "{file}: sound backup of “{station}” ({unit}), schema {schema}, {households} "
            "households."
        ).format(
            file=args.file.name,
            station=checked.station_name,
            unit=checked.unit_code,
            schema=checked.schema,
            households=checked.households,
        )
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from sync import recovery

    data_dir = paths.resolve(args.data_dir)
    done = recovery.restore(data_dir, args.file)
    for line in done.lines():
        print(line)
    return 0
