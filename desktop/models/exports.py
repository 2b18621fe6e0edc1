"""What each table export holds: the query of every exportable table, with the year as a parameter.

The spreadsheet layer (desktop.documents.xlsx) gives the columns their Vietnamese headers and
formats, in the order of each query's columns. Each query names the column holding its rows'
commune, so an export can be limited to one commune (with its predecessors) and, on a hub, begin
with the commune each row rolls up to.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.models import reference, sponsor_directory
from desktop.models.db import Database


@dataclass(frozen=True)
class TableQuery:
    sql: str  # "{year}": the year condition, or "1" for every year; "{commune}": likewise
    year_condition: str | None  # SQL with ? for the year; None: the table has no years
    commune: str = "commune_code"  # the column holding the row's commune


QUERIES: dict[str, TableQuery] = {
    "households": TableQuery(
        "SELECT h.code, h.head_name, h.head_birth_year, h.head_gender, e.name, v.name, "
        "h.members, h.phone, y.year, y.status, y.income_per_month FROM household h "
        "JOIN village v ON v.id = h.village_id LEFT JOIN ethnic_group e ON e.code = h.ethnic_code "
        "LEFT JOIN household_year y ON y.id = (SELECT y2.id FROM household_year y2 "
        " WHERE y2.household_id = h.id AND y2.deleted = 0 AND {year} "
        " ORDER BY y2.year DESC LIMIT 1) "
        "WHERE h.deleted = 0 AND {commune} ORDER BY v.ordinal, h.head_name, h.id",
        "y2.year = ?",
        "h.commune_code",
    ),
    "needs": TableQuery(
        "SELECT n.year, COALESCE(c.name, n.category_code), n.description, n.unit, n.quantity, "
        "n.estimated_cost, n.priority, n.status, s.name, "
        "(SELECT COALESCE(SUM(rn.value), 0) FROM receipt_need rn JOIN receipt r "
        " ON r.id = rn.receipt_id AND r.deleted = 0 WHERE rn.need_id = n.id AND rn.deleted = 0) "
        "FROM need n LEFT JOIN catalog_item c ON c.catalog = 'support_category' "
        "AND c.code = n.category_code LEFT JOIN sponsor s ON s.id = n.sponsor_id "
        "WHERE n.deleted = 0 AND {year} AND {commune} "
        "ORDER BY n.year, c.ordinal, n.priority, n.description",
        "n.year = ?",
        "n.commune_code",
    ),
    "receipts": TableQuery(
        "SELECT r.received_on, s.name, COALESCE(k.name, r.resource_kind), "
        "COALESCE(c.name, r.category_code), r.description, r.gift_only, r.minutes_number, "
        "(SELECT COUNT(*) FROM receipt_item i WHERE i.receipt_id = r.id AND i.deleted = 0), "
        "(SELECT COALESCE(SUM(i.amount), 0) FROM receipt_item i "
        " WHERE i.receipt_id = r.id AND i.deleted = 0), "
        "(SELECT COUNT(DISTINCT a.household_id) FROM allocation a JOIN receipt_item i "
        " ON i.id = a.receipt_item_id WHERE i.receipt_id = r.id AND a.deleted = 0 "
        " AND i.deleted = 0) "
        "FROM receipt r JOIN sponsor s ON s.id = r.sponsor_id "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = r.category_code "
        "LEFT JOIN catalog_item k ON k.catalog = 'resource_kind' AND k.code = r.resource_kind "
        "WHERE r.deleted = 0 AND {year} AND {commune} ORDER BY r.received_on, r.id",
        "substr(r.received_on, 1, 4) = CAST(? AS TEXT)",
        "r.commune_code",
    ),
    "receipt_items": TableQuery(
        "SELECT r.received_on, s.name, r.minutes_number, i.ordinal, i.name, i.unit, i.quantity, "
        "i.unit_price, i.amount, i.notes FROM receipt_item i "
        "JOIN receipt r ON r.id = i.receipt_id AND r.deleted = 0 "
        "JOIN sponsor s ON s.id = r.sponsor_id "
        "WHERE i.deleted = 0 AND {year} AND {commune} ORDER BY r.received_on, r.id, i.ordinal",
        "substr(r.received_on, 1, 4) = CAST(? AS TEXT)",
        "r.commune_code",
    ),
    "allocations": TableQuery(
        "SELECT r.received_on, s.name, v.name, h.code, h.head_name, i.name, i.unit, a.quantity, "
        "CAST(ROUND(a.quantity * i.unit_price) AS INTEGER), a.handed_on FROM allocation a "
        "JOIN receipt_item i ON i.id = a.receipt_item_id AND i.deleted = 0 "
        "JOIN receipt r ON r.id = i.receipt_id AND r.deleted = 0 "
        "JOIN sponsor s ON s.id = r.sponsor_id LEFT JOIN household h ON h.id = a.household_id "
        "JOIN village v ON v.id = COALESCE(h.village_id, a.village_id) "
        "WHERE a.deleted = 0 AND {year} AND {commune} "
        "ORDER BY r.received_on, r.id, v.ordinal, h.head_name",
        "substr(r.received_on, 1, 4) = CAST(? AS TEXT)",
        "r.commune_code",
    ),
    "models": TableQuery(
        "SELECT m.year, m.name, COALESCE(k.name, m.kind), s.name, c.name, v.name, m.status, "
        "(SELECT COUNT(*) FROM model_member mm WHERE mm.model_id = m.id AND mm.deleted = 0), "
        "m.results FROM livelihood_model m LEFT JOIN sponsor s ON s.id = m.sponsor_id "
        "LEFT JOIN village v ON v.id = m.village_id "
        "LEFT JOIN catalog_item k ON k.catalog = 'model_kind' AND k.code = m.kind "
        "LEFT JOIN catalog_item c ON c.catalog = 'support_category' AND c.code = m.category_code "
        "WHERE m.deleted = 0 AND {year} AND {commune} ORDER BY m.year, m.name",
        "m.year = ?",
        "m.commune_code",
    ),
    "sponsors": TableQuery(
        "SELECT s.name, s.short_name, COALESCE(k.name, s.kind), s.headcount, s.address, "
        "s.representative, s.representative_title, s.phone, s.email, "
        f"{sponsor_directory.entry_name_sql('s.id')} FROM sponsor s "
        "LEFT JOIN catalog_item k ON k.catalog = 'sponsor_kind' AND k.code = s.kind "
        "WHERE s.deleted = 0 AND {year} AND {commune} ORDER BY s.name",
        None,
        "s.commune_code",
    ),
    "twinnings": TableQuery(
        "SELECT s.name, t.since, t.until, t.decision_number, t.decision_date, t.active, t.notes "
        "FROM twinning t JOIN sponsor s ON s.id = t.sponsor_id "
        "WHERE t.deleted = 0 AND {year} AND {commune} "
        "ORDER BY s.name, t.since",
        "substr(t.since, 1, 4) <= CAST(? AS TEXT) AND (t.until IS NULL OR "
        "substr(t.until, 1, 4) >= CAST(? AS TEXT))",
        "t.commune_code",
    ),
    "members": TableQuery(
        "SELECT full_name, position, unit, group_role, phone, term_start, term_end FROM member "
        "WHERE deleted = 0 AND {year} AND {commune} "
        "ORDER BY CASE group_role WHEN 'to_truong' THEN 0 "
        "WHEN 'to_pho' THEN 1 ELSE 2 END, full_name",
        None,
    ),
    "assessments": TableQuery(
        "SELECT a.year, s.name, a.revision, json_extract(a.figures, '$.receipts'), "
        "json_extract(a.figures, '$.total_value'), "
        "json_extract(a.figures, '$.poor_households_helped'), "
        "json_extract(a.figures, '$.models'), a.eligible, a.rating, a.comments, a.finalized_on "
        "FROM assessment a JOIN sponsor s ON s.id = a.sponsor_id "
        "WHERE a.deleted = 0 AND {year} AND {commune} "
        "AND a.revision = (SELECT MAX(b.revision) FROM assessment b WHERE b.sponsor_id = "
        "a.sponsor_id AND b.year = a.year AND b.deleted = 0 AND b.commune_code IS a.commune_code) "
        "ORDER BY a.year, s.name",
        "a.year = ?",
        "a.commune_code",
    ),
    "surveys": TableQuery(
        "SELECT s.survey_date, s.kind, s.title, "
        "(SELECT group_concat(m.full_name, ', ') FROM json_each(s.surveyors) j "
        "LEFT JOIN member m ON m.id = j.value), "
        "(SELECT COUNT(*) FROM survey_observation o WHERE o.survey_id = s.id AND o.deleted = 0), "
        "s.notes FROM survey s WHERE s.deleted = 0 AND {year} AND {commune} "
        "ORDER BY s.survey_date",
        "substr(s.survey_date, 1, 4) = CAST(? AS TEXT)",
        "s.commune_code",
    ),
}


def table_rows(
    db: Database,
    table: str,
    year: int | None = None,
    *,
    commune_code: str | None = None,
    with_commune: bool = False,
) -> list[tuple]:
    """The live rows of an exportable table (one year's when `year` is given and it has years;
    one commune's and its predecessors' with `commune_code`). `with_commune` puts first the code
    of the commune in force each row rolls up to (NULL for the hub's own rows)."""
    query = QUERIES[table]
    condition, params = "1", []
    if year is not None and query.year_condition is not None:
        condition = query.year_condition
        params = [year] * query.year_condition.count("?")
    scope, scope_params = "1", []
    if commune_code is not None:
        scope, scope_params = reference.family_sql(query.commune), [commune_code, commune_code]
    sql = query.sql.format(year=condition, commune=scope)
    if with_commune:
        sql = f"SELECT {reference.successor_sql(query.commune)}, " + sql[len("SELECT ") :]
    return db.execute(sql, [*params, *scope_params]).fetchall()
