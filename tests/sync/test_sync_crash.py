"""Crash safety: a hub importing a large bundle is killed with SIGKILL at random moments.

Each trial copies the hub, starts the import in a subprocess (the library call the CLI makes),
waits until the process is about to import, kills it after a random delay spread over the
import's measured duration, then checks: the database passes `integrity_check`, it holds either
none or all of the bundle's records, and importing the file again completes.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from district import COMMUNE_B, enroll, export, init_station

from desktop.models import store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import exchange

TRIALS = 30
HOUSEHOLDS = 2500
BATCH = 6  # importers started together, each waiting for its turn
ROOT = Path(__file__).resolve().parents[2]

IMPORTER = """
import sys
from pathlib import Path
from desktop.i18n import ensure_core_app
from desktop.models import store
from desktop.paths import DataDir
from sync import exchange
ensure_core_app("vi")
data_dir = DataDir(Path(sys.argv[1]))
db = store.open_database(data_dir)
print("ready", flush=True)
sys.stdin.readline()  # "go"
result = exchange.import_bundle(data_dir, db, Path(sys.argv[2]))
print(result.status, flush=True)
"""


@pytest.fixture(scope="module")
def crash_setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[DataDir, Path, int]:
    """A hub template and a commune's bundle of HOUSEHOLDS households (and their year rows)."""
    root = tmp_path_factory.mktemp("crash")
    hub, commune = DataDir(root / "hub"), DataDir(root / "commune")
    init_station(hub, "hub", "48", "Huyện")
    init_station(commune, "commune", COMMUNE_B, "Xã La Êê")
    enroll(hub, commune, root / "files")
    db = store.open_database(commune)
    with transaction(db) as conn:
        village = uuid7()
        conn.execute(
            "INSERT INTO village (id, commune_code, name) VALUES (?, ?, 'Thôn A Sờ')",
            (village, COMMUNE_B),
        )
        for i in range(HOUSEHOLDS):
            household = uuid7()
            conn.execute(
                "INSERT INTO household (id, commune_code, village_id, head_name, members, notes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (household, COMMUNE_B, village, f"Hộ số {i}", 1 + i % 7, "x" * (i % 40)),
            )
            conn.execute(
                "INSERT INTO household_year (id, commune_code, household_id, year, status) "
                "VALUES (?, ?, ?, 2025, ?)",
                (uuid7(), COMMUNE_B, household, ("poor", "near_poor", "not_poor")[i % 3]),
            )
    db.conn.close()
    [bundle_path] = export(commune, root / "up")
    hub_db = store.open_database(hub)
    hub_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hub_db.conn.close()
    # how long the import itself takes here, to spread the kills over it
    probe = DataDir(root / "probe")
    shutil.copytree(hub.root, probe.root)
    probe_db = store.open_database(probe)
    started = time.perf_counter()
    assert exchange.import_bundle(probe, probe_db, bundle_path).status == "accepted"
    duration = time.perf_counter() - started
    probe_db.conn.close()
    return hub, bundle_path, duration


def _households(path: Path) -> tuple[str, int, int]:
    conn = sqlite3.connect(str(path))
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        households = conn.execute(
            "SELECT count(*) FROM household WHERE commune_code = ?", (COMMUNE_B,)
        ).fetchone()[0]
        bundles = conn.execute("SELECT count(*) FROM sync_bundle").fetchone()[0]
        return check, households, bundles
    finally:
        conn.close()


@pytest.mark.slow
def test_import_killed_at_random_moments_is_all_or_nothing(
    crash_setup: tuple[DataDir, Path, float], tmp_path: Path
) -> None:
    hub_template, bundle_path, duration = crash_setup
    rng = random.Random(20260115)
    outcomes = {"none": 0, "all": 0}
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    processes: list[tuple[DataDir, subprocess.Popen]] = []
    for trial in range(TRIALS):
        if not processes:  # start the next batch; they load while earlier trials are checked
            for n in range(trial, min(trial + BATCH, TRIALS)):
                hub = DataDir(tmp_path / f"hub{n}")
                shutil.copytree(hub_template.root, hub.root)
                processes.append(
                    (
                        hub,
                        subprocess.Popen(
                            [sys.executable, "-c", IMPORTER, str(hub.root), str(bundle_path)],
                            stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE,
                            text=True,
                            env=env,
                            cwd=ROOT,
                        ),
                    )
                )
        hub, process = processes.pop(0)
        with process:
            assert process.stdin and process.stdout and process.stderr
            assert process.stdout.readline().strip() == "ready", process.stderr.read()
            process.stdin.write("go\n")
            process.stdin.flush()
            time.sleep(rng.uniform(0, duration * 1.3))
            process.send_signal(signal.SIGKILL)
            process.wait()
        check, households, bundles = _households(hub.database)
        assert check == "ok"
        assert (households, bundles) in {(0, 0), (HOUSEHOLDS, 1)}, (households, bundles)
        outcomes["all" if households else "none"] += 1
        db = store.open_database(hub)
        again = exchange.import_bundle(hub, db, bundle_path)
        assert again.status == ("duplicate" if households else "accepted"), again.reason
        db.conn.close()
        assert _households(hub.database)[1:] == (HOUSEHOLDS, 1)
        shutil.rmtree(hub.root)
    print(f"import {duration:.2f} s; outcomes {outcomes}")
    assert outcomes["none"] > 0  # some kills did land before the commit
