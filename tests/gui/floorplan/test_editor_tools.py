"""Tools driven with real mouse and key events on a real view; results read from the database."""

import pytest
from PySide6.QtCore import Qt

from score_desktop.domain.floorplan import PlanItemKind
from score_desktop.domain.geometry import polygon_area
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import click, drag, view_point


def stored(workspace, plan):
    return SqlFloorPlanRepository(workspace).list_items(plan.id)


def test_rectangle_zone_by_dragging(qtbot, editor, workspace, plan):
    editor.set_tool("zone")
    drag(qtbot, editor, (1000, 1000), (2000, 1500))
    (zone,) = stored(workspace, plan)
    assert zone.kind is PlanItemKind.ZONE
    assert polygon_area(zone.points) * plan.metres_per_unit**2 == pytest.approx(50, rel=0.05)
    assert zone.id in editor.scene.graphics


def test_tool_shortcuts_switch_tools(qtbot, editor):
    editor.view.setFocus()
    for key, name in ((Qt.Key.Key_W, "wall"), (Qt.Key.Key_M, "machine"), (Qt.Key.Key_V, "select")):
        qtbot.keyClick(editor.view, key)
        assert editor.tool_name == name


def test_wall_with_shift_is_straight(qtbot, editor, workspace, plan):
    editor.set_tool("wall")
    drag(qtbot, editor, (1000, 1000), (2000, 1080), modifiers=Qt.KeyboardModifier.ShiftModifier)
    (wall,) = stored(workspace, plan)
    a, b = wall.points
    assert a.y == b.y and b.x - a.x == pytest.approx(1000, abs=15)


def test_polygon_zone_by_clicks_and_enter(qtbot, editor, workspace, plan):
    editor.set_tool("polygon")
    for point in ((1000, 1000), (2000, 1000), (2000, 2000), (1500, 2000)):
        click(qtbot, editor, point)
    qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    (zone,) = stored(workspace, plan)
    assert len(zone.points) == 4
    assert polygon_area(zone.points) == pytest.approx(750_000, rel=0.05)


def test_degenerate_polygon_is_refused_with_a_message(qtbot, editor, workspace, plan):
    editor.set_tool("polygon")
    for point in ((1000, 1000), (1500, 1000), (2000, 1000)):
        click(qtbot, editor, point)
    with qtbot.waitSignal(editor.problem) as problem:
        qtbot.keyClick(editor.view, Qt.Key.Key_Return)
    assert "no area" in problem.args[0]
    assert stored(workspace, plan) == []


def test_escape_cancels_a_half_drawn_polygon(qtbot, editor, workspace, plan):
    editor.set_tool("polygon")
    click(qtbot, editor, (1000, 1000))
    click(qtbot, editor, (1500, 1000))
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert editor.tool_name == "select" and stored(workspace, plan) == []
    pins = editor.scene.hazard_pins
    layers = {editor.scene.symbol_layer, pins.layer, pins.tags}
    assert set(editor.scene.items()) == layers  # no rubber line left behind


def test_machine_click_places_a_standard_size(qtbot, editor, workspace, plan):
    editor.set_tool("machine")
    click(qtbot, editor, (1500, 1500))
    (machine,) = stored(workspace, plan)
    assert (machine.width, machine.height) == (200, 100)  # 2 m × 1 m at 1 cm per unit
    assert machine.points[0].x == pytest.approx(1500, abs=10)
    assert machine.points[0].y == pytest.approx(1500, abs=10)


def test_symbol_and_text(qtbot, editor, workspace, plan, monkeypatch):
    editor.set_tool("extinguisher")
    click(qtbot, editor, (1200, 1200))
    monkeypatch.setattr(editor, "ask_text", lambda *a, **k: ("Loading bay <b>& 装卸区", True))
    editor.set_tool("text")
    click(qtbot, editor, (1800, 1200))
    kinds = sorted(i.kind.value for i in stored(workspace, plan))
    assert kinds == ["fire_extinguisher", "label"]
    label = next(i for i in stored(workspace, plan) if i.kind is PlanItemKind.LABEL)
    assert label.label == "Loading bay <b>& 装卸区"


def test_drag_moves_selection_as_one_undo_step(qtbot, editor, workspace, plan, document):
    editor.set_tool("machine")
    click(qtbot, editor, (1500, 1500))
    editor.set_tool("select")
    click(qtbot, editor, (1500, 1500))
    assert len(editor.scene.selected_ids()) == 1
    count = document.undo_stack.count()
    drag(qtbot, editor, (1500, 1500), (1800, 1700), steps=8)
    (machine,) = stored(workspace, plan)
    assert machine.points[0].x == pytest.approx(1800, abs=15)
    assert machine.points[0].y == pytest.approx(1700, abs=15)
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    assert stored(workspace, plan)[0].points[0].x == pytest.approx(1500, abs=15)
    assert editor.scene.graphics[machine.id].pos().x() == pytest.approx(1500, abs=15)


def test_measure_shows_the_distance_in_metres(qtbot, editor):
    editor.set_tool("measure")
    with qtbot.waitSignal(editor.status) as status:
        drag(qtbot, editor, (1000, 1000), (1300, 1400))
    assert status.args[0] == "Distance: 5.00 m"


def test_calibrate_scale_from_two_points(qtbot, editor, document, plan, monkeypatch):
    monkeypatch.setattr(editor, "ask_number", lambda *a, **k: (10.0, True))
    editor.set_tool("calibrate")
    drag(qtbot, editor, (1000, 1000), (1500, 1000))
    assert document.plan(plan.id).metres_per_unit == pytest.approx(10 / 500, rel=0.02)
    document.undo_stack.undo()
    assert document.plan(plan.id).metres_per_unit == 0.01


def test_zero_length_calibration_is_refused(qtbot, editor, document, plan, monkeypatch):
    monkeypatch.setattr(editor, "ask_number", lambda *a, **k: (10.0, True))
    editor.set_tool("calibrate")
    with qtbot.waitSignal(editor.problem) as problem:
        click(qtbot, editor, (1000, 1000))
    assert "two different points" in problem.args[0]
    assert document.plan(plan.id).metres_per_unit == 0.01


def test_pointer_position_in_metres(qtbot, editor):
    with qtbot.waitSignal(editor.view.pointer_moved):
        qtbot.mouseMove(editor.view.viewport(), view_point(editor, 2500, 1200))
    assert editor.coordinates.text() == "x 25.00 m   y 12.00 m"
