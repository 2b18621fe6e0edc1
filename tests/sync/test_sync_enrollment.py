"""Mutual enrollment through the CLI between real data dirs: a welcome answers the commune's
own pending request, is accepted only with the hub's fingerprint typed by the commune
officer, and a pinned commune moves to another hub only when its officer re-enrolls."""

from __future__ import annotations

import shutil
from pathlib import Path

from district import (
    COMMUNE_A,
    HUB_UNIT,
    District,
    content_digest,
    export,
    file_bytes,
    import_files,
    init_station,
    ketnghia,
    site_id,
    station_fingerprint,
)
from forge import forge

from desktop.models import store
from desktop.models.reference import family_sql
from desktop.paths import DataDir
from sync import ledger, pinning

COMMUNE = "20707"  # Xã Nam Giang, a commune of today


def request_of(commune: DataDir, files: Path, *options: str) -> Path:
    path = files / f"request-{commune.root.name}-{len(list(files.glob('*')))}.ketnghia"
    assert ketnghia(commune, "sync", "enroll-request", "--out", path, *options) == 0
    return path


def welcome_for(hub: DataDir, request: Path, fingerprint: str, files: Path) -> Path:
    out = files / f"welcome-{hub.root.name}-{request.stem}"
    assert ketnghia(hub, "sync", "enroll", request, "--fingerprint", fingerprint, "--out", out) == 0
    [welcome] = sorted(out.glob("*.ketnghia"))
    return welcome


def new_commune(root: Path, name: str = "new") -> DataDir:
    commune = DataDir(root / name)
    init_station(commune, "commune", COMMUNE, f"Máy {name}")
    return commune


def test_a_welcome_without_the_hub_fingerprint_is_refused(
    district: District, tmp_path: Path, refused
) -> None:
    commune = new_commune(tmp_path)
    files = district.outbox("enroll")
    welcome = welcome_for(
        district.hub, request_of(commune, files), station_fingerprint(commune), files
    )
    refused(commune, welcome, "mã nhận dạng của trạm tổng hợp")
    line = refused(commune, welcome, "không khớp", "--hub-fingerprint", "12345 67890")
    assert "đừng nhận" in line


def test_a_welcome_with_the_right_fingerprint_is_accepted_once(
    district: District, tmp_path: Path, run_cli
) -> None:
    commune = new_commune(tmp_path)
    files = district.outbox("enroll")
    welcome = welcome_for(
        district.hub, request_of(commune, files), station_fingerprint(commune), files
    )
    digits = station_fingerprint(district.hub).replace(" ", "-")  # typed with any separators
    first = run_cli(
        "--data-dir", commune.root, "sync", "import", welcome, "--hub-fingerprint", digits
    )
    assert first.code == 0, first.out + first.err
    db = store.open_database(commune)
    try:
        assert ledger.hub_site(db.conn) == site_id(district.hub)
        assert pinning.pending_request(db.conn) is None
    finally:
        db.conn.close()
    again = run_cli("--data-dir", commune.root, "sync", "import", welcome)
    assert again.code == 0 and "đã nhập trước đây" in again.out


def test_a_relay_answering_the_request_with_its_own_hub_is_refused(
    district: District, tmp_path: Path, refused
) -> None:
    """Whoever carries the request can read the commune's fingerprint off its keys and enroll
    it at a hub of their own; the commune officer types the real hub's digits and refuses."""
    commune = new_commune(tmp_path)
    files = district.outbox("enroll")
    request = request_of(commune, files)
    rogue = DataDir(tmp_path / "rogue")
    init_station(rogue, "hub", HUB_UNIT, "Máy lạ")
    forged = welcome_for(rogue, request, station_fingerprint(commune), files)
    real_digits = station_fingerprint(district.hub)
    refused(commune, forged, "không khớp", "--hub-fingerprint", real_digits)
    # and the real hub's welcome still goes through afterwards
    welcome = welcome_for(district.hub, request, station_fingerprint(commune), files)
    assert import_files(commune, [welcome]) == 1  # no digits: refused
    assert ketnghia(commune, "sync", "import", welcome, "--hub-fingerprint", real_digits) == 0


def test_a_welcome_to_an_earlier_request_is_refused(
    district: District, tmp_path: Path, refused
) -> None:
    commune = new_commune(tmp_path)
    files = district.outbox("enroll")
    first = request_of(commune, files)
    request_of(commune, files)  # the officer made a new request: only its welcome counts
    old = welcome_for(district.hub, first, station_fingerprint(commune), files)
    refused(
        commune,
        old,
        "không trả lời yêu cầu đăng ký",
        "--hub-fingerprint",
        station_fingerprint(district.hub),
    )


def test_a_welcome_made_for_another_station_is_refused(
    district: District, tmp_path: Path, refused
) -> None:
    commune, other = new_commune(tmp_path), new_commune(tmp_path, "other")
    files = district.outbox("enroll")
    request_of(commune, files)
    theirs = welcome_for(district.hub, request_of(other, files), station_fingerprint(other), files)
    refused(
        commune,
        theirs,
        "không trả lời yêu cầu đăng ký",
        "--hub-fingerprint",
        station_fingerprint(district.hub),
    )


def test_a_pinned_commune_refuses_another_hub_unless_it_re_enrolls(
    district: District, tmp_path: Path, refused, run_cli
) -> None:
    other_hub = DataDir(tmp_path / "hub2")
    init_station(other_hub, "hub", HUB_UNIT, "Máy huyện mới")
    files = district.outbox("move")
    # an enrolled station makes no plain request
    plain = run_cli(
        "--lang", "vi", "--data-dir", district.a.root, "sync", "enroll-request", "--out", files
    )
    assert plain.code == 1 and "--re-enroll" in plain.err
    # a copy of the station as it was before its officer asked to re-enroll
    before = DataDir(tmp_path / "a-before")
    shutil.copytree(district.a.root, before.root)
    request = request_of(district.a, files, "--re-enroll")
    welcome = welcome_for(other_hub, request, station_fingerprint(district.a), files)
    digits = station_fingerprint(other_hub)
    refused(before, welcome, "đã đăng ký với một trạm tổng hợp khác", "--hub-fingerprint", digits)
    # with the re-enrollment asked for, the new hub replaces the old one
    assert ketnghia(district.a, "sync", "import", welcome, "--hub-fingerprint", digits) == 0
    db = store.open_database(district.a)
    try:
        assert ledger.hub_site(db.conn) == site_id(other_hub)
        old_hub = ledger.station(db.conn, site_id(district.hub))
        assert old_hub is not None and old_hub.revoked_at is not None
        households = db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]
    finally:
        db.conn.close()
    # every change of the station goes to the new hub, which then holds its households
    up = export(district.a, files / "up")
    assert up and import_files(other_hub, up) == 0
    hub_db = store.open_database(other_hub)
    try:
        held = hub_db.execute(  # Đắc Tôi's households, made before the reform, with them
            f"SELECT count(*) FROM household WHERE deleted = 0 AND {family_sql('commune_code')}",
            (COMMUNE_A, COMMUNE_A),
        ).fetchone()[0]
    finally:
        hub_db.conn.close()
    assert held == households
    # and the old hub's bundles are refused from now on
    refused(district.a, forge(district.hub, district.a, {"streams": []}), "đã bị thu hồi")


def test_a_refused_welcome_leaves_the_commune_unchanged_on_disk(
    district: District, tmp_path: Path
) -> None:
    commune = new_commune(tmp_path)
    files = district.outbox("enroll")
    welcome = welcome_for(
        district.hub, request_of(commune, files), station_fingerprint(commune), files
    )
    before, on_disk = content_digest(commune), file_bytes(commune)
    assert ketnghia(commune, "sync", "import", welcome, "--hub-fingerprint", "0" * 30) == 1
    assert content_digest(commune) == before and file_bytes(commune) == on_disk
