"""`ketnghia sync …`: keys, enrollment and bundle exchange from the command line.

A thin layer over the `sync` package: each subcommand calls one function and prints its result,
one line per file for imports. Exit status 0 on success; `import` exits 1 when any file is
refused, `verify` when the file would be refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import paths
from desktop.i18n import tr
from desktop.models import backup, store
from desktop.models.db import Database
from desktop.models.errors import UserError
from sync import enrollment, exchange, relay_settings, status


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help=tr("exchange bundles with the hub or the communes"))
    commands = parser.add_subparsers(dest="sync_command", required=True)

    commands.add_parser("fingerprint", help=tr("this station's key fingerprint")).set_defaults(
        run=run_fingerprint
    )

    request = commands.add_parser(
        "enroll-request", help=tr("write an enrollment request (commune)")
    )
    request.add_argument("--out", required=True, help=tr("request file (or folder) to write"))
    request.add_argument(
        "--re-enroll",
        action="store_true",
        help=tr("this station is enrolled; let the welcome of this request replace its hub"),
    )
    request.set_defaults(run=run_enroll_request)

    enroll = commands.add_parser("enroll", help=tr("enroll a commune station (hub)"))
    enroll.add_argument("file", help=tr("the commune's enrollment request"))
    enroll.add_argument("--fingerprint", required=True, help=tr("the digits the commune read out"))
    enroll.add_argument("--out", required=True, help=tr("folder for the welcome bundle"))
    enroll.set_defaults(run=run_enroll)

    revoke = commands.add_parser("revoke", help=tr("revoke a station (hub)"))
    revoke.add_argument("station_id", help=tr("site id of the station"))
    revoke.set_defaults(run=run_revoke)

    export = commands.add_parser("export", help=tr("write bundles for the peers"))
    export.add_argument("--out", required=True, help=tr("folder for the bundle files"))
    export.set_defaults(run=run_export)

    imp = commands.add_parser("import", help=tr("import bundle files"))
    imp.add_argument("files", nargs="+", help=tr("bundle files"))
    imp.add_argument(
        "--hub-fingerprint",
        metavar="DIGITS",
        help=tr("the district hub's fingerprint, read out by phone (needed for a welcome bundle)"),
    )
    imp.set_defaults(run=run_import)

    verify = commands.add_parser("verify", help=tr("check a bundle without changing anything"))
    verify.add_argument("file", help=tr("bundle file"))
    verify.add_argument(
        "--hub-fingerprint", metavar="DIGITS", help=tr("the district hub's fingerprint (welcome)")
    )
    verify.set_defaults(run=run_verify)

    relay = commands.add_parser("relay", help=tr("set the relay for online sync"))
    relay.add_argument("url", nargs="?", help=tr("the relay's address (https://…)"))
    relay.add_argument("--off", action="store_true", help=tr("forget the relay"))
    relay.set_defaults(run=run_relay)

    commands.add_parser(
        "online", help=tr("send what is pending and fetch what waits, through the relay")
    ).set_defaults(run=run_online)

    stat = commands.add_parser("status", help=tr("where this station stands in sync"))
    stat.add_argument("--json", action="store_true", help=tr("one JSON object"))
    stat.set_defaults(run=run_status)


def _open(args: argparse.Namespace, *, read_only: bool = False) -> tuple[paths.DataDir, Database]:
    data_dir = paths.resolve(args.data_dir)
    db = store.open_database(data_dir, read_only=read_only)
    store.require_station(db)
    return data_dir, db


def run_fingerprint(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    print(enrollment.fingerprint(data_dir, db))
    return 0


def run_enroll_request(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    path = enrollment.write_request(data_dir, db, Path(args.out), re_enroll=args.re_enroll)
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
    _publish_roster(data_dir, db)
    print(enrolled.welcome.path)
    print(
        tr("Station “{name}” of {unit} enrolled; give it the welcome bundle.").format(
            name=enrolled.station.name, unit=enrolled.station.unit_code
        )
    )
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    revoked = enrollment.revoke(db, args.station_id)
    _publish_roster(data_dir, db)
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
    _, problem = backup.create_quietly(data_dir, "bundle-import")
    if problem:
        print(problem, file=sys.stderr)
    results = exchange.import_many(
        data_dir, db, [Path(f) for f in args.files], hub_fingerprint=args.hub_fingerprint
    )
    for result in results:
        print(result.line())
    return 1 if any(r.refused for r in results) else 0


def _publish_roster(data_dir: paths.DataDir, db: Database) -> None:
    from sync import relay_client  # HTTP only for the commands that go online

    relay_client.publish_roster(data_dir, db)


def run_relay(args: argparse.Namespace) -> int:
    _, db = _open(args)
    if args.off == bool(args.url):
        raise UserError(tr("Give the relay's address, or --off to forget it."))
    url = relay_settings.set_relay(db, None if args.off else args.url)
    if url is None:
        print(tr("The relay is forgotten; bundles travel by file only."))
    else:
        print(tr("Online sync goes through {url}.").format(url=url))
    return 0


def run_online(args: argparse.Namespace) -> int:
    from sync import relay_client

    data_dir, db = _open(args)
    result = relay_client.sync_online(data_dir, db)
    for line in result.lines():
        print(line)
    return 1 if result.refused else 0


def run_verify(args: argparse.Namespace) -> int:
    data_dir, db = _open(args)
    result = exchange.import_bundle(
        data_dir, db, Path(args.file), dry_run=True, hub_fingerprint=args.hub_fingerprint
    )
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
    _, db = _open(args, read_only=True)
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
        note = status.clock_note(st)
        state = f"{state} · {note}" if note else state
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
