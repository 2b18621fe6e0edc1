"""Livelihood models: validation, members kept in step, tombstones."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import livelihood
from desktop.models.errors import ValidationError

COMMUNE = "20704"
TODAY = dt.date(2026, 6, 1)


def _model(db, **overrides) -> livelihood.Model:
    sponsor = db.execute("SELECT id FROM sponsor ORDER BY name LIMIT 1").fetchone()[0]
    households = [r[0] for r in db.execute("SELECT id FROM household ORDER BY id LIMIT 4")]
    values = dict(
        name="Tổ hợp tác nuôi heo đen",
        kind="to_hop_tac",
        year=2026,
        sponsor_id=sponsor,
        status="moi",
        results="8 hộ tham gia, mỗi hộ 2 con giống",
        members=households,
    )
    values.update(overrides)
    return livelihood.Model(**values)


def test_model_kinds_come_from_reference(commune_db):
    from desktop.models import reference

    codes = [item.code for item in reference.catalog(commune_db.conn, "model_kind")]
    assert codes == ["nhom_ho", "cau_lac_bo", "to_hop_tac", "hop_tac_xa"]


def test_save_load_and_change_members(commune_db):
    model = _model(commune_db)
    model_id = livelihood.save(commune_db, model, commune_code=COMMUNE, today=TODAY)
    loaded = livelihood.load(commune_db, model_id)
    assert sorted(loaded.members) == sorted(model.members)
    loaded.members = loaded.members[:2]
    loaded.status = "nhan_rong"
    livelihood.save(commune_db, loaded, commune_code=COMMUNE, today=TODAY)
    again = livelihood.load(commune_db, model_id)
    assert len(again.members) == 2 and again.status == "nhan_rong"
    assert (
        commune_db.execute(
            "SELECT count(*) FROM model_member WHERE model_id = ? AND deleted = 1", [model_id]
        ).fetchone()[0]
        == 2
    )
    assert [m.head_name for m in livelihood.members(commune_db, again.members)]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "  "}, "name"),
        ({"kind": "hoi"}, "kind"),
        ({"year": 2027}, "year"),
        ({"year": None}, "year"),
        ({"sponsor_id": None}, "sponsor_id"),
        ({"status": "xong"}, "status"),
        ({"members": ["no-such-household"]}, "members"),
    ],
)
def test_bad_models_are_refused(commune_db, overrides, field):
    before = commune_db.execute("SELECT count(*) FROM livelihood_model").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        livelihood.save(
            commune_db, _model(commune_db, **overrides), commune_code=COMMUNE, today=TODAY
        )
    assert field in caught.value.errors
    assert commune_db.execute("SELECT count(*) FROM livelihood_model").fetchone()[0] == before


def test_delete_is_a_tombstone_and_leaves_the_list(commune_db):
    model_id = livelihood.save(commune_db, _model(commune_db), commune_code=COMMUNE, today=TODAY)
    where, params = livelihood.list_filters(commune_db, commune_code=COMMUNE, text="heo den")
    sql = f"SELECT count(*) FROM {livelihood.LIST_SOURCE} WHERE {' AND '.join(where)}"
    assert commune_db.execute(sql, params).fetchone()[0] == 1
    livelihood.delete(commune_db, model_id)
    assert commune_db.execute(sql, params).fetchone()[0] == 0
    assert (
        commune_db.execute(
            "SELECT deleted FROM livelihood_model WHERE id = ?", [model_id]
        ).fetchone()[0]
        == 1
    )
