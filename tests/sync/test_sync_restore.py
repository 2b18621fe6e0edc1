"""Restoring a commune station from a backup, then recovering from a real hub what it had sent
after the backup, without handing out seq or bundle numbers the hub already holds."""

from __future__ import annotations

from pathlib import Path

from district import (
    District,
    counts,
    export,
    import_files,
    ketnghia,
    settle,
    site_id,
    station_fingerprint,
    status,
)

from desktop.models import backup, store
from desktop.models.db import transaction
from desktop.paths import DataDir
from sync import ledger, recovery


def write(data_dir: DataDir, sql: str) -> None:
    db = store.open_database(data_dir)
    with transaction(db):
        db.execute(sql)
    store.close(db)


def rows(data_dir: DataDir, sql: str) -> list[tuple]:
    db = store.open_database(data_dir, read_only=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        store.close(db)


def restore_cli(run_cli, data_dir: DataDir, file: Path):
    result = run_cli("--data-dir", data_dir.root, "backup", "restore", file)
    assert result.code == 0, result.err
    return result.out


def rejoin_at_hub(run_cli, district: District, commune: DataDir, old_site: str) -> None:
    """What the two officers do: the hub revokes the old identity and enrolls the new one."""
    [request] = sorted(commune.outbox.glob("*.ketnghia"))
    revoked = run_cli("--data-dir", district.hub.root, "sync", "revoke", old_site)
    assert revoked.code == 0, revoked.err
    fingerprint = run_cli("--data-dir", commune.root, "sync", "fingerprint").out.strip()
    out = district.outbox("welcome-after-restore")
    enrolled = run_cli(
        "--data-dir", district.hub.root, "sync", "enroll", request,
        "--fingerprint", fingerprint, "--out", out,
    )  # fmt: skip
    assert enrolled.code == 0, enrolled.err
    [welcome] = sorted(out.glob("*.ketnghia"))
    hub_digits = station_fingerprint(district.hub)
    assert ketnghia(commune, "sync", "import", welcome, "--hub-fingerprint", hub_digits) == 0


def test_restored_station_recovers_from_the_hub_what_it_sent_after_the_backup(
    district: District, run_cli
) -> None:
    a = district.a
    old_site = site_id(a)
    made = backup.create(a, "manual")
    # after the backup: edits that reach the hub, and are acknowledged
    write(a, "UPDATE household SET notes = 'sau sao lưu' WHERE deleted = 0")
    settle(district.hub, [a, district.b], district.outbox("after"))
    hub_applied = rows(
        district.hub, f"SELECT applied_seq FROM sync_stream WHERE origin = '{old_site}'"
    )
    assert hub_applied[0][0] > 0

    said = restore_cli(run_cli, a, made.path)
    assert "máy thay thế" in said and old_site in said  # the user is told what happens next
    assert rows(a, "SELECT count(*) FROM household WHERE notes = 'sau sao lưu'") == [(0,)]
    new_site = site_id(a)
    assert new_site != old_site
    # a change made before the welcome arrives starts the new identity's own stream
    write(a, "UPDATE village SET name = name || ' (mới)' WHERE deleted = 0")
    assert rows(a, "SELECT DISTINCT site_id FROM change_log WHERE seq = 1") != []

    rejoin_at_hub(run_cli, district, a, old_site)
    # the welcome brought back what this station had sent after the backup
    assert (
        rows(a, "SELECT count(*) FROM household WHERE notes = 'sau sao lưu' AND deleted = 0")[0][0]
        == counts(a)["households"]
    )
    settle(district.hub, [a, district.b], district.outbox("recovered"))
    # the change made after the restore reached the hub: it was not taken for a replay
    renamed = rows(district.hub, "SELECT count(*) FROM village WHERE name LIKE '% (mới)'")
    assert renamed[0][0] == counts(a)["villages"] > 0
    hub_status = status(run_cli, district.hub)
    by_id = {s["site_id"]: s for s in hub_status["stations"]}
    assert by_id[old_site]["revoked_at"] is not None
    assert by_id[new_site]["applied_seq"] == ledger.local_last_seq(
        store.open_database(a, read_only=True).conn
    )
    assert (
        counts(district.hub)["households"]
        == counts(a)["households"] + counts(district.b)["households"]
    )
    assert status(run_cli, a)["pending"] == 0


def test_changes_in_the_backup_the_hub_never_got_are_sent_after_recovery(
    district: District, run_cli
) -> None:
    a = district.a
    old_site = site_id(a)
    write(a, "UPDATE member SET phone = '0905123456' WHERE deleted = 0")  # never exported
    made = backup.create(a, "manual")
    a.database.write_bytes(b"")  # the disk lost the file: the current database is unreadable
    said = restore_cli(run_cli, a, made.path)
    assert "máy thay thế" in said
    rejoin_at_hub(run_cli, district, a, old_site)
    assert rows(a, "SELECT DISTINCT phone FROM member WHERE deleted = 0") == [("0905123456",)]
    settle(district.hub, [a, district.b], district.outbox("resent"))
    phones = rows(
        district.hub,
        "SELECT DISTINCT phone FROM member WHERE deleted = 0 AND commune_code = '20705'",
    )
    assert phones == [("0905123456",)]
    # the damaged file the restore replaced was kept as it was
    assert any(p.name.startswith("replaced-") for p in a.backups.iterdir())


def test_restore_when_nothing_left_since_the_backup_keeps_the_identity(
    district: District, run_cli
) -> None:
    a = district.a
    old_site = site_id(a)
    made = backup.create(a, "manual")
    write(a, "UPDATE household SET notes = 'nhầm' WHERE deleted = 0")  # a mistake, not sent
    said = restore_cli(run_cli, a, made.path)
    assert "máy thay thế" not in said
    assert site_id(a) == old_site
    write(a, "UPDATE household SET notes = 'đúng' WHERE deleted = 0")
    settle(district.hub, [a, district.b], district.outbox("same"))
    assert rows(
        district.hub, "SELECT DISTINCT notes FROM household WHERE commune_code = '20705'"
    ) == [("đúng",)]
    assert rows(district.hub, "SELECT count(*) FROM household WHERE notes = 'nhầm'") == [(0,)]


def test_a_station_that_goes_on_after_sending_would_be_refused_as_a_fork(
    district: District, run_cli
) -> None:
    """Why the identity changes: the old one's next bundle number is already taken at the hub."""
    a = district.a
    made = backup.create(a, "manual")
    write(a, "UPDATE household SET notes = 'gửi rồi' WHERE deleted = 0")
    import_files(district.hub, export(a, district.outbox("sent")))
    restored = backup.restore(a, made.path)  # the file alone, without the recovery
    assert recovery.went_further(restored)
    write(a, "UPDATE household SET notes = 'khác' WHERE deleted = 0")
    [again] = export(a, district.outbox("again"))
    refused = run_cli("--data-dir", district.hub.root, "sync", "import", again)
    assert refused.code == 1


def test_restored_hub_gets_back_what_it_lost_and_hands_out_no_seq_again(
    district: District, run_cli
) -> None:
    hub = district.hub
    made = backup.create(hub, "manual")
    write(district.a, "UPDATE household SET notes = 'hub đã mất' WHERE deleted = 0")
    settle(hub, [district.a, district.b], district.outbox("before"))
    before_last = rows(hub, "SELECT COALESCE(MAX(seq), 0) FROM change_log")[0][0]
    said = restore_cli(run_cli, hub, made.path)
    assert "Đây là trạm tổng hợp" in said
    assert rows(hub, "SELECT count(*) FROM household WHERE notes = 'hub đã mất'") == [(0,)]
    # a record the hub writes after the restore gets a seq past every one it handed out before
    write(
        hub,
        "INSERT INTO sponsor (id, commune_code, name, kind) VALUES "
        "('01a00000-0000-7000-8000-000000000001', NULL, 'Sở Tài chính', 'co_quan_tinh')",
    )
    assert rows(hub, "SELECT MAX(seq) FROM change_log")[0][0] > before_last
    settle(hub, [district.a, district.b], district.outbox("after"))
    households_a = counts(district.a)["households"]
    noted = rows(hub, "SELECT count(*) FROM household WHERE notes = 'hub đã mất' AND deleted = 0")
    assert noted == [(households_a,)]
    for commune in (district.a, district.b):
        assert rows(commune, "SELECT name FROM sponsor WHERE commune_code IS NULL") == [
            ("Sở Tài chính",)
        ]
        assert status(run_cli, commune)["pending"] == 0
    assert counts(hub)["households"] == households_a + counts(district.b)["households"]
