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
    # the officer's sponsor directory: every commune's copies matched but the last enrolled's
    listed = run_cli("--data-dir", hub.root, "sponsors", "directory", "list", "--json")
    directory = json.loads(listed.out.strip().splitlines()[-1])
    assert directory["entries"] and all(len(e["communes"]) >= 4 for e in directory["entries"])
    matched = {name for e in directory["entries"] for name in e["communes"]}
    waiting = {u["commune"] for u in directory["unmatched"]}
    assert len(waiting) == 1 and not waiting & matched
    assert matched | waiting == {c["name"] for c in enrolled}
    assert all(u["suggested"] for u in directory["unmatched"])


def test_district_page_says_which_commune_waits_for_a_missing_bundle(tmp_path, run_cli, qtbot):
    from desktop.models import station, store
    from desktop.views.context import AppContext, Changes
    from desktop.views.district_page import DistrictPage

    hub = DataDir(tmp_path / "hub")
    init_station(hub, "hub", "48", "Máy Sở Dân tộc và Tôn giáo")
    assert run_cli("--data-dir", hub.root, "demo", "--households", "60", "--seed", "3").code == 0
    status = json.loads(run_cli("--data-dir", hub.root, "sync", "status", "--json").out)
    gapped = next(c for c in status["communes"] if c["waiting_for"])
    db = store.open_database(hub)
    page = DistrictPage(AppContext(db, hub, station.info(db), Changes()))
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.proposals_table)  # a tab is filled when it is shown
    table = page.proposals_table
    rows = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    number = gapped["waiting_for"][0]["number"]
    assert rows[gapped["name"]].startswith(f"{gapped['held']} thay đổi chờ gói số {number}")
    assert sum(bool(text) for text in rows.values()) == 1
