"""The sponsors page driven through its widgets: add a sponsor, refuse bad input beside the
fields, add a twinning with its decision, see it listed, delete to the trash."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from translations import tr

from desktop.models import sponsors, station
from desktop.models.text import format_date
from desktop.views.context import AppContext, Changes
from desktop.views.sponsors_page import SponsorsPage

COMMUNE = "20704"


@pytest.fixture
def page(qtbot, context) -> SponsorsPage:
    widget = SponsorsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    return widget


def _click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        _click_save(qtbot, dialog)


def test_add_sponsor_and_twinning(qtbot, qtmodeltester, page, context):
    db = context.db
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.name.setText("Công ty Cổ phần Cấp thoát nước Quảng Nam")
    dialog.kind.setCurrentIndex(dialog.kind.findData("doanh_nghiep"))
    qtbot.keyClicks(dialog.headcount, "210")
    dialog.representative.setText("Trần Văn Bình")
    qtbot.keyClicks(dialog.phone, "0235 3851 999")
    _save(qtbot, dialog)
    sponsor_id = dialog.record_id
    assert sponsors.get_sponsor(db, sponsor_id).headcount == 210
    assert page.model.rowCount() == before + 1

    # select it, add a twinning with its decision
    ids = page.model.ids()
    page.view.setCurrentIndex(page.model.index(ids.index(sponsor_id), 0))
    assert page.twinnings.rowCount() == 0
    qtbot.mouseClick(page.add_twinning_button, Qt.MouseButton.LeftButton)
    twin = page.dialog
    assert twin.commune.currentData() == COMMUNE and not twin.commune.isEnabled()
    qtbot.keyClicks(twin.since, "01/03/2025")
    qtbot.keyClicks(twin.decision_number, "215/QD-UBND")
    qtbot.keyClicks(twin.decision_date, "20/02/2025")
    _save(qtbot, twin)
    assert page.current_id() == sponsor_id
    assert page.twinnings.rowCount() == 1
    assert page.twinnings.item(0, 0).text() == "01/03/2025"
    assert page.twinnings.item(0, 2).text() == "215/QD-UBND"
    row = page.model.ids().index(sponsor_id)
    assert page.model.index(row, 6).data() == "01/03/2025"
    assert page.model.index(row, 7).data() == "215/QD-UBND"
    (twinning,) = sponsors.twinnings_of(db, sponsor_id, COMMUNE)
    assert twinning.decision_date == "2025-02-20"


def test_bad_sponsor_and_twinning_input(qtbot, page, context):
    db = context.db
    count = db.execute("SELECT count(*) FROM sponsor").fetchone()[0]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.headcount, "-4")
    qtbot.keyClicks(dialog.email, "khong-co")
    _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("name") == tr("Enter the sponsor's name.")
    assert dialog.error_text("kind") == tr("Choose the kind of sponsor.")
    assert dialog.error_text("headcount") == tr("The number cannot be negative.")
    assert dialog.error_text("email") == tr("The e-mail address is not valid.")
    assert db.execute("SELECT count(*) FROM sponsor").fetchone()[0] == count
    dialog.mark_clean()
    dialog.reject()

    twinnings = db.execute("SELECT count(*) FROM twinning").fetchone()[0]
    qtbot.mouseClick(page.add_twinning_button, Qt.MouseButton.LeftButton)
    twin = page.dialog
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    qtbot.keyClicks(twin.since, format_date(tomorrow))
    qtbot.keyClicks(twin.until, "31/02/2025")
    _click_save(qtbot, twin)
    assert twin.isVisible()
    assert twin.error_text("since") == tr(
        "The date cannot be in the future (today is {today})."
    ).format(today=format_date(dt.date.today()))
    assert twin.error_text("until") == tr("Enter a date as dd/mm/yyyy.")
    # the selected demo sponsor is already twinned with the commune
    assert twin.error_text("active") == tr(
        "This sponsor already has an active twinning with this commune."
    )
    assert db.execute("SELECT count(*) FROM twinning").fetchone()[0] == twinnings


def test_delete_sponsor_to_the_trash(qtbot, page, context, monkeypatch):
    sponsor_id = page.current_id()
    before = page.model.rowCount()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before - 1
    assert context.db.execute(
        "SELECT deleted FROM sponsor WHERE id = ?", [sponsor_id]
    ).fetchone() == (1,)


def test_search_ignores_accents(qtbot, page):
    with qtbot.waitSignal(page.model.modelReset, timeout=2000):
        qtbot.keyClicks(page.search, "bien phong")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"


@pytest.fixture
def hub_context(data_dir):
    from desktop import cli
    from desktop.models import store

    args = ["--data-dir", str(data_dir.root), "init", "--role", "hub", "--unit", "48"]
    assert cli.main([*args, "--station", "Máy huyện Nam Giang", "--officer", "Lê Văn Hòa"]) == 0
    db = store.open_database(data_dir)
    yield AppContext(db, data_dir, station.info(db), Changes())
    db.conn.close()


def test_hub_adds_directory_sponsor_twinned_with_a_chosen_commune(qtbot, hub_context):
    from desktop.views.needs_page import NeedsPage

    page = SponsorsPage(hub_context)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.name.setText("Ngân hàng Chính sách xã hội tỉnh")
    dialog.kind.setCurrentIndex(dialog.kind.findData("so_ban_nganh"))
    _save(qtbot, dialog)
    sponsor = sponsors.get_sponsor(hub_context.db, dialog.record_id)
    assert sponsor.commune_code is None  # the hub's directory
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.add_twinning_button, Qt.MouseButton.LeftButton)
    twin = page.dialog
    assert twin.commune.isEnabled()
    twin.commune.setCurrentIndex(twin.commune.findData(COMMUNE))
    qtbot.keyClicks(twin.since, "01/03/2024")
    _save(qtbot, twin)
    (twinning,) = sponsors.twinnings_of(hub_context.db, sponsor.id)
    assert twinning.commune_code == COMMUNE
    assert page.twinnings.item(0, 0).text() == "Xã La Dêê"

    needs_page = NeedsPage(hub_context)
    qtbot.addWidget(needs_page)
    assert not needs_page.new_button.isVisibleTo(needs_page)
    assert needs_page.filters["commune"].findData(COMMUNE) >= 0
