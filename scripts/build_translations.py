"""Refresh resources/translations/*.ts from the sources, then compile them to .qm.

Usage: build_translations.py [--check]
  --check: only report whether the .ts files are missing strings found in the code (exit 1).
New languages: copy a .ts file to score_desktop_<code>.ts, set its language, translate it with
pyside6-linguist, add the code to gui/i18n.py AVAILABLE_LANGUAGES, and run `make translations`.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    code = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "score_desktop").rglob("*.py")
        if "forms" not in p.parts
    )
    return code + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))


def update(ts_file: Path) -> None:
    # English is the source language: its file holds only the plural forms ("1 photo",
    # "2 photos" for the source's "%n photo(s)")
    plural_only = ["-pluralonly"] if ts_file.stem.endswith("_en") else []
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *plural_only,
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def release(ts_file: Path) -> Path:
    qm = ts_file.with_suffix(".qm")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
    )
    return qm


def main(argv: list[str]) -> int:
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        update(ts_file)
        print(f"{release(ts_file).relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
