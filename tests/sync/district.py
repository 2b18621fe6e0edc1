"""Helpers for sync tests: a small area — a city hub (Thành phố Đà Nẵng) and two enrolled commune
stations (Xã La Dêê, Xã La Êê) with demo data that have exchanged real bundles through the
CLI. Built once per session, copied per test.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop import cli
from desktop.cli import info
from desktop.models import store
from desktop.paths import DataDir
from sync import keys, ledger

HUB_UNIT = "48"
COMMUNE_A = "20704"
COMMUNE_B = "20698"


@dataclass
class District:
    root: Path
    hub: DataDir
    a: DataDir
    b: DataDir

    def outbox(self, name: str) -> Path:
        path = self.root / "files" / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def ketnghia(data_dir: DataDir, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir.root), *[str(a) for a in args]])


def init_station(data_dir: DataDir, role: str, unit: str, name: str) -> None:
    assert (
        ketnghia(
            data_dir,
            "init",
            "--role",
            role,
            "--unit",
            unit,
            "--station",
            name,
            "--officer",
            "Cán bộ thử",
        )
        == 0
    )


def site_id(data_dir: DataDir) -> str:
    db = store.open_database(data_dir)
    try:
        return ledger.self_station(db.conn).site_id
    finally:
        db.conn.close()


def station_fingerprint(data_dir: DataDir) -> str:
    db = store.open_database(data_dir)
    try:
        return keys.ensure(data_dir, db).public.fingerprint
    finally:
        db.conn.close()


def enroll(hub: DataDir, commune: DataDir, files: Path) -> Path:
    """Enroll `commune` at `hub` through the CLI and import the welcome; returns its path."""
    request = files / f"request-{commune.root.name}.ketnghia"
    assert ketnghia(commune, "sync", "enroll-request", "--out", request) == 0
    out = files / f"welcome-{commune.root.name}"
    assert (
        ketnghia(
            hub,
            "sync",
            "enroll",
            request,
            "--fingerprint",
            station_fingerprint(commune),
            "--out",
            out,
        )
        == 0
    )
    [welcome] = sorted(out.glob("*.ketnghia"))
    assert (
        ketnghia(commune, "sync", "import", welcome, "--hub-fingerprint", station_fingerprint(hub))
        == 0
    )
    return welcome


def export(data_dir: DataDir, out: Path) -> list[Path]:
    before = set(out.glob("*.ketnghia")) if out.exists() else set()
    assert ketnghia(data_dir, "sync", "export", "--out", out) == 0
    return sorted(set(out.glob("*.ketnghia")) - before)


def import_files(data_dir: DataDir, files: list[Path]) -> int:
    return ketnghia(data_dir, "sync", "import", *files) if files else 0


def sync_round(hub: DataDir, communes: list[DataDir], files: Path) -> int:
    """Every commune exports to the hub, the hub imports, exports, communes import; bundles made."""
    made = 0
    for commune in communes:
        paths = export(commune, files / "up")
        made += len(paths)
        assert import_files(hub, paths) == 0
    paths = export(hub, files / "down")
    made += len(paths)
    for commune in communes:
        mine = [p for p in paths if site_id(commune)[-8:] in p.name.split("_")[1]]
        assert import_files(commune, mine) == 0
    return made


def settle(hub: DataDir, communes: list[DataDir], files: Path, rounds: int = 6) -> None:
    """Exchange until nobody has anything more to send."""
    for _ in range(rounds):
        if sync_round(hub, communes, files) == 0:
            return
    raise AssertionError("stations did not settle")


def counts(data_dir: DataDir) -> dict[str, int]:
    return info.collect(data_dir)["counts"]


def status(run_cli, data_dir: DataDir) -> dict:
    """`sync status --json` of `data_dir`, run through the CLI fixture."""
    result = run_cli("--data-dir", data_dir.root, "sync", "status", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out.strip().splitlines()[-1])


def content_digest(data_dir: DataDir) -> str:
    """A hash of every row of every table (the database's content, not its page layout)."""
    conn = sqlite3.connect(f"{data_dir.database.as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for line in conn.iterdump():
            digest.update(line.encode("utf-8"))
        return digest.hexdigest()
    finally:
        conn.close()


def build_district(root: Path) -> District:
    district = District(root, DataDir(root / "hub"), DataDir(root / "a"), DataDir(root / "b"))
    init_station(district.hub, "hub", HUB_UNIT, "Máy Sở Dân tộc thành phố")
    init_station(district.a, "commune", COMMUNE_A, "Máy UBND xã La Dêê")
    init_station(district.b, "commune", COMMUNE_B, "Máy UBND xã La Êê")
    assert ketnghia(district.a, "demo", "--households", "12", "--seed", "3") == 0
    assert ketnghia(district.b, "demo", "--households", "10", "--seed", "4") == 0
    files = district.outbox("setup")
    enroll(district.hub, district.a, files)
    enroll(district.hub, district.b, files)
    settle(district.hub, [district.a, district.b], files)
    for data_dir in (district.hub, district.a, district.b):
        db = store.open_database(data_dir)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.close()
    shutil.rmtree(root / "files")
    return district


def station_keys(data_dir: DataDir) -> keys.StationKeys:
    db = store.open_database(data_dir)
    try:
        return keys.load(data_dir, db)
    finally:
        db.conn.close()


def file_bytes(data_dir: DataDir) -> str:
    """The hash of the database file's bytes on disk, once every write so far is checkpointed
    from the WAL into it (so a write that a refusal left behind shows in the file)."""
    conn = sqlite3.connect(data_dir.database)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return hashlib.sha256(data_dir.database.read_bytes()).hexdigest()
