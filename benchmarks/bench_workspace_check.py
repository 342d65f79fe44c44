"""What checking every page at open costs, on a workspace of about a gigabyte.

Figures (`open_workspace` with each `PageCheck` against the same open without a check,
`PageCheck.NONE`, in the same run, in turn):
- open_1gb_all, open_1gb_records: every page (`PRAGMA quick_check`), and every table but
  the photo and plan background bytes, on a workspace of the demo and about 1 GB of photo
  bytes (random, so incompressible), the file in the OS cache.
- open_1gb_cold_all, open_1gb_cold_records: the same with the file dropped from the OS
  cache before each open (as after a reboot; Linux only).
- open_demo_all, open_demo_records: the demo workspace (what most starts see).
The big workspace is written once through the repositories and kept in the cache folder by
schema revision and size (SCORE_BENCH_WORKSPACE_MB, default 1024).
"""

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from score_desktop.domain.photo import Photo
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema_version import HEAD_REVISION
from score_desktop.storage.sqlite_files import PageCheck

MEGABYTES = int(os.environ.get("SCORE_BENCH_WORKSPACE_MB", "1024"))
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "score-desktop-bench"
PHOTO_MB = 5
RUNS = 7


def demo_workspace(path: Path, photo_megabytes: int = 0) -> Path:
    """The demo, and photo records with `photo_megabytes` of random bytes in all."""
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    workspace = open_workspace(f"sqlite:///{partial}")
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    rng = random.Random(22)
    for n in range(photo_megabytes // PHOTO_MB):
        data = rng.randbytes(PHOTO_MB * 1_000_000)
        sha256, _new = repositories.photos.store_blob(data, rng.randbytes(20_000), "image/jpeg")
        photo = Photo(DEMO_ENTERPRISE_ID, sha256, 6000, 4000, original_name=f"photo-{n}.jpg")
        repositories.photos.add_photos([photo])
    workspace.close()
    partial.rename(path)
    return path


def big_workspace() -> Path:
    path = CACHE / f"photos-{HEAD_REVISION}-{MEGABYTES}mb.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        demo_workspace(path, MEGABYTES)
    return path


def _evict(path: Path) -> None:
    """Drop the file from the OS cache, as after a reboot (Linux; elsewhere a no-op)."""
    if hasattr(os, "posix_fadvise"):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(descriptor)


def _open_times(path: Path, cold: bool) -> dict[PageCheck, list[float]]:
    """Opens with each page check, in turn, RUNS times each."""
    times: dict[PageCheck, list[float]] = {check: [] for check in PageCheck}
    url = f"sqlite:///{path}"
    open_workspace(url).close()  # the file in the OS cache, bytecode and Alembic paid
    for _ in range(RUNS):
        for check in PageCheck:
            if cold:
                _evict(path)
            started = time.perf_counter()
            workspace = open_workspace(url, check=check)
            times[check].append(time.perf_counter() - started)
            workspace.close()
    return times


def _figures(name: str, path: Path, cold: bool = False):
    times = {check: statistics.median(found) for check, found in _open_times(path, cold).items()}
    baseline = times[PageCheck.NONE]
    for check in (PageCheck.ALL, PageCheck.RECORDS):
        yield {
            "figure": f"{name}_{check.value}",
            "value": round(times[check], 4),
            "baseline": round(baseline, 4),
            "ratio": round(times[check] / baseline, 2),
            "unit": "s",
            "size_mb": round(path.stat().st_size / 1e6),
        }


def run():
    with tempfile.TemporaryDirectory() as folder:
        yield from _figures("open_demo", demo_workspace(Path(folder) / "demo.sqlite3"))
    big = big_workspace()
    yield from _figures("open_1gb", big)
    yield from _figures("open_1gb_cold", big, cold=True)
