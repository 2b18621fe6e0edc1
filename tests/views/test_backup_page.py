"""The “Sao lưu và khôi phục” page, driven by clicking its buttons; the window's backup on close
and its second-place reminder."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.models import backup, station
from desktop.models.db import transaction
from desktop.views.context import AppContext, Changes
from desktop.views.main_window import MainWindow


def make_window(qtbot, db, data_dir) -> MainWindow:
    window = MainWindow(AppContext(db, data_dir, station.info(db), Changes()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window


def rows(page) -> list[list[str]]:
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def select_file(qtbot, page, name: str) -> None:
    row = next(i for i, cells in enumerate(rows(page)) if cells[-1] == name)
    rect = page.table.visualItemRect(page.table.item(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_make_check_and_restore_a_copy_by_clicking(qtbot, commune_db, commune_dir, monkeypatch):
    window = make_window(qtbot, commune_db, commune_dir)
    page = window.show_page("backup")
    shown = len(rows(page))
    assert not page.restore_button.isEnabled()  # nothing selected yet
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows(page)) == shown + 1, timeout=20_000)
    assert rows(page)[0][1] == "tạo bằng tay"
    made = backup.list_backups(commune_dir)[0]
    assert str(made.path) in page.result.text()

    select_file(qtbot, page, made.name)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kiểm tra toàn vẹn" in page.result.text(), timeout=20_000)
    assert "120 hộ" in page.result.text()

    context = window.context
    with transaction(context.db):
        context.db.execute("UPDATE household SET deleted = 1")
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    select_file(qtbot, page, made.name)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert told and "Đã khôi phục" in told[0]
    assert context.db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone() == (
        120,
    )
    # every page is built again on the restored database
    qtbot.waitUntil(lambda: window.page("backup") is not page)
    again = window.page("backup")
    assert any(cells[1] == "trước khi khôi phục" for cells in rows(again))
    assert "Đã khôi phục" in again.result.text()  # the rebuilt page still says what happened
    households = window.show_page("households")
    assert households.context.db is context.db


def test_restore_refused_answer_changes_nothing(qtbot, commune_db, commune_dir, monkeypatch):
    window = make_window(qtbot, commune_db, commune_dir)
    page = window.show_page("backup")
    select_file(qtbot, page, rows(page)[0][-1])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    before = len(rows(page))
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert len(backup.list_backups(commune_dir)) == before
    assert commune_db.execute("SELECT 1").fetchone() == (1,)  # still open


def test_second_place_chosen_gets_copies_and_the_status_bar_reminds(
    qtbot, commune_db, commune_dir, tmp_path, monkeypatch
):
    usb = tmp_path / "usb"
    usb.mkdir()
    window = make_window(qtbot, commune_db, commune_dir)
    page = window.show_page("backup")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert str(usb) in page.second_label.text()
    assert list(usb.glob("*.sqlite3.gz"))
    assert any(cells[3] == "nơi thứ hai" for cells in rows(page))
    assert "cắm ổ đĩa" not in window._status.text()
    # ten days later with the stick unplugged
    usb.rename(tmp_path / "unplugged")
    settings = commune_dir.backup_settings
    data = json.loads(settings.read_text("utf-8"))
    data["second_place_copied"] = (dt.datetime.now() - dt.timedelta(days=10)).isoformat()
    settings.write_text(json.dumps(data), "utf-8")
    window.update_status()
    assert "10 ngày" in window._status.text() and "cắm ổ đĩa" in window._status.text()
    page.refresh()
    assert page.reminder.isVisibleTo(page)


def test_closing_the_window_after_changes_makes_a_backup(qtbot, commune_db, commune_dir):
    window = make_window(qtbot, commune_db, commune_dir)
    window.close()
    assert not [b for b in backup.list_backups(commune_dir) if b.kind == "close"]
    window = make_window(qtbot, commune_db, commune_dir)
    with transaction(commune_db):
        commune_db.execute("UPDATE household SET notes = 'sửa' WHERE rowid = 1")
    window.close()
    [closing] = [b for b in backup.list_backups(commune_dir) if b.kind == "close"]
    assert backup.verify(closing.path).households == 120


def test_the_window_makes_the_days_first_backup_in_the_background(qtbot, commune_db, commune_dir):
    from desktop.views import app

    for item in commune_dir.backups.glob("*.gz"):
        item.unlink()
    window = make_window(qtbot, commune_db, commune_dir)
    app._daily_backup(window)
    qtbot.waitUntil(lambda: any(b.kind == "daily" for b in backup.list_backups(commune_dir)))
