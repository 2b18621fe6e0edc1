"""The needs page driven through its widgets: create a need, refuse bad input beside the fields,
move it along the status flow and see the dated history, see fulfilment from a linked receipt,
see the proposal banner change, delete to the trash."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from translations import tr

from desktop.models import needs, reference
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.models.text import format_date, format_vnd
from desktop.views.needs_page import NeedsPage

COMMUNE = "20704"
TODAY = dt.date.today()


@pytest.fixture
def page(qtbot, context) -> NeedsPage:
    widget = NeedsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    return widget


def _select(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def _click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        _click_save(qtbot, dialog)


def _row_of(page: NeedsPage, need_id: str) -> int:
    ids = page.model.ids()
    assert need_id in ids
    return ids.index(need_id)


def _fill_need(qtbot, dialog, description: str, cost: str) -> None:
    _select(dialog.category, "an_sinh_xa_hoi")
    dialog.description.insertPlainText(description)  # QTest types ASCII only
    qtbot.mouseClick(dialog.beneficiaries.add_village, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.quantity, "6")
    dialog.unit.setText("công trình")
    qtbot.keyClicks(dialog.cost, cost)
    dialog.sponsor.setCurrentIndex(1)


def test_create_need_change_status_and_see_history(qtbot, qtmodeltester, page, context):
    db = context.db
    qtmodeltester.check(page.model)
    year = needs.proposal_year(db)
    assert page.year_box.currentData() == year
    before = page.model.rowCount()
    sent_before = needs.proposal_status(db, COMMUNE, year)

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and dialog.year.value() == year
    _fill_need(qtbot, dialog, "Xây nhà tiêu hợp vệ sinh cho 6 hộ nghèo thôn Pà Dồn", "42.000.000")
    picker = dialog.beneficiaries
    qtbot.keyClicks(picker.search, "bhriu")  # found without typing the accent

    def only_bhriu() -> bool:
        texts = [picker.household.itemText(i) for i in range(picker.household.count())]
        return bool(texts) and all(t.startswith("Bhríu") for t in texts)

    qtbot.waitUntil(only_bhriu, timeout=3000)
    qtbot.mouseClick(picker.add_household, Qt.MouseButton.LeftButton)
    assert picker.list.count() == 2
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    need_id = dialog.record_id
    need = needs.get_need(db, need_id)
    assert (need.estimated_cost, need.quantity, need.status) == (42_000_000, 6, "de_xuat")
    assert sorted(b.kind for b in need.beneficiaries) == ["household", "village"]
    assert page.model.rowCount() == before + 1
    assert needs.proposal_status(db, COMMUNE, year).not_sent == sent_before.not_sent + 1

    # the new need in the list, selected: its history has one dated line
    row = _row_of(page, need_id)
    page.view.setCurrentIndex(page.model.index(row, 2))
    assert page.model.index(row, 4).data() == format_vnd(42_000_000)
    assert page.history.rowCount() == 1
    assert page.history.item(0, 1).text() == format_date(TODAY)

    # change the status through the status dialog
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    status_dialog = page.dialog
    _select(status_dialog.status, "da_gui")
    status_dialog.note.insertPlainText("Gửi kèm báo cáo số 12/BC-UBND")
    _save(qtbot, status_dialog)
    assert needs.get_need(db, need_id).status == "da_gui"
    assert page.current_id() == need_id
    assert page.history.rowCount() == 2
    assert page.history.item(1, 0).text() == needs.status_label("da_gui")
    assert page.history.item(1, 1).text() == format_date(TODAY)
    assert page.history.item(1, 2).text() == "Gửi kèm báo cáo số 12/BC-UBND"
    assert page.model.index(row, 6).data() == needs.status_label("da_gui")
    assert needs.proposal_status(db, COMMUNE, year).not_sent == sent_before.not_sent


def test_bad_input_is_refused_beside_the_fields(qtbot, page, context, monkeypatch):
    db = context.db
    count = db.execute("SELECT count(*) FROM need").fetchone()[0]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.keyClicks(dialog.cost, "-5")
    qtbot.keyClicks(dialog.quantity, "ba")
    _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("category_code") == tr("Choose the support category.")
    assert dialog.error_text("description") == tr("Describe what is needed.")
    assert dialog.error_text("estimated_cost") == tr("The number cannot be negative.")
    assert dialog.error_text("quantity") == tr("Enter a number.")
    assert dialog.error_text("year") == ""
    assert db.execute("SELECT count(*) FROM need").fetchone()[0] == count

    # closing with unsaved changes asks; "Cancel" keeps the form open, "Discard" closes it
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
    dialog.reject()
    assert not dialog.isVisible() and len(asked) == 2


def test_status_date_in_the_future_is_refused(qtbot, page, context):
    need_id = page.current_id()
    assert need_id is not None
    history = needs.history(context.db, need_id)
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.changed_on.setText(format_date(TODAY + dt.timedelta(days=2)))
    _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("changed_on") == tr(
        "The date cannot be in the future (today is {today})."
    ).format(today=format_date(TODAY))
    assert needs.history(context.db, need_id) == history


def test_fulfilment_from_a_linked_receipt(qtbot, page, context):
    db = context.db
    need_id = page.current_id()
    need = needs.get_need(db, need_id)
    assert need.estimated_cost
    half = need.estimated_cost // 2
    receipt_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO receipt (id, commune_code, received_on, sponsor_id, resource_kind, "
            "category_code) VALUES (?, ?, ?, ?, 'hien_vat', ?)",
            [receipt_id, COMMUNE, TODAY.isoformat(), need.sponsor_id, need.category_code],
        )
        conn.execute(
            "INSERT INTO receipt_need (id, commune_code, receipt_id, need_id, value, quantity) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [uuid7(), COMMUNE, receipt_id, need_id, half, 1],
        )
    context.notify("receipt")
    assert page.current_id() == need_id
    assert format_vnd(half) in page.fulfilment_label.text()
    assert page.model.index(_row_of(page, need_id), 8).data() == format_vnd(half)


def test_delete_moves_the_need_to_the_trash(qtbot, page, context, monkeypatch):
    need_id = page.current_id()
    before = page.model.rowCount()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(page.view.currentIndex().row())
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before - 1
    assert need_id not in page.model.ids()
    assert context.db.execute("SELECT deleted FROM need WHERE id = ?", [need_id]).fetchone() == (1,)


def test_send_the_proposal_and_see_it_complete(qtbot, page, context):
    db = context.db
    year = page.year_box.currentData()
    waiting = needs.proposal_status(db, COMMUNE, year).not_sent
    assert waiting > 0 and page.banner.property("complete") is False
    assert page.send_button.isEnabled()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.sent_on.setText(format_date(TODAY + dt.timedelta(days=1)))
    _click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_text("changed_on")
    assert needs.proposal_status(db, COMMUNE, year).not_sent == waiting
    dialog.sent_on.setText(format_date(TODAY))
    dialog.note.insertPlainText("Báo cáo số 15/BC-UBND")
    _save(qtbot, dialog)
    status = needs.proposal_status(db, COMMUNE, year)
    assert status.not_sent == 0 and status.complete
    assert page.banner.property("complete") is True
    assert not page.send_button.isEnabled()
    assert page.history.item(page.history.rowCount() - 1, 2).text() == "Báo cáo số 15/BC-UBND"


def test_a_need_of_another_year_shows_with_years_and_the_total_cost(qtbot, page, context):
    db = context.db
    year = page.year_box.currentData()
    years = {page.year_box.itemData(i) for i in range(page.year_box.count())}
    new_year = min(y for y in years if y is not None) - 1  # a year that has no needs yet
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.year.setValue(new_year)
    _fill_need(qtbot, dialog, "Sua nha van hoa thon", "7.000.000")
    _save(qtbot, dialog)
    need_id = dialog.record_id
    # the filter gained the year and shows it, with the new need chosen
    assert page.year_box.findData(new_year) > 0
    assert page.year_box.currentData() == new_year
    assert page.current_id() == need_id
    assert page.count_label.text() == tr("{count} needs · estimated {cost}").format(
        count=1, cost=format_vnd(7_000_000)
    )
    # every year: a year column, and the total of every need's estimated cost
    page.year_box.setCurrentIndex(0)
    header = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header[0] == tr("Year", "desktop.views.needs_page")
    row = _row_of(page, need_id)
    assert page.model.index(row, 0).data() == str(new_year)
    total = db.execute(  # Đắc Tôi's needs of the years before the reform are La Dêê's too
        "SELECT sum(estimated_cost) FROM need n "
        f"WHERE deleted = 0 AND {reference.family_sql('n.commune_code')}",
        [COMMUNE, COMMUNE],
    ).fetchone()[0]
    assert format_vnd(total) in page.count_label.text()
    assert year != new_year
