"""Sync benchmarks: the size of a week's bundle, the hub's merge rate, refusing a huge junk file.

bundle_week     a bundle of a typical week (50 changed records): bytes, against the same
                records' canonical JSON compressed alone (target <= 1.3x and <= 20 KB)
bundle_vs_copy  that bundle against a copy of the whole database file (how data travels today)
hub_merge       importing 1,000,000 changes from 15 communes (quick: 60,000), rows per second,
                against a raw executemany of the same rows into the same tables (target >= 50%)
refuse_junk     refusing a 1 GB sparse junk file: bytes read, against the file's size
                (target: no more than the 4-byte signature check plus a page)
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import zlib
from pathlib import Path

from common import result

from desktop.i18n import ensure_core_app
from desktop.models import demo, station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import bundle, enrollment, exchange, keys

HUB_UNIT = "48"  # Thành phố Đà Nẵng, whose area holds enough communes for hub_merge


def _station(root: Path, role: str, unit: str, name: str) -> tuple[DataDir, object]:
    data_dir = DataDir(root)
    db = store.open_database(data_dir, create=True)
    station.initialize(db, station.StationSetup(role, unit, name, "Cán bộ"))
    keys.create(data_dir, db)
    return data_dir, db


def _enroll(hub: tuple, commune: tuple, folder: Path) -> None:
    request = enrollment.write_request(commune[0], commune[1], folder / "request.ketnghia")
    welcome = enrollment.enroll(
        hub[0], hub[1], request, enrollment.fingerprint(commune[0], commune[1]), folder
    ).welcome
    hub_digits = enrollment.fingerprint(hub[0], hub[1])
    imported = exchange.import_bundle(
        commune[0], commune[1], welcome.path, hub_fingerprint=hub_digits
    )
    assert imported.status == "accepted", imported.reason


def _exchange(sender: tuple, recipient: tuple, folder: Path) -> list[Path]:
    paths = []
    for made in exchange.export_bundles(sender[0], sender[1], folder):
        assert exchange.import_bundle(recipient[0], recipient[1], made.path).status == "accepted"
        paths.append(made.path)
    return paths


def _week(quick: bool) -> dict:
    """A synced commune and hub, then a week of 50 changed records exported as one bundle."""
    ensure_core_app("en")
    root = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        hub = _station(root / "hub", "hub", HUB_UNIT, "Huyện")
        commune = _station(root / "commune", "commune", "20704", "Xã La Dêê")
        demo.populate(commune[1], households=200 if quick else 600, seed=1)
        _enroll(hub, commune, root / "welcome")
        _exchange(commune, hub, root / "up0")
        _exchange(hub, commune, root / "down0")
        db = commune[1]
        picks = [
            (
                "household",
                25,
                "UPDATE household SET members = members + 1, notes = 'Có thêm "
                "con nhỏ; đã cập nhật sổ hộ khẩu' WHERE id = ?",
            ),
            (
                "need",
                15,
                "UPDATE need SET status = 'dang_thuc_hien', status_date = '2026-03-12' "
                "WHERE id = ?",
            ),
            (
                "allocation",
                10,
                "UPDATE allocation SET handed_on = '2026-03-13', notes = 'Đã bàn "
                "giao tại nhà văn hóa thôn' WHERE id = ?",
            ),
        ]
        changed: list[tuple[str, str]] = []
        with transaction(db) as conn:
            for table, count, sql in picks:
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM {table} WHERE deleted = 0 ORDER BY id LIMIT ?", (count,)
                    )
                ]
                for rid in ids:
                    conn.execute(sql, (rid,))
                    changed.append((table, rid))
        assert len(changed) == 50
        [made] = exchange.export_bundles(commune[0], db, root / "week")
        size = made.path.stat().st_size
        records = []
        for table, rid in changed:
            cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", (rid,))
            names = [d[0] for d in cursor.description]
            records.append(dict(zip(names, cursor.fetchone(), strict=True)))
        alone = len(zlib.compress(bundle.canonical_json(records), 9))
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database = commune[0].database.stat().st_size
        for _, conn in (hub, commune):
            conn.conn.close()
        return {"bundle": size, "alone": alone, "database": database, "records": len(changed)}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def bundle_week(quick: bool) -> dict:
    week = _week(quick)
    per_record = week["bundle"] / week["records"]
    baseline = week["alone"] / week["records"]
    return result(
        "bundle_week",
        per_record,
        "bytes per changed record",
        baseline,
        f"the same 50 records' canonical JSON, zlib -9 alone ({week['alone']} B); "
        f"bundle {week['bundle']} B",
        "<= 1.3x baseline and bundle <= 20 KB",
        per_record <= 1.3 * baseline and week["bundle"] <= 20 * 1024,
    )


def bundle_vs_copy(quick: bool) -> dict:
    week = _week(quick)
    return result(
        "bundle_vs_copy",
        week["bundle"],
        "bytes",
        week["database"],
        "copy of the commune's whole database file",
        "bundle <= 1% of the copy",
        week["bundle"] <= 0.01 * week["database"],
    )


def _fill_commune(commune: tuple, code: str, households: int) -> None:
    """households + their year rows + one need each, written as local edits (logged)."""
    with transaction(commune[1]) as conn:
        village = uuid7()
        conn.execute(
            "INSERT INTO village (id, commune_code, name) VALUES (?, ?, 'Thôn 1')", (village, code)
        )
        for i in range(households):
            household = uuid7()
            conn.execute(
                "INSERT INTO household (id, commune_code, village_id, code, head_name, "
                "head_birth_year, head_gender, ethnic_code, members, phone, search_key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    household,
                    code,
                    village,
                    f"H{i:05d}",
                    f"Alăng Văn {i}",
                    1960 + i % 40,
                    ("nam", "nu")[i % 2],
                    "28",
                    1 + i % 8,
                    f"09{i:08d}",
                    f"alang van {i}",
                ),
            )
            conn.execute(
                "INSERT INTO household_year (id, commune_code, household_id, year, status, "
                "income_per_month, deprivations) VALUES (?, ?, ?, 2025, ?, ?, ?)",
                (
                    uuid7(),
                    code,
                    household,
                    ("poor", "near_poor", "not_poor")[i % 3],
                    900_000 + 1000 * (i % 500),
                    '["nha_o", "nuoc_sinh_hoat"]',
                ),
            )
            conn.execute(
                "INSERT INTO need (id, commune_code, year, category_code, description, quantity, "
                "unit, estimated_cost, priority, status) VALUES (?, ?, 2026, 'sinh_ke', ?, ?, "
                "'con', ?, ?, 'de_xuat')",
                (
                    uuid7(),
                    code,
                    f"Hỗ trợ giống bò sinh sản cho hộ {i}",
                    1 + i % 3,
                    15_000_000 + 1000 * i,
                    1 + i % 3,
                ),
            )


def _rows_of(db_path: Path, code: str) -> dict[str, tuple[list[str], list[tuple]]]:
    conn = sqlite3.connect(str(db_path))
    try:
        rows = {}
        for table in ("village", "household", "household_year", "need"):
            cursor = conn.execute(f"SELECT * FROM {table} WHERE commune_code = ?", (code,))
            rows[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return rows
    finally:
        conn.close()


def hub_merge(quick: bool) -> dict:
    communes = 15
    total = 60_000 if quick else 1_000_000
    households = total // communes // 3  # three changes per household, plus one village
    ensure_core_app("en")
    root = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    try:
        hub = _station(root / "hub", "hub", HUB_UNIT, "Thành phố")
        codes = [
            r[0]
            for r in hub[1].execute(
                "SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                "AND parent_code = ? ORDER BY code LIMIT ?",
                (HUB_UNIT, communes),
            )
        ]
        stations = []
        for i in range(communes):
            code = codes[i]
            commune = _station(root / f"c{i}", "commune", code, f"Xã {i}")
            _enroll(hub, commune, root / f"w{i}")
            _fill_commune(commune, code, households)
            stations.append((commune, code))
        files = []
        for commune, _ in stations:
            files.extend(
                m.path for m in exchange.export_bundles(commune[0], commune[1], root / "up")
            )
        hub[1].execute("PRAGMA wal_checkpoint(TRUNCATE)")
        hub[1].conn.close()
        baseline_dir = DataDir(root / "hub-raw")
        shutil.copytree(root / "hub", baseline_dir.root)

        db = store.open_database(hub[0])
        started = time.perf_counter()
        applied = 0
        for path in files:
            outcome = exchange.import_bundle(hub[0], db, path)
            assert outcome.status == "accepted", outcome.reason
            applied += outcome.applied
        merge_seconds = time.perf_counter() - started
        db.conn.close()

        raw = store.open_database(baseline_dir)
        raw_seconds = 0.0
        inserted = 0
        for commune, code in stations:
            rows = _rows_of(commune[0].database, code)
            # sync-maintained tables would be written by triggers otherwise: same as the merge
            raw.execute("UPDATE sync_control SET applying = 1")
            started = time.perf_counter()
            with transaction(raw) as conn:
                for table, (names, values) in rows.items():
                    marks = ", ".join("?" * len(names))
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", values
                    )
                    inserted += len(values)
            raw_seconds += time.perf_counter() - started
            raw.execute("UPDATE sync_control SET applying = 0")
        raw.conn.close()
        for commune, _ in stations:
            commune[1].conn.close()
        assert applied == inserted, (applied, inserted)
        ours, theirs = applied / merge_seconds, inserted / raw_seconds
        return result(
            "hub_merge",
            ours,
            "rows/s",
            theirs,
            f"raw executemany of the same {inserted} rows into the same tables "
            f"({communes} communes; merge {merge_seconds:.1f} s incl. verify, decrypt, checks)",
            ">= 50% of baseline",
            ours >= 0.5 * theirs,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _bytes_read() -> int:
    with open("/proc/self/io") as handle:
        for line in handle:
            if line.startswith("rchar:"):
                return int(line.split()[1])
    raise RuntimeError("no rchar")


def refuse_junk(quick: bool) -> dict:
    ensure_core_app("en")
    size = 1024**3
    root = Path(tempfile.mkdtemp(prefix="bench-junk-"))
    try:
        hub = _station(root / "hub", "hub", HUB_UNIT, "Huyện")
        worst = 0
        seconds = 0.0
        for name, head in (("junk.ketnghia", b""), ("zip-like.ketnghia", bundle.ZIP_MAGIC)):
            path = root / name
            with path.open("wb") as handle:
                handle.write(head)
                handle.truncate(size)  # sparse: a gigabyte that costs no disk
            probe = _bytes_read()
            before = _bytes_read()
            overhead = before - probe  # reading /proc/self/io itself
            started = time.perf_counter()
            outcome = exchange.import_bundle(hub[0], hub[1], path)
            seconds = max(seconds, time.perf_counter() - started)
            worst = max(worst, _bytes_read() - before - overhead)
            assert outcome.refused and outcome.code in {"not_bundle", "too_large"}, outcome
        hub[1].conn.close()
        return result(
            "refuse_junk",
            worst,
            "bytes read",
            size,
            f"size of the 1 GB junk file (slowest refusal {seconds * 1000:.1f} ms)",
            "<= 4096 bytes read (one page)",
            worst <= 4096,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


BENCHMARKS = {
    "bundle_week": bundle_week,
    "bundle_vs_copy": bundle_vs_copy,
    "hub_merge": hub_merge,
    "refuse_junk": refuse_junk,
}
