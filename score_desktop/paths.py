"""Where bundled resources live, for source checkouts and frozen bundles alike."""

import functools
import sys
from pathlib import Path


@functools.cache
def resources_dir() -> Path:
    """The top-level resources/ folder (icons, fonts, translations). Found once: it cannot
    move while the app runs, and the window's first build asks for it about fifty times
    (each icon), each a realpath of this file."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller bundles
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
