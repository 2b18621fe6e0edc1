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
from sync import references
from sync.bundle import BundleRefused, is_int64, is_station_id, is_unit_code
from sync.json_text import Reader

_ROW_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_STAMP = hlc.PATTERN  # hlc.is_stamp
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
    # its changes were judged as the payload of this import was read (vet_payload)
    vetted: bool = False

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
    # the hub's own changes at a commune: only the records a hub writes (ownership.hub_writes)
    hub_writes_only: bool = False


def parse_segment(
    data: Any, known_tables: dict[str, list[str]], *, snapshot: bool = False, checked: bool = False
) -> Segment:
    """A segment from bundle JSON, every field checked; tables/columns must be known here.

    A snapshot (the records a welcome bundle brings) has seq 0 on every change. With `checked`
    its changes were checked one by one as they were read (`vet_payload`), and only the
    segment's frame is checked again.
    """
    if not isinstance(data, dict):
        raise malformed("segment")
    origin, start, end, tables = (data.get(k) for k in ("origin", "from", "to", "tables"))
    if not is_station_id(origin) or not is_int64(start) or not is_int64(end):
        raise malformed("segment range")
    if not 0 <= start <= end:
        raise malformed("segment range")
    if not isinstance(tables, dict):
        raise malformed("segment tables")
    segment = Segment(origin, start, end, vetted=checked)
    for tbl, block in tables.items():
        _check_table(tbl, known_tables)
        if not isinstance(block, dict):
            raise malformed(tbl)
        columns, entries = block.get("columns"), block.get("changes")
        if not isinstance(columns, list) or not isinstance(entries, list):
            raise malformed(tbl)
        _check_columns(tbl, columns, known_tables[tbl])
        if not checked:
            width, names = len(columns), _file_names(tbl, columns)
            recurring = Recurring()
            for entry in entries:
                _check_entry(tbl, entry, recurring)
                if not (entry[0] == 0 if snapshot else start < entry[0] <= end):
                    raise malformed(f"{tbl} seq")
                problem = _values_problem(tbl, columns, entry[8], width, names)
                if problem is not None:
                    raise problem
        segment.tables[tbl] = (columns, entries)
    return segment


def _check_table(tbl: Any, known_tables: dict[str, list[str]]) -> None:
    if tbl not in known_tables:
        raise BundleRefused(
            "table_not_writable",
            tr("The bundle writes to “{table}”, which a station may not write.").format(
                table=str(tbl)[:64]
            ),
        )


def _check_columns(tbl: str, columns: list[Any], allowed_columns: list[str]) -> None:
    allowed = set(allowed_columns)
    for column in columns:
        if not isinstance(column, str) or column not in allowed:
            raise BundleRefused(
                "unknown_column",
                tr(
                    "The bundle holds a column this program does not know ({table}.{column})."
                ).format(table=tbl, column=str(column)[:64]),
            )
    if len(set(columns)) != len(columns) or "deleted" not in columns:
        raise malformed(f"{tbl} columns")
    if any(c not in columns for (t, c) in FILE_NAMES if t == tbl):
        raise malformed(f"{tbl} columns")


def _file_names(tbl: str, columns: list[str]) -> list[tuple[int, Callable[[Any], bool]]]:
    """(position in `columns`, check) of the columns of `tbl` whose value names a file."""
    return [(columns.index(c), check) for (t, c), check in FILE_NAMES.items() if t == tbl]


class Recurring:
    """The station ids and commune codes already found valid in a payload's changes: the same
    few recur in every change, so each is checked once (a set lookup after that). At most
    `MOST` of each are kept, so a payload of distinct ones costs no more memory than a few."""

    MOST = 256

    def __init__(self) -> None:
        self.sites: set[str] = set()
        self.communes: set[str] = set()


def _valid(found: set[str], check: Callable[[Any], bool], value: Any) -> bool:
    """`check(value)`, remembering in `found` a value that passed (each check passes only str)."""
    if type(value) is str and value in found:
        return True
    if not check(value):
        return False
    if len(found) < Recurring.MOST:
        found.add(value)
    return True


def _check_entry(tbl: str, entry: Any, recurring: Recurring) -> None:
    """Everything of one change that does not depend on its table's columns, but its seq."""
    # type() rather than isinstance(): a JSON true/false must not pass as an integer
    if type(entry) is not list or len(entry) != 9 or type(entry[0]) is not int:
        raise malformed(f"{tbl} change")
    _seq, op, row_id, commune, stamp, site, base_hlc, base_site, values = entry
    sites = recurring.sites
    # ids end up in file names (documents, exports): plain ASCII, no separators; the checks
    # of the few recurring values and of stamps are spelled out (once per change: no calls)
    if (
        type(op) is not str  # an array or object is not hashable: no set lookup for it
        or op not in _OPS
        or type(row_id) is not str
        or _ROW_ID.fullmatch(row_id) is None
        or not ((type(site) is str and site in sites) or _valid(sites, is_station_id, site))
    ):
        raise malformed(f"{tbl} change")
    if commune is not None and not (
        (type(commune) is str and commune in recurring.communes)
        or _valid(recurring.communes, is_unit_code, commune)
    ):
        raise malformed(f"{tbl} commune")
    if type(stamp) is not str or _STAMP.fullmatch(stamp) is None:
        raise malformed(f"{tbl} hlc")
    if base_hlc is not None and (type(base_hlc) is not str or _STAMP.fullmatch(base_hlc) is None):
        raise malformed(f"{tbl} base")
    if base_site is not None and not (
        (type(base_site) is str and base_site in sites) or _valid(sites, is_station_id, base_site)
    ):
        raise malformed(f"{tbl} base")
    if op == "upsert":
        if type(values) is not list or not _SCALARS.issuperset(map(type, values)):
            raise malformed(f"{tbl} values")
    elif values is not None:
        raise malformed(f"{tbl} values")


def _values_problem(
    tbl: str,
    columns: list[str],
    values: list | None,
    width: int,
    names: list[tuple[int, Callable[[Any], bool]]],
) -> BundleRefused | None:
    """What is wrong with a change's values given its table's columns (None: nothing)."""
    if values is None:
        return None
    if len(values) != width:
        return malformed(f"{tbl} values")
    for at, check in names:
        if not check(values[at]):
            return BundleRefused(
                "bad_name",
                tr(
                    "The bundle names a file in a way that is not allowed "
                    "({table}.{column}: {value})."
                ).format(table=tbl, column=columns[at], value=json.dumps(values[at])[:80]),
            )
    return None


def authorize_table(tbl: str, scope: Scope) -> None:
    """Refuse the bundle if it changes a table only the hub writes and its sender is not the hub."""
    if tbl in ownership.HUB_ONLY and not scope.hub_rows:
        raise BundleRefused(
            "hub_only",
            tr(
                "The bundle changes the district's sponsor directory ({table}), which only "
                "the district hub may change."
            ).format(table=tbl),
        )


def authorize(tbl: str, commune: str | None, scope: Scope) -> None:
    """Refuse the bundle if a change of `tbl` to a record of `commune` is outside `scope`."""
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
            tr("The bundle changes a record of another commune ({code}).").format(code=commune),
        )
    if scope.hub_writes_only and not ownership.hub_writes(tbl, commune):
        raise BundleRefused(
            "hub_writes_commune",
            tr(
                "The district's bundle changes this commune's own records ({table}); only "
                "the commune's stations change them."
            ).format(table=tbl),
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


# ---- checking a payload as it is read ------------------------------------------------------


def vet_payload(
    read: Callable[[], Reader],
    conn: sqlite3.Connection,
    known: dict[str, list[str]],
    scope_of: Callable[[str], Scope],
    snapshot_scope: Scope | None,
) -> set[str]:
    """Check every change of a payload as it is read, before the payload is built: its shape,
    its table and columns, whether the sender may write it (`scope_of(origin)`; a welcome's
    snapshot is judged by `snapshot_scope`) and whether it points at another commune's record
    this station holds. So a payload that is refused for any of these costs one change's memory
    at a time, not the whole change set's.

    `read()` gives the payload's text from its start. A table's columns follow its changes in
    canonical JSON, so a first reading takes the columns this program writes for the table; a
    block whose columns turn out otherwise (a sender of an older schema) is read again knowing
    them.

    Returns the tables none of whose changed records this station holds, as read in the
    caller's transaction: the merge need not look for those records again (merge.apply).
    """
    vetting = _Vetting(conn, known, scope_of, snapshot_scope, {}, exact=False)
    vetting.payload(read())
    if vetting.misread:
        vetting = _Vetting(conn, known, scope_of, snapshot_scope, vetting.columns, exact=True)
        vetting.payload(read())
    return vetting.judge.unheld()


class _Vetting:
    """One reading of a payload's events by `vet_payload`."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        known: dict[str, list[str]],
        scope_of: Callable[[str], Scope],
        snapshot_scope: Scope | None,
        hints: dict[tuple[int, str], list[str]],
        *,
        exact: bool,
    ) -> None:
        self.known = known
        self.scope_of = scope_of
        self.snapshot_scope = snapshot_scope
        self.hints = hints  # block (segment number, table) -> its columns, from a first reading
        self.exact = exact
        self.judge = references.Judge(conn)
        self.recurring = Recurring()
        self.columns: dict[tuple[int, str], list[str]] = {}  # the columns each block has
        self.misread = False  # a block's columns differ from those it was read with
        self.segments = 0

    def payload(self, text: Reader) -> None:
        if text.char() != "{":
            raise malformed("payload")
        for key in text.members():
            if key == "streams":
                if text.char() != "[":
                    raise malformed("streams")
                for _ in text.elements():
                    if text.char() != "{":
                        raise malformed("segment")
                    self.segment(text, None)
            elif key == "snapshot" and self.snapshot_scope is not None:
                if text.char() != "{":
                    raise malformed("segment")
                self.segment(text, self.snapshot_scope)
            else:
                text.skip()

    def segment(self, text: Reader, snapshot: Scope | None) -> None:
        number = self.segments
        self.segments += 1
        found: dict[str, Any] = {}
        scope = snapshot
        seqs: list[tuple[str, int, int]] = []  # per table: its lowest and highest seq
        for key in text.members():
            if key == "tables":
                if scope is None:  # canonical JSON names the origin first
                    raise malformed("segment range")
                if text.char() != "{":
                    raise malformed("segment tables")
                for tbl in text.members():
                    _check_table(tbl, self.known)
                    if text.char() != "{":
                        raise malformed(tbl)
                    seqs.append(self.block(text, (number, tbl), scope, snapshot is not None))
            elif key in ("origin", "from", "to"):
                if text.peek() in ("[", "{"):
                    raise malformed("segment range")
                value = text.value()
                found[key] = value
                if key == "origin":
                    if not is_station_id(value):
                        raise malformed("segment range")
                    if snapshot is None:
                        scope = self.scope_of(value)
            else:
                text.skip()
        start, end = found.get("from"), found.get("to")
        if not is_station_id(found.get("origin")) or not is_int64(start) or not is_int64(end):
            raise malformed("segment range")
        if not 0 <= start <= end:
            raise malformed("segment range")
        for tbl, low, high in seqs:
            if low <= high and not (low == high == 0 if snapshot else start < low <= high <= end):
                raise malformed(f"{tbl} seq")

    def block(
        self, text: Reader, key: tuple[int, str], scope: Scope, snapshot: bool
    ) -> tuple[str, int, int]:
        """One table's block; (table, lowest seq, highest seq) of its changes."""
        tbl = key[1]
        low, high = 2**63, -1
        read_with: list[str] | None = None
        deferred: BundleRefused | None = None
        has_changes = False
        for name in text.members():
            if name == "columns":
                if text.char() != "[":
                    raise malformed(tbl)
                columns = list(text.values())
                if not _SCALARS.issuperset(map(type, columns)):
                    raise malformed(tbl)
                _check_columns(tbl, columns, self.known[tbl])
                self.columns[key] = columns
            elif name == "changes":
                if text.char() != "[":
                    raise malformed(tbl)
                has_changes = True
                exact = self.exact or key in self.columns
                read_with = self.columns.get(key) or self.hints.get(key) or self.known[tbl]
                low, high, deferred = self.changes(text, tbl, read_with, exact, scope, snapshot)
            else:
                text.skip()
        if key not in self.columns or not has_changes:
            raise malformed(tbl)
        if read_with != self.columns[key]:
            self.misread = True  # what was found with other columns says nothing
        elif deferred is not None:
            raise deferred
        return tbl, low, high

    def changes(
        self,
        text: Reader,
        tbl: str,
        columns: list[str],
        exact: bool,
        scope: Scope,
        snapshot: bool,
    ) -> tuple[int, int, BundleRefused | None]:
        """Check a block's changes read with `columns`: what depends on the columns raises at
        once when they are the block's (`exact`), else the first such problem is returned."""
        width, names = len(columns), _file_names(tbl, columns)
        keys = [(columns.index(c), c, target) for c, target in self.judge.keys(tbl) if c in columns]
        low, high = 2**63, -1
        deferred: BundleRefused | None = None
        plain = scope.communes if not scope.hub_writes_only else frozenset()
        hub_only = tbl in ownership.HUB_ONLY and not scope.hub_rows
        judge = self.judge
        add_row, check_entry, recurring = judge.add_row, _check_entry, self.recurring
        for entry in text.values():  # each change built by the C scanner, one at a time
            check_entry(tbl, entry, recurring)
            if hub_only:
                authorize_table(tbl, scope)
            seq, commune, values = entry[0], entry[3], entry[8]
            if snapshot and seq != 0:
                raise malformed(f"{tbl} seq")
            if seq < low:
                low = seq
            if seq > high:
                high = seq
            if commune not in plain:  # the common case needs no call
                authorize(tbl, commune, scope)
            add_row(tbl, entry[2], commune)
            if deferred is not None or values is None:
                continue
            try:
                if names or len(values) != width:  # (the common case needs no call)
                    problem = _values_problem(tbl, columns, values, width, names)
                    if problem is not None:
                        raise problem
                for at, column, target in keys:
                    value = values[at]
                    if value is None:
                        continue
                    # an id is text: the number 123 would be stored as '123' (the column's
                    # affinity) while looking the number up finds no record to judge
                    if type(value) is not str:
                        raise malformed(f"{tbl}.{column}")
                    judge.add(tbl, column, target, value, commune)
            except BundleRefused as refusal:
                if exact:
                    raise
                deferred = refusal
        try:
            self.judge.flush()
        except BundleRefused as refusal:
            if exact:
                raise
            deferred = deferred or refusal
        return low, high, deferred
