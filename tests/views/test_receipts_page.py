"""The receipts page and dialog driven through their widgets: a receipt with items linked to a
need, handed out to households, refused beyond what was received; validation beside fields."""

from __future__ import annotations

import datetime as dt
import json

from hand_out import open_hand_out
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from translations import tr

from desktop.models import attachments, counts, needs, receipts
from desktop.models.db import transaction
from desktop.models.ids import uuid7
from desktop.models.text import format_number, format_vnd
from desktop.views import look
from desktop.views.needs_page import NeedsPage
from desktop.views.receipts_page import ReceiptsPage

COMMUNE = "20704"


def _need(db, sponsor_id: str) -> str:
    need_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO need (id, commune_code, year, category_code, description, quantity, "
            "unit, estimated_cost, sponsor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                need_id,
                COMMUNE,
                dt.date.today().year,
                "nong_lam_nghiep",
                "Heo giống cho hộ nghèo thôn Pà Dồn",
                5,
                "con",
                15_000_000,
                sponsor_id,
            ),
        )
    return need_id


def _feed_receipt(db) -> str:
    """A receipt of today: 100 bags of feed."""
    return receipts.save(
        db,
        receipts.Receipt(
            received_on=dt.date.today(),
            sponsor_id=receipts.sponsor_choices(db, COMMUNE)[0].id,
            resource_kind="hien_vat",
            category_code="nong_lam_nghiep",
            items=[receipts.Item("Thức ăn chăn nuôi", "bao", 100, 350_000)],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )


def _select(box, data) -> None:
    index = box.findData(data)
    assert index >= 0
    box.setCurrentIndex(index)


def _save(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )


def test_receipt_with_items_handed_out_and_linked_to_a_need(qtbot, qtmodeltester, context, run_cli):
    db = context.db
    counts_before = counts.record_counts(db)
    sponsor = receipts.sponsor_choices(db, COMMUNE)[0].id
    need_id = _need(db, sponsor)
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    today = dt.date.today()
    dialog.date.setDate(QDate(today.year, today.month, today.day))
    _select(dialog.sponsor, sponsor)
    _select(dialog.kind, "hien_vat")
    _select(dialog.category, "nong_lam_nghiep")
    qtbot.keyClicks(dialog.place, "Hoi truong UBND xa")
    qtbot.keyClicks(dialog.minutes, "09/BB-UBND")
    # One item: 5 pigs at 3.000.000 đ; the amount is computed as it is typed.
    for column, text in enumerate(["Heo giống", "con", "5", "3.000.000"]):
        dialog.items_tab.table.item(0, column).setText(text)
    assert dialog.items_tab.table.item(0, 4).text() == "15.000.000 đ"
    # The giver is filled from the sponsor's directory entry; name the receiver.
    assert dialog.parties_tab.table.item(0, 1).text()
    dialog.parties_tab.table.item(1, 1).setText("Alăng Văn Thương")
    dialog.parties_tab.table.item(1, 2).setText("Tổ trưởng Tổ công tác")
    _select(dialog.needs_tab.picker, need_id)
    qtbot.mouseClick(dialog.needs_tab.link_button, Qt.MouseButton.LeftButton)
    assert dialog.needs_tab.table.rowCount() == 1
    assert dialog.needs_tab.table.item(0, 1).text() == "15.000.000"
    _save(qtbot, dialog)
    receipt_id = dialog.record_id
    assert page.model.rowCount() == before + 1
    qtmodeltester.check(page.model)

    # The need now shows its fulfilment, on the needs page too.
    result = needs.fulfilment(db, [need_id])[need_id]
    assert result.received_value == 15_000_000 and result.fulfilled
    needs_page = NeedsPage(context)
    qtbot.addWidget(needs_page)
    needs_page.year_box.setCurrentIndex(needs_page.year_box.findData(dt.date.today().year))
    row = next(
        r for r in range(needs_page.model.rowCount()) if needs_page.model.row_id(r) == need_id
    )
    needs_page.view.setCurrentIndex(needs_page.model.index(row, 0))
    needs_page.show_detail()
    shown = needs_page.fulfilment_label.text()
    assert format_vnd(15_000_000) in shown and tr("Fulfilled.") in shown

    # Reopen and hand the pigs out: 3 households get one each.
    page.open_record(receipt_id)
    dialog = page.dialog
    assert "100%" in dialog.needs_tab.table.item(0, 3).text()
    handout = open_hand_out(qtbot, dialog)
    assert handout.isVisible()
    assert handout.recipients.count() > 6
    for i in range(3):
        handout.recipients.item(i).setCheckState(Qt.CheckState.Checked)
    handout.quantity.clear()
    qtbot.keyClicks(handout.quantity, "1")
    qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)
    assert handout.table.rowCount() == 3
    assert "2 con" in handout.remaining_label.text()

    # Three more would be more than the 2 left: refused, the remaining quantity shown.
    for i in range(3, 6):
        handout.recipients.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)
    assert handout.error.isVisible()
    assert "2 con" in handout.error.text()
    assert handout.table.rowCount() == 3
    assert receipts.remaining(db, handout.item.currentData()) == 2
    assert len(receipts.allocations(db, receipt_id)) == 3
    # `ketnghia info --json` counts what was made through the window.
    result = run_cli("--data-dir", context.data_dir.root, "info", "--json")
    assert result.code == 0, result.err
    # (qtmodeltester's own lines come first in the captured output)
    info = json.loads(result.out.strip().splitlines()[-1])
    assert info["counts"]["receipts"] == counts_before["receipts"] + 1
    assert info["counts"]["allocations"] == counts_before["allocations"] + 3


def test_invalid_receipt_shows_messages_beside_fields(qtbot, context):
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    rows = page.model.rowCount()
    page.open_record(None)
    dialog = page.dialog
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 0  # the first problem's tab is brought forward
    for key in ("sponsor_id", "resource_kind", "category_code"):
        assert dialog.error_text(key), key
    dialog.tabs.setCurrentIndex(1)
    assert dialog.error_text("items")
    said = [label for label in dialog.findChildren(QLabel, "fieldError") if label.text()]
    assert len(said) >= 4  # the three fields' lines and the items tab's own (receipt.common)
    for label in said:  # every one in red
        assert label.palette().color(QPalette.ColorRole.WindowText).name() == look.ERROR
    dialog.tabs.setCurrentIndex(0)
    future = dt.date.today() + dt.timedelta(days=3)
    dialog.date.setDate(QDate(future.year, future.month, future.day))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.error_text("received_on")
    assert page.model.rowCount() == rows


def test_closing_with_unsaved_changes_asks(qtbot, context, monkeypatch):
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    page.open_record(None)
    dialog = page.dialog
    qtbot.keyClicks(dialog.place, "Nha van hoa")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.reject()
    assert asked and dialog.isVisible()


def test_delete_moves_to_trash(qtbot, context, monkeypatch):
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    rows = page.model.rowCount()
    page.view.selectRow(0)
    receipt_id = page.selected_ids()[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == rows - 1
    assert (
        context.db.execute("SELECT deleted FROM receipt WHERE id = ?", [receipt_id]).fetchone()[0]
        == 1
    )


def test_search_ignores_diacritics(qtbot, context):
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    everything = page.model.rowCount()
    page.search.setText("qua tet")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everything, timeout=2000)
    for row in range(page.model.rowCount()):
        assert "Quà Tết" in page.model.index(row, 3).data()


def test_attachments_are_copied_and_listed_on_the_record(qtbot, context, tmp_path):
    db = context.db
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    receipt_id = page.model.row_id(0)
    page.open_record(receipt_id)
    dialog = page.dialog
    scan = tmp_path / "bien-ban-ban-giao.jpg"
    scan.write_bytes(b"\xff\xd8\xff scanned minutes")
    dialog.attachments.attach([str(scan)])
    assert dialog.attachments.files.count() == 1
    assert dialog.attachments.files.item(0).text().startswith("bien-ban-ban-giao.jpg")
    listed = attachments.listing(db, "receipt", receipt_id)
    assert [a.file_name for a in listed] == ["bien-ban-ban-giao.jpg"]
    stored = attachments.stored_path(context.data_dir, listed[0].sha256)
    assert stored.read_bytes() == scan.read_bytes()
    # Reopened, the record lists it.
    page.open_record(receipt_id)
    assert page.dialog.attachments.files.count() == 1


def test_recipients_already_handed_the_item_are_marked(qtbot, context):
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    receipt_id = next(
        r.id
        for r in (receipts.load(context.db, page.model.row_id(row)) for row in range(10))
        if any(a.is_household for a in receipts.allocations(context.db, r.id))
    )
    page.open_record(receipt_id)
    dialog = page.dialog
    handout = open_hand_out(qtbot, dialog)
    item_id = handout.item.currentData()
    handed = receipts.handed_to(context.db, item_id)
    unit = handout.item.currentText().rsplit("(", 1)[-1].rstrip(")")
    seen = 0
    for i in range(handout.recipients.count()):
        entry = handout.recipients.item(i)
        household = entry.data(Qt.ItemDataRole.UserRole)
        marker = tr("already handed {quantity} {unit}").format(
            quantity=format_number(round(handed.get(household, 0), 4)), unit=unit
        )
        assert entry.text().endswith(marker) == (household in handed)
        seen += household in handed
    assert seen == len(handed)


def test_print_the_minutes_from_the_receipt(qtbot, context):
    from desktop.views.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("receipts")
    receipt_id = page.model.row_id(0)
    page.open_record(receipt_id)
    dialog = page.dialog
    (button,) = [b for b in dialog.buttons.buttons() if b.text() == tr("Handover minutes…")]
    with qtbot.waitSignal(window.page_shown, timeout=2000) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown.args == ["documents"]
    documents = window.page("documents")
    assert documents.kind.currentData() == "handover"
    assert documents.receipt.currentData() == receipt_id
    assert not dialog.isVisible()


def test_quantities_are_vietnamese_whatever_the_regional_setting(qtbot, context):
    """With an English regional format, "20,5" is still twenty and a half and shows as typed."""
    from PySide6.QtCore import QLocale

    from desktop import i18n

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    i18n.install("vi")  # what the program does at start, whatever Windows says
    db = context.db
    receipt_id = _feed_receipt(db)
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    page.open_record(receipt_id)
    dialog = page.dialog
    handout = open_hand_out(qtbot, dialog)
    item = receipts.load(db, receipt_id).items[0]
    _select(handout.item, item.id)
    before = receipts.remaining(db, item.id)
    handout.to_villages.setChecked(True)
    handout.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    handout.quantity.clear()
    qtbot.keyClicks(handout.quantity, "20,5")
    qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)
    assert not handout.error.isVisible()
    assert receipts.remaining(db, item.id) == before - 20.5
    assert handout.quantity.text() == "20,5"
    # a number typed without grouping is shown grouped the Vietnamese way when leaving the box
    handout.quantity.clear()
    qtbot.keyClicks(handout.quantity, "1500")
    handout.quantity.editingFinished.emit()
    assert handout.quantity.text() == "1.500"
    # and Qt's own number boxes follow the program, not the computer
    assert QLocale().toString(1500.5, "f", 1) == "1.500,5"
    # no number: a sentence, nothing handed out
    handout.quantity.clear()
    qtbot.keyClicks(handout.quantity, "hai")
    handout.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)
    assert handout.error.text() == tr("Type the quantity as a number, like 2 or 20,5.")
    assert receipts.remaining(db, item.id) == before - 20.5


def _open_by_double_click(qtbot, page, receipt_id: str):
    row = page.model.ids().index(receipt_id)
    index = page.model.index(row, 1)
    page.view.scrollTo(index)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return page.dialog


def test_hand_out_progress_per_item_and_share_of_value(qtbot, context):
    """200 chickens + 2 cows handed out, 20 bags of feed not: 85% of the value, not 91%."""
    db = context.db
    receipt_id = receipts.save(
        db,
        receipts.Receipt(
            received_on=dt.date.today(),
            sponsor_id=receipts.sponsor_choices(db, COMMUNE)[0].id,
            resource_kind="hien_vat",
            category_code="nong_lam_nghiep",
            items=[
                receipts.Item("Gà giống", "con", 200, 50_000),
                receipts.Item("Bò cái", "con", 2, 15_000_000),
                receipts.Item("Thức ăn chăn nuôi", "bao", 20, 350_000),
            ],
            parties=[receipts.Party("giver", "A"), receipts.Party("receiver", "B")],
        ),
        commune_code=COMMUNE,
    )
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    dialog = _open_by_double_click(qtbot, page, receipt_id)
    handout = open_hand_out(qtbot, dialog)
    handout.to_villages.setChecked(True)
    for name, quantity in (("Gà giống", "200"), ("Bò cái", "2")):
        handout.item.setCurrentIndex(handout.item.findText(name, Qt.MatchFlag.MatchStartsWith))
        handout.recipients.item(0).setCheckState(Qt.CheckState.Checked)
        handout.quantity.clear()
        qtbot.keyClicks(handout.quantity, quantity)
        qtbot.mouseClick(handout.hand_out, Qt.MouseButton.LeftButton)
        assert not handout.error.isVisible(), handout.error.text()
    expected = round(
        100 * (200 * 50_000 + 2 * 15_000_000) / (200 * 50_000 + 30_000_000 + 7_000_000)
    )
    assert expected == 85
    assert dialog.items_tab.value_handed.text() == tr("Handed out: {percent}% of the value").format(
        percent=85
    )
    shown = [
        dialog.items_tab.table.item(r, 5).text() for r in range(dialog.items_tab.table.rowCount())
    ]
    assert shown == ["200 / 200 con (100%)", "2 / 2 con (100%)", "0 / 20 bao (0%)"]
    dialog.mark_clean()
    dialog.reject()
    row = page.model.ids().index(receipt_id)
    assert page.model.index(row, 5).data() == "85%"


def _insert_need(db, description: str, unit: str, cost: int, category: str) -> str:
    need_id = uuid7()
    with transaction(db) as conn:
        conn.execute(
            "INSERT INTO need (id, commune_code, year, category_code, description, quantity, "
            "unit, estimated_cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (need_id, COMMUNE, dt.date.today().year, category, description, 10, unit, cost),
        )
    return need_id


def test_needs_count_the_items_that_answer_them_not_the_link_order(qtbot, context):
    db = context.db
    chickens = _insert_need(
        db, "Hỗ trợ gà giống cho hộ nghèo", "con", 20_000_000, "nong_lam_nghiep"
    )
    cows = _insert_need(db, "Hỗ trợ bò cái sinh sản", "con", 40_000_000, "nong_lam_nghiep")
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    _select(dialog.sponsor, receipts.sponsor_choices(db, COMMUNE)[0].id)
    _select(dialog.kind, "hien_vat")
    _select(dialog.category, "nong_lam_nghiep")
    dialog.parties_tab.table.item(1, 1).setText("Alăng Văn Thương")
    if not dialog.parties_tab.table.item(0, 1).text():
        dialog.parties_tab.table.item(0, 1).setText("Nguyễn Văn Hải")
    for column, text in enumerate(["Gà giống", "con", "200", "50.000"]):
        dialog.items_tab.table.item(0, column).setText(text)
    qtbot.mouseClick(dialog.items_tab.add_button, Qt.MouseButton.LeftButton)
    for column, text in enumerate(["Bò cái", "con", "2", "15.000.000"]):
        dialog.items_tab.table.item(1, column).setText(text)
    dialog.tabs.setCurrentIndex(2)
    for need_id in (chickens, cows):  # the chicken need first: it used to take 20 million
        _select(dialog.needs_tab.picker, need_id)
        qtbot.mouseClick(dialog.needs_tab.link_button, Qt.MouseButton.LeftButton)
    grid = dialog.needs_tab.answers
    ticked = {
        (grid.verticalHeaderItem(r).text(), grid.horizontalHeaderItem(c).text())
        for r in range(grid.rowCount())
        for c in range(grid.columnCount())
        if grid.item(r, c).checkState() == Qt.CheckState.Checked
    }
    assert ticked == {
        ("Gà giống", "Hỗ trợ gà giống cho hộ nghèo"),
        ("Bò cái", "Hỗ trợ bò cái sinh sản"),
    }
    assert [dialog.needs_tab.table.item(r, 1).text() for r in range(2)] == [
        "10.000.000",
        "30.000.000",
    ]
    assert [dialog.needs_tab.table.item(r, 2).text() for r in range(2)] == ["200", "2"]
    _save(qtbot, dialog)
    counted = needs.fulfilment(db, [chickens, cows])
    assert counted[chickens].received_value == 10_000_000
    assert counted[cows].received_value == 30_000_000
    assert not counted[chickens].fulfilled and not counted[cows].fulfilled

    # the officer says the cows answer the chicken need too: it is shared by the needs' costs
    page.open_record(dialog.record_id)
    dialog = page.dialog
    dialog.tabs.setCurrentIndex(2)
    grid = dialog.needs_tab.answers
    column = next(
        c
        for c in range(grid.columnCount())
        if grid.horizontalHeaderItem(c).text() == "Hỗ trợ gà giống cho hộ nghèo"
    )
    row = next(r for r in range(grid.rowCount()) if grid.verticalHeaderItem(r).text() == "Bò cái")
    cell = grid.item(row, column)
    rect = grid.visualItemRect(cell)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if cell.checkState() != Qt.CheckState.Checked:  # the click selected; space ticks
        qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert cell.checkState() == Qt.CheckState.Checked
    _save(qtbot, dialog)
    counted = needs.fulfilment(db, [chickens, cows])
    assert counted[chickens].received_value == 10_000_000 + 10_000_000
    assert counted[cows].received_value == 20_000_000


def test_hand_out_list_says_when_it_is_cut_and_ticks_all(qtbot, context):
    from desktop.models.text import fold

    db = context.db
    village = db.execute("SELECT id FROM village WHERE deleted = 0 LIMIT 1").fetchone()[0]
    with transaction(db) as conn:
        for n in range(150):
            name = f"Clâu Văn Thêm {n:03d}"
            conn.execute(
                "INSERT INTO household (id, commune_code, village_id, head_name, search_key) "
                "VALUES (?, ?, ?, ?, ?)",
                (uuid7(), COMMUNE, village, name, fold(name)),
            )
    total = db.execute("SELECT count(*) FROM household WHERE deleted = 0").fetchone()[0]
    assert total > receipts.RECIPIENTS_SHOWN
    receipt_id = _feed_receipt(db)
    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    page.open_record(receipt_id)
    dialog = page.dialog
    handout = open_hand_out(qtbot, dialog)
    assert handout.recipients.count() == receipts.RECIPIENTS_SHOWN
    assert handout.recipients_count.text() == tr(
        "The first {shown} of {total} matching households are listed: search or choose a "
        "village to find the others."
    ).format(shown=format_number(receipts.RECIPIENTS_SHOWN), total=format_number(total))
    qtbot.mouseClick(handout.tick_all, Qt.MouseButton.LeftButton)
    assert len(handout.ticked()) == receipts.RECIPIENTS_SHOWN
    qtbot.mouseClick(handout.tick_none, Qt.MouseButton.LeftButton)
    assert handout.ticked() == []
    # narrowed by a search, every match is listed and the line says how many
    qtbot.keyClicks(handout.search, "clau van them 149")
    qtbot.waitUntil(lambda: handout.recipients.count() == 1, timeout=3000)
    assert handout.recipients_count.text() == tr("{count} listed").format(count=1)
    assert handout.recipients.wordWrap()
    dialog.mark_clean()


def test_export_to_excel_writes_what_the_list_shows(qtbot, context, tmp_path):
    from openpyxl import load_workbook

    from desktop.views.receipts_page import ReceiptsPage

    page = ReceiptsPage(context)
    qtbot.addWidget(page)
    year = page.filters["year"]
    year.setCurrentIndex(1)  # one year's receipts
    shown = page.model.rowCount()
    target = tmp_path / "tiep-nhan.xlsx"
    page.export_excel(str(target))
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Ngày", "Đơn vị kết nghĩa"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == shown + 1  # and the totals row
    first = page.model.index(0, 1).data()
    assert rows[0][1] == first
    assert "Đã xuất" in page.count_label.text()
