"""Reference data: admin units, ethnic groups, the poverty standard and the program's catalogs.

The files in resources/reference are loaded into tables as one versioned set. The same loader
takes the files from a hub bundle, so a district can ship newer reference data; a version that
is not higher than the stored one is refused.

json is imported by the functions that read or write it: opening the window reads none.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sqlite3
from typing import Any, NamedTuple

import resources
from desktop.i18n import tr
from desktop.models.errors import UserError
from desktop.models.rows import record, records
from desktop.models.text import fold, search_key, search_words

SET_NAME = "reference"
FILES = (
    "admin_units.csv",
    "admin_unit_changes_2025.csv",
    "ethnic_groups.csv",
    "poverty_standard_2022_2025.json",
    "twinning_program.json",
    "program_rules.json",
)


def bundled_files() -> dict[str, bytes]:
    folder = resources.path("reference")
    files = {name: (folder / name).read_bytes() for name in FILES}
    files["VERSION"] = _BUNDLED_VERSION.read_bytes()
    return files


_BUNDLED_VERSION = resources.path("reference", "VERSION")


_VERSION = re.compile(r"[0-9]{1,9}(\.[0-9]{1,9}){0,5}")


def version_key(version: str) -> tuple[int, ...]:
    """(2025, 7, 1) for "2025.07.1"; ValueError unless ASCII digits and dots (int() alone would
    take other scripts' digits, signs and underscores, from a bundle too)."""
    text = version.strip()
    if not _VERSION.fullmatch(text):
        raise ValueError(f"not a reference-data version: {version!r}")
    return tuple(int(part) for part in text.split("."))


def stored_version(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT version FROM reference_set WHERE name = ?", (SET_NAME,)).fetchone()
    return row[0] if row else None


def ensure_loaded(conn: sqlite3.Connection) -> None:
    """Load the bundled set when the database holds none or an older one."""
    bundled = _BUNDLED_VERSION.read_text("utf-8").strip()
    stored = stored_version(conn)
    if stored is None or version_key(bundled) > version_key(stored):
        load(conn, bundled_files())  # the files read only then: every open of the window asks


def load(conn: sqlite3.Connection, files: dict[str, bytes]) -> str:
    """Replace the reference tables with `files` (inside the caller's transaction)."""
    import json

    version = files["VERSION"].decode().strip()
    stored = stored_version(conn)
    if stored is not None and version_key(version) <= version_key(stored):
        raise UserError(
            tr("Reference data version {new} is not newer than the installed {old}.").format(
                new=version, old=stored
            )
        )
    _load_units(conn, files)
    _load_ethnic_groups(conn, files["ethnic_groups.csv"])
    _load_poverty_standard(conn, files["poverty_standard_2022_2025.json"])
    _load_catalogs(
        conn, json.loads(files["twinning_program.json"]), json.loads(files["program_rules.json"])
    )
    conn.execute(
        "INSERT INTO reference_set (name, version, source, loaded_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET version = excluded.version, source = excluded.source, "
        "loaded_at = excluded.loaded_at",
        (SET_NAME, version, ", ".join(FILES), dt.datetime.now().isoformat(timespec="seconds")),
    )
    return version


def _rows(data: bytes) -> list[dict[str, str]]:
    import csv  # here: only loading a new set reads CSV, not opening the database

    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _load_units(conn: sqlite3.Connection, files: dict[str, bytes]) -> None:
    conn.execute("DELETE FROM admin_unit")
    conn.executemany(
        "INSERT INTO admin_unit (code, valid_from, valid_to, name, kind, level, parent_code, "
        "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r["code"],
                r["valid_from"],
                r["valid_to"] or None,
                r["name"],
                r["kind"],
                r["level"],
                r["parent_code"] or None,
                search_key(r["name"]),
            )
            for r in _rows(files["admin_units.csv"])
        ],
    )
    conn.execute("DELETE FROM admin_unit_change")
    conn.executemany(
        "INSERT INTO admin_unit_change VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                r["old_code"],
                r["old_name"],
                r["new_code"],
                r["new_name"],
                r["change"],
                r["effective"],
            )
            for r in _rows(files["admin_unit_changes_2025.csv"])
        ],
    )


def _load_ethnic_groups(conn: sqlite3.Connection, data: bytes) -> None:
    conn.execute("DELETE FROM ethnic_group")
    conn.executemany(
        "INSERT INTO ethnic_group (code, name, other_names, search_key) VALUES (?, ?, ?, ?)",
        [
            (
                r["code"],
                r["name"],
                r["other_names"],
                search_key(f"{r['name']} {r['other_names']}"),
            )
            for r in _rows(data)
        ],
    )


def _load_poverty_standard(conn: sqlite3.Connection, data: bytes) -> None:
    import json

    standard = json.loads(data)
    conn.execute("DELETE FROM poverty_standard")
    conn.execute(
        "INSERT INTO poverty_standard (code, valid_from, valid_to, source, data) "
        "VALUES (?, ?, ?, ?, ?)",
        ("2022-2025", "2022-01-01", "2026-12-31", standard["source"], json.dumps(standard)),
    )


def _catalog_rows(program: dict, rules: dict) -> list[tuple[str, str, str, dict]]:
    rows: list[tuple[str, str, str, dict]] = []
    for stage in program["stages"]:
        rows.append(("stage", stage["code"], stage["name"], {}))
    for cat in program["support_categories"]:
        extra = {"examples": cat.get("examples", []), "gift_only": cat.get("gift_only", False)}
        rows.append(("support_category", cat["code"], cat["name"], extra))
    for kind in program["resource_kinds"]:
        rows.append(("resource_kind", kind["code"], kind["name"], {}))
    for name in program["model_kinds"]:
        rows.append(("model_kind", fold(name).replace(" ", "_"), name, {}))
    for kind in program["sponsor_kinds"]:
        groups = rules["target_groups_by_sponsor_kind"].get(kind["code"], [])
        rows.append(("sponsor_kind", kind["code"], kind["name"], {"target_groups": groups}))
    for group in ("per_sponsor_unit", "per_sponsor_district"):
        for target in program["targets"][group]:
            rule = target["rule"].split("  (")[0].strip()
            rows.append(
                (
                    "target",
                    f"{group}.{target['code']}",
                    target["text"],
                    {"group": group, "rule": rule},
                )
            )
    for i, reason in enumerate(program["targets"]["not_eligible_for_commendation_if"]):
        rows.append(("not_eligible_reason", str(i + 1), reason, {}))
    for i, deadline in enumerate(program["deadlines"]):
        rows.append(
            (
                "deadline",
                str(i + 1),
                deadline["what"],
                {"who": deadline["who"], "due": deadline["due"]},
            )
        )
    for period in program["reporting_periods"]:
        rows.append(("reporting_period", fold(period).replace(" ", "_"), period, {}))
    for indicator in program["indicators_2030"]:
        rows.append(
            (
                "indicator_2030",
                indicator["code"],
                indicator["text"],
                {"target": indicator["target"]},
            )
        )
    for indicator in rules["survey_indicators"]:
        rows.append(
            ("survey_indicator", indicator["code"], indicator["name"], {"unit": indicator["unit"]})
        )
    return rows


def _load_catalogs(conn: sqlite3.Connection, program: dict, rules: dict) -> None:
    import json

    conn.execute("DELETE FROM catalog_item")
    counters: dict[str, int] = {}
    for catalog, code, name, data in _catalog_rows(program, rules):
        counters[catalog] = counters.get(catalog, 0) + 1
        conn.execute(
            "INSERT INTO catalog_item (catalog, code, name, ordinal, data) VALUES (?, ?, ?, ?, ?)",
            (catalog, code, name, counters[catalog], json.dumps(data, ensure_ascii=False)),
        )


# ---- queries -------------------------------------------------------------------------------


class Unit(NamedTuple):
    """An administrative unit (province, district, commune) as listed from `valid_from`."""

    code: str
    valid_from: str
    valid_to: str | None
    name: str
    level: str
    parent_code: str | None
    parent_name: str | None

    @property
    def current(self) -> bool:
        return self.valid_to is None

    @property
    def short_name(self) -> str:
        """ "Xã Đắc Tôi" -> "Đắc Tôi" (used in place lines of documents)."""
        for prefix in ("Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Huyện ", "Tỉnh ", "Xã "):
            if self.name.startswith(prefix):
                return self.name[len(prefix) :]
        return self.name


_UNIT_SQL = (
    "SELECT u.code, u.valid_from, u.valid_to, u.name, u.level, u.parent_code, "
    "(SELECT p.name FROM admin_unit p WHERE p.code = u.parent_code "
    " ORDER BY p.valid_to IS NULL DESC LIMIT 1) AS parent_name FROM admin_unit u"
)


def search_units(
    conn: sqlite3.Connection, query: str, levels: tuple[str, ...] = ("commune",), limit: int = 50
) -> list[Unit]:
    """Units whose name contains every word of `query`, ignoring diacritics and case."""
    words = search_words(query)
    where = " AND ".join(["u.search_key LIKE ?"] * len(words)) or "1"
    marks = ", ".join("?" * len(levels))
    cursor = conn.execute(
        f"{_UNIT_SQL} WHERE u.level IN ({marks}) AND {where} "
        "ORDER BY u.valid_to IS NOT NULL, u.name LIMIT ?",
        (*levels, *(f"%{w}%" for w in words), limit),
    )
    return records(Unit, cursor)


def unit(conn: sqlite3.Connection, code: str) -> Unit | None:
    """The unit with `code`; where a code names two units, the one still in force."""
    cursor = conn.execute(
        f"{_UNIT_SQL} WHERE u.code = ? ORDER BY u.valid_to IS NULL DESC, u.valid_from DESC",
        (code,),
    )
    return record(Unit, cursor)


def successor(conn: sqlite3.Connection, old_code: str) -> tuple[str, str] | None:
    """(new code, new name) of the commune an old commune was merged into on 2025-07-01."""
    row = conn.execute(
        "SELECT new_code, new_name FROM admin_unit_change WHERE old_code = ?", (old_code,)
    ).fetchone()
    return (row[0], row[1]) if row else None


# ---- the 2025 reform: successors, predecessors, units valid on a date ------------------------


# The code a record's commune rolls up to: its successor after the reform, or itself. Records
# keep the code they were made with; every figure groups and filters by this expression.
def successor_sql(column: str) -> str:
    return (
        f"COALESCE((SELECT c.new_code FROM admin_unit_change c WHERE c.old_code = {column} "
        f"LIMIT 1), {column})"
    )


def family_sql(column: str) -> str:
    """SQL condition: `column` is the commune `?` or one of its predecessors (two parameters)."""
    return (
        f"{column} IN (SELECT ? UNION SELECT c.old_code FROM admin_unit_change c "
        "WHERE c.new_code = ?)"
    )


def current_code(conn: sqlite3.Connection, code: str) -> str:
    """The code `code` rolls up to: the commune it became on 2025-07-01, or itself."""
    found = successor(conn, code)
    return found[0] if found else code


def same_commune(conn: sqlite3.Connection, a: str | None, b: str | None) -> bool:
    """Whether the codes `a` and `b` name one commune since the reform (a record of Xã Đắc Tôi
    belongs to Xã La Dêê); None (a hub-owned row) is the same only as None."""
    if a is None or b is None:
        return a is b
    return a == b or current_code(conn, a) == current_code(conn, b)


def family(conn: sqlite3.Connection, code: str) -> frozenset[str]:
    """`code` with every code that rolls up to the same current commune (its predecessors and
    the other communes merged with it): the records one commune station may hold and send."""
    head = current_code(conn, code)
    rows = conn.execute(
        "SELECT old_code FROM admin_unit_change WHERE new_code = ?", (head,)
    ).fetchall()
    return frozenset({code, head, *(r[0] for r in rows)})


def all_communes(conn: sqlite3.Connection) -> list[Unit]:
    """Every commune of the reference data, each version (before and after the reform)."""
    return records(Unit, conn.execute(f"{_UNIT_SQL} WHERE u.level = 'commune'"))


def predecessors(conn: sqlite3.Connection, code: str) -> list[Unit]:
    """The units merged into the current commune `code` on 2025-07-01 (their last version)."""
    cursor = conn.execute(
        f"{_UNIT_SQL} WHERE u.valid_to IS NOT NULL AND u.level = 'commune' AND u.code IN "
        "(SELECT old_code FROM admin_unit_change WHERE new_code = ?) ORDER BY u.code",
        (code,),
    )
    return records(Unit, cursor)


def reform_date(conn: sqlite3.Connection) -> str:
    """The day the 2025 reform took effect (from the reference data)."""
    row = conn.execute("SELECT min(effective) FROM admin_unit_change").fetchone()
    return row[0] or "2025-07-01"


def unit_on(conn: sqlite3.Connection, code: str, day: str) -> Unit | None:
    """The unit `code` names on `day` (ISO date); after it ended, the unit it became."""
    found = record(
        Unit,
        conn.execute(
            f"{_UNIT_SQL} WHERE u.code = ? AND u.valid_from <= ? "
            "AND (u.valid_to IS NULL OR u.valid_to >= ?) ORDER BY u.valid_from DESC",
            (code, day, day),
        ),
    )
    if found is None:
        return (
            None
            if current_code(conn, code) == code
            else unit_on(conn, current_code(conn, code), day)
        )
    parent = conn.execute(
        "SELECT name FROM admin_unit WHERE code = ? AND valid_from <= ? "
        "AND (valid_to IS NULL OR valid_to >= ?)",
        (found.parent_code, day, day),
    ).fetchone()
    return found._replace(parent_name=parent[0] if parent else found.parent_name)


def successor_unit(conn: sqlite3.Connection, code: str) -> Unit | None:
    """What a unit that ended became: a commune's successor; for a district or province, the
    unit in force that now holds its communes (Huyện Nam Giang → Thành phố Đà Nẵng)."""
    found = unit(conn, code)
    if found is None or found.current:
        return None
    if found.level == "commune":
        head = unit(conn, current_code(conn, code))
        return head if head is not None and head.current else None
    rows = conn.execute(
        "SELECT code FROM admin_unit WHERE level = 'commune' AND (parent_code = ? OR "
        "parent_code IN (SELECT code FROM admin_unit WHERE parent_code = ?))",
        (code, code),
    ).fetchall()
    parents = set()
    for (commune,) in rows:
        head = unit(conn, current_code(conn, commune))
        if head is not None and head.current and head.parent_code:
            parents.add(head.parent_code)
    return unit(conn, parents.pop()) if len(parents) == 1 else None


def defunct_reason(conn: sqlite3.Connection, code: str, today: dt.date) -> str | None:
    """Why no station can be set up for `code` today (it ended), naming what it became; None
    when the unit is in force."""
    found = unit(conn, code)
    if found is None or found.valid_to is None or found.valid_to >= today.isoformat():
        return None
    since = (dt.date.fromisoformat(found.valid_to) + dt.timedelta(days=1)).strftime("%d/%m/%Y")
    new = successor_unit(conn, code)
    if new is not None and found.level == "commune":
        return tr(
            "{old} was merged into {new} (code {code}) on {date}; set up the station for "
            "{new}, whose records include those of {old}."
        ).format(old=found.name, new=new.name, code=new.code, date=since)
    if new is not None:
        return tr(
            "{old} no longer exists since {date}; its communes now belong to {new} (code "
            "{code}): set up the hub for {new}."
        ).format(old=found.name, new=new.name, code=new.code, date=since)
    return tr("{old} no longer exists since {date}; choose a unit in force today.").format(
        old=found.name, date=since
    )


class CatalogItem(NamedTuple):
    """One entry of a program catalog (a deadline, a category, ...) with its JSON data."""

    code: str
    name: str
    data: dict


def catalog(conn: sqlite3.Connection, name: str) -> list[CatalogItem]:
    return records(
        _catalog_item,
        conn.execute(
            "SELECT code, name, data FROM catalog_item WHERE catalog = ? ORDER BY ordinal", (name,)
        ),
    )


def _catalog_item(data: str, **columns: Any) -> CatalogItem:
    import json

    return CatalogItem(data=json.loads(data), **columns)


def catalog_name(conn: sqlite3.Connection, name: str, code: str | None) -> str:
    row = conn.execute(
        "SELECT name FROM catalog_item WHERE catalog = ? AND code = ?", (name, code)
    ).fetchone()
    return row[0] if row else (code or "")


def ethnic_groups(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(code, name, other names) of the 54 groups."""
    return conn.execute("SELECT code, name, other_names FROM ethnic_group ORDER BY code").fetchall()


def poverty_standard(conn: sqlite3.Connection, year: int) -> dict:
    """The poverty standard in force in `year` (the latest one when none covers it)."""
    day = f"{year}-07-01"
    row = (
        conn.execute(
            "SELECT data FROM poverty_standard WHERE valid_from <= ? AND (valid_to IS NULL OR "
            "valid_to >= ?) ORDER BY valid_from DESC LIMIT 1",
            (day, day),
        ).fetchone()
        or conn.execute(
            "SELECT data FROM poverty_standard ORDER BY valid_from DESC LIMIT 1"
        ).fetchone()
    )
    import json

    return json.loads(row[0])


def poverty_indicators(standard: dict) -> list[tuple[str, str, str]]:
    """(indicator code, indicator name, dimension name) in the standard's order."""
    return [
        (ind["code"], ind["name"], dim["name"])
        for dim in standard["dimensions"]
        for ind in dim["indicators"]
    ]
