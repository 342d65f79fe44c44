"""Typed sizes while drawing zones, polygons, machines and measures, through the real editor:
keys and clicks go through the view, results are read from SQLite (1 unit = 1 cm)."""

import pytest
from PySide6.QtCore import Qt

from score_desktop.domain.floorplan import PlanItemKind
from score_desktop.domain.geometry import Point, distance, polygon_area
from tests.gui.floorplan.conftest import click
from tests.gui.floorplan.test_editor_tools import stored
from tests.gui.floorplan.test_tracing import hover, type_keys

K = Qt.Key


def keys(text: str) -> list:
    """The keys a user presses to type `text` ("12x8", "7,5")."""
    names = {".": K.Key_Period, ",": K.Key_Comma, "x": K.Key_X, "\t": K.Key_Tab}
    return [names.get(c) or getattr(K, f"Key_{c}") for c in text]


def bounds(item):
    xs, ys = [p.x for p in item.points], [p.y for p in item.points]
    return min(xs), min(ys), max(xs), max(ys)


def test_a_zone_from_a_clicked_corner_and_typed_width_then_height(qtbot, editor, workspace, plan):
    editor.set_tool("zone")
    editor.view.setFocus()
    click(qtbot, editor, (2000, 2000))
    hover(qtbot, editor, (1500, 2400))  # towards the lower left
    said: list[str] = []
    editor.status.connect(said.append)
    type_keys(qtbot, editor, keys("12"))
    type_keys(qtbot, editor, [K.Key_Tab])  # on to the height, the focus stays on the plan
    assert editor.scene.tool.readout.text() == "12 × … m"
    assert editor.view.hasFocus()
    type_keys(qtbot, editor, keys("9") + [K.Key_Backspace] + keys("8"))
    assert "12 × 8 m" in said[-1]
    type_keys(qtbot, editor, [K.Key_Return])
    (zone,) = stored(workspace, plan)
    assert zone.kind is PlanItemKind.ZONE
    assert bounds(zone) == pytest.approx((800, 2000, 2000, 2800))  # 12 m left, 8 m down
    assert editor.tool_name == "zone" and editor.scene.tool.readout.item is None


def test_a_zone_typed_as_width_x_height_with_a_decimal_comma(qtbot, editor, workspace, plan):
    editor.set_tool("storage")
    editor.view.setFocus()
    click(qtbot, editor, (1000, 1000))
    hover(qtbot, editor, (1400, 1300))
    type_keys(qtbot, editor, keys("7,5x4"))  # x is no tool letter while a size is typed
    assert editor.tool_name == "storage"
    assert editor.scene.tool.readout.text() == "7.5 × 4 m"
    type_keys(qtbot, editor, [K.Key_Enter])
    (area,) = stored(workspace, plan)
    assert area.kind is PlanItemKind.STORAGE
    assert bounds(area) == pytest.approx((1000, 1000, 1750, 1400))


def test_escape_stops_typing_and_a_click_still_ends_the_zone(qtbot, editor, workspace, plan):
    editor.set_tool("zone")
    editor.view.setFocus()
    click(qtbot, editor, (1000, 1000))
    type_keys(qtbot, editor, keys("30") + [K.Key_Escape])
    assert editor.tool_name == "zone" and stored(workspace, plan) == []
    click(qtbot, editor, (1500, 1300))
    (zone,) = stored(workspace, plan)
    assert bounds(zone) == pytest.approx((1000, 1000, 1500, 1300), abs=15)


def test_a_polygon_from_typed_sides_towards_the_pointer(qtbot, editor, workspace, plan):
    editor.set_tool("polygon")
    editor.view.setFocus()
    click(qtbot, editor, (1000, 1000))
    hover(qtbot, editor, (1900, 1000))
    type_keys(qtbot, editor, keys("6") + [K.Key_Return])  # 6 m to the right
    hover(qtbot, editor, (1600, 1700))
    type_keys(qtbot, editor, keys("4.5"))
    assert editor.scene.tool.readout.text() == "4.5 m"
    type_keys(qtbot, editor, [K.Key_Return])  # 4.5 m down
    click(qtbot, editor, (1000, 1450))
    type_keys(qtbot, editor, [K.Key_Return])  # nothing typed: Enter closes the shape
    (zone,) = stored(workspace, plan)
    a, b, c, _d = zone.points
    assert a == Point(1000, 1000)
    assert b == Point(pytest.approx(1600), pytest.approx(1000))
    assert c == Point(pytest.approx(1600), pytest.approx(1450))
    assert polygon_area(zone.points) * plan.metres_per_unit**2 == pytest.approx(27, rel=0.02)


def test_a_machine_of_a_typed_size_placed_by_a_click(qtbot, editor, workspace, plan):
    editor.set_tool("machine")
    editor.view.setFocus()
    hover(qtbot, editor, (1500, 1500))
    type_keys(qtbot, editor, keys("2,5x1.2"))
    assert editor.tool_name == "machine"  # the x went to the size
    assert editor.scene.tool.readout.text() == "2.5 × 1.2 m"
    click(qtbot, editor, (2000, 1500))
    (machine,) = stored(workspace, plan)
    assert (machine.width, machine.height) == pytest.approx((250, 120))
    assert machine.points[0].x == pytest.approx(2000, abs=10)
    hover(qtbot, editor, (1000, 1000))
    type_keys(qtbot, editor, keys("3x2") + [K.Key_Return])  # Enter places it at the pointer
    second = next(m for m in stored(workspace, plan) if m.id != machine.id)
    assert (second.width, second.height) == pytest.approx((300, 200))
    assert second.points[0].x == pytest.approx(1000, abs=10)
    click(qtbot, editor, (2500, 2500))  # nothing typed: the standard size again
    sizes = sorted((round(m.width), round(m.height)) for m in stored(workspace, plan))
    assert sizes == [(200, 100), (250, 120), (300, 200)]


def test_a_typed_measure_shows_where_the_length_reaches(qtbot, editor):
    editor.set_tool("measure")
    editor.view.setFocus()
    click(qtbot, editor, (1000, 1000))
    hover(qtbot, editor, (1300, 1400))
    tool = editor.scene.tool
    assert tool._label.text() == "5.00 m"  # measured while the pointer moves
    type_keys(qtbot, editor, keys("2,5"))
    assert tool._label.text() == "2.5 m"
    with qtbot.waitSignal(editor.status) as status:
        type_keys(qtbot, editor, [K.Key_Return])
    assert status.args[0] == "Distance: 2.50 m"
    line = tool._line.path()
    end = line.elementAt(1)
    assert distance(Point(1000, 1000), Point(end.x, end.y)) == pytest.approx(250)
    assert (end.x - 1000) / 250 == pytest.approx(0.6, abs=0.01)  # towards the pointer
