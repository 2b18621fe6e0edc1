"""The main window, its overview, the lazy table model and the first-run wizard, driven with qtbot."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWizard

from desktop.models import overview, station, store
from desktop.models.listing import Column, Query
from desktop.models.text import format_number, format_vnd
from desktop.views import look
from desktop.views.context import AppContext, Changes
from desktop.views.main_window import NAV_PADDING_PX, MainWindow
from desktop.views.setup_wizard import SetupWizard
from desktop.views.sqltable import ID_ROLE, PAGE_SIZE, SqlTableModel
from sync import keys


def make_window(qtbot, db, data_dir) -> MainWindow:
    context = AppContext(db, data_dir, station.info(db), Changes())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    return window


def test_overview_shows_the_database_figures(qtbot, commune_db, commune_dir):
    window = make_window(qtbot, commune_db, commune_dir)
    page = window.show_page("overview")
    figures = overview.figures(commune_db, dt.date.today().year, "20704")
    assert page.households.value.text() == format_number(figures.households)
    assert page.poor.value.text() == format_number(figures.poor)
    assert page.received.value.text() == format_vnd(figures.value_received)
    assert figures.value_received > 0
    sponsors = {
        page.tables.by_sponsor.item(r, 0).text() for r in range(page.tables.by_sponsor.rowCount())
    }
    assert sponsors == {name for name, _, _ in figures.value_by_sponsor}
    deadlines = [
        page.tables.deadlines.item(r, 0).text() for r in range(page.tables.deadlines.rowCount())
    ]
    assert any("đề xuất nhu cầu" in text for text in deadlines)


def test_status_bar_counts_changes_waiting_for_the_district(qtbot, commune_db, commune_dir):
    window = make_window(qtbot, commune_db, commune_dir)
    pending = commune_db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    assert str(pending) in window._status.text()


def test_lazy_model_pages_sorts_and_filters_in_sql(qtbot, qtmodeltester, commune_db):
    columns = [Column("Chủ hộ", "head_name"), Column("Năm sinh", "head_birth_year", "int")]
    query = Query("household", columns, where=["deleted = 0"], order="code")
    model = SqlTableModel(commune_db, query)
    qtmodeltester.check(model)
    total = commune_db.execute("SELECT count(*) FROM household").fetchone()[0]
    assert model.rowCount() == total > 0
    assert len(model._pages) <= 1 + total // PAGE_SIZE
    model.sort(1, Qt.SortOrder.DescendingOrder)
    oldest_first = commune_db.execute("SELECT max(head_birth_year) FROM household").fetchone()[0]
    assert model.index(0, 1).data() == format_number(oldest_first)
    model.set_query(
        Query(
            "household",
            columns,
            where=["deleted = 0", "search_key LIKE ?"],
            params=["%bhriu%"],
            order="code",
        )
    )
    assert 0 < model.rowCount() < total
    assert all("Bhríu" in model.index(r, 0).data() for r in range(model.rowCount()))
    assert model.index(0, 0).data(ID_ROLE)


def test_wizard_sets_up_a_commune_found_without_accents(qtbot, data_dir):
    db = store.open_database(data_dir, create=True)
    wizard = SetupWizard(data_dir, db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.search, "dac toi")
    assert wizard.unit_page.results.count() == 1
    assert "Xã Đắc Tôi" in wizard.unit_page.results.item(0).text()
    wizard.unit_page.results.setCurrentRow(0)  # merged in 2025: it names what it became
    assert "Xã La Dêê (mã 20704)" in wizard.unit_page.notice.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.unit_page.search.clear()
    qtbot.keyClicks(wizard.unit_page.search, "la dee")
    assert "Thành phố Đà Nẵng" in wizard.unit_page.results.item(0).text()
    wizard.unit_page.results.setCurrentRow(0)
    assert wizard.unit_page.notice.text() == ""
    wizard.next()
    wizard.station_page.station_name.insert("Máy UBND xã")  # QTest types ASCII only
    wizard.station_page.officer.insert("Zơrâm Thị Hoa")
    wizard.next()
    wizard.villages_page.villages.setPlainText("Thôn Pà Dồn\nThôn Pà Ia\n")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    info = station.info(db)
    assert info.unit.code == "20704" and info.officer == "Zơrâm Thị Hoa"
    public = keys.self_public(db)  # keys made with the station: the fingerprint is ready
    assert public is not None and (data_dir.keys / keys.SIGN_FILE).exists()
    names = [r[0] for r in db.execute("SELECT name FROM village ORDER BY ordinal")]
    assert names == ["Thôn Pà Dồn", "Thôn Pà Ia"]


def test_wizard_refuses_duplicate_villages_and_stays_open(qtbot, data_dir, monkeypatch):
    monkeypatch.setattr("desktop.views.setup_wizard.QMessageBox.warning", lambda *a: None)
    db = store.open_database(data_dir, create=True)
    wizard = SetupWizard(data_dir, db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.search, "la dee")
    wizard.unit_page.results.setCurrentRow(0)
    wizard.next()
    qtbot.keyClicks(wizard.station_page.station_name, "A")
    qtbot.keyClicks(wizard.station_page.officer, "B")
    wizard.next()
    wizard.villages_page.villages.setPlainText("Thôn A\nThôn A\n")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert "trùng" in wizard.villages_page.error.text()
    assert not store.is_initialized(db)


def test_deep_pages_come_in_the_same_order_as_sql(qtbot, commune_db, monkeypatch):
    monkeypatch.setattr("desktop.views.sqltable.PAGE_SIZE", 7)  # many pages from 120 households
    columns = [Column("Chủ hộ", "head_name"), Column("Mã", "code")]
    model = SqlTableModel(commune_db, Query("household", columns, where=["deleted = 0"]))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    shown = [model.index(r, 1).data() for r in range(model.rowCount())]
    expected = [
        r[0]
        for r in commune_db.execute(
            "SELECT code FROM household WHERE deleted = 0 ORDER BY head_name DESC, id"
        )
    ]
    assert shown == expected
    assert model.ids() == [
        r[0]
        for r in commune_db.execute(
            "SELECT id FROM household WHERE deleted = 0 ORDER BY head_name DESC, id"
        )
    ]


def test_the_register_looks_up_the_rows_it_shows_only(
    qtbot, qtmodeltester, commune_db, monkeypatch
):
    """A first page of the households' register holds ids; the shown columns of a row are
    looked up with its chunk when the row is shown, and every row reads as SQL has it."""
    from desktop.models import households, listing
    from desktop.views.households_page import _columns

    monkeypatch.setattr("desktop.views.sqltable.ROW_CHUNK", 5)
    year = dt.date.today().year
    query = households.register_query(commune_db, _columns(), households.Filters(year=year))
    model = SqlTableModel(commune_db, query)
    page = model._pages[0]
    assert model.rowCount() == len(page) == min(PAGE_SIZE, len(model.ids()))
    assert all(len(entry) == 1 for entry in page)  # the ids alone, nothing looked up yet
    assert model.row_id(7) == page[7][0] and len(page[7]) == 1  # an id needs no look-up
    expected = listing.page(commune_db, query, query.order, PAGE_SIZE, 0)
    assert model.row_values(7) == expected[7]
    assert [len(entry) > 1 for entry in page[:12]] == [False] * 5 + [True] * 5 + [False] * 2
    # a row removed from the database after its id was read shows blank, not a failure
    gone = page[13][0]
    commune_db.execute("PRAGMA foreign_keys = OFF")  # as another program might
    commune_db.execute("DELETE FROM household WHERE id = ?", [gone])
    assert model.row_values(13) == (gone, *[None] * len(query.columns))
    assert model.index(13, 0).data() in (None, "")
    shown = [model.row_values(r) for r in range(model.rowCount())]
    assert [r for r in shown if r[0] != gone] == [r for r in expected if r[0] != gone]
    qtmodeltester.check(model)


def test_every_page_title_of_a_hub_is_shown_whole_without_a_scroll_bar(qtbot, data_dir):
    # the city's list of pages has the longest titles ("Danh mục đơn vị kết nghĩa")
    db = store.open_database(data_dir, create=True)
    try:
        station.initialize(
            db, station.StationSetup("hub", "48", "Máy Sở Dân tộc", "Nguyễn Văn Bình")
        )
        window = make_window(qtbot, db, data_dir)
        with qtbot.waitSignal(window.first_painted, timeout=5000):
            window.show()
        qtbot.wait(50)  # what follows the first paint (the overview's tabs) is built
        nav = window.nav
        assert not nav.horizontalScrollBar().isVisible()
        metrics = nav.fontMetrics()
        for row in range(nav.count()):
            item = nav.item(row)
            padding = 2 * NAV_PADDING_PX  # the title is drawn inside the row's padding
            assert (
                metrics.horizontalAdvance(item.text()) + padding <= nav.visualItemRect(item).width()
            )
    finally:
        db.conn.close()


def test_the_window_is_coloured_without_a_style_sheet(qtbot, commune_db, commune_dir):
    # the page list navy with the current page lighter (its own sheet), the figure cards light
    # with a border, their figures navy (desktop.views.look): read back from the painted window
    window = make_window(qtbot, commune_db, commune_dir)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.styleSheet() == ""
    nav = window.nav
    shot = nav.viewport().grab().toImage()
    ratio = shot.devicePixelRatio()
    current = nav.visualItemRect(nav.item(0))
    assert current.height() >= nav.fontMetrics().height() + 2 * 9  # NAV_STYLE's padding
    colour = shot.pixelColor(int(2 * ratio), int(current.center().y() * ratio)).name()
    assert colour == look.NAV_CURRENT
    below = nav.visualItemRect(nav.item(nav.count() - 1)).bottom() + 4
    assert below < nav.viewport().height()
    assert shot.pixelColor(int(2 * ratio), int(below * ratio)).name() == look.NAVY
    card = window.show_page("overview").households
    image = card.grab().toImage()
    ratio, middle = image.devicePixelRatio(), card.height() // 2
    assert image.pixelColor(0, int(middle * ratio)).name() == look.CARD_BORDER
    assert image.pixelColor(int(3 * ratio), int(middle * ratio)).name() == look.CARD_BACKGROUND
    value = card.value.palette().color(QPalette.ColorRole.WindowText).name()
    assert value == look.NAVY
