"""Pan, pinch and the moves that are not plan items: the background, zero-length shapes."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent, QPointingDevice
from PySide6.QtWidgets import QApplication

from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import click, drag, import_background, view_point


@pytest.fixture
def zoomed(editor):
    """At 100 % the empty plan (40 m with margins) is larger than the view: it can scroll."""
    editor.view.set_zoom(1.0)
    editor.view.centerOn(QPointF(1000, 1000))
    return editor


def scroll_position(editor):
    return editor.view.horizontalScrollBar().value(), editor.view.verticalScrollBar().value()


def mouse(viewport, kind, pos, button, buttons):
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def test_middle_button_drag_pans(zoomed):
    editor = zoomed
    viewport = editor.view.viewport()
    before = scroll_position(editor)
    start = viewport.rect().center()
    middle = Qt.MouseButton.MiddleButton
    mouse(viewport, QMouseEvent.Type.MouseButtonPress, start, middle, middle)
    mouse(viewport, QMouseEvent.Type.MouseMove, start + start / 4, Qt.MouseButton.NoButton, middle)
    mouse(
        viewport,
        QMouseEvent.Type.MouseButtonRelease,
        start + start / 4,
        middle,
        Qt.MouseButton.NoButton,
    )
    after = scroll_position(editor)
    assert after[0] < before[0] and after[1] < before[1]


def test_space_and_drag_pans_without_selecting(qtbot, zoomed, workspace, plan):
    editor = zoomed
    editor.view.setFocus()
    before = scroll_position(editor)
    qtbot.keyPress(editor.view, Qt.Key.Key_Space)
    drag(qtbot, editor, (1000, 1000), (900, 950))
    qtbot.keyRelease(editor.view, Qt.Key.Key_Space)
    assert scroll_position(editor) != before
    assert SqlFloorPlanRepository(workspace).list_items(plan.id) == []


def test_pinch_gesture_zooms(editor):
    viewport = editor.view.viewport()
    before = editor.view.zoom
    centre = QPointF(viewport.rect().center())
    gesture = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        1,
        centre,
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        0.5,
        QPointF(),
        0,
    )
    QApplication.sendEvent(viewport, gesture)
    assert editor.view.zoom == pytest.approx(before * 1.5)


def test_a_zero_length_wall_is_refused_with_a_message(qtbot, editor, workspace, plan):
    editor.set_tool("wall")
    click(qtbot, editor, (1500, 1500))  # a click starts a wall: its other end comes next
    with qtbot.waitSignal(editor.problem) as problem:
        click(qtbot, editor, (1500, 1500))
    assert "two different end points" in problem.args[0]
    assert SqlFloorPlanRepository(workspace).list_items(plan.id) == []


def test_an_unlocked_background_is_moved_as_one_undoable_step(
    qtbot, editor, workspace, plan, document, tmp_path
):
    from PIL import Image

    path = tmp_path / "scan.png"
    Image.new("RGB", (2000, 1500), "white").save(path)
    import_background(qtbot, editor, path)
    editor.scene.clearSelection()
    editor.properties.bg_locked_check.setChecked(False)
    drag(qtbot, editor, (500, 500), (800, 700), steps=6)
    origin = SqlFloorPlanRepository(workspace).get_plan(plan.id).background.origin
    assert origin.x == pytest.approx(300, abs=12) and origin.y == pytest.approx(200, abs=12)
    document.undo_stack.undo()
    assert SqlFloorPlanRepository(workspace).get_plan(plan.id).background.origin.x == 0
    assert editor.scene.backdrop.item.pos().x() == 0


def test_view_point_helper_is_consistent(editor):
    assert editor.view.mapToScene(view_point(editor, 2000, 1500)).x() == pytest.approx(2000, abs=10)
