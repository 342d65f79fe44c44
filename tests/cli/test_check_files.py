"""`score-desktop check-files`: photos (a phone HEIC, a JPEG) and a PDF plan background are read
as the imports read them; a file that cannot be imported is named, and the exit code says so."""

import subprocess
import sys
from pathlib import Path

from PIL import Image
from pillow_heif import register_heif_opener

from tests.services.test_photo_import import exif
from tests.services.test_plan_background import make_pdf

ROOT = Path(__file__).resolve().parents[2]


def check(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "score_desktop", "check-files", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,  # this checkout's code
    )


def test_heic_jpeg_and_pdf_are_read_as_their_imports_read_them(tmp_path):
    register_heif_opener()  # to write the phone's HEIC here; the app reads it on its own
    heic = tmp_path / "IMG_0042.HEIC"
    Image.new("RGB", (640, 480), "orange").save(heic, "HEIF", exif=exif(orientation=6).tobytes())
    jpeg = tmp_path / "aisle.jpg"
    Image.new("RGB", (800, 600), "green").save(jpeg, "JPEG", exif=exif())
    pdf = tmp_path / "workshop.pdf"
    make_pdf(pdf, pages=2)
    result = check(heic, jpeg, pdf)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "IMG_0042.HEIC: photo 480×640, stored as image/jpeg, 2026-09-08 10:15:00",
        "aisle.jpg: photo 800×600, stored as image/jpeg, 2026-09-08 10:15:00",
        result.stdout.splitlines()[2],
    ]
    pdf_line = result.stdout.splitlines()[2]
    assert pdf_line.startswith("workshop.pdf: plan background, PDF page 1 of 2 rendered at ")


def test_a_file_that_cannot_be_imported_is_named_and_the_rest_still_checked(tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a photo")
    good = tmp_path / "good.png"
    Image.new("RGB", (64, 48), "blue").save(good)
    result = check(broken, good)
    assert result.returncode == 1
    assert result.stderr.startswith("score-desktop: broken.jpg")
    assert result.stdout.splitlines() == [
        "good.png: photo 64×48, stored as image/png, capture time unknown"
    ]
