"""The application icon, from the PNG sizes scripts/build_icons.py renders from the SVG.

PNGs rather than the SVG itself: the icon then needs no SVG icon-engine plugin in a bundle,
and each size is the one desktops show (taskbar 16-48 px, switcher 64-256 px).
"""

from PySide6.QtGui import QIcon

from .. import APP_ID
from ..paths import resources_dir


def app_icon() -> QIcon:
    icon = QIcon()
    for path in sorted((resources_dir() / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(path))
    return icon
