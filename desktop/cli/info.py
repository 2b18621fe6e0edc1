"""`ketnghia info --json`: what this station holds, for scripts and support."""

from __future__ import annotations

import argparse
import json

from desktop import logs, paths
from desktop.i18n import tr
from desktop.models import changelog, counts, migrations, store
from desktop.models.db import setting


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("info", help=tr("describe this station"))
    parser.add_argument("--json", action="store_true", help=tr("one JSON object"))
    parser.set_defaults(run=run)


def collect(data_dir: paths.DataDir) -> dict:
    db = store.open_database(data_dir, read_only=True)
    return {
        "data_dir": str(data_dir.root),
        "database": str(data_dir.database),
        "log_file": str(logs.current_path() or logs.log_path(data_dir)),
        "role": setting(db, "role"),
        "unit_code": setting(db, "unit_code"),
        "site_id": setting(db, "site_id"),
        "station_name": setting(db, "station_name"),
        "schema_version": migrations.SCHEMA_VERSION,
        "pending_changes": changelog.pending_count(db.conn),
        "counts": counts.record_counts(db),
        "receipts": counts.receipt_ids(db),
    }


def run(args: argparse.Namespace) -> int:
    info = collect(paths.resolve(args.data_dir))
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0
