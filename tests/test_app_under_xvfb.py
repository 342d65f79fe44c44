"""Starts the real application in a real X server and saves a screenshot of its window."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.xvfb


@pytest.fixture
def x_display():
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is missing: run scripts/install-system-deps.sh"
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_real_window_starts_on_the_demo_and_shows_it(x_display, tmp_path):
    shot = tmp_path / "main-window.png"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "score_desktop",
            "--database",
            str(tmp_path / "w.sqlite3"),
            "--demo",
            "--screenshot",
            str(shot),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert_window_painted(shot)


def assert_window_painted(shot: Path) -> None:
    """A full-size window with text and widgets in it (not a blank one); the screenshot is
    kept in SCORE_DESKTOP_SCREENSHOTS when that is set."""
    image = Image.open(shot).convert("RGB")
    assert image.width >= 1000 and image.height >= 600
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # text and widgets, not a blank window
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


PLAN_DRIVER = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.main_window import MainWindow
from score_desktop.services.demo import DEMO_PLAN_ID, seed_demo
from score_desktop.storage.database import open_workspace
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from score_desktop.storage.repositories import sql_repositories

app = QApplication(sys.argv[:1])
workspace = open_workspace(sys.argv[1])
portfolio, plans = SqlPortfolioRepository(workspace), SqlFloorPlanRepository(workspace)
seed_demo(sql_repositories(workspace))
settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
window = MainWindow(PortfolioDocument(sql_repositories(workspace)), settings)
window.resize(1400, 860)
window.show()
editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)

def shoot():
    editor.view.fit_to_plan()
    app.processEvents()
    window.grab().save(sys.argv[2])
    app.quit()

QTimer.singleShot(300, shoot)
app.exec()
workspace.close()
"""


def test_demo_floor_plan_in_a_real_window(x_display, tmp_path):
    shot = tmp_path / "demo-plan.png"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            PLAN_DRIVER,
            f"sqlite:///{tmp_path / 'w.sqlite3'}",
            str(shot),
            str(tmp_path / "settings.ini"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = Image.open(shot).convert("RGB")
    assert (image.width, image.height) == (1400, 860)
    # the plan's colours are there: zone blue, aisle yellow, storage violet, exit green
    colours = {rgb for _count, rgb in image.getcolors(maxcolors=1_000_000)}
    for expected in ((0xD4, 0xE5, 0xF0), (0xFA, 0xEE, 0xBD)):
        assert any(sum(abs(a - b) for a, b in zip(c, expected, strict=True)) < 24 for c in colours)
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


@pytest.mark.parametrize("stage", ["window", "portfolio"])
def test_exit_after_shown_reports_the_paint_then_quits(x_display, tmp_path, stage):
    """What the startup benchmark times: launch to the reported paint, on a real X server
    (where a window is painted some event-loop turns after it is shown)."""
    import time

    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    database = str(tmp_path / "w.sqlite3")
    launched = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "score_desktop", "--database", database, "--demo"]
        + ["--exit-after-shown", stage],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    ended = time.time()
    assert result.returncode == 0, result.stderr
    word, reported, at = result.stdout.split()
    assert (word, reported) == ("painted", stage)
    assert launched < float(at) < ended
