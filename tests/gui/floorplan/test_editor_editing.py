"""Selection editing, clipboard, z-order, property panel, layers, zoom and persistence."""

import dataclasses

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from score_desktop.document.plan_commands import AddPlanCommand, AddPlanItemsCommand
from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import view_point


def stored(workspace, plan):
    return {i.id: i for i in SqlFloorPlanRepository(workspace).list_items(plan.id)}


@pytest.fixture
def items(document, plan):
    zone = PlanItem(
        plan.id,
        PlanItemKind.ZONE,
        rectangle(Point(1000, 1000), Point(2000, 1600)),
        label="Store",
        z=0,
    )
    machine = PlanItem(
        plan.id,
        PlanItemKind.MACHINE,
        (Point(2500, 1300),),
        width=200,
        height=100,
        label="Press",
        z=1,
    )
    wall = PlanItem(plan.id, PlanItemKind.WALL, (Point(1000, 900), Point(3000, 900)), z=2)
    document.push(AddPlanItemsCommand(document, [zone, machine, wall]))
    document.undo_stack.clear()
    return zone, machine, wall


def select(editor, *records):
    editor.scene.select_ids([r.id for r in records])


def test_delete_and_undo(editor, items, workspace, plan, document, qtbot):
    zone, machine, _wall = items
    select(editor, zone, machine)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert set(stored(workspace, plan)) == {items[2].id}
    document.undo_stack.undo()
    assert stored(workspace, plan)[zone.id] == zone


def test_duplicate_offsets_by_a_metre_and_selects_the_copy(editor, items, workspace, plan):
    _zone, machine, _wall = items
    select(editor, machine)
    editor.actions_by_name["duplicate"].trigger()
    copies = [
        i for i in stored(workspace, plan).values() if i.label == "Press" and i.id != machine.id
    ]
    assert len(copies) == 1
    assert copies[0].points[0] == Point(2600, 1400)
    assert editor.scene.selected_ids() == [copies[0].id]


def test_copy_paste_into_another_plan_keeps_real_size(
    qtbot, editor, items, document, plan, workspace
):
    _zone, machine, _wall = items
    other = FloorPlan(enterprise_id=plan.enterprise_id, name="Annex", metres_per_unit=0.02)
    document.push(AddPlanCommand(document, other))
    select(editor, machine)
    editor.actions_by_name["copy"].trigger()
    second = PlanEditor(document.plan_document(other.id))
    qtbot.addWidget(second)
    second.actions_by_name["paste"].trigger()
    (pasted,) = SqlFloorPlanRepository(workspace).list_items(other.id)
    assert (pasted.width, pasted.height) == (100, 50)  # same 2 m × 1 m at 2 cm per unit
    assert pasted.label == "Press" and pasted.plan_id == other.id


def test_paste_ignores_foreign_clipboard_content(editor, items, workspace, plan):
    QApplication.clipboard().setText("just text")
    editor.actions_by_name["paste"].trigger()
    assert len(stored(workspace, plan)) == 3


def test_bring_to_front_and_send_to_back(editor, items, workspace, plan):
    zone, _machine, wall = items
    select(editor, zone)
    editor.actions_by_name["to_front"].trigger()
    assert stored(workspace, plan)[zone.id].z > wall.z
    select(editor, wall)
    editor.actions_by_name["to_back"].trigger()
    assert stored(workspace, plan)[wall.id].z < stored(workspace, plan)[zone.id].z
    assert editor.scene.graphics[wall.id].zValue() == stored(workspace, plan)[wall.id].z


def test_arrow_nudges_merge_into_one_step(qtbot, editor, items, workspace, plan, document):
    _zone, machine, _wall = items
    select(editor, machine)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Right)
    qtbot.keyClick(editor.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = stored(workspace, plan)[machine.id].points[0]
    assert moved.x == pytest.approx(2500 + 11 / editor.view.zoom)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert stored(workspace, plan)[machine.id].points[0] == Point(2500, 1300)


def test_arrows_in_a_property_field_step_it_and_leave_the_item_in_place(
    qtbot, editor, items, workspace, plan
):
    _zone, machine, _wall = items
    select(editor, machine)
    QApplication.processEvents()
    field = next(s for s in editor.properties.findChildren(QDoubleSpinBox) if s.isVisible())
    field.setFocus()
    value = field.value()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() > value
    assert stored(workspace, plan)[machine.id].points[0] == Point(2500, 1300)  # not nudged


def test_align_left_edges(editor, items, workspace, plan):
    zone, machine, _wall = items
    select(editor, zone, machine)
    editor.actions_by_name["align_left"].trigger()
    left = editor.scene.graphics[machine.id].sceneBoundingRect().left()
    assert left == pytest.approx(editor.scene.graphics[zone.id].sceneBoundingRect().left(), abs=2)


def test_property_panel_edits_merge_and_persist(qtbot, editor, items, workspace, plan, document):
    zone, _machine, _wall = items
    select(editor, zone)
    panel = editor.properties
    assert panel.label_edit.isVisible() and panel.women_spin.isVisible()
    assert panel.measure_label.text() == "60.0 m²"  # 10 m × 6 m
    panel.label_edit.selectAll()
    qtbot.keyClicks(panel.label_edit, "Stores ")
    # QTest types Latin-1 only; an input method delivers CJK as one key event with text
    ime = QKeyEvent(QKeyEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "仓库")
    QApplication.sendEvent(panel.label_edit, ime)
    panel.women_spin.setValue(3)
    assert stored(workspace, plan)[zone.id].label == "Stores 仓库"
    assert stored(workspace, plan)[zone.id].workers_women == 3
    assert document.undo_stack.count() == 2  # the typing, and the spin box
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert stored(workspace, plan)[zone.id] == zone
    assert panel.label_edit.text() == "Store"


def test_machine_size_is_edited_in_metres(editor, items, workspace, plan):
    _zone, machine, _wall = items
    select(editor, machine)
    assert editor.properties.width_spin.value() == pytest.approx(2.0)
    editor.properties.width_spin.setValue(3.5)
    assert stored(workspace, plan)[machine.id].width == pytest.approx(350)


def test_double_click_renames_a_zone(qtbot, editor, items, workspace, plan, monkeypatch):
    zone, _machine, _wall = items
    monkeypatch.setattr(editor, "ask_text", lambda *a, **k: ("Cutting", True))
    qtbot.mouseDClick(
        editor.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(editor, 1200, 1200)
    )
    assert stored(workspace, plan)[zone.id].label == "Cutting"


def test_layer_toggle_hides_its_items(editor, items):
    zone, machine, wall = items
    editor.actions_by_name["layer_zones"].trigger()
    assert not editor.scene.graphics[zone.id].isVisible()
    assert (
        editor.scene.graphics[machine.id].isVisible() and editor.scene.graphics[wall.id].isVisible()
    )
    editor.actions_by_name["layer_zones"].trigger()
    assert editor.scene.graphics[zone.id].isVisible()


def test_zoom_wheel_fit_and_100(qtbot, editor, items):
    editor.actions_by_name["zoom_100"].trigger()
    assert editor.view.zoom == pytest.approx(1.0)
    viewport = editor.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPointF().toPoint(),
        QPointF(0, 120).toPoint(),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert editor.view.zoom == pytest.approx(1.15)
    editor.actions_by_name["fit"].trigger()
    visible = editor.view.mapToScene(viewport.rect()).boundingRect()
    assert visible.contains(editor.scene.plan_rect())


def test_snap_to_grid_rounds_new_shapes(qtbot, editor, document, plan, workspace):
    from score_desktop.document.plan_commands import EditPlanCommand
    from tests.gui.floorplan.conftest import drag

    document.push(EditPlanCommand(document, dataclasses.replace(plan, snap_to_grid=True), "Snap"))
    editor.set_tool("zone")
    drag(qtbot, editor, (1030, 980), (2070, 1490))
    (zone,) = stored(workspace, plan).values()
    assert {(p.x, p.y) for p in zone.points} == {
        (1000, 1000),
        (2100, 1000),
        (2100, 1500),
        (1000, 1500),
    }


def test_reopening_shows_exactly_what_was_there(qtbot, items, document, plan, workspace):
    from score_desktop.document.portfolio import PortfolioDocument
    from score_desktop.storage.repositories import sql_repositories

    reopened = PortfolioDocument(sql_repositories(workspace))
    editor = PlanEditor(reopened.plan_document(plan.id))
    qtbot.addWidget(editor)
    assert {g.record for g in editor.scene.graphics.values()} == set(items)


def test_the_plan_rect_follows_added_moved_hidden_and_removed_items(qtbot, editor, document, plan):
    from score_desktop.document.plan_commands import (
        RemovePlanItemsCommand,
        UpdatePlanItemsCommand,
    )
    from score_desktop.domain.floorplan import Layer

    scene = editor.scene
    zone = PlanItem(plan.id, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(1000, 800)))
    far = PlanItem(plan.id, PlanItemKind.EYEWASH, (Point(5000, 4000),))
    document.push(AddPlanItemsCommand(document, [zone]))
    assert scene.plan_rect().right() < 1100
    document.push(AddPlanItemsCommand(document, [far]))
    assert scene.plan_rect().contains(QPointF(5000, 4000))
    farther = dataclasses.replace(far, points=(Point(9000, 4000),))
    document.push(UpdatePlanItemsCommand(document, [farther], "Move"))
    assert scene.plan_rect().contains(QPointF(9000, 4000))
    scene.set_layer_visible(Layer.EQUIPMENT, False)  # hidden symbols do not count
    assert scene.plan_rect().right() < 1100
    scene.set_layer_visible(Layer.EQUIPMENT, True)
    assert scene.plan_rect().contains(QPointF(9000, 4000))
    document.push(RemovePlanItemsCommand(document, plan.id, [far.id]))
    assert scene.plan_rect().right() < 1100
    document.undo_stack.undo()
    assert scene.plan_rect().contains(QPointF(9000, 4000))
