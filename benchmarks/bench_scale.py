"""A programme office's workspace: 1,400 enterprises, each a full copy of the demo (four
visits, a plan of 100 items, 15 hazards, 10 small photos, the EIT and EIP, a year of
indicators; see scale_workspace.py), against the one-enterprise demo, in the same run.

Figures:
- portfolio_shown: a new process from launch until the portfolio is painted (as
  bench_startup's demo_portfolio_shown), the large workspace against the demo. Target: 1.2.
- memory: the resident memory of that process once the portfolio is painted, against the
  demo's. Target: 1.5 (plus the rows shown).
- search, sort (the slowest column), select: in one process, on the large portfolio; select
  opens an enterprise not read before (its visits, plans, hazards, photos, EIT/EIP and
  indicators are read then). Target: 50 ms each.
- open_plan, open_eit, open_photos: one enterprise's plan tab, EIT & EIP tab and photo
  gallery shown and painted, on the large workspace against the same enterprise alone in a
  workspace (the demo's plan is smaller than a generated one's). Target: 1.2 each.
- programme_view: the programme indicators tab over every enterprise. Target: 100 ms.
- programme_overview: the programme overview tab (hazards by band and category, projects
  closed, savings) over every enterprise, read from the database when opened.
The workspace is kept in the cache folder by schema revision and size (it takes a few
minutes to write). SCORE_BENCH_ENTERPRISES changes the size.
"""

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
from scale_workspace import write_scale_workspace  # noqa: E402

from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402
from score_desktop.storage.schema_version import HEAD_REVISION  # noqa: E402

ENTERPRISES = int(os.environ.get("SCORE_BENCH_ENTERPRISES", "1400"))
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "score-desktop-bench"


def large_workspace(enterprises: int = ENTERPRISES) -> Path:
    path = CACHE / f"scale-full-{HEAD_REVISION}-{enterprises}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    write_scale_workspace(partial, enterprises)
    partial.rename(path)
    return path


def _timed(action, runs: int = 7) -> float:
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
    figures = {"search": _timed(type_search), "sort": max(sort_times)}
    panel.search_edit.setText("")
    QApplication.processEvents()
    enterprises = window.document.enterprises()
    unread = iter(enterprises[len(enterprises) // 3 :])  # each selected one is read then

    def select():
        enterprise = next(unread)
        panel.select_enterprise(enterprise.id)
        window.repaint()
        assert window.document.visit_set.holds(enterprise.id), "selecting reads it"

    figures["select"] = _timed(select)
    window.close()
    workspace.close()
    return figures


PEAK_MEMORY = """
import atexit, runpy, sys

def report():
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    print("peak_kb", peak.split()[1], flush=True)

atexit.register(report)
sys.argv = ["score_desktop", *sys.argv[1:]]
runpy.run_module("score_desktop", run_name="__main__")
"""


def _peak_memory_mb(arguments: list[str], env: dict[str, str]) -> float:
    """The peak resident memory of the app until it quits once the portfolio is painted, as
    the kernel counts it for that process since it started (Linux: /proc/self/status; the
    child's own count, where a rusage would start from the benchmark's own size)."""
    run = subprocess.run(
        [sys.executable, "-c", PEAK_MEMORY, *arguments],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(line for line in run.stdout.splitlines() if line.startswith("peak_kb"))
    return int(line.split()[1]) / 1024


def _open_times(path: Path, enterprise_id: uuid.UUID) -> dict[str, float]:
    """One enterprise's plan tab, EIT & EIP tab and photo gallery, each shown and painted."""
    from score_desktop.document.portfolio import PortfolioDocument
    from score_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    workspace = open_workspace(f"sqlite:///{path}")
    folder = tempfile.mkdtemp()
    settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
    document = PortfolioDocument(sql_repositories(workspace))
    window = MainWindow(document, settings, "scale")
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.portfolio_panel.select_enterprise(enterprise_id)
    app.processEvents()
    plan_id = document.plans_of(enterprise_id)[0].id

    def open_plan():
        editor = window.plan_tabs.open_plan(plan_id)
        app.processEvents()
        editor.view.viewport().repaint()
        window.plan_tabs.close_plan(plan_id)

    def open_eit():
        page = window.improvement_tabs.open(enterprise_id)
        app.processEvents()
        page.repaint()
        window.improvement_tabs.close(enterprise_id)

    gallery = window.enterprise_panel.gallery

    def open_photos():
        gallery.set_enterprise(None)
        gallery.set_enterprise(enterprise_id)
        app.processEvents()
        gallery.repaint()

    figures = {
        "open_plan": _timed(open_plan),
        "open_eit": _timed(open_eit),
        "open_photos": _timed(open_photos),
    }

    def open_programme():
        window.improvement_tabs.open_programme()
        app.processEvents()
        window.improvement_tabs.programme.repaint()
        tabs = window.improvement_tabs.tabs
        tabs.removeTab(tabs.indexOf(window.improvement_tabs.programme))
        window.improvement_tabs.programme.deleteLater()
        window.improvement_tabs.programme = None

    figures["programme_view"] = _timed(open_programme)

    def open_overview():
        overview = window.improvement_tabs.open_overview()
        app.processEvents()
        overview.repaint()
        window.improvement_tabs.close_tab(window.improvement_tabs.tabs.indexOf(overview))

    figures["programme_overview"] = _timed(open_overview)
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
        demo_memory, large_memory = (
            _peak_memory_mb(["--database", path, "--exit-after-shown", "portfolio"], env)
            for path in (demo, str(copy))
        )
        figures = _in_process(copy)
        # the same enterprise alone in its workspace: the figures then show what the other
        # 1,399 cost (the demo's plan has 40 items, a generated one 100)
        single = Path(home) / "single.sqlite3"
        single.write_bytes(large_workspace(1).read_bytes())
        demo_opens = _open_times(single, uuid.UUID(int=1))
        large_opens = _open_times(copy, uuid.UUID(int=ENTERPRISES // 2 + 1))
    yield {
        "figure": "portfolio_shown",
        "value": round(large_s, 3),
        "unit": "s",
        "baseline": round(demo_s, 3),
        "ratio": round(large_s / demo_s, 3),
        "enterprises": ENTERPRISES,
    }
    yield {
        "figure": "memory",
        "value": round(large_memory, 1),
        "unit": "MB",
        "baseline": round(demo_memory, 1),
        "ratio": round(large_memory / demo_memory, 3),
    }
    for name, value in figures.items():
        yield {"figure": name, "value": round(value * 1000, 1), "unit": "ms"}
    for name in ("open_plan", "open_eit", "open_photos"):
        yield {
            "figure": name,
            "value": round(large_opens[name] * 1000, 1),
            "unit": "ms",
            "baseline": round(demo_opens[name] * 1000, 1),
            "ratio": round(large_opens[name] / demo_opens[name], 3),
        }
    yield {
        "figure": "programme_overview",
        "value": round(large_opens["programme_overview"] * 1000, 1),
        "unit": "ms",
        "baseline": round(demo_opens["programme_overview"] * 1000, 1),
        "ratio": round(large_opens["programme_overview"] / demo_opens["programme_overview"], 1),
    }
    yield {
        "figure": "programme_view",
        "value": round(large_opens["programme_view"] * 1000, 1),
        "unit": "ms",
        "baseline": round(demo_opens["programme_view"] * 1000, 1),
        "target": "<= 100 ms",
    }
