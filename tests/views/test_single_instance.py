"""One window per data folder: a second start on the same folder (a double-clicked bundle)
hands the file to the window already open and exits; another folder gets its own window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.views import single_instance
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def second_start(data_dir, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir.root), *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
def test_a_second_start_hands_its_bundle_to_the_open_window(qtbot, context, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.app import receive

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No,
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    instance = single_instance.Instance(context.data_dir)
    assert instance.claim() and instance.listen()
    instance.received.connect(lambda path: receive(window, path))
    bundle = tmp_path / "Tải về" / "20705_to_510_0007.ketnghia"
    bundle.parent.mkdir()
    bundle.write_bytes(b"not really a bundle: the running window checks it")
    try:
        with qtbot.waitSignal(instance.received, timeout=20_000) as got:
            started = second_start(context.data_dir, str(bundle))
        assert got.args == [str(bundle)]
        _, err = started.communicate(timeout=20)
        assert started.returncode == 0, err  # it exits instead of opening a second window
    finally:
        instance.close()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert window.stack.currentWidget() is window.page("sync")  # the exchange page, and
    assert bundle.name in asked[0]  # the running window offers to import the file


def test_a_start_without_a_file_only_brings_the_window_forward(qtbot, context):
    instance = single_instance.Instance(context.data_dir)
    assert instance.claim() and instance.listen()
    try:
        with qtbot.waitSignal(instance.received, timeout=20_000) as got:
            started = second_start(context.data_dir)
        assert got.args == [None]
        _, err = started.communicate(timeout=20)
        assert started.returncode == 0, err
    finally:
        instance.close()


def test_one_window_per_data_folder(tmp_path):
    from desktop.paths import DataDir

    a, b = DataDir(tmp_path / "xa-a"), DataDir(tmp_path / "xa-b")
    assert single_instance.server_name(a) != single_instance.server_name(b)
    assert single_instance.server_name(a) == single_instance.server_name(DataDir(tmp_path / "xa-a"))
    first, second = single_instance.Instance(a), single_instance.Instance(a)
    assert first.claim()
    assert not second.claim()  # the second start on the folder must hand over
    assert single_instance.Instance(b).claim()  # another folder opens its own window
    first.close()
    assert second.claim()  # the first window closed: the next start opens one


def test_a_killed_window_does_not_keep_the_folder(data_dir):
    holder = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from desktop.paths import DataDir
from desktop.views.single_instance import Instance
app = QCoreApplication([])
instance = Instance(DataDir(Path(sys.argv[1])))
assert instance.claim()
os.kill(os.getpid(), signal.SIGKILL)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    killed = subprocess.run([sys.executable, "-c", holder, str(data_dir.root)], env=env)
    assert killed.returncode == -9
    assert (data_dir.root / single_instance.LOCK_NAME).exists()
    assert single_instance.Instance(data_dir).claim()  # its lock is stale: the new window opens
