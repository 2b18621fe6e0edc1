"""Livelihood models (mô hình sinh kế): nhóm hộ, câu lạc bộ, tổ hợp tác, hợp tác xã built with a
sponsor's help, their member households, status (mới / củng cố / nhân rộng) and results.

The kinds come from the reference catalog `model_kind`; a model counts towards its sponsor's
"one model per commune per year" target in the year it is recorded for.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.models import reference, rows, search
from desktop.models.db import Database, add_scope, commune_scope, transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import HOUSEHOLD_NAME, Column, Count, Export, RecordType
from desktop.models.validation import Checker

STATUSES = ("moi", "cung_co", "nhan_rong")


def status_label(status: str) -> str:
    labels = {
        "moi": tr("Newly built"),
        "cung_co": tr("Consolidated"),
        "nhan_rong": tr("Replicated"),
    }
    return labels.get(status, status)


@dataclass
class Model:
    name: str
    kind: str | None
    year: int | None
    sponsor_id: str | None
    status: str = "moi"
    village_id: str | None = None
    category_code: str | None = None
    results: str = ""
    notes: str = ""
    members: list[str] = field(default_factory=list)  # household ids
    id: str | None = None
    started_on: str | None = None  # ISO date it was set up; period reports place it by this


def validate(
    db: Database,
    model: Model,
    *,
    commune_code: str | None,
    today: dt.date | None = None,
) -> dict[str, str]:
    """Field -> message for everything wrong with `model` (empty when it can be saved)."""
    today = today or dt.date.today()
    check = Checker()
    started = check.date("started_on", model.started_on, today=today)
    errors = check.errors
    if not model.name.strip():
        errors["name"] = tr("Enter the model's name.")
    if model.kind not in {item.code for item in reference.catalog(db.conn, "model_kind")}:
        errors["kind"] = tr("Choose the kind of model.")
    if model.year is None:
        errors["year"] = tr("Enter the year.")
    elif model.year > today.year:
        errors["year"] = tr("The year cannot be in the future.")
    elif model.year < 2000:
        errors["year"] = tr("The year is too far in the past.")
    if started is not None and model.year is not None and started.year != model.year:
        errors["started_on"] = tr("The date must fall in the model's year {year}.").format(
            year=model.year
        )
    if not model.sponsor_id:
        errors["sponsor_id"] = tr("Choose the sponsor that helped build the model.")
    elif not _live(db, "sponsor", model.sponsor_id, None):
        errors["sponsor_id"] = tr("This sponsor has been deleted; choose another.")
    if model.status not in STATUSES:
        errors["status"] = tr("Choose the status.")
    if model.village_id and not _live(db, "village", model.village_id, commune_code):
        errors["village_id"] = tr("This village no longer exists; choose another.")
    if model.category_code and model.category_code not in {
        item.code for item in reference.catalog(db.conn, "support_category")
    }:
        errors["category_code"] = tr("Choose the support category.")
    if len(set(model.members)) != len(model.members):
        errors["members"] = tr("A household is listed twice.")
    elif any(not _live(db, "household", h, commune_code) for h in model.members):
        errors["members"] = tr("A member household has been deleted; remove it from the list.")
    return errors


_TABLES = {"sponsor", "village", "household"}


def _live(db: Database, table: str, row_id: str, commune_code: str | None) -> bool:
    assert table in _TABLES
    row = db.execute(
        f"SELECT commune_code FROM {table} WHERE id = ? AND deleted = 0", [row_id]
    ).fetchone()
    return row is not None and (
        commune_code is None
        or row[0] is None
        or reference.same_commune(db.conn, row[0], commune_code)
    )


def save(
    db: Database,
    model: Model,
    *,
    commune_code: str | None,
    today: dt.date | None = None,
) -> str:
    """Create or update the model and its member list; its id."""
    errors = validate(db, model, commune_code=commune_code, today=today)
    if errors:
        raise ValidationError(errors)
    values = (
        model.name.strip(),
        model.kind,
        model.year,
        model.sponsor_id,
        model.category_code or None,
        model.status,
        model.village_id or None,
        model.results.strip() or None,
        model.notes.strip() or None,
        model.started_on or None,
    )
    with transaction(db) as conn:
        if model.id is None:
            model_id = uuid7()
            conn.execute(
                "INSERT INTO livelihood_model (id, commune_code, name, kind, year, sponsor_id, "
                "category_code, status, village_id, results, notes, started_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (model_id, commune_code, *values),
            )
        else:
            model_id = model.id
            _require_live(conn, model_id)
            conn.execute(
                "UPDATE livelihood_model SET name = ?, kind = ?, year = ?, sponsor_id = ?, "
                "category_code = ?, status = ?, village_id = ?, results = ?, notes = ?, "
                "started_on = ? WHERE id = ?",
                (*values, model_id),
            )
        current = dict(
            conn.execute(
                "SELECT household_id, id FROM model_member WHERE model_id = ? AND deleted = 0",
                (model_id,),
            ).fetchall()
        )
        for household_id in model.members:
            if household_id not in current:
                conn.execute(
                    "INSERT INTO model_member (id, commune_code, model_id, household_id) "
                    "VALUES (?, ?, ?, ?)",
                    (uuid7(), commune_code, model_id, household_id),
                )
        for household_id, member_id in current.items():
            if household_id not in model.members:
                conn.execute("UPDATE model_member SET deleted = 1 WHERE id = ?", (member_id,))
    model.id = model_id
    return model_id


def _require_live(conn: sqlite3.Connection, model_id: str) -> None:
    row = conn.execute("SELECT deleted FROM livelihood_model WHERE id = ?", (model_id,)).fetchone()
    if row is None or row[0]:
        raise UserError(tr("This livelihood model does not exist or has been deleted."))


def load(db: Database, model_id: str) -> Model:
    cursor = db.execute(
        "SELECT name, kind, year, sponsor_id, status, village_id, category_code, "
        "COALESCE(results, '') AS results, COALESCE(notes, '') AS notes, started_on "
        "FROM livelihood_model WHERE id = ? AND deleted = 0",
        [model_id],
    )
    row = cursor.fetchone()
    if row is None:
        raise UserError(tr("This livelihood model does not exist or has been deleted."))
    members = [
        r[0]
        for r in db.execute(
            "SELECT m.household_id FROM model_member m JOIN household h ON h.id = m.household_id "
            "AND h.deleted = 0 WHERE m.model_id = ? AND m.deleted = 0 ORDER BY h.head_name",
            [model_id],
        )
    ]
    return Model(**rows.mapping(cursor, row), members=members, id=model_id)


def delete(db: Database, model_id: str) -> None:
    """Move the model to the trash (a tombstone, so the deletion syncs and can be undone)."""
    with transaction(db) as conn:
        _require_live(conn, model_id)
        conn.execute("UPDATE livelihood_model SET deleted = 1 WHERE id = ?", (model_id,))


@dataclass(frozen=True)
class Member:
    id: str
    head_name: str
    birth_year: int | None
    village: str


def members(db: Database, household_ids: list[str]) -> list[Member]:
    """Names and villages of the given households (for showing a member list)."""
    if not household_ids:
        return []
    marks = ", ".join("?" * len(household_ids))
    found = {
        member.id: member
        for member in rows.records(
            Member,
            db.execute(
                "SELECT h.id AS id, h.head_name AS head_name, h.head_birth_year AS birth_year, "
                "v.name AS village FROM household h "
                f"JOIN village v ON v.id = h.village_id WHERE h.id IN ({marks})",
                household_ids,
            ),
        )
    }
    return [found[h] for h in household_ids if h in found]


# ---- the list page's query (the view adds titles and formatting) ------------------------------

LIST_SOURCE = (
    "livelihood_model m LEFT JOIN sponsor s ON s.id = m.sponsor_id "
    "LEFT JOIN village v ON v.id = m.village_id"
)
MEMBERS_EXPR = (
    "(SELECT count(*) FROM model_member mm JOIN household h ON h.id = mm.household_id "
    "AND h.deleted = 0 WHERE mm.model_id = m.id AND mm.deleted = 0)"
)
LISTING = Listing(
    LIST_SOURCE,
    (
        Field("name", "m.name"),
        Field("kind", "m.kind"),
        Field("year", "m.year"),
        Field("sponsor", "s.name"),
        Field("status", "m.status"),
        Field("members", MEMBERS_EXPR, "int"),
        Field("village", "v.name"),
        Field("results", "m.results"),
    ),
    "m.year DESC, m.name, m.id",
    "m.id",
    alias="m",
)


def list_filters(
    db: Database,
    *,
    commune_code: str | None,
    text: str = "",
    year: int | None = None,
    kind: str | None = None,
    status: str | None = None,
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of the models list."""
    where = ["m.deleted = 0"]
    params: list = []
    if commune_code is not None:
        add_scope(where, params, commune_code, "m")
    for column, value in (("m.year", year), ("m.kind", kind), ("m.status", status)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    words, word_params = search.words_where(db.conn, text, ["m.name", "s.name", "m.results"])
    return where + words, params + word_params


def years(db: Database, commune_code: str | None) -> list[int]:
    where, args = commune_scope(commune_code, "")
    return [
        row[0]
        for row in db.execute(
            f"SELECT DISTINCT year FROM livelihood_model WHERE deleted = 0 AND {where} "
            "ORDER BY 1 DESC",
            args,
        )
    ]


# ---- the record types of this module (desktop.models.records) --------------------

STATUS_WORDS = {"moi": "Xây dựng mới", "cung_co": "Củng cố", "nhan_rong": "Nhân rộng"}

MODELS_EXPORT = Export(
    name="models",
    title="Mô hình sinh kế",
    sql=(
        "SELECT m.year, m.name, COALESCE(k.name, m.kind), s.name, c.name, v.name, m.status, "
        "(SELECT COUNT(*) FROM model_member mm WHERE mm.model_id = m.id AND mm.deleted = 0), "
        "m.results FROM livelihood_model m LEFT JOIN sponsor s ON s.id = m.sponsor_id "
        "LEFT JOIN village v ON v.id = m.village_id "
        "LEFT JOIN catalog_item k ON k.catalog = 'model_kind' AND k.code = m.kind "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = m.category_code "
        "WHERE m.deleted = 0 AND {year} AND {commune} ORDER BY m.year, m.name"
    ),
    year_condition="m.year = ?",
    columns=[
        Column("Năm", "year"),
        Column("Tên mô hình", width=34),
        Column("Loại hình"),
        Column("Đơn vị hỗ trợ", width=28),
        Column("Lĩnh vực", width=28),
        Column("Thôn"),
        Column("Tình trạng", words=STATUS_WORDS),
        Column("Số hộ tham gia", "int"),
        Column("Kết quả", width=36),
    ],
    commune="m.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "livelihood_model",
        lambda: tr("Livelihood model"),
        "t.name || ' — ' || t.year",
        count=Count("models", lambda: tr("livelihood models")),
        export=MODELS_EXPORT,
        codes={"status": status_label},
    ),
    RecordType("model_member", lambda: tr("Model member household"), HOUSEHOLD_NAME, part=True),
)
