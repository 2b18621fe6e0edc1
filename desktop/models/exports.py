"""The rows of a table export: the query of a record type's `Export` (declared with the record
type, see models/records.py), with the year and the commune as parameters.

The spreadsheet layer (desktop.documents.xlsx) writes them under the export's Vietnamese headers
and formats, in the order of the query's columns. Each export names the column holding its rows'
commune, so an export can be limited to one commune (with its predecessors) and, on a hub, begin
with the commune each row rolls up to.
"""

from __future__ import annotations

from desktop.models import records, reference
from desktop.models.db import Database


def table_rows(
    db: Database,
    export: records.Export,
    year: int | None = None,
    *,
    commune_code: str | None = None,
    with_commune: bool = False,
) -> list[tuple]:
    """The live rows of an export (one year's when `year` is given and it has years;
    one commune's and its predecessors' with `commune_code`). `with_commune` puts first the code
    of the commune in force each row rolls up to (NULL for the hub's own rows)."""
    query = export
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
