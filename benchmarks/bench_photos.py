"""Importing 24-megapixel photos against the floor of Pillow's own draft decode + thumbnail.

Figures: seconds per photo for `read_photo` (decode check, capture data, hash, thumbnail) and
for the floor (open, draft-mode decode, thumbnail, EXIF transpose) on the same files in the
same run, and their ratio. Target: ratio <= 1.3. Set SCORE_BENCH_PHOTOS to change the count
(default 100; the files are copies of a few generated photos, so decoding work is realistic).
The UI-stall figure comes with the import dialog (not built yet).
"""

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageOps

from score_desktop.services.photo_import import THUMBNAIL_PX, read_photo

COUNT = int(os.environ.get("SCORE_BENCH_PHOTOS", "100"))
SIZE = (6000, 4000)  # 24 MP


def make_photos(folder: Path) -> list[Path]:
    sources = []
    for n in range(4):
        # smooth shapes with fine grain: a phone photo's detail and file size (~5-8 MB),
        # not the 20 MB of pure noise
        small = Image.effect_noise((600, 400), 60 + 10 * n).convert("RGB")
        image = small.resize(SIZE, Image.Resampling.BICUBIC)
        grain = Image.effect_noise(SIZE, 12).convert("RGB")
        image = Image.blend(image, grain, 0.15)
        path = folder / f"source-{n}.jpg"
        image.save(path, "JPEG", quality=88)
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


def run():
    with tempfile.TemporaryDirectory() as folder:
        paths = make_photos(Path(folder))
        floor(paths[0]), read_photo(paths[0])  # warm caches
        base = per_photo(floor, paths)
        ours = per_photo(read_photo, paths)
    yield {"figure": "floor_per_photo", "value": round(base, 4), "unit": "s"}
    yield {
        "figure": "import_per_photo",
        "value": round(ours, 4),
        "unit": "s",
        "baseline": round(base, 4),
        "ratio": round(ours / base, 2),
    }
