"""District figures across communes, on a real hub database holding two communes' records."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import assessments, district, station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7

DAC_TOI, LA_EE = "20704", "20698"
YEAR = 2026


@pytest.fixture
def hub_db(data_dir):
    db = store.open_database(data_dir, create=True)
    station.initialize(
        db, station.StationSetup("hub", "48", "Máy Phòng Dân tộc huyện", "Nguyễn Văn Bình")
    )
    yield db
    db.conn.close()


def add_sponsor(db, commune: str, name: str, kind: str = "doanh_nghiep") -> str:
    sponsor_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO sponsor (id, commune_code, name, kind, headcount) VALUES (?, ?, ?, ?, 40)",
            [sponsor_id, commune, name, kind],
        )
        conn.execute(
            "INSERT INTO twinning (id, commune_code, sponsor_id, since) VALUES (?, ?, ?, ?)",
            [uuid7(), commune, sponsor_id, "2022-03-01"],
        )
    return sponsor_id


def add_receipt(db, commune: str, sponsor_id: str, day: str, amount: int) -> None:
    receipt_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO receipt (id, commune_code, received_on, sponsor_id, resource_kind, "
            "category_code) VALUES (?, ?, ?, ?, 'tien_mat', 'an_sinh_xa_hoi')",
            [receipt_id, commune, day, sponsor_id],
        )
        conn.execute(
            "INSERT INTO receipt_item (id, commune_code, receipt_id, name, unit, quantity, "
            "unit_price, amount) VALUES (?, ?, ?, 'Bò giống', 'con', 1, ?, ?)",
            [uuid7(), commune, receipt_id, amount, amount],
        )


def add_need(
    db,
    commune: str,
    category: str,
    cost: int,
    status: str = "de_xuat",
    sent_on: str | None = None,
    year: int = YEAR,
) -> str:
    need_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO need (id, commune_code, year, category_code, description, "
            "estimated_cost, status, status_date) VALUES (?, ?, ?, ?, 'Nhu cầu', ?, ?, ?)",
            [need_id, commune, year, category, cost, status, sent_on],
        )
        if sent_on:
            conn.execute(
                "INSERT INTO need_status_change (id, commune_code, need_id, status, changed_on) "
                "VALUES (?, ?, ?, 'da_gui', ?)",
                [uuid7(), commune, need_id, sent_on],
            )
    return need_id


def test_communes_are_those_with_records(hub_db):
    add_need(hub_db, DAC_TOI, "ha_tang", 1)
    add_sponsor(hub_db, LA_EE, "Sở Tài chính tỉnh Quảng Nam")
    assert [c.code for c in district.communes(hub_db)] == [DAC_TOI, LA_EE]
    assert district.communes(hub_db)[0].name == "Xã Đắc Tôi"


def test_needs_are_counted_by_category_and_status(hub_db):
    add_need(hub_db, DAC_TOI, "ha_tang", 100_000_000, "da_gui", "2026-01-10")
    add_need(hub_db, LA_EE, "ha_tang", 50_000_000, "da_gui", "2026-01-12")
    add_need(hub_db, LA_EE, "van_hoa", 7_000_000)
    add_need(hub_db, LA_EE, "van_hoa", 9_000_000, year=YEAR - 1)
    table = district.needs_by_category(hub_db, YEAR)
    assert [code for code, _ in table.categories] == ["ha_tang", "van_hoa"]
    assert table.cell("ha_tang", "da_gui") == district.NeedCell(2, 150_000_000)
    assert table.cell("van_hoa", "de_xuat") == district.NeedCell(1, 7_000_000)
    assert table.column_total("da_gui").count == 2
    assert table.total == district.NeedCell(3, 157_000_000)
    assert district.needs_by_category(hub_db, YEAR, LA_EE).total.count == 2


def test_resources_merge_a_sponsor_proposed_by_two_communes(hub_db):
    a = add_sponsor(hub_db, DAC_TOI, "Chi nhánh Xăng dầu Quảng Nam")
    b = add_sponsor(hub_db, LA_EE, "Chi nhánh xăng dầu Quảng Nam")
    add_receipt(hub_db, DAC_TOI, a, "2026-03-02", 30_000_000)
    add_receipt(hub_db, DAC_TOI, a, "2026-05-02", 20_000_000)
    add_receipt(hub_db, LA_EE, b, "2026-04-02", 15_000_000)
    add_receipt(hub_db, LA_EE, b, "2025-04-02", 99_000_000)  # another year
    rows = district.resources_by_sponsor(hub_db, YEAR)
    assert [(r.commune_code, r.receipts, r.value) for r in rows] == [
        (DAC_TOI, 2, 50_000_000),
        (LA_EE, 1, 15_000_000),
    ]
    by_commune = district.resources_by_commune(rows)
    assert [(r.commune, r.receipts, r.value) for r in by_commune] == [
        ("Xã Đắc Tôi", 2, 50_000_000),
        ("Xã La Êê", 1, 15_000_000),
    ]
    across = district.sponsors_across(hub_db, YEAR)
    assert len(across) == 1
    sponsor = across[0]
    assert [c.commune_code for c in sponsor.communes] == [DAC_TOI, LA_EE]
    assert sponsor.total_value == 65_000_000
    assert sponsor.receipts == 3
    per_commune = assessments.compute(hub_db, a, YEAR, commune_code=DAC_TOI)
    assert sponsor.communes[0].figures.total_value == per_commune.total_value
    assert sponsor.targets == sum(len(c.figures.targets) for c in sponsor.communes) > 0
    assert sponsor.targets_met == sum(
        1 for c in sponsor.communes for t in c.figures.targets if t.met
    )
    assert set(sponsor.communes_behind) == {
        c.commune for c in sponsor.communes if c.figures.unmet()
    }


def test_proposals_on_time_late_missing_and_waiting(hub_db):
    add_need(hub_db, DAC_TOI, "ha_tang", 1, "da_gui", "2026-01-14")
    add_need(hub_db, LA_EE, "ha_tang", 1, "da_gui", "2026-02-01")
    add_sponsor(hub_db, "20699", "Thị xã Điện Bàn")  # Chơ Chun: nothing sent
    after = district.proposals(hub_db, YEAR, today=dt.date(2026, 3, 1))
    states = {p.commune_code: p.state for p in after}
    assert states == {DAC_TOI: district.ON_TIME, LA_EE: district.LATE, "20699": district.MISSING}
    assert [p.commune_code for p in after if p.overdue] == ["20699", LA_EE]
    assert after[0].deadline == dt.date(2026, 1, 15)
    before = district.proposals(hub_db, YEAR, today=dt.date(2026, 1, 5))
    assert {p.commune_code: p.state for p in before}["20699"] == district.WAITING


def test_a_need_still_proposed_is_not_a_sent_proposal(hub_db):
    add_need(hub_db, DAC_TOI, "ha_tang", 1)  # drafted, never sent
    proposal = district.proposals(hub_db, YEAR, today=dt.date(2026, 2, 1))[0]
    assert proposal.needs == 1
    assert proposal.sent_on is None
    assert proposal.state == district.MISSING
