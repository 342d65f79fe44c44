"""Tracing aids through the real editor: object snap, joined walls, typed lengths, and the
tool after calibrating. Mouse and keys go through the view; results are read from SQLite."""

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from score_desktop.domain.floorplan import PlanItemKind
from score_desktop.domain.geometry import Point, distance
from tests.gui.floorplan.conftest import click, drag, view_point
from tests.gui.floorplan.test_editor_tools import stored

ALT = Qt.KeyboardModifier.AltModifier


def walls(workspace, plan):
    return [i for i in stored(workspace, plan) if i.kind is PlanItemKind.WALL]


def hover(qtbot, editor, point):
    qtbot.mouseMove(editor.view.viewport(), view_point(editor, *point))


def type_keys(qtbot, editor, keys):
    for key in keys:
        qtbot.keyClick(editor.view, key)


def test_a_wall_end_snaps_to_another_walls_end_with_a_marker(qtbot, editor, workspace, plan):
    editor.set_tool("wall")
    drag(qtbot, editor, (1000, 1000), (2000, 1000))
    hover(qtbot, editor, (2030, 1040))  # 3 and 4 screen pixels off the end (1 px = 10 units)
    marker = editor.scene.object_snap.marker
    assert marker is not None and marker.scenePos() == QPointF(2000, 1000)
    drag(qtbot, editor, (2030, 1040), (2000, 2000))
    assert len(walls(workspace, plan)) == 2
    second = max(walls(workspace, plan), key=lambda w: w.points[1].y)
    assert second.points[0] == Point(2000, 1000)
    assert editor.scene.object_snap.marker is None  # gone with the finished wall


def test_alt_turns_object_snap_off(qtbot, editor, workspace, plan):
    editor.set_tool("wall")
    drag(qtbot, editor, (1000, 1000), (2000, 1000))
    drag(qtbot, editor, (2030, 1040), (2030, 2000), modifiers=ALT)
    second = max(walls(workspace, plan), key=lambda w: w.points[1].y)
    assert distance(second.points[0], Point(2030, 1040)) < 15


def test_a_zone_corner_snaps_to_a_machine_corner_and_a_vertex_to_a_wall_middle(
    qtbot, editor, workspace, plan
):
    editor.set_tool("machine")
    click(qtbot, editor, (1500, 1500))  # 200 x 100 units: corners at x 1400/1600, y 1450/1550
    editor.set_tool("zone")
    drag(qtbot, editor, (1000, 1000), (1405, 1445))
    zone = next(i for i in stored(workspace, plan) if i.kind is PlanItemKind.ZONE)
    assert Point(1400, 1450) in zone.points
    editor.set_tool("wall")
    drag(qtbot, editor, (1000, 2000), (2000, 2000))
    # the zone's far corner dragged by its handle next to the wall's middle
    editor.set_tool("select")
    editor.scene.select_ids([zone.id])
    corner = max(zone.points, key=lambda p: p.x + p.y)
    drag(qtbot, editor, (corner.x, corner.y), (1510, 1975), steps=6)
    zone = next(i for i in stored(workspace, plan) if i.kind is PlanItemKind.ZONE)
    assert Point(1500, 2000) in zone.points


def _corner_pixel(editor, corner: QPointF, offset: QPointF) -> QColor:
    """The colour drawn at `corner + offset` (scene units), rendered at 10 pixels a unit."""
    image = QImage(600, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    source = QRectF(corner.x() - 30, corner.y() - 30, 60, 60)
    editor.scene.render(painter, QRectF(0, 0, 600, 600), source)
    painter.end()
    at = (offset + QPointF(30, 30)) * 10
    return image.pixelColor(int(at.x()), int(at.y()))


def test_two_walls_meeting_make_a_clean_outer_corner(qtbot, editor, workspace, plan, document):
    editor.set_tool("wall")
    drag(qtbot, editor, (1000, 1000), (2000, 1000))
    drag(qtbot, editor, (2000, 1000), (2000, 2000))  # snapped onto the first wall's end
    assert {w.points[0] for w in walls(workspace, plan)} == {Point(1000, 1000), Point(2000, 1000)}
    corner = QPointF(2000, 1000)
    wall_colour = QColor("#34495E")
    half = 0.25 / plan.metres_per_unit / 2  # the wall style's 0.25 m, in units
    # the outer corner's square (beyond both walls' ends) is filled: no notch
    outer = _corner_pixel(editor, corner, QPointF(half * 0.7, -half * 0.7))
    assert outer == wall_colour
    document.undo_stack.undo()  # the second wall gone, the first wall's end is square again
    assert len(walls(workspace, plan)) == 1
    assert _corner_pixel(editor, corner, QPointF(half * 0.7, -half * 0.7)) != wall_colour
    assert _corner_pixel(editor, corner, QPointF(-half * 0.7, -half * 0.7)) == wall_colour


def test_typed_length_draws_the_wall_towards_the_pointer(qtbot, editor, workspace, plan, document):
    editor.set_tool("wall")
    editor.view.setFocus()
    click(qtbot, editor, (1000, 1000))
    hover(qtbot, editor, (1300, 1400))  # towards 3-4-5
    count = document.undo_stack.count()
    said: list[str] = []
    editor.status.connect(said.append)
    type_keys(qtbot, editor, [Qt.Key.Key_4, Qt.Key.Key_Period, Qt.Key.Key_5, Qt.Key.Key_7])
    assert "4.57 m" in said[-1]
    type_keys(qtbot, editor, [Qt.Key.Key_Backspace])  # edits the length, deletes nothing
    assert editor.scene.tool.readout.text() == "4.5 m"
    type_keys(qtbot, editor, [Qt.Key.Key_Return])
    (wall,) = walls(workspace, plan)
    a, b = wall.points
    assert a == Point(1000, 1000)
    assert distance(a, b) * plan.metres_per_unit == pytest.approx(4.5)
    assert (b.x - a.x) / distance(a, b) == pytest.approx(0.6, abs=0.01)
    assert document.undo_stack.count() == count + 1  # one undo step for the wall
    assert editor.tool_name == "wall"


def test_escape_stops_typing_then_a_second_click_ends_the_wall(qtbot, editor, workspace, plan):
    editor.set_tool("wall")
    editor.view.setFocus()
    click(qtbot, editor, (1000, 1000))
    type_keys(qtbot, editor, [Qt.Key.Key_9, Qt.Key.Key_Escape])
    assert editor.tool_name == "wall" and walls(workspace, plan) == []
    click(qtbot, editor, (1800, 1000))
    (wall,) = walls(workspace, plan)
    assert distance(*wall.points) == pytest.approx(800, abs=15)
    click(qtbot, editor, (1000, 1500))
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)  # nothing typed: Esc drops the wall
    assert editor.tool_name == "select" and len(walls(workspace, plan)) == 1


def test_after_calibrating_select_is_back_and_the_plan_has_the_keys(
    qtbot, editor, document, plan, monkeypatch
):
    monkeypatch.setattr(editor, "ask_number", lambda *a, **k: (10.0, True))
    editor.set_tool("calibrate")
    drag(qtbot, editor, (1000, 1000), (1500, 1000))
    assert editor.tool_name == "select"
    assert editor.tool_actions["select"].isChecked()
    assert not editor.tool_actions["calibrate"].isChecked()
    button = editor.toolbar.widgetForAction(editor.tool_actions["select"])
    assert button.isVisible() and button.isChecked()  # the tool bar shows the tool in use
    assert QApplication.focusWidget() is editor.view
    qtbot.keyClick(editor.view, Qt.Key.Key_W)  # the next letter picks a tool
    assert editor.tool_name == "wall"


def test_the_selection_shows_its_dimensions_in_metres(qtbot, editor, workspace, plan):
    editor.set_tool("wall")
    drag(qtbot, editor, (1000, 1000), (1300, 1400))
    editor.set_tool("zone")
    drag(qtbot, editor, (2000, 1000), (2400, 1250))
    wall, zone = sorted(stored(workspace, plan), key=lambda i: i.kind is PlanItemKind.ZONE)
    editor.set_tool("select")
    editor.scene.select_ids([wall.id])
    tag = editor.scene.handles.dimension
    assert tag.text == "5.00 m"
    assert tag.scenePos() == QPointF(1150, 1200)
    editor.scene.select_ids([zone.id])
    assert editor.scene.handles.dimension.text == "4.00 × 2.50 m, 10.00 m²"
    # one corner moved 2 m out by its handle: 6 m wide now, a trapezoid of 12.5 m²
    drag(qtbot, editor, (2400, 1250), (2600, 1250), steps=6)
    assert editor.scene.handles.dimension.text == "6.00 × 2.50 m, 12.50 m²"
    editor.scene.clearSelection()
    assert editor.scene.handles.dimension is None


def _zone(document, plan, corner_a, corner_b, label):
    from score_desktop.document.plan_commands import AddPlanItemsCommand
    from score_desktop.domain.floorplan import PlanItem
    from score_desktop.domain.geometry import rectangle

    corners = rectangle(Point(*corner_a), Point(*corner_b))
    zone = PlanItem(plan.id, PlanItemKind.ZONE, corners, label=label)
    document.plan_document(plan.id).push(AddPlanItemsCommand(document, [zone]))
    return zone


def _painted_name(editor, zone):
    """The zone's name as the view last painted it: its box in plan units, and whether it
    was turned."""
    editor.view.viewport().repaint()
    layout = editor.scene.graphics[zone.id]._name_at[1]
    assert layout is not None
    half_w, half_h = layout.text.width / 2, layout.text.height / 2
    if layout.turned:  # written upwards: its lines' length runs down the plan
        half_w, half_h = half_h, half_w
    box = (layout.x - half_w, layout.y - half_h, layout.x + half_w, layout.y + half_h)
    return box, layout


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(box, room) -> bool:
    return room[0] <= box[0] and box[2] <= room[2] and room[1] <= box[1] and box[3] <= room[3]


def _pins_and_tags(editor, x, y, width, height):
    """Where resting pins and their register tags cover the plan in that rect, as drawn."""
    zoom, pins = editor.view.transform().m11(), editor.scene.hazard_pins
    rect = QRectF(x, y, width, height)
    return pins.layer.boxes_near(rect, zoom) + pins.tags.boxes_near(rect, zoom)


def _look_at(editor, x, y) -> None:
    editor.view.resetTransform()
    editor.view.scale(0.5, 0.5)  # 1 screen pixel = 2 units
    editor.view.centerOn(QPointF(x, y))


def test_a_zone_name_moves_off_a_pin_put_on_it(qtbot, editor, document, plan):
    from score_desktop.document.hazard_commands import AddHazardsCommand
    from score_desktop.domain.hazard import Hazard

    _look_at(editor, 1500, 1250)
    zone = _zone(document, plan, (1000, 1000), (2000, 1500), "Paint store")
    name, _layout = _painted_name(editor, zone)
    assert name[0] < 1500 < name[2] and name[1] < 1250 < name[3]  # in the middle at first
    hazard = Hazard(
        plan.enterprise_id, "Solvent fumes", "chemical", plan_id=plan.id, position=Point(1500, 1250)
    )
    document.push(AddHazardsCommand(document, [hazard], "Add"))
    name, _layout = _painted_name(editor, zone)
    covered = _pins_and_tags(editor, 1000, 1000, 1000, 500)
    assert covered and not any(_overlap(name, box) for box in covered)
    assert _inside(name, (1000, 1000, 2000, 1500))
    document.undo_stack.undo()  # the pin gone: the name goes back to the middle
    name, _layout = _painted_name(editor, zone)
    assert name[0] < 1500 < name[2] and name[1] < 1250 < name[3]


def test_a_name_is_fitted_into_a_narrow_room_not_cut(qtbot, editor, document, plan):
    _look_at(editor, 1050, 1300)
    corridor = _zone(document, plan, (1000, 1000), (1100, 1600), "Corridor to the wing line")
    name, layout = _painted_name(editor, corridor)
    assert layout.turned  # written along the corridor
    assert _inside(name, (1000, 1000, 1100, 1600))
    words = " ".join(layout.text.lines).split()
    assert words == ["Corridor", "to", "the", "wing", "line"]  # every word, none cut


def test_a_machine_name_moves_off_a_pin_on_the_machine(qtbot, editor, document, plan):
    from score_desktop.document.hazard_commands import AddHazardsCommand
    from score_desktop.document.plan_commands import AddPlanItemsCommand
    from score_desktop.domain.floorplan import PlanItem
    from score_desktop.domain.hazard import Hazard

    _look_at(editor, 1500, 1250)
    machine = PlanItem(
        plan.id, PlanItemKind.MACHINE, (Point(1500, 1250),), width=500, height=150, label="Press 4"
    )
    document.plan_document(plan.id).push(AddPlanItemsCommand(document, [machine]))
    hazard = Hazard(
        plan.enterprise_id, "Crushing", "mechanical", plan_id=plan.id, position=Point(1500, 1250)
    )
    document.push(AddHazardsCommand(document, [hazard], "Add"))
    name, layout = _painted_name(editor, machine)  # in the machine's frame: centred on it
    name = (name[0] + 1500, name[1] + 1250, name[2] + 1500, name[3] + 1250)
    covered = _pins_and_tags(editor, 1250, 1175, 500, 150)
    assert covered and not any(_overlap(name, box) for box in covered)
    assert _inside(name, (1250, 1175, 1750, 1325))


def test_a_dragged_machine_snaps_its_corner_onto_another_and_alt_does_not(
    qtbot, editor, workspace, plan, document
):
    editor.set_tool("machine")
    click(qtbot, editor, (1500, 1500))  # corners at x 1400/1600, y 1450/1550
    click(qtbot, editor, (2500, 1500))
    editor.set_tool("select")
    first, second = sorted(
        (i for i in stored(workspace, plan) if i.kind is PlanItemKind.MACHINE),
        key=lambda m: m.points[0].x,
    )
    count = document.undo_stack.count()
    # the second's left corners dragged 30 and 5 units off the first's right corners
    drag(qtbot, editor, (2500, 1500), (1730, 1505), steps=8)
    moved = next(i for i in stored(workspace, plan) if i.id == second.id)
    assert moved.points[0] == Point(1700, 1500)  # corner on corner, exactly
    assert document.undo_stack.count() == count + 1
    assert editor.scene.object_snap.marker is None
    drag(qtbot, editor, (1700, 1500), (2430, 1540), steps=8, modifiers=ALT)
    moved = next(i for i in stored(workspace, plan) if i.id == second.id)
    assert distance(moved.points[0], Point(2430, 1540)) < 15
