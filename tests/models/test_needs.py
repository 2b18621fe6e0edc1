"""Needs: saving with beneficiaries, the dated status flow, the proposal and its deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import needs
from desktop.models.errors import ValidationError
from tests.conftest import DEMO_COMMUNE

TODAY = dt.date.today()


def _ids(db, table: str, n: int = 2) -> list[str]:
    return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE deleted = 0 LIMIT {n}")]


def _need(db, **values) -> needs.Need:
    village, household = _ids(db, "village", 1)[0], _ids(db, "household", 1)[0]
    base = {
        "year": TODAY.year,
        "category_code": "an_sinh_xa_hoi",
        "description": "Xây nhà tiêu hợp vệ sinh cho hộ nghèo",
        "quantity": 6,
        "unit": "công trình",
        "estimated_cost": 42_000_000,
        "priority": 1,
        "sponsor_id": _ids(db, "sponsor", 1)[0],
        "commune_code": DEMO_COMMUNE,
        "beneficiaries": [
            needs.Beneficiary("village", village),
            needs.Beneficiary("household", household),
        ],
    }
    base.update(values)
    return needs.Need(**base)


def test_new_need_is_proposed_today_with_history(commune_db) -> None:
    need_id = needs.save_need(commune_db, _need(commune_db))
    need = needs.get_need(commune_db, need_id)
    assert (need.status, need.status_date) == ("de_xuat", TODAY.isoformat())
    assert [b.kind for b in need.beneficiaries] == ["village", "household"]
    assert needs.history(commune_db, need_id) == [
        needs.StatusChange("de_xuat", TODAY.isoformat(), None)
    ]


def test_edit_replaces_beneficiaries_with_tombstones(commune_db) -> None:
    need_id = needs.save_need(commune_db, _need(commune_db))
    need = needs.get_need(commune_db, need_id)
    need.beneficiaries = need.beneficiaries[:1]
    need.description = "Nhà tiêu hợp vệ sinh"
    needs.save_need(commune_db, need)
    assert [b.kind for b in needs.get_need(commune_db, need_id).beneficiaries] == ["village"]
    assert commune_db.execute(
        "SELECT count(*) FROM need_beneficiary WHERE need_id = ? AND deleted = 1", [need_id]
    ).fetchone() == (1,)


def test_need_validation_names_each_field_and_writes_nothing(commune_db) -> None:
    before = commune_db.execute("SELECT count(*) FROM need").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        needs.save_need(
            commune_db,
            _need(
                commune_db,
                year=1990,
                category_code="moon",
                description=" ",
                quantity="-2",
                estimated_cost="abc",
                priority=9,
                sponsor_id="gone",
            ),
        )
    assert set(caught.value.errors) == {
        "year",
        "category_code",
        "description",
        "quantity",
        "estimated_cost",
        "priority",
        "sponsor_id",
    }
    assert commune_db.execute("SELECT count(*) FROM need").fetchone()[0] == before


def test_vietnamese_number_input(commune_db) -> None:
    need_id = needs.save_need(
        commune_db, _need(commune_db, estimated_cost="42.500.000", quantity="2,5", unit="tấn")
    )
    need = needs.get_need(commune_db, need_id)
    assert (need.estimated_cost, need.quantity) == (42_500_000, 2.5)


def test_status_flow_is_dated_and_ordered(commune_db) -> None:
    need_id = needs.save_need(commune_db, _need(commune_db), today=TODAY - dt.timedelta(days=30))
    needs.change_status(commune_db, need_id, "da_gui", TODAY - dt.timedelta(days=20))
    with pytest.raises(ValidationError) as caught:
        needs.change_status(commune_db, need_id, "de_xuat", TODAY)
    assert list(caught.value.errors) == ["status"]
    with pytest.raises(ValidationError) as caught:
        needs.change_status(commune_db, need_id, "duoc_nhan", TODAY - dt.timedelta(days=25))
    assert list(caught.value.errors) == ["changed_on"]
    with pytest.raises(ValidationError) as caught:
        needs.change_status(commune_db, need_id, "duoc_nhan", TODAY + dt.timedelta(days=1))
    assert list(caught.value.errors) == ["changed_on"]
    with pytest.raises(ValidationError) as caught:
        needs.change_status(commune_db, need_id, "khong_thuc_hien", TODAY)
    assert list(caught.value.errors) == ["note"]
    needs.change_status(commune_db, need_id, "dang_thuc_hien", TODAY, "Bắt đầu thi công")
    assert [(c.status, c.note) for c in needs.history(commune_db, need_id)] == [
        ("de_xuat", None),
        ("da_gui", None),
        ("dang_thuc_hien", "Bắt đầu thi công"),
    ]
    need = needs.get_need(commune_db, need_id)
    assert (need.status, need.status_date) == ("dang_thuc_hien", TODAY.isoformat())


def test_next_statuses() -> None:
    assert needs.next_statuses("de_xuat") == [
        "da_gui",
        "duoc_nhan",
        "dang_thuc_hien",
        "hoan_thanh",
        "khong_thuc_hien",
    ]
    assert needs.next_statuses("dang_thuc_hien") == ["hoan_thanh", "khong_thuc_hien"]
    assert needs.next_statuses("hoan_thanh") == ["dang_thuc_hien"]


def test_proposal_deadline_and_completeness(commune_db) -> None:
    assert needs.proposal_deadline(commune_db, 2027) == dt.date(2027, 1, 15)
    assert needs.proposal_year(commune_db, dt.date(2027, 1, 15)) == 2027
    assert needs.proposal_year(commune_db, dt.date(2027, 1, 16)) == 2028
    year = 2010  # a year the demo data leaves empty
    status = needs.proposal_status(commune_db, DEMO_COMMUNE, year, dt.date(year, 1, 5))
    assert (status.needs, status.complete, status.days_left) == (0, False, 10)
    need_id = needs.save_need(
        commune_db, _need(commune_db, year=year, sponsor_id=None, estimated_cost=None)
    )
    status = needs.proposal_status(commune_db, DEMO_COMMUNE, year)
    assert (status.needs, status.missing_cost, status.missing_sponsor, status.not_sent) == (
        1,
        1,
        1,
        1,
    )
    need = needs.get_need(commune_db, need_id)
    need.sponsor_id = _ids(commune_db, "sponsor", 1)[0]
    need.estimated_cost = 10_000_000
    needs.save_need(commune_db, need)
    needs.change_status(commune_db, need_id, "da_gui", TODAY)
    assert needs.proposal_status(commune_db, DEMO_COMMUNE, year).complete
    dropped = needs.save_need(commune_db, _need(commune_db, year=year, sponsor_id=None))
    assert not needs.proposal_status(commune_db, DEMO_COMMUNE, year).complete
    needs.change_status(
        commune_db, dropped, "khong_thuc_hien", TODAY, "Trùng với chương trình 1719"
    )
    assert needs.proposal_status(commune_db, DEMO_COMMUNE, year).complete


def test_delete_is_a_tombstone(commune_db) -> None:
    need_id = needs.save_need(commune_db, _need(commune_db))
    needs.delete_needs(commune_db, [need_id])
    assert commune_db.execute("SELECT deleted FROM need WHERE id = ?", [need_id]).fetchone() == (1,)
    assert needs.fulfilment(commune_db, [need_id]) == {}


def test_send_proposal_marks_every_proposed_need_sent(commune_db) -> None:
    year = TODAY.year + 1
    waiting = needs.proposal_status(commune_db, DEMO_COMMUNE, year).not_sent
    assert waiting > 0
    gap = needs.save_need(commune_db, _need(commune_db, year=year, sponsor_id=None))
    with pytest.raises(ValidationError) as caught:
        needs.send_proposal(commune_db, DEMO_COMMUNE, year, TODAY)
    assert "Xây nhà tiêu" in caught.value.errors["needs"]
    assert needs.proposal_status(commune_db, DEMO_COMMUNE, year).not_sent == waiting + 1
    needs.delete_needs(commune_db, [gap])
    with pytest.raises(ValidationError):
        needs.send_proposal(commune_db, DEMO_COMMUNE, year, TODAY + dt.timedelta(days=1))
    assert needs.proposal_status(commune_db, DEMO_COMMUNE, year).not_sent == waiting
    assert needs.send_proposal(commune_db, DEMO_COMMUNE, year, TODAY, "Số 15/BC-UBND") == waiting
    status = needs.proposal_status(commune_db, DEMO_COMMUNE, year)
    assert status.not_sent == 0 and status.complete
    with pytest.raises(ValidationError) as caught:
        needs.send_proposal(commune_db, DEMO_COMMUNE, year, TODAY)
    assert list(caught.value.errors) == ["year"]


def test_needs_met_in_one_pass_are_those_their_fulfilment_says(commune_db) -> None:
    """met_where (what counts needs met by a key of its own) judges each need as its
    Fulfilment does, and gives the columns asked for beside it."""
    where, params = "n.year BETWEEN ? AND ?", [TODAY.year - 3, TODAY.year]
    fulfilment = {f.need_id: f for f in needs.fulfilment_where(commune_db, where, params)}
    rows = needs.met_where(commune_db, where, params, "n.id, n.status")
    assert {need_id: met for met, need_id, _ in rows} == {
        need_id: f.fulfilled for need_id, f in fulfilment.items()
    }
    assert any(met for met, *_ in rows) and not all(met for met, *_ in rows)
    statuses = dict(commune_db.execute("SELECT id, status FROM need WHERE deleted = 0"))
    assert all(statuses[need_id] == status for _, need_id, status in rows)
