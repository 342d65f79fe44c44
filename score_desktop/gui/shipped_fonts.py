"""A bundle's own fonts (resources/fonts, shipped for PDF reports) for the window too.

A Linux desktop without Chinese fonts showed the demo's Chinese names as empty boxes; the
bundle carries WenQuanYi Zen Hei and Noto for its reports anyway, and Qt falls back to
application fonts for glyphs the system's fonts lack. About 20 ms, paid by bundles only: a
source install uses the system's fonts, which scripts/install-system-deps.sh installs.
"""

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from ..paths import resources_dir


def add_shipped_fonts(folder: Path | None = None) -> list[str]:
    """Register every font file in `folder` (default resources/fonts); the families added."""
    folder = folder or resources_dir() / "fonts"
    families: list[str] = []
    for path in sorted(folder.glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
