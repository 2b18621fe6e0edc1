"""Online sync through the real relay (uvicorn in a subprocess on 127.0.0.1).

The stations are real data folders enrolled by file; every exchange after that goes through the
relay with `ketnghia sync online`, and the relay's folder is inspected to prove what it stored.
"""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from district import (
    District,
    content_digest,
    enroll,
    init_station,
    ketnghia,
    site_id,
    station_fingerprint,
    station_keys,
)
from relay_fixtures import Relay, free_port

from desktop.models import store
from desktop.models.reference import family_sql
from desktop.paths import DataDir
from sync import bundle, ledger, relay_client, relay_server, relay_settings
from sync.relay_protocol import frame, sign_request


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory: pytest.TempPathFactory) -> District:
    """A hub and two communes with demo data, enrolled by file and nothing exchanged since."""
    root = tmp_path_factory.mktemp("relay-district")
    district = District(root, DataDir(root / "hub"), DataDir(root / "a"), DataDir(root / "b"))
    init_station(district.hub, "hub", "48", "Máy Phòng Dân tộc huyện")
    init_station(district.a, "commune", "20704", "Máy UBND xã A")
    init_station(district.b, "commune", "20698", "Máy UBND xã B")
    assert ketnghia(district.a, "demo", "--households", "30", "--seed", "5") == 0
    assert ketnghia(district.b, "demo", "--households", "20", "--seed", "6") == 0
    files = district.outbox("setup")
    enroll(district.hub, district.a, files)
    enroll(district.hub, district.b, files)
    shutil.rmtree(root / "files")
    return district


@pytest.fixture
def online(fresh_template: District, tmp_path: Path) -> Iterator[tuple[District, Relay]]:
    root = tmp_path / "district"
    for name in ("hub", "a", "b"):
        shutil.copytree(fresh_template.root / name, root / name)
    district = District(root, DataDir(root / "hub"), DataDir(root / "a"), DataDir(root / "b"))
    relay = Relay(tmp_path / "relay", free_port(), station_fingerprint(district.hub)).start()
    for station in (district.hub, district.a, district.b):
        assert ketnghia(station, "sync", "relay", relay.url) == 0
    try:
        yield district, relay
    finally:
        relay.stop()


def _pending(data_dir: DataDir) -> int:
    db = store.open_database(data_dir)
    try:
        return int(
            db.execute(
                "SELECT COUNT(*) FROM change_log WHERE seq > ?", [ledger.acked_seq(db.conn)]
            ).fetchone()[0]
        )
    finally:
        db.conn.close()


def _households(data_dir: DataDir, commune: str) -> int:
    conn = sqlite3.connect(f"{data_dir.database.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(  # the commune's and its predecessors' (made before the reform)
            f"SELECT COUNT(*) FROM household WHERE {family_sql('commune_code')} AND deleted = 0",
            (commune, commune),
        ).fetchone()[0]
    finally:
        conn.close()


def settle_online(district: District, rounds: int = 6) -> None:
    for _ in range(rounds):
        for station in (district.hub, district.a, district.b, district.hub, district.a, district.b):
            assert ketnghia(station, "sync", "online") == 0
        if _pending(district.a) == 0 and _pending(district.b) == 0:
            return
    raise AssertionError("the stations did not settle over the relay")


def test_every_exchange_goes_through_the_relay(online, capsys) -> None:
    district, relay = online
    assert _households(district.hub, "20704") == 0  # nothing has travelled yet
    settle_online(district)
    for commune, code in ((district.a, "20704"), (district.b, "20698")):
        assert _households(district.hub, code) == _households(commune, code) > 0
    assert relay.stored() == []  # everything fetched was deleted
    out = capsys.readouterr().out
    assert "Đã gửi" in out and "đã nhận" in out


def test_a_bundle_that_came_by_file_is_not_downloaded_again(online, tmp_path) -> None:
    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0  # publishes the roster
    assert ketnghia(district.a, "sync", "online") == 0
    assert ketnghia(district.hub, "sync", "online") == 0  # imports A's, uploads its answer
    [for_a] = [p for p in relay.stored() if p.parent.name == site_id(district.a)]
    usb = tmp_path / "usb" / "from-hub.ketnghia"
    usb.parent.mkdir()
    shutil.copy(for_a, usb)
    assert ketnghia(district.a, "sync", "import", usb) == 0
    db = store.open_database(district.a)
    try:
        with relay_client.RelayClient(
            relay.url, site_id(district.a), station_keys(district.a).signing
        ) as client:
            result = relay_client.sync_online(district.a, db, client=client)
    finally:
        db.conn.close()
    assert result.seen_before == 1 and result.downloaded == 0
    assert not [p for p in relay.stored() if p.parent.name == site_id(district.a)]


class CuttingProxy:
    """A TCP proxy that cuts the first bundle download (alone or in a batch) after `cut` bytes
    of the answer."""

    def __init__(self, upstream: int, cut: int) -> None:
        self.upstream = upstream
        self.cut = cut
        self.cuts = 0
        self.ranges: list[bytes] = []
        self.sockets: list[socket.socket] = []
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.upstream))
        self.sockets += [client, upstream]
        armed = threading.Event()

        def up() -> None:
            try:
                while data := client.recv(65536):
                    downloads = b"GET /v1/inbox/" in data or b"POST /v1/inbox/fetch" in data
                    if downloads and self.cuts == 0:
                        armed.set()
                    for line in data.split(b"\r\n"):
                        if line.lower().startswith(b"range:"):
                            self.ranges.append(line)
                    upstream.sendall(data)
            except OSError:
                pass

        threading.Thread(target=up, daemon=True).start()
        sent = 0
        try:
            while data := upstream.recv(4096):
                if armed.is_set():
                    room = self.cut - sent
                    client.sendall(data[:room])
                    sent += len(data[:room])
                    if sent >= self.cut:
                        self.cuts += 1
                        break
                else:
                    client.sendall(data)
        except OSError:
            pass
        client.close()
        upstream.close()

    def close(self) -> None:
        self.server.close()
        for sock in self.sockets:
            sock.close()


def _hub_online_through(district, proxy: CuttingProxy):
    """The hub's online sync through `proxy`, which is closed after it."""
    db = store.open_database(district.hub)
    try:
        with relay_client.RelayClient(
            f"http://127.0.0.1:{proxy.port}",
            site_id(district.hub),
            station_keys(district.hub).signing,
            backoff=0.01,
        ) as client:
            return relay_client.sync_online(district.hub, db, client=client)
    finally:
        db.conn.close()
        proxy.close()


def test_a_download_cut_halfway_resumes(online) -> None:
    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0  # publishes the roster
    assert ketnghia(district.a, "sync", "online") == 0  # A's first bundle: its whole demo data
    [upload] = relay.stored()
    size = upload.stat().st_size
    assert size > 8000
    proxy = CuttingProxy(relay.port, cut=size // 2)
    result = _hub_online_through(district, proxy)
    assert proxy.cuts == 1
    assert any(line.lower().startswith(b"range: bytes=") for line in proxy.ranges)
    assert result.downloaded == 1 and [r.status for r in result.imports] == ["accepted"]
    assert _households(district.hub, "20704") == _households(district.a, "20704")


def test_a_batch_download_cut_halfway_resumes(online) -> None:
    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0  # publishes the roster
    assert ketnghia(district.a, "sync", "online") == 0
    assert ketnghia(district.b, "sync", "online") == 0
    sizes = [p.stat().st_size for p in relay.stored()]
    assert len(sizes) == 2
    proxy = CuttingProxy(relay.port, cut=sum(sizes) // 2)
    result = _hub_online_through(district, proxy)
    assert proxy.cuts == 1
    assert any(line.lower().startswith(b"range: bytes=") for line in proxy.ranges)
    assert result.downloaded == 2 and [r.status for r in result.imports] == ["accepted"] * 2
    for commune, code in ((district.a, "20704"), (district.b, "20698")):
        assert _households(district.hub, code) == _households(commune, code)
    assert [p.parent.name for p in relay.stored()] == sorted(
        [site_id(district.a), site_id(district.b)]
    )
    assert not list((district.hub.root / "relay" / "inbox").iterdir())


def test_relay_killed_and_restarted_loses_and_duplicates_nothing(online, run_cli) -> None:
    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0  # publishes the roster
    relay.stop(kill=True)
    refused = run_cli("--data-dir", district.a.root, "sync", "online")
    assert refused.code == 1
    assert "Không kết nối được" in refused.err and "Traceback" not in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    relay.start()
    assert ketnghia(district.a, "sync", "online") == 0
    assert len(relay.stored()) == 1  # the bundle made while offline, once
    relay.stop(kill=True)  # killed with the bundle waiting: it is on disk
    relay.start()
    assert ketnghia(district.hub, "sync", "online") == 0
    assert _households(district.hub, "20704") == _households(district.a, "20704")
    conn = sqlite3.connect(f"{district.hub.database.as_uri()}?mode=ro", uri=True)
    try:
        senders = conn.execute(
            "SELECT sender, COUNT(*) FROM sync_bundle GROUP BY sender, number HAVING COUNT(*) > 1"
        ).fetchall()
    finally:
        conn.close()
    assert senders == []
    settle_online(district)


def _signed(data_dir: DataDir, method: str, path: str, body: bytes = b"") -> dict[str, str]:
    return sign_request(
        station_keys(data_dir).signing, site_id(data_dir), int(time.time()), method, path, body
    )


def test_refused_requests_store_nothing(online) -> None:
    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0  # publishes the roster
    url = relay.url

    unsigned = httpx.get(f"{url}/v1/inbox")
    assert unsigned.status_code == 401 and unsigned.json()["error"] == "unsigned"

    headers = _signed(district.a, "GET", "/v1/inbox")
    assert httpx.get(f"{url}/v1/inbox", headers=headers).status_code == 200
    replay = httpx.get(f"{url}/v1/inbox", headers=headers)
    assert replay.status_code == 401 and replay.json()["error"] == "replayed"

    forged = dict(_signed(district.a, "GET", "/v1/inbox"))
    forged["x-ketnghia-station"] = site_id(district.b)
    assert httpx.get(f"{url}/v1/inbox", headers=forged).json()["error"] == "bad_signature"

    # A real bundle of A, uploaded into B's inbox (another commune): refused.
    out = district.outbox("a")
    assert ketnghia(district.a, "sync", "export", "--out", out) == 0
    [made] = sorted(out.glob("*.ketnghia"))
    data = made.read_bytes()
    sha = bundle.sha256(data)
    path = f"/v1/inbox/{site_id(district.b)}/{sha}"
    cross = httpx.put(f"{url}{path}", content=data, headers=_signed(district.a, "PUT", path, data))
    assert cross.status_code == 403 and cross.json()["error"] == "wrong_inbox"

    # Junk under a right name, and a bundle whose id is not its hash.
    hub_inbox = f"/v1/inbox/{site_id(district.hub)}"
    junk = b"PK\x03\x04" + b"x" * 500
    junk_path = f"{hub_inbox}/{bundle.sha256(junk)}"
    answer = httpx.put(
        f"{url}{junk_path}", content=junk, headers=_signed(district.a, "PUT", junk_path, junk)
    )
    assert answer.status_code == 400
    wrong_path = f"{hub_inbox}/{'0' * 64}"
    answer = httpx.put(
        f"{url}{wrong_path}", content=data, headers=_signed(district.a, "PUT", wrong_path, data)
    )
    assert answer.status_code == 400

    # Oversized: refused on its declared length, before anything is read.
    big_path = f"{hub_inbox}/{'1' * 64}"
    head = "".join(f"{k}: {v}\r\n" for k, v in _signed(district.a, "PUT", big_path).items())
    with socket.create_connection(("127.0.0.1", relay.port)) as raw:
        raw.sendall(
            f"PUT {big_path} HTTP/1.1\r\nhost: 127.0.0.1\r\n{head}"
            f"content-length: {2**40}\r\n\r\n".encode()
        )
        assert raw.recv(4096).startswith(b"HTTP/1.1 413")
    assert relay.stored() == []

    # Revoked: the hub revokes B and publishes at once; B is refused with a sentence.
    assert ketnghia(district.hub, "sync", "revoke", site_id(district.b)) == 0
    revoked = httpx.get(f"{url}/v1/inbox", headers=_signed(district.b, "GET", "/v1/inbox"))
    assert revoked.status_code == 403 and revoked.json()["error"] == "revoked"
    before = content_digest(district.b)
    db = store.open_database(district.b)
    try:
        with pytest.raises(relay_client.RelayRefused, match="thu hồi"):
            relay_client.sync_online(district.b, db)
    finally:
        db.conn.close()
    assert relay.stored() == []
    assert content_digest(district.b) == before


def _a_bundle_for_the_hub(district) -> bytes:
    """Commune A's next bundle to the hub, once the hub has published its roster."""
    assert ketnghia(district.hub, "sync", "online") == 0
    out = district.outbox("a")
    assert ketnghia(district.a, "sync", "export", "--out", out) == 0
    [made] = sorted(out.glob("*.ketnghia"))
    return made.read_bytes()


def test_a_batch_upload_checks_each_bundle_as_alone(online) -> None:
    district, relay = online
    data = _a_bundle_for_the_hub(district)
    junk = b"PK\x03\x04" + b"x" * 500
    hub, b = site_id(district.hub), site_id(district.b)
    batch = b"".join(
        frame(fields, body)
        for fields, body in [
            ((hub, bundle.sha256(data)), data),
            ((b, bundle.sha256(data)), data),  # another commune's inbox
            ((hub, bundle.sha256(junk)), junk),
            ((hub, "0" * 64), data),  # not its hash
            ((hub, bundle.sha256(data)), data),  # the same again
        ]
    )
    url = relay.url
    answer = httpx.put(
        f"{url}/v1/inbox", content=batch, headers=_signed(district.a, "PUT", "/v1/inbox", batch)
    )
    assert answer.status_code == 200
    assert [r.get("stored", r.get("error")) for r in answer.json()["results"]] == [
        True,
        "wrong_inbox",
        "bad_bundle",
        "bad_bundle",
        False,
    ]
    [stored] = relay.stored()
    assert stored.parent.name == hub and stored.read_bytes() == data

    for body in (batch[:-10], b"not a batch"):  # cut short, or no frames at all: nothing stored
        answer = httpx.put(
            f"{url}/v1/inbox", content=body, headers=_signed(district.a, "PUT", "/v1/inbox", body)
        )
        assert answer.status_code == 400 and answer.json()["error"] == "bad_request"
    unsigned = httpx.put(f"{url}/v1/inbox", content=batch)
    assert unsigned.status_code == 401
    forged = httpx.put(
        f"{url}/v1/inbox", content=batch, headers=_signed(district.a, "PUT", "/v1/inbox", b"x")
    )
    assert forged.status_code == 401 and forged.json()["error"] == "bad_signature"
    assert relay.stored() == [stored]

    # A fetch gives a station its own bundles only: B asking for A's upload to the hub gets none.
    ids = json.dumps({"ids": [bundle.sha256(data)]}).encode()
    path = "/v1/inbox/fetch"
    theirs = httpx.post(f"{url}{path}", content=ids, headers=_signed(district.b, "POST", path, ids))
    assert theirs.status_code == 200 and theirs.content == b""
    mine = httpx.post(f"{url}{path}", content=ids, headers=_signed(district.hub, "POST", path, ids))
    assert mine.content == frame((bundle.sha256(data),), data)


def test_a_deleted_bundle_uploaded_again_is_kept(online) -> None:
    """A deletion's files go after its answer: a bundle uploaded again at once stays whole."""
    district, relay = online
    data = _a_bundle_for_the_hub(district)
    item = bundle.sha256(data)
    hub = site_id(district.hub)
    upload = f"/v1/inbox/{hub}/{item}"
    ids = json.dumps({"ids": [item]}).encode()

    def put() -> int:
        headers = _signed(district.a, "PUT", upload, data)
        return httpx.put(f"{relay.url}{upload}", content=data, headers=headers).status_code

    def delete() -> None:
        headers = _signed(district.hub, "DELETE", "/v1/inbox", ids)
        answer = httpx.request("DELETE", f"{relay.url}/v1/inbox", content=ids, headers=headers)
        assert answer.json() == {"deleted": 1}

    assert put() == 201
    delete()
    assert put() == 201  # stored anew, while the deletion's file may not be gone yet
    got = httpx.get(
        f"{relay.url}/v1/inbox/{item}", headers=_signed(district.hub, "GET", f"/v1/inbox/{item}")
    )
    assert got.status_code == 200 and got.content == data
    assert [p.read_bytes() for p in relay.stored()] == [data]
    delete()
    deadline = time.monotonic() + 5
    while relay.stored() and time.monotonic() < deadline:  # removed just after the answer
        time.sleep(0.02)
    assert relay.stored() == []


def test_a_station_over_its_quota_is_refused_and_keeps_its_bundle(online) -> None:
    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0
    relay.stop()
    relay.quota_mb = 0
    relay.start()
    db = store.open_database(district.a)
    try:
        with pytest.raises(relay_client.RelayRefused, match="hạn mức"):
            relay_client.sync_online(district.a, db)
    finally:
        db.conn.close()
    assert relay.stored() == []
    assert list((district.a.root / "relay" / "outbox").glob("*.ketnghia"))  # kept to send later


def test_only_the_pinned_hub_publishes_the_roster(online, request) -> None:
    district, relay = online
    db = store.open_database(district.a)
    try:  # a commune pretending to be a hub: its roster is signed by a key not pinned
        client = relay_client.RelayClient(
            relay.url, site_id(district.a), station_keys(district.a).signing
        )
        request.addfinalizer(client.close)
        stations = [relay_client._entry(db, ledger.self_station(db.conn))]
        hub = dict(stations[0], role="hub")
        from sync.relay_protocol import roster_document, sign_roster

        body = sign_roster(station_keys(district.a).signing, roster_document(1, hub, []))
        with pytest.raises(relay_client.RelayRefused, match="trạm tổng hợp khác"):
            client.publish_roster(body)
    finally:
        db.conn.close()


def test_the_window_syncs_in_the_background_and_says_so(online, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from desktop.models import station
    from desktop.views import jobs
    from desktop.views.context import AppContext, Changes
    from desktop.views.main_window import MainWindow

    district, relay = online
    assert ketnghia(district.hub, "sync", "online") == 0
    db = store.open_database(district.a)
    window = MainWindow(AppContext(db, district.a, station.info(db), Changes()))
    try:
        page = window.show_page("sync")
        assert page.relay.url.text() == relay.url
        qtbot.mouseClick(page.relay.sync_button, Qt.MouseButton.LeftButton)
        assert window.online.running and not page.relay.sync_button.isEnabled()
        qtbot.waitUntil(lambda: not window.online.running, timeout=60_000)
        assert window.online.last.ok
        assert "lần đồng bộ cuối" in window.findChild(QLabel, "onlineStatus").text()
        assert [p.parent.name for p in relay.stored()] == [site_id(district.hub)]
        assert "Đã gửi 1 gói" in page.relay.result.text()

        # the timer starts the next one by itself
        first = relay_settings.last_sync(db)
        window.online.timer.start(50)
        qtbot.waitUntil(lambda: relay_settings.last_sync(db) != first, timeout=60_000)
        window.online.timer.stop()
        qtbot.waitUntil(lambda: not window.online.running, timeout=60_000)

        # offline is normal: no dialog, only the line in the status bar
        relay.stop(kill=True)
        qtbot.mouseClick(page.relay.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.online.running, timeout=60_000)
        status = window.findChild(QLabel, "onlineStatus").text()
        assert status.startswith("chưa có mạng · lần đồng bộ cuối")
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    finally:
        window.close()
        jobs.wait_for_jobs(30_000)  # the backup made as it closed, after the changes
        window.deleteLater()
        qtbot.wait(50)
        db.conn.close()


def test_the_files_of_a_deletion_spare_a_bundle_stored_again(tmp_path) -> None:
    store = relay_server.RelayStore(tmp_path / "relay")
    recipient, sender, item = "a" * 36, "b" * 36, "c" * 64
    assert store.store(recipient, sender, item, b"bundle")
    removed = store.delete(recipient, [item])
    assert store.store(recipient, sender, item, b"bundle")  # before the files were removed
    store.remove_files(recipient, removed)
    assert store.path_of(recipient, item).read_bytes() == b"bundle"
    store.remove_files(recipient, store.delete(recipient, [item]))
    assert not removed[0].exists() and store.path_of(recipient, item) is None


def test_a_stored_bundle_is_renamed_durably(tmp_path, monkeypatch) -> None:
    """The rename of an upload into its inbox reaches the disk before the relay answers: the
    inbox's folder is flushed, and the inboxes' folder too when the inbox is new."""
    flushed: list[Path] = []
    monkeypatch.setattr(relay_server, "fsync_folder", flushed.append)
    store = relay_server.RelayStore(tmp_path / "relay")
    recipient, sender = "a" * 36, "b" * 36
    assert store.store(recipient, sender, "c" * 64, b"first")
    inbox = tmp_path / "relay" / "inbox"
    assert flushed == [inbox / recipient, inbox]
    flushed.clear()
    assert store.store_many(
        [(recipient, sender, "d" * 64, b"x"), (recipient, sender, "e" * 64, b"y")]
    )
    assert flushed == [inbox / recipient]
