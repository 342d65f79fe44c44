"""Importing 24-megapixel photos against the floor of Pillow's own draft decode + thumbnail.

Figures: seconds per photo for `read_photo` (decode check, capture data, hash, thumbnail) and
for the floor (open, draft-mode decode, thumbnail, EXIF transpose) on the same files in the
same run, and their ratio. Target: ratio <= 1.3. Set SCORE_BENCH_PHOTOS to change the count
(default 100; the files are copies of a few generated photos, so decoding work is realistic).

ui_stall: the same files imported through the enterprise's photo gallery (worker thread,
progress bar, thumbnails added at the end) while a 5 ms timer on the GUI thread records how
late it fires; the longest lateness is the longest time the window could not respond. The
baseline is the same timer over an idle event loop for as long. Target: <= 50 ms.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageOps  # noqa: E402
from samples import phone_like_jpeg  # noqa: E402

from score_desktop.services.photo_import import THUMBNAIL_PX, read_photo  # noqa: E402

TICK_MS = 5

COUNT = int(os.environ.get("SCORE_BENCH_PHOTOS", "100"))
SIZE = (6000, 4000)  # 24 MP


def make_photos(folder: Path) -> list[Path]:
    sources = []
    for n in range(4):
        path = folder / f"source-{n}.jpg"
        path.write_bytes(phone_like_jpeg(n, SIZE))
        sources.append(path)
    paths = []
    for n in range(COUNT):
        path = folder / f"photo-{n:03d}.jpg"
        shutil.copy(sources[n % len(sources)], path)
        paths.append(path)
    return paths


def floor(path: Path) -> None:
    with Image.open(path) as image:
        image.draft("RGB", (2 * THUMBNAIL_PX, 2 * THUMBNAIL_PX))
        image.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
        ImageOps.exif_transpose(image)


def per_photo(action, paths: list[Path]) -> float:
    times = []
    for path in paths:
        start = time.perf_counter()
        action(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class StallMeter:
    """A GUI-thread timer that records the longest delay past its due time."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last - TICK_MS / 1000)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()


def ui_stall(paths: list[Path], folder: Path) -> tuple[float, float, float]:
    """(longest stall while importing, longest stall idle for as long, import seconds)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from score_desktop.document.portfolio import PortfolioDocument
    from score_desktop.gui.photos.gallery import PhotoGallery
    from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
    from score_desktop.storage.database import open_workspace
    from score_desktop.storage.repositories import sql_repositories

    app = QApplication.instance() or QApplication([])
    workspace = open_workspace(f"sqlite:///{folder / 'bench.sqlite3'}")
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    gallery = PhotoGallery(PortfolioDocument(repositories))
    gallery.resize(1200, 500)
    gallery.set_enterprise(DEMO_ENTERPRISE_ID)
    gallery.show()
    app.processEvents()
    loop = QEventLoop()
    gallery.import_finished.connect(lambda _summary: QTimer.singleShot(200, loop.quit))
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    gallery.import_files(paths)
    loop.exec()
    busy = meter.longest
    seconds = time.perf_counter() - start
    meter.timer.stop()
    assert gallery.list.count() == len(paths), "the import did not complete"
    idle = StallMeter()
    idle.start()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    idle.timer.stop()
    gallery.close()
    workspace.close()
    return busy, idle.longest, seconds


def run():
    with tempfile.TemporaryDirectory() as folder:
        paths = make_photos(Path(folder))
        floor(paths[0]), read_photo(paths[0])  # warm caches
        base = per_photo(floor, paths)
        ours = per_photo(read_photo, paths)
        busy, idle, seconds = ui_stall(paths, Path(folder))
    yield {"figure": "floor_per_photo", "value": round(base, 4), "unit": "s"}
    yield {
        "figure": "import_per_photo",
        "value": round(ours, 4),
        "unit": "s",
        "baseline": round(base, 4),
        "ratio": round(ours / base, 2),
    }
    yield {"figure": "gallery_import_total", "value": round(seconds, 2), "unit": "s"}
    yield {
        "figure": "ui_stall",
        "value": round(busy * 1000, 1),
        "unit": "ms",
        "baseline": round(idle * 1000, 1),
        "ratio": round(busy / max(idle, 1e-4), 1),
        "target": "<= 50 ms",
    }
