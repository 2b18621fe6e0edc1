"""The overview's charts show the database's figures and follow new records."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.models import overview, overview_charts, receipts, station
from desktop.views.context import AppContext, Changes
from desktop.views.main_window import MainWindow

COMMUNE = "20704"


@pytest.fixture
def window(qtbot, commune_db, commune_dir) -> MainWindow:
    context = AppContext(commune_db, commune_dir, station.info(commune_db), Changes())
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_charts_show_the_figures(qtbot, window, commune_db):
    page = window.show_page("overview")
    charts = page.charts
    year = dt.date.today().year
    figures = overview.figures(commune_db, year, COMMUNE)
    assert sum(charts.needs.values) == sum(figures.needs_by_status.values())
    by_sponsor = overview_charts.value_by_sponsor(commune_db, year, COMMUNE)
    assert charts.by_sponsor.labels == [name for name, _ in by_sponsor]
    assert sum(charts.by_category.values) == pytest.approx(
        sum(v for _, v in overview_charts.value_by_category(commune_db, year, COMMUNE)) / 1e6,
        abs=0.5,
    )
    villages, rounds = overview_charts.poverty_by_village(commune_db, COMMUNE)
    qtbot.waitUntil(lambda: not charts.poverty_busy, timeout=5000)  # computed off the UI thread
    assert charts.poverty.rounds == rounds and len(rounds) >= 2
    assert all(0 <= rate <= 1 for r in rounds for rate in r.rates.values())
    behind = overview_charts.behind_targets(commune_db, year, COMMUNE)
    assert len(charts.behind.texts) == len(behind)
    assert charts.deadlines.texts
    # Readable at 1366x768: every panel keeps a usable size.
    for panel in (charts.needs, charts.by_sponsor, charts.by_category, charts.poverty):
        assert panel.width() >= 300 and panel.height() >= 200


def test_a_new_receipt_moves_the_charts(window, commune_db):
    page = window.show_page("overview")
    before = sum(page.charts.by_sponsor.values)
    sponsor = receipts.sponsor_choices(commune_db, COMMUNE)[0].id
    receipts.save(
        commune_db,
        receipts.Receipt(
            received_on=dt.date.today(),
            sponsor_id=sponsor,
            resource_kind="hien_vat",
            category_code="ha_tang",
            items=[receipts.Item("Xi măng", "tấn", 40, 2_000_000)],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )
    window.context.notify("receipt")
    assert sum(page.charts.by_sponsor.values) == pytest.approx(before + 80, abs=0.2)


def test_behind_targets_are_sorted_by_progress(commune_db):
    shortfalls = overview_charts.behind_targets(commune_db, dt.date.today().year, COMMUNE)
    progress = [s.progress for s in shortfalls]
    assert progress == sorted(progress)
    assert all(s.actual < s.required for s in shortfalls)


@pytest.fixture
def hub_context(data_dir):
    from desktop import cli
    from desktop.models import store

    args = ["--data-dir", str(data_dir.root), "init", "--role", "hub", "--unit", "48"]
    assert cli.main([*args, "--station", "Máy huyện Nam Giang", "--officer", "Lê Văn Hòa"]) == 0
    db = store.open_database(data_dir)
    yield AppContext(db, data_dir, station.info(db), Changes())
    db.conn.close()


def test_an_empty_hub_says_what_is_missing_and_writes_nothing(qtbot, hub_context):
    from translations import tr

    from desktop.views.assessments_page import AssessmentsPage
    from desktop.views.models_page import ModelsPage
    from desktop.views.receipts_page import ReceiptsPage

    window = MainWindow(hub_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    charts = window.show_page("overview").charts
    assert charts.by_sponsor.empty.text() == tr("Nothing received this year yet.")
    assert charts.by_sponsor.empty.isVisible() and not charts.by_sponsor.view.isVisible()
    qtbot.waitUntil(lambda: not charts.poverty_busy, timeout=5000)
    assert charts.poverty.empty.text() == tr("No survey round has classified households yet.")
    assert charts.poverty.empty.isVisible()
    # nobody is twinned: no claim that every sponsor met its targets
    assert charts.behind.empty.text() == tr("No sponsor is twinned with any commune this year.")
    for page_class in (ReceiptsPage, ModelsPage):
        page = page_class(hub_context)
        qtbot.addWidget(page)
        assert page.model.rowCount() == 0
        assert not page.new_button.isEnabled()
        assert "commune" in page.filters
    assessments_page = AssessmentsPage(hub_context)
    qtbot.addWidget(assessments_page)
    assessments_page.show()
    assert assessments_page.read_only
    assert assessments_page.empty.isVisible()


def test_a_hub_assesses_each_twinning_in_its_own_commune(qtbot, hub_context):
    from desktop.models import assessments, changelog
    from desktop.models.db import transaction
    from desktop.models.ids import uuid7
    from desktop.views.assessments_page import AssessmentsPage

    db = hub_context.db
    sponsor = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO sponsor (id, name, kind, headcount) VALUES (?, ?, ?, ?)",
            (sponsor, "Sở Y tế tỉnh Quảng Nam", "so_ban_nganh", 60),
        )
        for commune in ("20704", "20698"):  # La Dêê and another commune of the city
            conn.execute(
                "INSERT INTO twinning (id, commune_code, sponsor_id, since) VALUES (?, ?, ?, ?)",
                (uuid7(), commune, sponsor, "2022-01-01"),
            )
    year = dt.date.today().year
    with transaction(db) as conn, changelog.applying_remote(conn):  # as commune 20704 sent it
        receipts.save(
            db,
            receipts.Receipt(
                received_on=dt.date.today(),
                sponsor_id=sponsor,
                resource_kind="dich_vu",
                category_code="an_sinh_xa_hoi",
                items=[receipts.Item("Khám bệnh, cấp thuốc", "đợt", 1, 45_000_000)],
                parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
            ),
            commune_code="20704",
        )
    page = AssessmentsPage(hub_context)
    qtbot.addWidget(page)
    assert page.sponsors.rowCount() == 2
    names = [page.sponsors.index(r, 0).data() for r in range(2)]
    assert all(name.startswith("Sở Y tế tỉnh Quảng Nam · ") for name in names)
    values = []
    for row in range(2):
        page.select_row(row)
        values.append((page.sponsors.sponsor(row).commune_code, page.shown_figures.total_value))
    assert dict(values) == {"20704": 45_000_000, "20698": 0}
    assert (
        values[0][1]
        == assessments.compute(db, sponsor, year, commune_code=values[0][0]).total_value
    )
    assert not page.save_button.isEnabled()


def test_poverty_rates_follow_a_new_survey_classification(qtbot, window, commune_db):
    from desktop.models.db import transaction

    charts = window.show_page("overview").charts
    qtbot.waitUntil(lambda: not charts.poverty_busy, timeout=5000)
    latest = charts.poverty.rounds[-1]
    village, rate = next(iter(latest.rates.items()))
    # Reclassify every observed household of that village in the latest round as poor.
    with transaction(commune_db) as conn:
        conn.execute(
            "UPDATE survey_observation SET classification = 'poor' WHERE survey_id = ? AND "
            "household_id IN (SELECT h.id FROM household h JOIN village v ON v.id = h.village_id "
            "WHERE v.name = ?)",
            (latest.survey_id, village),
        )
    with qtbot.waitSignal(charts.poverty_ready, timeout=5000):
        window.context.notify("survey_observation")
    assert rate < 1.0 and charts.poverty.rounds[-1].rates[village] == 1.0


def test_hidden_charts_redraw_when_shown_again(qtbot, window, commune_db):
    page = window.show_page("overview")
    charts = page.charts
    before = sum(charts.by_sponsor.values)
    window.show_page("receipts")
    assert not charts.isVisible()
    sponsor = receipts.sponsor_choices(commune_db, COMMUNE)[0].id
    receipts.save(
        commune_db,
        receipts.Receipt(
            received_on=dt.date.today(),
            sponsor_id=sponsor,
            resource_kind="hien_vat",
            category_code="ha_tang",
            items=[receipts.Item("Ống nước", "cuộn", 10, 1_000_000)],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )
    window.context.notify("receipt")
    assert sum(charts.by_sponsor.values) == before  # not redrawn while hidden
    window.show_page("overview")
    assert sum(charts.by_sponsor.values) == pytest.approx(before + 10, abs=0.2)


def test_an_empty_commune_does_not_say_every_sponsor_met_its_targets(qtbot, data_dir, run_cli):
    from translations import tr

    from desktop.models import store

    code = run_cli(
        "--data-dir",
        data_dir.root,
        "init",
        "--role",
        "commune",
        "--unit",
        COMMUNE,
        "--station",
        "May xa",
        "--officer",
        "Can bo",
    ).code
    assert code == 0
    db = store.open_database(data_dir)
    try:
        window = MainWindow(AppContext(db, data_dir, station.info(db), Changes()))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.show_page("overview")
        charts = page.charts
        page.tables  # noqa: B018 (built now: the paint that would build them may come after close)
        text = charts.behind.empty.text()
        assert text == tr(
            "No sponsor is twinned with the commune this year: add one on the Sponsors page."
        )
        assert charts.behind.empty.isVisible()
        qtbot.waitUntil(lambda: not charts.poverty_busy, timeout=5000)
    finally:
        db.conn.close()


def test_a_sponsor_kept_by_two_communes_is_one_bar_with_the_sum(qtbot, hub_context):
    from desktop.models import changelog, overview_charts, sponsor_directory
    from desktop.models.db import transaction
    from desktop.models.ids import uuid7

    db = hub_context.db
    day = dt.date.today().isoformat()
    with transaction(db) as conn, changelog.applying_remote(conn):  # as communes sent them
        for commune, name, value in (
            ("20704", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", 960_000_000),
            ("20698", "Bộ chỉ huy bộ đội biên phòng tỉnh", 99_000_000),  # its own copy
            ("20698", "Sở Tài chính tỉnh Quảng Nam", 15_000_000),
        ):
            sponsor, receipt = uuid7(), uuid7()
            conn.execute(
                "INSERT INTO sponsor (id, commune_code, name, short_name, kind) "
                "VALUES (?, ?, ?, 'BĐBP', 'luc_luong_vu_trang')",
                (sponsor, commune, name),
            )
            conn.execute(
                "INSERT INTO receipt (id, commune_code, received_on, sponsor_id, resource_kind, "
                "category_code) VALUES (?, ?, ?, ?, 'tien_mat', 'an_sinh_xa_hoi')",
                (receipt, commune, day, sponsor),
            )
            conn.execute(
                "INSERT INTO receipt_item (id, commune_code, receipt_id, name, unit, quantity, "
                "unit_price, amount) VALUES (?, ?, ?, 'Tiền', 'đồng', 1, ?, ?)",
                (uuid7(), commune, receipt, value, value),
            )
    year = dt.date.today().year
    apart = overview_charts.value_by_sponsor(db, year, None)
    assert [value for _, value in apart] == [960_000_000, 99_000_000, 15_000_000]
    assert all(label == "BĐBP (chưa đối chiếu)" for label, _ in apart)  # until the officer says
    first, second = [
        row[0] for row in db.execute("SELECT id FROM sponsor WHERE name LIKE 'Bộ %' ORDER BY name")
    ]
    entry = sponsor_directory.add_from_sponsor(db, first, "Cán bộ huyện")
    sponsor_directory.match(db, second, entry, "Cán bộ huyện")
    bars = overview_charts.value_by_sponsor(db, year, None)
    assert bars == [("BĐBP", 1_059_000_000), ("BĐBP (chưa đối chiếu)", 15_000_000)]
    window = MainWindow(hub_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    panel = window.show_page("overview").charts.by_sponsor
    assert panel.values == [1059.0, 15.0]  # every sponsor drawn, the merged one first
    axis = panel.view.chart().axes()[0]
    assert len(axis.categories()) == 2  # two sponsors with one short name: two bars


def test_a_hub_shows_poverty_by_commune_and_year_never_merging_villages(qtbot, hub_context):
    from desktop.models import changelog, overview_charts
    from desktop.models.db import transaction
    from desktop.models.ids import uuid7

    db = hub_context.db
    with transaction(db) as conn, changelog.applying_remote(conn):  # as communes sent them
        for commune, poor in (("20704", 3), ("20698", 1), ("20705", 1)):  # Đắc Tôi: La Dêê's
            village, survey = uuid7(), uuid7()
            conn.execute(  # every commune has a "Thôn 1"
                "INSERT INTO village (id, commune_code, name) VALUES (?, ?, 'Thôn 1')",
                (village, commune),
            )
            conn.execute(
                "INSERT INTO survey (id, commune_code, survey_date, kind, title) "
                "VALUES (?, ?, '2025-10-01', 'household', 'Rà soát')",
                (survey, commune),
            )
            for i in range(4):
                household = uuid7()
                conn.execute(
                    "INSERT INTO household (id, commune_code, village_id, head_name, search_key) "
                    "VALUES (?, ?, ?, 'Hộ', 'ho')",
                    (household, commune, village),
                )
                conn.execute(
                    "INSERT INTO survey_observation (id, commune_code, survey_id, household_id, "
                    "classification) VALUES (?, ?, ?, ?, ?)",
                    (uuid7(), commune, survey, household, "poor" if i < poor else "not_poor"),
                )
    communes, rounds = overview_charts.poverty_by_village(db, None)
    assert communes == ["Xã La Dêê", "Xã La Êê"]
    assert [r.label for r in rounds] == ["Năm 2025"]
    assert rounds[0].rates == {"Xã La Dêê": 4 / 8, "Xã La Êê": 1 / 4}


def test_long_bar_labels_wrap_and_the_bar_tells_its_whole_name(qtbot, window, commune_db):
    """ "Bảo tồn, phát huy giá trị văn hóa truyền thống" was cut to one line "Bảo tồn, phát…"
    by the axis: it takes two lines on an axis that does not cut them, and the mouse on its bar
    shows the whole name (issue 12, point 16)."""
    from PySide6.QtCore import QPointF

    page = window.show_page("overview")
    panel = page.charts.by_category
    qtbot.waitUntil(lambda: panel.view.isVisible())
    longest = max(panel.labels, key=len)
    assert len(longest) > 30, panel.labels
    chart = panel.view.chart()
    (axis,) = chart.axes(Qt.Orientation.Vertical)
    assert not axis.truncateLabels()
    shown = axis.categories()
    assert all(label.count("<br>") <= 1 for label in shown)
    written = next(label for label in shown if label.startswith(longest.split()[0]))
    assert "<br>" in written and written.replace("<br>", " ").startswith(longest[:25])
    # hover the bar of the longest label (the first bar is at the bottom)
    index = list(reversed(panel.labels)).index(longest)
    value = panel.values[panel.labels.index(longest)]
    (series,) = chart.series()
    point = chart.mapToPosition(QPointF(value / 2, index), series)
    where = panel.view.mapFromScene(chart.mapToScene(point))
    qtbot.mouseMove(panel.view.viewport(), where)
    qtbot.waitUntil(lambda: longest in panel.view.toolTip())
