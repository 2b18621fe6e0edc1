"""`ketnghia demo` on a hub: a city-level hub whose simulated communes enroll and send real
bundles, with the season's troubles: a conflict, a held gap, a silent commune, late ones."""

from __future__ import annotations

import json

from district import init_station

from desktop.paths import DataDir


def test_demo_on_a_hub_builds_a_city_from_real_bundles(tmp_path, run_cli) -> None:
    hub = DataDir(tmp_path / "hub")
    init_station(hub, "hub", "48", "Máy Sở Dân tộc và Tôn giáo thành phố Đà Nẵng")
    result = run_cli("--data-dir", hub.root, "demo", "--households", "60", "--seed", "2")
    assert result.code == 0, result.err
    status = json.loads(run_cli("--data-dir", hub.root, "sync", "status", "--json").out)
    stations = status["stations"]
    assert len({s["unit_code"] for s in stations}) == 6  # one commune works from two PCs
    assert len(stations) == 7
    assert all(s["last_bundle_number"] and s["applied_seq"] > 0 for s in stations)
    assert status["conflicts"] >= 1 and status["held_segments"] >= 1
    communes = {c["code"]: c for c in status["communes"]}
    enrolled = [c for c in communes.values() if c["enrolled"]]
    assert len(enrolled) == 6 and len(communes) > 6  # most of the city has no station yet
    assert "20704" in communes and communes["20704"]["enrolled"]  # Xã La Dêê
    assert {p["code"] for p in communes["20704"]["predecessors"]} == {"20704", "20705"}
    assert sum(c["silent"] for c in enrolled) == 1
    gapped = [c for c in enrolled if c["held"]]
    assert len(gapped) == 1 and gapped[0]["waiting_for"][0]["number"] > 1
    info = json.loads(run_cli("--data-dir", hub.root, "info", "--json").out)
    assert 55 <= info["counts"]["households"] <= 65
    assert info["counts"]["receipts"] > 0
