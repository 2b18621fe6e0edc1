"""Online sync benchmark: a round through the real relay against the same files by folder.

relay_round   up to 100 commune stations (the city's reference data holds 78 communes) each
              upload a week's bundle (~50 changes) to the relay (uvicorn on 127.0.0.1), then
              the hub runs `sync online`: downloads, imports and answers all of them.
              Baseline, same run: a copy of the same hub imports the same files from a folder
              and writes its answers to a folder (target <= 1.5x). Quick: 20 stations.
"""

from __future__ import annotations

import gc
import shutil
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
        folder_hub = DataDir(root / "hub-folder")
        shutil.copytree(root / "hub", folder_hub.root)

        # The relay round: each station's upload, then the hub's whole online sync.
        hub_db = store.open_database(hub[0])
        hub_site = ledger.self_station(hub_db.conn).site_id
        senders = []  # each station's identity, read before the clock starts
        for i, path in enumerate(files):
            data_dir = DataDir(root / f"c{i}")
            db = store.open_database(data_dir)
            senders.append((ledger.self_station(db.conn).site_id, keys.load(data_dir, db), path))
            db.conn.close()
        # Each timed part starts from a collected heap: a full collection that the setup made
        # due would otherwise fall into whichever part runs first.
        gc.collect()
        started = time.perf_counter()
        for site, station_keys, path in senders:
            with relay_client.RelayClient(relay.url, site, station_keys.signing) as client:
                assert client.upload(hub_site, path.read_bytes())
        outcome = relay_client.sync_online(hub[0], hub_db)
        relay_seconds = time.perf_counter() - started
        assert outcome.downloaded == len(files) and not outcome.refused
        hub_db.conn.close()

        # The same bundles by folder.
        db = store.open_database(folder_hub)
        gc.collect()
        started = time.perf_counter()
        results = exchange.import_many(folder_hub, db, files)
        exchange.export_bundles(folder_hub, db, root / "down")
        folder_seconds = time.perf_counter() - started
        assert all(r.status == "accepted" for r in results)
        db.conn.close()
    finally:
        if relay is not None:
            relay.stop()
        shutil.rmtree(root, ignore_errors=True)
    return result(
        "relay_round",
        relay_seconds,
        "s",
        folder_seconds,
        f"the same {len(files)} bundles imported from a folder and the answers written to one",
        "<= 1.5x baseline",
        relay_seconds <= 1.5 * folder_seconds,
    )


BENCHMARKS = {"relay_round": relay_round}
