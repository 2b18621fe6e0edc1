"""The commune's twinning working group (Tổ công tác): members, their roles, terms and stages.

The stages a member is responsible for are codes of the reference catalog `stage`; the page
shows which stages nobody covers yet.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import tr
from desktop.models import reference, search
from desktop.models.db import Database, add_scope, commune_is, commune_scope, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import Column, Count, Export, RecordType
from desktop.models.rows import record, records
from desktop.models.validation import Checker, iso

# Role in the group, in order of rank.
ROLES = ("to_truong", "to_pho", "thanh_vien")


def role_label(role: str) -> str:
    return {
        "to_truong": tr("Group leader"),
        "to_pho": tr("Deputy leader"),
        "thanh_vien": tr("Member"),
    }.get(role, role)


@dataclass
class Member:
    id: str | None = None
    full_name: str = ""
    position: str | None = None
    unit: str | None = None
    group_role: str = "thanh_vien"
    phone: str | None = None
    term_start: str | None = None
    term_end: str | None = None
    stages: list[str] = field(default_factory=list)
    notes: str | None = None
    commune_code: str | None = None


_COLUMNS = (
    "id, full_name, position, unit, group_role, phone, term_start, term_end, stages, notes, "
    "commune_code"
)


def _member(stages: str | None, **columns: Any) -> Member:
    return Member(stages=json.loads(stages or "[]"), **columns)


# ---- the list page's query (the view adds titles and formatting) ------------------------------

LISTING = Listing(
    "member",
    (
        Field("full_name", "member.full_name"),
        Field("position", "member.position"),
        Field("unit", "member.unit"),
        Field("group_role", "member.group_role"),
        Field("phone", "member.phone"),
        Field("term_start", "member.term_start", "date"),
        Field("term_end", "member.term_end", "date"),
        Field("stages", "member.stages"),
    ),
    "CASE member.group_role WHEN 'to_truong' THEN 0 WHEN 'to_pho' THEN 1 ELSE 2 END, "
    "member.full_name",
    alias="member",
)


def list_filters(
    db: Database, *, commune_code: str | None, text: str = "", role: str | None = None
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of the working group's list."""
    where: list[str] = ["member.deleted = 0"]
    params: list = []
    if commune_code is not None:
        add_scope(where, params, commune_code, "member")
    if role is not None:
        where.append("member.group_role = ?")
        params.append(role)
    words, word_params = search.words_where(
        db.conn, text, ["member.full_name", "member.position", "member.unit", "member.phone"]
    )
    return where + words, params + word_params


def get_member(db: Database, member_id: str) -> Member:
    member = record(
        _member,
        db.execute(f"SELECT {_COLUMNS} FROM member WHERE id = ? AND deleted = 0", [member_id]),
    )
    if member is None:
        raise UserError(tr("This member no longer exists; it may have been deleted."))
    return member


def list_members(db: Database, commune_code: str | None) -> list[Member]:
    """Live members, leader first, then deputies, then members by name."""
    where, params = commune_scope(commune_code or None, "")
    return records(
        _member,
        db.execute(
            f"SELECT {_COLUMNS} FROM member WHERE deleted = 0 AND {where} ORDER BY "
            "CASE group_role WHEN 'to_truong' THEN 0 WHEN 'to_pho' THEN 1 ELSE 2 END, full_name",
            params,
        ),
    )


def clean(db: Database, member: Member, today: dt.date | None = None) -> Member:
    """The member with cleaned values, or ValidationError naming each wrong field."""
    check = Checker()
    today = today or dt.date.today()
    full_name = check.text("full_name", member.full_name, True, tr("Enter the member's full name."))
    role = check.choice(
        "group_role", member.group_role, ROLES, tr("Choose the member's role in the group.")
    )
    phone = check.text("phone", member.phone)
    if phone is not None and not all(ch.isdigit() or ch in " +.-()" for ch in phone):
        check.fail("phone", tr("A phone number may hold only digits, spaces and + . - ( )."))
    start = check.date("term_start", member.term_start, True, today)
    end = check.date(
        "term_end",
        member.term_end,
        allow_future=True,
        not_before=start,
        not_before_message=tr("The end of the term cannot be before its start."),
    )
    known = {item.code for item in reference.catalog(db.conn, "stage")}
    stages = [code for code in dict.fromkeys(member.stages)]
    unknown = [code for code in stages if code not in known]
    if unknown:
        check.fail("stages", tr("Unknown stage: {codes}.").format(codes=", ".join(unknown)))
    if role == "to_truong":
        scope, args = commune_is(member.commune_code)
        others = db.execute(
            "SELECT full_name FROM member WHERE deleted = 0 AND group_role = 'to_truong' "
            f"AND {scope} AND id IS NOT ? AND (term_end IS NULL OR term_end >= ?)",
            [*args, member.id, today.isoformat()],
        ).fetchone()
        if others is not None:
            check.fail(
                "group_role",
                tr("{name} is already the group leader; change that member's role first.").format(
                    name=others[0]
                ),
            )
    check.done()
    return Member(
        id=member.id,
        full_name=full_name or "",
        position=check.text("position", member.position),
        unit=check.text("unit", member.unit),
        group_role=role or "thanh_vien",
        phone=phone,
        term_start=iso(start),
        term_end=iso(end),
        stages=stages,
        notes=(member.notes or "").strip() or None,
        commune_code=member.commune_code,
    )


def save_member(db: Database, member: Member, today: dt.date | None = None) -> str:
    """Insert or update a member; returns its id."""
    cleaned = clean(db, member, today)
    values = [
        cleaned.full_name,
        cleaned.position,
        cleaned.unit,
        cleaned.group_role,
        cleaned.phone,
        cleaned.term_start,
        cleaned.term_end,
        json.dumps(cleaned.stages),
        cleaned.notes,
    ]
    with transaction(db) as conn:
        if cleaned.id is None:
            member_id = uuid7()
            conn.execute(
                "INSERT INTO member (id, commune_code, full_name, position, unit, group_role, "
                "phone, term_start, term_end, stages, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [member_id, cleaned.commune_code, *values],
            )
            return member_id
        get_member(db, cleaned.id)
        conn.execute(
            "UPDATE member SET full_name = ?, position = ?, unit = ?, group_role = ?, phone = ?, "
            "term_start = ?, term_end = ?, stages = ?, notes = ? WHERE id = ?",
            [*values, cleaned.id],
        )
        return cleaned.id


def delete_members(db: Database, member_ids: list[str]) -> None:
    """Move members to the trash (tombstones, so the deletion syncs)."""
    with transaction(db) as conn:
        for member_id in member_ids:
            conn.execute("UPDATE member SET deleted = 1 WHERE id = ? AND deleted = 0", [member_id])


@dataclass(frozen=True)
class StageCover:
    code: str
    name: str
    members: list[str]


def stage_coverage(db: Database, commune_code: str | None) -> list[StageCover]:
    """Each stage of the reference catalog with the current members responsible for it."""
    today = dt.date.today().isoformat()
    current = [
        m for m in list_members(db, commune_code) if m.term_end is None or m.term_end >= today
    ]
    return [
        StageCover(item.code, item.name, [m.full_name for m in current if item.code in m.stages])
        for item in reference.catalog(db.conn, "stage")
    ]


def member_choices(db: Database, commune_code: str | None) -> list[tuple[str, str]]:
    """(id, "name — position") of live members, for choosing surveyors."""
    return [
        (m.id or "", f"{m.full_name} — {m.position}" if m.position else m.full_name)
        for m in list_members(db, commune_code)
    ]


# ---- the record types of this module (desktop.models.records) --------------------

ROLE_WORDS = {"to_truong": "Tổ trưởng", "to_pho": "Tổ phó", "thanh_vien": "Thành viên"}

MEMBERS_EXPORT = Export(
    name="members",
    title="Tổ công tác kết nghĩa",
    sql=(
        "SELECT full_name, position, unit, group_role, phone, term_start, term_end FROM member "
        "WHERE deleted = 0 AND {year} AND {commune} "
        "ORDER BY CASE group_role WHEN 'to_truong' THEN 0 "
        "WHEN 'to_pho' THEN 1 ELSE 2 END, full_name"
    ),
    year_condition=None,
    columns=[
        Column("Họ và tên", width=26),
        Column("Chức vụ", width=32),
        Column("Đơn vị"),
        Column("Vai trò trong tổ", words=ROLE_WORDS),
        Column("Điện thoại"),
        Column("Từ ngày", "date"),
        Column("Đến ngày", "date"),
    ],
)
RECORD_TYPES = (
    RecordType(
        "member",
        lambda: tr("Working group member"),
        "t.full_name",
        count=Count("members", lambda: tr("working group members")),
        export=MEMBERS_EXPORT,
    ),
)
