"""Every user-visible string has its Vietnamese translation, and the compiled file is current."""

from __future__ import annotations

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
