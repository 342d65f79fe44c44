"""Safety symbols drawn by the scene's marker layer: seen on screen, hit, selected, dragged."""

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QGraphicsItem

from score_desktop.domain.floorplan import Layer, PlanItemKind
from score_desktop.domain.plan_style import STYLES
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import click, drag, view_point

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def stored(workspace, plan):
    return SqlFloorPlanRepository(workspace).list_items(plan.id)


def place_extinguisher(qtbot, editor, workspace, plan, at=(1200, 1200)):
    editor.set_tool("extinguisher")
    click(qtbot, editor, at)
    editor.set_tool("select")
    (record,) = (i for i in stored(workspace, plan) if i.kind is PlanItemKind.FIRE_EXTINGUISHER)
    return record, editor.scene.graphics[record.id]


def colour_at(editor, scene_point) -> QColor:
    image: QImage = editor.view.viewport().grab().toImage()
    point = view_point(editor, *scene_point)
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def near(colour: QColor, hex_colour: str, tolerance: int = 40) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def test_a_resting_symbol_is_drawn_by_the_layer_and_seen_on_screen(qtbot, editor, workspace, plan):
    record, graphics = place_extinguisher(qtbot, editor, workspace, plan)
    assert record.id in editor.scene.symbol_layer
    assert graphics.flags() & NO_CONTENTS  # the item itself paints nothing
    fill = STYLES[PlanItemKind.FIRE_EXTINGUISHER].fill
    # beside the centre: the centre carries the symbol's letter
    assert near(colour_at(editor, (record.points[0].x + 40, record.points[0].y)), fill)


def test_clicking_a_layer_drawn_symbol_selects_it_and_it_paints_itself(
    qtbot, editor, workspace, plan
):
    record, graphics = place_extinguisher(qtbot, editor, workspace, plan)
    click(qtbot, editor, (1200, 1200))
    assert editor.scene.selected_ids() == [record.id]
    assert record.id not in editor.scene.symbol_layer
    assert not graphics.flags() & NO_CONTENTS
    fill = STYLES[PlanItemKind.FIRE_EXTINGUISHER].fill
    assert near(colour_at(editor, (1240, 1200)), fill)
    editor.scene.clearSelection()
    assert record.id in editor.scene.symbol_layer and graphics.flags() & NO_CONTENTS


def test_a_dragged_symbol_is_drawn_where_it_lands(qtbot, editor, workspace, plan):
    record, _graphics = place_extinguisher(qtbot, editor, workspace, plan)
    click(qtbot, editor, (1200, 1200))
    drag(qtbot, editor, (1200, 1200), (2600, 1800))
    (moved,) = stored(workspace, plan)
    assert abs(moved.points[0].x - 2600) < 15 and abs(moved.points[0].y - 1800) < 15
    editor.scene.clearSelection()
    fill = STYLES[PlanItemKind.FIRE_EXTINGUISHER].fill
    assert near(colour_at(editor, (moved.points[0].x + 40, moved.points[0].y)), fill)
    assert not near(colour_at(editor, (1240, 1200)), fill)  # nothing left where it was
    editor.plan_document.undo_stack.undo()
    assert near(colour_at(editor, (1240, 1200)), fill)


def test_hidden_equipment_layer_hides_layer_drawn_symbols(qtbot, editor, workspace, plan):
    record, _graphics = place_extinguisher(qtbot, editor, workspace, plan)
    fill = STYLES[PlanItemKind.FIRE_EXTINGUISHER].fill
    editor.scene.set_layer_visible(Layer.EQUIPMENT, False)
    assert record.id not in editor.scene.symbol_layer
    assert not near(colour_at(editor, (1240, 1200)), fill)
    editor.scene.set_layer_visible(Layer.EQUIPMENT, True)
    assert near(colour_at(editor, (1240, 1200)), fill)


def test_deleting_a_selected_symbol_removes_it_from_the_layer(qtbot, editor, workspace, plan):
    record, _graphics = place_extinguisher(qtbot, editor, workspace, plan)
    click(qtbot, editor, (1200, 1200))
    editor.delete_selected()
    assert stored(workspace, plan) == []
    assert record.id not in editor.scene.symbol_layer and len(editor.scene.symbol_layer) == 0
    editor.plan_document.undo_stack.undo()
    assert record.id in editor.scene.symbol_layer
