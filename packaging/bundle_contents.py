"""What goes into the bundle and what stays out; read by score-desktop.spec.

Kept as a plain module so the lists can be read (and checked by tests) without PyInstaller.
Sizes quoted below were measured on the Linux build (see packaging/README.md).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

# Loaded by file, not by import, so PyInstaller's analysis cannot see them: Alembic imports
# the migration scripts from the migrations folder (bundled as data) and they use these.
HIDDEN_IMPORTS = [
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite",
    "pillow_heif",
    "uharfbuzz",
]

# Packages and Qt modules the app never loads. pyqtgraph reaches for OpenGL, its examples
# and its test helpers; numpy and Pillow ship test suites; Tk comes with CPython.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "pypdf",
    "IPython",
    "matplotlib",
    "scipy",
    "pandas",
    "OpenGL",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.canvas",
    "numpy.tests",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvgWidgets",
]

# Resources the app reads at run time (paths.resources_dir). The .ts sources stay out.
RESOURCE_GLOBS = [
    "help/*",
    "icons/*.png",
    "icons/hicolor/*/apps/*.png",
    "translations/*.qm",
    "translations/reports/*.json",
    "checklists/*.json",
]

# Fonts that PDF reports embed (services/reporting/fonts.py looks in resources/fonts first):
# Latin and Vietnamese, Arabic and Urdu, Amharic, Burmese, Chinese. Noto: SIL Open Font
# License; WenQuanYi Zen Hei: GPL v2 with the font embedding exception.
REPORT_FONT_FILES = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf",
    "NotoSansEthiopic-Bold.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansMyanmar-Bold.ttf",
    "wqy-zenhei.ttc",
]
# Looked in, in order: SCORE_BUNDLE_FONT_DIR (Windows and macOS ship none of these fonts:
# put the files in a folder and name it), then the Debian packages' folders.
_FONT_DIR = os.environ.get("SCORE_BUNDLE_FONT_DIR")
FONT_SOURCES = [
    *([Path(_FONT_DIR)] if _FONT_DIR else []),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/truetype"),
]

# Collected by PyInstaller's Qt hooks but never used: Qt's translations other than the UI
# languages, image formats the app never reads through Qt (Pillow and PDFium do the
# decoding), and platform plugins other than the desktop ones.
UI_LANGUAGES = ("zh_CN",)
DROPPED_QT_PLUGIN_DIRS = (
    "qmltooling",
    "generic",
    "networkinformation",
    "tls",
    "sqldrivers",
    "egldeviceintegrations",  # for the eglfs platform (embedded boards), dropped below
)
DROPPED_QT_LIBS = ("libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport")
DROPPED_IMAGE_FORMATS = ("qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qpdf")
DROPPED_PLATFORMS = ("qminimalegl", "qvnc", "qlinuxfb", "qeglfs", "qvkkhrdisplay")


# Copied next to the Linux executable (see packaging/linux/install.sh).
LINUX_FILES = (
    "install.sh",
    "org.scoredesktop.ScoreDesktop.desktop",
    "org.scoredesktop.ScoreDesktop.metainfo.xml",
)


def build_info(root: Path, version: str) -> dict[str, str]:
    """Version, build time and commit, shown in About and in the diagnostics."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = ""
    built = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    return {"version": version, "built": built, "commit": commit}


def resource_datas(root: Path) -> list[tuple[str, str]]:
    found = []
    for pattern in RESOURCE_GLOBS:
        for path in sorted((root / "resources").glob(pattern)):
            if path.is_file():
                found.append((str(path), str(path.parent.relative_to(root))))
    return found


def report_fonts(stage: Path) -> list[tuple[str, str]]:
    """Copy the report fonts from the build machine into the stage; all must be found."""
    stage.mkdir(parents=True, exist_ok=True)
    datas = []
    missing = []
    for name in REPORT_FONT_FILES:
        source = next((d / name for d in FONT_SOURCES if (d / name).is_file()), None)
        if source is None:
            missing.append(name)
            continue
        shutil.copy2(source, stage / name)
        datas.append((str(stage / name), "resources/fonts"))
    if missing:
        raise SystemExit(
            "report fonts missing on the build machine: "
            + ", ".join(missing)
            + " (Debian: apt-get install fonts-noto-core fonts-wqy-zenhei; elsewhere put them"
            " in a folder and set SCORE_BUNDLE_FONT_DIR to it)"
        )
    return datas


def keep(entries):
    """Drop the collected Qt files the app never uses (see the lists above)."""
    return [entry for entry in entries if not _dropped(entry[0].replace("\\", "/"))]


def _dropped(dest: str) -> bool:
    parts = dest.split("/")
    name = parts[-1]
    if name.split(".")[0] in DROPPED_QT_LIBS:
        return True
    if "translations" in parts and "PySide6" in parts and name.endswith(".qm"):
        return not any(name.endswith(f"_{lang}.qm") for lang in UI_LANGUAGES) or not (
            name.startswith("qtbase_")
        )
    if "plugins" in parts:
        kind = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) else ""
        if kind in DROPPED_QT_PLUGIN_DIRS:
            return True
        stem = name.split(".")[0].removeprefix("lib")
        if kind == "imageformats" and stem in DROPPED_IMAGE_FORMATS:
            return True
        if kind == "platforms" and stem in DROPPED_PLATFORMS:
            return True
    return False


def mac_info_plist(root: Path, version: str) -> dict[str, object]:
    """Info.plist keys from packaging/macos/Info.plist (a template with @VERSION@)."""
    import plistlib

    text = (root / "packaging" / "macos" / "Info.plist").read_text(encoding="utf-8")
    return plistlib.loads(text.replace("@VERSION@", version).encode("utf-8"))
