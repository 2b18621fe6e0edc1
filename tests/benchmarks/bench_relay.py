"""Online sync benchmark: a round through the real relay against the same files by folder.

relay_round   up to 100 commune stations (the city's reference data holds 78 communes) each
              upload a week's bundle (~50 changes) to the relay (uvicorn on 127.0.0.1), then
              the hub runs `sync online`: downloads, imports and answers all of them.
              Baseline, same run: a copy of the same hub imports the same files from a folder
              and writes its answers to a folder (target <= 1.5x). Four rounds of each, on
              fresh copies of the hub, taking turns going first; medians compared.
              Quick: 20 stations.
"""

from __future__ import annotations

import gc
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_sync import HUB_UNIT, _enroll, _fill_commune, _station
from common import result

from desktop.i18n import ensure_core_app
from desktop.models import store
from desktop.paths import DataDir
from sync import exchange, keys, ledger, relay_client, relay_settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))
from relay_fixtures import Relay, free_port  # noqa: E402

ROUNDS = 4  # each way goes first in two


def _hub_site(folder: Path) -> str:
    db = store.open_database(DataDir(folder))
    try:
        return ledger.self_station(db.conn).site_id
    finally:
        db.conn.close()


def _relay_round(root: Path, run: int, url: str, hub_site: str, senders: list) -> float:
    """Each station's upload, then the hub's whole online sync, on a fresh copy of the hub."""
    hub = DataDir(root / f"hub-relay-{run}")
    shutil.copytree(root / "hub", hub.root)
    hub_db = store.open_database(hub)
    # Each timed part starts from a collected heap: a full collection that the setup made due
    # would otherwise fall into whichever part runs first.
    gc.collect()
    started = time.perf_counter()
    for site, station_keys, path in senders:
        with relay_client.RelayClient(url, site, station_keys.signing) as client:
            assert client.upload(hub_site, path.read_bytes())
    outcome = relay_client.sync_online(hub, hub_db)
    seconds = time.perf_counter() - started
    assert outcome.downloaded == len(senders) and not outcome.refused
    hub_db.conn.close()
    return seconds


def _folder_round(root: Path, run: int, files: list[Path]) -> float:
    """The same bundles imported from a folder and the answers written to one."""
    hub = DataDir(root / f"hub-folder-{run}")
    shutil.copytree(root / "hub", hub.root)
    db = store.open_database(hub)
    gc.collect()
    started = time.perf_counter()
    results = exchange.import_many(hub, db, files)
    exchange.export_bundles(hub, db, root / f"down-{run}")
    seconds = time.perf_counter() - started
    assert all(r.status == "accepted" for r in results)
    db.conn.close()
    return seconds


def relay_round(quick: bool) -> dict:
    count = 20 if quick else 100
    ensure_core_app("en")
    root = Path(tempfile.mkdtemp(prefix="bench-relay-"))
    relay = None
    try:
        hub = _station(root / "hub", "hub", HUB_UNIT, "Thành phố")
        codes = [  # the city's communes of today (a defunct unit cannot be set up)
            r[0]
            for r in hub[1].execute(
                "SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                "AND parent_code = ? ORDER BY code LIMIT ?",
                (HUB_UNIT, count),
            )
        ]
        stations = []
        for i, code in enumerate(codes):
            commune = _station(root / f"c{i}", "commune", code, f"Xã {i}")
            _enroll(hub, commune, root / f"w{i}")
            _fill_commune(commune, code, 17)  # a village and 51 changes: a week's work
            stations.append(commune)

        relay = Relay(root / "relay", free_port(), keys.self_public(hub[1]).fingerprint).start()
        for _, db in (hub, *stations):
            relay_settings.set_relay(db, relay.url)
        relay_client.sync_online(*hub)  # publishes the roster
        files = []
        for data_dir, db in stations:
            files.extend(m.path for m in exchange.export_bundles(data_dir, db, root / "up"))
            db.conn.close()
        hub[1].execute("PRAGMA wal_checkpoint(TRUNCATE)")
        hub[1].conn.close()

        senders = []  # each station's identity, read before any clock starts
        for i, path in enumerate(files):
            data_dir = DataDir(root / f"c{i}")
            db = store.open_database(data_dir)
            senders.append((ledger.self_station(db.conn).site_id, keys.load(data_dir, db), path))
            db.conn.close()
        hub_site = _hub_site(root / "hub")
        relay_times, folder_times = [], []
        for run in range(ROUNDS):
            # Each round on fresh copies of the hub. The two ways take turns going first, so
            # neither alone pays what a process does the first time, and the shared machine's
            # swings fall on both; the medians of the rounds are compared.
            relay_first = run % 2 == 0
            if relay_first:
                relay_times.append(_relay_round(root, run, relay.url, hub_site, senders))
            folder_times.append(_folder_round(root, run, files))
            if not relay_first:
                relay_times.append(_relay_round(root, run, relay.url, hub_site, senders))
    finally:
        if relay is not None:
            relay.stop()
        shutil.rmtree(root, ignore_errors=True)
    relay_seconds, folder_seconds = statistics.median(relay_times), statistics.median(folder_times)
    return result(
        "relay_round",
        relay_seconds,
        "s",
        folder_seconds,
        f"the same {len(files)} bundles imported from a folder and the answers written to one"
        f" (medians of {ROUNDS} rounds each)",
        "<= 1.5x baseline",
        relay_seconds <= 1.5 * folder_seconds,
    )


BENCHMARKS = {"relay_round": relay_round}
