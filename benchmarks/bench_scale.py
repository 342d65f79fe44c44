"""A programme office's portfolio: 1,400 enterprises with four visits each, against the
one-enterprise demo, in the same run.

Figures:
- portfolio_shown: a new process from launch until the portfolio is painted (as
  bench_startup's demo_portfolio_shown), the large workspace against the demo. Target: 1.2.
- search, sort (the slowest column), select: in one process, on the large portfolio.
  Target: 50 ms each.
The workspace is written through the repositories (so it follows the schema) and kept in
the cache folder by schema revision and size. SCORE_BENCH_ENTERPRISES changes the size.
Plans, hazards, photos and books for every enterprise are not generated yet.
"""

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import _medians  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from score_desktop.domain.catalogues import VisitType  # noqa: E402
from score_desktop.domain.enterprise import Enterprise, Headcount  # noqa: E402
from score_desktop.domain.visit import Visit  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402
from score_desktop.storage.schema_version import HEAD_REVISION  # noqa: E402

ENTERPRISES = int(os.environ.get("SCORE_BENCH_ENTERPRISES", "1400"))
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "score-desktop-bench"
COUNTRIES = ("Viet Nam", "China", "Peru", "Ghana", "India", "Colombia", "Indonesia")
MODULES = ("WC", "QM", "CP", "HRM", "OSH")


def large_workspace() -> Path:
    path = CACHE / f"scale-{HEAD_REVISION}-{ENTERPRISES}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    workspace = open_workspace(f"sqlite:///{partial}")
    repos = sql_repositories(workspace)
    for n in range(ENTERPRISES):
        enterprise = Enterprise(
            name=f"Enterprise {n:04d} {COUNTRIES[n % 7]} Garments",
            sector="Garments" if n % 3 else "Cables",
            country=COUNTRIES[n % len(COUNTRIES)],
            region=f"Region {n % 40}",
            headcount=Headcount(20 + n % 50, 30 + n % 40, 2, 3),
            id=uuid.UUID(int=n + 1),
        )
        repos.portfolio.add_enterprise(enterprise)
        for k in range(4):
            repos.portfolio.add_visit(
                Visit(
                    enterprise_id=enterprise.id,
                    date=dt.date(2025, 1, 1) + dt.timedelta(days=90 * k + n % 60),
                    visit_type=list(VisitType)[k],
                    module_code=MODULES[k % len(MODULES)],
                    consultant="Consultant",
                )
            )
    workspace.close()
    partial.rename(path)
    return path


def _timed(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _in_process(path: Path):
    from score_desktop.document.portfolio import PortfolioDocument
    from score_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    workspace = open_workspace(f"sqlite:///{path}")
    folder = tempfile.mkdtemp()
    settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(PortfolioDocument(sql_repositories(workspace)), settings, "scale")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    panel = window.portfolio_panel
    table = panel.table
    words = ["Viet", "0999", "Garments", ""]
    state = {"n": 0}

    def type_search():
        panel.search_edit.setText(words[state["n"] % len(words)])
        state["n"] += 1
        table.viewport().repaint()

    columns = table.model().columnCount()
    sort_times = []
    order = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
    for column in range(columns):

        def sort(column=column):
            table.sortByColumn(column, order[state["n"] % 2])
            state["n"] += 1
            table.viewport().repaint()

        sort_times.append(_timed(sort))
    rows = table.model().rowCount()

    def select():
        table.selectRow(state["n"] % rows)
        state["n"] += 1
        window.repaint()

    figures = {"search": _timed(type_search), "sort": max(sort_times), "select": _timed(select)}
    window.close()
    workspace.close()
    return figures


def run():
    large = large_workspace()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(home) / var.lower())
        demo = str(Path(home) / "demo.sqlite3")
        app = [sys.executable, "-m", "score_desktop"]
        subprocess.run([*app, "demo", "--database", demo], env=env, check=True)
        copy = Path(home) / "large.sqlite3"
        copy.write_bytes(large.read_bytes())  # the app may write (its person, a device id)
        demo_s, large_s = _medians(
            [
                [*app, "--database", demo, "--exit-after-shown", "portfolio"],
                [*app, "--database", str(copy), "--exit-after-shown", "portfolio"],
            ],
            env,
        )
        figures = _in_process(copy)
    yield {
        "figure": "portfolio_shown",
        "value": round(large_s, 3),
        "unit": "s",
        "baseline": round(demo_s, 3),
        "ratio": round(large_s / demo_s, 3),
        "enterprises": ENTERPRISES,
    }
    for name, value in figures.items():
        yield {"figure": name, "value": round(value * 1000, 1), "unit": "ms"}
