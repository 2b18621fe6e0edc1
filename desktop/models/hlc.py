"""The hybrid logical clock: text stamps "PPPPPPPPPPPPPPP-CCCCC" (physical ms, counter).

Local stamps are issued by the change-log triggers (see changelog.py) from the `hlc_state` row,
so the clock never goes backwards even when the PC clock is set years wrong: the physical part is
the larger of the wall clock and the last stamp, and the counter breaks ties. This module reads
and advances that state from Python: stamps seen in remote changes, the wall-clock check, and
the check of the year a dated record would get from the PC's clock (`doubtful_year`).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from typing import NamedTuple

from desktop.i18n import tr

# Far enough to be a wrong clock rather than a long pause between uses.
CLOCK_BEHIND_LIMIT_MS = 24 * 3600 * 1000
CLOCK_AHEAD_LIMIT_MS = 366 * 24 * 3600 * 1000
# How far past our wall clock a remote stamp may take our clock (today's cap); a station whose
# stamps run further ahead has a wrong clock.
REMOTE_AHEAD_LIMIT_MS = 24 * 3600 * 1000
# ASCII digits only: Python's \d and int() also take other scripts' digits.
PATTERN = re.compile(r"[0-9]{15}-[0-9]{5}")


class Stamp(NamedTuple):
    """A hybrid logical clock stamp: milliseconds and a counter, ordered."""

    physical: int
    counter: int

    def __str__(self) -> str:
        return f"{self.physical:015d}-{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        if not is_stamp(text):
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(text[:15]), int(text[16:]))

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.physical / 1000, tz=dt.UTC)


def is_stamp(value: object) -> bool:
    """Whether `value` is stamp text: 15 ASCII digits, a hyphen, 5 ASCII digits."""
    return type(value) is str and PATTERN.fullmatch(value) is not None


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def current(conn: sqlite3.Connection) -> Stamp:
    physical, counter = conn.execute("SELECT physical, counter FROM hlc_state").fetchone()
    return Stamp(physical, counter)


def observe(conn: sqlite3.Connection, remote: str) -> None:
    """Advance the clock past a stamp seen in a remote change (inside the caller's transaction).

    A remote stamp more than REMOTE_AHEAD_LIMIT_MS beyond our wall clock comes from a PC whose
    clock is wrong; following it would drag every later local stamp into its future, so it
    advances the clock only up to that limit. (An edit of a record is stamped above the
    version it replaces anyway, see changelog.py, so nothing depends on following it.)
    """
    seen = Stamp.parse(remote)
    ceiling = wall_ms() + REMOTE_AHEAD_LIMIT_MS
    if seen.physical > ceiling:
        seen = Stamp(ceiling, 0)
    if seen > current(conn):
        conn.execute(
            "UPDATE hlc_state SET physical = ?, counter = ?", (seen.physical, seen.counter)
        )


class ClockCheck(NamedTuple):
    """How the PC's clock compares with the last time this station saw."""

    last_seen: dt.datetime | None
    wall: dt.datetime
    behind: bool  # the wall clock is earlier than a stamp already issued
    far_ahead: bool  # the wall clock jumped more than a year past the last stamp

    @property
    def suspicious(self) -> bool:
        return self.behind or self.far_ahead


def check_wall_clock(conn: sqlite3.Connection, now_ms: int | None = None) -> ClockCheck:
    now_ms = wall_ms() if now_ms is None else now_ms
    last = current(conn)
    wall = dt.datetime.fromtimestamp(now_ms / 1000, tz=dt.UTC)
    if last.physical == 0:
        return ClockCheck(None, wall, False, False)
    return ClockCheck(
        last_seen=last.moment,
        wall=wall,
        behind=now_ms < last.physical - CLOCK_BEHIND_LIMIT_MS,
        far_ahead=now_ms > last.physical + CLOCK_AHEAD_LIMIT_MS,
    )


def follows(stamp: str, base: str | None) -> bool:
    """Whether `stamp` is the stamp right after `base`: an edit stamped from the version it
    replaced (see changelog.py), which says nothing about its writer's clock."""
    if base is None or not is_stamp(stamp) or not is_stamp(base):
        return False
    # (the merge asks this of every change: integers, not Stamp objects)
    physical, counter = int(stamp[:15]), int(stamp[16:])
    before_physical, before_counter = int(base[:15]), int(base[16:])
    return (physical == before_physical and counter == before_counter + 1) or (
        physical == before_physical + 1 and counter == 0
    )


def ahead_ms(stamp: str | None, now_ms: int | None = None) -> int:
    """How far `stamp` runs ahead of our wall clock beyond the tolerated lead (0: it does not)."""
    if stamp is None or not is_stamp(stamp):
        return 0
    now_ms = wall_ms() if now_ms is None else now_ms
    lead = Stamp.parse(stamp).physical - now_ms
    return lead if lead > REMOTE_AHEAD_LIMIT_MS else 0


def clock_warning(conn: sqlite3.Connection, now_ms: int | None = None) -> str | None:
    """What the window's status bar and the command line say when the PC's clock looks wrong."""
    check = check_wall_clock(conn, now_ms)
    if not check.suspicious or check.last_seen is None:
        return None
    now, last = check.wall.astimezone(), check.last_seen.astimezone()
    if check.behind:
        text = tr(
            "Check the computer's date and time: it says {now}, earlier than this station's "
            "last change ({last})."
        )
    else:
        text = tr(
            "Check the computer's date and time: it says {now}, more than a year after this "
            "station's last change ({last})."
        )
    return text.format(now=f"{now:%d/%m/%Y}", last=f"{last:%d/%m/%Y}")
