"""The PNG and SVG exports are one drawing: the SVG, rendered by a renderer of its own
(librsvg, else Qt's), looks as the app's PNG; both are at the stated paper scale; pins keep
their size in millimetres at every resolution."""

import re
import shutil
import subprocess
import uuid
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops, ImageStat

from score_desktop.domain.floorplan import FloorPlan
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import Hazard
from score_desktop.domain.plan_style import UNRATED_PIN_COLOUR, pin_print_mm
from score_desktop.domain.risk import DEFAULT_METHOD
from score_desktop.gui.floorplan.export import PlanExport, export_png
from score_desktop.services.plan_sheet.build import PinOptions
from score_desktop.services.plan_sheet.content import PlanContent
from tests.gui.floorplan.conftest import import_background

SVG = "{http://www.w3.org/2000/svg}"


def render_svg(path, out, dpi: int) -> None:
    """librsvg where installed (scripts/install-system-deps.sh), else Qt's SVG renderer."""
    if shutil.which("rsvg-convert"):
        subprocess.run(
            ["rsvg-convert", "-d", str(dpi), "-p", str(dpi), "-b", "white", str(path), "-o", out],
            check=True,
        )
        return
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(path))
    box = renderer.viewBoxF()
    size = QSize(round(box.width() * dpi / 25.4), round(box.height() * dpi / 25.4))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(out))


def test_the_svg_renders_as_the_apps_png(demo_editor, tmp_path):
    assert demo_editor.files.export_png(tmp_path / "plan.png", dpi=96)
    assert demo_editor.files.export_svg(tmp_path / "plan.svg")
    render_svg(tmp_path / "plan.svg", tmp_path / "rendered.png", 96)
    with Image.open(tmp_path / "plan.png") as ours, Image.open(tmp_path / "rendered.png") as theirs:
        ours, theirs = ours.convert("RGB"), theirs.convert("RGB")
        assert abs(ours.width - theirs.width) <= 1 and abs(ours.height - theirs.height) <= 1
        theirs = theirs.resize(ours.size)
        small = (ours.width // 4, ours.height // 4)  # a few pixels of antialiasing apart
        difference = ImageChops.difference(ours.resize(small), theirs.resize(small))
        mean = sum(ImageStat.Stat(difference).mean) / 3
        assert mean < 4, mean  # out of 255
        # every pin of the demo is where the PNG has it, in the same colour
        root = ET.parse(tmp_path / "plan.svg").getroot()
        pins = next(g for g in root.iter(f"{SVG}g") if g.get("class") == "hazard")
        scale = ours.width / float(root.get("viewBox").split()[2])
        for circle in pins.iter(f"{SVG}circle"):
            r = float(circle.get("r"))  # left of the number written in the middle
            cx, cy = float(circle.get("cx")) - 0.6 * r, float(circle.get("cy"))
            at = (round(cx * scale), round(cy * scale))
            a, b = ours.getpixel(at), theirs.getpixel(at)
            assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 24, (at, a, b)


def test_the_svg_is_as_wide_as_it_says_at_its_scale(demo_editor, tmp_path):
    assert demo_editor.files.export_svg(tmp_path / "plan.svg")
    root = ET.parse(tmp_path / "plan.svg").getroot()
    description = root.find(f"{SVG}desc").text
    stated = float(re.search(r"1:100, (\d+) mm wide", description).group(1))
    width = float(root.get("width").removesuffix("mm"))
    assert width == pytest.approx(stated, abs=0.5)
    # the demo hall is 40 m wide: with its 2 % margins, 416 mm at 1:100
    assert width == pytest.approx(416, abs=1)
    assert len(list(root.iter(f"{SVG}polygon"))) + len(list(root.iter(f"{SVG}polyline"))) > 40
    assert not list(root.iter(f"{SVG}image"))
    assert len(list(root.iter(f"{SVG}text"))) > 40


def _one_pin_export() -> PlanExport:
    plan = FloorPlan(uuid.uuid4(), "Pin", metres_per_unit=0.01)
    hazard = Hazard(
        plan.enterprise_id, "Loose cable", "mechanical", plan_id=plan.id, position=Point(500, 500)
    )
    return PlanExport(PlanContent(plan, [], [hazard]), PinOptions(DEFAULT_METHOD), "Pin")


def _pin_pixels(path) -> int:
    """Pixels of the grey pin's fill (88 % over white)."""
    grey = tuple(int(UNRATED_PIN_COLOUR[i : i + 2], 16) for i in (1, 3, 5))
    fill = tuple(round(0.88 * c + 0.12 * 255) for c in grey)
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        return sum(
            count
            for count, colour in rgb.getcolors(maxcolors=1 << 20)
            if max(abs(a - b) for a, b in zip(colour, fill, strict=True)) <= 6
        )


@pytest.mark.parametrize("dpi", [96, 150, 300])
def test_a_pin_keeps_its_size_in_mm_at_every_resolution(qapp, tmp_path, dpi):
    export_png(_one_pin_export(), tmp_path / "pin.png", dpi)
    pixels = _pin_pixels(tmp_path / "pin.png")
    diameter_mm = 2 * (pixels / 3.14159) ** 0.5 / (dpi / 25.4)
    # the fill inside the white ring: a little less than the printed diameter
    assert pin_print_mm(26) * 0.75 < diameter_mm <= pin_print_mm(26), diameter_mm


def test_the_legend_states_pin_sizes_in_the_files_units(demo_editor, tmp_path):
    assert demo_editor.files.export_svg(tmp_path / "plan.svg")
    texts = " ".join(ET.parse(tmp_path / "plan.svg").getroot().itertext())
    assert "3.6 to 7.9 mm across" in texts and " px" not in texts
    from score_desktop.gui.floorplan.export_content import export_legend

    note = export_legend(demo_editor, 300).note
    assert "3.6 to 7.9 mm across, 43 to 94 px at 300 dpi" in note


def test_a_background_is_the_svgs_one_image_at_its_place(qtbot, editor, tmp_path):
    from PIL import ImageDraw

    scan = tmp_path / "scan.png"
    image = Image.new("RGB", (1200, 800), "white")
    ImageDraw.Draw(image).rectangle((50, 50, 1150, 750), outline="black", width=8)
    image.save(scan)
    assert import_background(qtbot, editor, scan)
    assert editor.files.export_svg(tmp_path / "plan.svg")
    root = ET.parse(tmp_path / "plan.svg").getroot()
    (picture,) = root.iter(f"{SVG}image")
    # 1200 px at one unit a pixel and 1 cm a unit: 12 m, 120 mm at 1:100
    assert float(picture.get("width")) == pytest.approx(120)
    assert picture.get("{http://www.w3.org/1999/xlink}href").startswith("data:image/")
