"""Year-end assessments: figures from the records, targets from reference rules, eligibility,
drafts, finalizing and revisions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from translations import tr

from desktop.models import assessments, receipts, reports
from desktop.models.errors import UserError, ValidationError

COMMUNE = "20704"


def _sponsor(db, kind: str) -> str:
    return db.execute("SELECT id FROM sponsor WHERE kind = ?", [kind]).fetchone()[0]


def _gift(db, sponsor_id: str, on: str, value: int) -> str:
    return receipts.save(
        db,
        receipts.Receipt(
            received_on=on,
            sponsor_id=sponsor_id,
            resource_kind="hien_vat",
            category_code="tang_qua",
            items=[receipts.Item("Quà", "suất", value // 100_000, 100_000)],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )


def test_figures_follow_the_receipts(commune_db):
    year = dt.date.today().year
    sponsor = _sponsor(commune_db, "huyen_thi_thanh_pho")
    before = assessments.compute(commune_db, sponsor, year, commune_code=COMMUNE)
    _gift(commune_db, sponsor, dt.date.today().isoformat(), 3_000_000)
    after = assessments.compute(commune_db, sponsor, year, commune_code=COMMUNE)
    assert after.total_value == before.total_value + 3_000_000
    assert after.gift_value == before.gift_value + 3_000_000
    assert (
        after.value_by_category["tang_qua"]
        == before.value_by_category.get("tang_qua", 0) + 3_000_000
    )
    # District sponsors are held to the district targets (10 poor households, 200 million).
    assert {t.code for t in after.targets} == {
        "per_sponsor_district.poor_households",
        "per_sponsor_district.support_value",
    }
    value_target = next(t for t in after.targets if t.code.endswith("support_value"))
    assert value_target.actual == after.total_value and value_target.required == 200_000_000


def test_gift_only_and_unreported_are_not_eligible(commune_db):
    year = dt.date.today().year - 1
    sponsor = _sponsor(commune_db, "doanh_nghiep")
    commune_db.execute("UPDATE receipt SET deleted = 1 WHERE sponsor_id = ?", [sponsor])
    commune_db.execute("UPDATE livelihood_model SET deleted = 1 WHERE sponsor_id = ?", [sponsor])
    _gift(commune_db, sponsor, f"{year}-01-20", 2_000_000)
    figures = assessments.compute(commune_db, sponsor, year, commune_code=COMMUNE, reported=False)
    assert not figures.eligible
    (sentence,) = figures.reasons  # one sentence naming every exclusion that applies
    assert tr("only visits and gifts were given") in sentence
    assert tr("the sponsor sent no report") in sentence
    assert figures.gift_share == 1.0


def test_only_twinned_sponsors_are_assessed(commune_db):
    from desktop.models.db import transaction
    from desktop.models.ids import uuid7

    sponsor = uuid7()
    with transaction(commune_db) as conn:
        conn.execute(
            "INSERT INTO sponsor (id, commune_code, name, kind) VALUES (?, ?, ?, ?)",
            (sponsor, COMMUNE, "Công ty chưa kết nghĩa", "doanh_nghiep"),
        )
    with pytest.raises(ValidationError) as caught:
        assessments.save_draft(commune_db, sponsor, 2025, commune_code=COMMUNE, rating="Tốt")
    assert "sponsor_id" in caught.value.errors
    assert (
        commune_db.execute(
            "SELECT count(*) FROM assessment WHERE sponsor_id = ?", [sponsor]
        ).fetchone()[0]
        == 0
    )


def test_finalize_locks_and_a_change_makes_a_revision(commune_db):
    year = dt.date.today().year
    sponsor = _sponsor(commune_db, "so_ban_nganh")
    draft = assessments.save_draft(commune_db, sponsor, year, commune_code=COMMUNE)
    with pytest.raises(ValidationError):
        assessments.finalize(commune_db, draft, "Zơrâm Thị Hoa")
    assessments.save_draft(
        commune_db, sponsor, year, commune_code=COMMUNE, rating="Tốt", assessment_id=draft
    )
    _gift(commune_db, sponsor, dt.date.today().isoformat(), 1_000_000)  # after the draft
    assessments.finalize(commune_db, draft, "Zơrâm Thị Hoa")
    record = assessments.load(commune_db, draft)
    assert record.finalized
    assert record.figures == assessments.compute(commune_db, sponsor, year, commune_code=COMMUNE)
    with pytest.raises(UserError):
        assessments.save_draft(
            commune_db, sponsor, year, commune_code=COMMUNE, rating="Khá", assessment_id=draft
        )
    with pytest.raises(UserError):
        assessments.finalize(commune_db, draft, "Zơrâm Thị Hoa")
    revision = assessments.save_draft(
        commune_db, sponsor, year, commune_code=COMMUNE, rating="Khá", comments="Sửa"
    )
    history = assessments.revisions(commune_db, sponsor, year, COMMUNE)
    assert [r.revision for r in history] == [2, 1]
    assert history[0].id == revision and history[0].supersedes_id == draft
    assert history[1].rating == "Tốt" and history[1].finalized
    # the year-end report reads the latest revision as recorded
    latest = reports.sponsor_assessment(commune_db, sponsor, year, COMMUNE)
    assert (latest.rating, latest.comments, latest.revision) == ("Khá", "Sửa", 2)
    assert latest.finalized_on is None and latest.figures == history[0].figures


def test_twinned_sponsors_and_behind_targets(commune_db):
    year = dt.date.today().year
    sponsors = assessments.twinned_sponsors(commune_db, year, COMMUNE)
    assert len(sponsors) == 4
    behind = assessments.behind_targets(commune_db, year, COMMUNE)
    for commune, figures in behind:
        assert commune == COMMUNE and figures.unmet()
    assert {f.sponsor_id for _, f in behind} <= {s.sponsor_id for s in sponsors}
    assert assessments.twinnings_in_year(commune_db, year, COMMUNE) == [
        (s.sponsor_id, COMMUNE) for s in sponsors
    ]


def test_future_year_refused(commune_db):
    sponsor = _sponsor(commune_db, "so_ban_nganh")
    with pytest.raises(ValidationError):
        assessments.save_draft(
            commune_db, sponsor, dt.date.today().year + 1, commune_code=COMMUNE, rating="Tốt"
        )


def test_a_training_worth_nothing_is_not_a_gift(commune_db):
    year = dt.date.today().year - 1
    sponsor = _sponsor(commune_db, "doanh_nghiep")
    commune_db.execute("UPDATE receipt SET deleted = 1 WHERE sponsor_id = ?", [sponsor])
    commune_db.execute("UPDATE livelihood_model SET deleted = 1 WHERE sponsor_id = ?", [sponsor])
    receipts.save(
        commune_db,
        receipts.Receipt(
            received_on=f"{year}-05-10",
            sponsor_id=sponsor,
            resource_kind="dao_tao",
            category_code="tuyen_truyen",
            items=[receipts.Item("Lớp tập huấn chăn nuôi", "lớp", 1, 0)],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )
    figures = assessments.compute(commune_db, sponsor, year, commune_code=COMMUNE)
    assert figures.total_value == 0 and figures.receipts == 1 and figures.gift_receipts == 0
    assert figures.eligible
    assert tr("only visits and gifts were given") not in " ".join(figures.reasons)


def test_figures_of_many_pairs_at_once_equal_one_at_a_time(commune_db):
    pairs = [
        (row[0], COMMUNE) for row in commune_db.execute("SELECT id FROM sponsor WHERE deleted = 0")
    ]
    for year in range(dt.date.today().year - 3, dt.date.today().year + 1):  # Đắc Tôi's years too
        many = assessments.compute_pairs(commune_db, year, pairs)
        for sponsor, code in pairs:
            assert many[(sponsor, code)] == assessments.compute(
                commune_db, sponsor, year, commune_code=code
            )
    assert any(f.receipts for f in many.values())


def test_one_communes_figures_across_communes_are_judged_as_its_own(commune_db):
    """A sponsor in one commune only (the district page's most common case): its figures across
    communes are its own, judged the same, as when summed with an empty part of its commune."""
    catalogs = assessments.target_catalogs(commune_db)
    pairs = [
        (row[0], COMMUNE) for row in commune_db.execute("SELECT id FROM sponsor WHERE deleted = 0")
    ]
    judged = 0
    for year in range(dt.date.today().year - 3, dt.date.today().year + 1):
        for own in assessments.compute_pairs(commune_db, year, pairs).values():
            empty = dataclasses.replace(
                own,
                twinned=False,
                receipts=0,
                total_value=0,
                gift_value=0,
                value_by_category={},
                poor_households_helped=0,
                models=0,
                needs_proposed=0,
                needs_fulfilled=0,
                gift_receipts=0,
            )
            name, kind, headcount = own.sponsor_name, own.sponsor_kind, own.headcount
            one = assessments.across(catalogs, [[own]], name, kind, headcount)
            summed = assessments.across(catalogs, [[own, empty]], name, kind, headcount)
            assert one == dataclasses.replace(summed, sponsor_id=own.sponsor_id)
            assert one.fewest_models_in_a_commune == own.models
            assert (one.targets, one.eligible, one.reasons) == (
                own.targets,
                own.eligible,
                own.reasons,
            )
            judged += bool(own.targets)
    assert judged
