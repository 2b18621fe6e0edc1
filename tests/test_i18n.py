"""Every user-visible string has its Vietnamese translation, and the compiled file is current."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from desktop import i18n
from desktop.views import pages

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "installer" / "i18n.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def test_every_string_has_a_vietnamese_translation(tmp_path):
    written = tool.update(tmp_path)
    assert written, "no translatable strings found"
    missing = tool.untranslated(written)
    assert not missing, "strings without Vietnamese translation:\n" + "\n".join(missing)


def test_each_module_reads_its_own_translation(qapp):
    """One English word ("Status") may read differently on two pages: the .qm gives every
    module its own wording, looked up in the module's context."""
    from PySide6.QtCore import QCoreApplication

    i18n.install("vi")
    wording: dict[str, set[str]] = {}
    for ts in sorted(tool.TS_DIR.glob("*.ts")):
        for source, translation in tool.read_ts(ts).items():
            context = tool.context_name(ts)
            assert QCoreApplication.translate(context, source) == translation, (context, source)
            wording.setdefault(source, set()).add(translation)
    differing = sum(1 for texts in wording.values() if len(texts) > 1)
    assert differing > 0  # the case this design exists for does occur


def test_compiled_translations_are_up_to_date(tmp_path):
    fresh = tool.compile_qm(tool.TS_DIR, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == tool.QM_FILE.read_bytes(), "run: python installer/i18n.py compile"


def test_vietnamese_by_default_and_english_selectable(qapp):
    overview = pages.PAGES[0]
    i18n.install("vi")
    assert overview.title() == "Tổng quan"
    i18n.install("en")
    assert overview.title() == "Overview"
    i18n.install("vi")
    with pytest.raises(ValueError):
        i18n.install("fr")


def test_qt_texts_compiled_translations_are_up_to_date(tmp_path):
    fresh = tool.compile_qm(tool.QT_TS_DIR, tmp_path / "qt.qm")
    assert fresh.read_bytes() == tool.QT_QM_FILE.read_bytes(), (
        "run: python installer/i18n.py compile"
    )


def test_a_question_box_reads_co_khong(qapp, qtbot):
    """Qt's own buttons are Vietnamese: a question the program asks reads "Có / Không"."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    i18n.install("vi")
    seen: list[str] = []

    def read_and_answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, read_and_answer)
    answer = QMessageBox.question(None, "Xóa", "Chuyển vào thùng rác?")
    assert answer == QMessageBox.StandardButton.No
    assert sorted(seen) == ["Có", "Không"]


def test_wizard_buttons_and_the_edit_menu_are_vietnamese(qapp, qtbot):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWizard

    i18n.install("vi")
    wizard = QWizard()
    qtbot.addWidget(wizard)
    texts = {
        wizard.buttonText(button).replace("&", "")
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    }
    assert texts == {"< Quay lại", "Tiếp theo >", "Hoàn tất", "Hủy"}
    for edit in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(edit)
        menu = edit.createStandardContextMenu()
        labels = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if a.text()]
        assert labels == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]


def test_every_translation_context_is_the_name_tr_looks_up():
    """tr() looks strings up under the calling module's __name__: each .ts must be named for
    exactly that (desktop/cli/__init__.py is "desktop.cli", not "desktop.cli.__init__")."""
    import importlib

    for ts in sorted(tool.TS_DIR.glob("*.ts")):
        module = importlib.import_module(ts.stem)
        assert module.__name__ == ts.stem
        assert "__" not in ts.stem, ts.name


def test_every_command_line_help_is_translated():
    """argparse prints `help=` texts to the officer: each goes through tr(), like every text."""
    plain = []
    for module in sorted((ROOT / "desktop" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                plain.extend(
                    f"{module.name}:{node.lineno}: {keyword.value.value!r}"
                    for keyword in node.keywords
                    if keyword.arg == "help"
                    and isinstance(keyword.value, ast.Constant)
                    and isinstance(keyword.value.value, str)
                )
    assert not plain, plain
