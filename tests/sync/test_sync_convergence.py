"""Property: whatever the stations write, whatever their clocks say and however the bundles
travel (any order, lost, duplicated), once everything is delivered every station holds the same
records for its scope, the last edit of a causal chain wins over every version it was made on
(however far ahead the clock that stamped those ran), and every version that lost to a concurrent
edit is kept in a conflicts table.

Stations: a hub, two PCs of commune A, one PC of commune B. Commune stations write villages of
their commune; the hub writes district-owned sponsors (a hub never writes a commune's records).
A station's clock may jump years ahead (2039) or to an absurd stamp at any point.
"""

from __future__ import annotations

import copy
import itertools
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from district import COMMUNE_A, COMMUNE_B, enroll, init_station, settle
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.models import hlc, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import bundle, exchange

NAMES = ("hub", "a1", "a2", "b")
SCOPE = {"hub": None, "a1": COMMUNE_A, "a2": COMMUNE_A, "b": COMMUNE_B}
YEAR_MS = 365 * 24 * 3600 * 1000
# Where a wrong PC clock may stand: 13 years ahead (2039), two days ahead, absurdly far ahead.
SKEWS = (13 * YEAR_MS, 2 * 24 * 3600 * 1000, None)
ABSURD = 999_999_999_000_000


@pytest.fixture(scope="module")
def stations_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("convergence")
    dirs = {name: DataDir(root / name) for name in NAMES}
    init_station(dirs["hub"], "hub", "48", "Huyện")
    init_station(dirs["a1"], "commune", COMMUNE_A, "Xã A máy 1")
    init_station(dirs["a2"], "commune", COMMUNE_A, "Xã A máy 2")
    init_station(dirs["b"], "commune", COMMUNE_B, "Xã B")
    files = root / "files"
    for name in ("a1", "a2", "b"):
        enroll(dirs["hub"], dirs[name], files)
    # a few records every station already holds, so that edits often meet concurrent edits
    for name, table, count in (("a1", "village", 3), ("b", "village", 2), ("hub", "sponsor", 2)):
        db = store.open_database(dirs[name])
        with transaction(db) as conn:
            for i in range(count):
                if table == "village":
                    conn.execute(
                        "INSERT INTO village (id, commune_code, name, notes) VALUES (?, ?, ?, ?)",
                        (uuid7(), SCOPE[name], f"Thôn {i + 1}", "ban đầu"),
                    )
                else:
                    conn.execute(
                        "INSERT INTO sponsor (id, commune_code, name, kind, notes) "
                        "VALUES (?, NULL, ?, 'so_nganh', 'ban đầu')",
                        (uuid7(), f"Sở {i + 1}"),
                    )
        db.conn.close()
    settle(dirs["hub"], [dirs["a1"], dirs["a2"], dirs["b"]], files)
    shutil.rmtree(files)
    for data_dir in dirs.values():
        db = store.open_database(data_dir)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.close()
    return root


@dataclass
class World:
    root: Path
    dirs: dict[str, DataDir]
    dbs: dict
    pool: list[tuple[str, Path]] = field(default_factory=list)  # (recipient name, file)
    # (table, id) -> {(hlc, site): (base, content)}
    versions: dict[tuple[str, str], dict] = field(default_factory=dict)
    counter: int = 0
    skewed: set[str] = field(default_factory=set)

    def token(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def site(self, name: str) -> str:
        return self.dbs[name].execute("SELECT site_id FROM station WHERE is_self = 1").fetchone()[0]

    def recipient_of(self, path: Path) -> str:
        wanted = bundle.open_bytes(path.read_bytes()).manifest["recipient"]
        return next(n for n in NAMES if self.site(n) == wanted)

    def write(self, name: str, table: str, row_id: str, sql: str, params: tuple) -> None:
        db = self.dbs[name]
        before = db.execute(f"SELECT hlc, site_id FROM {table} WHERE id = ?", (row_id,)).fetchone()
        with transaction(db) as conn:
            conn.execute(sql, params)
        hlc, site, notes, deleted = db.execute(
            f"SELECT hlc, site_id, notes, deleted FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        self.versions.setdefault((table, row_id), {})[(hlc, site)] = (
            tuple(before) if before else None,
            (notes, deleted),
        )

    def rows(self, name: str, table: str) -> list[str]:
        return [
            r[0]
            for r in self.dbs[name].execute(f"SELECT id FROM {table} WHERE deleted = 0 ORDER BY id")
        ]


def _world(template: Path) -> World:
    root = Path(tempfile.mkdtemp(prefix="conv-"))
    dirs = {}
    for name in NAMES:
        shutil.copytree(template / name, root / name)
        dirs[name] = DataDir(root / name)
    return World(root, dirs, {name: store.open_database(d) for name, d in dirs.items()})


def _table_of(name: str) -> str:
    return "sponsor" if name == "hub" else "village"


def _do(world: World, op: tuple) -> None:
    kind, who, pick = op
    name = NAMES[who]
    table = _table_of(name)
    if kind == "create":
        rid = uuid7()
        if table == "sponsor":
            world.write(
                name,
                table,
                rid,
                "INSERT INTO sponsor (id, commune_code, name, kind, notes) "
                "VALUES (?, NULL, 'Đơn vị', 'so_nganh', ?)",
                (rid, world.token()),
            )
        else:
            world.write(
                name,
                table,
                rid,
                "INSERT INTO village (id, commune_code, name, notes) VALUES (?, ?, 'Thôn', ?)",
                (rid, SCOPE[name], world.token()),
            )
    elif kind in ("edit", "delete"):
        candidates = world.rows(name, table)
        if not candidates:
            return
        rid = candidates[pick % len(candidates)]
        if kind == "edit":
            world.write(
                name, table, rid, f"UPDATE {table} SET notes = ? WHERE id = ?", (world.token(), rid)
            )
        else:
            world.write(name, table, rid, f"UPDATE {table} SET deleted = 1 WHERE id = ?", (rid,))
    elif kind == "clock":
        # the PC's clock jumps ahead: its stamps from now on come from there (a clock never goes
        # back, so setting it right later changes nothing for this station's stamps)
        skew = SKEWS[pick % len(SKEWS)]
        physical = ABSURD if skew is None else hlc.wall_ms() + skew
        world.dbs[name].execute(
            "UPDATE hlc_state SET physical = MAX(physical, ?), counter = 0", (physical,)
        )
        world.skewed.add(name)
    elif kind == "export":
        out = world.root / "files" / f"{world.counter}-{name}-{pick}"
        world.counter += 1
        for made in exchange.export_bundles(world.dirs[name], world.dbs[name], out):
            world.pool.append((world.recipient_of(made.path), made.path))
    elif kind == "round":
        # everyone exports, and the bundles arrive in an order chosen by `pick`: edits made after
        # it are made on top of what arrived, so causal chains cross stations
        for other in NAMES:
            _do(world, ("export", NAMES.index(other), pick))
        pending, world.pool = world.pool, []
        random.Random(pick).shuffle(pending)
        for recipient, path in pending:
            result = exchange.import_bundle(world.dirs[recipient], world.dbs[recipient], path)
            assert not result.refused, result.reason
    elif kind == "deliver" and world.pool:
        index = pick % len(world.pool)
        recipient, path = world.pool[index]
        if pick % 4 != 0:  # sometimes deliver again later: a duplicate
            world.pool.pop(index)
        if pick % 7 == 0:
            return  # lost on the way
        result = exchange.import_bundle(world.dirs[recipient], world.dbs[recipient], path)
        assert not result.refused, result.reason


def _settle(world: World) -> None:
    for _ in range(8):
        world.pool.clear()
        for name in NAMES:
            _do(world, ("export", NAMES.index(name), 0))
        if not world.pool:
            return
        for recipient, path in world.pool:
            result = exchange.import_bundle(world.dirs[recipient], world.dbs[recipient], path)
            assert not result.refused, result.reason
    raise AssertionError("the stations did not settle")


def _scope_rows(world: World, name: str, commune: str) -> set:
    rows = set()
    for table in ("village", "sponsor"):
        rows |= {
            (table, *r)
            for r in world.dbs[name].execute(
                f"SELECT id, notes, deleted, hlc, site_id FROM {table} "
                "WHERE commune_code = ? OR commune_code IS NULL",
                (commune,),
            )
        }
    return rows


def _check(world: World) -> None:
    a = _scope_rows(world, "hub", COMMUNE_A)
    assert _scope_rows(world, "a1", COMMUNE_A) == a
    assert _scope_rows(world, "a2", COMMUNE_A) == a
    assert _scope_rows(world, "b", COMMUNE_B) == _scope_rows(world, "hub", COMMUNE_B)
    kept = set()
    for db in world.dbs.values():
        kept |= {
            tuple(r)
            for r in db.execute("SELECT tbl, row_id, loser_hlc, loser_site FROM sync_conflict")
        }
    for (table, rid), versions in world.versions.items():
        final = tuple(
            world.dbs["hub"]
            .execute(f"SELECT hlc, site_id FROM {table} WHERE id = ?", (rid,))
            .fetchone()
        )
        chain, at = set(), final
        while at is not None and at in versions:
            chain.add(at)
            at = versions[at][0]
        chain_content = {versions[v][1] for v in chain}
        bases = {base for base, _ in versions.values()}
        # causality first: no version that an edit was made on stays, whatever its clock said
        assert final not in bases, (table, rid, final)
        # and the rule is total: every station ends on the highest version written
        assert final == max(versions, key=lambda v: (v[0], v[1] or "")), (table, rid, final)
        for version, (_, content) in versions.items():
            lost = version not in chain and version not in bases and content not in chain_content
            if lost:
                assert (table, rid, *version) in kept, (table, rid, version, final)


def _check_clocks(world: World) -> None:
    """A far-ahead clock does not drag the other stations' clocks past today's cap."""
    cap = hlc.wall_ms() + hlc.REMOTE_AHEAD_LIMIT_MS
    for name in NAMES:
        if name not in world.skewed:
            assert hlc.current(world.dbs[name].conn).physical <= cap, name


OPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "create",
                "create",
                "edit",
                "edit",
                "edit",
                "delete",
                "clock",
                "export",
                "round",
                "round",
                "deliver",
                "deliver",
                "deliver",
            ]
        ),
        st.integers(0, len(NAMES) - 1),
        st.integers(0, 1000),
    ),
    min_size=5,
    max_size=40,
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
# the case of the issue: a PC whose clock ran to 2039 edits a village; the commune's other PC
# edits it twice on top of that version, with today's clock; commune B's PC, its clock absurdly
# far ahead, edits one of its villages
@example(
    ops=[
        ("clock", 1, 0),
        ("edit", 1, 0),
        ("round", 0, 1),
        ("round", 0, 2),
        ("edit", 2, 0),
        ("round", 0, 3),
        ("edit", 2, 0),
        ("clock", 3, 2),
        ("edit", 3, 0),
        ("round", 0, 4),
    ]
)
def test_stations_converge_and_keep_every_lost_version(stations_template: Path, ops) -> None:
    world = _world(stations_template)
    try:
        for op in ops:
            _do(world, op)
        _settle(world)
        _check(world)
        _check_clocks(world)
    finally:
        for db in world.dbs.values():
            db.conn.close()
        shutil.rmtree(world.root, ignore_errors=True)


def test_every_delivery_order_of_concurrent_bundles_ends_the_same(stations_template: Path):
    """A causal chain on top of a 2039 version, other edits at the same time and an absurd clock
    at another commune reach the hub in each of the possible orders: one outcome, the chain's."""
    base = _world(stations_template)
    try:
        for op in [
            ("clock", 1, 0),  # PC 1 of commune A: 2039
            ("edit", 1, 0),
            ("round", 0, 1),
            ("round", 0, 2),  # PC 2 now holds PC 1's 2039 version
            ("edit", 2, 0),  # PC 2: a chain of two edits on top of it
            ("edit", 2, 0),
            ("edit", 1, 1),  # PC 1, meanwhile: other villages, one of them twice
            ("edit", 1, 2),
            ("edit", 1, 2),
            ("clock", 3, 2),  # commune B: an absurd clock
            ("edit", 3, 0),
            ("create", 0, 0),  # the hub adds a district sponsor
        ]:
            _do(base, op)
        for name in ("a1", "a2", "b"):
            _do(base, ("export", NAMES.index(name), 7))
        pending = list(base.pool)
        assert len(pending) == 3
    finally:
        for db in base.dbs.values():
            db.conn.close()
    outcomes = set()
    for order in itertools.permutations(pending):
        world = _world(base.root)
        world.versions = copy.deepcopy(base.versions)
        world.skewed = set(base.skewed)
        try:
            for recipient, path in order:
                result = exchange.import_bundle(world.dirs[recipient], world.dbs[recipient], path)
                assert not result.refused, result.reason
            _settle(world)
            _check(world)
            _check_clocks(world)
            outcomes.add(frozenset(_scope_rows(world, "hub", COMMUNE_A)))
        finally:
            for db in world.dbs.values():
                db.conn.close()
            shutil.rmtree(world.root, ignore_errors=True)
    shutil.rmtree(base.root, ignore_errors=True)
    assert len(outcomes) == 1
