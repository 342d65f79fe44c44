"""10,000 hazards on one plan against the same operations with 100 hazards.

Figures (median of several runs, seconds), each printed with the 100-hazard run as baseline:
- open: open the plan's tab in the main window, with its pins and register, until its view
  has painted, on a workspace already open and shown (as when a consultant opens the plan:
  hazards are read once, when the workspace is opened); closed again as the tab's close
  button does;
- first_open: the same, the first time in a new process, as the app's first open of a plan
  after it starts: the editor's modules imported while idle, as the app does (gui/warm_up.py),
  its pins' pixmaps drawn by the open; one open in each of RUNS processes;
- load: open the workspace and select the enterprise (its records are read then: hazards,
  visits, photos...), the step before;
- filter_sort: filter the register by category and text, then sort by initial risk;
- selection_sync: select 50 rows in the register and have their pins selected and centred;
  then select 50 pins and have their rows selected.
Target: open, filter_sort and selection_sync each <= 100 ms with 10,000 hazards.
"""

import gc
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from painted import dispose, show_painted, wait_painted  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from score_desktop.document.portfolio import PortfolioDocument  # noqa: E402
from score_desktop.domain.geometry import Point  # noqa: E402
from score_desktop.domain.hazard import DEFAULT_CATEGORIES, Hazard  # noqa: E402
from score_desktop.gui.hazards.register_model import HazardColumn  # noqa: E402
from score_desktop.gui.main_window import MainWindow  # noqa: E402
from score_desktop.gui.warm_up import import_when_idle  # noqa: E402
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, seed_demo  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402

RUNS = 5
SIZES = (100, 10_000)


def make_hazards(count: int) -> list[Hazard]:
    rng = random.Random(11)
    codes = [c.code for c in DEFAULT_CATEGORIES]
    return [
        Hazard(
            enterprise_id=DEMO_ENTERPRISE_ID,
            title=f"Hazard {n} {'drums' if n % 7 else 'dust'}",
            category_code=codes[n % len(codes)],
            plan_id=DEMO_PLAN_ID,
            position=Point(rng.uniform(0, 4000), rng.uniform(0, 2400)),
            exposed_women=rng.randint(0, 8),
            exposed_men=rng.randint(0, 12),
            initial=(
                ("likelihood", float(rng.randint(1, 5))),
                ("severity", float(rng.randint(1, 5))),
            ),
        )
        for n in range(count)
    ]


def median(action, between=None) -> float:
    """`between`: untimed clean-up after each run but the last."""
    times = []
    for n in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
        if between is not None and n < RUNS - 1:
            between()
    return statistics.median(times)


def seeded(folder: str, count: int):
    """The demo workspace with `count` hazards on the demo plan, in `folder`."""
    workspace = open_workspace(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    repositories.hazards.delete_hazards([h.id for h in repositories.hazards.list_hazards()])
    repositories.hazards.add_hazards(make_hazards(count))
    return workspace, repositories


def shown_window(folder: str, document: PortfolioDocument) -> MainWindow:
    document.plan_document(DEMO_PLAN_ID)  # the plan's own items, as on any first open
    settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(document, settings, "benchmark")
    window.resize(1400, 1000)
    show_painted(window)
    return window


def first_open(count: int) -> float:
    """One first open in this process (see the module's docstring)."""
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        workspace, repositories = seeded(folder, count)
        document = PortfolioDocument(repositories)
        window = shown_window(folder, document)
        imported: list[bool] = []
        import_when_idle(window, delay_ms=0, done=lambda: imported.append(True))
        while not imported:
            app.processEvents()
        gc.collect()
        start = time.perf_counter()
        editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
        wait_painted(editor.view.viewport())
        took = time.perf_counter() - start
        window.plan_tabs.close_plan(DEMO_PLAN_ID)
        window.close()
        dispose(editor, window, document)
        workspace.close()
        return took


def first_open_in_new_processes(count: int) -> float:
    """Median of RUNS processes; modules compiled once (an installed app has its bytecode),
    into a folder of the run's own."""
    times = []
    with tempfile.TemporaryDirectory() as bytecode:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = bytecode
        for _ in range(RUNS + 1):  # the first compiles
            done = subprocess.run(
                [sys.executable, __file__, "--first-open", str(count)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            times.append(float(done.stdout.split()[-1]))
    return statistics.median(times[1:])


def measure(app: QApplication, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        workspace, repositories = seeded(folder, count)
        documents, editors = [], []

        def load():
            document = PortfolioDocument(repositories)
            document.hazards.hazards_of(DEMO_ENTERPRISE_ID)  # selected: its records read
            documents.append(document)

        figures = {"load": median(load)}
        document = documents.pop()
        dispose(*documents)  # one workspace open, as in the app
        documents.clear()
        app.processEvents()
        gc.collect()
        window = shown_window(folder, document)

        def open_editor():
            editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
            wait_painted(editor.view.viewport())
            editors.append(editor)

        def close_editor():  # the plan's tab closed, to be opened again
            window.plan_tabs.close_plan(DEMO_PLAN_ID)
            dispose(editors.pop())  # its deleteLater, done now
            app.processEvents()

        figures["open"] = median(open_editor, between=close_editor)
        (editor,) = editors
        panel = editor.hazards.panel

        def filter_sort():
            panel.model.set_filter(category="mechanical", text="drums")
            panel.table.sortByColumn(HazardColumn.INITIAL, Qt.SortOrder.AscendingOrder)
            panel.table.sortByColumn(HazardColumn.INITIAL, Qt.SortOrder.DescendingOrder)
            panel.model.set_filter(category=None, text="")

        figures["filter_sort"] = median(filter_sort)
        some = [h.id for h in document.hazards.hazards_of(DEMO_ENTERPRISE_ID)[:50]]
        others = [h.id for h in document.hazards.hazards_of(DEMO_ENTERPRISE_ID)[50:100]]

        def selection_sync():
            panel.select_ids(some)
            panel.selection_changed.emit(panel.selected_ids())  # rows -> pins, centred
            editor.scene.select_hazard_ids(others)  # pins -> rows
            app.processEvents()

        figures["selection_sync"] = median(selection_sync)
        window.plan_tabs.close_plan(DEMO_PLAN_ID)
        window.close()
        dispose(editor, window, document)
        workspace.close()
        return figures


def run():
    app = QApplication.instance() or QApplication([])
    small, large = (measure(app, n) for n in SIZES)
    for figures, count in ((small, SIZES[0]), (large, SIZES[1])):
        figures["first_open"] = first_open_in_new_processes(count)
    for name in ("load", "first_open", "open", "filter_sort", "selection_sync"):
        yield {"figure": f"{name}_100", "value": round(small[name], 4), "unit": "s"}
        yield {
            "figure": f"{name}_10000",
            "value": round(large[name], 4),
            "unit": "s",
            "baseline": round(small[name], 4),
            "ratio": round(large[name] / small[name], 2),
        }


if __name__ == "__main__" and sys.argv[1:2] == ["--first-open"]:
    print(f"{first_open(int(sys.argv[2])):.6f}")
