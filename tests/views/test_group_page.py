"""The working group page driven through its widgets: add a member with stages, see the stage
coverage, refuse bad input beside the fields."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from translations import tr

from desktop.models import group
from desktop.models.text import format_date
from desktop.views.group_page import GroupPage

COMMUNE = "20704"


@pytest.fixture
def page(qtbot, context) -> GroupPage:
    widget = GroupPage(context)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    return widget


def _click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def _coverage(page: GroupPage) -> dict[str, str]:
    table = page.coverage
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_add_member_with_stages(qtbot, qtmodeltester, page, context):
    db = context.db
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.full_name.setText("Coor Thị Mai")
    dialog.position.setText("Công chức Tư pháp - Hộ tịch")
    dialog.role.setCurrentIndex(dialog.role.findData("thanh_vien"))
    qtbot.keyClicks(dialog.term_start, "02/01/2024")
    for code in ("kiem_tra", "lap_ke_hoach"):
        box = dialog.stages.boxes[code]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.dirty
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        _click_save(qtbot, dialog)
    member = group.get_member(db, dialog.record_id)
    assert member.stages == ["lap_ke_hoach", "kiem_tra"]
    assert member.term_start == "2024-01-02"
    assert page.model.rowCount() == before + 1
    stage_names = {s.code: s.name for s in group.stage_coverage(db, COMMUNE)}
    assert "Coor Thị Mai" in _coverage(page)[stage_names["kiem_tra"]]
    row = page.model.ids().index(member.id)
    assert stage_names["kiem_tra"] in page.model.index(row, 7).data()
    assert page.model.index(row, 5).data() == "02/01/2024"


def test_bad_member_input(qtbot, page, context):
    db = context.db
    count = db.execute("SELECT count(*) FROM member").fetchone()[0]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.role.setCurrentIndex(dialog.role.findData("to_truong"))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    qtbot.keyClicks(dialog.term_start, format_date(tomorrow))
    qtbot.keyClicks(dialog.phone, "goi toi")
    _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("full_name") == tr("Enter the member's full name.")
    assert dialog.error_text("term_start") == tr(
        "The date cannot be in the future (today is {today})."
    ).format(today=format_date(dt.date.today()))
    assert dialog.error_text("phone") == tr(
        "A phone number may hold only digits, spaces and + . - ( )."
    )
    assert "Alăng Văn Thương" in dialog.error_text("group_role")
    assert db.execute("SELECT count(*) FROM member").fetchone()[0] == count


def test_deleting_the_only_inspector_uncovers_the_stage(qtbot, page, context, monkeypatch):
    stage = {s.code: s.name for s in group.stage_coverage(context.db, COMMUNE)}["kiem_tra"]
    assert _coverage(page)[stage] == "Bhríu Quân"
    search = page.model.ids()
    target = next(i for i in search if group.get_member(context.db, i).full_name == "Bhríu Quân")
    page.view.selectRow(search.index(target))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _coverage(page)[stage] == tr("— nobody assigned —")
    assert target not in page.model.ids()


def test_info_counts_move_with_members_made_in_the_window(qtbot, page, commune_dir, run_cli):
    import json

    def members() -> int:
        result = run_cli("--data-dir", commune_dir.root, "info", "--json")
        assert result.code == 0
        return json.loads(result.out)["counts"]["members"]

    before = members()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.full_name.setText("Ríah Thị Thư")
    qtbot.keyClicks(dialog.term_start, "01/07/2025")
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        _click_save(qtbot, dialog)
    assert members() == before + 1
