"""The log file: in the data folder, rotating, with every bug's traceback; elsewhere when the
data folder cannot be written."""

from __future__ import annotations

import logging

import pytest

from desktop import logs


@pytest.fixture
def restore_log():
    yield
    logs._handler = None  # the next setup starts afresh


def test_the_log_rotates_and_keeps_a_few_old_files(data_dir, monkeypatch, restore_log):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup(data_dir.ensure())
    assert path == data_dir.root / "logs" / "ketnghia.log"
    for n in range(400):
        logging.getLogger("desktop.test").info("dòng nhật ký số %d", n)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [
        "ketnghia.log",
        *(f"ketnghia.log.{i}" for i in range(1, logs.BACKUP_COUNT + 1)),
    ]
    assert path.stat().st_size < 2500
    assert "dòng nhật ký số 399" in path.read_text("utf-8")


def test_a_bug_is_logged_with_its_traceback(data_dir, restore_log):
    path = logs.setup(data_dir)
    try:
        int("mười")
    except ValueError as exc:
        assert logs.log_bug(exc) == path
    text = path.read_text("utf-8")
    assert "Traceback (most recent call last)" in text and "invalid literal for int()" in text
    assert str(path) in logs.bug_sentence(path)


def test_a_data_folder_that_cannot_hold_the_log_logs_to_the_temporary_folder(data_dir, restore_log):
    data_dir.ensure()
    (data_dir.root / "logs").write_text("a file where the log folder should be")
    path = logs.setup(data_dir)
    assert data_dir.root not in path.parents
    logging.getLogger("desktop.test").info("vẫn ghi được")
    assert "vẫn ghi được" in path.read_text("utf-8")
