"""Setting up this installation as a commune station or a district hub (first run)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from desktop.i18n import tr
from desktop.models import reference
from desktop.models.db import Database, set_setting, setting, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7

ROLES = ("commune", "hub")
HUB_LEVELS = ("district", "province")


class StationSetup(NamedTuple):
    """What setting up a station asks: its role, unit, name, officer and villages."""

    role: str
    unit_code: str
    station_name: str
    officer: str
    villages: Sequence[str] = ()


class StationInfo(NamedTuple):
    """The station of this data folder, as its settings hold it."""

    site_id: str
    role: str
    unit: reference.Unit
    name: str
    officer: str


def validate(db: Database, setup: StationSetup, today: dt.date | None = None) -> reference.Unit:
    """The unit named by `setup`, or a UserError saying what is wrong (a unit that ended before
    `today` names what it became)."""
    if setting(db, "site_id") is not None:
        raise UserError(tr("This data folder already has a station; choose another folder."))
    if setup.role not in ROLES:
        raise UserError(tr("The role must be “commune” or “hub”."))
    unit = reference.unit(db.conn, setup.unit_code.strip())
    if unit is None:
        raise UserError(
            tr("No administrative unit has the code {code}.").format(code=setup.unit_code)
        )
    ended = reference.defunct_reason(db.conn, unit.code, today or dt.date.today())
    if ended is not None:
        raise UserError(ended)
    if setup.role == "commune" and unit.level != "commune":
        raise UserError(
            tr("{name} is not a commune; a commune station needs a commune code.").format(
                name=unit.name
            )
        )
    if setup.role == "hub" and unit.level not in HUB_LEVELS:
        raise UserError(
            tr("{name} is not a district or province; a hub needs one of those codes.").format(
                name=unit.name
            )
        )
    if not setup.station_name.strip():
        raise UserError(tr("Give the station a name."))
    if not setup.officer.strip():
        raise UserError(tr("Give the name of the officer in charge."))
    names = [v.strip() for v in setup.villages]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise UserError(tr("Village names must be filled in and different from each other."))
    return unit


def initialize(db: Database, setup: StationSetup, today: dt.date | None = None) -> StationInfo:
    """Record this installation's identity and the commune's villages, in one transaction
    (`today` other than the real day only for stations set up before the reform in tests)."""
    unit = validate(db, setup, today)
    site_id = uuid7()
    now = dt.datetime.now().isoformat(timespec="seconds")
    with transaction(db) as conn:
        for key, value in (
            ("site_id", site_id),
            ("role", setup.role),
            ("unit_code", unit.code),
            ("station_name", setup.station_name.strip()),
            ("actor", setup.officer.strip()),
            ("created_at", now),
        ):
            set_setting(db, key, value)
        conn.execute(
            "INSERT INTO station (site_id, role, unit_code, name, officer, enrolled_at, is_self) "
            "VALUES (?, ?, ?, ?, ?, ?, 1)",
            (
                site_id,
                setup.role,
                unit.code,
                setup.station_name.strip(),
                setup.officer.strip(),
                now,
            ),
        )
        conn.execute(
            "INSERT INTO app_user (username, full_name, role, created_at) VALUES (?, ?, ?, ?)",
            (setup.officer.strip(), setup.officer.strip(), "admin", now),
        )
        commune = unit.code if setup.role == "commune" else None
        for ordinal, name in enumerate(setup.villages, start=1):
            conn.execute(
                "INSERT INTO village (id, commune_code, name, ordinal) VALUES (?, ?, ?, ?)",
                (uuid7(), commune, name.strip(), ordinal),
            )
    return info(db)


def info(db: Database) -> StationInfo:
    site_id = setting(db, "site_id")
    if site_id is None:
        raise UserError(tr("This data folder has no station yet; run “ketnghia init” first."))
    unit = reference.unit(db.conn, setting(db, "unit_code") or "")
    assert unit is not None, "station unit missing from reference data"
    return StationInfo(
        site_id=site_id,
        role=setting(db, "role") or "",
        unit=unit,
        name=setting(db, "station_name") or "",
        officer=setting(db, "actor") or "",
    )


def move_to_successor(db: Database) -> tuple[reference.Unit, reference.Unit]:
    """Move a station set up before the 2025 reform to the unit its unit became.

    Records keep the code they were made with (their history); every figure rolls them up into
    the new unit, and documents dated before the reform still name the old one. Returns (old,
    new).
    """
    me = info(db)
    old = me.unit
    if old.current:
        raise UserError(
            tr("{unit} is still in force; the station has nothing to move to.").format(
                unit=old.name
            )
        )
    new = reference.successor_unit(db.conn, old.code)
    if new is None:
        raise UserError(
            tr("The reference data names no single unit that {unit} became.").format(unit=old.name)
        )
    former = [c for c in (setting(db, "former_unit_codes") or "").split(",") if c]
    with transaction(db) as conn:
        set_setting(db, "unit_code", new.code)
        set_setting(db, "former_unit_codes", ",".join([*former, old.code]))
        conn.execute("UPDATE station SET unit_code = ? WHERE is_self = 1", (new.code,))
    return old, new
