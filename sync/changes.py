"""Changes as they travel: segments of one origin station's change stream, grouped by table.

A segment covers the origin's seqs (from, to] and holds every change of that range that is in
the recipient's scope (a hub filters its own stream per commune, so a segment may skip seqs).
In a bundle it is compact JSON: per table the column names once, then one list per change:

    [seq, op, row_id, commune_code, hlc, site_id, base_hlc, base_site, values | null]

`values` follows the columns (every column except the sync columns, plus `deleted`); a hard
delete carries null. The base (the version an edit replaced, null for a new record) travels
with every edit. This module reads local changes into segments and checks segments that
arrive: shape, types, tables and columns this program knows, and whether the sender may write
each change.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import tr
from desktop.models import attachments, hlc, ownership, reference
from desktop.models.changelog import SYNC_COLUMNS, synced_tables, table_columns
from sync.bundle import BundleRefused, is_int64, is_station_id, is_unit_code

_ROW_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_OPS = frozenset({"upsert", "delete"})
# The JSON types a column value may have (bool is its own type, so true/false are refused);
# text length is bounded by the payload's cap.
_SCALARS = frozenset({str, int, float, type(None)})

# Columns whose value becomes a file name at the receiver, and what a valid one is.
FILE_NAMES: dict[tuple[str, str], Callable[[Any], bool]] = {
    ("attachment", "sha256"): attachments.is_sha256,
}

# seq, op, row_id, commune_code, hlc, site_id, base_hlc, base_site, values
Entry = tuple[int, str, str, "str | None", str, str, "str | None", "str | None", "list | None"]


@dataclass
class Segment:
    origin: str
    from_seq: int
    to_seq: int
    tables: dict[str, tuple[list[str], list[list[Any]]]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(len(entries) for _, entries in self.tables.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "from": self.from_seq,
            "to": self.to_seq,
            "tables": {
                tbl: {"columns": columns, "changes": entries}
                for tbl, (columns, entries) in self.tables.items()
            },
        }


def value_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns a change carries in `values`: all but the sync columns, then `deleted`."""
    return [c for c in table_columns(conn, table) if c not in SYNC_COLUMNS] + ["deleted"]


def local_segment(
    conn: sqlite3.Connection,
    origin: str,
    after: int,
    upto: int,
    scope: str | None,
    *,
    include_null: bool,
) -> Segment:
    """This station's own changes (after, upto] whose commune is `scope` or rolls up with it
    into one commune since the 2025 reform (and NULL if asked)."""
    segment = Segment(origin, after, upto)
    columns_of: dict[str, list[str]] = {}
    codes = sorted(reference.family(conn, scope)) if scope is not None else []
    rows = conn.execute(
        "SELECT seq, tbl, row_id, op, hlc, site_id, commune_code, base_hlc, base_site, row "
        "FROM change_log WHERE seq > ? AND seq <= ? "
        "AND (commune_code IN (SELECT value FROM json_each(?)) OR (? AND commune_code IS NULL)) "
        "ORDER BY seq",
        (after, upto, json.dumps(codes), int(include_null)),
    )
    for seq, tbl, row_id, op, stamp, site, commune, base_hlc, base_site, row in rows:
        if tbl not in columns_of:
            columns_of[tbl] = value_columns(conn, tbl)
            segment.tables[tbl] = (columns_of[tbl], [])
        values = None
        if op == "upsert" and row is not None:
            data = json.loads(row)
            values = [data.get(c) for c in columns_of[tbl]]
        # the base travels with every edit: the merge lets an edit of the version it holds
        # replace it whatever the stamps say (see sync/merge.py)
        segment.tables[tbl][1].append(
            [seq, op, row_id, commune, stamp, site, base_hlc, base_site, values]
        )
    return segment


def split(segment: Segment, most: int) -> list[Segment]:
    """The segment cut into consecutive segments of at most `most` changes each."""
    flat = sorted(
        (
            (entry[0], tbl, entry)
            for tbl, (_, entries) in segment.tables.items()
            for entry in entries
        ),
        key=lambda item: item[0],
    )
    if len(flat) <= most:
        return [segment]
    pieces: list[Segment] = []
    start = segment.from_seq
    for i in range(0, len(flat), most):
        chunk = flat[i : i + most]
        end = segment.to_seq if i + most >= len(flat) else chunk[-1][0]
        piece = Segment(segment.origin, start, end)
        for _, tbl, entry in chunk:
            piece.tables.setdefault(tbl, (segment.tables[tbl][0], []))[1].append(entry)
        pieces.append(piece)
        start = end
    return pieces


# ---- checking what arrives -----------------------------------------------------------------


def malformed(detail: str) -> BundleRefused:
    return BundleRefused(
        "bad_payload",
        tr("The bundle's content is malformed ({detail}).").format(detail=detail),
    )


def is_row_id(value: Any) -> bool:
    """A record's id as it travels (a UUID, or a plain code: no path separators)."""
    return type(value) is str and _ROW_ID.fullmatch(value) is not None


@dataclass(frozen=True)
class Scope:
    """Who may write what: the communes a sender may change, and whether it may change NULL rows."""

    communes: frozenset[str]
    hub_rows: bool  # may write rows with commune_code NULL (only the hub may)


def parse_segment(
    data: Any, known_tables: dict[str, list[str]], *, snapshot: bool = False
) -> Segment:
    """A segment from bundle JSON, every field checked; tables/columns must be known here.

    A snapshot (the records a welcome bundle brings) has seq 0 on every change.
    """
    if not isinstance(data, dict):
        raise malformed("segment")
    origin, start, end, tables = (data.get(k) for k in ("origin", "from", "to", "tables"))
    if (
        not is_station_id(origin)
        or not is_int64(start)
        or not is_int64(end)
        or not 0 <= start <= end
    ):
        raise malformed("segment range")
    if not isinstance(tables, dict):
        raise malformed("segment tables")
    segment = Segment(origin, start, end)
    # a bundle names a few stations and communes thousands of times: each is checked once
    good_sites: set[str] = set()
    good_communes: set[str] = set()
    for tbl, block in tables.items():
        if tbl not in known_tables:
            raise BundleRefused(
                "table_not_writable",
                tr("The bundle writes to “{table}”, which a station may not write.").format(
                    table=str(tbl)[:64]
                ),
            )
        if not isinstance(block, dict):
            raise malformed(tbl)
        columns, entries = block.get("columns"), block.get("changes")
        if not isinstance(columns, list) or not isinstance(entries, list):
            raise malformed(tbl)
        allowed = set(known_tables[tbl])
        if len(set(columns)) != len(columns) or "deleted" not in columns:
            raise malformed(f"{tbl} columns")
        for column in columns:
            if not isinstance(column, str) or column not in allowed:
                raise BundleRefused(
                    "unknown_column",
                    tr(
                        "The bundle holds a column this program does not know ({table}.{column})."
                    ).format(table=tbl, column=str(column)[:64]),
                )
        width = len(columns)
        names = [(columns.index(c), check) for (t, c), check in FILE_NAMES.items() if t == tbl]
        if any(c not in columns for (t, c) in FILE_NAMES if t == tbl):
            raise malformed(f"{tbl} columns")
        for entry in entries:
            # type() rather than isinstance(): a JSON true/false must not pass as an integer
            if type(entry) is not list or len(entry) != 9 or type(entry[0]) is not int:
                raise malformed(f"{tbl} change")
            seq, op, row_id, commune, stamp, site, base_hlc, base_site, values = entry
            if not (seq == 0 if snapshot else start < seq <= end):
                raise malformed(f"{tbl} seq")
            # ids end up in file names (documents, exports): plain ASCII, no separators
            if op not in _OPS or not is_row_id(row_id):
                raise malformed(f"{tbl} change")
            if type(site) is not str or site not in good_sites:
                if not is_station_id(site):
                    raise malformed(f"{tbl} change")
                good_sites.add(site)
            if commune is not None and (type(commune) is not str or commune not in good_communes):
                if not is_unit_code(commune):
                    raise malformed(f"{tbl} commune")
                good_communes.add(commune)
            if not hlc.is_stamp(stamp):
                raise malformed(f"{tbl} hlc")
            if base_hlc is not None and not hlc.is_stamp(base_hlc):
                raise malformed(f"{tbl} base")
            if base_site is not None and (
                type(base_site) is not str or base_site not in good_sites
            ):
                if not is_station_id(base_site):
                    raise malformed(f"{tbl} base")
                good_sites.add(base_site)
            if op == "upsert":
                if type(values) is not list or len(values) != width:
                    raise malformed(f"{tbl} values")
                if not _SCALARS.issuperset(map(type, values)):
                    raise malformed(f"{tbl} values")
                for at, check in names:
                    if not check(values[at]):
                        raise BundleRefused(
                            "bad_name",
                            tr(
                                "The bundle names a file in a way that is not allowed "
                                "({table}.{column}: {value})."
                            ).format(
                                table=tbl, column=columns[at], value=json.dumps(values[at])[:80]
                            ),
                        )
            elif values is not None:
                raise malformed(f"{tbl} values")
        segment.tables[tbl] = (columns, entries)
    return segment


def authorize(segment: Segment, scope: Scope) -> None:
    """Refuse the bundle if any change is outside what its sender may write."""
    for tbl, (_, entries) in segment.tables.items():
        if tbl in ownership.HUB_ONLY and entries and not scope.hub_rows:
            raise BundleRefused(
                "hub_only",
                tr(
                    "The bundle changes the district's sponsor directory ({table}), which only "
                    "the district hub may change."
                ).format(table=tbl),
            )
        for entry in entries:
            commune = entry[3]
            if commune is None:
                if not scope.hub_rows:
                    raise BundleRefused(
                        "hub_owned",
                        tr(
                            "The bundle changes a district-owned record ({table}), which only the "
                            "district may change."
                        ).format(table=tbl),
                    )
            elif commune not in scope.communes:
                raise BundleRefused(
                    "other_commune",
                    tr("The bundle changes a record of another commune ({code}).").format(
                        code=commune
                    ),
                )


def known_tables(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Synced tables of this program and the columns a change may carry for each."""
    return {tbl: value_columns(conn, tbl) for tbl in synced_tables(conn)}


def entries_by_table(segments: Iterable[Segment]) -> dict[str, tuple[list[str], list[list]]]:
    """All entries of `segments` per table, each table's entries with one column list."""
    merged: dict[str, tuple[list[str], list[list]]] = {}
    for segment in segments:
        for tbl, (columns, entries) in segment.tables.items():
            if tbl not in merged:
                merged[tbl] = (columns, list(entries))
            elif merged[tbl][0] == columns:
                merged[tbl][1].extend(entries)
            else:
                target = merged[tbl][0]
                index = {c: i for i, c in enumerate(columns)}
                for entry in entries:
                    values = entry[8]
                    if values is not None:
                        values = [values[index[c]] if c in index else None for c in target]
                    merged[tbl][1].append([*entry[:8], values])
    return merged
