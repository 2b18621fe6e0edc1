"""This station while it imports or exports bundles: its folder, database, identity and keys,
and whether a unit's area holds a commune (a welcome's hub, an enrollment request's commune)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from desktop.i18n import tr
from desktop.models.db import Database
from desktop.models.errors import UserError
from desktop.paths import DataDir
from sync import keys, ledger


@dataclass
class Context:
    """This station while it imports or exports: its folder, database, identity and keys."""

    data_dir: DataDir
    db: Database
    me: ledger.Station
    keys: keys.StationKeys

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def is_hub(self) -> bool:
        return self.me.role == "hub"


def open_context(data_dir: DataDir, db: Database) -> Context:
    """This station's context (its keys are made now if it has none yet)."""
    if db.execute("SELECT 1 FROM station WHERE is_self = 1").fetchone() is None:
        raise UserError(tr("This data folder has no station yet; run “ketnghia init” first."))
    station_keys = keys.ensure(data_dir, db)
    return Context(data_dir, db, ledger.self_station(db.conn), station_keys)


def within_area(conn: sqlite3.Connection, commune: str, area: str) -> bool:
    """Whether the unit `area` holds `commune` (its district or province, before or after 2025)."""
    seen: set[str] = set()
    frontier = {commune}
    while frontier:
        if area in frontier:
            return True
        seen |= frontier
        parents = set()
        for code in frontier:
            parents |= {
                row[0]
                for row in conn.execute(
                    "SELECT parent_code FROM admin_unit WHERE code = ? AND parent_code IS NOT NULL",
                    (code,),
                )
            }
            parents |= {
                row[0]
                for row in conn.execute(
                    "SELECT new_code FROM admin_unit_change WHERE old_code = ?", (code,)
                )
            }
        frontier = parents - seen
    return False
