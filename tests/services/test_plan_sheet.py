"""The plan sheet every output draws (PDF, PNG, SVG): its size at the stated scale, pins in
print millimetres, names that hide no pin and are never cut, joined walls, and the SVG it
writes parsed back."""

import uuid
import xml.etree.ElementTree as ET

import pytest

from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import Hazard, register_numbers
from score_desktop.domain.plan_style import (
    TAG_PRINT_MM,
    PinStyle,
    pin_look,
    pin_print_mm,
)
from score_desktop.domain.risk import DEFAULT_METHOD
from score_desktop.services.demo import demo_hazards, demo_plan, demo_plan_items
from score_desktop.services.plan_sheet.build import PinOptions, sheet_at_scale, sheet_to_fit
from score_desktop.services.plan_sheet.content import PlanContent
from score_desktop.services.plan_sheet.labels import overlaps
from score_desktop.services.plan_sheet.marks import CircleMark, PathMark, TextMark
from score_desktop.services.plan_sheet.measure import TextMeasure
from score_desktop.services.plan_sheet.svg import sheet_svg

SVG = "{http://www.w3.org/2000/svg}"


def _demo() -> tuple[PlanContent, PinOptions]:
    from score_desktop.domain.hazard import DEFAULT_CATEGORIES

    plan = demo_plan()
    hazards = [h for h in demo_hazards() if h.plan_id == plan.id and h.position is not None]
    pins = PinOptions(
        DEFAULT_METHOD,
        {c.code: c for c in DEFAULT_CATEGORIES},
        PinStyle.CATEGORY,
        register_numbers(demo_hazards(), DEFAULT_METHOD),
    )
    return PlanContent(plan, demo_plan_items(), hazards), pins


def _extent_metres(content: PlanContent) -> float:
    x0, _y0, x1, _y1 = content.extent()
    return (x1 - x0) * 1.04 * content.plan.metres_per_unit  # with the 2 % margins


@pytest.mark.parametrize("scale", [50, 100, 200])
def test_the_sheet_is_as_wide_as_the_plan_printed_at_its_scale(scale):
    content, pins = _demo()
    sheet = sheet_at_scale(content, scale, pins)
    assert sheet.width == pytest.approx(_extent_metres(content) * 1000 / scale)
    assert sheet.scale_denominator == pytest.approx(scale)
    bar = [m for m in sheet.marks if isinstance(m, TextMark) and m.group == "scale"]
    assert f"1:{scale}" in [m.text for m in bar]


def test_pins_and_tags_keep_their_print_size_at_every_scale():
    content, pins = _demo()
    hazard = content.hazards[0]
    colour, diameter_px = pin_look(hazard, DEFAULT_METHOD, None, PinStyle.BAND)
    expected = pin_print_mm(diameter_px) / 2
    for sheet in (
        sheet_at_scale(content, 50, pins),
        sheet_at_scale(content, 200, pins),
        sheet_to_fit(content, 180, 120, pins),
    ):
        discs = [m for m in sheet.marks if isinstance(m, CircleMark) and m.group == "hazard"]
        assert len(discs) == len(content.hazards)
        assert {round(d.radius * 2, 3) for d in discs} <= {
            round(pin_print_mm(px), 3) for px in (20, 26, 32, 38, 44)
        }
        tags = [
            m
            for m in sheet.marks
            if isinstance(m, TextMark) and m.group == "hazard" and m.text.startswith("H")
        ]
        assert tags and {t.size for t in tags} == {TAG_PRINT_MM}
    assert expected > 1.5  # a pin is at least 3.6 mm across on paper


def _text_boxes(sheet, measure, group="label"):
    boxes = []
    for mark in sheet.marks:
        if isinstance(mark, TextMark) and mark.group == group:
            width = measure.width(mark.text, mark.size)
            top = mark.y - mark.size * 0.75
            boxes.append((mark.text, (mark.x - width / 2, top, mark.x + width / 2, mark.y)))
    return boxes


def _pin_boxes(sheet):
    boxes = []
    for mark in sheet.marks:
        if isinstance(mark, CircleMark) and mark.group == "hazard":
            (x, y), r = mark.centre, mark.radius
            boxes.append((x - r, y - r, x + r, y + r))
        elif isinstance(mark, PathMark) and mark.group == "hazard":  # a tag's white box
            xs, ys = zip(*mark.points, strict=True)
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


@pytest.mark.parametrize("scale", [100, 200])
def test_no_name_sits_under_a_pin_or_its_tag(scale):
    content, pins = _demo()
    measure = TextMeasure()
    sheet = sheet_at_scale(content, scale, pins, measure=measure)
    names = _text_boxes(sheet, measure)
    assert {"Copper & PVC store", "Finished drums", "Main aisle (3 m)"} <= {n for n, _ in names}
    pins_and_tags = _pin_boxes(sheet)
    for name, box in names:
        hidden = [pin for pin in pins_and_tags if overlaps(box, pin)]
        assert not hidden, (name, box, hidden)
    for i, (name, box) in enumerate(names):  # nor under another name
        assert not any(overlaps(box, other) for _n, other in names[i + 1 :]), name


def _narrow_plan(width_m: float, name: str):
    plan = FloorPlan(uuid.uuid4(), "Narrow", metres_per_unit=0.01)
    hall = PlanItem(
        plan.id,
        PlanItemKind.ZONE,
        (Point(0, 0), Point(2000, 0), Point(2000, 1500), Point(0, 1500)),
        label="Hall",
    )
    w = width_m * 100
    corridor = PlanItem(
        plan.id,
        PlanItemKind.ZONE,
        (Point(500, 100), Point(500 + w, 100), Point(500 + w, 1400), Point(500, 1400)),
        label=name,
        z=1,
    )
    return PlanContent(plan, [hall, corridor])


def test_a_name_too_long_for_a_narrow_room_is_wrapped_or_led_out_never_cut():
    name = "Corridor to the wire drawing line"
    content = _narrow_plan(0.8, name)  # 8 mm wide at 1:100
    measure = TextMeasure()
    sheet = sheet_at_scale(content, 100, PinOptions(None), measure=measure)
    lines = [m for m in sheet.marks if isinstance(m, TextMark) and m.group == "label"]
    words = " ".join(m.text for m in lines if m.text != "Hall").split()
    assert words == name.split()  # every word, in order, none cut
    leader = [m for m in sheet.marks if isinstance(m, PathMark) and m.group == "label"]
    for mark in lines:
        if mark.text == "Hall":
            continue
        width = measure.width(mark.text, mark.size)
        fits = width <= 8
        assert fits or leader, (mark.text, width)  # wider than the room: led out


def test_a_short_name_in_a_narrow_room_is_wrapped_inside_it():
    content = _narrow_plan(1.0, "Wire store")  # 10 mm at 1:100
    measure = TextMeasure()
    sheet = sheet_at_scale(content, 100, PinOptions(None), measure=measure)
    lines = [m for m in sheet.marks if isinstance(m, TextMark) and m.text in ("Wire", "store")]
    assert len(lines) == 2 and lines[0].y < lines[1].y  # two lines, one under the other
    assert not [m for m in sheet.marks if isinstance(m, PathMark) and m.group == "label"]


def test_walls_that_meet_are_one_line_with_mitred_corners():
    plan = FloorPlan(uuid.uuid4(), "Walls", metres_per_unit=0.01)
    corners = [Point(0, 0), Point(1000, 0), Point(1000, 600), Point(0, 600)]
    walls = [
        PlanItem(plan.id, PlanItemKind.WALL, (corners[i], corners[(i + 1) % 4])) for i in range(4)
    ]
    walls.append(PlanItem(plan.id, PlanItemKind.WALL, (Point(0, 900), Point(500, 900))))
    sheet = sheet_at_scale(PlanContent(plan, walls), 100, PinOptions(None))
    drawn = [m for m in sheet.marks if isinstance(m, PathMark) and m.group == "wall"]
    assert sorted((len(m.points), m.closed) for m in drawn) == [(2, False), (4, True)]
    assert all(m.stroke is not None and m.stroke.join == "miter" for m in drawn)


def test_the_svg_is_vectors_and_text_at_the_stated_size():
    content, pins = _demo()
    sheet = sheet_at_scale(content, 100, pins)
    text, replaced = sheet_svg(sheet, "Cable workshop", "at 1:100")
    assert replaced == 0
    root = ET.fromstring(text)
    assert root.get("width") == f"{sheet.width:.3f}".rstrip("0").rstrip(".") + "mm"
    assert float(root.get("width")[:-2]) == pytest.approx(_extent_metres(content) * 10, abs=0.01)
    view_box = [float(v) for v in root.get("viewBox").split()]
    assert view_box[2] == pytest.approx(float(root.get("width")[:-2]))  # one unit is one mm
    assert "Noto Sans" in root.get("font-family")
    shapes = list(root.iter(f"{SVG}polygon")) + list(root.iter(f"{SVG}polyline"))
    items = len(content.items)
    assert len(shapes) >= items - 20  # every zone, wall, door, machine (walls joined)
    assert len(list(root.iter(f"{SVG}circle"))) >= len(content.hazards)
    assert not list(root.iter(f"{SVG}image"))  # the demo plan has no background
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert {"Copper & PVC store", "Finished drums", "Extrusion"} <= set(texts)
    pin_radii = {
        float(c.get("r"))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "hazard"
        for c in g.iter(f"{SVG}circle")
    }
    assert min(pin_radii) * 2 >= 3.5  # mm on paper


def test_svg_text_that_xml_cannot_hold_is_replaced_and_counted():
    content = _narrow_plan(4, "Store\x01 B")
    sheet = sheet_at_scale(content, 100, PinOptions(None))
    text, replaced = sheet_svg(sheet, "Plan\x02", "")
    assert replaced == 2
    ET.fromstring(text)


def test_the_svg_text_writer_writes_what_the_elementtree_one_did_byte_for_byte():
    """The writer builds text directly for speed; the tree-based one it replaced is the
    oracle, over the demo plan and marks of every kind and awkward text."""
    from score_desktop.services.plan_sheet.marks import (
        ImageMark,
        Sheet,
        Stroke,
        Symbol,
        SymbolsMark,
    )
    from tests.services.svg_reference import sheet_svg as tree_svg

    content, pins = _demo()
    demo = sheet_at_scale(content, 100, pins)
    odd = Sheet(120.5, 80.25, 10, 70)
    odd.marks += [
        ImageMark(uuid.uuid4(), 1, 2, 100, 60, 0.6),
        PathMark(
            ((0, 0), (10, 0.12345), (5, 5)),
            True,
            Stroke("#112233", 0.3, "round", "bevel"),
            "#A0A0A0",
            0.5,
            group="zone",
        ),
        PathMark(((0, 0), (10, 0)), False, None, group='a"b<c>&'),
        CircleMark((3, 4), 2, "#FF0000", group=""),
        TextMark(5, 6, 'a<b & "c" \x01\tq', 2.5, "#000000", True, 30, "start", "zone"),
        TextMark(5, 6, "", 2.5, "#000000"),
        TextMark(5, 6, "  spaced  ", 2.5, "#000000", group="zone"),
    ]
    figure = Symbol("eyewash", (CircleMark((0, 0), 2, "#138D75"), TextMark(0, 1, "E&", 2, "#FFF")))
    odd.marks.append(SymbolsMark((figure,), [(0, 10, 20.5), (0, 30.25, 40)]))
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    for sheet, title, words in ((demo, "Cable & co", "at 1:100"), (odd, "Plan\x02 <1>", "")):
        assert sheet_svg(sheet, title, words, lambda _id: image) == tree_svg(
            sheet, title, words, lambda _id: image
        )


def test_the_pin_of_a_hazard_without_rating_is_grey_and_middle_sized():
    plan = FloorPlan(uuid.uuid4(), "Pins", metres_per_unit=0.01)
    hazard = Hazard(
        plan.enterprise_id, "Loose cable", "mechanical", plan_id=plan.id, position=Point(500, 500)
    )
    content = PlanContent(plan, [], [hazard])
    sheet = sheet_at_scale(content, 100, PinOptions(DEFAULT_METHOD))
    (disc,) = [m for m in sheet.marks if isinstance(m, CircleMark)]
    assert disc.radius * 2 == pytest.approx(pin_print_mm(26))


@pytest.mark.parametrize("scale", [50, 100, 200, 1000])
def test_the_scale_bar_is_a_round_length_drawn_true_to_scale(scale):
    """One rule with the editor's bar (`nice_scale_bar_length`): 1, 2 or 5 × 10ⁿ metres,
    about a fifth to a third of the sheet's width."""
    content, pins = _demo()
    sheet = sheet_at_scale(content, scale, pins)
    squares = [m for m in sheet.marks if isinstance(m, PathMark) and m.group == "scale"]
    left = min(x for m in squares for x, _y in m.points)
    right = max(x for m in squares for x, _y in m.points)
    (label,) = [m for m in sheet.marks if isinstance(m, TextMark) and m.text.endswith(" m")]
    metres = float(label.text.removesuffix(" m"))
    assert f"{metres:.0e}"[0] in "125"
    assert right - left == pytest.approx(metres * sheet.mm_per_metre)
    assert 0.16 * sheet.width <= right - left <= 0.33 * sheet.width
