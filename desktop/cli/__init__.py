"""The `ketnghia` command: no subcommand opens the window; subcommands run the same code headless.

Each subcommand lives in its own module with `register(subparsers)`, which adds its parser and
sets `run(args) -> int` as the handler (and `gui=True` when it needs a QApplication). Errors the user caused or the environment raised print
one sentence to stderr and exit 1; bugs raise as they are.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys

from desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, ensure_core_app, tr

COMMAND_MODULES = (
    "setup",
    "demo",
    "info",
    "screenshot",
    "documents",
    "sync",
    "imports",
    "settings",
)


def global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--data-dir", help="data folder of this station")
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = global_options(argparse.ArgumentParser(prog="ketnghia", description="Sổ Kết Nghĩa"))
    subparsers = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(subparsers)
    return parser


BUNDLE_EXTENSION = ".ketnghia"  # sync.bundle.EXTENSION, not imported: it loads the crypto


def is_bundle_file(arg: str) -> bool:
    """Whether `arg` names an existing bundle file (the installer's file association)."""
    return arg.lower().endswith(BUNDLE_EXTENSION) and os.path.isfile(arg)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Opening the window must not pay for importing every subcommand (PDF, crypto, Excel).
    options, rest = global_options(argparse.ArgumentParser(add_help=False)).parse_known_args(argv)
    if not rest or (rest[0].startswith("-") and rest[0] not in ("-h", "--help")):
        from desktop.views.app import run_app  # the window needs QtWidgets: import only here

        return run_app(options.data_dir, options.lang, rest)
    if is_bundle_file(rest[0]):  # a double-clicked bundle: open the window and offer to import it
        from desktop.views.app import run_app

        return run_app(options.data_dir, options.lang, rest[1:], open_file=rest[0])
    args = build_parser().parse_args(argv)
    from desktop.models.db import storage_error
    from desktop.models.errors import UserError

    if getattr(args, "gui", False):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: render, never show
        from desktop.views.app import application

        application(args.lang)
    else:
        ensure_core_app(args.lang)
    try:
        return args.run(args)
    except UserError as exc:
        print(tr("Error: {message}").format(message=exc.message), file=sys.stderr)
        return 1
    except sqlite3.Error as exc:
        print(tr("Error: {message}").format(message=storage_error(exc).message), file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            tr("Error: the file {name} could not be used ({reason}).").format(
                name=exc.filename or "", reason=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return 1
