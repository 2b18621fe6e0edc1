"""Year-end assessment of a sponsor by the commune (QĐ 3651/QĐ-UBND).

`compute` derives every figure from the records (receipts, allocations, models, needs) and checks
them against the targets the reference data gives for the sponsor's kind; eligibility for
commendation follows the rules of the decision. A finalized assessment is never edited: a change
makes a new revision that supersedes it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from desktop.i18n import tr
from desktop.models import needs, reference, rows, targets
from desktop.models.db import Database, commune_is, commune_scope, transaction
from desktop.models.errors import UserError, ValidationError
from desktop.models.ids import uuid7
from desktop.models.records import Column, Count, Export, RecordType, name_of


@dataclass(slots=True)
class TargetResult:
    code: str
    text: str
    met: bool
    actual: float
    required: float


@dataclass(slots=True)
class Figures:
    sponsor_id: str
    sponsor_name: str
    sponsor_kind: str
    headcount: int
    year: int
    twinned: bool
    receipts: int
    total_value: int
    gift_value: int
    value_by_category: dict[str, int]
    poor_households_helped: int
    models: int
    needs_proposed: int
    needs_fulfilled: int
    targets: list[TargetResult] = field(default_factory=list)
    reported: bool = True
    gift_receipts: int = 0
    eligible: bool = False
    reasons: list[str] = field(default_factory=list)
    # Across several communes (`across`): the models of the commune that had the fewest, which a
    # rule "per commune" is judged on; None for one commune.
    fewest_models_in_a_commune: int | None = None

    @property
    def gift_share(self) -> float:
        return self.gift_value / self.total_value if self.total_value else 0.0

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Figures:
        data = json.loads(text)
        data["targets"] = [TargetResult(**t) for t in data.get("targets", [])]
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def unmet(self) -> list[TargetResult]:
        return [t for t in self.targets if not t.met]


def compute(
    db: Database,
    sponsor_id: str,
    year: int,
    *,
    reported: bool = True,
    commune_code: str | None = None,
) -> Figures:
    """Every figure of the sponsor's year, its targets and its commendation eligibility."""
    sponsor = db.execute(
        "SELECT name, kind, COALESCE(headcount, 0) FROM sponsor WHERE id = ? AND deleted = 0",
        [sponsor_id],
    ).fetchone()
    if sponsor is None:
        raise UserError(tr("This sponsor does not exist or has been deleted."))
    start, end = f"{year}-01-01", f"{year}-12-31"
    scope, scope_args = commune_scope(commune_code, "t")
    twinned = (
        db.execute(
            f"SELECT count(*) FROM twinning t WHERE t.sponsor_id = ? AND t.deleted = 0 AND {scope} "
            "AND t.since <= ? AND (t.until IS NULL OR t.until >= ?)",
            [sponsor_id, *scope_args, end, start],
        ).fetchone()[0]
        > 0
    )
    scope, scope_args = commune_scope(commune_code, "r")
    receipt_where = (
        f"r.sponsor_id = ? AND r.deleted = 0 AND {scope} AND r.received_on BETWEEN ? AND ?"
    )
    receipt_args = [sponsor_id, *scope_args, start, end]
    by_category: dict[str, int] = {}
    gift_value = 0
    receipts = 0
    gift_receipts = 0
    for category, gift_only, value, count in db.execute(
        "SELECT r.category_code, r.gift_only, COALESCE(SUM(i.amount), 0), "
        "COUNT(DISTINCT r.id) FROM receipt r LEFT JOIN receipt_item i "
        f"ON i.receipt_id = r.id AND i.deleted = 0 WHERE {receipt_where} "
        "GROUP BY r.category_code, r.gift_only",
        receipt_args,
    ):
        by_category[category] = by_category.get(category, 0) + value
        receipts += count
        if gift_only:
            gift_value += value
            gift_receipts += count
    # A household counts as poor when it was poor in the year of help or the year before it
    # (help that lifted it out of poverty still counts).
    helped = db.execute(
        "SELECT COUNT(DISTINCT a.household_id) FROM allocation a "
        "JOIN receipt_item i ON i.id = a.receipt_item_id AND i.deleted = 0 "
        f"JOIN receipt r ON r.id = i.receipt_id WHERE a.deleted = 0 AND {receipt_where} "
        "AND EXISTS (SELECT 1 FROM household_year y WHERE y.household_id = a.household_id "
        "AND y.deleted = 0 AND y.status = 'poor' AND y.year IN (?, ?))",
        [*receipt_args, year - 1, year],
    ).fetchone()[0]
    scope, scope_args = commune_scope(commune_code, "m")
    models = db.execute(
        f"SELECT count(*) FROM livelihood_model m WHERE m.sponsor_id = ? AND m.deleted = 0 "
        f"AND {scope} AND m.year = ?",
        [sponsor_id, *scope_args, year],
    ).fetchone()[0]
    scope, scope_args = commune_scope(commune_code, "n")
    proposed = needs.fulfilment_where(
        db, f"n.sponsor_id = ? AND n.year = ? AND {scope}", [sponsor_id, year, *scope_args]
    )
    statuses = dict(
        db.execute(
            f"SELECT id, status FROM need n WHERE n.sponsor_id = ? AND n.year = ? AND {scope} "
            "AND n.deleted = 0",
            [sponsor_id, year, *scope_args],
        ).fetchall()
    )
    fulfilled = sum(1 for f in proposed if f.fulfilled or statuses.get(f.need_id) == "hoan_thanh")
    return _judged(
        target_catalogs(db),
        Figures(
            sponsor_id=sponsor_id,
            sponsor_name=sponsor[0],
            sponsor_kind=sponsor[1],
            headcount=sponsor[2],
            year=year,
            twinned=twinned,
            receipts=receipts,
            total_value=sum(by_category.values()),
            gift_value=gift_value,
            value_by_category=by_category,
            poor_households_helped=helped,
            models=models,
            needs_proposed=len(proposed),
            needs_fulfilled=fulfilled,
            reported=reported,
            gift_receipts=gift_receipts,
        ),
    )


@dataclass(frozen=True)
class TargetCatalogs:
    """The sponsor kinds (with their target groups) and the targets, read once per judgement
    of many pairs."""

    kinds: dict[str, reference.CatalogItem]
    targets: list[reference.CatalogItem]
    _of_kind: dict[str, list[reference.CatalogItem]] = field(default_factory=dict, compare=False)

    def of_kind(self, kind: str) -> list[reference.CatalogItem]:
        """The targets of a sponsor kind's groups, in catalog order (found once per kind)."""
        found = self._of_kind.get(kind)
        if found is None:
            groups = self.kinds[kind].data.get("target_groups", []) if kind in self.kinds else []
            found = self._of_kind[kind] = [t for t in self.targets if t.data["group"] in groups]
        return found


def target_catalogs(db: Database) -> TargetCatalogs:
    """Read once per state of the database: the district page judges with them twice."""
    return db.read_once(
        "target_catalogs",
        lambda: TargetCatalogs(
            {item.code: item for item in reference.catalog(db.conn, "sponsor_kind")},
            reference.catalog(db.conn, "target"),
        ),
    )


def _judged(catalogs: TargetCatalogs, figures: Figures) -> Figures:
    """`figures` with their targets and commendation eligibility."""
    figures.targets = _targets(catalogs, figures)
    figures.eligible, figures.reasons = _eligibility(figures)
    return figures


def compute_pairs(
    db: Database, year: int, pairs: list[tuple[str, str]]
) -> dict[tuple[str, str], Figures]:
    """`compute` for many (sponsor, commune in force) pairs at once, each query run once and
    grouped by the commune the records roll up to: what a hub's district page needs for every
    sponsor in every commune. Equal to `compute(db, sponsor, year, commune_code=commune)` for a
    commune in force."""
    if not pairs:
        return {}
    start, end = f"{year}-01-01", f"{year}-12-31"
    ids = json.dumps(sorted({sponsor for sponsor, _ in pairs}))

    def counted(sql: str, params: list) -> dict[tuple[str, str], int]:
        # each query groups by its first two columns: one count per pair
        return {(sponsor, code): count for sponsor, code, count in db.execute(sql, params)}

    def rolled(column: str) -> str:
        return reference.successor_sql(column)

    sponsors = {
        row[0]: row[1:]
        for row in db.execute(
            "SELECT id, name, kind, COALESCE(headcount, 0) FROM sponsor WHERE deleted = 0 AND "
            "id IN (SELECT value FROM json_each(?))",
            [ids],
        )
    }
    twinned = counted(
        f"SELECT t.sponsor_id, {rolled('t.commune_code')}, count(*) FROM twinning t "
        "WHERE t.sponsor_id IN (SELECT value FROM json_each(?)) AND t.deleted = 0 "
        "AND t.since <= ? AND (t.until IS NULL OR t.until >= ?) GROUP BY 1, 2",
        [ids, end, start],
    )
    receipt_where = (
        "r.sponsor_id IN (SELECT value FROM json_each(?)) AND r.deleted = 0 "
        "AND r.received_on BETWEEN ? AND ?"
    )
    receipts: dict[tuple[str, str], list[list]] = {}
    for sponsor, code, *by_kind in db.execute(
        f"SELECT r.sponsor_id, {rolled('r.commune_code')}, r.category_code, r.gift_only, "
        "COALESCE(SUM(i.amount), 0), COUNT(DISTINCT r.id) FROM receipt r LEFT JOIN receipt_item "
        f"i ON i.receipt_id = r.id AND i.deleted = 0 WHERE {receipt_where} GROUP BY 1, 2, 3, 4",
        [ids, start, end],
    ):
        receipts.setdefault((sponsor, code), []).append(by_kind)
    # From the year's receipts to their hand-outs, in that order (CROSS JOIN): a hub that has
    # just merged its communes has no statistics to lead the planner there. Each receipt's
    # commune is rolled up once (MATERIALIZED), not once for each of its hand-outs.
    helped = counted(
        "WITH year_receipt AS MATERIALIZED (SELECT r.id, r.sponsor_id, "
        f"{rolled('r.commune_code')} AS code FROM receipt r WHERE {receipt_where}) "
        "SELECT r.sponsor_id, r.code, COUNT(DISTINCT a.household_id) FROM year_receipt r "
        "CROSS JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        "CROSS JOIN allocation a ON a.receipt_item_id = i.id WHERE a.deleted = 0 "
        "AND EXISTS (SELECT 1 FROM household_year y WHERE y.household_id = a.household_id "
        "AND y.deleted = 0 AND y.status = 'poor' AND y.year IN (?, ?)) GROUP BY 1, 2",
        [ids, start, end, year - 1, year],
    )
    models = counted(
        f"SELECT m.sponsor_id, {rolled('m.commune_code')}, count(*) FROM livelihood_model m "
        "WHERE m.sponsor_id IN (SELECT value FROM json_each(?)) AND m.deleted = 0 "
        "AND m.year = ? GROUP BY 1, 2",
        [ids, year],
    )
    need_where = "n.sponsor_id IN (SELECT value FROM json_each(?)) AND n.year = ?"
    proposed: dict[tuple[str, str], list[int]] = {}
    for fulfilled, sponsor, code, status in needs.met_where(
        db, need_where, [ids, year], f"n.sponsor_id, {rolled('n.commune_code')}, n.status"
    ):
        counts = proposed.setdefault((sponsor, code), [0, 0])
        counts[0] += 1
        counts[1] += bool(fulfilled or status == "hoan_thanh")
    result = {}
    catalogs = target_catalogs(db)
    for sponsor_id, code in pairs:
        if sponsor_id not in sponsors:
            raise UserError(tr("This sponsor does not exist or has been deleted."))
        name, kind, headcount = sponsors[sponsor_id]
        key = (sponsor_id, code)
        by_category: dict[str, int] = {}
        gift_value = count = gift_count = 0
        for category, gift_only, value, number in receipts.get(key, []):
            by_category[category] = by_category.get(category, 0) + value
            count += number
            if gift_only:
                gift_value += value
                gift_count += number
        needs_proposed, needs_fulfilled = proposed.get(key, [0, 0])
        result[key] = _judged(
            catalogs,
            Figures(
                sponsor_id=sponsor_id,
                sponsor_name=name,
                sponsor_kind=kind,
                headcount=headcount,
                year=year,
                twinned=key in twinned,
                receipts=count,
                total_value=sum(by_category.values()),
                gift_value=gift_value,
                value_by_category=by_category,
                poor_households_helped=helped.get(key, 0),
                models=models.get(key, 0),
                needs_proposed=needs_proposed,
                needs_fulfilled=needs_fulfilled,
                gift_receipts=gift_count,
            ),
        )
    return result


def across(
    catalogs: TargetCatalogs,
    communes: list[list[Figures]],
    name: str,
    kind: str,
    headcount: int,
) -> Figures:
    """One sponsor's year across all the communes it works in (`communes`: the figures of each
    commune, several where a commune recorded the sponsor twice): the figures summed, and its
    targets judged on them — households helped and value against the unit's headcount or the
    year's amount, and a rule per commune (a model in every commune a year) against the commune
    with the fewest."""
    parts = [part for commune in communes for part in commune]
    if len(parts) == 1 and (kind, headcount) == (parts[0].sponsor_kind, parts[0].headcount):
        # One commune's figures of the same kind of unit: its targets and eligibility are
        # judged on the same values (its fewest models in a commune are its models).
        one = parts[0]
        return replace(
            one,
            sponsor_name=name,
            value_by_category=dict(one.value_by_category),
            targets=list(one.targets),
            reasons=list(one.reasons),
            fewest_models_in_a_commune=one.models,
        )
    by_category: dict[str, int] = {}
    for part in parts:
        for category, value in part.value_by_category.items():
            by_category[category] = by_category.get(category, 0) + value

    def total(attribute: str) -> int:
        return sum(getattr(part, attribute) for part in parts)

    return _judged(
        catalogs,
        Figures(
            sponsor_id=parts[0].sponsor_id if len(parts) == 1 else "",
            sponsor_name=name,
            sponsor_kind=kind,
            headcount=headcount,
            year=parts[0].year,
            twinned=any(part.twinned for part in parts),
            receipts=total("receipts"),
            total_value=total("total_value"),
            gift_value=total("gift_value"),
            value_by_category=by_category,
            poor_households_helped=total("poor_households_helped"),
            models=total("models"),
            needs_proposed=total("needs_proposed"),
            needs_fulfilled=total("needs_fulfilled"),
            reported=all(part.reported for part in parts),
            gift_receipts=total("gift_receipts"),
            fewest_models_in_a_commune=min(sum(p.models for p in c) for c in communes),
        ),
    )


def _targets(catalogs: TargetCatalogs, figures: Figures) -> list[TargetResult]:
    values = {
        "helped_poor_households": figures.poor_households_helped,
        "headcount": figures.headcount,
        "models_in_commune_year": figures.models
        if figures.fewest_models_in_a_commune is None
        else figures.fewest_models_in_a_commune,
        "total_value_vnd": figures.total_value,
    }
    results = []
    for item in catalogs.of_kind(figures.sponsor_kind):
        met, actual, required = targets.evaluate(item.data["rule"], values)
        results.append(TargetResult(item.code, item.name, met, actual, required))
    return results


def _eligibility(figures: Figures) -> tuple[bool, list[str]]:
    """Eligible for commendation unless one of QĐ 3651's exclusions applies, and one sentence
    naming the rule that decided it (every exclusion that applies, or why none does)."""
    reasons = []
    if not figures.twinned:
        reasons.append(tr("not twinned with the commune this year (no participation)"))
    if figures.receipts == 0 and figures.models == 0:
        reasons.append(tr("nothing was carried out in the commune this year"))
    if not figures.reported:
        reasons.append(tr("the sponsor sent no report"))
    # Judged on the receipts, not their value: a training worth 0 đ is not a gift.
    if figures.receipts > 0 and figures.gift_receipts == figures.receipts and figures.models == 0:
        reasons.append(tr("only visits and gifts were given"))
    if reasons:
        return False, [
            tr("Not eligible under QĐ 3651/QĐ-UBND: {reasons}.").format(reasons="; ".join(reasons))
        ]
    done = []
    if figures.receipts:
        done.append(tr("{count} receipts").format(count=figures.receipts))
    if figures.models:
        done.append(tr("{count} livelihood models").format(count=figures.models))
    sentence = tr(
        "Eligible under QĐ 3651/QĐ-UBND: twinned, carried out {done}, reported, and not only "
        "visits and gifts"
    ).format(done=tr(" and ").join(done))
    unmet = figures.unmet()
    if unmet:
        sentence += tr("; targets not met: {targets}").format(
            targets="; ".join(t.text for t in unmet)
        )
    return True, [sentence + "."]


def ratings() -> list[str]:
    """The ratings an assessment gives, best first."""
    return [
        tr("Excellently completed its tasks"),
        tr("Well completed its tasks"),
        tr("Completed its tasks"),
        tr("Did not complete its tasks"),
    ]


def suggested_rating(figures: Figures) -> str:
    """The rating the figures support: not eligible → did not complete; every target met →
    well completed; otherwise completed (excellence is the officer's judgement, never
    suggested)."""
    best, well, completed, failed = ratings()
    del best
    if not figures.eligible:
        return failed
    return well if figures.targets and not figures.unmet() else completed


# ---- records -------------------------------------------------------------------------------


def save_draft(
    db: Database,
    sponsor_id: str,
    year: int,
    *,
    commune_code: str | None,
    reported: bool = True,
    rating: str | None = None,
    comments: str | None = None,
    assessment_id: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Create or update the draft assessment with freshly computed figures; its id.

    Without `assessment_id` the sponsor's year gets its open draft updated, or (when the latest
    revision is finalized) a new revision that supersedes it; the old one is kept as it was.
    """
    today = today or dt.date.today()
    if year > today.year:
        raise ValidationError({"year": tr("A year that has not begun cannot be assessed.")})
    figures = compute(db, sponsor_id, year, reported=reported, commune_code=commune_code)
    if not figures.twinned:
        raise ValidationError(
            {
                "sponsor_id": tr(
                    "Only a sponsor twinned with the commune in that year can be assessed."
                )
            }
        )
    rating = (rating or "").strip() or None
    comments = (comments or "").strip() or None
    with transaction(db) as conn:
        if assessment_id is None:
            scope, args = commune_is(commune_code)
            previous = conn.execute(
                "SELECT id, revision, finalized_on FROM assessment WHERE sponsor_id = ? AND "
                f"year = ? AND {scope} AND deleted = 0 ORDER BY revision DESC LIMIT 1",
                (sponsor_id, year, *args),
            ).fetchone()
            if previous and previous[2] is None:
                assessment_id = previous[0]
            else:
                assessment_id = uuid7()
                conn.execute(
                    "INSERT INTO assessment (id, commune_code, sponsor_id, year, revision, "
                    "supersedes_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        assessment_id,
                        commune_code,
                        sponsor_id,
                        year,
                        (previous[1] + 1) if previous else 1,
                        previous[0] if previous else None,
                    ),
                )
        _require_draft(conn, assessment_id)
        conn.execute(
            "UPDATE assessment SET figures = ?, reported = ?, eligible = ?, reasons = ?, "
            "rating = ?, comments = ? WHERE id = ?",
            (
                figures.to_json(),
                int(reported),
                int(figures.eligible),
                json.dumps(figures.reasons, ensure_ascii=False),
                rating,
                comments,
                assessment_id,
            ),
        )
    return assessment_id


def _require_draft(conn, assessment_id: str) -> None:
    row = conn.execute(
        "SELECT finalized_on FROM assessment WHERE id = ? AND deleted = 0", (assessment_id,)
    ).fetchone()
    if row is None:
        raise UserError(tr("This assessment does not exist or has been deleted."))
    if row[0] is not None:
        raise UserError(
            tr(
                "This assessment was finalized on {date} and cannot be changed; make a new "
                "revision instead."
            ).format(date=row[0])
        )


def finalize(db: Database, assessment_id: str, by: str, on: dt.date | None = None) -> None:
    """Lock the assessment with its figures computed afresh: from now on it is never edited."""
    row = db.execute(
        "SELECT sponsor_id, year, commune_code, reported, rating FROM assessment "
        "WHERE id = ? AND deleted = 0",
        [assessment_id],
    ).fetchone()
    if row is None:
        raise UserError(tr("This assessment does not exist or has been deleted."))
    sponsor_id, year, commune_code, reported, rating = row
    if not (rating or "").strip():
        raise ValidationError({"rating": tr("Give a rating before finalizing.")})
    if not by.strip():
        raise ValidationError({"finalized_by": tr("Enter who finalizes the assessment.")})
    figures = compute(db, sponsor_id, year, reported=bool(reported), commune_code=commune_code)
    with transaction(db) as conn:
        _require_draft(conn, assessment_id)
        conn.execute(
            "UPDATE assessment SET figures = ?, eligible = ?, reasons = ?, finalized_on = ?, "
            "finalized_by = ? WHERE id = ?",
            (
                figures.to_json(),
                int(figures.eligible),
                json.dumps(figures.reasons, ensure_ascii=False),
                (on or dt.date.today()).isoformat(),
                by.strip(),
                assessment_id,
            ),
        )


# ---- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Record:
    """One revision of an assessment as recorded."""

    id: str
    sponsor_id: str
    year: int
    revision: int
    supersedes_id: str | None
    figures: Figures
    reported: bool
    rating: str
    comments: str
    finalized_on: str | None
    finalized_by: str | None

    @property
    def finalized(self) -> bool:
        return self.finalized_on is not None


_RECORD_SQL = (
    "SELECT id, sponsor_id, year, revision, supersedes_id, figures, reported, "
    "COALESCE(rating, '') AS rating, COALESCE(comments, '') AS comments, finalized_on, "
    "finalized_by FROM assessment"
)


def _record(figures: str, reported: int, **columns: Any) -> Record:
    return Record(figures=Figures.from_json(figures), reported=bool(reported), **columns)


def load(db: Database, assessment_id: str) -> Record:
    found = rows.record(
        _record, db.execute(f"{_RECORD_SQL} WHERE id = ? AND deleted = 0", [assessment_id])
    )
    if found is None:
        raise UserError(tr("This assessment does not exist or has been deleted."))
    return found


def revisions(db: Database, sponsor_id: str, year: int, commune_code: str | None) -> list[Record]:
    """Every recorded revision of the sponsor's year, newest first."""
    scope, args = commune_scope(commune_code, "assessment")
    return rows.records(
        _record,
        db.execute(
            f"{_RECORD_SQL} WHERE sponsor_id = ? AND year = ? AND deleted = 0 AND {scope} "
            "ORDER BY revision DESC",
            [sponsor_id, year, *args],
        ),
    )


@dataclass(frozen=True)
class SponsorYear:
    sponsor_id: str
    name: str
    kind: str
    revision: int | None
    finalized_on: str | None
    eligible: bool | None
    rating: str
    commune_code: str | None = None  # the commune of the twinning

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.sponsor_id, self.commune_code)


def twinned_sponsors(db: Database, year: int, commune_code: str | None) -> list[SponsorYear]:
    """Sponsors twinned with the commune in `year` (on a hub: one row per sponsor and commune,
    since each commune assesses its sponsors), with the state of their latest assessment."""
    scope, args = commune_scope(commune_code, "t")
    # a twinning made with a predecessor continues with the commune it became
    commune = reference.successor_sql("t.commune_code")
    cursor = db.execute(
        "SELECT s.id AS sponsor_id, s.name AS name, s.kind AS kind, a.revision AS revision, "
        "a.finalized_on AS finalized_on, a.eligible AS eligible, "
        f"COALESCE(a.rating, '') AS rating, {commune} AS commune_code FROM sponsor s "
        "JOIN twinning t ON t.sponsor_id = s.id AND t.deleted = 0 AND t.since <= ? "
        f"AND (t.until IS NULL OR t.until >= ?) AND {scope} "
        "LEFT JOIN assessment a ON a.id = (SELECT a.id FROM assessment a WHERE "
        "a.sponsor_id = s.id AND a.year = ? AND a.deleted = 0 AND "
        f"{reference.successor_sql('a.commune_code')} IS {commune} "
        "ORDER BY a.revision DESC LIMIT 1) "
        f"WHERE s.deleted = 0 GROUP BY s.id, {commune} ORDER BY s.name, {commune}",
        [f"{year}-12-31", f"{year}-01-01", *args, year],
    )
    return rows.records(_sponsor_year, cursor)


def _sponsor_year(eligible: int | None, **columns: Any) -> SponsorYear:
    return SponsorYear(eligible=None if eligible is None else bool(eligible), **columns)


def twinnings_in_year(
    db: Database, year: int, commune_code: str | None
) -> list[tuple[str, str | None]]:
    """(sponsor id, commune code) of every twinning in force in `year` (one commune's, or every
    commune's on a hub): targets are per commune, so a hub assesses each pair on its own."""
    scope, args = commune_scope(commune_code, "t")
    commune = reference.successor_sql("t.commune_code")
    return [
        (row[0], row[1])
        for row in db.execute(
            f"SELECT DISTINCT t.sponsor_id, {commune} FROM twinning t "
            "JOIN sponsor s ON s.id = t.sponsor_id AND s.deleted = 0 "
            f"WHERE t.deleted = 0 AND t.since <= ? AND (t.until IS NULL OR t.until >= ?) AND {scope} "
            f"ORDER BY s.name, {commune}",
            [f"{year}-12-31", f"{year}-01-01", *args],
        )
    ]


def behind_targets(
    db: Database, year: int, commune_code: str | None
) -> list[tuple[str | None, Figures]]:
    """(commune code, the year's figures) of every twinned sponsor that has not (yet) met all
    its targets in that commune."""
    result = []
    for sponsor_id, commune in twinnings_in_year(db, year, commune_code):
        figures = compute(db, sponsor_id, year, commune_code=commune)
        if figures.unmet():
            result.append((commune, figures))
    return result


# ---- the record types of this module (desktop.models.records) --------------------

ASSESSMENTS_EXPORT = Export(
    name="assessments",
    title="Đánh giá đơn vị kết nghĩa",
    sql=(
        "SELECT a.year, s.name, a.revision, json_extract(a.figures, '$.receipts'), "
        "json_extract(a.figures, '$.total_value'), "
        "json_extract(a.figures, '$.poor_households_helped'), "
        "json_extract(a.figures, '$.models'), a.eligible, a.rating, a.comments, a.finalized_on "
        "FROM assessment a JOIN sponsor s ON s.id = a.sponsor_id "
        "WHERE a.deleted = 0 AND {year} AND {commune} "
        "AND a.revision = (SELECT MAX(b.revision) FROM assessment b WHERE b.sponsor_id = "
        "a.sponsor_id AND b.year = a.year AND b.deleted = 0 AND b.commune_code IS a.commune_code) "
        "ORDER BY a.year, s.name"
    ),
    year_condition="a.year = ?",
    columns=[
        Column("Năm", "year"),
        Column("Đơn vị kết nghĩa", width=36),
        Column("Lần", "int"),
        Column("Số lượt hỗ trợ", "int", total=True),
        Column("Tổng giá trị (đồng)", "money", total=True),
        Column("Hộ nghèo được giúp", "int", total=True),
        Column("Số mô hình", "int", total=True),
        Column("Đủ điều kiện khen thưởng", "bool"),
        Column("Xếp loại"),
        Column("Nhận xét", width=40),
        Column("Ngày chốt", "date"),
    ],
    commune="a.commune_code",
)
RECORD_TYPES = (
    RecordType(
        "assessment",
        lambda: tr("Year-end assessment"),
        f"{name_of('sponsor', 'sponsor_id')} || ' — ' || t.year",
        count=Count("assessments", lambda: tr("assessments")),
        export=ASSESSMENTS_EXPORT,
        fields={"rating": lambda: tr("Rating")},
    ),
)
