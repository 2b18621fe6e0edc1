"""`ketnghia screenshot PAGE --out FILE.png`: render one page of the main window offscreen."""

from __future__ import annotations

import argparse

from desktop import paths
from desktop.i18n import tr
from desktop.models.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("screenshot", help=tr("save a page of the window as PNG"))
    parser.add_argument("page", help=tr("page name, e.g. overview"))
    parser.add_argument("--out", required=True, help=tr("PNG file to write"))
    parser.add_argument("--size", default="1366x768", help=tr("window size WxH"))
    parser.set_defaults(run=run)  # a GUI command: see desktop.cli.GUI_COMMANDS


def run(args: argparse.Namespace) -> int:
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        raise UserError(tr("The size must look like 1366x768.")) from None
    from desktop.views.app import screenshot

    screenshot(paths.resolve(args.data_dir), args.lang, args.page, args.out, (width, height))
    print(args.out)
    return 0
