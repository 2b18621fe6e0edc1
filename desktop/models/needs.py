"""Needs: the yearly proposal, the status flow, and fulfilment computed from linked receipts.

A need moves along đề xuất → đã gửi → được nhận hỗ trợ → đang thực hiện → hoàn thành, or to
không thực hiện; each change is dated and kept in need_status_change. The proposal of a year is
due at the commune deadline of the reference data (15/01) and is complete when every need has a
category, a cost and a proposed sponsor and has been sent.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from desktop.i18n import tr
from desktop.models import reference, search
from desktop.models.db import Database, add_scope, and_scope, commune_scope, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import HOUSEHOLD_NAME, Column, Count, Export, RecordType, day, name_of
from desktop.models.rows import mapping, record, records
from desktop.models.text import format_date
from desktop.models.validation import Checker

# The status flow of a need, in order; the last two end it.
STATUSES = ("de_xuat", "da_gui", "duoc_nhan", "dang_thuc_hien", "hoan_thanh", "khong_thuc_hien")


def status_label(status: str) -> str:
    return {
        "de_xuat": tr("Proposed"),
        "da_gui": tr("Sent"),
        "duoc_nhan": tr("Accepted for support"),
        "dang_thuc_hien": tr("In progress"),
        "hoan_thanh": tr("Completed"),
        "khong_thuc_hien": tr("Not carried out"),
    }.get(status, status)


@dataclass(frozen=True)
class Fulfilment:
    need_id: str
    estimated_cost: int | None
    quantity: float | None
    received_value: int
    received_quantity: float

    @property
    def value_ratio(self) -> float | None:
        if not self.estimated_cost:
            return None
        return self.received_value / self.estimated_cost

    @property
    def fulfilled(self) -> bool:
        return met(self.estimated_cost, self.quantity, self.received_value, self.received_quantity)


def met(
    estimated_cost: int | None,
    quantity: float | None,
    received_value: int,
    received_quantity: float,
) -> bool:
    """Whether what was received fulfils a need: its estimated cost when it has one, else its
    quantity."""
    if estimated_cost:
        return received_value >= estimated_cost
    if quantity:
        return received_quantity >= quantity
    return False


def _fulfilment_sql(where: str, days: int, columns: str = "") -> str:
    """SQL: the needs matching `where` (on `n`) with the value and quantity received against
    them by each of `days` cut-offs (its parameters, each twice, come before those of
    `where`), then `columns` (expressions on `n`)."""
    received = ", ".join(
        f"COALESCE(SUM(CASE WHEN r.received_on <= ? THEN rn.value END), 0) AS value_{d}, "
        f"COALESCE(SUM(CASE WHEN r.received_on <= ? THEN rn.quantity END), 0) AS quantity_{d}"
        for d in range(days)
    )
    if columns:
        received += f", {columns}"
    return (
        f"SELECT n.id AS need_id, n.estimated_cost, n.quantity, {received} FROM need n "
        "LEFT JOIN receipt_need rn ON rn.need_id = n.id AND rn.deleted = 0 "
        "LEFT JOIN receipt r ON r.id = rn.receipt_id AND r.deleted = 0 "
        f"WHERE n.deleted = 0 AND {where} GROUP BY n.id"
    )


_ALWAYS = "9999-12-31"  # receipts up to this day: all of them


# Per-need received value and quantity as SQL expressions on `need`, for list columns.
RECEIVED_VALUE_SQL = (
    "(SELECT coalesce(sum(rn.value), 0) FROM receipt_need rn JOIN receipt r "
    "ON r.id = rn.receipt_id AND r.deleted = 0 WHERE rn.need_id = need.id AND rn.deleted = 0)"
)
RECEIVED_QUANTITY_SQL = (
    "(SELECT coalesce(sum(rn.quantity), 0) FROM receipt_need rn JOIN receipt r "
    "ON r.id = rn.receipt_id AND r.deleted = 0 WHERE rn.need_id = need.id AND rn.deleted = 0)"
)


# ---- the list page's query (the view adds titles and formatting) ------------------------------

LISTING = Listing(
    "need",
    (
        Field("year", "need.year"),
        Field("priority", "need.priority"),
        Field("category_code", "need.category_code"),
        Field("description", "need.description"),
        Field("quantity", "need.quantity || '|' || coalesce(need.unit, '')"),
        Field("estimated_cost", "need.estimated_cost", "money"),
        Field(
            "sponsor",
            "(SELECT coalesce(s.short_name, s.name) FROM sponsor s WHERE s.id = need.sponsor_id)",
        ),
        Field("status", "need.status"),
        Field("status_date", "need.status_date", "date"),
        Field("received_value", RECEIVED_VALUE_SQL, "money"),
    ),
    "need.year DESC, need.priority, need.category_code, need.id",
    alias="need",
)


def list_filters(
    db: Database,
    *,
    commune_code: str | None,
    text: str = "",
    year: int | None = None,
    status: str | None = None,
    category_code: str | None = None,
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of the needs list."""
    where = ["need.deleted = 0"]
    params: list = []
    if commune_code is not None:
        add_scope(where, params, commune_code, "need")
    for column, value in (("need.year", year), ("need.status", status)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if category_code is not None:
        where.append("need.category_code = ?")
        params.append(category_code)
    words, word_params = search.indexed_where(db, SEARCH_INDEX, text)
    return where + words, params + word_params


# what the needs list searches in (migration 4's need_fts)
SEARCH_INDEX = search.KeyIndex(
    "need", "need", "need", ("need.description", "need.unit", "need.notes")
)


def fulfilment(db: Database, need_ids: list[str]) -> dict[str, Fulfilment]:
    """Value and quantity received against each need, from the receipts linked to it."""
    if not need_ids:
        return {}
    marks = ", ".join("?" * len(need_ids))
    by = fulfilment_by(db, f"n.id IN ({marks})", need_ids, [None])
    return {need_id: found[0] for need_id, found in by.items()}


def fulfilment_where(
    db: Database, where: str, params: list, until: dt.date | None = None
) -> list[Fulfilment]:
    """Fulfilment of the needs matching a condition on `n` (the need table), from the receipts
    received up to `until` (all of them when None)."""
    return [found[0] for found in fulfilment_by(db, where, params, [until]).values()]


def met_where(db: Database, where: str, params: list, columns: str) -> list[tuple]:
    """For each need matching a condition on `n`: whether every receipt so far fulfils it,
    followed by the values of `columns` (expressions on `n`), in one pass: what a caller that
    counts the needs met by a key of its own needs, without a Fulfilment for each need."""
    return [
        (met(cost, quantity, value, received), *rest)
        for _, cost, quantity, value, received, *rest in db.execute(
            _fulfilment_sql(where, 1, columns), [_ALWAYS, _ALWAYS, *params]
        )
    ]


def fulfilment_by(
    db: Database, where: str, params: list, days: list[dt.date | None]
) -> dict[str, list[Fulfilment]]:
    """need id → its fulfilment from the receipts received up to each of `days` (all of them
    for None), for the needs matching a condition on `n`: one pass for a period's start and
    end."""
    cuts = [f"{day.isoformat()}T99" if day else _ALWAYS for day in days]
    twice = [cut for cut in cuts for _ in ("value", "quantity")]
    # the columns in `_fulfilment_sql`'s order: the need, then a value and a quantity per day
    return {
        need_id: [
            Fulfilment(need_id, cost, quantity, received[2 * d], received[2 * d + 1])
            for d in range(len(days))
        ]
        for need_id, cost, quantity, *received in db.execute(
            _fulfilment_sql(where, len(days)), [*twice, *params]
        )
    }


def statuses_on(
    db: Database, year: int, days: list[dt.date], commune_code: str | None = None
) -> dict[str, list[str]]:
    """need id -> its status at the end of each of `days`, for the needs of `year` (in one
    commune and its predecessors with `commune_code`; from the dated status changes; a need
    whose history is empty keeps its recorded status)."""
    scope, scope_args = commune_scope(commune_code, "n")
    at = ", ".join(
        "coalesce((SELECT c.status FROM need_status_change c "
        "WHERE c.need_id = n.id AND c.deleted = 0 AND substr(c.changed_on, 1, 10) <= ? "
        "ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), CASE WHEN EXISTS (SELECT 1 FROM "
        "need_status_change c WHERE c.need_id = n.id AND c.deleted = 0) THEN 'de_xuat' "
        "ELSE n.status END)"
        for _ in days
    )
    rows = db.execute(
        f"SELECT n.id, {at} FROM need n WHERE n.year = ? AND n.deleted = 0 AND {scope}",
        [*(day.isoformat() for day in days), year, *scope_args],
    ).fetchall()
    return {row[0]: list(row[1:]) for row in rows}


# ---- the status flow ---------------------------------------------------------------------

FINAL = ("hoan_thanh", "khong_thuc_hien")
PRIORITIES = (1, 2, 3)


def priority_label(priority: int) -> str:
    return {1: tr("High"), 2: tr("Medium"), 3: tr("Low")}.get(priority, str(priority))


def next_statuses(status: str) -> list[str]:
    """Where a need may go from `status`: any later step of the flow, or not carried out.

    A finished need (completed / not carried out) can be reopened only by going back to
    "in progress", which the history records like any other change.
    """
    if status in FINAL:
        return ["dang_thuc_hien"]
    later = list(STATUSES[STATUSES.index(status) + 1 : STATUSES.index("hoan_thanh") + 1])
    return [*later, "khong_thuc_hien"]


# ---- records -----------------------------------------------------------------------------


@dataclass
class Beneficiary:
    kind: str  # "village" or "household"
    ref_id: str
    label: str = ""


@dataclass
class Need:
    id: str | None = None
    year: int | None = None
    category_code: str | None = None
    description: str = ""
    quantity: float | None = None
    unit: str | None = None
    estimated_cost: int | None = None
    priority: int = 2
    sponsor_id: str | None = None
    survey_id: str | None = None
    notes: str | None = None
    status: str = "de_xuat"
    status_date: str | None = None
    commune_code: str | None = None
    beneficiaries: list[Beneficiary] = field(default_factory=list)


_NEED_COLUMNS = (
    "id, year, category_code, description, quantity, unit, estimated_cost, priority, sponsor_id, "
    "survey_id, notes, status, status_date, commune_code"
)


def get_need(db: Database, need_id: str) -> Need:
    need = record(
        Need,
        db.execute(f"SELECT {_NEED_COLUMNS} FROM need WHERE id = ? AND deleted = 0", [need_id]),
    )
    if need is None:
        raise UserError(tr("This need no longer exists; it may have been deleted."))
    need.beneficiaries = beneficiaries(db, need_id)
    return need


def beneficiaries(db: Database, need_id: str) -> list[Beneficiary]:
    result = []
    for village_id, household_id, village_name, head, head_village in db.execute(
        "SELECT b.village_id, b.household_id, v.name, h.head_name, hv.name "
        "FROM need_beneficiary b LEFT JOIN village v ON v.id = b.village_id "
        "LEFT JOIN household h ON h.id = b.household_id "
        "LEFT JOIN village hv ON hv.id = h.village_id "
        "WHERE b.need_id = ? AND b.deleted = 0 ORDER BY b.village_id IS NULL, v.ordinal, h.head_name",
        [need_id],
    ):
        if village_id:
            result.append(Beneficiary("village", village_id, village_name or "?"))
        else:
            result.append(Beneficiary("household", household_id, f"{head} — {head_village}"))
    return result


def category_choices(db: Database) -> list[tuple[str, str]]:
    return [(item.code, item.name) for item in reference.catalog(db.conn, "support_category")]


def clean_need(db: Database, need: Need, today: dt.date | None = None) -> Need:
    check = Checker()
    today = today or dt.date.today()
    year = check.number("year", need.year, required=True, integer=True)
    if year is not None and not 2000 <= year <= today.year + 1:
        check.fail(
            "year",
            tr("The year must be between 2000 and {last}.").format(last=today.year + 1),
        )
    categories = {code for code, _ in category_choices(db)}
    category = check.choice(
        "category_code", need.category_code, categories, tr("Choose the support category.")
    )
    description = check.text("description", need.description, True, tr("Describe what is needed."))
    quantity = check.number("quantity", need.quantity)
    unit = check.text("unit", need.unit)
    if quantity and unit is None:
        check.fail("unit", tr("Enter the unit of the quantity (con, căn, m, …)."))
    cost = check.number("estimated_cost", need.estimated_cost, integer=True)
    if need.priority not in PRIORITIES:
        check.fail("priority", tr("Choose the priority."))
    if need.sponsor_id is not None and (
        db.execute(
            "SELECT 1 FROM sponsor WHERE id = ? AND deleted = 0", [need.sponsor_id]
        ).fetchone()
        is None
    ):
        check.fail("sponsor_id", tr("This sponsor no longer exists."))
    if need.survey_id is not None and (
        db.execute("SELECT 1 FROM survey WHERE id = ? AND deleted = 0", [need.survey_id]).fetchone()
        is None
    ):
        check.fail("survey_id", tr("This survey round no longer exists."))
    seen: dict[tuple[str, str], Beneficiary] = {}
    for ben in need.beneficiaries:
        table = {"village": "village", "household": "household"}.get(ben.kind)
        if (
            table is None
            or db.execute(
                f"SELECT 1 FROM {table} WHERE id = ? AND deleted = 0", [ben.ref_id]
            ).fetchone()
            is None
        ):
            check.fail("beneficiaries", tr("A chosen beneficiary no longer exists."))
            continue
        seen[(ben.kind, ben.ref_id)] = ben
    check.done()
    return Need(
        id=need.id,
        year=int(year or today.year),
        category_code=category,
        description=description or "",
        quantity=quantity,
        unit=unit,
        estimated_cost=int(cost) if cost is not None else None,
        priority=need.priority,
        sponsor_id=need.sponsor_id,
        survey_id=need.survey_id,
        notes=(need.notes or "").strip() or None,
        status=need.status,
        status_date=need.status_date,
        commune_code=need.commune_code,
        beneficiaries=list(seen.values()),
    )


def save_need(db: Database, need: Need, today: dt.date | None = None) -> str:
    """Insert or update a need with its beneficiaries; a new need starts as proposed today."""
    today = today or dt.date.today()
    cleaned = clean_need(db, need, today)
    values = [
        cleaned.year,
        cleaned.category_code,
        cleaned.description,
        cleaned.quantity,
        cleaned.unit,
        cleaned.estimated_cost,
        cleaned.priority,
        cleaned.sponsor_id,
        cleaned.survey_id,
        cleaned.notes,
    ]
    with transaction(db) as conn:
        if cleaned.id is None:
            need_id = uuid7()
            conn.execute(
                "INSERT INTO need (id, commune_code, year, category_code, description, quantity, "
                "unit, estimated_cost, priority, sponsor_id, survey_id, notes, status, "
                "status_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'de_xuat', ?)",
                [need_id, cleaned.commune_code, *values, today.isoformat()],
            )
            conn.execute(
                "INSERT INTO need_status_change (id, commune_code, need_id, status, changed_on) "
                "VALUES (?, ?, ?, 'de_xuat', ?)",
                [uuid7(), cleaned.commune_code, need_id, today.isoformat()],
            )
        else:
            need_id = cleaned.id
            get_need(db, need_id)
            conn.execute(
                "UPDATE need SET year = ?, category_code = ?, description = ?, quantity = ?, "
                "unit = ?, estimated_cost = ?, priority = ?, sponsor_id = ?, survey_id = ?, "
                "notes = ? WHERE id = ?",
                [*values, need_id],
            )
        _write_beneficiaries(conn, need_id, cleaned)
    return need_id


def _write_beneficiaries(conn: sqlite3.Connection, need_id: str, need: Need) -> None:
    wanted = {(b.kind, b.ref_id) for b in need.beneficiaries}
    existing = {}
    for row_id, village_id, household_id in conn.execute(
        "SELECT id, village_id, household_id FROM need_beneficiary "
        "WHERE need_id = ? AND deleted = 0",
        [need_id],
    ).fetchall():
        key = ("village", village_id) if village_id else ("household", household_id)
        existing[key] = row_id
    for key, row_id in existing.items():
        if key not in wanted:
            conn.execute("UPDATE need_beneficiary SET deleted = 1 WHERE id = ?", [row_id])
    for kind, ref_id in wanted - set(existing):
        conn.execute(
            "INSERT INTO need_beneficiary (id, commune_code, need_id, village_id, household_id) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                uuid7(),
                need.commune_code,
                need_id,
                ref_id if kind == "village" else None,
                ref_id if kind == "household" else None,
            ],
        )


def delete_needs(db: Database, need_ids: list[str]) -> None:
    """Move needs to the trash (tombstones); their history and beneficiaries stay with them."""
    with transaction(db) as conn:
        for need_id in need_ids:
            conn.execute("UPDATE need SET deleted = 1 WHERE id = ?", [need_id])


@dataclass(frozen=True)
class StatusChange:
    status: str
    changed_on: str
    note: str | None


def history(db: Database, need_id: str) -> list[StatusChange]:
    """Every dated status change of a need, oldest first."""
    return records(
        StatusChange,
        db.execute(
            "SELECT status, changed_on, note FROM need_status_change WHERE need_id = ? "
            "AND deleted = 0 ORDER BY changed_on, hlc",
            [need_id],
        ),
    )


def change_status(
    db: Database,
    need_id: str,
    status: str,
    on: dt.date | str | None,
    note: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Move a need along the flow, dated `on` (not in the future, not before its last change)."""
    need = get_need(db, need_id)
    check = Checker()
    allowed = next_statuses(need.status)
    check.choice(
        "status",
        status,
        allowed,
        tr("From “{current}” a need can go to: {allowed}.").format(
            current=status_label(need.status),
            allowed=", ".join(status_label(s) for s in allowed),
        ),
    )
    last = history(db, need_id)
    last_day = dt.date.fromisoformat(last[-1].changed_on[:10]) if last else None
    day = check.date(
        "changed_on",
        on,
        True,
        today,
        not_before=last_day,
        not_before_message=tr("The date cannot be before the last change ({date}).").format(
            date=format_date(last_day)
        ),
    )
    if status == "khong_thuc_hien" and not (note or "").strip():
        check.fail("note", tr("Say why the need is not carried out."))
    check.done()
    assert day is not None
    with transaction(db) as conn:
        conn.execute(
            "UPDATE need SET status = ?, status_date = ? WHERE id = ?",
            [status, day.isoformat(), need_id],
        )
        conn.execute(
            "INSERT INTO need_status_change (id, commune_code, need_id, status, changed_on, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                uuid7(),
                need.commune_code,
                need_id,
                status,
                day.isoformat(),
                (note or "").strip() or None,
            ],
        )


# ---- the yearly proposal and its deadline ------------------------------------------------


def proposal_deadline(db: Database, year: int, who: str = "commune") -> dt.date:
    """The commune's deadline for sending the proposal of `year` (15/01 in the reference data):
    the earliest dated deadline of `who` in the catalog (the district's summary: 31/01)."""
    dues = []
    for item in reference.catalog(db.conn, "deadline"):
        due = str(item.data.get("due", ""))
        if item.data.get("who") == who and len(due) == 5 and due[2] == "-":
            dues.append((int(due[:2]), int(due[3:])))
    if not dues:
        raise UserError(tr("The reference data gives no deadline for the needs proposal."))
    month, day = min(dues)
    return dt.date(year, month, day)


def proposal_year(db: Database, today: dt.date | None = None) -> int:
    """The year whose proposal is being prepared: this year until its deadline, then the next."""
    today = today or dt.date.today()
    return today.year if today <= proposal_deadline(db, today.year) else today.year + 1


@dataclass(frozen=True)
class ProposalStatus:
    year: int
    deadline: dt.date
    days_left: int
    needs: int
    missing_category: int
    missing_cost: int
    missing_sponsor: int
    not_sent: int

    @property
    def complete(self) -> bool:
        return self.needs > 0 and not (
            self.missing_category or self.missing_cost or self.missing_sponsor or self.not_sent
        )


def proposal_status(
    db: Database, commune_code: str | None, year: int, today: dt.date | None = None
) -> ProposalStatus:
    """Whether the proposal of `year` is complete: every need (not dropped) has a category, a
    cost and a proposed sponsor, and has been sent at least."""
    today = today or dt.date.today()
    where, params = and_scope(commune_code)
    deadline = proposal_deadline(db, year)
    cursor = db.execute(
        "SELECT count(*) AS needs, "
        "coalesce(sum(category_code IS NULL OR category_code = ''), 0) AS missing_category, "
        "coalesce(sum(estimated_cost IS NULL OR estimated_cost = 0), 0) AS missing_cost, "
        "coalesce(sum(sponsor_id IS NULL), 0) AS missing_sponsor, "
        "coalesce(sum(status = 'de_xuat'), 0) AS not_sent "
        f"FROM need WHERE deleted = 0 AND year = ? AND status <> 'khong_thuc_hien' {where}",
        [year, *params],
    )
    counts = mapping(cursor, cursor.fetchone())  # an aggregate: always one row
    return ProposalStatus(year=year, deadline=deadline, days_left=(deadline - today).days, **counts)


def year_choices(db: Database, commune_code: str | None, today: dt.date | None = None) -> list[int]:
    """Years that have needs, with the year being prepared, newest first."""
    where, params = and_scope(commune_code)
    years = {
        r[0]
        for r in db.execute(f"SELECT DISTINCT year FROM need WHERE deleted = 0 {where}", params)
    }
    years.add(proposal_year(db, today))
    return sorted(years, reverse=True)


def send_proposal(
    db: Database,
    commune_code: str | None,
    year: int,
    on: dt.date | str | None,
    note: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Mark every still-proposed need of `year` as sent on `on` (one dated change each).

    Refused as a whole when a need lacks what the proposal requires (category, cost, sponsor),
    so a half-ready proposal is never recorded as sent; returns how many needs were sent.
    """
    where, params = and_scope(commune_code)
    rows = db.execute(
        "SELECT id, description, estimated_cost, sponsor_id FROM need WHERE deleted = 0 "
        f"AND year = ? AND status = 'de_xuat' {where} ORDER BY priority, id",
        [year, *params],
    ).fetchall()
    check = Checker()
    if not rows:
        check.fail("year", tr("No need of {year} is waiting to be sent.").format(year=year))
    lacking = [desc for _id, desc, cost, sponsor in rows if not cost or not sponsor]
    if lacking:
        check.fail(
            "needs",
            tr("Give a cost and a proposed sponsor to every need first: {needs}.").format(
                needs="; ".join(lacking[:5]) + ("; …" if len(lacking) > 5 else "")
            ),
        )
    check.done()
    with transaction(db):
        for need_id, *_rest in rows:
            change_status(db, need_id, "da_gui", on, note, today)
    return len(rows)


# ---- the record types of this module (desktop.models.records) --------------------

STATUS_WORDS = {
    "de_xuat": "Đề xuất",
    "da_gui": "Đã gửi",
    "duoc_nhan": "Được nhận hỗ trợ",
    "dang_thuc_hien": "Đang thực hiện",
    "hoan_thanh": "Hoàn thành",
    "khong_thuc_hien": "Không thực hiện",
}
PRIORITY_WORDS = {1: "Cao", 2: "Trung bình", 3: "Thấp"}  # as the proposal's PDF says

NEEDS_EXPORT = Export(
    name="needs",
    title="Nhu cầu đề xuất",
    sql=(
        "SELECT n.year, COALESCE(c.name, n.category_code), n.description, n.unit, n.quantity, "
        "n.estimated_cost, n.priority, n.status, s.name, "
        "(SELECT COALESCE(SUM(rn.value), 0) FROM receipt_need rn JOIN receipt r "
        " ON r.id = rn.receipt_id AND r.deleted = 0 WHERE rn.need_id = n.id AND rn.deleted = 0) "
        "FROM need n LEFT JOIN catalog_item c ON c.catalog = 'support_category' "
        "AND c.code = n.category_code LEFT JOIN sponsor s ON s.id = n.sponsor_id "
        "WHERE n.deleted = 0 AND {year} AND {commune} "
        "ORDER BY n.year, c.ordinal, n.priority, n.description"
    ),
    year_condition="n.year = ?",
    columns=[
        Column("Năm", "year"),
        Column("Lĩnh vực", width=30),
        Column("Nội dung", width=40),
        Column("ĐVT"),
        Column("Số lượng", "qty"),
        Column("Kinh phí dự kiến (đồng)", "money", total=True),
        Column("Ưu tiên", words=PRIORITY_WORDS),
        Column("Trạng thái", words=STATUS_WORDS),
        Column("Đơn vị kết nghĩa", width=28),
        Column("Giá trị đã nhận (đồng)", "money", total=True),
    ],
    commune="n.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "need",
        lambda: tr("Need"),
        "t.year || ' — ' || t.description",
        count=Count("needs", lambda: tr("needs")),
        export=NEEDS_EXPORT,
        fields={
            "estimated_cost": lambda: tr("Estimated cost"),
            "priority": lambda: tr("Priority"),
            "status_date": lambda: tr("Status date"),
        },
        codes={"status": status_label},
        money=frozenset({"estimated_cost"}),
    ),
    RecordType(
        "need_beneficiary",
        lambda: tr("Need beneficiary"),
        f"coalesce({HOUSEHOLD_NAME}, {name_of('village', 'village_id')})",
        part=True,
    ),
    RecordType(
        "need_status_change",
        lambda: tr("Need status change"),
        f"t.status || ' — ' || {day('t.changed_on')}",
        part=True,
        codes={"status": status_label},
    ),
)
