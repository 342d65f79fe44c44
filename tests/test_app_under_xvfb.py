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
    image = Image.open(shot).convert("RGB")
    assert image.width >= 1000 and image.height >= 600
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # text and widgets, not a blank window
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)
