"""Reference data is loaded as data, versioned, and searchable without diacritics."""

from __future__ import annotations

import pytest

from desktop.models import poverty, reference, targets
from desktop.models.db import transaction
from desktop.models.errors import UserError
from desktop.models.text import fold


def test_fold_removes_diacritics_and_case():
    assert fold("Xã Đắc Tôi") == "xa dac toi"
    assert fold("  BHRÍU  Thị ") == "bhriu thi"


def test_commune_search_ignores_diacritics_and_shows_old_and_new(commune_db):
    found = reference.search_units(commune_db.conn, "dac toi")
    assert [u.name for u in found] == ["Xã Đắc Tôi"]
    assert found[0].parent_name == "Huyện Nam Giang" and found[0].valid_to == "2025-06-30"
    la_dee = reference.search_units(commune_db.conn, "la dee")
    assert any(u.valid_to is None for u in la_dee), "the new commune of 2025-07 is listed too"
    assert reference.successor(commune_db.conn, "20705") == ("20704", "Xã La Dêê")


def test_catalogs_come_from_the_reference_files(commune_db):
    categories = reference.catalog(commune_db.conn, "support_category")
    assert len(categories) == 9
    gift = [c for c in categories if c.data["gift_only"]]
    assert [c.code for c in gift] == ["tang_qua"]
    assert len(reference.ethnic_groups(commune_db.conn)) == 54
    standard = reference.poverty_standard(commune_db.conn, 2026)
    assert len(reference.poverty_indicators(standard)) == 12


def test_older_or_equal_reference_version_is_refused(commune_db):
    files = reference.bundled_files()
    with pytest.raises(UserError), transaction(commune_db) as conn:
        reference.load(conn, files)
    files["VERSION"] = b"2099.1.1"
    with transaction(commune_db) as conn:
        assert reference.load(conn, files) == "2099.1.1"
    assert reference.stored_version(commune_db.conn) == "2099.1.1"


def test_poverty_classification_follows_the_standard(commune_db):
    standard = reference.poverty_standard(commune_db.conn, 2025)
    three = ["viec_lam", "bao_hiem_y_te", "nguon_nuoc"]
    assert poverty.classify(standard, 1_400_000, three) == "poor"
    assert poverty.classify(standard, 1_500_000, three[:2]) == "near_poor"
    assert poverty.classify(standard, 2_000_000, three) == "average"
    assert poverty.classify(standard, 2_500_000, []) == "not_poor"
    assert poverty.classify(standard, 1_000_000, ["not_an_indicator"] * 5) == "near_poor"


def test_target_rules_are_evaluated_from_data(commune_db):
    rules = {t.code: t.data["rule"] for t in reference.catalog(commune_db.conn, "target")}
    rule = rules["per_sponsor_unit.poor_households_per_10_staff"]
    assert targets.evaluate(rule, {"helped_poor_households": 28, "headcount": 140}) == (
        True,
        28,
        28,
    )
    assert targets.evaluate(rule, {"helped_poor_households": 2, "headcount": 11})[0] is False
    with pytest.raises(ValueError):
        targets.evaluate("__import__('os').system('x') >= 1", {})
