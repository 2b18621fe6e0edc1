"""Villages (thôn) of a commune: listing, adding, renaming and removing them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import tr
from desktop.models import reference
from desktop.models.db import Database, commune_is, commune_scope, transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.ids import uuid7
from desktop.models.records import Count, RecordType
from desktop.models.rows import records
from desktop.models.text import search_key


@dataclass(frozen=True)
class Village:
    id: str
    name: str
    commune_code: str | None
    households: int | None


def list_villages(
    db: Database, commune_code: str | None = None, counts: bool = False
) -> list[Village]:
    """Live villages in their order; with `counts`, their number of live households (slower)."""
    scope, params = commune_scope(commune_code or None, "v")
    where = f"v.deleted = 0 AND {scope}"
    count = (
        "(SELECT count(*) FROM household h WHERE h.village_id = v.id AND h.deleted = 0)"
        if counts
        else "NULL"
    )
    cursor = db.execute(
        f"SELECT v.id, v.name, v.commune_code, {count} AS households "
        f"FROM village v WHERE {where} "
        f"ORDER BY {reference.successor_sql('v.commune_code')}, v.ordinal, v.name",
        params,
    )
    return records(Village, cursor)


def _check_name(db: Database, name: str, commune_code: str | None, village_id: str | None) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": tr("Enter the village name.")})
    scope, args = commune_is(commune_code)
    for other_id, other in db.execute(
        f"SELECT id, name FROM village WHERE deleted = 0 AND {scope}", args
    ):
        if other_id != village_id and search_key(other) == search_key(name):
            raise ValidationError(
                {"name": tr("The commune already has a village named {name}.").format(name=other)}
            )
    return name


def add_village(db: Database, name: str, commune_code: str | None) -> str:
    """Add a village at the end of the commune's list; returns its id."""
    name = _check_name(db, name, commune_code, None)
    village_id = uuid7()
    with transaction(db) as conn:
        scope, args = commune_is(commune_code)
        last = conn.execute(
            f"SELECT coalesce(max(ordinal), 0) FROM village WHERE {scope}",
            args,
        ).fetchone()[0]
        conn.execute(
            "INSERT INTO village (id, commune_code, name, ordinal) VALUES (?, ?, ?, ?)",
            [village_id, commune_code, name, last + 1],
        )
    return village_id


def rename_village(db: Database, village_id: str, name: str) -> None:
    row = db.execute("SELECT commune_code FROM village WHERE id = ?", [village_id]).fetchone()
    if row is None:
        raise ValidationError({"name": tr("This village no longer exists.")})
    name = _check_name(db, name, row[0], village_id)
    with transaction(db) as conn:
        conn.execute("UPDATE village SET name = ? WHERE id = ?", [name, village_id])


# What may refer to a village: (table, label of one count). Tables from our own registry.
_USES = (
    ("household", lambda n: tr("{count} households").format(count=n)),
    ("need_beneficiary", lambda n: tr("{count} needs").format(count=n)),
    ("allocation", lambda n: tr("{count} hand-outs").format(count=n)),
    ("livelihood_model", lambda n: tr("{count} livelihood models").format(count=n)),
    ("survey_indicator", lambda n: tr("{count} survey indicators").format(count=n)),
)


def uses(db: Database, village_id: str) -> list[str]:
    """What live records refer to the village, in words ("12 households", …); empty: none."""
    found = []
    for table, label in _USES:
        count = db.execute(
            f"SELECT count(*) FROM {table} WHERE village_id = ? AND deleted = 0", [village_id]
        ).fetchone()[0]
        if count:
            found.append(label(count))
    return found


def remove_village(db: Database, village_id: str) -> None:
    """Move an unused village to the trash; UserError saying what uses it otherwise."""
    row = db.execute(
        "SELECT name FROM village WHERE id = ? AND deleted = 0", [village_id]
    ).fetchone()
    if row is None:
        raise UserError(tr("This village no longer exists."))
    used = uses(db, village_id)
    if used:
        raise UserError(
            tr("{name} cannot be removed: {uses} refer to it. Move or remove those first.").format(
                name=row[0], uses=", ".join(used)
            )
        )
    with transaction(db) as conn:
        conn.execute("UPDATE village SET deleted = 1 WHERE id = ?", [village_id])


def communes(db: Database) -> list[str]:
    """Codes of the communes that have villages (every commune's, on a hub)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT commune_code FROM village WHERE deleted = 0 "
            "AND commune_code IS NOT NULL ORDER BY commune_code"
        )
    ]


# ---- the record types of this module (desktop.models.records) --------------------

RECORD_TYPES = (
    RecordType(
        "village",
        lambda: tr("Village"),
        "t.name",
        count=Count("villages", lambda: tr("villages")),
    ),
)
