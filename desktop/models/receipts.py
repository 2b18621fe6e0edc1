"""Resources received (tiếp nhận): receipts, their items, parties and links to needs, and the
allocation of items to households and villages.

A receipt is saved as a whole (its items, parties and need links in one transaction); children
are matched by id so an edit only touches what changed. An item is never allocated beyond what
was received: `allocate` refuses and names the quantity that remains. Deleting a receipt
tombstones it; every query here and in `needs.fulfilment` ignores the children of a deleted
receipt, so restoring it from the trash brings everything back.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import tr
from desktop.models import receipt_needs, reference, search
from desktop.models.db import Database, add_scope, commune_scope, transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.ids import uuid7
from desktop.models.listing import Field, Listing
from desktop.models.records import HOUSEHOLD_NAME, Column, Count, Export, RecordType, day, name_of
from desktop.models.rows import mapping, records
from desktop.models.text import format_number, parse_date, parse_money, parse_number
from desktop.models.validation import Checker

SIDES = ("giver", "receiver", "witness")
# Floating quantities (0.5 con, 2.5 tấn) are summed; differences below this are rounding.
EPSILON = 1e-6


def side_label(side: str) -> str:
    return {
        "giver": tr("Giving side"),
        "receiver": tr("Receiving side"),
        "witness": tr("Witness"),
    }[side]


@dataclass
class Item:
    name: str
    unit: str
    quantity: float
    unit_price: int
    notes: str = ""
    id: str | None = None

    @property
    def amount(self) -> int:
        return round(self.quantity * self.unit_price)


@dataclass
class Party:
    side: str
    full_name: str
    position: str = ""
    id: str | None = None


@dataclass
class NeedLink:
    need_id: str
    value: int
    quantity: float | None = None
    id: str | None = None
    # positions in the receipt's items of those answering the need; value and quantity are
    # then computed from them when saved (None: value and quantity as given)
    items: list[int] | None = None


@dataclass
class Receipt:
    received_on: dt.date | str | None
    sponsor_id: str | None
    resource_kind: str | None
    category_code: str | None
    place: str = ""
    minutes_number: str = ""
    description: str = ""
    notes: str = ""
    items: list[Item] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    needs: list[NeedLink] = field(default_factory=list)
    id: str | None = None
    gift_only: bool = False

    @property
    def total(self) -> int:
        return sum(item.amount for item in self.items)


# ---- parsing what the officer typed ----------------------------------------------------------


def items_from_rows(
    rows: list[tuple[str, str, str, str]], ids: list[str | None] | None = None
) -> list[Item]:
    """Items from the form's rows of text (name, unit, quantity, unit price), blank rows skipped;
    `ids` gives the id of each row's saved item (None for a new one).

    Raises ValidationError({"items": ...}) naming the first bad row.
    """
    items = []
    for number, (name, unit, quantity, price) in enumerate(rows, start=1):
        if not any(part.strip() for part in (name, unit, quantity, price)):
            continue
        try:
            qty = parse_number(quantity)
        except ValueError:
            raise ValidationError(
                {"items": tr("Row {row}: the quantity must be a number.").format(row=number)}
            ) from None
        try:
            unit_price = parse_money(price) or 0
        except ValueError:
            raise ValidationError(
                {
                    "items": tr("Row {row}: the unit price must be a whole number of đồng.").format(
                        row=number
                    )
                }
            ) from None
        item_id = ids[number - 1] if ids else None
        items.append(Item(name.strip(), unit.strip(), qty, unit_price, id=item_id))
    return items


# ---- validation ------------------------------------------------------------------------------


EARLIEST = dt.date(2000, 1, 1)  # a receipt dated before is a typing mistake


def _date(value: dt.date | str | None) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value or not value.strip():
        return None
    return parse_date(value)


def gift_only_category(db: Database, category_code: str | None) -> bool:
    """Whether the support category marks a receipt as gift-only (reference data decides)."""
    for item in reference.catalog(db.conn, "support_category"):
        if item.code == category_code:
            return bool(item.data.get("gift_only"))
    return False


def validate(
    db: Database,
    receipt: Receipt,
    *,
    commune_code: str | None,
    today: dt.date | None = None,
) -> dict[str, str]:
    """Field -> message for everything wrong with `receipt` (empty when it can be saved)."""
    check = Checker()
    check.date(
        "received_on",
        receipt.received_on,
        required=True,
        today=today,
        not_before=EARLIEST,
        not_before_message=tr("The date is too far in the past."),
        message=tr("Enter the date the resources were received."),
    )
    errors = check.errors
    if not receipt.sponsor_id:
        errors["sponsor_id"] = tr("Choose the sponsor.")
    elif (
        db.execute(
            "SELECT count(*) FROM sponsor WHERE id = ? AND deleted = 0", [receipt.sponsor_id]
        ).fetchone()[0]
        == 0
    ):
        errors["sponsor_id"] = tr("This sponsor has been deleted; choose another.")
    kinds = {item.code for item in reference.catalog(db.conn, "resource_kind")}
    if receipt.resource_kind not in kinds:
        errors["resource_kind"] = tr("Choose the kind of resource.")
    categories = {item.code for item in reference.catalog(db.conn, "support_category")}
    if receipt.category_code not in categories:
        errors["category_code"] = tr("Choose the support category.")
    item_error = _items_error(receipt.items)
    if item_error:
        errors["items"] = item_error
    party_error = _parties_error(receipt.parties)
    if party_error:
        errors["parties"] = party_error
    need_error = _needs_error(db, receipt, commune_code)
    if need_error:
        errors["needs"] = need_error
    return errors


def _items_error(items: list[Item]) -> str | None:
    if not items:
        return tr("Enter at least one item received.")
    for number, item in enumerate(items, start=1):
        if not item.name.strip():
            return tr("Row {row}: enter the item's name.").format(row=number)
        if not item.unit.strip():
            return tr("Row {row}: enter the unit (con, bao, bộ, …).").format(row=number)
        if not item.quantity > 0:
            return tr("Row {row}: the quantity must be greater than zero.").format(row=number)
        if item.unit_price < 0:
            return tr("Row {row}: the unit price cannot be negative.").format(row=number)
    return None


def _parties_error(parties: list[Party]) -> str | None:
    for party in parties:
        if party.side not in SIDES:
            raise ValueError(f"unknown side {party.side!r}")
        if not party.full_name.strip():
            return tr("Enter the name of every representative and witness.")
    sides = {party.side for party in parties}
    if "giver" not in sides:
        return tr("Name the giving side's representative.")
    if "receiver" not in sides:
        return tr("Name the receiving side's representative.")
    return None


def _needs_error(db: Database, receipt: Receipt, commune_code: str | None) -> str | None:
    seen = set()
    for link in receipt.needs:
        if link.need_id in seen:
            return tr("A need is linked twice.")
        seen.add(link.need_id)
        row = db.execute(
            "SELECT commune_code FROM need WHERE id = ? AND deleted = 0", [link.need_id]
        ).fetchone()
        if row is None:
            return tr("A linked need has been deleted; remove the link.")
        if commune_code is not None and not reference.same_commune(db.conn, row[0], commune_code):
            return tr("A linked need belongs to another commune.")
        if link.items is not None and any(
            not 0 <= position < len(receipt.items) for position in link.items
        ):
            return tr("A need is answered by an item that is not on the receipt.")
        if link.value < 0:
            return tr("The value counted towards a need cannot be negative.")
        if link.quantity is not None and link.quantity < 0:
            return tr("The quantity counted towards a need cannot be negative.")
    counted = sum(link.value for link in receipt.needs)
    if receipt.needs and counted > max(receipt.total, 0):
        return tr(
            "The value counted towards needs ({counted} đ) exceeds the receipt's total ({total} đ)."
        ).format(counted=format_number(counted), total=format_number(receipt.total))
    return None


# ---- writing ---------------------------------------------------------------------------------


def save(
    db: Database,
    receipt: Receipt,
    *,
    commune_code: str | None,
    today: dt.date | None = None,
) -> str:
    """Create or update the receipt with its items, parties and need links; its id."""
    count_links(db, receipt)
    errors = validate(db, receipt, commune_code=commune_code, today=today)
    if errors:
        raise ValidationError(errors)
    received_on = _date(receipt.received_on)
    assert received_on is not None
    gift_only = gift_only_category(db, receipt.category_code)
    values = (
        received_on.isoformat(),
        receipt.place.strip() or None,
        receipt.sponsor_id,
        receipt.resource_kind,
        receipt.category_code,
        int(gift_only),
        receipt.minutes_number.strip() or None,
        receipt.description.strip() or None,
        receipt.notes.strip() or None,
    )
    with transaction(db) as conn:
        if receipt.id is None:
            receipt_id = uuid7()
            conn.execute(
                "INSERT INTO receipt (id, commune_code, received_on, place, sponsor_id, "
                "resource_kind, category_code, gift_only, minutes_number, description, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (receipt_id, commune_code, *values),
            )
        else:
            receipt_id = receipt.id
            _require_live(conn, receipt_id)
            conn.execute(
                "UPDATE receipt SET received_on = ?, place = ?, sponsor_id = ?, "
                "resource_kind = ?, category_code = ?, gift_only = ?, minutes_number = ?, "
                "description = ?, notes = ? WHERE id = ?",
                (*values, receipt_id),
            )
        _save_items(conn, receipt_id, receipt.items, commune_code)
        _save_children(
            conn,
            "receipt_party",
            receipt_id,
            ["side", "full_name", "position", "ordinal"],
            [
                (p.id, (p.side, p.full_name.strip(), p.position.strip() or None, n))
                for n, p in enumerate(receipt.parties, start=1)
            ],
            commune_code,
        )
        existing_links = dict(
            conn.execute(
                "SELECT need_id, id FROM receipt_need WHERE receipt_id = ? AND deleted = 0",
                (receipt_id,),
            ).fetchall()
        )
        item_ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM receipt_item WHERE receipt_id = ? AND deleted = 0 "
                "ORDER BY ordinal, id",
                (receipt_id,),
            )
        ]
        _save_children(
            conn,
            "receipt_need",
            receipt_id,
            ["need_id", "value", "quantity", "item_ids"],
            [
                (
                    link.id or existing_links.get(link.need_id),
                    (
                        link.need_id,
                        link.value,
                        link.quantity,
                        None
                        if link.items is None
                        else json.dumps([item_ids[p] for p in sorted(set(link.items))]),
                    ),
                )
                for link in receipt.needs
            ],
            commune_code,
        )
    receipt.id = receipt_id
    receipt.gift_only = gift_only
    return receipt_id


def count_links(db: Database, receipt: Receipt) -> None:
    """Set the value and quantity of each need link that names its items, from those items."""
    chosen = {link.need_id: link.items for link in receipt.needs if link.items is not None}
    if not chosen:
        return
    valid = {
        need_id: [p for p in positions if 0 <= p < len(receipt.items)]
        for need_id, positions in chosen.items()
    }
    infos = receipt_needs.need_info(db, list(valid))
    result = receipt_needs.counted(receipt.items, list(infos.values()), valid)
    for link in receipt.needs:
        if link.items is not None and link.need_id in result:
            link.value, link.quantity = result[link.need_id]


def default_links(db: Database, receipt: Receipt, need_ids: list[str]) -> dict[str, list[int]]:
    """need id -> positions of the receipt's items answering it, by default."""
    infos = receipt_needs.need_info(db, need_ids)
    return receipt_needs.default_items(
        receipt.items, [infos[n] for n in need_ids if n in infos], receipt.category_code
    )


def _require_live(conn: sqlite3.Connection, receipt_id: str) -> None:
    row = conn.execute("SELECT deleted FROM receipt WHERE id = ?", (receipt_id,)).fetchone()
    if row is None or row[0]:
        raise UserError(tr("This receipt does not exist or has been deleted."))


def _save_items(
    conn: sqlite3.Connection, receipt_id: str, items: list[Item], commune_code: str | None
) -> None:
    allocated = _allocated_by_item(conn, receipt_id)
    names = dict(
        conn.execute(
            "SELECT id, name FROM receipt_item WHERE receipt_id = ? AND deleted = 0", (receipt_id,)
        ).fetchall()
    )
    kept = {item.id for item in items if item.id}
    for item_id, name in names.items():
        if item_id not in kept and allocated.get(item_id, 0) > EPSILON:
            raise ValidationError(
                {
                    "items": tr(
                        "“{item}” has already been handed out; remove its allocations before "
                        "removing the item."
                    ).format(item=name)
                }
            )
    for number, item in enumerate(items, start=1):
        handed = allocated.get(item.id or "", 0)
        if item.quantity + EPSILON < handed:
            raise ValidationError(
                {
                    "items": tr(
                        "Row {row}: {allocated} {unit} of “{item}” are already allocated; the "
                        "quantity cannot be less."
                    ).format(
                        row=number, allocated=format_number(handed), unit=item.unit, item=item.name
                    )
                }
            )
    _save_children(
        conn,
        "receipt_item",
        receipt_id,
        ["ordinal", "name", "unit", "quantity", "unit_price", "amount", "notes"],
        [
            (
                item.id,
                (
                    n,
                    item.name.strip(),
                    item.unit.strip(),
                    item.quantity,
                    item.unit_price,
                    item.amount,
                    item.notes.strip() or None,
                ),
            )
            for n, item in enumerate(items, start=1)
        ],
        commune_code,
    )


# Child tables of a receipt and their columns (our own registry: never user input).
_CHILD_TABLES = {"receipt_item", "receipt_party", "receipt_need"}


def _save_children(
    conn: sqlite3.Connection,
    table: str,
    receipt_id: str,
    columns: list[str],
    rows: list[tuple[str | None, tuple]],
    commune_code: str | None,
) -> None:
    """Make the receipt's live children of `table` exactly `rows`: update the ones whose values
    changed, insert new ones, tombstone the ones left out."""
    assert table in _CHILD_TABLES
    names = ", ".join(columns)
    current = {
        row[0]: tuple(row[1:])
        for row in conn.execute(
            f"SELECT id, {names} FROM {table} WHERE receipt_id = ? AND deleted = 0", (receipt_id,)
        )
    }
    kept = set()
    for row_id, values in rows:
        if row_id in current:
            kept.add(row_id)
            if current[row_id] != values:
                assignments = ", ".join(f"{c} = ?" for c in columns)
                conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values, row_id))
        else:
            marks = ", ".join("?" * (len(columns) + 3))
            conn.execute(
                f"INSERT INTO {table} (id, commune_code, receipt_id, {names}) VALUES ({marks})",
                (uuid7(), commune_code, receipt_id, *values),
            )
    for row_id in current.keys() - kept:
        conn.execute(f"UPDATE {table} SET deleted = 1 WHERE id = ?", (row_id,))


def delete(db: Database, receipt_id: str) -> None:
    """Move the receipt to the trash (a tombstone, so the deletion syncs and can be undone)."""
    with transaction(db) as conn:
        _require_live(conn, receipt_id)
        conn.execute("UPDATE receipt SET deleted = 1 WHERE id = ?", (receipt_id,))


# ---- reading ---------------------------------------------------------------------------------


def load(db: Database, receipt_id: str) -> Receipt:
    cursor = db.execute(
        "SELECT received_on, sponsor_id, resource_kind, category_code, "
        "COALESCE(place, '') AS place, COALESCE(minutes_number, '') AS minutes_number, "
        "COALESCE(description, '') AS description, COALESCE(notes, '') AS notes, gift_only "
        "FROM receipt WHERE id = ? AND deleted = 0",
        [receipt_id],
    )
    row = cursor.fetchone()
    if row is None:
        raise UserError(tr("This receipt does not exist or has been deleted."))
    columns = mapping(cursor, row)
    items = records(
        Item,
        db.execute(
            "SELECT id, name, unit, quantity, unit_price, COALESCE(notes, '') AS notes "
            "FROM receipt_item WHERE receipt_id = ? AND deleted = 0 ORDER BY ordinal, id",
            [receipt_id],
        ),
    )
    parties = records(
        Party,
        db.execute(
            "SELECT id, side, full_name, COALESCE(position, '') AS position FROM receipt_party "
            "WHERE receipt_id = ? "
            "AND deleted = 0 ORDER BY CASE side WHEN 'giver' THEN 1 WHEN 'receiver' THEN 2 "
            "ELSE 3 END, ordinal",
            [receipt_id],
        ),
    )
    position = {item.id: n for n, item in enumerate(items)}
    linked = db.execute(
        "SELECT rn.id AS id, rn.need_id AS need_id, rn.value AS value, rn.quantity AS quantity, "
        "rn.item_ids AS item_ids FROM receipt_need rn "
        "JOIN need n ON n.id = rn.need_id AND n.deleted = 0 "
        "WHERE rn.receipt_id = ? AND rn.deleted = 0 ORDER BY rn.id",
        [receipt_id],
    )
    links = []
    for link in [mapping(linked, row) for row in linked.fetchall()]:
        chosen = link.pop("item_ids")
        answering = (
            None if chosen is None else [position[i] for i in json.loads(chosen) if i in position]
        )
        links.append(NeedLink(**link, items=answering))
    columns.update(
        received_on=dt.date.fromisoformat(columns["received_on"]),
        gift_only=bool(columns["gift_only"]),
    )
    return Receipt(**columns, items=items, parties=parties, needs=links, id=receipt_id)


@dataclass(frozen=True)
class Choice:
    id: str
    label: str


def sponsor_choices(db: Database, commune_code: str | None) -> list[Choice]:
    """Sponsors a receipt may name: the hub's directory and this commune's own."""
    scope, args = commune_scope(commune_code, "")
    where = "1" if commune_code is None else f"(commune_code IS NULL OR {scope})"
    return records(
        Choice,
        db.execute(
            f"SELECT id, name AS label FROM sponsor WHERE deleted = 0 AND {where} ORDER BY name",
            args,
        ),
    )


def sponsor_representative(db: Database, sponsor_id: str) -> tuple[str, str]:
    """(name, title) of the sponsor's representative as the directory gives them."""
    row = db.execute(
        "SELECT COALESCE(representative, ''), COALESCE(representative_title, '') FROM sponsor "
        "WHERE id = ?",
        [sponsor_id],
    ).fetchone()
    return (row[0], row[1]) if row else ("", "")


@dataclass(frozen=True)
class NeedChoice:
    id: str
    year: int
    description: str
    category_code: str
    sponsor_id: str | None
    estimated_cost: int | None


def need_choices(db: Database, commune_code: str | None) -> list[NeedChoice]:
    """Needs a receipt can fulfil: this commune's, newest year first."""
    where, args = commune_scope(commune_code, "")
    return records(
        NeedChoice,
        db.execute(
            "SELECT id, year, description, category_code, sponsor_id, estimated_cost FROM need "
            f"WHERE deleted = 0 AND {where} ORDER BY year DESC, description",
            args,
        ),
    )


# ---- allocation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Allocation:
    id: str
    item_id: str
    item_name: str
    unit: str
    recipient: str
    village: str
    is_household: bool
    quantity: float
    handed_on: str | None


def _allocated_by_item(conn: sqlite3.Connection, receipt_id: str) -> dict[str, float]:
    return dict(
        conn.execute(
            "SELECT i.id, COALESCE(SUM(a.quantity), 0) FROM receipt_item i "
            "JOIN allocation a ON a.receipt_item_id = i.id AND a.deleted = 0 "
            "WHERE i.receipt_id = ? AND i.deleted = 0 GROUP BY i.id",
            (receipt_id,),
        ).fetchall()
    )


def remaining(db: Database, item_id: str) -> float:
    """How much of the item is left to hand out."""
    row = db.execute(
        "SELECT i.quantity - COALESCE((SELECT SUM(a.quantity) FROM allocation a "
        "WHERE a.receipt_item_id = i.id AND a.deleted = 0), 0) FROM receipt_item i "
        "WHERE i.id = ? AND i.deleted = 0",
        [item_id],
    ).fetchone()
    if row is None:
        raise UserError(tr("This item does not exist or has been removed."))
    return max(0.0, row[0])


def allocate(
    db: Database,
    item_id: str,
    *,
    households: list[str] = (),  # type: ignore[assignment]
    villages: list[str] = (),  # type: ignore[assignment]
    quantity: float | None,
    handed_on: dt.date | str | None = None,
    commune_code: str | None,
    today: dt.date | None = None,
) -> list[str]:
    """Hand `quantity` of the item to each household and village; the new allocations' ids.

    Refused as a whole (ValidationError naming the remaining quantity) when the total would
    exceed what is left of the item.
    """
    check = Checker()
    handed = check.date("handed_on", handed_on, today=today)
    errors = check.errors
    if quantity is None or not quantity > 0:
        errors["quantity"] = tr("The quantity must be greater than zero.")
    if not households and not villages:
        errors["recipients"] = tr("Choose at least one household or village.")
    if errors:
        raise ValidationError(errors)
    assert quantity is not None
    with transaction(db) as conn:
        item = conn.execute(
            "SELECT i.name, i.unit, i.quantity, r.received_on FROM receipt_item i "
            "JOIN receipt r ON r.id = i.receipt_id AND r.deleted = 0 "
            "WHERE i.id = ? AND i.deleted = 0",
            (item_id,),
        ).fetchone()
        if item is None:
            raise UserError(tr("This item does not exist or has been removed."))
        name, unit, received, received_on = item
        if handed is not None and handed.isoformat() < received_on:
            raise ValidationError(
                {"handed_on": tr("Items cannot be handed out before they were received.")}
            )
        left = remaining(db, item_id)
        wanted = quantity * (len(households) + len(villages))
        if wanted > left + EPSILON:
            raise ValidationError(
                {
                    "quantity": tr(
                        "Only {left} {unit} of “{item}” remain to hand out ({received} received); "
                        "{wanted} {unit} were asked for."
                    ).format(
                        left=format_number(round(left, 4)),
                        unit=unit,
                        item=name,
                        received=format_number(received),
                        wanted=format_number(round(wanted, 4)),
                    )
                }
            )
        for table, ids in (("household", households), ("village", villages)):
            for row_id in ids:
                row = conn.execute(
                    f"SELECT commune_code FROM {table} WHERE id = ? AND deleted = 0", (row_id,)
                ).fetchone()
                if row is None or (
                    commune_code is not None
                    and not reference.same_commune(conn, row[0], commune_code)
                ):
                    raise ValidationError(
                        {"recipients": tr("A chosen household or village no longer exists.")}
                    )
        made = []
        for household_id, village_id in [(h, None) for h in households] + [
            (None, v) for v in villages
        ]:
            allocation_id = uuid7()
            conn.execute(
                "INSERT INTO allocation (id, commune_code, receipt_item_id, household_id, "
                "village_id, quantity, handed_on) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    allocation_id,
                    commune_code,
                    item_id,
                    household_id,
                    village_id,
                    quantity,
                    handed.isoformat() if handed else None,
                ),
            )
            made.append(allocation_id)
    return made


def handed_to(db: Database, item_id: str) -> dict[str, float]:
    """Household or village id -> quantity of the item it has already been handed."""
    return {
        row[0]: row[1]
        for row in db.execute(
            "SELECT COALESCE(household_id, village_id), SUM(quantity) FROM allocation "
            "WHERE receipt_item_id = ? AND deleted = 0 GROUP BY 1",
            [item_id],
        )
    }


def remove_allocations(db: Database, allocation_ids: Iterable[str]) -> None:
    """Take the hand-outs back, all in one transaction."""
    with transaction(db) as conn:
        conn.executemany(
            "UPDATE allocation SET deleted = 1 WHERE id = ? AND deleted = 0",
            [(allocation_id,) for allocation_id in allocation_ids],
        )


def allocations(db: Database, receipt_id: str) -> list[Allocation]:
    """Who received what of the receipt, item by item."""
    return records(
        _allocation,
        db.execute(
            "SELECT a.id AS id, i.id AS item_id, i.name AS item_name, i.unit AS unit, "
            "COALESCE(h.head_name, v.name) AS recipient, "
            "COALESCE(hv.name, v.name, '') AS village, "
            "a.household_id IS NOT NULL AS is_household, a.quantity AS quantity, "
            "a.handed_on AS handed_on "
            "FROM allocation a JOIN receipt_item i ON i.id = a.receipt_item_id AND i.deleted = 0 "
            "LEFT JOIN household h ON h.id = a.household_id "
            "LEFT JOIN village hv ON hv.id = h.village_id "
            "LEFT JOIN village v ON v.id = a.village_id "
            "WHERE i.receipt_id = ? AND a.deleted = 0 ORDER BY i.ordinal, hv.ordinal, v.ordinal, "
            "COALESCE(h.head_name, v.name)",
            [receipt_id],
        ),
    )


def _allocation(is_household: int, **columns: Any) -> Allocation:
    return Allocation(is_household=bool(is_household), **columns)


RECIPIENTS_SHOWN = 200  # households listed for a hand-out; the count says how many match


@dataclass(frozen=True)
class HouseholdChoice:
    id: str
    head_name: str
    birth_year: int | None
    village: str
    status: str | None  # poverty status in the given year


def find_households(
    db: Database,
    commune_code: str | None,
    text: str,
    *,
    year: int,
    village_id: str | None = None,
    poor_only: bool = False,
    limit: int = RECIPIENTS_SHOWN,
) -> list[HouseholdChoice]:
    """Households to hand items to, matched on every word of `text` ignoring diacritics.

    Ordered by the search key (the folded name first), which the households indexes hold, so
    with 100,000 households the first `limit` rows come without sorting them all.
    """
    where, args = _household_where(db, commune_code, text, year, village_id, poor_only)
    return records(
        HouseholdChoice,
        db.execute(
            "SELECT h.id AS id, h.head_name AS head_name, h.head_birth_year AS birth_year, "
            "v.name AS village, y.status AS status FROM household h "
            "JOIN village v ON v.id = h.village_id "
            "LEFT JOIN household_year y ON y.household_id = h.id AND y.deleted = 0 AND y.year = ? "
            f"WHERE {' AND '.join(where)} ORDER BY h.search_key, h.id LIMIT ?",
            [year, *args, limit],
        ),
    )


def count_households(
    db: Database,
    commune_code: str | None,
    text: str,
    *,
    year: int,
    village_id: str | None = None,
    poor_only: bool = False,
) -> int:
    """How many households `find_households` matches, however many it lists."""
    where, args = _household_where(db, commune_code, text, year, village_id, poor_only)
    return db.execute(
        f"SELECT count(*) FROM household h WHERE {' AND '.join(where)}", args
    ).fetchone()[0]


def _household_where(
    db: Database,
    commune_code: str | None,
    text: str,
    year: int,
    village_id: str | None,
    poor_only: bool,
) -> tuple[list[str], list]:
    words, word_args, indexed = search.household_where(db.conn, text)
    plus = "+" if indexed else ""
    where = [f"{plus}h.deleted = 0", *words]
    args: list = [*word_args]
    if commune_code is not None:
        condition, scope_args = commune_scope(commune_code, "h")
        where.append(f"{plus}{condition}")
        args.extend(scope_args)
    if village_id:
        where.append(f"{plus}h.village_id = ?")
        args.append(village_id)
    if poor_only:
        where.append(
            "EXISTS (SELECT 1 FROM household_year p WHERE p.household_id = h.id AND p.year = ? "
            "AND p.deleted = 0 AND p.status IN ('poor', 'near_poor'))"
        )
        args.append(year)
    return where, args


def villages(db: Database, commune_code: str | None) -> list[Choice]:
    where, args = commune_scope(commune_code, "")
    return records(
        Choice,
        db.execute(
            f"SELECT id, name AS label FROM village WHERE deleted = 0 AND {where} "
            "ORDER BY ordinal, name",
            args,
        ),
    )


# ---- the list page's query (the view adds titles and formatting) ------------------------------

LIST_SOURCE = "receipt r JOIN sponsor s ON s.id = r.sponsor_id"
TOTAL_EXPR = (
    "(SELECT COALESCE(SUM(i.amount), 0) FROM receipt_item i "
    "WHERE i.receipt_id = r.id AND i.deleted = 0)"
)
ITEMS_EXPR = (
    "(SELECT group_concat(i.name, ', ') FROM receipt_item i "
    "WHERE i.receipt_id = r.id AND i.deleted = 0)"
)
# The share of the receipt's value handed out (quantities of different units are never added);
# a receipt without prices takes the mean of its items' handed-out shares.
_ITEM_HANDED = (
    "(SELECT COALESCE(SUM(a.quantity), 0) FROM allocation a "
    "WHERE a.receipt_item_id = i.id AND a.deleted = 0)"
)
HANDED_EXPR = (
    "(SELECT CAST(ROUND(CASE WHEN SUM(i.amount) > 0 "
    f"THEN 100.0 * SUM(MIN({_ITEM_HANDED}, i.quantity) * i.unit_price) / SUM(i.amount) "
    f"ELSE 100.0 * AVG(MIN({_ITEM_HANDED}, i.quantity) / MAX(i.quantity, 1e-9)) END) AS INTEGER) "
    "FROM receipt_item i WHERE i.receipt_id = r.id AND i.deleted = 0)"
)
LISTING = Listing(
    LIST_SOURCE,
    (
        Field("received_on", "r.received_on", "date"),
        Field("sponsor", "s.name"),
        Field("category_code", "r.category_code"),
        Field("items", ITEMS_EXPR),
        Field("total", TOTAL_EXPR, "money"),
        Field("handed", HANDED_EXPR),
        Field("minutes_number", "r.minutes_number"),
        Field("gift_only", "r.gift_only"),
    ),
    "r.received_on DESC, r.id",
    "r.id",
    alias="r",
)


@dataclass(frozen=True)
class ItemProgress:
    item_id: str
    name: str
    unit: str
    quantity: float
    handed: float
    amount: int

    @property
    def percent(self) -> int:
        return round(100 * min(self.handed, self.quantity) / self.quantity) if self.quantity else 0


def item_progress(db: Database, receipt_id: str) -> list[ItemProgress]:
    """How much of each item of the receipt has been handed out, in the receipt's order."""
    return records(
        ItemProgress,
        db.execute(
            f"SELECT i.id AS item_id, i.name AS name, i.unit AS unit, i.quantity AS quantity, "
            f"{_ITEM_HANDED} AS handed, i.amount AS amount "
            "FROM receipt_item i WHERE i.receipt_id = ? AND i.deleted = 0 ORDER BY i.ordinal",
            [receipt_id],
        ),
    )


def value_handed_share(progress: list[ItemProgress]) -> int | None:
    """Percent of the receipt's value handed out (None without items), as the list shows it."""
    if not progress:
        return None
    total = sum(p.amount for p in progress)
    if total > 0:
        handed = sum(
            min(p.handed, p.quantity) / p.quantity * p.amount for p in progress if p.quantity
        )
        return round(100 * handed / total)
    return round(sum(p.percent for p in progress) / len(progress))


def list_filters(
    db: Database,
    *,
    commune_code: str | None,
    text: str = "",
    year: int | None = None,
    sponsor_id: str | None = None,
    category_code: str | None = None,
) -> tuple[list[str], list]:
    """WHERE conditions and parameters of the receipts list."""
    where = ["r.deleted = 0"]
    params: list = []
    if commune_code is not None:
        add_scope(where, params, commune_code, "r")
    if year:
        where.append("r.received_on BETWEEN ? AND ?")
        params += [f"{year}-01-01", f"{year}-12-31"]
    if sponsor_id:
        where.append("r.sponsor_id = ?")
        params.append(sponsor_id)
    if category_code:
        where.append("r.category_code = ?")
        params.append(category_code)
    words, word_params = search.indexed_where(db, SEARCH_INDEX, text)
    return where + words, params + word_params


# what the receipts list searches in (migration 4's receipt_fts)
SEARCH_INDEX = search.KeyIndex(
    "receipt", LIST_SOURCE, "r", ("r.description", "s.name", "r.minutes_number", ITEMS_EXPR)
)


def years(db: Database, commune_code: str | None) -> list[int]:
    where, args = commune_scope(commune_code, "")
    return [
        int(row[0])
        for row in db.execute(
            "SELECT DISTINCT substr(received_on, 1, 4) FROM receipt WHERE deleted = 0 AND "
            f"{where} ORDER BY 1 DESC",
            args,
        )
    ]


# ---- the record types of this module (desktop.models.records) --------------------

RECEIPTS_EXPORT = Export(
    name="receipts",
    title="Tiếp nhận nguồn lực",
    sql=(
        "SELECT r.received_on, s.name, COALESCE(k.name, r.resource_kind), "
        "COALESCE(c.name, r.category_code), r.description, r.gift_only, r.minutes_number, "
        "(SELECT COUNT(*) FROM receipt_item i WHERE i.receipt_id = r.id AND i.deleted = 0), "
        "(SELECT COALESCE(SUM(i.amount), 0) FROM receipt_item i "
        " WHERE i.receipt_id = r.id AND i.deleted = 0), "
        "(SELECT COUNT(DISTINCT a.household_id) FROM allocation a JOIN receipt_item i "
        " ON i.id = a.receipt_item_id WHERE i.receipt_id = r.id AND a.deleted = 0 "
        " AND i.deleted = 0) "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = r.category_code "
        "LEFT JOIN catalog_item k ON k.catalog = 'resource_kind' AND k.code = r.resource_kind "
        "WHERE r.deleted = 0 AND {year} AND {commune} ORDER BY r.received_on, r.id"
    ),
    year_condition="substr(r.received_on, 1, 4) = CAST(? AS TEXT)",
    columns=[
        Column("Ngày tiếp nhận", "date"),
        Column("Đơn vị hỗ trợ", width=30),
        Column("Hình thức"),
        Column("Lĩnh vực", width=28),
        Column("Nội dung", width=36),
        Column("Chỉ thăm hỏi, tặng quà", "bool"),
        Column("Biên bản số"),
        Column("Số mặt hàng", "int", total=True),
        Column("Giá trị (đồng)", "money", total=True),
        Column("Số hộ nhận", "int"),
    ],
    commune="r.commune_code",
)
RECEIPT_ITEMS_EXPORT = Export(
    name="receipt_items",
    title="Hàng, nội dung tiếp nhận",
    sql=(
        "SELECT r.received_on, s.name, r.minutes_number, i.ordinal, i.name, i.unit, i.quantity, "
        "i.unit_price, i.amount, i.notes FROM receipt_item i "
        "JOIN receipt r ON r.id = i.receipt_id AND r.deleted = 0 "
        "JOIN sponsor s ON s.id = r.sponsor_id "
        "WHERE i.deleted = 0 AND {year} AND {commune} ORDER BY r.received_on, r.id, i.ordinal"
    ),
    year_condition="substr(r.received_on, 1, 4) = CAST(? AS TEXT)",
    columns=[
        Column("Ngày tiếp nhận", "date"),
        Column("Đơn vị hỗ trợ", width=30),
        Column("Biên bản số"),
        Column("STT", "int"),
        Column("Tên hàng/nội dung", width=32),
        Column("ĐVT"),
        Column("Số lượng", "qty"),
        Column("Đơn giá (đồng)", "money"),
        Column("Thành tiền (đồng)", "money", total=True),
        Column("Ghi chú"),
    ],
    commune="r.commune_code",
)
ALLOCATIONS_EXPORT = Export(
    name="allocations",
    title="Phân bổ đến hộ, thôn",
    sql=(
        "SELECT r.received_on, s.name, v.name, h.code, h.head_name, i.name, i.unit, a.quantity, "
        "CAST(ROUND(a.quantity * i.unit_price) AS INTEGER), a.handed_on FROM allocation a "
        "JOIN receipt_item i ON i.id = a.receipt_item_id AND i.deleted = 0 "
        "JOIN receipt r ON r.id = i.receipt_id AND r.deleted = 0 "
        "JOIN sponsor s ON s.id = r.sponsor_id LEFT JOIN household h ON h.id = a.household_id "
        "JOIN village v ON v.id = COALESCE(h.village_id, a.village_id) "
        "WHERE a.deleted = 0 AND {year} AND {commune} "
        "ORDER BY r.received_on, r.id, v.ordinal, h.head_name"
    ),
    year_condition="substr(r.received_on, 1, 4) = CAST(? AS TEXT)",
    columns=[
        Column("Ngày tiếp nhận", "date"),
        Column("Đơn vị hỗ trợ", width=28),
        Column("Thôn"),
        Column("Mã hộ"),
        Column("Chủ hộ", width=26),
        Column("Tên hàng/nội dung", width=28),
        Column("ĐVT"),
        Column("Số lượng", "qty"),
        Column("Giá trị (đồng)", "money", total=True),
        Column("Ngày bàn giao", "date"),
    ],
    commune="r.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "receipt",
        lambda: tr("Receipt"),
        f"{day('t.received_on')} || ' — ' || "
        f"coalesce(t.description, {name_of('sponsor', 'sponsor_id')})",
        count=Count("receipts", lambda: tr("receipts")),
        export=RECEIPTS_EXPORT,
        fields={"received_on": lambda: tr("Received on")},
    ),
    RecordType("receipt_party", lambda: tr("Receipt representative"), "t.full_name", part=True),
    RecordType(
        "receipt_item",
        lambda: tr("Receipt item"),
        "t.name",
        part=True,
        count=Count("receipt_items", lambda: tr("items received")),
        export=RECEIPT_ITEMS_EXPORT,
        fields={"unit_price": lambda: tr("Unit price"), "amount": lambda: tr("Amount")},
        money=frozenset({"unit_price", "amount"}),
    ),
    RecordType(
        "allocation",
        lambda: tr("Allocation"),
        f"coalesce({HOUSEHOLD_NAME}, {name_of('village', 'village_id')}) || ' — ' || t.quantity",
        part=True,
        count=Count("allocations", lambda: tr("hand-outs")),
        export=ALLOCATIONS_EXPORT,
        fields={"handed_on": lambda: tr("Handed over on")},
    ),
)
