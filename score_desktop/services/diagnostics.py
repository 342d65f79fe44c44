"""The diagnostics a user copies into a support request: what runs, on what, with which fonts.

Nothing personal: no user or host names, no workspace or home paths, no record contents.
Library versions come from package metadata (nothing is imported for them); font names and
file names only, each marked as shipped with the app or found on the system.
"""

from __future__ import annotations

import platform
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from ..build_info import build_info
from ..paths import resources_dir

LIBRARIES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "pillow",
    "pillow-heif",
    "pypdfium2",
    "uharfbuzz",
    "openpyxl",
    "pyqtgraph",
    "numpy",
    "platformdirs",
)


def diagnostics_text(qt: dict[str, str], errors: Iterable[str] = ()) -> str:
    """Plain text, one `name: value` a line; `qt` holds the Qt and PySide6 versions."""
    info = build_info()
    if info.built:
        build = f"bundle built {info.built}" + (f" from {info.commit}" if info.commit else "")
    else:
        build = "run from source" + (" (bundle without build record)" if info.frozen else "")
    lines = [
        f"SCORE Desktop: {info.version}",
        f"Package metadata: {info.package_version or 'not found'}",
        f"Build: {build}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Platform: {platform.platform()} ({platform.machine()})",
        *(f"{name}: {version}" for name, version in qt.items()),
        "Libraries: " + ", ".join(f"{n} {_version(n)}" for n in LIBRARIES),
        "Report fonts: " + report_fonts_found(),
    ]
    errors = list(errors)
    lines.append("Recent errors: " + ("none" if not errors else ""))
    lines += [f"  {error}" for error in errors]
    return "\n".join(lines) + "\n"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def report_fonts_found() -> str:
    """The fonts PDF reports would embed, in order, or why there are none."""
    from .reporting.fonts import FontsMissingError, report_fonts

    try:
        fonts = report_fonts().regular.fonts
    except FontsMissingError:
        return "none found"
    shipped = resources_dir() / "fonts"
    return ", ".join(f"{f.name} ({f.path.name}, {_origin(f.path, shipped)})" for f in fonts)


def _origin(path: Path, shipped: Path) -> str:
    return "shipped" if path.parent == shipped else "installed"
