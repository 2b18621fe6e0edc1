"""The hub's sponsor directory page, used as the district officer does: two communes recorded one
sponsor under two spellings; the officer adds one to the directory, confirms the other as it,
and the district page then shows one row with the sum."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from desktop.models import changelog, station, store
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.models.text import format_vnd
from desktop.views.context import AppContext, Changes
from desktop.views.main_window import MainWindow

LA_DEE, LA_EE = "20704", "20698"
LONG, SHORT = "Bộ đội Biên phòng tỉnh", "BĐBP tỉnh"
YEAR = dt.date.today().year


def _commune_sponsor(db, commune: str, name: str, amount: int) -> str:
    sponsor_id, receipt_id = uuid7(), uuid7()
    with transaction(db) as conn, changelog.applying_remote(conn):  # as the communes sent them
        conn.execute(
            "INSERT INTO sponsor (id, commune_code, name, kind, headcount) "
            "VALUES (?, ?, ?, 'luc_luong_vu_trang', 45)",
            [sponsor_id, commune, name],
        )
        conn.execute(
            "INSERT INTO receipt (id, commune_code, received_on, sponsor_id, resource_kind, "
            "category_code) VALUES (?, ?, ?, ?, 'tien_mat', 'ha_tang')",
            [receipt_id, commune, f"{YEAR}-03-02", sponsor_id],
        )
        conn.execute(
            "INSERT INTO receipt_item (id, commune_code, receipt_id, name, unit, quantity, "
            "unit_price, amount) VALUES (?, ?, ?, 'Xi măng', 'tấn', 1, ?, ?)",
            [uuid7(), commune, receipt_id, amount, amount],
        )
    return sponsor_id


@pytest.fixture
def hub_window(qtbot, data_dir):
    db = store.open_database(data_dir, create=True)
    station.initialize(
        db, station.StationSetup("hub", "48", "Máy Phòng Dân tộc", "Nguyễn Văn Bình")
    )
    _commune_sponsor(db, LA_DEE, LONG, 40_000_000)
    _commune_sponsor(db, LA_EE, SHORT, 25_000_000)
    window = MainWindow(AppContext(db, data_dir, station.info(db), Changes()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    db.conn.close()


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_officer_adds_one_and_confirms_the_other(qtbot, hub_window, tmp_path):
    page = hub_window.show_page("sponsor_directory")
    assert page.entries.rowCount() == 0
    assert sorted(_column(page.unmatched, 0)) == sorted([LONG, SHORT])
    assert page.tabs.tabText(0) == "Chưa đối chiếu (2)"
    page.unmatched.selectRow(_column(page.unmatched, 0).index(LONG))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert _column(page.entries, 0) == [LONG]
    assert _column(page.entries, 3) == ["Xã La Dêê"]
    # La Êê's spelling: the entry is suggested, and nothing is matched until the officer confirms
    assert _column(page.unmatched, 0) == [SHORT]
    assert _column(page.unmatched, 2) == [LONG]
    assert page.choice.currentText() == LONG
    district = hub_window.show_page("district")
    district.tabs.setCurrentWidget(district.resources_tab)  # a tab is filled when it is shown
    names = {district.resources_table.item(r, 0).text() for r in range(2)}
    assert f"{SHORT} (Xã La Êê, chưa đối chiếu)" in names
    hub_window.show_page("sponsor_directory")
    assert hub_window.width() == 1366  # the page fits a 1366×768 screen
    if os.environ.get("KETNGHIA_RENDER_DIR"):  # to look at it
        hub_window.grab().save(os.path.join(os.environ["KETNGHIA_RENDER_DIR"], "directory.png"))
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert page.unmatched.rowCount() == 0 and not page.confirm_button.isEnabled()
    assert sorted(_column(page.matches, 0)) == sorted([LONG, SHORT])
    assert _column(page.matches, 3) == ["Nguyễn Văn Bình"] * 2
    assert _column(page.entries, 3) == ["Xã La Dêê, Xã La Êê"]
    assert _column(page.entries, 6) == [format_vnd(65_000_000)]
    district = hub_window.show_page("district")
    district.tabs.setCurrentWidget(district.resources_tab)
    rows = district.resources_table.rowCount()
    sponsors = [district.resources_table.item(r, 0).text() for r in range(rows)]
    assert sponsors.count(LONG) == 2 and not any(SHORT in s for s in sponsors)  # one per commune
    district.tabs.setCurrentWidget(district.sponsors)
    top = district.sponsors.topLevelItem(0)
    assert district.sponsors.topLevelItemCount() == 1
    assert top.text(0) == LONG and top.childCount() == 2
    assert top.text(2) == format_vnd(65_000_000)
    district.tabs.setCurrentWidget(district.charts)
    assert district.sponsor_chart.labels == [LONG]


def test_undoing_a_match_puts_the_sponsor_back_among_the_unmatched(qtbot, hub_window):
    page = hub_window.show_page("sponsor_directory")
    page.unmatched.selectRow(0)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.matches.rowCount() == 1
    page.matches.selectRow(0)
    qtbot.mouseClick(page.unmatch_button, Qt.MouseButton.LeftButton)
    assert page.matches.rowCount() == 0 and page.unmatched.rowCount() == 2
