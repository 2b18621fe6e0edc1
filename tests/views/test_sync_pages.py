"""The sync pages driven with qtbot on real data dirs: a demo commune and a district hub enrolled
with each other through the command line, exchanging real bundle files."""

from __future__ import annotations

import gc
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from desktop import cli
from desktop.models import changelog, hlc, station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.models.text import format_number, format_vnd
from desktop.paths import DataDir
from desktop.views import bundle_import, sync_page
from desktop.views.bundle_import import (
    ACCEPTED,
    DUPLICATE,
    OTHERS,
    REFUSED,
    WRITTEN,
    import_row,
)
from desktop.views.context import AppContext, Changes
from desktop.views.drives import looks_removable
from desktop.views.main_window import MainWindow
from sync import bundle, exchange, keys, pinning

HUB_UNIT = "48"  # Thành phố Đà Nẵng, which holds Xã La Dêê (the demo commune)


def cli_ok(*args: object) -> None:
    assert cli.main([str(a) for a in args]) == 0


def fingerprint(data_dir: DataDir) -> str:
    db = store.open_database(data_dir)
    try:
        public = keys.self_public(db)
        assert public is not None
        return public.fingerprint
    finally:
        db.conn.close()


def checkpoint(data_dir: DataDir) -> None:
    db = store.open_database(data_dir)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


@dataclass
class Pair:
    root: Path
    commune: DataDir
    hub: DataDir
    to_hub: Path  # the commune's first bundle of changes, not yet imported at the hub


@pytest.fixture(scope="session")
def pair_template(commune_template: DataDir, tmp_path_factory: pytest.TempPathFactory) -> Pair:
    root = tmp_path_factory.mktemp("pair")
    commune, hub = DataDir(root / "commune"), DataDir(root / "hub")
    shutil.copytree(commune_template.root, commune.root)
    cli_ok(
        "--data-dir",
        hub.root,
        "init",
        "--role",
        "hub",
        "--unit",
        HUB_UNIT,
        "--station",
        "Máy Sở Dân tộc thành phố",
        "--officer",
        "Nguyễn Văn Bình",
    )
    request = root / "request.ketnghia"
    cli_ok("--data-dir", commune.root, "sync", "enroll-request", "--out", request)
    cli_ok(
        "--data-dir",
        hub.root,
        "sync",
        "enroll",
        request,
        "--fingerprint",
        fingerprint(commune),
        "--out",
        root / "welcome",
    )
    cli_ok(
        "--data-dir",
        commune.root,
        "sync",
        "import",
        *sorted((root / "welcome").iterdir()),
        "--hub-fingerprint",
        fingerprint(hub),
    )
    cli_ok("--data-dir", commune.root, "sync", "export", "--out", root / "to_hub")
    (to_hub,) = sorted((root / "to_hub").iterdir())
    checkpoint(commune)
    checkpoint(hub)
    return Pair(root, commune, hub, to_hub)


@pytest.fixture
def pair(pair_template: Pair, tmp_path: Path) -> Pair:
    root = tmp_path / "pair"
    shutil.copytree(pair_template.root, root)
    return Pair(
        root,
        DataDir(root / "commune"),
        DataDir(root / "hub"),
        root / pair_template.to_hub.relative_to(pair_template.root),
    )


@pytest.fixture
def windows(qtbot):
    opened = []

    def make(data_dir: DataDir) -> MainWindow:
        db = store.open_database(data_dir)
        window = MainWindow(AppContext(db, data_dir, station.info(db), Changes()))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        opened.append(db)
        return window

    yield make
    for db in opened:
        db.conn.close()


def import_through(qtbot, page, paths: list[Path]) -> None:
    with qtbot.waitSignal(page.import_panel.imported, timeout=30_000):
        page.import_panel.import_files(paths)


def wait_idle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)


# ---- hub: inbox ----------------------------------------------------------------------------


def test_inbox_imports_a_bundle_with_one_result_row_per_file(
    qtbot, qtmodeltester, pair, windows, tmp_path
):
    window = windows(pair.hub)
    page = window.show_page("inbox")
    received_before = page.received.rowCount()
    junk = tmp_path / "junk.ketnghia"
    junk.write_bytes(b"not a bundle at all")
    import_through(qtbot, page, [pair.to_hub, junk])
    rows = page.import_panel.model.rows
    assert [(r.file, r.state) for r in rows] == [
        (pair.to_hub.name, ACCEPTED),
        ("junk.ketnghia", REFUSED),
    ]
    assert rows[0].peer == "Máy UBND xã La Dêê"
    applied = page.context.db.execute("SELECT applied FROM sync_bundle").fetchall()
    assert applied and str(applied[-1][0]) in rows[0].detail
    assert rows[1].detail  # the reason, in words
    assert page.received.rowCount() == received_before + 1
    households = page.context.db.execute("SELECT count(*) FROM household").fetchone()[0]
    assert households > 0
    assert "1" in page.import_panel.summary.text()
    qtmodeltester.check(page.import_panel.model)

    import_through(qtbot, page, [pair.to_hub])  # the same file again
    assert page.import_panel.model.rows[-1].state == DUPLICATE
    assert page.context.db.execute("SELECT count(*) FROM household").fetchone()[0] == households


def test_inbox_takes_dropped_bundle_files(qtbot, pair, windows, tmp_path):
    page = windows(pair.hub).show_page("inbox")

    mimes = []  # the events do not own their data: keep it alive

    def event(kind, path: Path):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        mimes.append(mime)
        kinds = {"enter": QEvent.Type.DragEnter, "drop": QEvent.Type.Drop}
        return QDropEvent(
            QPointF(20, 20),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            kinds[kind],
        )

    # Qt delivers drags only during a real drag; the page's drop filter gets the events itself.
    other = tmp_path / "notes.txt"
    other.write_text("not a bundle")
    assert not page.drop.eventFilter(page, event("enter", other))
    assert page.drop.eventFilter(page, event("enter", pair.to_hub))
    with qtbot.waitSignal(page.import_panel.imported, timeout=30_000):
        assert page.drop.eventFilter(page, event("drop", pair.to_hub))
    assert [r.state for r in page.import_panel.model.rows] == [ACCEPTED]


def test_inbox_writes_bundles_for_the_communes(qtbot, pair, windows, tmp_path):
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page = windows(pair.hub).show_page("inbox")
    page.export_to(tmp_path / "out")
    wait_idle(qtbot, page.import_panel.runner)
    rows = page.import_panel.model.rows
    assert [r.state for r in rows] == [WRITTEN]
    assert rows[0].peer == "Máy UBND xã La Dêê"
    assert (tmp_path / "out" / rows[0].file).is_file()


# ---- hub: stations -------------------------------------------------------------------------


def test_stations_lists_the_enrolled_commune_and_revokes(
    qtbot, qtmodeltester, pair, windows, monkeypatch
):
    page = windows(pair.hub).show_page("stations")
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    index = page.model.index
    assert index(0, page.model.column("commune")).data() == "Xã La Dêê"
    assert index(0, page.model.column("name")).data() == "Máy UBND xã La Dêê"
    assert index(0, page.model.column("last")).data() == "chưa có gói nào"
    assert index(0, page.model.column("state")).data() == "đang hoạt động"

    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page.refresh()
    assert index(0, page.model.column("last")).data().startswith("số 2,")

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    assert page.revoke_button.isEnabled()
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    assert index(0, page.model.column("state")).data().startswith("đã thu hồi")
    assert not page.revoke_button.isEnabled()
    revoked = page.context.db.execute(
        "SELECT revoked_at FROM station WHERE is_self = 0"
    ).fetchone()[0]
    assert revoked is not None


def test_stations_flags_a_station_whose_clock_runs_ahead(qtbot, pair, windows, tmp_path):
    import datetime as dt

    commune = store.open_database(pair.commune)
    year_2039 = int(dt.datetime(2039, 6, 1, tzinfo=dt.UTC).timestamp() * 1000)
    commune.execute("UPDATE hlc_state SET physical = ?, counter = 0", (year_2039,))
    with transaction(commune) as conn:
        conn.execute("UPDATE household SET notes = 'ghi năm 2039' WHERE deleted = 0")
    commune.conn.close()
    out = tmp_path / "ahead"
    cli_ok("--data-dir", pair.commune.root, "sync", "export", "--out", out)
    cli_ok("--data-dir", pair.hub.root, "sync", "import", *sorted(out.iterdir()))
    page = windows(pair.hub).show_page("stations")
    state = page.model.index(0, page.model.column("state"))
    assert state.data().startswith("đang hoạt động · đồng hồ của trạm chạy nhanh hơn máy này")
    days = (year_2039 - hlc.wall_ms()) // 86_400_000
    assert format_number(days) in state.data()
    assert state.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    # its data got through all the same
    hub = page.context.db
    assert hub.execute("SELECT count(*) FROM household WHERE notes = 'ghi năm 2039'").fetchone()[0]
    page.window().grab().save(str(tmp_path / "stations-clock-ahead.png"))


def test_the_hub_cannot_delete_a_communes_receipt(qtbot, pair, windows, tmp_path):
    from translations import tr

    from desktop.models.errors import UserError

    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page = windows(pair.hub).show_page("receipts")
    db = page.context.db
    live = db.execute("SELECT count(*) FROM receipt WHERE deleted = 0").fetchone()[0]
    assert page.model.rowCount() == live > 0
    page.view.selectRow(0)
    assert not page.delete_button.isEnabled() and not page.new_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    # and were the button reached some other way, the models refuse
    with pytest.raises(UserError) as refused:
        page.delete_records([page.model.row_id(0)])
    assert refused.value.message == tr(
        "On the district hub a commune's records are read-only: only the commune's own "
        "stations change them, and the hub receives their changes by sync."
    )
    assert db.execute("SELECT count(*) FROM receipt WHERE deleted = 0").fetchone()[0] == live
    assert not db.execute("SELECT 1 FROM change_log WHERE tbl = 'receipt'").fetchone()
    page.window().grab().save(str(tmp_path / "hub-receipts.png"))


def test_the_hub_trash_restores_district_records_only(qtbot, pair, windows, tmp_path):
    from desktop.models import receipts, sponsors

    commune = store.open_database(pair.commune)
    receipt = commune.execute("SELECT id FROM receipt WHERE deleted = 0 LIMIT 1").fetchone()[0]
    receipts.delete(commune, receipt)
    commune.conn.close()
    out = tmp_path / "deleted"
    cli_ok("--data-dir", pair.commune.root, "sync", "export", "--out", out)
    cli_ok("--data-dir", pair.hub.root, "sync", "import", *sorted(out.iterdir()))
    window = windows(pair.hub)
    db = window.context.db
    sponsor = sponsors.save_sponsor(db, sponsors.Sponsor(name="Sở Xây dựng", kind="so_ban_nganh"))
    sponsors.delete_sponsors(db, [sponsor])
    page = window.show_page("trash")
    page.refresh()
    keys = [page.model.row_id(r) for r in range(page.model.rowCount())]
    page.view.selectRow(keys.index(f"receipt:{receipt}"))
    assert not page.restore_button.isEnabled()  # the commune's receipt: only shown here
    page.view.selectRow(keys.index(f"sponsor:{sponsor}"))
    assert page.restore_button.isEnabled()  # the district's own sponsor
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert db.execute("SELECT deleted FROM sponsor WHERE id = ?", [sponsor]).fetchone()[0] == 0
    assert db.execute("SELECT deleted FROM receipt WHERE id = ?", [receipt]).fetchone()[0] == 1


def test_stations_page_lists_every_commune_of_the_area(qtbot, qtmodeltester, pair, windows):
    page = windows(pair.hub).show_page("stations")
    area = page.area_model
    qtmodeltester.check(area)
    names = [area.index(r, area.column("name")).data() for r in range(area.rowCount())]
    in_force = page.context.db.execute(
        "SELECT count(*) FROM admin_unit WHERE parent_code = '48' AND valid_to IS NULL"
    ).fetchone()[0]
    assert len(names) == in_force and "Xã Bến Giằng" in names  # with a station or not
    la_dee = names.index("Xã La Dêê")
    assert area.index(la_dee, area.column("enrolled")).data() == "đã đăng ký"
    assert area.index(names.index("Xã Bến Giằng"), area.column("enrolled")).data() == "chưa có trạm"
    assert f"{len(names)} xã, phường; 1 xã đã có trạm" in page.area_counts.text()


def test_enrolling_a_second_commune_needs_the_fingerprint(qtbot, pair, windows, tmp_path):
    other = DataDir(tmp_path / "la_ee")
    cli_ok(
        "--data-dir",
        other.root,
        "init",
        "--role",
        "commune",
        "--unit",
        "20698",
        "--station",
        "Máy UBND xã La Êê",
        "--officer",
        "A Lăng Văn Tư",
    )
    request = tmp_path / "la_ee.ketnghia"
    cli_ok("--data-dir", other.root, "sync", "enroll-request", "--out", request)
    digits = fingerprint(other)

    page = windows(pair.hub).show_page("stations")
    dialog = page.enroll_from(request)
    assert dialog is not None
    assert dialog.fingerprint.text().split() == digits.split()
    dialog.typed.setText("12345 67890")
    assert not dialog.enroll_button.isEnabled()
    dialog.typed.setText("0" * 30 if digits.replace(" ", "") != "0" * 30 else "1" * 30)
    assert not dialog.enroll_button.isEnabled()
    assert "không khớp" in dialog.match.text()
    dialog.typed.setText(digits.replace(" ", "-"))
    assert dialog.enroll_button.isEnabled()
    dialog.out_dir = tmp_path / "welcome"
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page.runner)
    (welcome,) = (tmp_path / "welcome").iterdir()
    assert str(welcome) in page.message.text()
    communes = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert communes == {"Xã La Dêê", "Xã La Êê"}
    cli_ok(
        "--data-dir",
        other.root,
        "sync",
        "import",
        welcome,
        "--hub-fingerprint",
        fingerprint(pair.hub),
    )


def test_a_file_that_is_not_a_request_is_refused_in_words(qtbot, pair, windows):
    page = windows(pair.hub).show_page("stations")
    assert page.enroll_from(pair.to_hub) is None
    assert "yêu cầu" in page.message.text()


# ---- conflicts -----------------------------------------------------------------------------


def second_pc(pair: Pair) -> DataDir:
    """A second PC of the pair's commune, enrolled at the hub and welcomed with its records."""
    second = DataDir(pair.root / "second-pc")
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    cli_ok(
        "--data-dir",
        second.root,
        "init",
        "--role",
        "commune",
        "--unit",
        station.info(store.open_database(pair.commune)).unit.code,
        "--station",
        "Máy thứ hai của xã",
        "--officer",
        "Hồ Thị Hai",
    )
    request = pair.root / "request-2.ketnghia"
    cli_ok("--data-dir", second.root, "sync", "enroll-request", "--out", request)
    welcome = pair.root / "welcome-2"
    cli_ok(
        "--data-dir",
        pair.hub.root,
        "sync",
        "enroll",
        request,
        "--fingerprint",
        fingerprint(second),
        "--out",
        welcome,
    )
    cli_ok(
        "--data-dir",
        second.root,
        "sync",
        "import",
        *sorted(welcome.iterdir()),
        "--hub-fingerprint",
        fingerprint(pair.hub),
    )
    return second


def make_conflict(pair: Pair) -> str:
    """The commune's two PCs edit one household's head concurrently; both edits reach the hub and
    the second PC's comes back to the first through the hub. Returns the household's id."""
    second = second_pc(pair)
    for data_dir, head in ((pair.commune, "Hồ Văn Xã"), (second, "Hồ Văn Máy Hai")):
        db = store.open_database(data_dir)
        household = db.execute(
            "SELECT id FROM household WHERE deleted = 0 ORDER BY id LIMIT 1"
        ).fetchone()[0]
        with transaction(db) as conn:
            conn.execute("UPDATE household SET head_name = ? WHERE id = ?", [head, household])
        db.conn.close()
    for data_dir in (pair.commune, second):
        out = pair.root / f"up-{data_dir.root.name}"
        cli_ok("--data-dir", data_dir.root, "sync", "export", "--out", out)
        cli_ok("--data-dir", pair.hub.root, "sync", "import", *sorted(out.iterdir()))
    down = pair.root / "down"
    cli_ok("--data-dir", pair.hub.root, "sync", "export", "--out", down)
    mine = site_of(pair.commune)[-8:]
    cli_ok(
        "--data-dir",
        pair.commune.root,
        "sync",
        "import",
        *[p for p in sorted(down.iterdir()) if p.name.split("_")[1].endswith(mine)],
    )
    return household


def site_of(data_dir: DataDir) -> str:
    db = store.open_database(data_dir)
    try:
        return station.info(db).site_id
    finally:
        db.conn.close()


def test_a_conflict_is_resolved_by_taking_the_other_version(qtbot, qtmodeltester, pair, windows):
    household = make_conflict(pair)
    page = windows(pair.commune).show_page("conflicts")
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert "Hộ gia đình" in page.model.index(0, 0).data()
    versions = {
        page.versions.item(r, 0).text(): (
            page.versions.item(r, 1).text(),
            page.versions.item(r, 2).text(),
        )
        for r in range(page.versions.rowCount())
    }
    current, other = versions["Chủ hộ"]
    assert {current, other} == {"Hồ Văn Xã", "Hồ Văn Máy Hai"}
    assert page.versions.item(0, 0).text() == "Chủ hộ"  # differing fields come first
    db = page.context.db
    before = changelog.pending_count(db.conn)

    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    head = db.execute("SELECT head_name FROM household WHERE id = ?", [household]).fetchone()[0]
    assert head == other
    assert changelog.pending_count(db.conn) == before + 1  # the choice is a synced change
    logged = db.execute(
        "SELECT row FROM change_log WHERE tbl = 'household' AND row_id = ? ORDER BY seq DESC",
        [household],
    ).fetchone()[0]
    assert other in logged
    assert (
        db.execute("SELECT resolution FROM sync_conflict WHERE row_id = ?", [household]).fetchone()[
            0
        ]
        == "taken"
    )
    assert page.model.rowCount() == 0
    assert not page.take_button.isEnabled()
    assert page.count.text() == "Không có xung đột nào cần xem xét."

    # The choice travels: the hub gets the version taken at the commune.
    up = pair.root / "after-choice"
    cli_ok("--data-dir", pair.commune.root, "sync", "export", "--out", up)
    cli_ok("--data-dir", pair.hub.root, "sync", "import", *sorted(up.iterdir()))
    hub = store.open_database(pair.hub)
    try:
        there = hub.execute("SELECT head_name FROM household WHERE id = ?", [household]).fetchone()[
            0
        ]
    finally:
        hub.conn.close()
    assert there == other


@pytest.mark.parametrize("where", ["commune", "hub"])
def test_keeping_the_current_version_changes_no_record(qtbot, pair, windows, where):
    household = make_conflict(pair)
    page = windows(getattr(pair, where)).show_page("conflicts")
    assert page.model.rowCount() == 1
    # at the hub a commune's record is only reviewed: the commune's stations take a version
    assert page.take_button.isEnabled() == (where == "commune")
    assert ("chỉ các trạm của xã" in page.take_note.text()) == (where == "hub")
    db = page.context.db
    head = db.execute("SELECT head_name FROM household WHERE id = ?", [household]).fetchone()[0]
    before = changelog.pending_count(db.conn)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert (
        db.execute("SELECT head_name FROM household WHERE id = ?", [household]).fetchone()[0]
        == head
    )
    assert changelog.pending_count(db.conn) == before
    assert page.model.rowCount() == 0


# ---- commune: sync page --------------------------------------------------------------------


def add_photo(data_dir: DataDir, db) -> str:
    """A scanned handover minutes attached to a receipt: a file and its attachment record."""
    content = b"%PDF-1.4 bien ban ban giao " * 400
    sha = hashlib.sha256(content).hexdigest()
    data_dir.attachments.mkdir(parents=True, exist_ok=True)
    (data_dir.attachments / sha).write_bytes(content)
    receipt, commune = db.execute("SELECT id, commune_code FROM receipt LIMIT 1").fetchone()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO attachment (id, commune_code, owner_table, owner_id, file_name, sha256, "
            "size, added_on) VALUES (?, ?, 'receipt', ?, 'bien-ban.pdf', ?, ?, '2026-11-20')",
            [uuid7(), commune, receipt, sha, len(content)],
        )
    return sha


def test_commune_page_sends_and_receives(qtbot, pair, windows, tmp_path):
    window = windows(pair.commune)
    page = window.show_page("sync")
    db = page.context.db
    sha = add_photo(pair.commune, db)
    page.context.notify("attachment")
    assert page.attachments.value.text() == "1"
    assert "MB" in page.attachments.note.text()
    assert page.fingerprint.text().split() == fingerprint(pair.commune).split()
    assert page.pending.value.text() == format_number(changelog.pending_count(db.conn))
    assert changelog.pending_count(db.conn) > 0
    assert page.acked.value.text() == "—"
    assert not page.request_button.isVisible()

    page.export_to(tmp_path / "usb")
    wait_idle(qtbot, page.import_panel.runner)
    (made,) = page.import_panel.model.rows
    assert made.state == WRITTEN
    bundle_file = tmp_path / "usb" / made.file
    assert bundle_file.is_file() and bundle_file.suffix == bundle.EXTENSION

    cli_ok("--data-dir", pair.hub.root, "sync", "import", bundle_file)
    assert (pair.hub.attachments / sha).is_file()  # the unsent attachment went with it
    cli_ok("--data-dir", pair.hub.root, "sync", "export", "--out", tmp_path / "back")
    import_through(qtbot, page, sorted((tmp_path / "back").iterdir()))
    assert page.import_panel.model.rows[-1].state == ACCEPTED
    assert page.pending.value.text() == "0"
    assert page.attachments.value.text() == "0"
    assert page.acked.value.text() != "—"


def test_commune_page_writes_the_enrollment_request(
    qtbot, windows, data_dir, tmp_path, monkeypatch
):
    cli_ok(
        "--data-dir",
        data_dir.root,
        "init",
        "--role",
        "commune",
        "--unit",
        "20704",
        "--station",
        "Máy mới xã La Dêê",
        "--officer",
        "Zơrâm Thị Hoa",
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window = windows(data_dir)
    page = window.show_page("sync")
    window.show()
    assert page.request_button.isVisible()
    assert not page.folder_button.isEnabled()  # nothing to send before enrollment
    page.request_into(tmp_path)
    wait_idle(qtbot, page.import_panel.runner)
    (request,) = tmp_path.glob("*.ketnghia")
    assert str(request) in page.import_panel.summary.text()
    assert fingerprint(data_dir) in page.import_panel.summary.text()
    assert "welcome" in page.enrolled.text() or "chào mừng" in page.enrolled.text()


# ---- double-click on a bundle file ---------------------------------------------------------


def test_a_bundle_file_argument_opens_the_window_on_it(pair, monkeypatch):
    calls = []
    import desktop.views.app as app

    monkeypatch.setattr(app, "run_app", lambda *args, **kw: calls.append((args, kw)) or 0)
    assert cli.is_bundle_file(str(pair.to_hub))
    assert not cli.is_bundle_file(str(pair.root / "missing.ketnghia"))
    assert cli.BUNDLE_EXTENSION == bundle.EXTENSION
    assert cli.main(["--data-dir", str(pair.hub.root), str(pair.to_hub)]) == 0
    assert calls == [((str(pair.hub.root), "vi", []), {"open_file": str(pair.to_hub)})]


def test_opening_on_a_bundle_asks_then_imports(qtbot, pair, windows, monkeypatch):
    window = windows(pair.hub)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = window.page("inbox")
    with qtbot.waitSignal(page.import_panel.imported, timeout=30_000):
        bundle_import.open_bundle_on_start(window, pair.to_hub)
    assert window.stack.currentWidget() is page
    assert [r.state for r in page.import_panel.model.rows] == [ACCEPTED]


def test_declining_the_question_imports_nothing(qtbot, pair, windows, monkeypatch):
    window = windows(pair.hub)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    bundle_import.open_bundle_on_start(window, pair.to_hub)
    page = window.page("inbox")
    assert page.import_panel.model.rowCount() == 0
    assert page.context.db.execute("SELECT count(*) FROM sync_bundle").fetchone()[0] == 0


# ---- hub: district figures -----------------------------------------------------------------


def test_district_page_shows_the_communes_figures(qtbot, pair, windows):
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page = windows(pair.hub).show_page("district")
    from desktop.models import district

    year = page.selected_year
    db = page.context.db
    area = district.communes(db)  # every commune of the city, one of them enrolled
    assert page.communes.value.text() == format_number(len(area)) and len(area) > 1
    table = district.needs_by_category(db, year)
    last = page.needs_table.rowCount() - 1
    assert page.needs_table.item(last, len(table.statuses) + 1).text() == format_number(
        table.total.count
    )
    sponsors = district.sponsors_across(db, year)
    page.tabs.setCurrentWidget(page.sponsors)  # a tab is filled when it is shown
    assert page.sponsors.topLevelItemCount() == len(sponsors) > 0
    assert page.sponsors.topLevelItem(0).text(0) == sponsors[0].name
    assert page.sponsors.topLevelItem(0).childCount() == len(sponsors[0].communes)
    proposals = district.proposals(db, year)
    page.tabs.setCurrentWidget(page.proposals_table)
    assert page.proposals_table.rowCount() == len(proposals) == len(area)
    assert page.late.value.text() == format_number(sum(p.overdue for p in proposals))


def test_district_page_shows_what_was_received_in_the_chosen_period(qtbot, pair, windows):
    from desktop.models import reports

    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page = windows(pair.hub).show_page("district")
    db = page.context.db
    whole = page.value.value.text()
    for code in ("q1", "q2", "q3", "q4"):
        page.period.setCurrentIndex(page.period.findData(code))
        start, end = reports.period_range(page.selected_year, code)
        value = db.execute(
            "SELECT COALESCE(SUM(i.amount), 0) FROM receipt r JOIN receipt_item i ON "
            "i.receipt_id = r.id AND i.deleted = 0 WHERE r.deleted = 0 AND r.received_on "
            "BETWEEN ? AND ?",
            [start.isoformat(), end.isoformat() + "T99"],
        ).fetchone()[0]
        assert page.value.value.text() == format_vnd(value)
        if value:
            assert page.value.value.text() != whole  # a quarter is not the year
    page.period.setCurrentIndex(page.period.findData("year"))
    assert page.value.value.text() == whole


def test_hub_lists_name_the_commune_of_each_row(qtbot, pair, windows):
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    window = windows(pair.hub)
    for name in ("receipts", "needs", "models", "surveys", "group", "sponsors"):
        page = window.show_page(name)
        model = page.view.model()
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Xã"
        shown = {model.index(r, 0).data() for r in range(min(model.rowCount(), 50))}
        assert shown == {"Xã La Dêê"}, name  # Đắc Tôi's rows under the commune they became


def test_district_charts_draw_each_sponsor_once_and_each_commune(qtbot, pair, windows):
    from desktop.models import district
    from desktop.models.text import fold

    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page = windows(pair.hub).show_page("district")
    rows = district.resources_by_sponsor(page.context.db, page.selected_year)
    sponsors = {fold(r.sponsor) for r in rows}
    page.tabs.setCurrentWidget(page.charts)
    assert len(page.sponsor_chart.values) == min(12, len(sponsors)) > 0
    assert sum(page.sponsor_chart.values) == pytest.approx(
        sum(r.value for r in rows) / 1_000_000, abs=0.1 * len(sponsors)
    )
    assert page.commune_chart.labels == ["Xã La Dêê"]


def test_double_clicking_a_communes_figure_opens_its_records(qtbot, pair, windows):
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    window = windows(pair.hub)
    page = window.show_page("district")
    table = page.communes_table
    page.tabs.setCurrentWidget(page.resources_tab)
    qtbot.waitExposed(table)
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Xã La Dêê"
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    receipts = window.stack.currentWidget()
    assert receipts is window.show_page("receipts")
    assert receipts.filters["commune"].currentData() == "20704"
    assert receipts.filters["year"].currentData() == page.selected_year
    shown = receipts.model.rowCount()
    assert shown > 0 and str(shown) in receipts.count_label.text()


def test_usb_sticks_are_told_by_where_they_are_mounted():
    assert looks_removable("E:/", "win32", "C:\\")
    assert not looks_removable("C:/", "win32", "C:\\")
    assert looks_removable("/media/hoa/KINGSTON/", "linux", "")
    assert looks_removable("/run/media/hoa/USB/", "linux", "")
    assert not looks_removable("/", "linux", "")
    assert not looks_removable("/home/", "linux", "")
    assert looks_removable("/Volumes/USB/", "darwin", "")


# ---- the worker ----------------------------------------------------------------------------


def test_long_work_shows_progress_after_a_delay_and_can_be_stopped(qtbot, pair):
    import threading

    from PySide6.QtWidgets import QPushButton, QWidget

    from desktop.views.jobs import JobRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner(parent)
    gate = threading.Event()
    results = []

    def work(data_dir, db, job):
        job.report(1, 3, None)
        gate.wait(20)
        return job.cancelled, db.execute("SELECT count(*) FROM station").fetchone()[0]

    runner.start(pair.hub, work, "…", on_finished=results.append)
    assert runner.busy and runner._dialog is None  # no dialog flashes for short work
    qtbot.waitUntil(lambda: runner._dialog is not None and runner._dialog.isVisible())
    qtbot.waitUntil(lambda: runner._dialog.maximum() == 3)
    # Garbage may hold widgets, which must not be destroyed on the worker thread.
    assert not gc.isenabled()
    stop = runner._dialog.findChild(QPushButton)
    assert stop.text() == "Dừng sau tệp này"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [(True, 2)]
    assert not runner.busy and runner._dialog is None
    qtbot.waitUntil(gc.isenabled)


def test_worker_failures_arrive_as_one_sentence(qtbot, pair):
    from PySide6.QtWidgets import QWidget

    from desktop.models.errors import UserError
    from desktop.views.jobs import JobRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner(parent)
    failures = []

    def work(data_dir, db, job):
        raise UserError("Ổ đĩa USB đã bị rút ra.")

    runner.start(pair.hub, work, "…", on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert failures == ["Ổ đĩa USB đã bị rút ra."]
    assert not runner.busy


def test_stopping_an_import_leaves_the_other_files_for_later(qtbot, pair, windows, tmp_path):
    page = windows(pair.hub).show_page("inbox")
    copy = tmp_path / "copy.ketnghia"
    copy.write_bytes(pair.to_hub.read_bytes())
    with qtbot.waitSignal(page.import_panel.imported, timeout=30_000) as done:
        page.import_panel.import_files([pair.to_hub, copy])
        page.import_panel.runner.job.cancel()  # as the progress dialog's stop button does
    assert len(done.args[0]) < 2
    assert "Đã dừng" in page.import_panel.summary.text()


def test_district_figures_are_recomputed_when_the_page_is_shown_again(qtbot, pair, windows):
    window = windows(pair.hub)
    window.show()
    page = window.show_page("district")
    assert page.value.value.text() == "0 đ"  # the commune is enrolled, its records not yet in
    window.show_page("inbox")
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    page.context.notify("sync")
    assert page.value.value.text() == "0 đ" and page._stale  # not recomputed while hidden
    window.show_page("district")
    assert page.value.value.text() != "0 đ"


def test_a_bundle_for_another_station_is_set_aside_not_refused():
    # a commune imports the whole shared folder the district wrote for all its communes
    other = exchange.ImportResult(
        Path("510-00000000_20707-1a2b3c4d_000003.ketnghia"),
        "refused",
        code="wrong_recipient",
        reason="addressed elsewhere",
        sender_name="Phòng Dân tộc huyện",
    )
    row = import_row(other)
    assert row.state == OTHERS and "trạm khác" in row.detail
    refused = exchange.ImportResult(
        Path("x.ketnghia"), "refused", code="bad_signature", reason="chữ ký sai"
    )
    assert import_row(refused).state == REFUSED


# ---- mutual enrollment ---------------------------------------------------------------------


def _welcomed_commune(pair, tmp_path: Path) -> tuple[DataDir, Path]:
    """A new station of a commune of the hub's area with a welcome waiting for it."""
    other = DataDir(tmp_path / "la_ee")
    cli_ok(
        "--data-dir", other.root, "init", "--role", "commune", "--unit", "20698",
        "--station", "Máy UBND xã La Êê", "--officer", "A Lăng Văn Tư",
    )  # fmt: skip
    request = tmp_path / "la_ee.ketnghia"
    cli_ok("--data-dir", other.root, "sync", "enroll-request", "--out", request)
    out = tmp_path / "welcome"
    cli_ok(
        "--data-dir", pair.hub.root, "sync", "enroll", request,
        "--fingerprint", fingerprint(other), "--out", out,
    )  # fmt: skip
    (welcome,) = out.iterdir()
    return other, welcome


def _type_hub_fingerprint(qtbot, page, digits: str) -> None:
    qtbot.waitUntil(lambda: page.import_panel.fingerprint_dialog is not None, timeout=5_000)
    dialog = page.import_panel.fingerprint_dialog
    assert "mã nhận dạng" in dialog.labelText()
    line = dialog.findChild(QLineEdit)
    line.clear()
    qtbot.keyClicks(line, digits)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(page.import_panel.imported, timeout=30_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    page.import_panel.fingerprint_dialog = None


def test_the_commune_types_the_hub_fingerprint_before_the_welcome_is_accepted(
    qtbot, pair, windows, tmp_path, monkeypatch
):
    other, welcome = _welcomed_commune(pair, tmp_path)
    window = windows(other)
    page = window.show_page("sync")
    window.show()
    monkeypatch.setattr(
        bundle_import.QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(welcome)], "")
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    _type_hub_fingerprint(qtbot, page, "12345 67890 12345 67890 12345 67890")
    row = page.import_panel.model.rows[-1]
    assert row.state == REFUSED and "không khớp" in row.detail
    assert "chưa đăng ký" in page.enrolled.text().lower() or "yêu cầu" in page.enrolled.text()

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    _type_hub_fingerprint(qtbot, page, fingerprint(pair.hub))
    assert page.import_panel.model.rows[-1].state == ACCEPTED
    assert "Đã đăng ký với trạm thành phố" in page.enrolled.text()
    assert page.re_enroll_button.isVisible() and not page.request_button.isVisible()
    window.grab().save(str(tmp_path / "sync-welcome.png"))


def test_the_hub_shows_its_own_fingerprint_to_read_out(qtbot, pair, windows, tmp_path):
    window = windows(pair.hub)
    page = window.show_page("stations")
    window.show()
    assert page.fingerprint.text().split() == fingerprint(pair.hub).split()
    assert page.fingerprint.isVisible()
    window.grab().save(str(tmp_path / "stations.png"))


def test_re_enrolling_is_asked_for_and_confirmed(qtbot, pair, windows, tmp_path, monkeypatch):
    window = windows(pair.commune)
    page = window.show_page("sync")
    window.show()
    assert page.re_enroll_button.isVisible()
    folder = tmp_path / "requests"
    folder.mkdir()
    monkeypatch.setattr(sync_page.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.re_enroll_button, Qt.MouseButton.LeftButton)
    box = page.re_enroll_box
    assert box is not None and "đăng ký lại" in box.text().lower()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not list(folder.iterdir())  # "No" makes nothing

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(page.re_enroll_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        page.re_enroll_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    wait_idle(qtbot, page.import_panel.runner)
    (request,) = folder.glob("*.ketnghia")
    assert "đăng ký lại" in page.enrolled.text()
    assert pinning.re_enrolling(page.context.db.conn)
    assert exchange.bundle_kind(request) == "enroll"


def test_enrolling_from_the_keyboard(qtbot, pair, windows, tmp_path):
    """The hub officer types the digits heard by phone and presses Enter (issue 12, point 14)."""
    from keyboard_only import press, type_text
    from PySide6.QtWidgets import QApplication

    other = DataDir(tmp_path / "la_ee")
    cli_ok(
        "--data-dir", other.root, "init", "--role", "commune", "--unit", "20698",
        "--station", "Máy UBND xã La Êê", "--officer", "A Lăng Văn Tư",
    )  # fmt: skip
    request = tmp_path / "la_ee.ketnghia"
    cli_ok("--data-dir", other.root, "sync", "enroll-request", "--out", request)
    window = windows(pair.hub)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("stations")
    dialog = page.enroll_from(request)
    dialog.out_dir = tmp_path / "welcome"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.typed)  # not on a button
    type_text(qtbot, fingerprint(other))
    assert dialog.enroll_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # Enter enrolls
    wait_idle(qtbot, page.runner)
    (welcome,) = (tmp_path / "welcome").iterdir()
    assert str(welcome) in page.message.text()
    communes = {page.model.index(r, 0).data() for r in range(page.model.rowCount())}
    assert "Xã La Êê" in communes


# ---- the hub's level in its labels ---------------------------------------------------------


def visible_texts(widget) -> list[str]:
    """Every text the officer can read on `widget` and its visible children: labels, buttons,
    group and tab titles, table headers and cells, placeholders and tooltips."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QLabel,
        QTableView,
        QTableWidget,
        QTabWidget,
        QTreeView,
        QTreeWidget,
        QWidget,
    )

    texts = [widget.toolTip(), widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget.window()):
            continue
        texts.append(child.toolTip())
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts += [child.text(), child.placeholderText()]
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        if isinstance(child, QTableWidget):
            for c in range(child.columnCount()):
                head = child.horizontalHeaderItem(c)
                texts.append(head.text() if head else "")
                texts += [
                    child.item(r, c).text() for r in range(child.rowCount()) if child.item(r, c)
                ]
        elif isinstance(child, QTreeWidget):
            texts += [child.headerItem().text(c) for c in range(child.columnCount())]
        if isinstance(child, (QTableView, QTreeView)) and not isinstance(
            child, (QTableWidget, QTreeWidget)
        ):
            found = child.model()
            if found is not None:
                texts += [
                    str(found.headerData(c, Qt.Orientation.Horizontal) or "")
                    for c in range(found.columnCount())
                ]
    return [t for t in texts if t]


def test_a_city_hub_says_thanh_pho_never_huyen_on_any_page(qtbot, pair, windows):
    cli_ok("--data-dir", pair.hub.root, "sync", "import", pair.to_hub)
    window = windows(pair.hub)
    window.show()
    seen = {}
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        qtbot.mouseClick(
            window.nav.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.nav.visualItemRect(item).center(),
        )
        page = window.stack.currentWidget()
        qtbot.waitExposed(page)
        texts = visible_texts(window)
        seen[item.text()] = texts
        leaked = [t for t in texts if "huyện" in t.lower()]
        assert not leaked, (item.text(), leaked)
    assert "Số liệu toàn thành phố" in seen
    stations = next(texts for title, texts in seen.items() if title == "Các trạm")
    assert any("trạm thành phố này" in t for t in stations)


def test_a_commune_of_the_city_exchanges_with_the_thanh_pho(qtbot, pair, windows):
    window = windows(pair.commune)
    page = window.show_page("sync")
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert "Trao đổi với thành phố" in titles
    texts = visible_texts(page)
    assert not [t for t in texts if "huyện" in t.lower()], texts


# ---- held changes: sent, waiting for the bundle before them --------------------------------


def la_dee_row(page) -> int:
    page.tabs.setCurrentWidget(page.proposals_table)  # a tab is filled when it is shown
    table = page.proposals_table
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Xã La Dêê")


def test_a_commune_whose_first_delivery_is_lost_shows_sent_and_held(
    qtbot, pair, run_cli, windows, tmp_path
):
    db = store.open_database(pair.commune)
    pending = db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    parts = exchange.export_bundles(pair.commune, db, tmp_path / "parts", most=pending // 3)
    db.conn.close()
    assert len(parts) >= 3
    imported = run_cli("--data-dir", pair.hub.root, "sync", "import", *(p.path for p in parts[1:]))
    assert imported.code == 0 and "chờ các gói trước" in imported.out
    import json

    result = run_cli("--data-dir", pair.hub.root, "sync", "status", "--json")
    commune = next(c for c in json.loads(result.out)["communes"] if c["code"] == "20704")
    assert commune["held"] > 0 and commune["proposal_state"] == "held"
    assert not commune["late"]  # it sent: the officer does not chase it
    assert [w["number"] for w in commune["waiting_for"]] == [parts[0].number]

    window = windows(pair.hub)
    window.show()
    page = window.show_page("district")
    row = la_dee_row(page)
    held = format_number(commune["held"])
    assert page.proposals_table.item(row, 1).text() == f"0 (+ {held} thay đổi đang chờ)"
    assert page.proposals_table.item(row, 3).text() == f"đã gửi, đang chờ gói số {parts[0].number}"
    assert f"{held} thay đổi đang chờ" in page.needs_card.note.text()

    cli_ok("--data-dir", pair.hub.root, "sync", "import", parts[0].path)  # the lost part comes
    window.show_page("inbox")
    page.context.notify("sync")
    window.show_page("district")
    row = la_dee_row(page)
    hub = page.context.db
    needs = hub.execute(
        "SELECT count(*) FROM need WHERE deleted = 0 AND year = ? AND commune_code IN "
        "('20704', '20705')",
        [page.selected_year],
    ).fetchone()[0]
    assert page.proposals_table.item(row, 1).text() == format_number(needs) and needs > 0
    assert "đang chờ" not in page.proposals_table.item(row, 3).text()
