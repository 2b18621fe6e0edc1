"""The surveys page driven through its widgets: a new round with surveyors, village indicators,
a household observation classified by the reference standard as it is ticked, and the
comparison with the previous round."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from translations import tr

from desktop.models import households, poverty, reference, surveys
from desktop.models.text import fold, format_date, format_number
from desktop.views.surveys_page import SurveysPage

COMMUNE = "20704"
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, context) -> SurveysPage:
    widget = SurveysPage(context)
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


def _tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_round_indicators_observation_and_comparison(qtbot, qtmodeltester, page, context):
    db = context.db
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.observations)
    latest_demo = page.current_id()
    before = page.model.rowCount()

    # a new household review round
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.date, format_date(TODAY))
    dialog.kind.setCurrentIndex(dialog.kind.findData("household"))
    dialog.title.setText("Rà soát giữa kỳ")
    for box in list(dialog.surveyors.boxes.values())[:2]:
        _tick(qtbot, box)
    _save(qtbot, dialog)
    survey_id = dialog.record_id
    assert page.model.rowCount() == before + 1
    assert len(surveys.get_survey(db, survey_id).surveyors) == 2
    page.view.setCurrentIndex(page.model.index(page.model.ids().index(survey_id), 2))
    assert page.observations.rowCount() == 0

    # indicators of the first village
    page.scope.setCurrentIndex(1)
    village_id = page.scope.currentData()
    qtbot.mouseClick(page.edit_indicators, Qt.MouseButton.LeftButton)
    ind = page.dialog
    qtbot.keyClicks(ind.inputs["households"], "16")
    qtbot.keyClicks(ind.inputs["latrine_pct"], "62,5")
    _save(qtbot, ind)
    assert surveys.indicator_values(db, survey_id)[village_id] == {
        "households": 16.0,
        "latrine_pct": 62.5,
    }
    headers = [
        page.indicator_table.horizontalHeaderItem(c).text()
        for c in range(page.indicator_table.columnCount())
    ]
    assert page.scope.currentText() in headers

    # one household observed: poor by the standard, shown as ticked
    standard = reference.poverty_standard(db.conn, TODAY.year)
    line = standard["income_thresholds_vnd_per_person_month"]["rural"]["poor_and_near_poor_max"]
    needed = poverty.min_deprivations(standard)
    qtbot.mouseClick(page.new_observation, Qt.MouseButton.LeftButton)
    obs = page.dialog
    household_id = obs.household.currentData()
    assert household_id
    qtbot.keyClicks(obs.members, "5")
    qtbot.keyClicks(obs.income, str(line - 100_000))
    codes = list(obs.deprivations.boxes)
    for code in codes[: needed - 1]:
        _tick(qtbot, obs.deprivations.boxes[code])
    assert households.status_label("near_poor") in obs.result.text()
    _tick(qtbot, obs.deprivations.boxes[codes[needed - 1]])
    assert households.status_label("poor") in obs.result.text()
    # the comparison is recomputed off the UI thread after the save
    with qtbot.waitSignal(page.comparison_shown, timeout=10_000) as shown:
        _save(qtbot, obs)
    assert shown.args == [survey_id]
    assert page.current_id() == survey_id
    assert page.observations.rowCount() == 1
    assert page.observations.index(0, 5).data() == households.status_label("poor")

    # compared with the previous round: the household left or stayed in poverty accordingly
    assert surveys.previous_round(db, survey_id) == latest_demo
    before_class = db.execute(
        "SELECT classification FROM survey_observation WHERE survey_id = ? AND household_id = ?",
        [latest_demo, household_id],
    ).fetchone()[0]
    fell = page.fell_table.rowCount()
    assert fell == (0 if before_class == "poor" else 1)
    assert page.left_table.rowCount() == 0
    assert page.fell_label.text() == tr("Households that fell into poverty: {count}").format(
        count=fell
    )


def test_bad_round_and_indicator_input(qtbot, page, context):
    db = context.db
    count = db.execute("SELECT count(*) FROM survey").fetchone()[0]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.date, format_date(TODAY + dt.timedelta(days=5)))
    _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("title") == tr("Enter a title for the survey round.")
    assert dialog.error_text("surveyors") == tr(
        "Choose at least one surveyor from the working group."
    )
    assert dialog.error_text("survey_date")
    assert db.execute("SELECT count(*) FROM survey").fetchone()[0] == count
    dialog.mark_clean()
    dialog.reject()

    values = surveys.indicator_values(db, page.current_id())
    qtbot.mouseClick(page.edit_indicators, Qt.MouseButton.LeftButton)
    ind = page.dialog
    ind.inputs["clean_water_pct"].setText("120")
    ind.inputs["temporary_houses"].setText("-3")
    _click_save(qtbot, ind)
    assert ind.isVisible()
    assert ind.error_text("clean_water_pct") == tr("The number cannot be above {maximum}.").format(
        maximum="100"
    )
    assert ind.error_text("temporary_houses") == tr("The number cannot be negative.")
    assert surveys.indicator_values(db, page.current_id()) == values


def test_demo_comparison_is_shown(qtbot, context):
    page = SurveysPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.comparison_shown, timeout=10_000):
        assert page.summary.text() == tr("Comparing with the previous round…")
    comparison = surveys.compare(context.db, page.current_id())
    assert comparison.previous is not None
    assert page.left_table.rowCount() == len(comparison.left_poverty) == comparison.left_count
    assert page.moves.rowCount() == len(comparison.indicators) > 0
    assert comparison.previous.title in page.summary.text()


def _new_round(qtbot, page, title: str, day: dt.date) -> str:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.date, format_date(day))
    dialog.kind.setCurrentIndex(dialog.kind.findData("household"))
    qtbot.keyClicks(dialog.title, title)
    _tick(qtbot, next(iter(dialog.surveyors.boxes.values())))
    assert not dialog.completed.isChecked()  # it counts once the officer says it is done
    _save(qtbot, dialog)
    return dialog.record_id


def test_a_new_round_starts_not_completed(qtbot, page, context):
    """The "New round" button opens the round with "Round completed" unticked, and saving
    it as it is leaves the round open."""
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.windowTitle() == tr("New survey round")
    assert dialog.completed.text() == tr(
        "Round completed: its classifications set the households' status"
    )
    assert dialog.completed.isVisible() and not dialog.completed.isChecked()
    qtbot.keyClicks(dialog.date, format_date(TODAY))
    qtbot.keyClicks(dialog.title, "Ra soat dau nam")
    _tick(qtbot, next(iter(dialog.surveyors.boxes.values())))
    _save(qtbot, dialog)
    assert surveys.get_survey(context.db, dialog.record_id).completed is False
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.dialog.survey.id == dialog.record_id and not page.dialog.completed.isChecked()


def test_new_round_is_selected_and_its_result_reaches_the_register(qtbot, page, context):
    from desktop.views.household_form import HouseholdDialog
    from desktop.views.households_page import HouseholdsPage

    db = context.db
    register = HouseholdsPage(context)
    qtbot.addWidget(register)
    # a household not poor this year in the register
    household_id, name = db.execute(
        "SELECT h.id, h.head_name FROM household h JOIN household_year y ON y.household_id = h.id "
        "AND y.year = ? AND y.deleted = 0 WHERE h.deleted = 0 AND y.status <> 'poor' "
        "ORDER BY h.head_name LIMIT 1",
        [TODAY.year],
    ).fetchone()
    survey_id = _new_round(qtbot, page, "Ra soat bo sung cuoi nam", TODAY)
    assert page.current_id() == survey_id  # the new round is where the next entries go
    assert page.view.currentIndex().siblingAtColumn(2).data() == "Ra soat bo sung cuoi nam"

    qtbot.mouseClick(page.new_observation, Qt.MouseButton.LeftButton)
    obs = page.dialog
    assert "Ra soat bo sung cuoi nam" in obs.round.text()
    assert format_date(TODAY) in obs.round.text()
    qtbot.keyClicks(obs.search, fold(name))
    qtbot.waitUntil(lambda: obs.household.findData(household_id) >= 0)
    obs.household.setCurrentIndex(obs.household.findData(household_id))
    qtbot.keyClicks(obs.income, "500.000")
    standard = reference.poverty_standard(db.conn, TODAY.year)
    for code in list(obs.deprivations.boxes)[: poverty.min_deprivations(standard)]:
        _tick(qtbot, obs.deprivations.boxes[code])
    assert households.status_label("poor") in obs.result.text()
    _save(qtbot, obs)  # no "already observed in this round": it went into the new round
    assert households.year_status(db, household_id, TODAY.year)[0] != "poor"  # round still open

    # the officer closes the round: its classifications now set the register
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    _tick(qtbot, page.dialog.completed)
    _save(qtbot, page.dialog)

    # the register shows the household poor this year, and from which round
    qtbot.keyClicks(register.search, fold(name))
    qtbot.waitUntil(lambda: register.model.rowCount() >= 1)
    ids = register.model.ids()
    row = ids.index(household_id)
    assert register.model.index(row, 7).data() == households.status_label("poor")
    source = register.model.index(row, 10).data()
    assert "Ra soat bo sung cuoi nam" in source and format_date(TODAY) in source
    dialog = HouseholdDialog(context, household_id, register, TODAY.year)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == households.status_label("poor")
    assert "Ra soat bo sung cuoi nam" in dialog.source.text()
    assert db.execute(
        "SELECT status, survey_id FROM household_year WHERE household_id = ? AND year = ? "
        "AND deleted = 0",
        [household_id, TODAY.year],
    ).fetchone() == ("poor", survey_id)


def test_a_round_still_open_does_not_change_the_register(qtbot, page, context):
    db = context.db
    before = db.execute(
        "SELECT household_id, status, survey_id FROM household_year WHERE year = ? "
        "AND deleted = 0 ORDER BY household_id",
        [TODAY.year],
    ).fetchall()
    latest = page.current_id()  # the demo's round of this year, completed
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.completed.isChecked()
    qtbot.mouseClick(dialog.completed, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    _save(qtbot, dialog)
    after = db.execute(
        "SELECT household_id, status, survey_id FROM household_year WHERE year = ? "
        "AND deleted = 0 ORDER BY household_id",
        [TODAY.year],
    ).fetchall()
    # statuses stay, but they no longer claim to come from the reopened round
    assert [(h, s) for h, s, _ in after] == [(h, s) for h, s, _ in before]
    assert {r[2] for r in before} == {latest}
    assert {r[2] for r in after} == {None}


def test_rounds_without_observations_show_their_indicator_figures(qtbot, page, context):
    """Earlier demo rounds recorded village indicators only: the list shows those, not 0 / 0."""
    db = context.db
    rows = {page.model.row_id(r): r for r in range(page.model.rowCount())}
    checked = 0
    for survey_id, row in rows.items():
        observed = db.execute(
            "SELECT count(*) FROM survey_observation WHERE survey_id = ? AND deleted = 0",
            [survey_id],
        ).fetchone()[0]
        if observed:
            continue
        totals = surveys.commune_totals(db, surveys.indicator_values(db, survey_id))
        assert page.model.index(row, 3).data() == format_number(totals["households"])
        assert page.model.index(row, 4).data() == format_number(totals["poor_households"])
        assert totals["poor_households"] > 0
        checked += 1
    assert checked >= 2
