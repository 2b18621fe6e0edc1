"""The working group: members, roles, terms, stages and which stages nobody covers."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import group
from desktop.models.errors import UserError, ValidationError
from tests.conftest import DEMO_COMMUNE


def _member(**values) -> group.Member:
    base = {
        "full_name": "Coor Thị Mai",
        "position": "Công chức Tư pháp - Hộ tịch",
        "group_role": "thanh_vien",
        "term_start": "2024-01-02",
        "stages": ["kiem_tra", "tiep_nhan"],
        "commune_code": DEMO_COMMUNE,
    }
    base.update(values)
    return group.Member(**base)


def test_save_and_read_member(commune_db) -> None:
    member_id = group.save_member(commune_db, _member(phone="0905 123 456"))
    member = group.get_member(commune_db, member_id)
    assert member.full_name == "Coor Thị Mai"
    assert member.stages == ["kiem_tra", "tiep_nhan"]
    assert member.phone == "0905 123 456"
    names = [m.full_name for m in group.list_members(commune_db, DEMO_COMMUNE)]
    assert "Coor Thị Mai" in names
    assert group.list_members(commune_db, DEMO_COMMUNE)[0].group_role == "to_truong"


def test_validation_names_each_field(commune_db) -> None:
    before = commune_db.execute("SELECT count(*) FROM member").fetchone()[0]
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    with pytest.raises(ValidationError) as caught:
        group.save_member(
            commune_db,
            _member(
                full_name="  ",
                term_start=tomorrow,
                phone="09x",
                group_role="chief",
                stages=["nonsense"],
            ),
        )
    assert set(caught.value.errors) == {"full_name", "term_start", "phone", "group_role", "stages"}
    assert commune_db.execute("SELECT count(*) FROM member").fetchone()[0] == before


def test_term_end_not_before_start(commune_db) -> None:
    with pytest.raises(ValidationError) as caught:
        group.save_member(commune_db, _member(term_start="2024-05-01", term_end="2024-04-01"))
    assert list(caught.value.errors) == ["term_end"]
    # a term may end in the future
    group.save_member(commune_db, _member(term_end=f"{dt.date.today().year + 2}-06-30"))


def test_only_one_current_leader(commune_db) -> None:
    with pytest.raises(ValidationError) as caught:
        group.save_member(commune_db, _member(group_role="to_truong"))
    assert "Alăng Văn Thương" in caught.value.errors["group_role"]


def test_stage_coverage_and_delete(commune_db) -> None:
    covered = {s.code: s.members for s in group.stage_coverage(commune_db, DEMO_COMMUNE)}
    assert covered["kiem_tra"] == ["Bhríu Quân"]
    member_id = next(
        m.id for m in group.list_members(commune_db, DEMO_COMMUNE) if m.full_name == "Bhríu Quân"
    )
    group.delete_members(commune_db, [member_id])
    covered = {s.code: s.members for s in group.stage_coverage(commune_db, DEMO_COMMUNE)}
    assert covered["kiem_tra"] == []
    assert (
        commune_db.execute("SELECT deleted FROM member WHERE id = ?", [member_id]).fetchone()[0]
        == 1
    )
    with pytest.raises(UserError):
        group.get_member(commune_db, member_id)
