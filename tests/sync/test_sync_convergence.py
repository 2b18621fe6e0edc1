"""Property: whatever the stations write and however the bundles travel (any order, lost,
duplicated), once everything is delivered every station holds the same records for its scope,
and every version that lost to a concurrent edit is kept in a conflicts table.

Stations: a hub, two PCs of commune A, one PC of commune B. Commune stations write villages of
their commune; the hub writes district-owned sponsors and also edits commune A's villages.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from district import COMMUNE_A, COMMUNE_B, enroll, init_station, settle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models import store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import bundle, exchange

NAMES = ("hub", "a1", "a2", "b")
SCOPE = {"hub": None, "a1": COMMUNE_A, "a2": COMMUNE_A, "b": COMMUNE_B}


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
    if kind == "create":
        table = _table_of(name)
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
        table = "village" if name != "hub" or pick % 2 else "sponsor"
        if name == "hub" and table == "village":
            candidates = [
                r[0]
                for r in world.dbs["hub"].execute(
                    "SELECT id FROM village WHERE deleted = 0 AND commune_code = ? ORDER BY id",
                    (COMMUNE_A,),
                )
            ]
        elif name != "hub" and pick % 3 == 0:
            table = "sponsor"  # communes see the district's sponsors but must not edit them
            return
        else:
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
    elif kind == "export":
        out = world.root / "files" / f"{world.counter}-{name}-{pick}"
        world.counter += 1
        for made in exchange.export_bundles(world.dirs[name], world.dbs[name], out):
            world.pool.append((world.recipient_of(made.path), made.path))
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
        for version, (_, content) in versions.items():
            lost = version not in chain and version not in bases and content not in chain_content
            if lost:
                assert (table, rid, *version) in kept, (table, rid, version, final)


OPS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "create",
                "create",
                "edit",
                "edit",
                "delete",
                "export",
                "deliver",
                "deliver",
                "deliver",
            ]
        ),
        st.integers(0, len(NAMES) - 1),
        st.integers(0, 1000),
    ),
    min_size=5,
    max_size=30,
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_stations_converge_and_keep_every_lost_version(stations_template: Path, ops) -> None:
    world = _world(stations_template)
    try:
        for op in ops:
            _do(world, op)
        _settle(world)
        _check(world)
    finally:
        for db in world.dbs.values():
            db.conn.close()
        shutil.rmtree(world.root, ignore_errors=True)
