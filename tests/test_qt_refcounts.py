"""Thousands of Qt calls (a long session of chart redraws) do not exhaust None's references."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

import desktop.i18n  # noqa: F401  (installs the guard, as every entry point does)


def test_many_void_qt_calls_do_not_free_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # more than None's references on a plain Python 3.11
        label.setText("x")
    assert sys.getrefcount(None) > 20_000
    assert sys.getrefcount(None) >= before - 20_000
