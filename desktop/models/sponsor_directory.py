"""The hub's directory of sponsors (đơn vị kết nghĩa) and which commune sponsor is which entry.

Each commune keeps its own copy of a sponsor it works with. The hub keeps one entry per unit
(`sponsor_directory`) and, for each commune sponsor its officer confirmed, the entry it is
(`sponsor_match`). A match is suggested by name, folded with `text.search_key` (an abbreviation
such as "BĐBP tỉnh" matches "Bộ đội Biên phòng tỉnh"), and never made without the officer's
confirmation. Both tables are written by the hub only (ownership.HUB_ONLY) and reach the
communes in the hub's bundles: a commune sees which entry its sponsor is.

Every figure "by sponsor" on a hub groups by `groups()`: matched sponsors by their entry, the
others each alone, labelled as not matched yet.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.i18n import tr
from desktop.models import ownership, reference
from desktop.models.db import Database, setting, transaction
from desktop.models.errors import UserError
from desktop.models.ids import uuid7
from desktop.models.records import RecordType, name_of
from desktop.models.rows import mapping, record, records
from desktop.models.text import fold, search_key


@dataclass
class Entry:
    id: str | None = None
    name: str = ""
    short_name: str | None = None
    kind: str | None = None
    headcount: int | None = None
    notes: str | None = None


_ENTRY_FIELDS = ("id", "name", "short_name", "kind", "headcount", "notes")


def _entry_columns(table: str, prefix: str = "") -> str:
    """SQL: the columns of an Entry from `table`, named `prefix` + the Entry's field."""
    return ", ".join(f"{table}.{name} AS {prefix}{name}" for name in _ENTRY_FIELDS)


def _entry(columns: dict[str, Any], prefix: str) -> Entry:
    """The Entry of the `prefix`ed columns, taken out of `columns`."""
    return Entry(**{name: columns.pop(prefix + name) for name in _ENTRY_FIELDS})


@dataclass(frozen=True)
class Group:
    """What a sponsor counts as in the hub's figures: its directory entry, or itself alone."""

    key: str  # the directory entry's id, or the sponsor's own id when not matched
    name: str
    kind: str
    headcount: int
    matched: bool
    commune: str = ""  # the commune of an unmatched sponsor
    short_name: str | None = None

    @property
    def label(self) -> str:
        if self.matched:
            return self.name
        return tr("{name} ({commune}, not matched)").format(name=self.name, commune=self.commune)

    @property
    def short_label(self) -> str:
        """The label of a chart's bar: the short name where there is one."""
        short = self.short_name or self.name
        return short if self.matched else tr("{name} (not matched)").format(name=short)

    @property
    def order(self) -> tuple[bool, str]:
        """Matched entries first, by name; then the sponsors not matched yet."""
        return self.order_of(self.label)

    def order_of(self, label: str) -> tuple[bool, str]:
        """`order`, given the group's `label` already made (a figure of many groups makes each
        label once)."""
        return (not self.matched, fold(label))


def _commune_names(db: Database, codes: set[str]) -> dict[str, str]:
    if not codes:
        return {}
    rows = db.execute(
        "SELECT code, name FROM admin_unit WHERE code IN (SELECT value FROM json_each(?)) "
        "ORDER BY valid_from",
        [json.dumps(sorted(codes))],
    ).fetchall()
    return dict(rows)


def groups(db: Database) -> dict[str, Group]:
    """sponsor id → the group it counts in, for every sponsor (deleted ones too: their receipts
    still count); read again only when the database has changed (each figure of the district
    page groups by it)."""
    return dict(db.read_once("sponsor_groups", lambda: _read_groups(db)))


def _read_groups(db: Database) -> dict[str, Group]:
    cursor = db.execute(
        "SELECT s.id AS key, s.name AS name, s.kind AS kind, "
        "COALESCE(s.headcount, 0) AS headcount, s.short_name AS short_name, "
        "s.commune_code AS commune_code, d.id AS entry_key, d.name AS entry_name, "
        "d.kind AS entry_kind, COALESCE(d.headcount, 0) AS entry_headcount, "
        "d.short_name AS entry_short_name FROM sponsor s "
        "LEFT JOIN sponsor_match m ON m.sponsor_id = s.id AND m.deleted = 0 "
        "LEFT JOIN sponsor_directory d ON d.id = m.directory_id AND d.deleted = 0"
    )
    found = [mapping(cursor, row) for row in cursor.fetchall()]
    loose = {f["commune_code"] for f in found if f["commune_code"] and f["entry_key"] is None}
    heads = {code: reference.current_code(db.conn, code) for code in loose}
    names = _commune_names(db, loose | set(heads.values()))
    fields = ("key", "name", "kind", "headcount", "short_name")
    result = {}
    for columns in found:
        sponsor_id, code = columns["key"], columns["commune_code"]
        if columns["entry_key"] is not None:
            entry = {name: columns["entry_" + name] for name in fields}
            result[sponsor_id] = Group(**entry, matched=True)
        elif code is None:  # a hub-owned sponsor: one for the whole area already
            result[sponsor_id] = Group(**{name: columns[name] for name in fields}, matched=True)
        else:
            commune = names.get(heads[code], names.get(code, code))
            own = {name: columns[name] for name in fields}
            result[sponsor_id] = Group(**own, matched=False, commune=commune)
    return result


# ---- suggesting an entry -----------------------------------------------------------------


def _initials_cover(short: list[str], long: list[str]) -> bool:
    """Whether the folded words `short` spell `long`, each either one of its words or the
    initials of several ("bdbp tinh" spells "bo doi bien phong tinh")."""
    if not short:
        return not long
    if not long:
        return False
    word = short[0]
    if word == long[0] and _initials_cover(short[1:], long[1:]):
        return True
    for n in range(2, len(long) + 1):
        if "".join(w[0] for w in long[:n]) == word and _initials_cover(short[1:], long[n:]):
            return True
    return False


def _same_unit(names_a: list[str | None], names_b: list[str | None]) -> bool:
    for a in filter(None, names_a):
        for b in filter(None, names_b):
            if search_key(a) == search_key(b):
                return True
            words_a, words_b = fold(a).split(), fold(b).split()
            if _initials_cover(words_a, words_b) or _initials_cover(words_b, words_a):
                return True
    return False


def suggest(entries: list[Entry], name: str, short_name: str | None) -> Entry | None:
    """The directory entry a sponsor so named most likely is (None: none looks like it)."""
    for entry in entries:
        if _same_unit([name, short_name], [entry.name, entry.short_name]):
            return entry
    return None


# ---- the directory -----------------------------------------------------------------------


@dataclass
class Listed:
    entry: Entry
    communes: list[str] = field(default_factory=list)  # communes whose sponsor is matched
    twinned: list[str] = field(default_factory=list)  # of those, twinned with it in the year
    receipts: int = 0
    value: int = 0


def entries(db: Database) -> list[Entry]:
    return records(
        Entry,
        db.execute(f"SELECT {_entry_columns('d')} FROM sponsor_directory d WHERE deleted = 0"),
    )


def get_entry(db: Database, entry_id: str) -> Entry:
    entry = record(
        Entry,
        db.execute(
            f"SELECT {_entry_columns('d')} FROM sponsor_directory d WHERE d.id = ? AND deleted = 0",
            [entry_id],
        ),
    )
    if entry is None:
        raise UserError(tr("This directory entry does not exist or has been deleted."))
    return entry


def find_entry(db: Database, text: str) -> Entry:
    """The entry named by `text`: its id, or its name or short name (folded, or abbreviated)."""
    key = search_key(text)
    known = entries(db)
    found = [e for e in known if text == e.id or key in _keys(e.name, e.short_name)]
    if not found:
        found = [e for e in known if _same_unit([text], [e.name, e.short_name])]
    if not found:
        raise UserError(
            tr(
                "No directory entry is named “{text}”; `sponsors directory list` lists them."
            ).format(text=text)
        )
    if len(found) > 1:
        raise UserError(
            tr("Several directory entries are named “{text}”; give the entry's id.").format(
                text=text
            )
        )
    return found[0]


def _keys(*names: str | None) -> set[str]:
    return {search_key(n) for n in names if n}


def listing(db: Database, year: int) -> list[Listed]:
    """Every entry with the communes whose sponsor is matched to it and what it gave in `year`."""
    listed = {e.id: Listed(e) for e in entries(db)}
    codes = reference.successor_sql("m.commune_code")
    for entry_id, code in db.execute(
        f"SELECT DISTINCT m.directory_id, {codes} FROM sponsor_match m WHERE m.deleted = 0"
    ).fetchall():
        if entry_id in listed:
            listed[entry_id].communes.append(code)
    for entry_id, code in db.execute(
        f"SELECT DISTINCT m.directory_id, {codes} FROM sponsor_match m "
        "JOIN twinning t ON t.sponsor_id = m.sponsor_id AND t.deleted = 0 "
        "WHERE m.deleted = 0 AND t.since <= ? AND (t.until IS NULL OR t.until >= ?)",
        [f"{year}-12-31", f"{year}-01-01"],
    ).fetchall():
        if entry_id in listed:
            listed[entry_id].twinned.append(code)
    for entry_id, count, value in db.execute(
        "SELECT m.directory_id, COUNT(DISTINCT r.id), COALESCE(SUM(i.amount), 0) "
        "FROM sponsor_match m JOIN receipt r ON r.sponsor_id = m.sponsor_id AND r.deleted = 0 "
        "LEFT JOIN receipt_item i ON i.receipt_id = r.id AND i.deleted = 0 "
        "WHERE m.deleted = 0 AND r.received_on BETWEEN ? AND ? GROUP BY 1",
        [f"{year}-01-01", f"{year}-12-31T99"],
    ).fetchall():
        if entry_id in listed:
            listed[entry_id].receipts, listed[entry_id].value = count, value
    names = _commune_names(db, {c for item in listed.values() for c in item.communes})
    for item in listed.values():
        item.communes = sorted({names.get(c, c) for c in item.communes}, key=fold)
        item.twinned = sorted({names.get(c, c) for c in item.twinned}, key=fold)
    return sorted(listed.values(), key=lambda item: fold(item.entry.name))


@dataclass(frozen=True)
class Unmatched:
    sponsor_id: str
    name: str
    short_name: str | None
    kind: str
    headcount: int | None
    commune_code: str
    commune: str
    suggested: Entry | None


def unmatched(db: Database) -> list[Unmatched]:
    """The communes' sponsors no entry is confirmed for, each with the entry suggested."""
    cursor = db.execute(
        "SELECT s.id AS sponsor_id, s.name AS name, s.short_name AS short_name, s.kind AS kind, "
        "s.headcount AS headcount, s.commune_code AS commune_code FROM sponsor s "
        "WHERE s.deleted = 0 AND s.commune_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "sponsor_match m JOIN sponsor_directory d ON d.id = m.directory_id AND d.deleted = 0 "
        "WHERE m.sponsor_id = s.id AND m.deleted = 0)"
    )
    found = [mapping(cursor, row) for row in cursor.fetchall()]
    codes = {f["commune_code"] for f in found}
    names = _commune_names(db, codes | {reference.current_code(db.conn, c) for c in codes})
    known = entries(db)
    result = [
        Unmatched(
            **f,
            commune=names.get(
                reference.current_code(db.conn, f["commune_code"]),
                names.get(f["commune_code"], f["commune_code"]),
            ),
            suggested=suggest(known, f["name"], f["short_name"]),
        )
        for f in found
    ]
    return sorted(result, key=lambda u: (fold(u.commune), fold(u.name)))


def entry_of(db: Database, sponsor_id: str) -> Entry | None:
    """The directory entry the hub confirmed this sponsor as (None: not matched)."""
    return record(
        Entry,
        db.execute(
            f"SELECT {_entry_columns('d')} FROM sponsor_match m "
            "JOIN sponsor_directory d ON d.id = m.directory_id AND d.deleted = 0 "
            "WHERE m.sponsor_id = ? AND m.deleted = 0",
            [sponsor_id],
        ),
    )


def _require_hub(db: Database) -> None:
    if setting(db, "role") != "hub":
        raise ownership.hub_only_refusal()


def _checked(db: Database, entry: Entry) -> Entry:
    name = (entry.name or "").strip()
    if not name:
        raise UserError(tr("Give the sponsor's name."))
    kinds = {item.code for item in reference.catalog(db.conn, "sponsor_kind")}
    if entry.kind not in kinds:
        raise UserError(
            tr("Unknown kind of sponsor “{kind}”; choose one of: {kinds}.").format(
                kind=entry.kind or "", kinds=", ".join(sorted(kinds))
            )
        )
    if entry.headcount is not None and entry.headcount < 0:
        raise UserError(tr("The headcount cannot be negative."))
    short = (entry.short_name or "").strip() or None
    for other in entries(db):
        if other.id != entry.id and _keys(name, short) & _keys(other.name, other.short_name):
            raise UserError(
                tr("The directory already has “{name}”; match the sponsor to it instead.").format(
                    name=other.name
                )
            )
    return Entry(entry.id, name, short, entry.kind, entry.headcount, entry.notes)


def add(db: Database, entry: Entry) -> str:
    """A new directory entry typed by the hub's officer; returns its id."""
    _require_hub(db)
    clean = _checked(db, entry)
    entry_id = uuid7()
    with transaction(db):
        db.execute(
            "INSERT INTO sponsor_directory (id, name, short_name, kind, headcount, notes) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [entry_id, clean.name, clean.short_name, clean.kind, clean.headcount, clean.notes],
        )
    return entry_id


def add_from_sponsor(db: Database, sponsor_id: str, by: str) -> str:
    """ "Thêm vào danh mục": a new entry made from a commune's sponsor, which is matched to it."""
    entry = record(
        Entry,
        db.execute(
            "SELECT name, short_name, kind, headcount FROM sponsor WHERE id = ? AND deleted = 0 "
            "AND commune_code IS NOT NULL",
            [sponsor_id],
        ),
    )
    if entry is None:
        raise UserError(tr("No commune sponsor has this id; it may have been deleted."))
    with transaction(db):
        entry_id = add(db, entry)
        match(db, sponsor_id, entry_id, by)
    return entry_id


def match(db: Database, sponsor_id: str, entry_id: str, by: str) -> None:
    """The officer confirms that the commune's sponsor is the directory entry."""
    _require_hub(db)
    if not by.strip():
        raise UserError(tr("Give the name of the officer who confirms the match."))
    get_entry(db, entry_id)
    row = db.execute(
        "SELECT commune_code FROM sponsor WHERE id = ? AND deleted = 0 AND commune_code IS NOT "
        "NULL",
        [sponsor_id],
    ).fetchone()
    if row is None:
        raise UserError(tr("No commune sponsor has this id; it may have been deleted."))
    now = dt.datetime.now().isoformat(timespec="seconds")
    existing = db.execute(
        "SELECT id FROM sponsor_match WHERE sponsor_id = ? ORDER BY deleted LIMIT 1", [sponsor_id]
    ).fetchone()
    with transaction(db):
        if existing:
            db.execute(
                "UPDATE sponsor_match SET directory_id = ?, confirmed_by = ?, confirmed_at = ?, "
                "deleted = 0 WHERE id = ?",
                [entry_id, by.strip(), now, existing[0]],
            )
        else:
            db.execute(
                "INSERT INTO sponsor_match (id, commune_code, sponsor_id, directory_id, "
                "confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)",
                [uuid7(), row[0], sponsor_id, entry_id, by.strip(), now],
            )


def unmatch(db: Database, sponsor_id: str) -> None:
    """The commune's sponsor is no longer taken as any entry (a match made by mistake)."""
    _require_hub(db)
    with transaction(db):
        changed = db.execute(
            "UPDATE sponsor_match SET deleted = 1 WHERE sponsor_id = ? AND deleted = 0",
            [sponsor_id],
        ).rowcount
    if not changed:
        raise UserError(tr("This sponsor is not matched to a directory entry."))


@dataclass(frozen=True)
class Matched:
    sponsor_id: str
    name: str
    commune_code: str
    entry: Entry
    confirmed_by: str
    confirmed_at: str
    commune: str = ""


def matches(db: Database) -> list[Matched]:
    """Every commune sponsor confirmed as a directory entry (at a commune: its own)."""
    cursor = db.execute(
        "SELECT s.id AS sponsor_id, s.name AS name, s.commune_code AS commune_code, "
        "m.confirmed_by AS confirmed_by, m.confirmed_at AS confirmed_at, "
        f"{_entry_columns('d', 'entry_')} "
        "FROM sponsor_match m JOIN sponsor s ON s.id = m.sponsor_id AND s.deleted = 0 "
        "JOIN sponsor_directory d ON d.id = m.directory_id AND d.deleted = 0 "
        "WHERE m.deleted = 0"
    )
    found = [mapping(cursor, row) for row in cursor.fetchall()]
    heads = {f["commune_code"]: reference.current_code(db.conn, f["commune_code"]) for f in found}
    names = _commune_names(db, set(heads) | set(heads.values()))
    result = []
    for columns in found:
        entry = _entry(columns, "entry_")
        commune = names.get(heads[columns["commune_code"]], columns["commune_code"])
        result.append(Matched(**columns, entry=entry, commune=commune))
    return sorted(result, key=lambda m: (fold(m.entry.name), m.commune_code, fold(m.name)))


def entry_name_sql(sponsor_column: str) -> str:
    """SQL: the name of the directory entry the sponsor `sponsor_column` is matched to (NULL:
    not matched), for a list's column."""
    return (
        "(SELECT d.name FROM sponsor_match m JOIN sponsor_directory d ON d.id = m.directory_id "
        f"AND d.deleted = 0 WHERE m.sponsor_id = {sponsor_column} AND m.deleted = 0 LIMIT 1)"
    )


RECORD_TYPES = (
    RecordType("sponsor_directory", lambda: tr("Sponsor of the hub's directory"), "t.name"),
    RecordType(
        "sponsor_match",
        lambda: tr("Match of a commune's sponsor to the directory"),
        f"{name_of('sponsor', 'sponsor_id')} || ' — ' || "
        f"coalesce({name_of('sponsor_directory', 'directory_id')}, '')",
        part=True,
        fields={"directory_id": lambda: tr("Directory entry")},
    ),
)
