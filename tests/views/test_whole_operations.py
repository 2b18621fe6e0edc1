"""Operations are whole: a receipt and its attachments, a deleted selection, hand-outs taken
back; each is one transaction, and the list shows what is stored whatever happened."""

from __future__ import annotations

import datetime as dt

import pytest
from hand_out import open_hand_out
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.models import receipts, store
from desktop.views.receipts_page import ReceiptsPage

COMMUNE = "20705"


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


def live(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]


def click_save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_a_failed_attachment_saves_neither_and_a_retry_makes_one_receipt(
    qtbot, context, tmp_path, warnings
):
    db = context.db
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    receipts_before, files_before = live(db, "receipt"), live(db, "attachment")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    today = dt.date.today()
    dialog.date.setDate(QDate(today.year, today.month, today.day))
    dialog.sponsor.setCurrentIndex(
        dialog.sponsor.findData(receipts.sponsor_choices(db, COMMUNE)[0].id)
    )
    dialog.kind.setCurrentIndex(dialog.kind.findData("hien_vat"))
    dialog.category.setCurrentIndex(dialog.category.findData("nong_lam_nghiep"))
    for column, text in enumerate(["Heo giống", "con", "2", "3.000.000"]):
        dialog.items_tab.table.item(0, column).setText(text)
    dialog.parties_tab.table.item(1, 1).setText("Alăng Văn Thương")
    minutes, photo = tmp_path / "bien-ban.jpg", tmp_path / "anh-ban-giao.jpg"
    minutes.write_bytes(b"\xff\xd8\xff minutes")
    photo.write_bytes(b"\xff\xd8\xff photo")
    dialog.attachments.attach([str(minutes), str(photo)])
    photo.unlink()  # the USB stick was pulled out before Save

    click_save(qtbot, dialog)

    assert warnings and "anh-ban-giao.jpg" in warnings[-1]
    assert dialog.isVisible() and dialog.record_id is None
    assert live(db, "receipt") == receipts_before and live(db, "attachment") == files_before
    photo.write_bytes(b"\xff\xd8\xff photo")  # plugged back in
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        click_save(qtbot, dialog)
    assert live(db, "receipt") == receipts_before + 1  # one receipt, not two
    stored = db.execute(
        "SELECT file_name FROM attachment WHERE owner_id = ? AND deleted = 0 ORDER BY file_name",
        [dialog.record_id],
    ).fetchall()
    assert stored == [("anh-ban-giao.jpg",), ("bien-ban.jpg",)]


def test_deleting_a_selection_is_all_or_nothing_and_the_list_refreshes(qtbot, context, warnings):
    db = context.db
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    page.view.selectRow(0)
    page.view.selectionModel().select(
        page.model.index(1, 0),
        page.view.selectionModel().SelectionFlag.Select
        | page.view.selectionModel().SelectionFlag.Rows,
    )
    first, second = page.selected_ids()
    rows = page.model.rowCount()
    other = store.open_database(context.data_dir)  # another window's import deletes one
    receipts.delete(other, second)
    other.conn.close()

    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)

    assert warnings  # the second could not be deleted: neither is
    assert db.execute("SELECT deleted FROM receipt WHERE id = ?", [first]).fetchone() == (0,)
    assert page.model.rowCount() == rows - 1  # what is stored: only the other's deletion
    assert first in page.model.ids() and second not in page.model.ids()


def test_a_refused_hand_out_still_shows_what_is_stored(qtbot, context, warnings):
    db = context.db
    sponsor = receipts.sponsor_choices(db, COMMUNE)[0].id
    receipt_id = receipts.save(
        db,
        receipts.Receipt(
            received_on="15/03/2026",
            sponsor_id=sponsor,
            resource_kind="hien_vat",
            category_code="nong_lam_nghiep",
            place="Hội trường UBND xã",
            items=[receipts.Item("Bò cái lai Sind", "con", 3, 2_000_000)],
            parties=[
                receipts.Party("giver", "Lê Quang Minh", "Chính ủy"),
                receipts.Party("receiver", "Alăng Văn Thương", "Tổ trưởng"),
            ],
        ),
        commune_code=COMMUNE,
    )
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    page.open_record(receipt_id)
    dialog = page.dialog
    handout = open_hand_out(qtbot, dialog)
    assert handout.table.rowCount() == 0
    item = handout.item.currentData()
    other = store.open_database(context.data_dir)  # meanwhile another window hands out two
    households = [r[0] for r in other.execute("SELECT id FROM household WHERE deleted = 0 LIMIT 2")]
    receipts.allocate(other, item, households=households, quantity=1, commune_code=COMMUNE)
    other.conn.close()
    for i in range(2, 4):
        handout.recipients.item(i).setCheckState(Qt.CheckState.Checked)
    handout.quantity.set_number(1)

    qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)

    assert handout.error.isVisible() and "1 con" in handout.error.text()
    assert handout.table.rowCount() == 2  # the other window's hand-outs, shown at once
    assert len(receipts.allocations(db, receipt_id)) == 2
