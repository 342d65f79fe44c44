"""Loading the plan editor's modules while the app is idle: after the workspace is shown,
one group per event-loop turn, and a failure stays quiet until the plan is opened."""

import importlib
import importlib.util
import logging
import os
import subprocess
import sys

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from score_desktop.gui import warm_up


@pytest.fixture
def owner(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_groups_load_one_per_turn_in_order_then_done(qtbot, owner):
    loaded, finished = [], []
    warm_up.import_when_idle(
        owner, ["a", "b", "c"], 0, lambda: finished.append(True), importer=loaded.append
    )
    assert loaded == []  # nothing before the event loop turns
    qtbot.waitUntil(lambda: finished == [True])
    assert loaded == ["a", "b", "c"]


def test_a_group_that_fails_stops_the_rest_and_is_only_logged(qtbot, owner, caplog):
    loaded = []

    def importer(name):
        if name == "broken":
            raise ImportError("no module named broken")
        loaded.append(name)

    with caplog.at_level(logging.ERROR, logger="score_desktop.gui.warm_up"):
        warm_up.import_when_idle(owner, ["a", "broken", "c"], 0, importer=importer)
        qtbot.waitUntil(lambda: "broken" in caplog.text)
    qtbot.wait(50)
    assert loaded == ["a"]


def test_nothing_is_imported_once_the_window_is_gone(qtbot):
    loaded = []
    window = QWidget()
    warm_up.import_when_idle(window, ["a", "b"], 0, importer=loaded.append)
    shiboken6.delete(window)
    qtbot.wait(100)
    assert loaded == []


def test_every_group_names_a_module():
    for name in warm_up.PLAN_EDITOR_GROUPS:
        assert importlib.util.find_spec(name) is not None, name


def test_the_app_loads_the_editor_after_showing_the_workspace(tmp_path):
    """As run_gui does, in a new interpreter: not when the workspace opens, but soon after."""
    code = f"""
import argparse, sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from score_desktop.app import open_workspace_into
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.main_window import MainWindow
app = QApplication([])
settings = QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat)
window = MainWindow(PortfolioDocument(), settings)
window.show()
app.processEvents()
args = argparse.Namespace(
    database={str(tmp_path / "w.sqlite3")!r}, demo=True, screenshot=None, exit_after_shown=None
)
opened = open_workspace_into(window, args)
editor = "score_desktop.gui.floorplan.editor"
print("at-open", editor in sys.modules)
deadline = time.monotonic() + 20
while editor not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.005)
print("later", editor in sys.modules)
opened[0].close()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert "at-open False" in run.stdout, run.stdout + run.stderr
    assert "later True" in run.stdout, run.stdout + run.stderr
