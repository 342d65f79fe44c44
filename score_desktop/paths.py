"""Where bundled resources live, for source checkouts and frozen bundles alike."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The top-level resources/ folder (icons, fonts, translations)."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller bundles
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
