"""Rules of the code base that import-linter cannot express."""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from build_forms import generate  # noqa: E402

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize(
    "path", sorted((ROOT / "score_desktop" / "document").glob("*.py")), ids=lambda p: p.name
)
def test_document_layer_does_not_use_widgets(path):
    assert "PySide6.QtWidgets" not in imported_modules(path)


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_forms_are_up_to_date(ui_file, monkeypatch):
    monkeypatch.chdir(ROOT)  # `make forms` names the .ui path relative to the repository
    target = ROOT / "score_desktop" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    expected = generate(ui_file.relative_to(ROOT))
    assert target.read_text(encoding="utf-8") == expected, "run `make forms`"


def test_there_is_at_least_one_designer_form():
    assert UI_FILES


def test_starting_the_window_loads_no_heavy_module():
    """The window is painted before the database layer loads (see docs/ARCHITECTURE.md,
    Start-up); editors, PDF and image libraries load when first used."""
    import subprocess

    heavy = ("sqlalchemy", "alembic", "reportlab", "PIL", "pypdfium2")
    ours = (
        "score_desktop.gui.floorplan",
        "score_desktop.gui.hazards",
        "score_desktop.gui.photos",
        "score_desktop.services.demo",
        "score_desktop.document.improvement",
        "score_desktop.document.indicators",
        "score_desktop.domain.improvement",
        "score_desktop.domain.indicators",
        "score_desktop.storage.",
    )
    code = (
        "import sys, score_desktop.app; "
        f"print(' '.join(m for m in sys.modules if m.split('.')[0] in {heavy!r} "
        f"or m.startswith({ours!r})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert set(loaded) <= {"score_desktop.storage.urls"}, loaded
