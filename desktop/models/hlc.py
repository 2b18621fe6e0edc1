"""The hybrid logical clock: text stamps "PPPPPPPPPPPPPPP-CCCCC" (physical ms, counter).

Local stamps are issued by the change-log triggers (see changelog.py) from the `hlc_state` row,
so the clock never goes backwards even when the PC clock is set years wrong: the physical part is
the larger of the wall clock and the last stamp, and the counter breaks ties. This module reads
and advances that state from Python: stamps seen in remote changes, the wall-clock check, and
the check of the year a dated record would get from the PC's clock (`doubtful_year`).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from dataclasses import dataclass

from desktop.i18n import tr

# Far enough to be a wrong clock rather than a long pause between uses.
CLOCK_BEHIND_LIMIT_MS = 24 * 3600 * 1000
CLOCK_AHEAD_LIMIT_MS = 366 * 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    physical: int
    counter: int

    def __str__(self) -> str:
        return f"{self.physical:015d}-{self.counter:05d}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        physical, counter = text.split("-")
        return cls(int(physical), int(counter))

    @property
    def moment(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.physical / 1000, tz=dt.UTC)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def current(conn: sqlite3.Connection) -> Stamp:
    physical, counter = conn.execute("SELECT physical, counter FROM hlc_state").fetchone()
    return Stamp(physical, counter)


def observe(conn: sqlite3.Connection, remote: str) -> None:
    """Advance the clock past a stamp seen in a remote change (inside the caller's transaction).

    A remote stamp more than CLOCK_AHEAD_LIMIT_MS beyond our wall clock comes from a PC whose
    clock is wrong; following it would drag every later local stamp into its future, so it
    advances the clock only up to that limit.
    """
    seen = Stamp.parse(remote)
    ceiling = wall_ms() + CLOCK_AHEAD_LIMIT_MS
    if seen.physical > ceiling:
        seen = Stamp(ceiling, 0)
    if seen > current(conn):
        conn.execute(
            "UPDATE hlc_state SET physical = ?, counter = ?", (seen.physical, seen.counter)
        )


@dataclass(frozen=True)
class ClockCheck:
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


@dataclass(frozen=True)
class YearDoubt:
    """The PC's year lies outside the years this station knows: ask before filing under it."""

    pc_year: int
    first: int
    last: int

    def message(self) -> str:
        return tr(
            "The computer's clock says the year is {year}, but this station's records run from "
            "{first} to {last}; check the date and time, and say which year the file is for."
        ).format(year=self.pc_year, first=self.first, last=self.last)


def known_years(conn: sqlite3.Connection) -> tuple[int, int] | None:
    """The first and last year of the households' yearly status held here; without any, the
    year of the station's last change (None for a station that has written nothing)."""
    first, last = conn.execute(
        "SELECT min(year), max(year) FROM household_year WHERE deleted = 0"
    ).fetchone()
    if first is not None:
        return first, last
    stamp = current(conn)
    if not stamp.physical:
        return None
    year = stamp.moment.astimezone().year
    return year, year


def doubtful_year(conn: sqlite3.Connection, today: dt.date | None = None) -> YearDoubt | None:
    """A YearDoubt when the PC's year is before the station's first known year or more than one
    year after its last (a new year after the last is normal); None when it is plausible or
    the station knows no year yet."""
    year = (today or dt.date.today()).year
    known = known_years(conn)
    if known is None or known[0] <= year <= known[1] + 1:
        return None
    return YearDoubt(year, *known)
