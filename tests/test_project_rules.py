"""Rules of the code base that import-linter cannot express."""

import ast
import os
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


HEAVY = ("sqlalchemy", "alembic", "reportlab", "PIL", "pypdfium2", "numpy", "ezdxf")
NOT_FOR_THE_FIRST_PAINT = (
    "score_desktop.gui.exchange.send_dialog",
    "score_desktop.gui.exchange.tasks",
    "score_desktop.gui.floorplan",
    "score_desktop.gui.hazards",
    "score_desktop.gui.history_values",
    "score_desktop.gui.photos",
    "score_desktop.gui.plan_dialog",
    "score_desktop.gui.preferences_dialog",
    "score_desktop.services.demo",
    "score_desktop.services.packages",
    "score_desktop.document.hazards",
    "score_desktop.document.hazard_commands",
    "score_desktop.document.improvement",
    "score_desktop.document.indicators",
    "score_desktop.document.photos",
    "score_desktop.document.plan",
    "score_desktop.domain.exchange",
    "score_desktop.domain.floorplan",
    "score_desktop.domain.hazard",
    "score_desktop.domain.improvement",
    "score_desktop.domain.indicators",
    "score_desktop.domain.photo",
    "score_desktop.domain.ports",
    "score_desktop.domain.risk",
    "score_desktop.storage.",
)


def loaded_by(code: str) -> set[str]:
    """Modules from the lists above that `code` has loaded, run in a new interpreter."""
    import subprocess

    report = (
        f"print(' '.join(m for m in sys.modules if m.split('.')[0] in {HEAVY!r} "
        f"or m.startswith({NOT_FOR_THE_FIRST_PAINT!r})))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", f"import sys\n{code}\n{report}"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return set(run.stdout.split())


def test_starting_the_window_loads_no_heavy_module():
    """The window is painted before the database layer loads (see docs/ARCHITECTURE.md,
    Start-up); editors, PDF and image libraries, and the plan, hazard and photo records load
    when first used."""
    loaded = loaded_by("import score_desktop.app")
    assert loaded <= {"score_desktop.storage.urls"}, loaded


def test_the_first_paint_of_the_window_loads_no_heavy_module(tmp_path):
    """As the app paints it: an empty, unattached document (app.run_gui)."""
    code = "\n".join(
        (
            "from PySide6.QtCore import QSettings",
            "from PySide6.QtWidgets import QApplication",
            "from score_desktop.document.portfolio import PortfolioDocument",
            "from score_desktop.gui.main_window import MainWindow",
            "app = QApplication([])",
            f"settings = QSettings({str(tmp_path / 'settings.ini')!r}, QSettings.Format.IniFormat)",
            "window = MainWindow(PortfolioDocument(), settings)",
            "window.show()",
            "app.processEvents()",
        )
    )
    loaded = loaded_by(code)
    assert loaded <= {"score_desktop.storage.urls"}, loaded


def test_opening_a_laptops_workspace_loads_no_office_sync_nor_postgresql(tmp_path):
    """A SQLite workspace opened as the app opens it (window_workspace), with its document
    attached: the office sync and PostgreSQL's dialect (20 ms) load with the first sync."""
    import subprocess

    from score_desktop.storage.database import open_workspace

    open_workspace(f"sqlite:///{tmp_path / 'w.sqlite3'}").close()  # made (Alembic) before
    code = "\n".join(
        (
            "import sys",
            "from score_desktop.document.portfolio import PortfolioDocument",
            "from score_desktop.storage.database import open_workspace",
            "from score_desktop.storage.repositories import sql_repositories",
            "import score_desktop.window_workspace",
            f"workspace = open_workspace('sqlite:///{tmp_path / 'w.sqlite3'}')",
            "PortfolioDocument(sql_repositories(workspace))",
            "unwanted = ('sqlalchemy.dialects.postgresql', 'score_desktop.services.office_sync')",
            "print(' '.join(m for m in sys.modules if m.startswith(unwanted)))",
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert run.stdout.split() == []


def test_work_leaves_the_gui_thread_only_through_gui_workers():
    """`gui/workers.py` catches every exception of a worker and hands it to the GUI thread;
    a QRunnable or thread of its own would let one reach the excepthook off that thread."""
    allowed = ROOT / "score_desktop" / "gui" / "workers.py"
    threads = {"QRunnable", "QThread", "Thread", "ThreadPoolExecutor", "start_new_thread"}

    def name(node) -> str:
        return node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")

    offenders = []
    for path in sorted((ROOT / "score_desktop").rglob("*.py")):
        if path == allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and {name(b) for b in node.bases} & threads:
                offenders.append(f"{path.name}: class {node.name}")
            elif isinstance(node, ast.Call) and name(node.func) in threads:
                offenders.append(f"{path.name}: {name(node.func)}()")
            elif (
                isinstance(node, ast.Call)
                and name(node.func) == "start"
                and "globalInstance" in ast.unparse(node.func)
            ):
                offenders.append(f"{path.name}: thread pool start")
    assert offenders == []
