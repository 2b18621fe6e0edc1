"""The livelihood models page and dialog driven through their widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.models import livelihood
from desktop.views.models_page import ModelsPage


def _save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_create_a_model_with_members(qtbot, qtmodeltester, context):
    page = ModelsPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    # Saving empty names what is missing beside the fields, and writes nothing.
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("name") and dialog.error_text("kind")
    assert dialog.error_text("sponsor_id")
    qtbot.keyClicks(dialog.name, "To hop tac nuoi heo den")
    dialog.kind.setCurrentIndex(dialog.kind.findData("to_hop_tac"))
    dialog.sponsor.setCurrentIndex(1)
    dialog.status.setCurrentIndex(dialog.status.findData("nhan_rong"))
    qtbot.keyClicks(dialog.results, "8 ho tham gia")
    dialog.search.setText("")
    assert dialog.found.count() > 3
    for _ in range(3):
        dialog.found.setCurrentRow(0)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.members.count() == 3
    with qtbot.waitSignal(dialog.saved, timeout=2000):
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    qtmodeltester.check(page.model)
    saved = livelihood.load(context.db, dialog.record_id)
    assert saved.status == "nhan_rong" and len(saved.members) == 3
    # The list shows it with its member count.
    page.search.setText("heo den")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 5).data() == "3"  # member households


def test_future_year_refused_beside_the_field(qtbot, context):
    page = ModelsPage(context)
    qtbot.addWidget(page)
    page.open_record(page.model.row_id(0))
    dialog = page.dialog
    dialog.year.setValue(dialog.year.maximum())
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_text("year")


def test_unsaved_changes_ask_and_delete_is_a_tombstone(qtbot, context, monkeypatch):
    page = ModelsPage(context)
    qtbot.addWidget(page)
    model_id = page.model.row_id(0)
    page.open_record(model_id)
    dialog = page.dialog
    qtbot.keyClicks(dialog.name, " moi")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Discard,
    )
    dialog.reject()
    assert asked and not dialog.isVisible()
    rows = page.model.rowCount()
    page.view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == rows - 1
    assert (
        context.db.execute(
            "SELECT deleted FROM livelihood_model WHERE id = ?", [model_id]
        ).fetchone()[0]
        == 1
    )
