"""Needs, livelihood models and survey rounds hold attachments as receipts do: "Attach file…"
on a saved record copies the file in at once; on a new record the file waits and is saved with
the record, both or neither."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop.models import attachments
from desktop.views.models_page import ModelDialog
from desktop.views.needs_dialogs import NeedDialog
from desktop.views.surveys_dialogs import SurveyDialog


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    """The file the officer picks in the file dialog."""
    scan = tmp_path / "anh-hien-trang.jpg"
    scan.write_bytes(b"\xff\xd8\xff scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(scan)], ""))
    return scan


DIALOGS = [
    ("need", lambda context, record: NeedDialog(context, record)),
    ("livelihood_model", lambda context, record: ModelDialog(context, record)),
    ("survey", lambda context, record: SurveyDialog(context, record)),
]


@pytest.mark.parametrize(("table", "make"), DIALOGS, ids=[t for t, _ in DIALOGS])
def test_a_saved_record_takes_a_file_at_once_and_lists_it_again(
    qtbot, context, chosen, table, make
):
    db = context.db
    record = db.execute(f"SELECT id FROM {table} WHERE deleted = 0 LIMIT 1").fetchone()[0]
    dialog = make(context, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.attachments.add_button, Qt.MouseButton.LeftButton)
    stored = attachments.listing(db, table, record)
    assert [a.file_name for a in stored] == [chosen.name]
    assert not dialog.dirty  # written already: nothing waits for Save
    dialog.reject()
    again = make(context, record)
    qtbot.addWidget(again)
    assert again.attachments.files.count() == 1
    assert again.attachments.files.item(0).text().startswith(chosen.name)


def test_a_new_round_saves_its_file_with_it(qtbot, context, chosen, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    db = context.db
    dialog = SurveyDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.date, "15/06/2026")
    qtbot.keyClicks(dialog.title, "Ra soat ho ngheo giua nam")
    first_surveyor = next(iter(dialog.surveyors.boxes.values()))
    qtbot.mouseClick(first_surveyor, Qt.MouseButton.LeftButton)
    before = db.execute("SELECT count(*) FROM attachment").fetchone()[0]
    qtbot.mouseClick(dialog.attachments.add_button, Qt.MouseButton.LeftButton)
    assert dialog.attachments.files.item(0).text().startswith(chosen.name)
    assert dialog.dirty  # waits for the round
    assert db.execute("SELECT count(*) FROM attachment").fetchone()[0] == before
    with qtbot.waitSignal(dialog.saved, timeout=3000, raising=False) as saved:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert said == [] and saved.signal_triggered
    (survey_id,) = saved.args
    assert [a.file_name for a in attachments.listing(db, "survey", survey_id)] == [chosen.name]
