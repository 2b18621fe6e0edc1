"""District figures across communes, on a real hub database holding two communes' records."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import assessments, changelog, district, sponsor_directory, station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7

LA_DEE, LA_EE = "20704", "20698"
DAC_TOI = "20705"  # merged into Xã La Dêê on 01/07/2025: its records roll up there
BEN_GIANG = "20710"  # a commune of the city with no station and no records
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
    with transaction(db) as conn, changelog.applying_remote(conn):  # as communes sent them
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
    with transaction(db) as conn, changelog.applying_remote(conn):  # as communes sent them
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
    with transaction(db) as conn, changelog.applying_remote(conn):  # as communes sent them
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


def test_communes_are_the_whole_area_and_predecessors_roll_up(hub_db):
    add_need(hub_db, DAC_TOI, "ha_tang", 1, year=2025)
    add_need(hub_db, LA_DEE, "ha_tang", 2, year=2025)
    communes = {c.code: c.name for c in district.communes(hub_db)}
    in_force = hub_db.execute(
        "SELECT count(*) FROM admin_unit WHERE parent_code = '48' AND valid_to IS NULL"
    ).fetchone()[0]
    assert len(communes) == in_force > 50  # every commune of the city, with a station or not
    assert communes[LA_DEE] == "Xã La Dêê" and DAC_TOI not in communes
    assert communes[BEN_GIANG] == "Xã Bến Giằng"
    table = district.needs_by_category(hub_db, 2025, LA_DEE)
    assert table.total == district.NeedCell(2, 3)  # Đắc Tôi's need counts for La Dêê


def test_needs_are_counted_by_category_and_status(hub_db):
    add_need(hub_db, LA_DEE, "ha_tang", 100_000_000, "da_gui", "2026-01-10")
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
    a = add_sponsor(hub_db, LA_DEE, "Chi nhánh Xăng dầu Quảng Nam")
    b = add_sponsor(hub_db, LA_EE, "Chi nhánh xăng dầu Quảng Nam")
    add_receipt(hub_db, LA_DEE, a, "2026-03-02", 30_000_000)
    add_receipt(hub_db, LA_DEE, a, "2026-05-02", 20_000_000)
    add_receipt(hub_db, LA_EE, b, "2026-04-02", 15_000_000)
    add_receipt(hub_db, LA_EE, b, "2025-04-02", 99_000_000)  # another year
    # Names folding equal are not enough: until the officer confirms, two rows, each marked.
    before = district.sponsors_across(hub_db, YEAR)
    assert [s.matched for s in before] == [False, False]
    assert all("chưa đối chiếu" in s.name for s in before)
    entry = sponsor_directory.add_from_sponsor(hub_db, a, "Nguyễn Văn Bình")
    assert sponsor_directory.unmatched(hub_db)[0].suggested.id == entry
    sponsor_directory.match(hub_db, b, entry, "Nguyễn Văn Bình")
    rows = district.resources_by_sponsor(hub_db, YEAR)
    assert [(r.sponsor, r.commune_code, r.receipts, r.value) for r in rows] == [
        ("Chi nhánh Xăng dầu Quảng Nam", LA_DEE, 2, 50_000_000),
        ("Chi nhánh Xăng dầu Quảng Nam", LA_EE, 1, 15_000_000),
    ]
    by_commune = district.resources_by_commune(rows)
    assert [(r.commune, r.receipts, r.value) for r in by_commune] == [
        ("Xã La Dêê", 2, 50_000_000),
        ("Xã La Êê", 1, 15_000_000),
    ]
    across = district.sponsors_across(hub_db, YEAR)
    assert len(across) == 1
    sponsor = across[0]
    assert sponsor.matched and sponsor.name == "Chi nhánh Xăng dầu Quảng Nam"
    assert [c.commune_code for c in sponsor.communes] == [LA_DEE, LA_EE]
    assert sponsor.total_value == 65_000_000
    assert sponsor.receipts == 3
    per_commune = assessments.compute(hub_db, a, YEAR, commune_code=LA_DEE)
    assert sponsor.communes[0].figures.total_value == per_commune.total_value
    # Judged once across its communes: 40 staff want 8 poor households in all, and a model in
    # each commune (none here, in either).
    assert sponsor.targets == len(per_commune.targets) > 0
    assert sponsor.targets_met == sum(1 for t in sponsor.figures.targets if t.met)
    assert sponsor.communes_without_model == ["Xã La Dêê", "Xã La Êê"]


def test_proposals_on_time_late_missing_and_waiting(hub_db):
    add_need(hub_db, LA_DEE, "ha_tang", 1, "da_gui", "2026-01-14")
    add_need(hub_db, LA_EE, "ha_tang", 1, "da_gui", "2026-02-01")
    add_sponsor(hub_db, BEN_GIANG, "Thị xã Điện Bàn")  # nothing sent
    after = district.proposals(hub_db, YEAR, today=dt.date(2026, 3, 1))
    states = {p.commune_code: p.state for p in after}
    assert {c: states[c] for c in (LA_DEE, LA_EE, BEN_GIANG)} == {
        LA_DEE: district.ON_TIME,
        LA_EE: district.LATE,
        BEN_GIANG: district.MISSING,
    }
    assert len(states) == len(district.communes(hub_db))  # every commune of the area
    overdue = [p.commune_code for p in after if p.overdue]
    assert overdue.index(BEN_GIANG) < overdue.index(LA_EE)  # missing before late
    assert LA_DEE not in overdue
    assert after[0].deadline == dt.date(2026, 1, 15)
    before = district.proposals(hub_db, YEAR, today=dt.date(2026, 1, 5))
    assert {p.commune_code: p.state for p in before}[BEN_GIANG] == district.WAITING


def test_a_need_still_proposed_is_not_a_sent_proposal(hub_db):
    add_need(hub_db, LA_DEE, "ha_tang", 1)  # drafted, never sent
    proposals = district.proposals(hub_db, YEAR, today=dt.date(2026, 2, 1))
    proposal = next(p for p in proposals if p.commune_code == LA_DEE)
    assert proposal.needs == 1
    assert proposal.sent_on is None
    assert proposal.state == district.MISSING


def test_received_against_estimated_and_the_years(hub_db):
    need = add_need(hub_db, DAC_TOI, "ha_tang", 100_000_000, "da_gui", "2025-01-10", year=2025)
    sponsor = add_sponsor(hub_db, LA_DEE, "Sở Giao thông")
    add_receipt(hub_db, LA_DEE, sponsor, "2025-06-02", 40_000_000)
    receipt = hub_db.execute("SELECT id FROM receipt").fetchone()[0]
    with transaction(hub_db) as conn, changelog.applying_remote(conn):  # as La Dêê sent it
        conn.execute(
            "INSERT INTO receipt_need (id, commune_code, receipt_id, need_id, value) "
            "VALUES (?, ?, ?, ?, ?)",
            [uuid7(), LA_DEE, receipt, need, 40_000_000],
        )
    table = district.needs_by_category(hub_db, 2025, LA_DEE)
    assert table.received == {"ha_tang": 40_000_000}
    assert table.total.cost == 100_000_000
    years = {y.year: y for y in district.years_overview(hub_db, 2026)}
    assert sorted(years) == [2022, 2023, 2024, 2025, 2026]
    assert (years[2025].needs, years[2025].needs_cost) == (1, 100_000_000)
    assert (years[2025].receipts, years[2025].value) == (1, 40_000_000)
    assert years[2026].value == 0
