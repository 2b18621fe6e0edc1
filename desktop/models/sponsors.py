"""Sponsor units (đơn vị kết nghĩa) and their twinnings with communes.

A sponsor with commune_code NULL belongs to the hub's directory and reaches communes through
sync; a commune station may list it and twin with it but not change it (the hub would refuse
the change). Sponsors a commune adds carry its commune code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.i18n import tr
from desktop.models import reference, search, sponsor_directory
from desktop.models.db import Database, and_scope, commune_scope, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import Column, Count, Export, RecordType, name_of
from desktop.models.rows import record, records
from desktop.models.validation import Checker, iso

PHONE_CHARS = set("0123456789 +.-()")


@dataclass
class Sponsor:
    id: str | None = None
    name: str = ""
    short_name: str | None = None
    kind: str | None = None
    headcount: int | None = None
    address: str | None = None
    representative: str | None = None
    representative_title: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None
    commune_code: str | None = None


@dataclass
class Twinning:
    id: str | None = None
    sponsor_id: str = ""
    since: str | None = None
    until: str | None = None
    decision_number: str | None = None
    decision_date: str | None = None
    active: bool = True
    notes: str | None = None
    commune_code: str | None = None


_SPONSOR_COLUMNS = (
    "id, name, short_name, kind, headcount, address, representative, representative_title, "
    "phone, email, notes, commune_code"
)
_TWINNING_COLUMNS = (
    "id, sponsor_id, since, until, decision_number, decision_date, active, notes, commune_code"
)


def kind_choices(db: Database) -> list[tuple[str, str]]:
    return [(item.code, item.name) for item in reference.catalog(db.conn, "sponsor_kind")]


def get_sponsor(db: Database, sponsor_id: str) -> Sponsor:
    found = record(
        Sponsor,
        db.execute(
            f"SELECT {_SPONSOR_COLUMNS} FROM sponsor WHERE id = ? AND deleted = 0", [sponsor_id]
        ),
    )
    if found is None:
        raise UserError(tr("This sponsor no longer exists; it may have been deleted."))
    return found


def visible_scope(commune_code: str | None) -> tuple[str, list]:
    """SQL condition on `sponsor` for the sponsors a station sees: its own and the hub's."""
    if commune_code is None:
        return "1", []
    scope, args = commune_scope(commune_code, "sponsor")
    return f"({scope} OR sponsor.commune_code IS NULL)", args


def listing(own_commune_only: bool) -> Listing:
    """The sponsors list; its twinning columns read this station's commune only when
    `own_commune_only`."""
    return Listing(
        "sponsor",
        (
            Field("name", "sponsor.name"),
            Field("short_name", "sponsor.short_name"),
            Field("kind", "sponsor.kind"),
            Field("headcount", "sponsor.headcount", "int"),
            Field("representative", "sponsor.representative"),
            Field("phone", "sponsor.phone"),
            Field("since", active_twinning_expr("since", own_commune_only), "date"),
            Field("decision_number", active_twinning_expr("decision_number", own_commune_only)),
            Field("directory", sponsor_directory.entry_name_sql("sponsor.id")),
        ),
        "sponsor.name",
        alias="sponsor",
    )


def list_filters(
    db: Database, *, commune_code: str | None, text: str = "", kind: str | None = None
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of the sponsors list."""
    scope, params = visible_scope(commune_code)
    where = ["sponsor.deleted = 0", scope]
    if kind is not None:
        where.append("sponsor.kind = ?")
        params = [*params, kind]
    words, word_params = search.words_where(
        db.conn,
        text,
        ["sponsor.name", "sponsor.short_name", "sponsor.representative", "sponsor.address"],
    )
    return where + words, params + word_params


def sponsor_choices(db: Database, commune_code: str | None) -> list[tuple[str, str]]:
    """(id, name) of live sponsors this station sees, twinned ones first."""
    where, params = visible_scope(commune_code)
    rows = db.execute(
        f"SELECT sponsor.id, sponsor.name FROM sponsor WHERE sponsor.deleted = 0 AND {where} "
        "ORDER BY NOT EXISTS (SELECT 1 FROM twinning t WHERE t.sponsor_id = sponsor.id "
        "AND t.deleted = 0 AND t.active = 1), sponsor.name",
        params,
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def _writable(db: Database, sponsor: Sponsor, commune_code: str | None) -> None:
    if commune_code is not None and not reference.same_commune(
        db.conn, sponsor.commune_code, commune_code
    ):
        raise UserError(
            tr("This sponsor belongs to the district's directory; only the district can change it.")
        )


def _phone(check: Checker, key: str, value: str | None) -> str | None:
    phone = check.text(key, value)
    if phone is not None and not set(phone) <= PHONE_CHARS:
        check.fail(key, tr("A phone number may hold only digits, spaces and + . - ( )."))
    return phone


def clean_sponsor(db: Database, sponsor: Sponsor) -> Sponsor:
    check = Checker()
    name = check.text("name", sponsor.name, True, tr("Enter the sponsor's name."))
    kinds = {code for code, _ in kind_choices(db)}
    kind = check.choice("kind", sponsor.kind, kinds, tr("Choose the kind of sponsor."))
    headcount = check.number("headcount", sponsor.headcount, integer=True)
    email = check.text("email", sponsor.email)
    if email is not None and ("@" not in email or " " in email):
        check.fail("email", tr("The e-mail address is not valid."))
    phone = _phone(check, "phone", sponsor.phone)
    if name is not None:
        for other_id, other_name in db.execute(
            "SELECT id, name FROM sponsor WHERE deleted = 0 AND lower(name) = lower(?)", [name]
        ):
            if other_id != sponsor.id:
                check.fail(
                    "name", tr("A sponsor named {name} already exists.").format(name=other_name)
                )
    check.done()
    return Sponsor(
        id=sponsor.id,
        name=name or "",
        short_name=check.text("short_name", sponsor.short_name),
        kind=kind,
        headcount=int(headcount) if headcount is not None else None,
        address=check.text("address", sponsor.address),
        representative=check.text("representative", sponsor.representative),
        representative_title=check.text("representative_title", sponsor.representative_title),
        phone=phone,
        email=email,
        notes=(sponsor.notes or "").strip() or None,
        commune_code=sponsor.commune_code,
    )


def save_sponsor(db: Database, sponsor: Sponsor, station_commune: str | None = None) -> str:
    """Insert or update a sponsor; `station_commune` is the writing commune (None on a hub)."""
    if sponsor.id is not None:
        _writable(db, get_sponsor(db, sponsor.id), station_commune)
    cleaned = clean_sponsor(db, sponsor)
    values = [
        cleaned.name,
        cleaned.short_name,
        cleaned.kind,
        cleaned.headcount,
        cleaned.address,
        cleaned.representative,
        cleaned.representative_title,
        cleaned.phone,
        cleaned.email,
        cleaned.notes,
    ]
    with transaction(db) as conn:
        if cleaned.id is None:
            sponsor_id = uuid7()
            conn.execute(
                "INSERT INTO sponsor (id, commune_code, name, short_name, kind, headcount, "
                "address, representative, representative_title, phone, email, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [sponsor_id, cleaned.commune_code, *values],
            )
            return sponsor_id
        conn.execute(
            "UPDATE sponsor SET name = ?, short_name = ?, kind = ?, headcount = ?, address = ?, "
            "representative = ?, representative_title = ?, phone = ?, email = ?, notes = ? "
            "WHERE id = ?",
            [*values, cleaned.id],
        )
        return cleaned.id


def delete_sponsors(
    db: Database, sponsor_ids: list[str], station_commune: str | None = None
) -> None:
    """Move sponsors and their twinnings to the trash (tombstones)."""
    with transaction(db) as conn:
        for sponsor_id in sponsor_ids:
            _writable(db, get_sponsor(db, sponsor_id), station_commune)
            conn.execute("UPDATE sponsor SET deleted = 1 WHERE id = ?", [sponsor_id])
            conn.execute(
                "UPDATE twinning SET deleted = 1 WHERE sponsor_id = ? AND deleted = 0",
                [sponsor_id],
            )


# ---- twinnings ---------------------------------------------------------------------------


def _twinning(active: int, **columns: Any) -> Twinning:
    return Twinning(active=bool(active), **columns)


def get_twinning(db: Database, twinning_id: str) -> Twinning:
    twinning = record(
        _twinning,
        db.execute(
            f"SELECT {_TWINNING_COLUMNS} FROM twinning WHERE id = ? AND deleted = 0", [twinning_id]
        ),
    )
    if twinning is None:
        raise UserError(tr("This twinning no longer exists; it may have been deleted."))
    return twinning


def twinnings_of(db: Database, sponsor_id: str, commune_code: str | None = None) -> list[Twinning]:
    """Live twinnings of a sponsor (with this commune only, on a commune station), newest first."""
    where, params = and_scope(commune_code)
    return records(
        _twinning,
        db.execute(
            f"SELECT {_TWINNING_COLUMNS} FROM twinning WHERE sponsor_id = ? AND deleted = 0 "
            f"{where} ORDER BY since DESC",
            [sponsor_id, *params],
        ),
    )


def clean_twinning(db: Database, twinning: Twinning, today: dt.date | None = None) -> Twinning:
    check = Checker()
    row = db.execute(
        "SELECT commune_code FROM sponsor WHERE id = ? AND deleted = 0", [twinning.sponsor_id]
    ).fetchone()
    if row is None:
        check.fail("sponsor_id", tr("Choose the sponsor."))
    elif row[0] is not None and not reference.same_commune(db.conn, row[0], twinning.commune_code):
        # a record points only at its own commune's records (its predecessors' too) or the
        # district's (sync refuses anything else, see sync/references.py)
        check.fail(
            "sponsor_id",
            tr(
                "This sponsor was added by another commune; twin it with that commune, or choose "
                "a sponsor of the district's directory."
            ),
        )
    if not twinning.commune_code:
        check.fail("commune_code", tr("Choose the commune of the twinning."))
    since = check.date("since", twinning.since, True, today)
    until = check.date(
        "until",
        twinning.until,
        allow_future=True,
        not_before=since,
        not_before_message=tr("The end of the twinning cannot be before its start."),
    )
    decision_date = check.date("decision_date", twinning.decision_date, today=today)
    number = check.text("decision_number", twinning.decision_number)
    if decision_date is not None and number is None:
        check.fail("decision_number", tr("Enter the number of the decision."))
    if twinning.active and twinning.commune_code and row is not None:
        scope, args = commune_scope(twinning.commune_code, "")
        clash = db.execute(
            f"SELECT 1 FROM twinning WHERE sponsor_id = ? AND {scope} AND active = 1 "
            "AND deleted = 0 AND id IS NOT ?",
            [twinning.sponsor_id, *args, twinning.id],
        ).fetchone()
        if clash is not None:
            check.fail(
                "active",
                tr("This sponsor already has an active twinning with this commune."),
            )
    check.done()
    return Twinning(
        id=twinning.id,
        sponsor_id=twinning.sponsor_id,
        since=iso(since),
        until=iso(until),
        decision_number=number,
        decision_date=iso(decision_date),
        active=bool(twinning.active),
        notes=(twinning.notes or "").strip() or None,
        commune_code=twinning.commune_code,
    )


def save_twinning(db: Database, twinning: Twinning, today: dt.date | None = None) -> str:
    cleaned = clean_twinning(db, twinning, today)
    values = [
        cleaned.since,
        cleaned.until,
        cleaned.decision_number,
        cleaned.decision_date,
        int(cleaned.active),
        cleaned.notes,
    ]
    with transaction(db) as conn:
        if cleaned.id is None:
            twinning_id = uuid7()
            conn.execute(
                "INSERT INTO twinning (id, commune_code, sponsor_id, since, until, "
                "decision_number, decision_date, active, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [twinning_id, cleaned.commune_code, cleaned.sponsor_id, *values],
            )
            return twinning_id
        get_twinning(db, cleaned.id)
        conn.execute(
            "UPDATE twinning SET since = ?, until = ?, decision_number = ?, decision_date = ?, "
            "active = ?, notes = ? WHERE id = ?",
            [*values, cleaned.id],
        )
        return cleaned.id


def delete_twinning(db: Database, twinning_id: str) -> None:
    with transaction(db) as conn:
        conn.execute("UPDATE twinning SET deleted = 1 WHERE id = ?", [twinning_id])


def active_twinning_expr(column: str, own_commune_only: bool) -> str:
    """SQL expression on `sponsor`: `column` ("since", "decision_number") of its latest active
    twinning, with this station's commune only when `own_commune_only`."""
    if column not in ("since", "until", "decision_number", "decision_date"):
        raise ValueError(column)
    scope = (
        "AND t.commune_code = (SELECT value FROM settings WHERE key = 'unit_code') "
        if own_commune_only
        else ""
    )
    return (
        f"(SELECT t.{column} FROM twinning t WHERE t.sponsor_id = sponsor.id AND t.deleted = 0 "
        f"AND t.active = 1 {scope}ORDER BY t.since DESC LIMIT 1)"
    )


# ---- the record types of this module (desktop.models.records) --------------------

SPONSORS_EXPORT = Export(
    name="sponsors",
    title="Đơn vị kết nghĩa",
    sql=(
        "SELECT s.name, s.short_name, COALESCE(k.name, s.kind), s.headcount, s.address, "
        "s.representative, s.representative_title, s.phone, s.email, "
        f"{sponsor_directory.entry_name_sql('s.id')} FROM sponsor s "
        "LEFT JOIN catalog_item k ON k.catalog = 'sponsor_kind' AND k.code = s.kind "
        "WHERE s.deleted = 0 AND {year} AND {commune} ORDER BY s.name"
    ),
    year_condition=None,
    columns=[
        Column("Tên đơn vị", width=36),
        Column("Tên viết tắt"),
        Column("Loại đơn vị", width=26),
        Column("Biên chế", "int"),
        Column("Địa chỉ", width=30),
        Column("Người đại diện", width=24),
        Column("Chức vụ"),
        Column("Điện thoại"),
        Column("Thư điện tử"),
        Column("Trong danh mục của trạm tổng hợp", width=36),
    ],
    commune="s.commune_code",
)
TWINNINGS_EXPORT = Export(
    name="twinnings",
    title="Quan hệ kết nghĩa",
    sql=(
        "SELECT s.name, t.since, t.until, t.decision_number, t.decision_date, t.active, t.notes "
        "FROM twinning t JOIN sponsor s ON s.id = t.sponsor_id "
        "WHERE t.deleted = 0 AND {year} AND {commune} "
        "ORDER BY s.name, t.since"
    ),
    year_condition=(
        "substr(t.since, 1, 4) <= CAST(? AS TEXT) AND (t.until IS NULL OR "
        "substr(t.until, 1, 4) >= CAST(? AS TEXT))"
    ),
    columns=[
        Column("Đơn vị kết nghĩa", width=36),
        Column("Từ ngày", "date"),
        Column("Đến ngày", "date"),
        Column("Quyết định số"),
        Column("Ngày quyết định", "date"),
        Column("Đang kết nghĩa", "bool"),
        Column("Ghi chú", width=30),
    ],
    commune="t.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "sponsor",
        lambda: tr("Sponsor"),
        "t.name",
        count=Count("sponsors", lambda: tr("sponsors")),
        export=SPONSORS_EXPORT,
        fields={"headcount": lambda: tr("Headcount")},
    ),
    RecordType(
        "twinning",
        lambda: tr("Twinning"),
        f"{name_of('sponsor', 'sponsor_id')} || coalesce(' — ' || t.decision_number, '')",
        count=Count("twinnings", lambda: tr("twinnings")),
        export=TWINNINGS_EXPORT,
        fields={
            "since": lambda: tr("Since"),
            "until": lambda: tr("Until"),
            "decision_number": lambda: tr("Decision number"),
        },
    ),
)
