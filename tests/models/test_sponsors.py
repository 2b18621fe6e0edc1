"""Sponsors and twinnings: validation, the hub's directory being read-only, tombstones."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import sponsors
from desktop.models.errors import UserError, ValidationError
from tests.conftest import DEMO_COMMUNE


def _sponsor(**values) -> sponsors.Sponsor:
    base = {
        "name": "Công ty Điện lực Quảng Nam",
        "kind": "doanh_nghiep",
        "headcount": 320,
        "address": "Tam Kỳ",
        "representative": "Võ Văn Tâm",
        "phone": "0235 3822 000",
        "commune_code": DEMO_COMMUNE,
    }
    base.update(values)
    return sponsors.Sponsor(**base)


def test_sponsor_and_twinning_round_trip(commune_db) -> None:
    sponsor_id = sponsors.save_sponsor(commune_db, _sponsor(), DEMO_COMMUNE)
    assert sponsors.get_sponsor(commune_db, sponsor_id).headcount == 320
    twinning_id = sponsors.save_twinning(
        commune_db,
        sponsors.Twinning(
            sponsor_id=sponsor_id,
            since="2025-03-01",
            decision_number="215/QĐ-UBND",
            decision_date="2025-02-20",
            commune_code=DEMO_COMMUNE,
        ),
    )
    (twinning,) = sponsors.twinnings_of(commune_db, sponsor_id, DEMO_COMMUNE)
    assert twinning.id == twinning_id and twinning.decision_number == "215/QĐ-UBND"
    twinned_first = [sid for sid, _ in sponsors.sponsor_choices(commune_db, DEMO_COMMUNE)]
    assert twinned_first.index(sponsor_id) < 5


def test_sponsor_validation(commune_db) -> None:
    before = commune_db.execute("SELECT count(*) FROM sponsor").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        sponsors.save_sponsor(
            commune_db,
            _sponsor(name="", kind="space_agency", headcount=-3, phone="call me", email="x"),
            DEMO_COMMUNE,
        )
    assert set(caught.value.errors) == {"name", "kind", "headcount", "phone", "email"}
    with pytest.raises(ValidationError) as caught:
        sponsors.save_sponsor(commune_db, _sponsor(name="sở tài chính tỉnh quảng nam"))
    assert "Sở Tài chính tỉnh Quảng Nam" in caught.value.errors["name"]
    assert commune_db.execute("SELECT count(*) FROM sponsor").fetchone()[0] == before


def test_twinning_validation(commune_db) -> None:
    sponsor_id = sponsors.save_sponsor(commune_db, _sponsor(), DEMO_COMMUNE)
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with pytest.raises(ValidationError) as caught:
        sponsors.save_twinning(
            commune_db,
            sponsors.Twinning(
                sponsor_id=sponsor_id,
                since=future,
                decision_date=future,
                commune_code=DEMO_COMMUNE,
            ),
        )
    assert set(caught.value.errors) == {"since", "decision_date"}
    with pytest.raises(ValidationError) as caught:
        sponsors.save_twinning(
            commune_db,
            sponsors.Twinning(
                sponsor_id=sponsor_id,
                since="2025-01-10",
                until="2024-12-31",
                decision_date="2025-01-01",
                commune_code=DEMO_COMMUNE,
            ),
        )
    assert set(caught.value.errors) == {"until", "decision_number"}
    first = sponsors.Twinning(sponsor_id=sponsor_id, since="2025-01-10", commune_code=DEMO_COMMUNE)
    sponsors.save_twinning(commune_db, first)
    with pytest.raises(ValidationError) as caught:
        sponsors.save_twinning(commune_db, first)
    assert list(caught.value.errors) == ["active"]


def test_hub_directory_sponsor_is_read_only_at_a_commune(commune_db) -> None:
    hub_sponsor = sponsors.save_sponsor(commune_db, _sponsor(commune_code=None), None)
    with pytest.raises(UserError):
        sponsors.save_sponsor(
            commune_db, _sponsor(id=hub_sponsor, commune_code=None, headcount=1), DEMO_COMMUNE
        )
    with pytest.raises(UserError):
        sponsors.delete_sponsors(commune_db, [hub_sponsor], DEMO_COMMUNE)
    assert sponsors.get_sponsor(commune_db, hub_sponsor).headcount == 320


def test_delete_sponsor_tombstones_its_twinnings(commune_db) -> None:
    sponsor_id = sponsors.save_sponsor(commune_db, _sponsor(), DEMO_COMMUNE)
    sponsors.save_twinning(
        commune_db,
        sponsors.Twinning(sponsor_id=sponsor_id, since="2025-01-10", commune_code=DEMO_COMMUNE),
    )
    sponsors.delete_sponsors(commune_db, [sponsor_id], DEMO_COMMUNE)
    assert commune_db.execute(
        "SELECT deleted FROM sponsor WHERE id = ?", [sponsor_id]
    ).fetchone() == (1,)
    assert commune_db.execute(
        "SELECT count(*) FROM twinning WHERE sponsor_id = ? AND deleted = 0", [sponsor_id]
    ).fetchone() == (0,)
    assert sponsor_id not in dict(sponsors.sponsor_choices(commune_db, DEMO_COMMUNE))
