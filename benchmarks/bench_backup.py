"""What a rolling backup costs on a workspace of about a gigabyte, and whether the window
notices it.

Figures:
- backup_1gb: `make_backup` (SQLite's online backup into a new file synced to the disk, the
  quick check of the copy, the oldest backup deleted) against copying the file's bytes and
  syncing them (`copy_synced`), in the same run.
- backup_ui_stall: the same backup as the window runs it (a `WorkspaceTask` in the thread
  pool) while a 5 ms timer on the GUI thread records how late it fires; the longest
  lateness is the longest time the window could not respond. The baseline is the same
  timer over an idle event loop for as long. Target: <= 50 ms.
- recover_1gb: `recover_workspace` of the same, undamaged file (every row read and written
  anew, the integrity check of the result) against `copy_synced`.
The workspace is bench_workspace_check's (SCORE_BENCH_WORKSPACE_MB, cached).
"""

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_workspace_check import big_workspace  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from score_desktop.gui.workspace_care import WorkspaceTask  # noqa: E402
from score_desktop.storage.backups import make_backup  # noqa: E402
from score_desktop.storage.recovery import recover_workspace  # noqa: E402

RUNS = 3
TICK_MS = 5


def copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as written:
        os.fsync(written.fileno())


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _longest_lateness(app: QApplication, running) -> float:
    """Run the event loop until `running()` is false; the longest late tick, in seconds."""
    clock, timer, late = QElapsedTimer(), QTimer(), [0.0]
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        late[0] = max(late[0], (now - last[0] - TICK_MS) / 1000)
        last[0] = now

    timer.timeout.connect(tick)
    clock.start()
    timer.start(TICK_MS)
    while running():
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return late[0]


def _figure(name: str, value: float, baseline: float, unit: str = "s") -> dict:
    return {
        "figure": name,
        "value": round(value, 4),
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 2),
        "unit": unit,
    }


def run():
    app = QApplication.instance() or QApplication([])
    source = big_workspace()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        backups, copies = [], []
        for n in range(RUNS):
            backups.append(_timed(lambda: make_backup(source, folder / "backups", keep=1)))
            copies.append(_timed(lambda n=n: copy_synced(source, folder / f"copy-{n}")))
            (folder / f"copy-{n}").unlink()
        yield _figure("backup_1gb", statistics.median(backups), statistics.median(copies))

        task = WorkspaceTask(lambda: make_backup(source, folder / "backups", keep=1), print, print)
        done = []
        task.signals.finished.connect(lambda _result: done.append(True))
        task.signals.failed.connect(lambda _message: done.append(True))
        started = time.perf_counter()
        QThreadPool.globalInstance().start(task)
        stall = _longest_lateness(app, lambda: not done)
        duration = time.perf_counter() - started
        idle_until = time.perf_counter() + duration
        idle = _longest_lateness(app, lambda: time.perf_counter() < idle_until)
        yield _figure("backup_ui_stall", stall, max(idle, 0.001))

        recovered = folder / "recovered.sqlite3"
        recovery = _timed(lambda: recover_workspace(source, recovered))
        copy = _timed(lambda: copy_synced(source, folder / "copy"))
        yield _figure("recover_1gb", recovery, copy)
