"""Survey rounds: validation, indicators, observations classified by the reference standard,
and the comparison with the previous round."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models import poverty, reference, surveys
from desktop.models.errors import ValidationError
from tests.conftest import DEMO_COMMUNE

TODAY = dt.date.today()


def _members(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM member WHERE deleted = 0 LIMIT 2")]


def _round(db, day: dt.date, **values) -> str:
    base = {
        "survey_date": day.isoformat(),
        "kind": "household",
        "title": "Rà soát bổ sung",
        "surveyors": _members(db),
        "commune_code": DEMO_COMMUNE,
    }
    base.update(values)
    return surveys.save_survey(db, surveys.Survey(**base))


def _households(db, n: int) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM household WHERE deleted = 0 ORDER BY head_name, id LIMIT ?", [n]
        )
    ]


def test_round_validation(commune_db) -> None:
    before = commune_db.execute("SELECT count(*) FROM survey").fetchone()[0]
    with pytest.raises(ValidationError) as caught:
        _round(
            commune_db,
            TODAY + dt.timedelta(days=1),
            kind="galaxy",
            title="",
            surveyors=[],
        )
    assert set(caught.value.errors) == {"survey_date", "kind", "title", "surveyors"}
    with pytest.raises(ValidationError) as caught:
        _round(commune_db, TODAY, surveyors=["not-a-member"])
    assert list(caught.value.errors) == ["surveyors"]
    assert commune_db.execute("SELECT count(*) FROM survey").fetchone()[0] == before


def test_round_records_standard_and_surveyors(commune_db) -> None:
    survey_id = _round(commune_db, TODAY)
    survey = surveys.get_survey(commune_db, survey_id)
    assert survey.standard_code == "2022-2025"
    assert len(surveys.surveyor_names(commune_db, survey)) == 2


def test_observation_is_classified_by_the_reference_standard(commune_db) -> None:
    survey_id = _round(commune_db, TODAY)
    standard = reference.poverty_standard(commune_db.conn, TODAY.year)
    line = standard["income_thresholds_vnd_per_person_month"]["rural"]["poor_and_near_poor_max"]
    codes = poverty.indicator_codes(standard)
    needed = poverty.min_deprivations(standard)
    poor_hh, near_hh, rich_hh = _households(commune_db, 3)
    cases = [
        (poor_hh, line, codes[:needed], "poor"),
        (near_hh, line, codes[: needed - 1], "near_poor"),
        (rich_hh, line * 3, codes, "not_poor"),
    ]
    for household, income, lacking, expected in cases:
        obs_id = surveys.save_observation(
            commune_db,
            surveys.Observation(
                survey_id=survey_id,
                household_id=household,
                income_per_month=income,
                deprivations=lacking,
                members=4,
            ),
        )
        assert surveys.get_observation(commune_db, obs_id).classification == expected
    assert surveys.class_counts(commune_db, survey_id) == {
        "poor": 1,
        "near_poor": 1,
        "average": 0,
        "not_poor": 1,
    }


def test_observation_validation(commune_db) -> None:
    survey_id = _round(commune_db, TODAY)
    household = _households(commune_db, 1)[0]
    with pytest.raises(ValidationError) as caught:
        surveys.save_observation(
            commune_db,
            surveys.Observation(
                survey_id=survey_id,
                household_id="gone",
                income_per_month=-5,
                members="x",
                deprivations=["flying_car"],
            ),
        )
    assert set(caught.value.errors) == {
        "household_id",
        "income_per_month",
        "members",
        "deprivations",
    }
    obs = surveys.Observation(survey_id=survey_id, household_id=household, income_per_month=10)
    surveys.save_observation(commune_db, obs)
    with pytest.raises(ValidationError) as caught:
        surveys.save_observation(commune_db, obs)
    assert list(caught.value.errors) == ["household_id"]


def test_indicators_set_update_and_remove(commune_db) -> None:
    survey_id = _round(commune_db, TODAY)
    village = commune_db.execute("SELECT id FROM village LIMIT 1").fetchone()[0]
    surveys.set_indicators(
        commune_db, survey_id, village, {"households": 40, "clean_water_pct": "72,5"}
    )
    surveys.set_indicators(commune_db, survey_id, None, {"paved_road_km": 12})
    assert surveys.indicator_values(commune_db, survey_id) == {
        village: {"households": 40.0, "clean_water_pct": 72.5},
        None: {"paved_road_km": 12.0},
    }
    with pytest.raises(ValidationError) as caught:
        surveys.set_indicators(
            commune_db, survey_id, village, {"clean_water_pct": 130, "households": -1}
        )
    assert set(caught.value.errors) == {"clean_water_pct", "households"}
    surveys.set_indicators(commune_db, survey_id, village, {"clean_water_pct": ""})
    assert surveys.indicator_values(commune_db, survey_id)[village] == {"households": 40.0}


def test_commune_totals_weight_percentages_by_households(commune_db) -> None:
    totals = surveys.commune_totals(
        commune_db,
        {
            "a": {"households": 30, "poor_households": 10, "latrine_pct": 50},
            "b": {"households": 10, "poor_households": 2, "latrine_pct": 90},
            None: {"paved_road_km": 4},
        },
    )
    assert totals == {
        "households": 40,
        "poor_households": 12,
        "latrine_pct": 60.0,
        "paved_road_km": 4,
    }


def test_compare_with_previous_round(commune_db) -> None:
    standard = reference.poverty_standard(commune_db.conn, TODAY.year)
    line = standard["income_thresholds_vnd_per_person_month"]["rural"]["poor_and_near_poor_max"]
    codes = poverty.indicator_codes(standard)
    village = commune_db.execute("SELECT id FROM village ORDER BY ordinal LIMIT 1").fetchone()[0]
    first = _round(commune_db, dt.date(2010, 10, 1), title="Đợt 1")
    second = _round(commune_db, dt.date(2011, 10, 1), title="Đợt 2")
    leaving, falling, staying = _households(commune_db, 3)
    plan = {
        first: {leaving: (line, codes[:4]), falling: (line * 3, []), staying: (line, codes[:4])},
        second: {leaving: (line * 3, []), falling: (line, codes[:5]), staying: (line, codes[:4])},
    }
    for survey_id, rows in plan.items():
        for household, (income, lacking) in rows.items():
            surveys.save_observation(
                commune_db,
                surveys.Observation(
                    survey_id=survey_id,
                    household_id=household,
                    income_per_month=income,
                    deprivations=lacking,
                ),
            )
    surveys.set_indicators(commune_db, first, village, {"latrine_pct": 40, "households": 50})
    surveys.set_indicators(commune_db, second, village, {"latrine_pct": 55, "households": 50})
    assert surveys.previous_round(commune_db, second) == first
    comparison = surveys.compare(commune_db, second)
    assert comparison.previous is not None and comparison.previous.title == "Đợt 1"
    assert [m.household_id for m in comparison.left_poverty] == [leaving]
    assert [m.household_id for m in comparison.fell_into] == [falling]
    assert comparison.observed_both == 3
    capped = surveys.compare(commune_db, second, limit=0)
    assert (capped.left_poverty, capped.fell_into) == ([], [])
    assert (capped.left_count, capped.fell_count) == (1, 1)
    moved = {(m.scope, m.code): m.change for m in comparison.indicators}
    assert moved[("", "latrine_pct")] == 15.0
    assert ("", "households") not in moved
    assert surveys.compare(commune_db, first).previous is None


def test_compare_on_demo_rounds(commune_db) -> None:
    latest = surveys.survey_choices(commune_db, DEMO_COMMUNE)[0][0]
    comparison = surveys.compare(commune_db, latest)
    assert comparison.previous is not None
    before, after = comparison.counts_before["poor"], comparison.counts_after["poor"]
    assert after - before == len(comparison.fell_into) - len(comparison.left_poverty)


def test_moving_round_date_reclassifies_and_delete(commune_db) -> None:
    survey_id = _round(commune_db, TODAY)
    household = _households(commune_db, 1)[0]
    surveys.save_observation(
        commune_db,
        surveys.Observation(survey_id=survey_id, household_id=household, income_per_month=1),
    )
    survey = surveys.get_survey(commune_db, survey_id)
    survey.survey_date = (TODAY - dt.timedelta(days=400)).isoformat()
    surveys.save_survey(commune_db, survey)
    assert surveys.class_counts(commune_db, survey_id)["near_poor"] == 1
    surveys.delete_surveys(commune_db, [survey_id])
    assert commune_db.execute(
        "SELECT deleted FROM survey WHERE id = ?", [survey_id]
    ).fetchone() == (1,)
    assert survey_id not in dict(surveys.survey_choices(commune_db, DEMO_COMMUNE))
