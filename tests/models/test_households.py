"""Households: validation, classification with its reasons, duplicates, the register's search."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.models import households, reference, villages
from desktop.models.errors import ValidationError
from desktop.models.text import fold, search_key

YEAR = dt.date.today().year


def commune(db) -> str:
    return db.execute("SELECT value FROM settings WHERE key = 'unit_code'").fetchone()[0]


@pytest.fixture
def village_id(commune_db) -> str:
    return villages.add_village(commune_db, "Thôn Mới Lập", commune(commune_db))


def new(commune_db, village_id: str, **values) -> households.Household:
    base = dict(
        head_name="Bhríu Văn Thương",
        village_id=village_id,
        head_birth_year=1980,
        head_gender="nam",
        ethnic_code="26",
        members=5,
        phone="0905 123 456",
        commune_code=commune(commune_db),
        year=YEAR,
        income_per_month=1_200_000,
        deprivations=["nguon_nuoc", "nha_tieu", "bao_hiem_y_te"],
    )
    base.update(values)
    return households.Household(**base)


def register(db, **filters) -> list[tuple]:
    where, params = households.register_where(db, households.Filters(**filters))
    columns = ", ".join(c.expr for c in households.REGISTER_COLUMNS)
    return db.execute(
        f"SELECT h.id, {columns} FROM {households.REGISTER_SOURCE} "
        f"WHERE {' AND '.join(where)} ORDER BY {households.REGISTER_ORDER}",
        params,
    ).fetchall()


def test_save_writes_household_year_and_search_key(commune_db, village_id):
    household_id = households.save(commune_db, new(commune_db, village_id))
    row = commune_db.execute(
        "SELECT head_name, search_key, members, phone, code FROM household WHERE id = ?",
        [household_id],
    ).fetchone()
    code = row[4]  # typed without a code: the next one of the commune
    assert code == "20704-000001"  # La Dêê's own series; Đắc Tôi's households keep theirs
    assert row[:4] == (
        "Bhríu Văn Thương",
        search_key(f"Bhríu Văn Thương {code} 0905 123 456"),
        5,
        "0905 123 456",
    )
    status, income, deprivations = commune_db.execute(
        "SELECT status, income_per_month, deprivations FROM household_year "
        "WHERE household_id = ? AND year = ?",
        [household_id, YEAR],
    ).fetchone()
    assert (status, income) == ("poor", 1_200_000)
    assert set(json.loads(deprivations)) == {"nguon_nuoc", "nha_tieu", "bao_hiem_y_te"}


def test_editing_updates_search_key_and_reclassifies(commune_db, village_id):
    household_id = households.save(commune_db, new(commune_db, village_id))
    loaded = households.get(commune_db, household_id, YEAR)
    loaded.head_name = "Zơrâm Thị Lành"
    loaded.deprivations = ["nha_tieu"]
    households.save(commune_db, loaded)
    key, status = commune_db.execute(
        "SELECT h.search_key, y.status FROM household h JOIN household_year y "
        "ON y.household_id = h.id AND y.deleted = 0 WHERE h.id = ?",
        [household_id],
    ).fetchone()
    assert key.startswith("zoramthilanh")
    assert status == "near_poor"
    assert commune_db.execute(
        "SELECT count(*) FROM household_year WHERE household_id = ?", [household_id]
    ).fetchone() == (1,)


def test_status_follows_the_reference_standard(commune_db):
    standard = reference.poverty_standard(commune_db.conn, YEAR)
    line = standard["income_thresholds_vnd_per_person_month"]["rural"]
    three = ["viec_lam", "dinh_duong", "nguon_nuoc"]
    assert households.classify(commune_db, YEAR, line["poor_and_near_poor_max"], three) == "poor"
    assert households.classify(commune_db, YEAR, line["poor_and_near_poor_max"], three[:2]) == (
        "near_poor"
    )
    assert households.classify(commune_db, YEAR, line["average_living_max"], three) == "average"
    assert households.classify(commune_db, YEAR, line["average_living_max"] + 1, three) == (
        "not_poor"
    )


def test_explain_names_the_line_and_the_count(commune_db):
    status, reasons = households.explain(
        commune_db, YEAR, 1_000_000, ["viec_lam", "dinh_duong", "nguon_nuoc"]
    )
    assert status == "poor"
    text = " ".join(reasons)
    assert "1.000.000 đ" in text and "1.500.000 đ" in text
    assert "3" in reasons[1] and "12" in reasons[1]


def test_validation_names_each_wrong_field(commune_db, village_id):
    bad = new(
        commune_db,
        village_id,
        head_name="  ",
        head_birth_year=YEAR + 1,
        members=0,
        phone="12ab",
        income_per_month=-5,
    )
    with pytest.raises(ValidationError) as caught:
        households.save(commune_db, bad)
    assert set(caught.value.errors) == {
        "head_name",
        "head_birth_year",
        "members",
        "phone",
        "income_per_month",
    }
    with pytest.raises(ValidationError) as caught:
        households.save(commune_db, new(commune_db, ""))
    assert set(caught.value.errors) == {"village_id"}


def test_refused_save_writes_nothing(commune_db, village_id):
    before = commune_db.execute("SELECT count(*) FROM change_log").fetchone()
    with pytest.raises(ValidationError):
        households.save(commune_db, new(commune_db, village_id, members=-1))
    assert commune_db.execute("SELECT count(*) FROM change_log").fetchone() == before


def test_duplicates_same_name_village_and_birth_year(commune_db, village_id):
    households.save(commune_db, new(commune_db, village_id, code="HN-01"))
    same = new(commune_db, village_id, head_name="bhriu van thuong")
    assert households.duplicates(commune_db, same) == ["Bhríu Văn Thương (HN-01)"]
    assert (
        households.duplicates(commune_db, new(commune_db, village_id, head_birth_year=1981)) == []
    )


def test_search_ignores_diacritics_and_case(commune_db, village_id):
    households.save(commune_db, new(commune_db, village_id))
    heads = {row[1] for row in register(commune_db, text="bh ri")}
    assert "Bhríu Văn Thương" in heads
    assert all("bh" in fold(h) and "ri" in fold(h) for h in heads)
    assert register(commune_db, text="BHRÍU VĂN THƯƠNG")
    assert register(commune_db, text="100%_") == []


def test_register_filters(commune_db, village_id):
    household_id = households.save(commune_db, new(commune_db, village_id))
    rows = register(commune_db, village_id=village_id)
    assert [r[0] for r in rows] == [household_id]
    poor = register(commune_db, status="poor", year=YEAR)
    assert household_id in [r[0] for r in poor]
    assert {r[8] for r in poor} == {"poor"}
    assert {r[4] for r in register(commune_db, ethnic_code="27")} == {"Giẻ-Triêng"}
    assert household_id not in [r[0] for r in register(commune_db, status="poor", year=YEAR - 1)]


def test_delete_is_a_tombstone(commune_db, village_id):
    household_id = households.save(commune_db, new(commune_db, village_id))
    households.delete(commune_db, household_id)
    assert commune_db.execute(
        "SELECT deleted FROM household WHERE id = ?", [household_id]
    ).fetchone() == (1,)
    assert household_id not in [r[0] for r in register(commune_db)]


def test_ethnic_choices_show_local_names_present_groups_first(commune_db):
    choices = households.ethnic_choices(commune_db, "20704")
    assert len(choices) == 54
    assert {choices[0][0], choices[1][0]} == {"26", "27"}
    assert "Ca Tu" in dict(choices)["26"]


def test_villages_add_rename_and_refuse_duplicates(commune_db, village_id):
    code = commune(commune_db)
    with pytest.raises(ValidationError):
        villages.add_village(commune_db, "thon moi lap", code)
    villages.rename_village(commune_db, village_id, "Thôn A Dinh")
    names = [v.name for v in villages.list_villages(commune_db, code)]
    assert names[-1] == "Thôn A Dinh"
    with pytest.raises(ValidationError):
        villages.add_village(commune_db, "   ", code)
