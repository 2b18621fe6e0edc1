"""Who writes which records: a commune's stations write that commune's records; the hub writes
the hub-owned rows (commune_code NULL) and the records it shares with the communes (a twinning is
the district's decision about a commune, so both sides keep it). Some records only the hub writes
(`HUB_ONLY`: its sponsor directory and which commune sponsor is which entry): a commune station
refuses to write them locally, and a commune's bundle that writes them is refused.

On a hub, commune-owned records are read-only: triggers on every synced table refuse a local
insert, update or delete of a row with a commune code, whichever code path or raw SQL makes it
(the sync engine's own writes, made with `sync_control.applying = 1`, pass). `transaction()`
turns the trigger's refusal into a UserError in plain words, so every model function that writes
refuses alike.
"""

from __future__ import annotations

import sqlite3

from desktop.i18n import tr
from desktop.models.errors import UserError

# Synced tables whose records carry a commune's code and that the hub writes as well.
HUB_WRITES = frozenset({"twinning", "sponsor_match"})

# Synced tables only the hub writes, whatever their commune code (a sponsor_match names the
# commune whose sponsor it matches, so that it reaches that commune).
HUB_ONLY = frozenset({"sponsor_directory", "sponsor_match"})

# The trigger's message, recognised in the sqlite3.IntegrityError it raises.
READ_ONLY = "ketnghia: commune record read-only on the hub"
HUB_ONLY_REFUSAL = "ketnghia: record written only by the hub"
TRIGGER_TAG = "_hub_read_only_"

_ON_HUB = "(SELECT value FROM settings WHERE key = 'role') = 'hub'"
_NOT_APPLYING = "(SELECT applying FROM sync_control) = 0"


def guard_sql(table: str) -> list[str]:
    """CREATE TRIGGER statements that keep a hub from writing `table`'s commune records."""
    if table in HUB_ONLY:
        only = f"BEGIN SELECT RAISE(ABORT, '{HUB_ONLY_REFUSAL}'); END"
        elsewhere = f"NOT COALESCE({_ON_HUB}, 0) AND {_NOT_APPLYING}"
        return [
            f'CREATE TRIGGER "{table}{TRIGGER_TAG}{op}" BEFORE {op.upper()} ON "{table}" '
            f"WHEN {elsewhere} {only}"
            for op in ("insert", "update", "delete")
        ]
    if table in HUB_WRITES:
        return []
    refuse = f"BEGIN SELECT RAISE(ABORT, '{READ_ONLY}'); END"
    when = f"{_ON_HUB} AND {_NOT_APPLYING}"  # a commune station stops at the first
    return [
        f'CREATE TRIGGER "{table}{TRIGGER_TAG}insert" BEFORE INSERT ON "{table}" '
        f"WHEN {when} AND NEW.commune_code IS NOT NULL {refuse}",
        f'CREATE TRIGGER "{table}{TRIGGER_TAG}update" BEFORE UPDATE ON "{table}" '
        f"WHEN {when} AND (OLD.commune_code IS NOT NULL OR NEW.commune_code IS NOT NULL) {refuse}",
        f'CREATE TRIGGER "{table}{TRIGGER_TAG}delete" BEFORE DELETE ON "{table}" '
        f"WHEN {when} AND OLD.commune_code IS NOT NULL {refuse}",
    ]


def is_refusal(exc: BaseException) -> bool:
    """Whether `exc` is the hub's refusal to write a commune's record, or a commune's to write
    a record only the hub writes."""
    return isinstance(exc, sqlite3.IntegrityError) and (
        READ_ONLY in str(exc) or HUB_ONLY_REFUSAL in str(exc)
    )


def hub_only_refusal() -> UserError:
    return UserError(
        tr(
            "The sponsor directory and its matches are kept by the district hub; this "
            "station receives them by sync and cannot change them."
        )
    )


def refusal(exc: BaseException | None = None) -> UserError:
    if exc is not None and HUB_ONLY_REFUSAL in str(exc):
        return hub_only_refusal()
    return UserError(
        tr(
            "On the district hub a commune's records are read-only: only the commune's own "
            "stations change them, and the hub receives their changes by sync."
        )
    )


def hub_writes(table: str, commune_code: str | None) -> bool:
    """Whether a hub may write a record of `table` with this commune code."""
    return commune_code is None or table in HUB_WRITES
