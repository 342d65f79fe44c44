"""DXF drawings in and out: files generated here with ezdxf in several units and with blocks,
read, drawn to a background image and measured; the traced plan written and read back."""

import io
import math
import uuid

import ezdxf
import pytest
from PIL import Image

from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import register_numbers
from score_desktop.domain.risk import DEFAULT_METHOD
from score_desktop.services.demo import demo_hazards, demo_plan, demo_plan_items
from score_desktop.services.plan_background import BackgroundImportError
from score_desktop.services.plan_dxf import read_dxf, render_dxf
from score_desktop.services.plan_dxf_export import write_plan_dxf
from score_desktop.services.plan_sheet.content import PlanContent

# $INSUNITS code, drawing units per metre
UNITS = {
    "mm": (4, 1000.0),
    "cm": (5, 100.0),
    "m": (6, 1.0),
    "in": (1, 1 / 0.0254),
    "ft": (2, 1 / 0.3048),
}


def hall_dxf(path, unit="mm", stated=True):
    """A 12 m × 6 m hall (outer walls), a wall across at 4 m, four columns as blocks (the
    block's lines on layer 0 take the INSERT's layer), a door arc, a title, and two entities
    the import does not draw."""
    code, per_m = UNITS[unit]
    doc = ezdxf.new("R2010")
    if stated:
        doc.header["$INSUNITS"] = code
    else:
        doc.header["$INSUNITS"] = 0
    msp = doc.modelspace()
    m = per_m
    column = doc.blocks.new("COLUMN")
    column.add_lwpolyline([(0, 0), (0.3 * m, 0), (0.3 * m, 0.3 * m), (0, 0.3 * m)], close=True)
    column.add_circle((0.15 * m, 0.15 * m), 0.1 * m)
    bay = doc.blocks.new("BAY")  # nested: a bay of two columns
    bay.add_blockref("COLUMN", (0, 0))
    bay.add_blockref("COLUMN", (3 * m, 0))
    msp.add_lwpolyline(
        [(0, 0), (12 * m, 0), (12 * m, 6 * m), (0, 6 * m)],
        close=True,
        dxfattribs={"layer": "WALLS"},
    )
    msp.add_line((4 * m, 0), (4 * m, 6 * m), dxfattribs={"layer": "WALLS"})
    msp.add_blockref("BAY", (6 * m, 2 * m), dxfattribs={"layer": "COLUMNS"})
    msp.add_blockref("BAY", (6 * m, 4 * m), dxfattribs={"layer": "COLUMNS"})
    msp.add_arc((4 * m, 1 * m), 0.9 * m, 0, 90, dxfattribs={"layer": "DOORS"})
    msp.add_text("Cutting", height=0.5 * m, dxfattribs={"layer": "TEXT", "insert": (1 * m, 3 * m)})
    msp.add_point((1, 1), dxfattribs={"layer": "WALLS"})
    msp.add_ellipse((2 * m, 2 * m), (0.5 * m, 0, 0), 0.5, dxfattribs={"layer": "FURNITURE"})
    doc.saveas(path)
    return path


def dark_columns(image: Image.Image) -> list[int]:
    """x of every column of the image with a dark pixel on its middle row band."""
    grey = image.convert("L")
    row = grey.height // 2 + 3
    return [x for x in range(grey.width) if grey.getpixel((x, row)) < 128]


@pytest.mark.parametrize("unit", list(UNITS))
def test_a_dxf_in_any_unit_draws_at_its_true_size(tmp_path, unit):
    drawing = read_dxf(hall_dxf(tmp_path / f"hall-{unit}.dxf", unit))
    assert drawing.units_stated
    assert drawing.metres_per_unit == pytest.approx(1 / UNITS[unit][1])
    rendered = render_dxf(drawing, ["WALLS"])
    image = Image.open(io.BytesIO(rendered.image.data))
    dark = dark_columns(image)
    # the outer walls at 0 and 12 m, the cross wall at 4 m
    left, right = min(dark), max(dark)
    assert (right - left) * rendered.metres_per_pixel == pytest.approx(12.0, abs=0.03)
    inner = [x for x in dark if left + 5 < x < right - 5]
    assert (min(inner) - left) * rendered.metres_per_pixel == pytest.approx(4.0, abs=0.03)
    assert rendered.metres_per_pixel == pytest.approx(0.01)  # PIXELS_PER_METRE


def test_blocks_are_expanded_nested_and_on_their_inserts_layer(tmp_path):
    drawing = read_dxf(hall_dxf(tmp_path / "hall.dxf"))
    assert set(drawing.layers) == {"WALLS", "COLUMNS", "DOORS", "TEXT"}
    columns = drawing.layers["COLUMNS"]
    assert len(columns.lines) == 8  # 2 bays × 2 columns × (square + circle)
    xs = sorted({round(min(p[0] for p in line)) for line in columns.lines if len(line) == 5})
    assert xs == [6000, 9000]  # the bays' columns, 3 m apart, where the inserts put them
    assert drawing.layers["TEXT"].texts[0].text == "Cutting"
    assert drawing.skipped == {"POINT": 1, "ELLIPSE": 1}


def test_only_the_chosen_layers_are_drawn(tmp_path):
    drawing = read_dxf(hall_dxf(tmp_path / "hall.dxf"))
    walls = Image.open(io.BytesIO(render_dxf(drawing, ["WALLS"]).image.data)).convert("L")
    both = Image.open(io.BytesIO(render_dxf(drawing, ["WALLS", "COLUMNS"]).image.data)).convert("L")
    assert walls.size == both.size  # the columns lie inside the walls
    ink = lambda image: image.point(lambda v: 255 if v < 128 else 0).histogram()[255]  # noqa: E731
    assert ink(both) > ink(walls) + 200
    with pytest.raises(BackgroundImportError):
        render_dxf(drawing, [])


def test_a_drawing_without_units_is_read_as_millimetres_and_says_so(tmp_path):
    drawing = read_dxf(hall_dxf(tmp_path / "hall.dxf", "mm", stated=False))
    assert not drawing.units_stated
    assert drawing.unit_name == "mm"
    assert render_dxf(drawing, ["WALLS"]).metres_per_pixel == pytest.approx(0.01)


def test_a_huge_hall_is_drawn_coarser_within_the_side_limit(tmp_path):
    doc = ezdxf.new("R2010")
    doc.header["$INSUNITS"] = 6
    doc.modelspace().add_line((0, 0), (400, 100))  # 400 m at 1 cm a pixel would be 40,000 px
    doc.saveas(tmp_path / "site.dxf")
    rendered = render_dxf(read_dxf(tmp_path / "site.dxf"), ["0"])
    assert max(rendered.image.width, rendered.image.height) <= 8000
    assert (rendered.image.width - 40) * rendered.metres_per_pixel == pytest.approx(400, rel=1e-3)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\xfe garbage \xff" * 200,
        b"not a drawing at all",
        b"",
        b"0\nSECTION\n2\nENTITIES\n",
    ],
)
def test_damaged_or_empty_files_are_refused_clearly(tmp_path, data):
    path = tmp_path / "bad.dxf"
    path.write_bytes(data)
    with pytest.raises(BackgroundImportError, match="bad.dxf"):
        read_dxf(path)


def _traced():
    plan = FloorPlan(uuid.uuid4(), "Hall", metres_per_unit=0.01)  # 1 unit = 1 cm
    items = [
        PlanItem(
            plan.id,
            PlanItemKind.ZONE,
            (Point(0, 0), Point(800, 0), Point(800, 500), Point(0, 500)),
            label="Sewing",
        ),
        PlanItem(plan.id, PlanItemKind.WALL, (Point(0, 0), Point(1000, 0)), thickness=20),
        PlanItem(plan.id, PlanItemKind.DOOR, (Point(100, 500), Point(190, 500))),
        PlanItem(plan.id, PlanItemKind.EMERGENCY_EXIT, (Point(800, 200), Point(800, 300))),
        PlanItem(
            plan.id,
            PlanItemKind.MACHINE,
            (Point(300, 250),),
            width=200,
            height=100,
            rotation=90,
            label="Press",
        ),
    ]
    return plan, items


def test_the_traced_plan_is_written_in_metres_by_layer_and_reads_back_clean(tmp_path):
    plan, items = _traced()
    path = tmp_path / "hall.dxf"
    result = write_plan_dxf(PlanContent(plan, items), path)
    doc = ezdxf.readfile(path)
    auditor = doc.audit()
    assert not auditor.has_errors and not auditor.has_fixes
    assert doc.header["$INSUNITS"] == 6
    msp = doc.modelspace()
    (zone,) = msp.query("LWPOLYLINE[layer=='ZONES']")
    assert zone.closed
    assert sorted(zone.get_points("xy")) == [(0, -5), (0, 0), (8, -5), (8, 0)]  # y up
    (wall,) = msp.query("LWPOLYLINE[layer=='WALLS']")
    assert wall.dxf.const_width == pytest.approx(0.2)
    assert [p[:2] for p in wall.get_points("xy")] == [(0, 0), (10, 0)]
    (door,) = msp.query("LINE[layer=='DOORS']")
    assert math.dist(door.dxf.start, door.dxf.end) == pytest.approx(0.9)
    assert len(msp.query("LINE[layer=='EXITS']")) == 1
    (machine,) = msp.query("LWPOLYLINE[layer=='MACHINES']")
    xs = [p[0] for p in machine.get_points("xy")]
    assert max(xs) - min(xs) == pytest.approx(1.0)  # 2 m wide turned 90°: 1 m across
    names = {t.dxf.text for t in msp.query("TEXT[layer=='NAMES']")}
    assert names == {"Sewing", "Press"}
    assert result.layers["WALLS"] == 1 and result.replaced == 0


def test_the_demo_plans_hazards_carry_their_register_numbers(tmp_path):
    plan = demo_plan()
    hazards = [h for h in demo_hazards() if h.plan_id == plan.id and h.position is not None]
    numbers = register_numbers(demo_hazards(), DEFAULT_METHOD)
    path = tmp_path / "demo.dxf"
    write_plan_dxf(PlanContent(plan, demo_plan_items(), hazards), path, numbers)
    doc = ezdxf.readfile(path)
    assert not doc.audit().has_errors
    msp = doc.modelspace()
    texts = {t.dxf.text for t in msp.query("TEXT[layer=='HAZARDS']")}
    assert texts == {str(numbers[h.id]) for h in hazards}
    assert len(msp.query("CIRCLE[layer=='HAZARDS']")) == len(hazards)
    layers = {layer.dxf.name for layer in doc.layers}
    assert {"ZONES", "WALLS", "DOORS", "EXITS", "MACHINES", "HAZARDS"} <= layers


def test_the_exported_dxf_imports_again_at_its_true_size(tmp_path):
    plan, items = _traced()
    path = tmp_path / "hall.dxf"
    write_plan_dxf(PlanContent(plan, items), path)
    drawing = read_dxf(path)
    assert drawing.unit_name == "m" and drawing.units_stated
    x0, y0, x1, y1 = drawing.extent(["ZONES"])
    assert (x1 - x0, y1 - y0) == pytest.approx((8.0, 5.0))


def test_a_failed_write_leaves_nothing(tmp_path):
    from score_desktop.services.plan_dxf_export import DxfExportError

    plan, items = _traced()
    with pytest.raises(DxfExportError):
        write_plan_dxf(PlanContent(plan, items), tmp_path / "missing" / "hall.dxf")
    assert not (tmp_path / "missing").exists()


def test_a_binary_dxf_reads_as_the_text_one(tmp_path):
    text = read_dxf(hall_dxf(tmp_path / "hall.dxf"))
    doc = ezdxf.readfile(tmp_path / "hall.dxf")
    doc.saveas(tmp_path / "hall-binary.dxf", fmt="bin")
    assert (tmp_path / "hall-binary.dxf").read_bytes().startswith(b"AutoCAD Binary DXF")
    binary = read_dxf(tmp_path / "hall-binary.dxf")
    assert {n: layer.count for n, layer in binary.layers.items()} == {
        n: layer.count for n, layer in text.layers.items()
    }


def test_cancelling_stops_the_read(tmp_path):
    from score_desktop.services.reporting.progress import ExportCancelled, ExportProgress

    with pytest.raises(ExportCancelled):
        read_dxf(hall_dxf(tmp_path / "hall.dxf"), ExportProgress(cancelled=lambda: True))


@pytest.mark.parametrize("kind", ["TEXT", "MTEXT"])
def test_a_centred_text_is_drawn_centred_on_its_point(tmp_path, kind):
    from ezdxf.enums import MTextEntityAlignment, TextEntityAlignment

    doc = ezdxf.new("R2010")
    doc.header["$INSUNITS"] = 6
    msp = doc.modelspace()
    msp.add_lwpolyline([(0, 0), (20, 0), (20, 10), (0, 10)], close=True, dxfattribs={"layer": "W"})
    if kind == "TEXT":
        text = msp.add_text("Stores", height=1.0, dxfattribs={"layer": "T"})
        text.set_placement((12, 4), align=TextEntityAlignment.MIDDLE_CENTER)
    else:
        text = msp.add_mtext("Stores", dxfattribs={"layer": "T", "char_height": 1.0})
        text.set_location((12, 4), attachment_point=MTextEntityAlignment.MIDDLE_CENTER)
    doc.saveas(tmp_path / "t.dxf")
    drawing = read_dxf(tmp_path / "t.dxf")
    rendered = render_dxf(drawing, ["T", "W"])
    image = Image.open(io.BytesIO(rendered.image.data)).convert("L")
    inside = image.crop((30, 30, image.width - 30, image.height - 30))  # off the walls
    left, top, right, bottom = inside.point(lambda v: 255 if v < 128 else 0).getbbox()
    metres = rendered.metres_per_pixel
    centre_x = (30 + (left + right) / 2 - 20) * metres  # the image's margin is 20 px
    centre_y = 10 - (30 + (top + bottom) / 2 - 20) * metres  # y up
    assert (centre_x, centre_y) == pytest.approx((12, 4), abs=0.15)
    assert (right - left) * metres == pytest.approx(3.5, abs=1.0)  # "Stores", 1 m tall


def test_blocks_turned_scaled_nested_and_in_arrays_land_where_cad_puts_them(tmp_path):
    """B (a polyline, an arc, a text) sits in C turned 30° and stretched 2 × -1; C is placed
    turned 45° at 1.5 times; B is also laid out as a 2 × 3 array (MINSERT)."""
    doc = ezdxf.new("R2010")
    doc.header["$INSUNITS"] = 4
    msp = doc.modelspace()
    b = doc.blocks.new("B")
    b.add_lwpolyline([(0, 0), (100, 0), (100, 50)])
    b.add_arc((50, 25), 20, 0, 180, dxfattribs={"layer": "X"})
    b.add_text("T1", height=10, dxfattribs={"insert": (5, 5)})
    c = doc.blocks.new("C")
    c.add_blockref("B", (10, 10), dxfattribs={"rotation": 30, "xscale": 2, "yscale": -1})
    msp.add_blockref(
        "C", (1000, 500), dxfattribs={"rotation": 45, "layer": "L1", "xscale": 1.5, "yscale": 1.5}
    )
    array = msp.add_blockref("B", (0, 0), dxfattribs={"layer": "L2"})
    array.grid(size=(2, 3), spacing=(200, 300))
    doc.saveas(tmp_path / "blocks.dxf")
    drawing = read_dxf(tmp_path / "blocks.dxf")
    (text,) = drawing.layers["L1"].texts
    # by hand: (5, 5) stretched, turned 30°, moved by (10, 10); then × 1.5, turned 45°, moved
    assert (text.x, text.y) == pytest.approx((1011.13, 533.76), abs=0.01)
    assert (text.height, text.rotation) == pytest.approx((15.0, 75.0))
    assert sorted((t.x, t.y) for t in drawing.layers["L2"].texts) == [
        (5, 5),
        (5, 205),
        (305, 5),
        (305, 205),
        (605, 5),
        (605, 205),
    ]
    assert len(drawing.layers["X"].lines) == 7  # the arc, stretched unevenly, is still drawn
    assert not drawing.skipped
