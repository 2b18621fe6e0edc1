"""`ketnghia screenshot` renders pages with the current data."""

from __future__ import annotations

from PySide6.QtGui import QImage


def test_overview_screenshot_is_a_full_size_png(run_cli, commune_dir, tmp_path):
    out = tmp_path / "overview.png"
    result = run_cli("--data-dir", commune_dir.root, "screenshot", "overview", "--out", out)
    assert result.code == 0, result.err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_unknown_page_is_refused(run_cli, commune_dir, tmp_path):
    result = run_cli(
        "--data-dir", commune_dir.root, "screenshot", "nowhere", "--out", tmp_path / "x.png"
    )
    assert result.code == 1 and "nowhere" in result.err
