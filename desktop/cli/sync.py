"""`ketnghia sync …`: keys, enrollment and bundle exchange from the command line.

A thin layer over the `sync` package: each subcommand calls one function and prints its result,
one line per file for imports. Exit status 0 on success; `import` exits 1 when any file is
refused, `verify` when the file would be refused.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop import paths
from desktop.i18n import tr
from desktop.models import store
from desktop.models.db import Database
from sync import enrollment, exchange, status


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="exchange bundles with the hub or the communes")
    commands = parser.add_subparsers(dest="sync_command", required=True)

    commands.add_parser("fingerprint", help="this station's key fingerprint").set_defaults(
        run=run_fingerprint
    )

    request = commands.add_parser("enroll-request", help="write an enrollment request (commune)")
    request.add_argument("--out", required=True, help="request file (or folder) to write")
    request.set_defaults(run=run_enroll_request)

    enroll = commands.add_parser("enroll", help="enroll a commune station (hub)")
    enroll.add_argument("file", help="the commune's enrollment request")
    enroll.add_argument("--fingerprint", required=True, help="the digits the commune read out")
    enroll.add_argument("--out", required=True, help="folder for the welcome bundle")
    enroll.set_defaults(run=run_enroll)

    revoke = commands.add_parser("revoke", help="revoke a station (hub)")
    revoke.add_argument("station_id", help="site id of the station")
    revoke.set_defaults(run=run_revoke)

    export = commands.add_parser("export", help="write bundles for the peers")
    export.add_argument("--out", required=True, help="folder for the bundle files")
    export.set_defaults(run=run_export)

    imp = commands.add_parser("import", help="import bundle files")
    imp.add_argument("files", nargs="+", help="bundle files")
    imp.set_defaults(run=run_import)

    verify = commands.add_parser("verify", help="check a bundle without changing anything")
    verify.add_argument("file", help="bundle file")
    verify.set_defaults(run=run_verify)

    stat = commands.add_parser("status", help="where this station stands in sync")
    stat.add_argument("--json", action="store_true", help="one JSON object")
    stat.set_defaults(run=run_status)


def _open(args: argparse.Namespace) -> tuple[paths.DataDir, Database]:
    data_dir = paths.resolve(args.data_dir)
    db = store.open_database(data_dir)
    store.require_station(db)
    return data_dir, db


def run_fingerprint(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    print(enrollment.fingerprint(data_dir, db))
    return 0


def run_enroll_request(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    path = enrollment.write_request(data_dir, db, Path(args.out))
    print(path)
    print(
        tr("Read this fingerprint to the district officer by phone: {digits}").format(
            digits=enrollment.fingerprint(data_dir, db)
        )
    )
    return 0


def run_enroll(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    enrolled = enrollment.enroll(data_dir, db, Path(args.file), args.fingerprint, Path(args.out))
    print(enrolled.welcome.path)
    print(
        tr("Station “{name}” of {unit} enrolled; give it the welcome bundle.").format(
            name=enrolled.station.name, unit=enrolled.station.unit_code
        )
    )
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    _, db = _open(args)
    revoked = enrollment.revoke(db, args.station_id)
    print(
        tr("Station “{name}” ({id}) is revoked; its bundles will be refused.").format(
            name=revoked.name, id=revoked.site_id
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    for made in exchange.export_bundles(data_dir, db, Path(args.out)):
        print(made.path)
    return 0


def run_import(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    results = exchange.import_many(data_dir, db, [Path(f) for f in args.files])
    for result in results:
        print(result.line())
    return 1 if any(r.refused for r in results) else 0


def run_verify(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    result = exchange.import_bundle(data_dir, db, Path(args.file), dry_run=True)
    if result.refused:
        print(result.line())
        return 1
    if result.status == "duplicate":
        print(result.line())
    else:
        print(
            tr(
                "{file}: valid bundle number {number} from {sender}; importing it would apply "
                "{applied} changes."
            ).format(
                file=result.path.name,
                number=result.number,
                sender=result.sender_name or result.sender,
                applied=result.applied,
            )
        )
    return 0


def run_status(args: argparse.Namespace) -> int:
    _, db = _open(args)
    info = status.status(db)
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    print(tr("Fingerprint: {digits}").format(digits=info["fingerprint"] or "—"))
    print(
        tr("Changes waiting for acknowledgement: {pending} (acknowledged up to {acked}).").format(
            pending=info["pending"], acked=info["acked_seq"]
        )
    )
    print(tr("Open conflicts: {count}").format(count=info["conflicts"]))
    for st in info["stations"]:
        state = tr("revoked") if st["revoked_at"] else tr("active")
        print(f"  {st['site_id']}  {st['unit_code']}  {st['name']}  {state}")
    if info["communes"]:
        print(tr("Communes of the area: {count}").format(count=len(info["communes"])))
    for commune in info["communes"]:
        notes = [tr("enrolled") if commune["enrolled"] else tr("not enrolled")]
        if commune["last_bundle_at"]:
            notes.append(tr("last bundle {moment}").format(moment=commune["last_bundle_at"][:16]))
        for wait in commune["waiting_for"]:
            notes.append(
                tr("{held} changes held, waiting for bundle number {number} of {station}").format(
                    held=commune["held"], number=wait["number"], station=wait["station"]
                )
            )
        if commune["late"]:
            notes.append(tr("needs proposal {year} late").format(year=commune["proposal_year"]))
        if commune["silent"]:
            notes.append(tr("silent for {days} days").format(days=commune["silent_days"]))
        print(f"  {commune['code']}  {commune['name']}: {'; '.join(notes)}")
    return 0
