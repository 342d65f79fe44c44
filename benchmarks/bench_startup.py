"""Cold start of the app against a bare QMainWindow, in two stages.

Each start is a new Python process, timed from launch until it has painted what the stage
asks for and quit (a shown window is painted a few event-loop turns later on X11):
- main_window_shown: the main window on screen (menus, panels, empty portfolio);
- demo_portfolio_shown: the demo workspace opened (SQLAlchemy imported, schema checked),
  attached and shown with the first enterprise selected.
The baseline is a bare PySide6 QMainWindow started the same way. Target: ratio <= 1.5 for the
shown main window.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 11
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Quit(QObject):  # once painted, as the app's --exit-after-shown
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv)
quit_when_painted = Quit()
app.installEventFilter(quit_when_painted)
window = QMainWindow()
window.resize(1200, 760)
window.show()
app.exec()
"""


def _medians(commands: list[list[str]], env: dict[str, str]) -> list[float]:
    """Median seconds of each command, the runs interleaved (A B C A B C …) so that a change in
    machine load during the benchmark weighs on every command alike."""
    for command in commands:  # warm the file cache and write bytecode caches
        subprocess.run(command, env=env, check=True, capture_output=True)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(RUNS):
        for n, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            times[n].append(time.perf_counter() - start)
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
        bare, window, portfolio = _medians(
            [
                [sys.executable, "-c", BARE],
                [*app, "--exit-after-shown", "window"],
                [*app, "--exit-after-shown", "portfolio"],
            ],
            env,
        )
    yield {"figure": "bare_qmainwindow_start", "value": round(bare, 4), "unit": "s"}
    for figure, value in (("main_window_shown", window), ("demo_portfolio_shown", portfolio)):
        yield {
            "figure": figure,
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(bare, 4),
            "ratio": round(value / bare, 3),
        }
