"""What the change log costs, and how fast an enterprise's activity opens.

Figures:
- hazard_edit: one hazard edit pushed through the document (a command, a transaction, the
  register's update), with the change log against the same with the recorder switched off
  (`HistoryContext.enabled`), in the same run, on the same workspace. The edits alternate in
  blocks between the two, so drift of the machine falls on both. Target: ratio <= 1.2.
- timeline_open: the activity dialog of an enterprise with 100,000 changes, built, shown
  and painted (first page read, count of all), against the same with 100 changes.
  Target: <= 100 ms.
SCORE_BENCH_EDITS sets the number of edits per variant (default 10,000).
"""

import dataclasses
import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from painted import dispose, show_painted  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from score_desktop.document.hazard_commands import UpdateHazardsCommand  # noqa: E402
from score_desktop.document.portfolio import PortfolioDocument  # noqa: E402
from score_desktop.gui.timeline_dialog import TimelineDialog  # noqa: E402
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402
from score_desktop.storage.schema import ChangeLogRow  # noqa: E402

EDITS = int(os.environ.get("SCORE_BENCH_EDITS", "10000"))
BLOCK = 250
RUNS = 5


def _edit_times(document: PortfolioDocument, workspace) -> tuple[list[float], list[float]]:
    hazards = document.hazards.hazards_of(DEMO_ENTERPRISE_ID)
    timings: dict[bool, list[float]] = {True: [], False: []}
    n = 0
    while n < 2 * EDITS:
        recording = (n // BLOCK) % 2 == 0
        workspace.history.enabled = recording
        for _ in range(BLOCK):
            hazard = document.hazards.hazard(hazards[n % len(hazards)].id)
            edited = dataclasses.replace(hazard, responsible=f"Person {n}")
            started = time.perf_counter()
            document.push(UpdateHazardsCommand(document, [edited], "Edit hazard"))
            timings[recording].append(time.perf_counter() - started)
            n += 1
        document.undo_stack.clear()
    workspace.history.enabled = True
    return timings[True], timings[False]


def _add_changes(workspace, enterprise_id: uuid.UUID, count: int) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "change_set": uuid.uuid4(),
            "record_kind": "hazards",
            "record_id": uuid.UUID(int=n + 1),
            "enterprise_id": enterprise_id,
            "operation": "update",
            "fields": {"status": ["open", "in_progress"], "title": ["A", f"Hazard {n}"]},
            "revision": 2,
            "action": "Edit hazard",
            "author_id": None,
            "device_id": None,
            "at": now - dt.timedelta(seconds=count - n),
        }
        for n in range(count)
    ]
    with workspace.engine.begin() as connection:
        for start in range(0, count, 5000):
            connection.execute(insert(ChangeLogRow), rows[start : start + 5000])


def _timeline_open(document: PortfolioDocument, enterprise_id: uuid.UUID) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        dialog = TimelineDialog(document, enterprise_id)
        show_painted(dialog)
        times.append(time.perf_counter() - started)
        dialog.close()
        dispose(dialog)
    return statistics.median(times)


def _in_ms(figure: str, seconds: float, baseline_s: float, digits: int, **counts) -> dict:
    """One figure line: milliseconds against the same run's baseline, and what was counted."""
    return {
        "figure": figure,
        "value": round(seconds * 1000, digits),
        "unit": "ms",
        "baseline": round(baseline_s * 1000, digits),
        "ratio": round(seconds / baseline_s, 3),
        **counts,
    }


def run():
    QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-history-"))
    try:
        workspace = open_workspace(f"sqlite:///{folder / 'history.sqlite3'}")
        repositories = sql_repositories(workspace)
        seed_demo(repositories)
        document = PortfolioDocument(repositories)
        with_log, without_log = _edit_times(document, workspace)
        logged, bare = statistics.median(with_log), statistics.median(without_log)
        yield _in_ms("hazard_edit", logged, bare, 3, edits=len(with_log))
        small = uuid.uuid4()
        large = uuid.uuid4()
        _add_changes(workspace, small, 100)
        _add_changes(workspace, large, 100_000)
        from score_desktop.domain.enterprise import Enterprise

        for enterprise_id, name in ((small, "Small"), (large, "Large")):
            repositories.portfolio.add_enterprise(Enterprise(name=name, id=enterprise_id))
        document.attach(repositories)
        small_s = _timeline_open(document, small)
        large_s = _timeline_open(document, large)
        changes = repositories.history.count_timeline(large)
        yield _in_ms("timeline_open", large_s, small_s, 1, changes=changes)
        document.deleteLater()
        workspace.close()
    finally:  # 40 MB of workspace with 100,000 changes
        shutil.rmtree(folder, ignore_errors=True)
