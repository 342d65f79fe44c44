"""Safety symbols drawn by the scene's marker layer: seen on screen, hit, selected, dragged."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QGraphicsItem

from score_desktop.document.plan_commands import AddPlanItemsCommand, UpdatePlanItemsCommand
from score_desktop.domain.floorplan import Layer, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.domain.plan_style import STYLES
from score_desktop.gui.floorplan.items import SymbolGraphics
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import click, drag, drag_move, open_editor, view_point

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


def test_clicking_a_layer_drawn_symbol_selects_it_and_it_paints_its_highlight(
    qtbot, editor, workspace, plan
):
    record, graphics = place_extinguisher(qtbot, editor, workspace, plan)
    click(qtbot, editor, (1200, 1200))
    assert editor.scene.selected_ids() == [record.id]
    assert record.id in editor.scene.symbol_layer  # its highlight is painted over its mark
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


@pytest.fixture(params=["added in this run", "stored before the plan was opened"])
def stocked_editor(qtbot, document, plan, workspace, request):
    """An editor opened on a plan that already holds a zone and twelve symbols in a row:
    added through the document (their records made), or read from the workspace when the
    plan is opened (the symbols left as rows until touched)."""
    kinds = (PlanItemKind.FIRE_EXTINGUISHER, PlanItemKind.FIRST_AID, PlanItemKind.EYEWASH)
    symbols = [
        PlanItem(plan.id, kinds[n % 3], (Point(1000 + 200 * n, 1200),), z=n + 1) for n in range(12)
    ]
    zone = PlanItem(plan.id, PlanItemKind.ZONE, rectangle(Point(800, 800), Point(3600, 1600)))
    if request.param == "added in this run":
        document.push(AddPlanItemsCommand(document, [zone, *symbols]))
        editor = open_editor(qtbot, document, plan)
    else:
        SqlFloorPlanRepository(workspace).add_items([zone, *symbols])
        editor = open_editor(qtbot, document, plan)
        assert len(editor.plan_document.drawn()[1]) == 12  # every symbol resting
    return editor, zone, symbols


def made_symbols(editor):
    return [g for g in editor.scene.graphics.made() if isinstance(g, SymbolGraphics)]


def test_opening_a_plan_makes_no_symbol_items_but_draws_them_all(qtbot, stocked_editor):
    editor, zone, symbols = stocked_editor
    assert made_symbols(editor) == []
    assert len(editor.scene.graphics) == 13 and all(s.id in editor.scene.graphics for s in symbols)
    assert len(editor.scene.symbol_layer) == 12
    for symbol in symbols:
        x, y = symbol.points[0]
        assert near(colour_at(editor, (x + 40, y)), STYLES[symbol.kind].fill), symbol.kind


def test_a_click_makes_only_the_symbol_under_it_and_selects_it(qtbot, stocked_editor):
    editor, zone, symbols = stocked_editor
    target = symbols[5]
    resting = {s.id for s in editor.plan_document.drawn()[1]}
    click(qtbot, editor, tuple(target.points[0]))
    assert editor.scene.selected_ids() == [target.id]
    assert [g.item_id for g in made_symbols(editor)] == [target.id]
    assert {s.id for s in editor.plan_document.drawn()[1]} == resting - {target.id}


def test_a_rubber_band_selects_symbols_that_had_no_item(qtbot, stocked_editor):
    editor, zone, symbols = stocked_editor
    drag(qtbot, editor, (1500, 700), (2300, 1400))  # from outside the zone, over symbols 3 to 6
    inside = {s.id for s in symbols if 1500 <= s.points[0].x <= 2300}
    assert len(inside) == 4
    assert set(editor.scene.selected_ids()) == inside | {zone.id}  # the band crosses the zone


def test_a_symbol_without_an_item_follows_undo_and_a_moved_record(qtbot, stocked_editor, document):
    editor, zone, symbols = stocked_editor
    moved = symbols[0].moved(0, 300)
    document.push(UpdatePlanItemsCommand(document, [moved], "Move"))
    assert made_symbols(editor) == []
    fill = STYLES[moved.kind].fill
    assert near(colour_at(editor, (1040, 1500)), fill)
    assert not near(colour_at(editor, (1040, 1200)), fill)
    document.undo_stack.undo()
    assert near(colour_at(editor, (1040, 1200)), fill)


def test_select_all_includes_symbols_without_items(qtbot, stocked_editor):
    editor, zone, symbols = stocked_editor
    editor.select_all()
    assert set(editor.scene.selected_ids()) == {zone.id} | {s.id for s in symbols}
    assert all(not g.flags() & NO_CONTENTS for g in made_symbols(editor))  # highlighted


def test_a_symbol_being_dragged_is_not_also_seen_where_it_was(qtbot, editor, workspace, plan):
    place_extinguisher(qtbot, editor, workspace, plan)
    click(qtbot, editor, (1200, 1200))
    fill = STYLES[PlanItemKind.FIRE_EXTINGUISHER].fill
    viewport = editor.view.viewport()
    start, end = view_point(editor, 1200, 1200), view_point(editor, 2600, 1800)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        drag_move(viewport, start + (end - start) * step / 4)
    assert not near(colour_at(editor, (1240, 1200)), fill)  # mid-drag: no copy left behind
    assert near(colour_at(editor, (2640, 1800)), fill)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert not near(colour_at(editor, (1240, 1200)), fill)
    assert near(colour_at(editor, (2640, 1800)), fill)
