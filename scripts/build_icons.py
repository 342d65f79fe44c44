"""Render the application icon (resources/icons/score-desktop.svg) to every size desktops use.

Writes resources/icons/hicolor/NxN/apps/<app id>.png (Linux desktops, the window icon),
score-desktop.ico (Windows: the .exe and the installer) and score-desktop.icns (macOS).
Run after changing the SVG (`make icons`); the outputs are committed, so bundles are built
without re-rendering. Qt's own SVG renderer draws them: no extra tool to install.
"""

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from score_desktop import APP_ID  # noqa: E402

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(["build_icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "score-desktop.svg"))
    if not renderer.isValid():
        print("cannot read resources/icons/score-desktop.svg", file=sys.stderr)
        return 1
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(path))
    largest = Image.open(png_path(SIZES[-1]))
    largest.save(ICONS / "score-desktop.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(ICONS / "score-desktop.icns")
    print(f"icons written to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
