"""Images prepared for print: upright, at print resolution, faded for plan backgrounds; and a
plan background drawn under the printed plan."""

import dataclasses
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from score_desktop.domain.floorplan import PlanBackground
from score_desktop.domain.geometry import Point
from score_desktop.services.demo import DEMO_PLAN_ID
from score_desktop.services.reporting.images import (
    PhotoUnreadableError,
    PrintImages,
    prepare_jpeg,
    print_pixels,
)
from score_desktop.services.reporting.options import ReportOptions, Section
from tests.services.reporting.conftest import image_objects, write


def jpeg_with_orientation(size, orientation: int) -> bytes:
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, size[0] // 2, size[1]))  # left half blue
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_exif_orientation_is_applied_and_the_size_fits_200_dpi():
    data = jpeg_with_orientation((3000, 2000), orientation=6)  # camera held upright
    width_pt, height_pt = 144, 216  # 2 × 3 inches, portrait
    printed = Image.open(io.BytesIO(prepare_jpeg(data, width_pt, height_pt)))
    assert printed.format == "JPEG"
    assert printed.width < printed.height  # turned upright
    assert (printed.width, printed.height) <= print_pixels(width_pt, height_pt) == (400, 600)
    assert printed.width >= 395
    top = printed.getpixel((printed.width // 2, 5))
    assert top[2] > top[0]  # rotated 90° clockwise: the blue left half is now on top


def test_a_fade_blends_towards_white():
    data = jpeg_with_orientation((400, 300), orientation=1)
    faded = Image.open(io.BytesIO(prepare_jpeg(data, 200, 150, fade=0.6)))
    r, g, b = faded.getpixel((faded.width - 5, faded.height // 2))
    assert r > 200 and g > 120 and b > 120  # red towards white


def test_bytes_that_are_not_an_image_are_refused_clearly():
    with pytest.raises(PhotoUnreadableError, match="could not be read"):
        prepare_jpeg(b"<html>not a photo</html>", 100, 100)


def test_the_same_source_is_prepared_once_at_its_largest_placement():
    images = PrintImages()
    loads = []

    def load():
        loads.append(1)
        return jpeg_with_orientation((2000, 1000), orientation=1)

    try:
        images.reserve("photo", 100, 50)
        images.reserve("photo", 300, 150)
        small = images.path_for("photo", load, 100, 50)
        large = images.path_for("photo", load, 300, 150)
        assert small == large and len(loads) == 1
        with Image.open(small) as printed:
            assert printed.width == print_pixels(300, 150)[0]
    finally:
        images.close()


def test_a_plan_background_is_printed_under_the_drawing(repositories, tmp_path):
    scan = Image.new("RGB", (1600, 800), (90, 90, 90))
    out = io.BytesIO()
    scan.save(out, "PNG")
    plans = repositories.plans
    image_id = plans.store_image(out.getvalue(), "image/png", 1600, 800)
    plan = plans.get_plan(DEMO_PLAN_ID)
    background = PlanBackground(image_id, 1600, 800, units_per_pixel=2.5, origin=Point(0, 0))
    plans.update_plan(dataclasses.replace(plan, background=background))
    assert plans.get_plan(DEMO_PLAN_ID).background is not None
    path = tmp_path / "with-background.pdf"
    write(repositories, path, ReportOptions(sections=frozenset({Section.PLAN})))
    images = image_objects(path)
    assert len(images) == 1
    ((width, height, filters),) = images.values()
    assert "DCTDecode" in filters and width / height == pytest.approx(2, rel=0.02)
    plan_page = next(p for p in PdfReader(path).pages if "Floor plan" in p.extract_text())
    assert plan_page.mediabox.width > plan_page.mediabox.height
