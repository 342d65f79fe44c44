"""What this copy of the app is: its version and, in a bundle, when and from what it was built.

`packaging/score-desktop.spec` writes resources/build-info.json into each bundle; a source
checkout has none and says so. Stdlib only: the CLI, the About dialog and the diagnostics
all read it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from importlib import metadata

from . import __version__
from .paths import resources_dir

BUILD_INFO_FILE = "build-info.json"


@dataclass(frozen=True)
class BuildInfo:
    version: str  # score_desktop.__version__
    package_version: str  # the installed (or bundled) package metadata; "" if absent
    built: str  # ISO time of the bundle build; "" when run from source
    commit: str  # short commit the bundle was built from; "" when unknown
    frozen: bool  # running from a PyInstaller bundle


def build_info() -> BuildInfo:
    built = commit = ""
    path = resources_dir() / BUILD_INFO_FILE
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            built, commit = str(data.get("built", "")), str(data.get("commit", ""))
        except (OSError, ValueError):
            pass  # a damaged file only loses the build date, never the start
    try:
        package_version = metadata.version("score-desktop")
    except metadata.PackageNotFoundError:
        package_version = ""
    return BuildInfo(__version__, package_version, built, commit, hasattr(sys, "_MEIPASS"))
