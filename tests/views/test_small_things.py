"""Small things that add up (issue 12, point 17), each as the officer meets it."""

from __future__ import annotations

from hand_out import open_hand_out
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from translations import tr

from desktop.models import receipts


def test_demo_prints_a_sentence_not_a_python_dict(run_cli, data_dir):
    args = ["--data-dir", data_dir.root]
    init = [*args, "init", "--role", "commune", "--unit", "20704"]
    assert run_cli(*init, "--station", "May xa", "--officer", "Can bo").code == 0
    result = run_cli(*args, "demo", "--households", "30")
    assert result.code == 0
    assert result.out.startswith("Đã nạp dữ liệu mẫu: ")
    assert "30 hộ gia đình" in result.out and "{" not in result.out and "'" not in result.out


def test_the_empty_conflicts_table_is_titled(qtbot, context):
    from desktop.views.conflicts_page import ConflictsPage

    page = ConflictsPage(context)
    qtbot.addWidget(page)
    headers = [page.versions.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == [
        tr("Field", "desktop.views.conflicts_page"),
        tr("Current version"),
        tr("Other version"),
    ]


def test_restoring_from_the_trash_says_what_came_back(qtbot, context, monkeypatch):
    from desktop.views.households_page import HouseholdsPage
    from desktop.views.trash_page import TrashPage

    households = HouseholdsPage(context)
    qtbot.addWidget(households)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    households.view.selectRow(0)
    name = households.model.index(0, 0).data()
    qtbot.mouseClick(households.delete_button, Qt.MouseButton.LeftButton)
    trash = TrashPage(context)
    qtbot.addWidget(trash)
    trash.view.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert name in trash.message.text() and "Đã khôi phục 1 mục" in trash.message.text()


def test_deleting_a_household_that_received_aid_warns(qtbot, context, monkeypatch):
    from desktop.views.households_page import HouseholdsPage

    db = context.db
    helped = db.execute(
        "SELECT a.household_id FROM allocation a WHERE a.deleted = 0 AND a.household_id "
        "IS NOT NULL LIMIT 1"
    ).fetchone()[0]
    page = HouseholdsPage(context)
    qtbot.addWidget(page)
    page.view.selectRow(page.model.ids().index(helped))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No,
    )
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    handouts = db.execute(
        "SELECT count(*) FROM allocation WHERE deleted = 0 AND household_id = ?", [helped]
    ).fetchone()[0]
    assert "đã nhận hỗ trợ" in asked[0] and f"{handouts} lượt cấp phát" in asked[0]
    assert db.execute("SELECT deleted FROM household WHERE id = ?", [helped]).fetchone() == (0,)


def test_a_new_receipt_stays_open_to_hand_its_items_out(qtbot, context):
    from desktop.views.receipts_page import ReceiptsPage

    db = context.db
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.sponsor.setCurrentIndex(1)
    dialog.kind.setCurrentIndex(dialog.kind.findData("hien_vat"))
    dialog.category.setCurrentIndex(dialog.category.findData("nong_lam_nghiep"))
    for column, text in enumerate(["Gà giống", "con", "20", "50.000"]):
        dialog.items_tab.table.item(0, column).setText(text)
    dialog.parties_tab.table.item(0, 1).setText("Nguyễn Văn Hải")
    dialog.parties_tab.table.item(1, 1).setText("Alăng Văn Thương")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert dialog.isVisible()  # not closed: the items can be handed out now
    assert dialog.saved_note.isVisible() and dialog.focusWidget() is dialog.hand_out_button
    handout = open_hand_out(qtbot, dialog)
    handout.to_villages.setChecked(True)
    handout.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    handout.quantity.clear()
    qtbot.keyClicks(handout.quantity, "5")
    qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)
    item = receipts.load(db, dialog.record_id).items[0]
    assert receipts.remaining(db, item.id) == 15
    # saving again keeps the same item (no copy, so the hand-out still holds)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert [i.id for i in receipts.load(db, dialog.record_id).items] == [item.id]


def test_sync_before_enrollment_says_why_it_cannot_send_and_counts_records(qtbot, context):
    from desktop.views.sync_page import SyncPage

    need = context.db.execute("SELECT id FROM need WHERE deleted = 0 LIMIT 1").fetchone()[0]
    for note in ("một", "hai", "ba"):  # one need changed three times is one need waiting
        context.db.execute("UPDATE need SET notes = ? WHERE id = ?", [note, need])
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()
    assert not page.folder_button.isEnabled()
    assert page.send_reason.isVisible() and "đăng ký" in page.send_reason.text()
    assert page.folder_button.toolTip() == page.send_reason.text()
    from sync import waiting

    state = waiting.waiting(context.db)
    needs_waiting = dict(state.by_table)["need"]
    live = context.db.execute("SELECT count(*) FROM need").fetchone()[0]
    assert needs_waiting <= live < state.changes
