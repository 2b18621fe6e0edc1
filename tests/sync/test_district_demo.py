"""`ketnghia demo` on a hub: simulated communes enroll and send real bundles."""

from __future__ import annotations

import json

from district import init_station

from desktop.paths import DataDir


def test_demo_on_a_hub_builds_a_district_from_real_bundles(tmp_path, run_cli) -> None:
    hub = DataDir(tmp_path / "hub")
    init_station(hub, "hub", "48", "Máy Phòng Dân tộc huyện Nam Giang")
    result = run_cli("--data-dir", hub.root, "demo", "--households", "60", "--seed", "2")
    assert result.code == 0, result.err
    status = json.loads(run_cli("--data-dir", hub.root, "sync", "status", "--json").out)
    stations = status["stations"]
    assert len(stations) == 4 and len({s["unit_code"] for s in stations}) == 4
    assert all(s["last_bundle_number"] and s["applied_seq"] > 0 for s in stations)
    assert all(s["acked_our_seq"] == status["last_seq"] for s in stations)
    info = json.loads(run_cli("--data-dir", hub.root, "info", "--json").out)
    assert 55 <= info["counts"]["households"] <= 65
    assert info["counts"]["receipts"] > 0
