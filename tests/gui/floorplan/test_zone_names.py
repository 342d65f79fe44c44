"""Zone names that do not fit their room in the editor: led out beside it with a line, as the
plan sheet does, whole and clear of pins; back in the room when a closer zoom gives it room."""

from PySide6.QtCore import QPointF

from score_desktop.document.hazard_commands import AddHazardsCommand
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import Hazard
from score_desktop.gui.floorplan.led_out_names import name_box
from tests.gui.floorplan.test_tracing import _look_at, _overlap, _pins_and_tags, _zone

NAME = "Finishing drums store"
ROOM = (1000, 1000, 1100, 1150)  # 1 m × 1.5 m at 1 cm a unit


def _layout(editor, zone):
    editor.view.viewport().repaint()
    return editor.scene.graphics[zone.id]._name_at[1]


def _dark_pixels(editor, box) -> int:
    """Pixels darker than mid-grey inside `box` (plan units) as the view shows it now."""
    image = editor.view.viewport().grab().toImage()
    top_left = editor.view.mapFromScene(QPointF(box[0], box[1]))
    bottom_right = editor.view.mapFromScene(QPointF(box[2], box[3]))
    dark = 0
    for x in range(max(0, top_left.x()), min(image.width(), bottom_right.x() + 1)):
        for y in range(max(0, top_left.y()), min(image.height(), bottom_right.y() + 1)):
            dark += image.pixelColor(x, y).lightness() < 128
    return dark


def test_a_name_too_long_for_a_narrow_room_is_led_out_whole_and_clear_of_pins(
    qtbot, editor, document, plan
):
    _look_at(editor, 1050, 1075)  # 1 screen pixel = 2 units: the room is 50 × 75 pixels
    zone = _zone(document, plan, ROOM[:2], ROOM[2:], NAME)
    hazard = Hazard(
        plan.enterprise_id, "Solvent", "chemical", plan_id=plan.id, position=Point(1050, 1075)
    )
    document.push(AddHazardsCommand(document, [hazard], "Add"))
    layout = _layout(editor, zone)
    assert layout.leader == (1050, 1075)  # led out, its line from the room's middle
    assert " ".join(layout.text.lines) == NAME  # whole: no word cut
    name = name_box(layout)
    assert not _overlap(name, ROOM)  # beside the room, not over it
    covered = _pins_and_tags(editor, 700, 700, 700, 800)
    assert covered and not any(_overlap(name, box) for box in covered)
    qtbot.waitUntil(lambda: _dark_pixels(editor, name) > 40)  # and painted there
    # the layer of led-out names takes no click: the zone under it is still selectable
    assert editor.scene.led_out_names not in editor.scene.items(QPointF(1050, 1010))


def test_a_name_that_fits_again_goes_back_into_its_room(qtbot, editor, document, plan):
    import dataclasses

    from score_desktop.document.plan_commands import UpdatePlanItemsCommand
    from score_desktop.domain.geometry import rectangle

    _look_at(editor, 1050, 1075)
    zone = _zone(document, plan, ROOM[:2], ROOM[2:], NAME)
    assert _layout(editor, zone).leader is not None
    led_out = editor.scene.led_out_names
    assert zone.id in led_out._names
    wider = dataclasses.replace(zone, points=rectangle(Point(1000, 1000), Point(1400, 1300)))
    document.plan_document(plan.id).push(UpdatePlanItemsCommand(document, [wider], "Resize"))
    layout = _layout(editor, zone)
    assert layout.leader is None and not layout.turned
    left, top, right, bottom = name_box(layout)
    assert left >= 1000 and right <= 1400 and top >= 1000 and bottom <= 1300
    assert " ".join(layout.text.lines) == NAME
    assert zone.id not in led_out._names  # the led-out copy is gone
    document.plan_document(plan.id).undo_stack.undo()  # narrow again: led out again
    assert _layout(editor, zone).leader is not None
    assert zone.id in led_out._names


def test_a_led_out_name_keeps_clear_of_a_neighbours_name(qtbot, editor, document, plan):
    _look_at(editor, 1300, 1000)
    above = _zone(document, plan, (1000, 800), (1600, 1000), "Paint store")
    neighbour = name_box(_layout(editor, above))
    narrow = _zone(document, plan, (1250, 1000), (1350, 1150), NAME)
    layout = _layout(editor, narrow)
    assert layout.leader is not None
    assert not _overlap(name_box(layout), neighbour)  # not above, where the neighbour's is
    assert not _overlap(name_box(layout), (1250, 1000, 1350, 1150))


def test_a_name_readable_at_its_own_size_is_painted_at_a_plans_fit_zoom(
    qtbot, editor, document, plan
):
    """At the zoom of a fitted hall the name's own size is 8 pixels: readable, so painted,
    though its smallest shrunk size (4.8 pixels) would not be. Names had vanished at fit."""
    zone = _zone(document, plan, (0, 0), (2000, 1000), "Extrusion")
    blank = _zone(document, plan, (0, 1200), (2000, 2200), "")
    editor.view.resetTransform()
    editor.view.scale(8 / 60, 8 / 60)  # a 0.6 m name (60 units) is 8 pixels high
    editor.view.centerOn(QPointF(1000, 1100))
    middle = (700, 400, 1300, 600)
    qtbot.waitUntil(lambda: _dark_pixels(editor, middle) > 10)
    assert _dark_pixels(editor, (700, 1600, 1300, 1800)) == 0  # the unnamed room: no ink
    assert zone.label and not blank.label


def _pins_in_grid(document, plan, corner, columns, rows, step):
    hazards = [
        Hazard(
            plan.enterprise_id,
            f"Hazard {i}-{j}",
            "mechanical",
            plan_id=plan.id,
            position=Point(corner[0] + i * step, corner[1] + j * step),
        )
        for i in range(columns)
        for j in range(rows)
    ]
    document.push(AddHazardsCommand(document, hazards, "Add"))


def test_a_room_crowded_with_pins_keeps_its_name_in_its_middle_without_a_search(
    qtbot, editor, document, plan
):
    """264 pins in a room of 200 × 100 pixels, or 30 with their tags (each pin 26 pixels
    across, its tag beside it), would cover it: there is no clear place to look for (with
    thousands of pins each room's search took 50-100 ms at every zoom), so the name stays
    whole in the middle. One pin still moves it."""
    _look_at(editor, 1200, 1100)
    crowded = _zone(document, plan, (1000, 1000), (1400, 1200), "Cutting")
    _pins_in_grid(document, plan, (1010, 1010), 24, 11, 16)
    layout = _layout(editor, crowded)
    assert (layout.x, layout.y) == (1200, 1100) and layout.leader is None
    assert " ".join(layout.text.lines) == "Cutting"
    fewer = _zone(document, plan, (1000, 1400), (1400, 1600), "Pressing")
    _pins_in_grid(document, plan, (1040, 1430), 6, 5, 60)  # 30 pins
    _look_at(editor, 1200, 1500)
    layout = _layout(editor, fewer)
    assert (layout.x, layout.y) == (1200, 1500) and layout.leader is None
    roomy = _zone(document, plan, (2000, 1000), (2400, 1200), "Sewing")
    _pins_in_grid(document, plan, (2200, 1100), 1, 1, 0)  # one pin on its middle
    _look_at(editor, 2200, 1100)
    layout = _layout(editor, roomy)
    assert (layout.x, layout.y) != (2200, 1100)  # moved off the pin
