"""Receipts: validation, saving with children, allocation never beyond what was received,
fulfilment of linked needs, tombstones, attachments copied under their sha256."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from desktop.models import attachments, needs, receipts
from desktop.models.errors import UserError, ValidationError

COMMUNE = "20704"


def _sponsor(db) -> str:
    return db.execute("SELECT id FROM sponsor WHERE deleted = 0 ORDER BY name LIMIT 1").fetchone()[
        0
    ]


def _need(db, sponsor_id: str, cost: int = 10_000_000) -> str:
    from desktop.models.db import transaction
    from desktop.models.ids import uuid7

    need_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO need (id, commune_code, year, category_code, description, quantity, "
            "unit, estimated_cost, sponsor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                need_id,
                COMMUNE,
                2026,
                "nong_lam_nghiep",
                "Bò giống cho hộ nghèo",
                5,
                "con",
                cost,
                sponsor_id,
            ),
        )
    return need_id


def _households(db, n: int) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM household WHERE deleted = 0 ORDER BY id LIMIT ?", [n]
        ).fetchall()
    ]


def _receipt(db, **overrides) -> receipts.Receipt:
    values = dict(
        received_on="15/03/2026",
        sponsor_id=_sponsor(db),
        resource_kind="hien_vat",
        category_code="nong_lam_nghiep",
        place="Hội trường UBND xã",
        minutes_number="07/BB-UBND",
        items=[receipts.Item("Bò cái lai Sind", "con", 5, 2_000_000)],
        parties=[
            receipts.Party("giver", "Lê Quang Minh", "Chính ủy"),
            receipts.Party("receiver", "Alăng Văn Thương", "Tổ trưởng"),
            receipts.Party("witness", "Bhríu Quân", "Chủ tịch MTTQ"),
        ],
    )
    values.update(overrides)
    return receipts.Receipt(**values)


TODAY = dt.date(2026, 6, 1)


def test_parse_vietnamese_numbers():
    assert receipts.parse_number("1.500") == 1500
    assert receipts.parse_number("2,5") == 2.5
    assert receipts.parse_number("1.234,5") == 1234.5
    assert receipts.parse_number("2.5") == 2.5
    with pytest.raises(ValueError):
        receipts.parse_number("mười")


def test_items_from_rows_names_the_bad_row():
    with pytest.raises(ValidationError) as caught:
        receipts.items_from_rows([("Bò", "con", "2", "1.000.000"), ("Gà", "con", "nhiều", "")])
    assert "2" in caught.value.errors["items"] and "1" not in caught.value.errors["items"]
    items = receipts.items_from_rows([("", "", "", ""), ("Gà", "con", "10", "120.000")])
    assert [(i.name, i.amount) for i in items] == [("Gà", 1_200_000)]


def test_save_and_load_round_trip(commune_db):
    receipt = _receipt(commune_db)
    receipt_id = receipts.save(commune_db, receipt, commune_code=COMMUNE, today=TODAY)
    loaded = receipts.load(commune_db, receipt_id)
    assert loaded.total == 10_000_000
    assert loaded.received_on == dt.date(2026, 3, 15)
    assert [p.side for p in loaded.parties] == ["giver", "receiver", "witness"]
    assert not loaded.gift_only
    # Editing one item touches that row only; removing a party tombstones it.
    loaded.items[0].unit_price = 2_500_000
    loaded.parties = loaded.parties[:2]
    item_id = loaded.items[0].id
    receipts.save(commune_db, loaded, commune_code=COMMUNE, today=TODAY)
    again = receipts.load(commune_db, receipt_id)
    assert again.items[0].id == item_id and again.total == 12_500_000
    assert len(again.parties) == 2
    assert (
        commune_db.execute(
            "SELECT count(*) FROM receipt_party WHERE receipt_id = ? AND deleted = 1", [receipt_id]
        ).fetchone()[0]
        == 1
    )


def test_gift_category_marks_gift_only(commune_db):
    receipt = _receipt(commune_db, category_code="tang_qua")
    receipt_id = receipts.save(commune_db, receipt, commune_code=COMMUNE, today=TODAY)
    assert receipts.load(commune_db, receipt_id).gift_only


@pytest.mark.parametrize(
    ("overrides", "field", "why"),
    [
        ({"received_on": ""}, "received_on", "date"),
        ({"received_on": "01/01/2030"}, "received_on", "future"),
        ({"received_on": "31/02/2026"}, "received_on", "dd/mm/yyyy"),
        ({"sponsor_id": None}, "sponsor_id", "sponsor"),
        ({"category_code": "nope"}, "category_code", "category"),
        ({"resource_kind": None}, "resource_kind", "kind"),
        ({"items": []}, "items", "at least one"),
        ({"items": [receipts.Item("Bò", "con", 0, 10)]}, "items", "greater than zero"),
        ({"items": [receipts.Item("Bò", "con", 1, -10)]}, "items", "negative"),
        ({"items": [receipts.Item("Bò", "", 1, 10)]}, "items", "unit"),
        ({"parties": [receipts.Party("giver", "A")]}, "parties", "receiving"),
    ],
)
def test_bad_receipts_are_refused_and_change_nothing(commune_db, overrides, field, why):
    before = commune_db.execute("SELECT count(*) FROM receipt").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        receipts.save(
            commune_db, _receipt(commune_db, **overrides), commune_code=COMMUNE, today=TODAY
        )
    assert set(caught.value.errors) == {field}
    assert commune_db.execute("SELECT count(*) FROM receipt").fetchone()[0] == before


def test_need_link_counts_towards_fulfilment(commune_db):
    need_id = _need(commune_db, _sponsor(commune_db))
    assert not needs.fulfilment(commune_db, [need_id])[need_id].fulfilled
    receipt = _receipt(commune_db, needs=[receipts.NeedLink(need_id, 10_000_000, 5)])
    receipt_id = receipts.save(commune_db, receipt, commune_code=COMMUNE, today=TODAY)
    result = needs.fulfilment(commune_db, [need_id])[need_id]
    assert result.received_value == 10_000_000 and result.fulfilled
    receipts.delete(commune_db, receipt_id)
    assert needs.fulfilment(commune_db, [need_id])[need_id].received_value == 0


def test_need_links_cannot_exceed_the_receipt_total(commune_db):
    need_id = _need(commune_db, _sponsor(commune_db))
    receipt = _receipt(commune_db, needs=[receipts.NeedLink(need_id, 10_000_001)])
    with pytest.raises(ValidationError) as caught:
        receipts.save(commune_db, receipt, commune_code=COMMUNE, today=TODAY)
    assert "10.000.001" in caught.value.errors["needs"]


def test_allocation_never_exceeds_what_was_received(commune_db):
    receipt_id = receipts.save(commune_db, _receipt(commune_db), commune_code=COMMUNE, today=TODAY)
    item_id = receipts.load(commune_db, receipt_id).items[0].id
    households = _households(commune_db, 6)
    receipts.allocate(
        commune_db,
        item_id,
        households=households[:3],
        quantity=1,
        commune_code=COMMUNE,
        handed_on="20/03/2026",
        today=TODAY,
    )
    assert receipts.remaining(commune_db, item_id) == 2
    with pytest.raises(ValidationError) as caught:
        receipts.allocate(
            commune_db,
            item_id,
            households=households[3:],
            quantity=1,
            commune_code=COMMUNE,
            today=TODAY,
        )
    message = caught.value.errors["quantity"]
    assert "2 con" in message and "3 con" in message and "5" in message
    # Refused as a whole: none of the three was written.
    assert len(receipts.allocations(commune_db, receipt_id)) == 3
    # The item cannot shrink below what is handed out, nor be removed.
    receipt = receipts.load(commune_db, receipt_id)
    receipt.items[0].quantity = 2
    with pytest.raises(ValidationError) as caught:
        receipts.save(commune_db, receipt, commune_code=COMMUNE, today=TODAY)
    assert "3 con" in caught.value.errors["items"]
    receipt.items = [receipts.Item("Gà", "con", 10, 100_000)]
    with pytest.raises(ValidationError):
        receipts.save(commune_db, receipt, commune_code=COMMUNE, today=TODAY)
    # Removing an allocation frees its quantity.
    receipts.remove_allocations(commune_db, [receipts.allocations(commune_db, receipt_id)[0].id])
    assert receipts.remaining(commune_db, item_id) == 3


def test_allocation_validation(commune_db):
    receipt_id = receipts.save(commune_db, _receipt(commune_db), commune_code=COMMUNE, today=TODAY)
    item_id = receipts.load(commune_db, receipt_id).items[0].id
    with pytest.raises(ValidationError) as caught:
        receipts.allocate(commune_db, item_id, quantity=0, commune_code=COMMUNE, today=TODAY)
    assert set(caught.value.errors) == {"quantity", "recipients"}
    village = receipts.villages(commune_db, COMMUNE)[0].id
    with pytest.raises(ValidationError) as caught:
        receipts.allocate(
            commune_db,
            item_id,
            villages=[village],
            quantity=1,
            handed_on="01/03/2026",
            commune_code=COMMUNE,
            today=TODAY,
        )
    assert set(caught.value.errors) == {"handed_on"}
    receipts.allocate(
        commune_db, item_id, villages=[village], quantity=5, commune_code=COMMUNE, today=TODAY
    )
    assert receipts.remaining(commune_db, item_id) == 0


def test_list_filters_fold_diacritics(commune_db):
    receipts.save(commune_db, _receipt(commune_db), commune_code=COMMUNE, today=TODAY)
    where, params = receipts.list_filters(commune_db, commune_code=COMMUNE, text="bo lai sind")
    count = commune_db.execute(
        f"SELECT count(*) FROM {receipts.LIST_SOURCE} WHERE {' AND '.join(where)}", params
    ).fetchone()[0]
    assert count == 1


def test_attachment_copied_by_hash(commune_db, commune_dir, tmp_path):
    receipt_id = receipts.save(commune_db, _receipt(commune_db), commune_code=COMMUNE, today=TODAY)
    scan = tmp_path / "bien-ban.jpg"
    scan.write_bytes(b"\xff\xd8 scan of the minutes")
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    first = attachments.add(
        commune_db, commune_dir, "receipt", receipt_id, scan, commune_code=COMMUNE
    )
    attachments.add(commune_db, commune_dir, "receipt", receipt_id, scan, commune_code=COMMUNE)
    stored = attachments.stored_path(commune_dir, digest)
    assert stored.read_bytes() == scan.read_bytes()
    assert [a.file_name for a in attachments.listing(commune_db, "receipt", receipt_id)] == [
        "bien-ban.jpg",
        "bien-ban.jpg",
    ]
    attachments.remove(commune_db, first)
    assert len(attachments.listing(commune_db, "receipt", receipt_id)) == 1
    assert stored.exists()
    with pytest.raises(UserError):
        attachments.add(
            commune_db,
            commune_dir,
            "receipt",
            receipt_id,
            tmp_path / "missing.jpg",
            commune_code=COMMUNE,
        )
