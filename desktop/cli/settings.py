"""`ketnghia settings …`: what the station's documents print, and moving a station set up
before the 2025 reform to the unit its unit became."""

from __future__ import annotations

import argparse
import json

from desktop import paths
from desktop.i18n import tr
from desktop.models import station, station_settings, store
from desktop.models.db import Database


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("settings", help=tr("the station's settings"))
    commands = parser.add_subparsers(dest="settings_command", required=True)
    show = commands.add_parser("show", help=tr("list the settings"))
    show.add_argument("--json", action="store_true", help=tr("one JSON object"))
    show.set_defaults(run=run_show)
    change = commands.add_parser("set", help=tr("change one setting (an empty value: the default)"))
    change.add_argument("key", help=tr("the setting's key, as `settings show` lists it"))
    change.add_argument("value")
    change.set_defaults(run=run_set)
    commands.add_parser(
        "move-unit", help=tr("move a station set up before the 2025 reform to its successor unit")
    ).set_defaults(run=run_move)


def _open(args: argparse.Namespace) -> Database:
    db = store.open_database(paths.resolve(args.data_dir))
    store.require_station(db)
    return db


def run_show(args: argparse.Namespace) -> int:
    db = _open(args)
    info = station.info(db)
    stored = station_settings.values(db)
    if args.json:
        data = {"unit_code": info.unit.code, "unit_name": info.unit.name, "role": info.role}
        print(json.dumps({**data, "settings": stored}, ensure_ascii=False))
        return 0
    print(
        tr("Station “{name}” of {unit} ({code}).").format(
            name=info.name, unit=info.unit.name, code=info.unit.code
        )
    )
    for item in station_settings.fields():
        print(f"  {item.key} = {stored[item.key] or tr('(default)')}  — {item.label}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    db = _open(args)
    station_settings.set_values(db, {args.key: args.value})
    value = station_settings.values(db)[args.key]
    print(
        tr("{label} is now: {value}").format(
            label=station_settings.field(args.key).label, value=value or tr("(default)")
        )
    )
    return 0


def run_move(args: argparse.Namespace) -> int:
    db = _open(args)
    old, new = station.move_to_successor(db)
    print(
        tr(
            "The station now belongs to {new} ({code}); the records made under {old} keep their "
            "code and count in every figure of {new}."
        ).format(new=new.name, code=new.code, old=old.name)
    )
    return 0
