"""Stations exchanging real bundle files through the CLI: enrollment, counts, acks, relays between
two PCs of one commune, revocation, hub records and reference data flowing down."""

from __future__ import annotations

import os
import re
import stat

from district import (
    COMMUNE_A,
    District,
    counts,
    enroll,
    export,
    import_files,
    init_station,
    ketnghia,
    settle,
    site_id,
    station_fingerprint,
    status,
)

from desktop.models import reference, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.paths import DataDir
from sync import keys


def test_hub_counts_are_the_sum_of_the_communes(district: District, run_cli) -> None:
    hub, a, b = counts(district.hub), counts(district.a), counts(district.b)
    assert hub["households"] == a["households"] + b["households"] > 0
    assert {k: hub[k] for k in hub} == {k: a[k] + b[k] for k in hub}
    # everything acknowledged, nothing more to say either way
    for commune in (district.a, district.b):
        assert status(run_cli, commune)["pending"] == 0
        assert export(commune, district.outbox("x")) == []
    assert export(district.hub, district.outbox("y")) == []
    hub_status = status(run_cli, district.hub)
    assert {s["unit_code"] for s in hub_status["stations"]} == {"20704", "20698"}
    assert all(s["acked_our_seq"] == hub_status["last_seq"] for s in hub_status["stations"])


def test_keys_are_private_and_fingerprint_is_six_groups(district: District, run_cli) -> None:
    for name in (keys.SIGN_FILE, keys.ENCRYPT_FILE):
        mode = stat.S_IMODE(os.stat(district.a.keys / name).st_mode)
        assert mode == 0o600
    result = run_cli("--data-dir", district.a.root, "sync", "fingerprint")
    groups = result.out.split()
    assert [len(g) for g in groups] == [5] * 6 and all(g.isdigit() for g in groups)
    assert result.out.strip() == station_fingerprint(district.a)


def test_edits_flow_up_and_acks_come_back(district: District, run_cli) -> None:
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE household SET members = members + 1 WHERE deleted = 0")
        row = db.execute("SELECT id FROM household WHERE deleted = 0 LIMIT 1").fetchone()
        db.execute("UPDATE household SET deleted = 1 WHERE id = ?", row)
    db.conn.close()
    assert status(run_cli, district.a)["pending"] > 0
    settle(district.hub, [district.a, district.b], district.outbox("r"))
    assert status(run_cli, district.a)["pending"] == 0
    hub_db = store.open_database(district.hub)
    assert hub_db.execute("SELECT deleted FROM household WHERE id = ?", row).fetchone() == (1,)
    assert counts(district.hub)["households"] == (
        counts(district.a)["households"] + counts(district.b)["households"]
    )


def test_unacknowledged_changes_are_resent(district: District) -> None:
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE village SET notes = 'đường sạt lở' WHERE deleted = 0")
    db.conn.close()
    first = export(district.a, district.outbox("1"))
    second = export(district.a, district.outbox("2"))  # first one "lost"
    assert len(first) == len(second) == 1
    assert import_files(district.hub, second) == 0
    hub = store.open_database(district.hub)
    assert (
        hub.execute("SELECT count(*) FROM village WHERE notes = 'đường sạt lở'").fetchone()[0]
        == counts(district.a)["villages"]
    )


def test_two_pcs_of_one_commune_stay_in_step(district: District, tmp_path) -> None:
    second = DataDir(tmp_path / "a2")
    init_station(second, "commune", COMMUNE_A, "Máy thứ hai xã La Dêê")
    enroll(district.hub, second, district.outbox("enroll"))
    # the welcome brought every record of the commune
    assert counts(second)["households"] == counts(district.a)["households"]
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE member SET phone = '0905000111' WHERE deleted = 0")
    db.conn.close()
    db2 = store.open_database(second)
    with transaction(db2):
        db2.execute("UPDATE household SET notes = 'ghi ở máy 2' WHERE deleted = 0")
    db2.conn.close()
    settle(district.hub, [district.a, second, district.b], district.outbox("s"))
    a = store.open_database(district.a)
    assert a.execute("SELECT count(*) FROM household WHERE notes = 'ghi ở máy 2'").fetchone()[0] > 0
    b2 = store.open_database(second)
    assert b2.execute("SELECT DISTINCT phone FROM member WHERE deleted = 0").fetchall() == [
        ("0905000111",)
    ]
    assert counts(district.hub)["households"] == (
        counts(district.a)["households"] + counts(district.b)["households"]
    )


def test_replacement_pc_after_revoking_the_lost_one(district: District, tmp_path, run_cli) -> None:
    lost = site_id(district.a)
    result = run_cli("--data-dir", district.hub.root, "sync", "revoke", lost)
    assert result.code == 0, result.err
    replacement = DataDir(tmp_path / "new-pc")
    init_station(replacement, "commune", COMMUNE_A, "Máy mới xã La Dêê")
    enroll(district.hub, replacement, district.outbox("enroll"))
    assert counts(replacement)["receipts"] == counts(district.a)["receipts"]
    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE household SET notes = 'máy đã mất' WHERE deleted = 0")
    db.conn.close()
    [late] = export(district.a, district.outbox("late"))
    refused = run_cli("--data-dir", district.hub.root, "sync", "import", late)
    assert refused.code == 1 and "thu hồi" in refused.out
    hub_status = status(run_cli, district.hub)
    revoked = [s for s in hub_status["stations"] if s["site_id"] == lost]
    assert revoked[0]["revoked_at"] is not None


def test_enroll_refuses_a_wrong_fingerprint(tmp_path, run_cli) -> None:
    hub, commune = DataDir(tmp_path / "hub"), DataDir(tmp_path / "c")
    init_station(hub, "hub", "48", "Huyện")
    init_station(commune, "commune", "20704", "Xã")
    request = tmp_path / "request.ketnghia"
    assert ketnghia(commune, "sync", "enroll-request", "--out", request) == 0
    digits = station_fingerprint(commune).replace(" ", "")
    wrong = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    result = run_cli(
        "--data-dir",
        hub.root,
        "sync",
        "enroll",
        request,
        "--fingerprint",
        wrong,
        "--out",
        tmp_path / "out",
    )
    assert result.code == 1 and "mã nhận dạng" in result.err.lower()
    assert not (tmp_path / "out").exists()
    assert status(run_cli, hub)["stations"] == []


def test_hub_records_and_newer_reference_data_flow_down(district: District) -> None:
    hub = store.open_database(district.hub)
    sponsor = uuid7()
    with transaction(hub) as conn:
        conn.execute(
            "INSERT INTO sponsor (id, commune_code, name, kind) VALUES (?, NULL, ?, ?)",
            (sponsor, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "luc_luong_vu_trang"),
        )
        conn.execute(
            "INSERT INTO twinning (id, commune_code, sponsor_id, since) VALUES (?, ?, ?, ?)",
            (uuid7(), COMMUNE_A, sponsor, "2026-01-15"),
        )
        files = reference.bundled_files()
        files["VERSION"] = b"2099.1.0\n"
        reference.load(conn, files)
    hub.conn.close()
    # the hub sends its own program's files, so pretend its program shipped the newer set
    original = reference.bundled_files

    def newer() -> dict[str, bytes]:
        files = original()
        files["VERSION"] = b"2099.1.0\n"
        return files

    reference.bundled_files = newer
    try:
        settle(district.hub, [district.a, district.b], district.outbox("ref"))
    finally:
        reference.bundled_files = original
    a = store.open_database(district.a)
    assert a.execute("SELECT commune_code FROM sponsor WHERE id = ?", (sponsor,)).fetchone() == (
        None,
    )
    assert (
        a.execute("SELECT count(*) FROM twinning WHERE sponsor_id = ?", (sponsor,)).fetchone()[0]
        == 1
    )
    assert reference.stored_version(a.conn) == "2099.1.0"
    b = store.open_database(district.b)
    assert (
        b.execute("SELECT count(*) FROM twinning WHERE sponsor_id = ?", (sponsor,)).fetchone()[0]
        == 0
    )  # the twinning is commune A's
    assert b.execute("SELECT count(*) FROM sponsor WHERE id = ?", (sponsor,)).fetchone()[0] == 1


def test_attachments_travel_with_their_records(district: District, tmp_path) -> None:
    from desktop.models import attachments

    scan = tmp_path / "bien-ban-ban-giao.jpg"
    scan.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    db = store.open_database(district.a)
    receipt = db.execute("SELECT id FROM receipt WHERE deleted = 0 LIMIT 1").fetchone()[0]
    attachments.add(db, district.a, "receipt", receipt, scan, commune_code=COMMUNE_A)
    sha = db.execute("SELECT sha256 FROM attachment").fetchone()[0]
    db.conn.close()
    second = DataDir(tmp_path / "a2")
    init_station(second, "commune", COMMUNE_A, "Máy thứ hai")
    enroll(district.hub, second, district.outbox("enroll"))
    settle(district.hub, [district.a, second], district.outbox("att"))
    third = DataDir(tmp_path / "a3")  # enrolled later: the welcome brings the file
    init_station(third, "commune", COMMUNE_A, "Máy thứ ba")
    enroll(district.hub, third, district.outbox("enroll3"))
    for station in (district.hub, second, third):
        assert (station.attachments / sha).read_bytes() == scan.read_bytes()


def test_changes_after_a_gap_are_held_until_it_fills(
    district: District, monkeypatch, run_cli
) -> None:
    from sync import exporting

    db = store.open_database(district.a)
    with transaction(db):
        db.execute("UPDATE household SET notes = 'đợt 1' WHERE deleted = 0")
        db.execute("UPDATE need SET notes = 'đợt 2' WHERE deleted = 0")
    db.conn.close()
    monkeypatch.setattr(exporting, "MAX_CHANGES_PER_BUNDLE", 10)
    parts = export(district.a, district.outbox("split"))
    assert len(parts) >= 3
    late_first = run_cli("--data-dir", district.hub.root, "sync", "import", parts[-1])
    assert late_first.code == 0
    assert int(re.search(r"(\d+) thay đổi chờ các gói trước", late_first.out).group(1)) > 0
    held = status(run_cli, district.hub)
    assert held["held_segments"] == 1
    assert any(s["gaps"] for s in held["stations"])
    hub = store.open_database(district.hub)
    assert hub.execute("SELECT count(*) FROM need WHERE notes = 'đợt 2'").fetchone()[0] == 0
    assert import_files(district.hub, parts[:-1]) == 0
    assert status(run_cli, district.hub)["held_segments"] == 0
    assert (
        hub.execute("SELECT count(*) FROM need WHERE notes = 'đợt 2'").fetchone()[0]
        == (counts(district.a)["needs"])
    )


def test_two_pcs_adding_the_same_household_year_keep_one_and_a_conflict(
    district: District, tmp_path
) -> None:
    second = DataDir(tmp_path / "a2")
    init_station(second, "commune", COMMUNE_A, "Máy thứ hai")
    enroll(district.hub, second, district.outbox("enroll"))
    household = None
    for station, status_code in ((district.a, "poor"), (second, "near_poor")):
        db = store.open_database(station)
        household = (
            household
            or db.execute(
                "SELECT id FROM household WHERE deleted = 0 AND id NOT IN "
                "(SELECT household_id FROM household_year WHERE year = 2031) LIMIT 1"
            ).fetchone()[0]
        )
        with transaction(db):
            db.execute(
                "INSERT INTO household_year (id, commune_code, household_id, year, status) "
                "VALUES (?, ?, ?, 2031, ?)",
                (uuid7(), COMMUNE_A, household, status_code),
            )
        db.conn.close()
    settle(district.hub, [district.a, second], district.outbox("clash"))
    live = set()
    for station in (district.hub, district.a, second):
        db = store.open_database(station)
        rows = db.execute(
            "SELECT id, status, deleted FROM household_year WHERE household_id = ? AND year = 2031 "
            "ORDER BY id",
            (household,),
        ).fetchall()
        assert len(rows) == 2 and sum(1 - r[2] for r in rows) == 1
        live.add(next(r for r in rows if not r[2]))
        kept = db.execute(
            "SELECT commune_code FROM sync_conflict WHERE tbl = 'household_year'"
        ).fetchall()
        db.conn.close()
        # the loser is kept under its own commune, so that commune's stations see it
        assert all(commune == COMMUNE_A for (commune,) in kept)
        if station == district.hub:
            assert len(kept) == 1  # the tombstoned year row is kept for review
    assert len(live) == 1


def test_a_hard_delete_arrives_as_a_tombstone(district: District) -> None:
    db = store.open_database(district.a)
    row = db.execute("SELECT id FROM member WHERE deleted = 0 LIMIT 1").fetchone()
    with transaction(db):
        db.execute("DELETE FROM member WHERE id = ?", row)
    db.conn.close()
    settle(district.hub, [district.a, district.b], district.outbox("del"))
    hub = store.open_database(district.hub)
    assert hub.execute("SELECT deleted FROM member WHERE id = ?", row).fetchone() == (1,)
    assert (
        counts(district.hub)["members"]
        == counts(district.a)["members"] + counts(district.b)["members"]
    )


def test_the_hub_finds_households_by_what_sync_applied(district: District) -> None:
    """The hub's text search (the full-text index) follows the rows sync inserts and edits."""
    from desktop.models import households

    def found(data_dir: DataDir, text: str) -> set[str]:
        db = store.open_database(data_dir)
        try:
            where, params = households.register_where(db, households.Filters(text=text, year=2025))
            return {
                row[0]
                for row in db.execute(
                    f"SELECT h.id FROM household h WHERE {' AND '.join(where)}", params[1:]
                )
            }
        finally:
            db.conn.close()

    db = store.open_database(district.a)
    household_id, name = db.execute(
        "SELECT id, head_name FROM household WHERE deleted = 0 LIMIT 1"
    ).fetchone()
    assert household_id in found(district.hub, name)  # inserted on the hub by enrollment's sync
    with transaction(db):
        db.execute(
            "UPDATE household SET head_name = ?, search_key = ? WHERE id = ?",
            [
                "Kpăqzy Thị Xuyến",
                households.search_key("Kpăqzy Thị Xuyến", None, None),
                household_id,
            ],
        )
    db.conn.close()
    settle(district.hub, [district.a, district.b], district.outbox("r"))
    assert found(district.hub, "kpaqzy xuyen") == {household_id}
    assert household_id not in found(district.hub, name)
