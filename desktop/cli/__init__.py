"""The `ketnghia` command: no subcommand opens the window; subcommands run the same code headless.

Each subcommand lives in its own module with `register(subparsers)`, which adds its parser and
sets `run(args) -> int` as the handler; the subcommands in GUI_COMMANDS get a QApplication.
Errors the user caused or the environment raised print one sentence to stderr and exit 1; bugs
raise as they are. Help, usage errors and messages are in the `--lang` language (Vietnamese by
default): the translations are installed before the parser is built.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys

from desktop.cli import arguments
from desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, ensure_core_app, tr

COMMAND_MODULES = ("setup", "demo", "info", "screenshot", "documents", "sync", "imports")
GUI_COMMANDS = ("screenshot",)  # they render widgets: a QApplication, not a QCoreApplication


def global_options(
    parser: argparse.ArgumentParser, *, checked: bool = True
) -> argparse.ArgumentParser:
    parser.add_argument("--data-dir", help=tr("data folder of this station"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES if checked else None,
        default=DEFAULT_LANGUAGE,
        help=tr("language of the window and the messages (vi or en)"),
    )
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
    # (the language unchecked here: the full parser below refuses a wrong one, in Vietnamese)
    options, rest = global_options(
        argparse.ArgumentParser(add_help=False), checked=False
    ).parse_known_args(argv)
    if not rest or (rest[0].startswith("-") and rest[0] not in ("-h", "--help")):
        from desktop.views.app import run_app  # the window needs QtWidgets: import only here

        return run_app(options.data_dir, options.lang, rest)
    if is_bundle_file(rest[0]):  # a double-clicked bundle: open the window and offer to import it
        from desktop.views.app import run_app

        return run_app(options.data_dir, options.lang, rest[1:], open_file=rest[0])
    language = options.lang if options.lang in LANGUAGES else DEFAULT_LANGUAGE
    if rest[0] in GUI_COMMANDS:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: render, never show
        from desktop.views.app import application

        application(language)
    else:
        ensure_core_app(language)
    arguments.install()
    args = build_parser().parse_args(argv)
    from desktop.models import os_errors
    from desktop.models.db import storage_error
    from desktop.models.errors import UserError

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
                name=exc.filename or "", reason=os_errors.reason(exc)
            ),
            file=sys.stderr,
        )
        return 1
