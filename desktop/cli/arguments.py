"""argparse in the program's language: its usage line, headings and error messages.

argparse looks its texts up through `gettext` at the moment it prints them (the module's `_`
and `ngettext`); `install()` points those at our translations, so `ketnghia --help` and a usage
error read in Vietnamese with `--lang vi` (the default) like every other message.
"""

from __future__ import annotations

import argparse

from desktop.i18n import tr


def _texts() -> dict[str, str]:
    return {
        "usage: ": tr("usage: "),
        "positional arguments": tr("positional arguments"),
        "options": tr("options"),
        "subcommands": tr("subcommands"),
        "show this help message and exit": tr("show this help message and exit"),
        "%(prog)s: error: %(message)s\n": tr("%(prog)s: error: %(message)s\n"),
        "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": tr("the following arguments are required: %s"),
        "one of the arguments %s is required": tr("one of the arguments %s is required"),
        "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
        "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
        "expected one argument": tr("expected one argument"),
        "expected at most one argument": tr("expected at most one argument"),
        "expected at least one argument": tr("expected at least one argument"),
        "expected %s argument": tr("expected %s argument"),
        "expected %s arguments": tr("expected %s arguments"),
        "not allowed with argument %s": tr("not allowed with argument %s"),
        "ignored explicit argument %r": tr("ignored explicit argument %r"),
        "ambiguous option: %(option)s could match %(matches)s": tr(
            "ambiguous option: %(option)s could match %(matches)s"
        ),
        "unexpected option string: %s": tr("unexpected option string: %s"),
        "can't open '%(filename)s': %(error)s": tr("can't open '%(filename)s': %(error)s"),
    }


def install() -> None:
    """Make argparse print in the installed language (call after desktop.i18n.install)."""
    texts = _texts()
    argparse._ = lambda text: texts.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: texts.get(  # type: ignore[attr-defined]
        one if n == 1 else many, one if n == 1 else many
    )
