"""A real workspace to damage: the demo and a few photos, with pages overwritten at will."""

import random
import shutil
import sqlite3
from pathlib import Path

from score_desktop.domain.photo import Photo
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.storage.database import open_workspace
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from score_desktop.storage.repositories import sql_repositories

PAGE = 4096
PHOTOS = 6


def build_sample(path: Path) -> Path:
    """The demo workspace plus PHOTOS photos of 40 KB (each spans overflow pages)."""
    workspace = open_workspace(f"sqlite:///{path}")
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    rng = random.Random(22)
    for n in range(PHOTOS):
        data = rng.randbytes(40_000)
        sha256, _new = repositories.photos.store_blob(data, rng.randbytes(2_000), "image/jpeg")
        photo = Photo(DEMO_ENTERPRISE_ID, sha256, 640, 480, original_name=f"photo-{n}.jpg")
        repositories.photos.add_photos([photo])
    workspace.close()
    return path


def pages_of(path: Path) -> int:
    return path.stat().st_size // PAGE


def damaged_copy(sample: Path, folder: Path, page: int, seed: int = 0) -> Path:
    """A copy of `sample` with 4 KiB of noise over page `page` (0 is the header page)."""
    copy = folder / f"damaged-{page}.sqlite3"
    shutil.copy(sample, copy)
    with copy.open("r+b") as file:
        file.seek(page * PAGE)
        file.write(random.Random(seed * 100_003 + page).randbytes(PAGE))
    return copy


def page_at(sample: Path, fraction: float) -> int:
    """The page at `fraction` of the file (0.0 the first, 1.0 the last)."""
    return round(fraction * (pages_of(sample) - 1))


def crashed_copy(path: Path, folder: Path, statement: str) -> Path:
    """A copy of `path` as a session left it when it died just after running `statement`:
    the change is in the write-ahead log beside the copy, not yet in the file."""
    writer = sqlite3.connect(path)
    writer.execute("pragma wal_autocheckpoint=0")
    writer.execute(statement)
    writer.commit()
    folder.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{path}{suffix}", folder / f"{path.name}{suffix}")
    writer.close()
    return folder / path.name


def enterprise_names(path: Path, **options) -> list[str]:
    workspace = open_workspace(f"sqlite:///{path}", **options)
    try:
        return [e.name for e in SqlPortfolioRepository(workspace).list_enterprises()]
    finally:
        workspace.close()
