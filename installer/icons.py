"""Render the program's icons from their SVG drawings (resources/icons/*.svg).

    python installer/icons.py

Writes, and both are committed: resources/icons/ketnghia-<size>.png (the window icon, read by
desktop.views.app) and installer/ketnghia.ico / installer/ketnghia-file.ico (the program and the
.ketnghia bundle files on Windows, used by the PyInstaller spec and the Inno Setup script).
Qt renders the SVG (QtSvg); Pillow writes the multi-size .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_PNG_SIZES = (16, 32, 48, 256)


def render(svg: Path, size: int) -> bytes:
    """PNG bytes of `svg` drawn at `size`×`size` pixels with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG drawing")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(svg: Path, target: Path) -> None:
    from PIL import Image

    images = [Image.open(io.BytesIO(render(svg, size))) for size in SIZES]
    largest = images[-1]
    largest.save(target, format="ICO", sizes=[(s, s) for s in SIZES], append_images=images[:-1])


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    program = ICONS / "ketnghia.svg"
    for size in WINDOW_PNG_SIZES:
        (ICONS / f"ketnghia-{size}.png").write_bytes(render(program, size))
    write_ico(program, ROOT / "installer" / "ketnghia.ico")
    write_ico(ICONS / "ketnghia-file.svg", ROOT / "installer" / "ketnghia-file.ico")
    print("icons written to resources/icons/ and installer/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
