"""Resize, rotate and reshape through the selection handles, with real mouse drags."""

import pytest

from score_desktop.document.plan_commands import AddPlanItemsCommand
from score_desktop.domain.floorplan import PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import drag


@pytest.fixture
def machine(document, plan):
    item = PlanItem(
        plan.id, PlanItemKind.MACHINE, (Point(2000, 1500),), width=400, height=200, label="Press"
    )
    document.push(AddPlanItemsCommand(document, [item]))
    return item


def handle(editor, role, index=0):
    return next(h for h in editor.scene.handles.handles if h.role == role and h.index == index)


def stored(workspace, item):
    return {i.id: i for i in SqlFloorPlanRepository(workspace).list_items(item.plan_id)}[item.id]


def test_one_selected_box_gets_four_corners_and_a_rotation_handle(editor, machine):
    editor.scene.select_ids([machine.id])
    roles = sorted((h.role, h.index) for h in editor.scene.handles.handles)
    assert roles == [("corner", 0), ("corner", 1), ("corner", 2), ("corner", 3), ("rotate", 0)]
    assert handle(editor, "corner", 2).pos().x() == pytest.approx(2200)
    editor.scene.clearSelection()
    assert editor.scene.handles.handles == []


def test_dragging_a_corner_resizes_with_the_opposite_corner_fixed(
    qtbot, editor, machine, workspace, document
):
    editor.scene.select_ids([machine.id])
    drag(qtbot, editor, (2200, 1600), (2400, 1700))
    resized = stored(workspace, machine)
    assert resized.width == pytest.approx(600, abs=12)
    assert resized.height == pytest.approx(300, abs=12)
    assert resized.points[0].x == pytest.approx(2100, abs=6)  # the top-left stayed at 1800
    document.undo_stack.undo()
    assert stored(workspace, machine) == machine
    assert handle(editor, "corner", 2).pos().x() == pytest.approx(2200)


def test_dragging_the_rotation_handle_turns_the_box(qtbot, editor, machine, workspace):
    editor.scene.select_ids([machine.id])
    start = handle(editor, "rotate").pos()
    drag(qtbot, editor, (start.x(), start.y()), (2400, 1500))
    assert stored(workspace, machine).rotation == pytest.approx(90, abs=2)


def test_dragging_a_vertex_reshapes_a_zone(qtbot, editor, document, plan, workspace):
    zone = PlanItem(plan.id, PlanItemKind.ZONE, rectangle(Point(1000, 1000), Point(2000, 2000)))
    document.push(AddPlanItemsCommand(document, [zone]))
    editor.scene.select_ids([zone.id])
    drag(qtbot, editor, (2000, 2000), (2300, 2200))
    corner = stored(workspace, zone).points[2]
    assert (corner.x, corner.y) == (pytest.approx(2300, abs=12), pytest.approx(2200, abs=12))


def test_a_reshape_that_leaves_no_area_is_refused_and_undrawn(
    qtbot, editor, document, plan, workspace
):
    zone = PlanItem(
        plan.id, PlanItemKind.ZONE, (Point(1000, 1000), Point(2000, 1000), Point(1500, 1500))
    )
    document.push(AddPlanItemsCommand(document, [zone]))
    editor.scene.select_ids([zone.id])
    with qtbot.waitSignal(document.problem_occurred):
        drag(qtbot, editor, (1500, 1500), (1500, 1000))
    assert stored(workspace, zone) == zone
    assert editor.scene.graphics[zone.id].polygon().at(2).y() == pytest.approx(1500)
