"""Every dialog filled and saved from the keyboard alone (issue 12, point 14): it opens with the
cursor in its first field, Tab reaches every field, typing fills them, Ctrl+S or Enter saves,
and the record is read back from the models and from the list on screen."""

from __future__ import annotations

import datetime as dt

import pytest
from keyboard_only import fill, press, save, starts_in_first_field, tab_to, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models import group, livelihood, needs, sponsors, surveys
from desktop.models.text import fold
from desktop.views.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    widget = MainWindow(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 728)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _new(qtbot, window, name: str):
    """Show a page and press Ctrl+N (Thêm mới) as the officer does."""
    page = window.show_page(name)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    return page, page.dialog


def _shown(page) -> list[str]:
    """The texts of the list's first column, as on screen."""
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _choose(qtbot, box, text: str) -> None:
    """Tab to a choice box and type (part of) an entry, no diacritics needed."""
    tab_to(qtbot, box)
    type_text(qtbot, fold(text))
    assert box.currentText() == text


def test_a_sponsor_from_the_keyboard(qtbot, window, context):
    page, dialog = _new(qtbot, window, "sponsors")
    starts_in_first_field(qtbot, dialog, dialog.name)
    type_text(qtbot, "Ngân hàng Chính sách Xã hội")
    fill(qtbot, dialog.short_name, "NHCSXH")
    _choose(qtbot, dialog.kind, dialog.kind.itemText(2))
    fill(qtbot, dialog.headcount, "120")
    fill(qtbot, dialog.address, "Đà Nẵng")
    fill(qtbot, dialog.notes, "ghi chú\nhai dòng")
    press(qtbot, Qt.Key.Key_Tab)
    assert "\t" not in dialog.notes.toPlainText()
    tab_to(qtbot, dialog.email)  # the tab order wraps round to every field
    type_text(qtbot, "nhcs@example.vn")
    save(qtbot, dialog)
    saved = sponsors.get_sponsor(context.db, dialog.record_id)
    assert (saved.name, saved.short_name, saved.headcount, saved.email) == (
        "Ngân hàng Chính sách Xã hội", "NHCSXH", 120, "nhcs@example.vn",
    )  # fmt: skip
    assert saved.notes == "ghi chú\nhai dòng"
    assert not dialog.isVisible()
    assert any("Ngân hàng Chính sách Xã hội" in (text or "") for text in _shown(page))


def _open(qtbot, button):
    """Click a button of a page; the dialog it opens."""
    from desktop.views.forms import RecordDialog

    page = button.window()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(RecordDialog)))
    return next(d for d in page.findChildren(RecordDialog) if d.isVisible())


def test_a_twinning_from_the_keyboard(qtbot, window, context):
    page = window.show_page("sponsors")
    sponsor_id = page.model.row_id(0)
    page.view.selectRow(0)
    before = len(sponsors.twinnings_of(context.db, sponsor_id))
    dialog = _open(qtbot, page.add_twinning_button)
    starts_in_first_field(qtbot, dialog, dialog.since)  # the commune is this station's
    type_text(qtbot, "01/03/2026")
    fill(qtbot, dialog.decision_number, "15/QĐ-UBND")
    fill(qtbot, dialog.decision_date, "20/02/2026")
    tab_to(qtbot, dialog.active)
    press(qtbot, Qt.Key.Key_Space)  # a past twinning: the sponsor has one in force already
    assert not dialog.active.isChecked()
    save(qtbot, dialog)
    made = sponsors.get_twinning(context.db, dialog.record_id)
    assert (made.since, made.decision_number, made.decision_date) == (
        "2026-03-01", "15/QĐ-UBND", "2026-02-20",
    )  # fmt: skip
    assert len(sponsors.twinnings_of(context.db, sponsor_id)) == before + 1
    shown = [page.twinnings.item(r, 0).text() for r in range(page.twinnings.rowCount())]
    assert any("01/03/2026" in "".join(
        page.twinnings.item(r, c).text() for c in range(page.twinnings.columnCount())
        if page.twinnings.item(r, c)) for r in range(len(shown)))  # fmt: skip


def test_a_member_from_the_keyboard(qtbot, window, context):
    page, dialog = _new(qtbot, window, "group")
    starts_in_first_field(qtbot, dialog, dialog.full_name)
    type_text(qtbot, "Hồ Văn Tâm")
    fill(qtbot, dialog.position, "Phó Chủ tịch UBND xã")
    _choose(qtbot, dialog.role, dialog.role.itemText(1))
    fill(qtbot, dialog.term_start, "01/01/2026")
    first_stage = next(iter(dialog.stages.boxes.values()))
    tab_to(qtbot, first_stage)
    press(qtbot, Qt.Key.Key_Space)  # ticks it
    save(qtbot, dialog)
    saved = group.get_member(context.db, dialog.record_id)
    assert (saved.full_name, saved.position, saved.term_start) == (
        "Hồ Văn Tâm", "Phó Chủ tịch UBND xã", "2026-01-01",
    )  # fmt: skip
    assert saved.stages == [next(iter(dialog.stages.boxes))]
    assert "Hồ Văn Tâm" in _shown(page)


def test_a_need_from_the_keyboard(qtbot, window, context):
    page, dialog = _new(qtbot, window, "needs")
    starts_in_first_field(qtbot, dialog, dialog.year)
    _choose(qtbot, dialog.category, dialog.category.itemText(1))
    fill(qtbot, dialog.description, "Bò giống cho hộ nghèo")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the description
    assert dialog.description.toPlainText() == "Bò giống cho hộ nghèo"
    tab_to(qtbot, dialog.beneficiaries.village)
    press(qtbot, Qt.Key.Key_Down)  # the first village
    tab_to(qtbot, dialog.beneficiaries.add_village)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.beneficiaries.list.count() == 1
    fill(qtbot, dialog.quantity, "2")
    fill(qtbot, dialog.unit, "con")
    fill(qtbot, dialog.cost, "30000000")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        press(qtbot, Qt.Key.Key_Return)  # Enter in a one-line field saves
    saved = needs.get_need(context.db, dialog.record_id)
    assert (saved.description, saved.quantity, saved.unit, saved.estimated_cost) == (
        "Bò giống cho hộ nghèo", 2, "con", 30000000,
    )  # fmt: skip
    assert len(saved.beneficiaries) == 1
    assert any("Bò giống" in str(page.model.index(r, c).data())
               for r in range(page.model.rowCount())
               for c in range(page.model.columnCount()))  # fmt: skip
    # then its status, and the year's proposal, by keyboard too
    page.select(dialog.record_id)
    status = _open(qtbot, page.status_button)
    starts_in_first_field(qtbot, status, status.status)
    chosen = status.status.currentData()
    today = dt.date.today()
    fill(qtbot, status.changed_on, today.strftime("%d/%m/%Y"))
    fill(qtbot, status.note, "Đã gửi kèm báo cáo")
    save(qtbot, status)
    after = needs.get_need(context.db, saved.id)
    assert (after.status, after.status_date) == (chosen, today.isoformat())


def test_sending_the_proposal_from_the_keyboard(qtbot, window, context):
    page = window.show_page("needs")
    if not page.send_button.isEnabled():
        pytest.skip("the demo's proposal is sent")
    dialog = _open(qtbot, page.send_button)
    starts_in_first_field(qtbot, dialog, dialog.sent_on)
    fill(qtbot, dialog.sent_on, "10/03/2026")
    fill(qtbot, dialog.note, "Báo cáo số 15/BC-UBND")
    save(qtbot, dialog)
    status = needs.proposal_status(context.db, context.commune_code, dialog.year)
    assert status.not_sent == 0
    assert not page.send_button.isEnabled()


def test_a_survey_round_its_indicators_and_an_observation_from_the_keyboard(qtbot, window, context):
    page, dialog = _new(qtbot, window, "surveys")
    starts_in_first_field(qtbot, dialog, dialog.date)
    type_text(qtbot, "15/10/2026")
    _choose(qtbot, dialog.kind, dialog.kind.itemText(1))
    fill(qtbot, dialog.title, "Rà soát hộ nghèo năm 2026")
    first = next(iter(dialog.surveyors.boxes.values()))
    tab_to(qtbot, first)
    press(qtbot, Qt.Key.Key_Space)
    save(qtbot, dialog)
    saved = surveys.get_survey(context.db, dialog.record_id)
    assert (saved.survey_date, saved.title, len(saved.surveyors)) == (
        "2026-10-15", "Rà soát hộ nghèo năm 2026", 1,
    )  # fmt: skip
    assert "Rà soát hộ nghèo năm 2026" in " ".join(
        str(page.model.index(r, c).data())
        for r in range(page.model.rowCount()) for c in range(page.model.columnCount())
    )  # fmt: skip
    assert page.current_id() == saved.id  # the new round is the one selected
    # the indicators of the whole commune
    indicators = _open(qtbot, page.edit_indicators)
    code, line = next(iter(indicators.inputs.items()))
    starts_in_first_field(qtbot, indicators, line)
    type_text(qtbot, "12,5")
    second_code, second = list(indicators.inputs.items())[1]
    fill(qtbot, second, "40")
    save(qtbot, indicators)
    values = surveys.indicator_values(context.db, saved.id)[None]
    assert (values[code], values[second_code]) == (12.5, 40)
    # one household's observation in this round
    observation = _open(qtbot, page.new_observation)
    starts_in_first_field(qtbot, observation, observation.search)
    assert "Rà soát hộ nghèo năm 2026" in observation.round.text()
    household = observation.household.itemText(0)
    tab_to(qtbot, observation.household)
    press(qtbot, Qt.Key.Key_Home)
    fill(qtbot, observation.members, "5")
    fill(qtbot, observation.income, "900000")
    box = next(iter(observation.deprivations.boxes.values()))
    tab_to(qtbot, box)
    press(qtbot, Qt.Key.Key_Space)
    fill(qtbot, observation.notes, "Nhà tạm")
    save(qtbot, observation)
    made = surveys.get_observation(context.db, observation.record_id)
    assert (made.members, made.income_per_month, made.survey_id) == (5, 900000, saved.id)
    assert made.deprivations == [next(iter(observation.deprivations.boxes))]
    head = context.db.execute(
        "SELECT head_name FROM household WHERE id = ?", [made.household_id]
    ).fetchone()[0]
    assert household.startswith(head)
    rows = page.observation_view.model()
    assert head in [rows.index(r, 0).data() for r in range(rows.rowCount())]


def test_a_livelihood_model_from_the_keyboard(qtbot, window, context):
    page, dialog = _new(qtbot, window, "models")
    starts_in_first_field(qtbot, dialog, dialog.name)
    type_text(qtbot, "Tổ hợp tác nuôi bò")
    _choose(qtbot, dialog.kind, dialog.kind.itemText(1))
    _choose(qtbot, dialog.sponsor, dialog.sponsor.itemText(1))
    fill(qtbot, dialog.results, "Đàn bò tăng")
    tab_to(qtbot, dialog.found)
    press(qtbot, Qt.Key.Key_Down)
    member = dialog.found.currentItem().text()
    tab_to(qtbot, dialog.add_button)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.members.count() == 1
    save(qtbot, dialog)
    saved = livelihood.load(context.db, dialog.record_id)
    assert (saved.name, saved.results, len(saved.members)) == (
        "Tổ hợp tác nuôi bò",
        "Đàn bò tăng",
        1,
    )
    assert dialog.isHidden() and member
    assert "Tổ hợp tác nuôi bò" in _shown(page)


def test_villages_from_the_keyboard(qtbot, window, context):
    from desktop.models import villages
    from desktop.views.households_page import VillagesDialog

    page = window.show_page("households")
    qtbot.mouseClick(page.villages_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(VillagesDialog)))
    dialog = next(d for d in page.findChildren(VillagesDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    type_text(qtbot, "Thôn Mới")
    press(qtbot, Qt.Key.Key_Return)  # Enter adds
    names = [v.name for v in villages.list_villages(context.db, context.commune_code)]
    assert "Thôn Mới" in names
    assert any("Thôn Mới" in dialog.list.item(r).text() for r in range(dialog.list.count()))
    assert dialog.isVisible()
    # select it with the arrows and remove it with Delete (nothing uses it)
    tab_to(qtbot, dialog.list)
    row = next(r for r in range(dialog.list.count()) if "Thôn Mới" in dialog.list.item(r).text())
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(row):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Delete)
    names = [v.name for v in villages.list_villages(context.db, context.commune_code)]
    assert "Thôn Mới" not in names
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_settings_from_the_keyboard(qtbot, window, context):
    from desktop.models import station_settings

    page = window.show_page("settings")
    key, edit = next(iter(page.fields.items()))
    window.activateWindow()
    tab_to(qtbot, edit)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Nguyễn Văn Hải")
    press(qtbot, Qt.Key.Key_Return)  # Enter saves the settings
    assert station_settings.values(context.db)[key] == "Nguyễn Văn Hải"
    assert page.message.text() and edit.text() == "Nguyễn Văn Hải"


def test_an_assessment_from_the_keyboard(qtbot, window, context):
    page = window.show_page("assessments")
    tab_to(qtbot, page.list)
    press(qtbot, Qt.Key.Key_Home)  # the arrows choose the sponsor
    qtbot.waitUntil(lambda: page._sponsor_id is not None)
    if not page.rating.isEnabled():
        tab_to(qtbot, page.revise_button)
        press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, page.rating)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Tốt")
    fill(qtbot, page.comments, "Hoàn thành chỉ tiêu")
    press(qtbot, Qt.Key.Key_S, CTRL)  # Ctrl+S saves the draft
    saved = context.db.execute(
        "SELECT rating, comments FROM assessment WHERE sponsor_id = ? AND year = ? AND deleted = 0 "
        "ORDER BY rowid DESC LIMIT 1",
        [page._sponsor_id, page.current_year()],
    ).fetchone()
    assert tuple(saved) == ("Tốt", "Hoàn thành chỉ tiêu")
    assert not page.dirty


def test_the_wizard_from_the_keyboard(qtbot, data_dir):
    from PySide6.QtWidgets import QWizard

    from desktop.models import station, store
    from desktop.views.setup_wizard import SetupWizard

    db = store.open_database(data_dir, create=True)
    wizard = SetupWizard(data_dir, db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is wizard.role_page.commune
    press(qtbot, Qt.Key.Key_Return)  # Tiếp
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.unit_page.search)
    type_text(qtbot, "la dee")
    tab_to(qtbot, wizard.unit_page.results)
    assert wizard.unit_page.results.currentItem() is not None
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.station_page.station_name)
    type_text(qtbot, "Máy UBND xã")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Zơrâm Thị Hoa")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.villages_page.villages)
    type_text(qtbot, "Thôn Pà Dồn\nThôn Pà Ia")
    tab_to(qtbot, wizard.button(QWizard.WizardButton.FinishButton))  # Enter starts a line
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    info = station.info(db)
    assert info.unit.code == "20704" and info.officer == "Zơrâm Thị Hoa"
    names = [r[0] for r in db.execute("SELECT name FROM village ORDER BY ordinal")]
    assert names == ["Thôn Pà Dồn", "Thôn Pà Ia"]


def test_the_shortcuts_dialog_lists_ctrl_n_and_ctrl_f(qtbot, window):
    from desktop.views.help_dialogs import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    assert {("Ctrl+N", "Thêm mới"), ("Ctrl+F", "Đến ô tìm kiếm"), ("Ctrl+Q", "Thoát")} <= rows
    assert ("Ctrl+S", "Lưu") in rows
