"""Hazard pins drawn by the pin layer until touched: seen, hovered, clicked, banded, selected."""

import pytest
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QToolTip

from score_desktop.document.hazard_commands import AddHazardsCommand
from score_desktop.domain.geometry import Point
from score_desktop.gui.floorplan.pins import HazardPin
from score_desktop.services.demo import demo_hazards
from tests.gui.floorplan.conftest import click, drag, view_point

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def made_pins(editor) -> list[HazardPin]:
    return editor.scene.pins.made()


def pixel(editor, point) -> QColor:
    image = editor.view.viewport().grab().toImage()
    at = view_point(editor, point.x, point.y)
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(at.x() * ratio), int(at.y() * ratio))


def test_opening_makes_no_pin_items_and_the_layer_draws_every_pin(qtbot, editor):
    assert made_pins(editor) == [] and len(editor.scene.pins) == 15
    assert len(editor.scene.hazard_pins.layer) == 15
    hazard = demo_hazards()[13]  # alone on the plan at (3800, 900)
    colour, _diameter = editor.scene.hazard_pins.look(hazard)
    edge = Point(hazard.position.x - 30, hazard.position.y)  # inside the circle, off its digits
    seen, want = pixel(editor, edge), QColor(colour)
    assert max(abs(a - b) for a, b in zip(seen.getRgb()[:3], want.getRgb()[:3], strict=True)) < 60


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltip window
def test_hovering_a_resting_pin_shows_its_title(qtbot, editor):
    hazard = demo_hazards()[13]
    viewport = editor.view.viewport()
    at = view_point(editor, hazard.position.x, hazard.position.y)
    QApplication.sendEvent(
        viewport, QHelpEvent(QHelpEvent.Type.ToolTip, at, viewport.mapToGlobal(at))
    )
    assert QToolTip.text() == hazard.title
    assert [p.hazard_id for p in made_pins(editor)] == [hazard.id]
    QToolTip.hideText()


def test_a_click_selects_a_resting_pin_which_then_paints_its_highlight(qtbot, editor):
    hazard = demo_hazards()[13]
    click(qtbot, editor, (hazard.position.x, hazard.position.y))
    assert editor.scene.selected_hazard_ids() == [hazard.id]
    (pin,) = made_pins(editor)
    assert not pin.flags() & NO_CONTENTS  # its highlight, painted over its mark
    assert hazard.id in editor.scene.hazard_pins.layer
    editor.scene.clearSelection()
    assert pin.flags() & NO_CONTENTS and hazard.id in editor.scene.hazard_pins.layer


def test_a_rubber_band_selects_resting_pins(qtbot, editor):
    # the winder corner of the plan: from above the building down to the right of it
    inside = {
        h.id for h in demo_hazards() if 3300 <= h.position.x <= 4300 and 150 <= h.position.y <= 1300
    }
    assert inside
    drag(qtbot, editor, (4300, 1300), (3300, 150))  # from outside the building
    assert inside <= set(editor.scene.selected_hazard_ids())
    assert {p.hazard_id for p in made_pins(editor)} >= inside


def test_a_new_hazard_is_drawn_without_an_item_until_selected(qtbot, editor, document):
    new = demo_hazards()[0]
    new = type(new)(
        enterprise_id=new.enterprise_id,
        title="Oil on the floor",
        category_code="slips",
        plan_id=new.plan_id,
        position=Point(2500, 2000),
        initial=(("likelihood", 3.0), ("severity", 3.0)),
    )
    portfolio = editor.plan_document.portfolio
    portfolio.push(AddHazardsCommand(portfolio, [new], "Add"))
    assert new.id in editor.scene.hazard_pins.layer and new.id in editor.scene.pins
    assert new.id not in {p.hazard_id for p in made_pins(editor)}
    editor.scene.select_hazard_ids([new.id])
    assert editor.scene.selected_hazard_ids() == [new.id]
    portfolio.undo_stack.undo()
    assert new.id not in editor.scene.pins and new.id not in editor.scene.hazard_pins.layer
