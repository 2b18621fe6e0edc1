"""The hub's area: every commune it answers for, from the reference data, whether it has a
station or not, before and after the 2025 reform.

A hub is set up for a district (before 2025-07) or a province-level city (after). Its area is
the communes in force today that its unit's communes became — the city's new communes, or for a
district hub not yet moved, the new communes its old ones were merged into — each listed with
the predecessors whose records roll up into it. Records made under a predecessor keep its code;
`roll_up` maps every code to the commune in force that now holds it.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.i18n import tr
from desktop.models import reference
from desktop.models.db import Database, setting
from desktop.models.text import fold


class AreaCommune(NamedTuple):
    """A commune of the hub's area, with the units it was formed from."""

    code: str
    name: str
    valid_from: str  # "" when in force since before the lists began
    valid_to: str | None
    predecessors: tuple[reference.Unit, ...]
    codes: frozenset[str]  # its code and its predecessors': the codes its records may carry


def hub_unit_code(db: Database) -> str | None:
    """The unit of the hub: on a hub its own, on a commune the one its commune (as it is now)
    belongs to."""
    own = setting(db, "unit_code")
    if own is None or setting(db, "role") == "hub":
        return own
    unit = reference.unit(db.conn, reference.current_code(db.conn, own))
    return unit.parent_code if unit else None


def level_word(db: Database) -> str:
    """The hub's level as a word of a sentence, from its unit in the reference data: "city"
    ("thành phố") for a hub of a city such as Đà Nẵng, "district" ("huyện") for a district hub
    set up before the 2025 reform, "province" ("tỉnh"). Every label naming the hub's level
    takes it from here."""
    code = hub_unit_code(db)
    row = db.execute(
        "SELECT kind FROM admin_unit WHERE code = ? ORDER BY valid_to IS NULL DESC LIMIT 1",
        [code],
    ).fetchone()
    kind = row[0] if row else None
    if kind == "Thành phố":
        return tr("city")
    if kind == "Tỉnh":
        return tr("province")
    if kind == "Thị xã":
        return tr("town")
    return tr("district")


def _area_codes(db: Database, unit_code: str) -> list[str]:
    """Codes of the communes (in force, or the last version) under `unit_code`, directly or
    through a district."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT code FROM admin_unit WHERE level = 'commune' AND (parent_code = ? "
            "OR parent_code IN (SELECT code FROM admin_unit WHERE parent_code = ?))",
            (unit_code, unit_code),
        )
    ]


def roll_up(db: Database, codes: set[str] | list[str] | None = None) -> dict[str, str]:
    """code → the code of the commune in force it rolls up to, for `codes` (every code of the
    reference data when None)."""
    rows = db.execute("SELECT old_code, new_code FROM admin_unit_change").fetchall()
    mapping = dict(rows)
    if codes is None:
        codes = {r[0] for r in db.execute("SELECT DISTINCT code FROM admin_unit")}
    return {code: mapping.get(code, code) for code in codes}


def area(db: Database) -> list[AreaCommune]:
    """Every commune of this hub's area in force today, with its predecessors, by name; and any
    commune the hub holds records or stations of beyond it (a station enrolled from elsewhere).
    Read again only when the database has changed since: a page's figures ask for it often."""
    return list(db.read_once("area", lambda: _read_area(db)))


def _read_area(db: Database) -> list[AreaCommune]:
    unit_code = setting(db, "unit_code") or ""
    mapping = roll_up(db)
    heads = {mapping.get(c, c) for c in _area_codes(db, unit_code)}
    heads |= {mapping.get(c, c) for c in held_codes(db)}
    units: dict[str, reference.Unit] = {}
    earlier: dict[str, list[reference.Unit]] = {}
    for unit in reference.all_communes(db.conn):
        if unit.code in heads and (unit.code not in units or unit.current):
            units[unit.code] = unit
        if unit.valid_to is not None and mapping.get(unit.code) in heads:
            earlier.setdefault(mapping[unit.code], []).append(unit)
    result = []
    for code, unit in units.items():
        predecessors = tuple(sorted(earlier.get(code, []), key=lambda u: u.code))
        codes = frozenset({code, *(p.code for p in predecessors)})
        result.append(
            AreaCommune(code, unit.name, unit.valid_from, unit.valid_to, predecessors, codes)
        )
    return sorted(result, key=lambda c: fold(c.name))


def held_codes(db: Database) -> set[str]:
    """Commune codes the hub has a station of or records from."""
    return {
        row[0]
        for row in db.execute(
            "SELECT unit_code FROM station WHERE is_self = 0 AND role = 'commune' "
            "UNION SELECT commune_code FROM village WHERE commune_code IS NOT NULL "
            "UNION SELECT commune_code FROM need WHERE commune_code IS NOT NULL "
            "UNION SELECT commune_code FROM receipt WHERE commune_code IS NOT NULL "
            "UNION SELECT commune_code FROM twinning WHERE commune_code IS NOT NULL"
        )
    }
