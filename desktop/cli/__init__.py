"""The `ketnghia` command: no subcommand opens the window; subcommands run the same code headless.

Each subcommand lives in its own module with `register(subparsers)`, which adds its parser and
sets `run(args) -> int` as the handler; the subcommands in GUI_COMMANDS get a QApplication.
Errors the user caused or the environment raised print one sentence to stderr and exit 1; a bug
is logged with its traceback in the data folder's log and prints one sentence naming the log
(exit 2). A PC clock that looks wrong is warned about on stderr, as the window's status bar does.
Help, usage errors and messages are in the `--lang` language (Vietnamese by default): the
translations are installed before the parser is built.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sqlite3
import sys
from typing import Any, NoReturn

from desktop.cli import arguments
from desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES, ensure_core_app, tr

log = logging.getLogger(__name__)

# Each command's module (its `register` adds the command's parser), in the order of the help.
COMMAND_MODULES = {
    "init": "setup",
    "demo": "demo",
    "info": "info",
    "screenshot": "screenshot",
    "print": "documents",
    "export": "documents",
    "sync": "sync",
    "import": "imports",
    "relay": "relay",
    "backup": "backup",
    "settings": "settings",
    "sponsors": "sponsors",
}
GUI_COMMANDS = ("screenshot",)  # they render widgets: a QApplication, not a QCoreApplication


class _Commands(argparse._SubParsersAction):
    """A command's subcommands, named by their choices in a usage error ("{show,set}", as the
    usage line writes them), not by the attribute they set (`settings_command`)."""

    @property  # type: ignore[override]
    def metavar(self) -> str | None:
        if self._metavar is not None or not self.choices:
            return self._metavar
        return "{" + ",".join(self.choices) + "}"

    @metavar.setter
    def metavar(self, value: str | None) -> None:
        self._metavar = value

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return global_options(super().add_parser(name, **kwargs), after_command=True)


class Parser(argparse.ArgumentParser):
    """argparse with the program's own last line on a usage error: what was wrong, in Vietnamese
    where we know the message, and where to look."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(tr("Error: {message}").format(message=message), file=sys.stderr)
        print(tr("“ketnghia --help” lists the commands and options."), file=sys.stderr)
        raise SystemExit(2)


def global_options(
    parser: argparse.ArgumentParser, *, checked: bool = True, after_command: bool = False
) -> argparse.ArgumentParser:
    """--data-dir, --lang and --version; `after_command`: --data-dir and --lang on a command's
    own parser, so that they may follow the command as well (`ketnghia info --data-dir D`),
    leaving what was given before it when they do not."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS if after_command else None,
        help=tr("data folder of this station"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES if checked else None,
        default=argparse.SUPPRESS if after_command else DEFAULT_LANGUAGE,
        help=tr("language of the window and the messages (vi or en)"),
    )
    if not after_command:
        parser.add_argument("--version", action="store_true", help=tr("print the version and stop"))
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with `command` (one of COMMAND_MODULES), of that one only,
    so that running it imports its own module alone (a document's PDF and Excel libraries load
    for `print` and `export`, not for `info` or `relay serve`)."""
    parser = global_options(Parser(prog="ketnghia", description="Sổ Kết Nghĩa"))
    subparsers = parser.add_subparsers(dest="command")
    modules = [COMMAND_MODULES[command]] if command in COMMAND_MODULES else COMMAND_MODULES.values()
    for name in dict.fromkeys(modules):
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
    arguments.install()  # not yet translated; argparse's gettext would look for catalogs on disk
    options, rest = global_options(
        Parser(prog="ketnghia", add_help=False), checked=False
    ).parse_known_args(argv)
    language = options.lang if options.lang in LANGUAGES else DEFAULT_LANGUAGE
    if options.lang not in LANGUAGES:  # the full parser says which languages there are
        ensure_core_app(language)
        arguments.install()
        build_parser().parse_args(argv)
    if options.version:
        from desktop.version import version

        print(f"ketnghia {version()}")
        return 0
    if not rest:
        from desktop.views.app import run_app  # the window needs QtWidgets: import only here

        return run_app(options.data_dir, language, [])
    if is_bundle_file(rest[0]):  # a double-clicked bundle: open the window and offer to import it
        from desktop.views.app import run_app

        return run_app(options.data_dir, language, rest[1:], open_file=rest[0])
    if rest[0] in GUI_COMMANDS:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: render, never show
        from desktop.views.app import application

        application(language)
    else:
        ensure_core_app(language)
    arguments.install()
    args = build_parser(rest[0]).parse_args(argv)
    from desktop import paths, session

    data_dir = paths.resolve(args.data_dir)
    session.start(data_dir)
    log.info("command: %s", " ".join(argv))
    from desktop.models import store

    with store.session() as opened:
        try:
            code = _run(args)
        finally:
            _warn_about_clock(opened)
            _close_opened(store, opened)
    log.info("command ended with exit code %d", code)
    return code


def _run(args: argparse.Namespace) -> int:
    from desktop.models.db import storage_error
    from desktop.models.errors import UserError, file_error

    try:
        return args.run(args)
    except UserError as exc:
        message = exc.message
    except sqlite3.Error as exc:
        error = storage_error(exc)
        if error is None:
            return _bug(exc)
        message = error.message
    except OSError as exc:
        message = file_error(exc).message
    except Exception as exc:
        return _bug(exc)
    log.info("refused: %s", message)
    print(tr("Error: {message}").format(message=message), file=sys.stderr)
    return 1


def _bug(exc: Exception) -> int:
    from desktop import logs

    print(logs.bug_sentence(logs.log_bug(exc)), file=sys.stderr)
    return 2


def _warn_about_clock(opened: list) -> None:
    """The window's clock check, on stderr, through the database the command opened (a
    connection of its own would leave a WAL behind); silent if it cannot tell."""
    if not opened:
        return
    from desktop.models import hlc

    with contextlib.suppress(sqlite3.Error):
        warning = hlc.clock_warning(opened[0].conn)
        if warning:
            print(tr("Warning: {message}").format(message=warning), file=sys.stderr)


def _close_opened(store, opened: list) -> None:
    """Tell what opening the database raised (a WAL set aside, a backup that failed) and close
    what the command opened, cleanly, so that no WAL is left behind."""
    for db in opened:
        for notice in db.notices:
            print(notice, file=sys.stderr)
        store.close(db)
