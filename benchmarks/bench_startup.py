"""Cold start of the app against a bare QMainWindow, in two stages.

Each start is a new Python process, timed from launch until it has painted what the stage
asks for (a shown window is painted a few event-loop turns later on X11): each process
prints the wall-clock time of that paint ("painted ..."; the app does so with
--exit-after-shown). Quitting and tearing the interpreter down come after, and are not part
of a start (40-50 ms for the app's widgets and modules here, a few for a bare window).
- main_window_shown: the main window on screen (menus, panels, empty portfolio);
- demo_portfolio_shown: the demo workspace opened (SQLAlchemy imported, schema checked),
  attached and shown with the first enterprise selected.
The baseline is a bare PySide6 QMainWindow started the same way. Target: ratio <= 1.5 for the
shown main window.

plain_window_start is a floor for that target: a QMainWindow with what any main window of
this kind shows (menus, a splitter, a search field, two empty tables, tabs, a status line)
and no application code. The bare window never uses the `Qt` namespace, lays out nothing
and draws no text; this one pays what PySide6 and Qt charge for those, so its ratio is what
no real window can go below.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
# Both windows end as the app's --exit-after-shown does (gui/first_paint.py): the first paint
# of the window or a widget it has, then the rest of that paint pass, then the report.
WHEN_PAINTED = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched in watching:
            for widget in watching:
                widget.removeEventFilter(self)
            watching.clear()
            QTimer.singleShot(0, painted)
        return False
def painted():
    print(f"painted window {time.time():.6f}", flush=True)
    app.quit()
def show_and_run(window):
    global watching
    watching = [window, *window.findChildren(QWidget)]
    for widget in watching:
        widget.installEventFilter(quit_when_painted)
    window.show()
    app.exec()
app = QApplication(sys.argv)
quit_when_painted = Quit()
"""
BARE = (
    WHEN_PAINTED
    + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow()
window.resize(1200, 760)
show_and_run(window)
"""
)
PLAIN = (
    WHEN_PAINTED
    + """
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QMainWindow, QSplitter, QTableView, QTabWidget, QVBoxLayout,
)
window = QMainWindow()
for title in ("&File", "&Edit", "&Enterprise", "&Help"):
    menu = window.menuBar().addMenu(title)
    for n in range(5):
        menu.addAction(f"Action {n}")
left = QWidget()
column = QVBoxLayout(left)
column.addWidget(QLineEdit())
enterprises = QTableView()
enterprises.setModel(QStandardItemModel(0, 4))
column.addWidget(enterprises)
visits = QTableView()
visits.setModel(QStandardItemModel(0, 6))
tabs = QTabWidget()
tabs.addTab(visits, "Visits")
tabs.addTab(QLabel("No plans"), "Plans")
splitter = QSplitter(Qt.Orientation.Horizontal)
splitter.addWidget(left)
splitter.addWidget(tabs)
window.setCentralWidget(splitter)
window.statusBar().showMessage("Opening the workspace")
window.resize(1200, 760)
show_and_run(window)
"""
)


def _to_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching `command` to the paint it reports."""
    launched = time.time()
    run = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    reports = [line for line in run.stdout.splitlines() if line.startswith("painted ")]
    if not reports:
        raise RuntimeError(f"{command[:3]} reported no paint: {run.stdout!r} {run.stderr!r}")
    return float(reports[-1].split()[-1]) - launched


def _medians(commands: list[list[str]], env: dict[str, str]) -> list[float]:
    """Median seconds of each command, the runs interleaved (A B C A B C …) so that a change in
    machine load during the benchmark weighs on every command alike."""
    for command in commands:  # warm the file cache and write bytecode caches
        _to_paint(command, env)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(RUNS):
        for n, command in enumerate(commands):
            times[n].append(_to_paint(command, env))
    return [statistics.median(t) for t in times]


def run():
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        # An installed app runs from bytecode caches (pip writes them, as does a first start);
        # without them every start would compile the package again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(home) / var.lower())
        database = str(Path(home) / "demo.sqlite3")
        app = [sys.executable, "-m", "score_desktop", "--database", database]
        subprocess.run(
            [*app[:3], "demo", "--database", database], env=env, check=True, capture_output=True
        )
        bare, plain, window, portfolio = _medians(
            [
                [sys.executable, "-c", BARE],
                [sys.executable, "-c", PLAIN],
                [*app, "--exit-after-shown", "window"],
                [*app, "--exit-after-shown", "portfolio"],
            ],
            env,
        )
    yield {"figure": "bare_qmainwindow_start", "value": round(bare, 4), "unit": "s"}
    for figure, value in (
        ("plain_window_start", plain),
        ("main_window_shown", window),
        ("demo_portfolio_shown", portfolio),
    ):
        yield {
            "figure": figure,
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(bare, 4),
            "ratio": round(value / bare, 3),
        }
    yield {  # what the app's own code adds to the floor
        "figure": "main_window_shown_vs_plain",
        "value": round(window, 4),
        "unit": "s",
        "baseline": round(plain, 4),
        "ratio": round(window / plain, 3),
    }
