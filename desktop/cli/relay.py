"""`ketnghia relay serve`: run the store-and-forward relay (the optional `relay` extra)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.i18n import tr
from desktop.models.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("relay", help=tr("the relay server for online sync"))
    commands = parser.add_subparsers(dest="relay_command", required=True)
    serve = commands.add_parser("serve", help=tr("serve the relay over HTTP"))
    serve.add_argument("--root", required=True, help=tr("folder where the relay keeps bundles"))
    serve.add_argument("--host", default="127.0.0.1", help=tr("address to listen on"))
    serve.add_argument("--port", type=int, default=8765, help=tr("port to listen on"))
    serve.add_argument(
        "--hub-fingerprint", help=tr("the hub's fingerprint, read out by the district officer")
    )
    serve.add_argument(
        "--quota-mb", type=int, default=256, help=tr("what one station may keep waiting (MB)")
    )
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    try:
        from sync import relay_server
    except ImportError as exc:
        raise UserError(
            tr("The relay needs its extra libraries: pip install “ketnghia[relay]”.")
        ) from exc
    try:
        relay_server.serve(
            Path(args.root), args.host, args.port, args.hub_fingerprint, args.quota_mb * 1024**2
        )
    except ValueError as exc:
        raise UserError(
            tr("This relay folder is pinned to another district hub; use another folder.")
        ) from exc
    return 0
