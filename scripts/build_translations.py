"""Refresh resources/translations/*.ts from the sources, then compile them to .qm.

Usage: build_translations.py [--check]
  --check: only report whether the .ts files are missing strings found in the code (exit 1).
Texts the domain marks with N_("…") or Message("…") are extracted too (context "Domain").
New languages: copy a .ts file to score_desktop_<code>.ts, set its language, translate it with
pyside6-linguist, add the code to gui/i18n.py AVAILABLE_LANGUAGES, and run `make translations`.
"""

import ast
import json
import subprocess
import sys
import tempfile
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


DOMAIN_CONTEXT = "Domain"  # gui/i18n.py translates these texts in this context
MARKERS = {"N_", "Message"}


def domain_texts() -> list[str]:
    """Literal first arguments of the domain's markers, N_("…") and Message("…", …), in any
    module of the package (lupdate does not know them)."""
    found = set()
    for path in (ROOT / "score_desktop").rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if name in MARKERS and literal and first.value.strip():
                found.add(first.value)
    return sorted(found)


def domain_markers(folder: Path) -> str:
    """A source file that lupdate reads: the domain's texts as QT_TRANSLATE_NOOP markers."""
    path = folder / "domain_texts.py"
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(DOMAIN_CONTEXT)}, {json.dumps(text, ensure_ascii=False)})"
        for text in domain_texts()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def update(ts_file: Path) -> None:
    # English is the source language: its file holds only the plural forms ("1 photo",
    # "2 photos" for the source's "%n photo(s)")
    plural_only = ["-pluralonly"] if ts_file.stem.endswith("_en") else []
    with tempfile.TemporaryDirectory() as folder:
        _lupdate(ts_file, plural_only, domain_markers(Path(folder)))


def _lupdate(ts_file: Path, plural_only: list[str], markers: str) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *plural_only,
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            markers,
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
