"""Restoring a station's database, and a restored commune station catching up with its hub.

A commune station restored from a backup is behind what it already sent: the hub has applied
its changes up to some seq past the backup, and holds bundle numbers past the backup's. Going on
under the same identity would hand out those seq numbers and bundle numbers again for different
changes, which the hub would take for replays (silently ignored) or forks (refused). So when
anything left the station after the backup (or that cannot be known because the replaced
database was unreadable), the station takes a new identity and rejoins the way a replacement PC
does: new site id and keys, an enrollment request written at once, and the hub's welcome bundle
brings back every record of the commune the hub holds. The changes the backup held that the hub
had not acknowledged stay in the change log, renumbered as the new identity's first seqs with
their original versions, so they reach the hub with the next export; those the hub already has
are no-ops there.

When nothing left the station since the backup (same identity, same bundle number and hub), it
simply goes on: the seqs it hands out again were never seen by anyone.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import tr
from desktop.models import backup, store
from desktop.models.db import Database, transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import enrollment, keys, ledger

PREVIOUS_SITE_KEY = "recovery_previous_site_id"
SEQ_MARGIN = 1_000_000  # seqs skipped when the replaced database's last one is unknown
NUMBER_MARGIN = 1_000  # bundle numbers skipped likewise
RESET_TABLES = (
    "sync_stream",
    "sync_held",
    "sync_peer_ack",
    "sync_peer",
    "sync_bundle",
    "sync_sent",
    "sync_relay",
)
RESET_SETTINGS = (
    ledger.NUMBER_KEY,
    ledger.LAST_SHA_KEY,
    ledger.HUB_KEY,
    ledger.ACKED_KEY,
    ledger.ACKED_AT_KEY,
)


@dataclass(frozen=True)
class Rejoin:
    """A restored commune station under its new identity, waiting for the hub's welcome."""

    previous_site_id: str
    site_id: str
    request: Path
    fingerprint: str
    resent: int  # changes of the backup the hub had not acknowledged, to be sent again


@dataclass(frozen=True)
class RestoreDone:
    restored: backup.Restored
    rejoin: Rejoin | None

    def lines(self) -> list[str]:
        """What the user is told, one sentence a line."""
        out = [tr("Restored {file}.").format(file=self.restored.source.name)]
        if self.restored.safety_copy is not None:
            out.append(
                tr("The database it replaced was kept in {path}.").format(
                    path=self.restored.safety_copy
                )
            )
        if self.restored.restored.get("role") == "hub":
            out.append(
                tr(
                    "This is the district hub: the communes send again what it lacks when they "
                    "import its next bundles; export bundles for every commune now."
                )
            )
        if self.rejoin is not None:
            if self.restored.previous is None:
                why = tr(
                    "The database it replaced could not be read, so what this station sent the "
                    "district after the backup is unknown; it now recovers the rest from the "
                    "district the way a replacement PC does:"
                )
            else:
                why = tr(
                    "This commune station had already sent the district what it did after this "
                    "backup, so it now recovers the rest from the district the way a replacement "
                    "PC does:"
                )
            out += [
                why,
                tr(
                    "1. Give the district the enrollment request {path} and read them this "
                    "fingerprint by phone: {digits}."
                ).format(path=self.rejoin.request, digits=self.rejoin.fingerprint),
                tr(
                    "2. The district revokes the old station {old} (“ketnghia sync revoke {old}”) "
                    "and enrolls this one."
                ).format(old=self.rejoin.previous_site_id),
                tr(
                    "3. Import the district's welcome bundle here: it brings back every record of "
                    "the commune the district holds. {count} changes of the backup not yet "
                    "acknowledged go with the next export."
                ).format(count=self.rejoin.resent),
            ]
        return out


def went_further(restored: backup.Restored) -> bool:
    """Whether the station may have sent something after the backup was made."""
    now, then = restored.previous, restored.restored
    if now is None:
        return True  # the replaced database could not be read: assume it went on
    same = ("site_id", ledger.NUMBER_KEY, ledger.HUB_KEY)
    return any(now.get(key) != then.get(key) for key in same)


def restore(data_dir: DataDir, file: Path) -> RestoreDone:
    """Restore `file` in place of the station's database, then rejoin the hub when needed."""
    restored = backup.restore(data_dir, Path(file))
    db = store.open_database(data_dir)  # migrates a backup of an older program
    try:
        rejoin = None
        if restored.restored.get("role") == "commune" and went_further(restored):
            rejoin = become_replacement(data_dir, db)
        else:
            continue_numbering(db, restored)
    finally:
        store.close(db)
    return RestoreDone(restored, rejoin)


def continue_numbering(db: Database, restored: backup.Restored) -> None:
    """Go on from the replaced database's seq and bundle numbers, never handing any out again.

    Used where the identity stays (a hub, or a commune that sent nothing since the backup).
    Peers read a seq range as a range, so the seqs skipped are no gap to wait for, and a bundle
    number past the last one seen is no fork. When the replaced database could not be read,
    both jump by a margin larger than any week's work.
    """
    conn = db.conn
    previous = restored.previous or {}
    last = ledger.local_last_seq(conn)
    seq_floor = restored.previous_last_seq
    if seq_floor is None:
        seq_floor = last + SEQ_MARGIN
    number, _ = ledger.next_number(conn)
    number -= 1
    if previous.get(ledger.NUMBER_KEY) is not None:
        number_floor = int(previous[ledger.NUMBER_KEY])
    else:
        number_floor = number + (NUMBER_MARGIN if restored.previous is None else 0)
    with transaction(db):
        if seq_floor > last:
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'change_log'")
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('change_log', ?)", (seq_floor,)
            )
        if number_floor > number:
            ledger.set_local(conn, ledger.NUMBER_KEY, str(number_floor))
            ledger.set_local(conn, ledger.LAST_SHA_KEY, previous.get(ledger.LAST_SHA_KEY, ""))
        if restored.restored.get("role") == "hub":
            # Forget what the communes confirmed seeing: the next export tells every commune how
            # far this hub now holds its changes, and each sends the rest again.
            conn.execute("UPDATE sync_peer SET echo = '{}', acks_sent = NULL")


def become_replacement(data_dir: DataDir, db: Database) -> Rejoin:
    """Give this commune station a new identity and write its enrollment request."""
    conn = db.conn
    previous = ledger.self_station(conn).site_id
    site_id = uuid7()
    retired = None
    if data_dir.keys.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        retired = data_dir.root / f"keys-{previous[-8:]}-{stamp}"
        os.replace(data_dir.keys, retired)
    try:
        with transaction(db):
            resent = _renumber_unacknowledged(conn)
            for key in RESET_SETTINGS:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            ledger.set_local(conn, "site_id", site_id)
            ledger.set_local(conn, PREVIOUS_SITE_KEY, previous)
            conn.execute("DELETE FROM station WHERE is_self = 0")
            conn.execute(
                "UPDATE station SET site_id = ?, sign_public_key = NULL, enc_public_key = NULL, "
                "enrolled_at = ? WHERE is_self = 1",
                (site_id, ledger.now()),
            )
            for table in RESET_TABLES:
                conn.execute(f'DELETE FROM "{table}"')
    except BaseException:
        if retired is not None:
            os.replace(retired, data_dir.keys)
        raise
    public = keys.create(data_dir, db)
    data_dir.outbox.mkdir(parents=True, exist_ok=True)
    request = enrollment.write_request(data_dir, db, data_dir.outbox)
    return Rejoin(previous, site_id, request, public.fingerprint, resent)


def _renumber_unacknowledged(conn) -> int:
    """Keep only the changes the hub had not acknowledged, as seqs 1, 2, … of the new identity."""
    acked = ledger.acked_seq(conn)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(change_log)") if row[1] != "seq"]
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = conn.execute(
        f"SELECT {quoted} FROM change_log WHERE seq > ? ORDER BY seq", (acked,)
    ).fetchall()
    conn.execute("DELETE FROM change_log")
    conn.execute("DELETE FROM sqlite_sequence WHERE name = 'change_log'")
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO change_log ({quoted}) VALUES ({marks})", rows)
    return len(rows)
