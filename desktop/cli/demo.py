"""`ketnghia demo`: fill this station with realistic demo data."""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.i18n import tr
from desktop.models import counts, demo, store
from desktop.models.errors import UserError
from desktop.models.text import format_number


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help=tr("fill this station with demo data"))
    parser.add_argument("--households", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.households <= 200_000:
        raise UserError(tr("The number of households must be between 1 and 200000."))
    data_dir = paths.resolve(args.data_dir)
    db = store.open_database(data_dir)
    store.require_station(db)
    if counts.record_counts(db)["households"]:
        raise UserError(
            tr("This station already holds households; demo data goes into a new station.")
        )
    if store.role(db) == "hub":
        from sync.district_demo import populate_hub

        populate_hub(data_dir, db, seed=args.seed, households=args.households)
    else:
        demo.populate(db, households=args.households, seed=args.seed)
    print(
        tr("Demo data added: {counts}.").format(
            counts=", ".join(
                f"{format_number(n)} {counts.label(key)}"
                for key, n in counts.record_counts(db).items()
            )
        )
    )
    return 0
