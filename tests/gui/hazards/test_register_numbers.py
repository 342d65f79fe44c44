"""One register number per hazard (H1…), the report's: on its pin, in the register's first
column and in its form's title; an edit that moves the order moves the numbers everywhere."""

import dataclasses

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPixmap

from score_desktop.document.hazard_commands import UpdateHazardsCommand
from score_desktop.domain.hazard import register_numbers
from score_desktop.gui.floorplan.number_tags import MAX_TAGS, tag_offsets
from score_desktop.gui.hazards.hazard_dialog import HazardDialog
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.services.demo import demo_hazards
from tests.gui.conftest import active_dialog
from tests.gui.hazards.test_pin_layer import pixel


def _shown(editor) -> dict:
    """hazard id -> (number in the register, text of its pin's tag)."""
    model, tags = editor.hazards.panel.model, editor.scene.hazard_pins.tags
    found = {}
    for row in range(model.rowCount()):
        hazard = model.hazard_at(row)
        found[hazard.id] = (
            model.index(row, HazardColumn.NUMBER).data(),
            tags._marks[hazard.id][2] if hazard.id in tags else None,
        )
    return found


def test_pins_rows_and_forms_show_the_reports_numbers(qtbot, editor):
    panel = editor.hazards.panel
    hazards = panel.document.hazards.hazards_of(panel.enterprise_id)
    numbers = register_numbers(hazards, panel.document.risk_method(panel.enterprise_id))
    assert _shown(editor) == {h: (f"H{n}", f"H{n}") for h, n in numbers.items()}
    rows = [panel.model.index(r, HazardColumn.NUMBER).data() for r in range(15)]
    assert rows == [f"H{n}" for n in range(1, 16)]  # the register opens in their order
    assert panel.table.horizontalHeader().sortIndicatorSection() == HazardColumn.NUMBER

    lighting = demo_hazards()[12]
    editor.hazards.edit(lighting.id)
    form = active_dialog(qtbot, HazardDialog)
    assert form.windowTitle() == f"Edit hazard H{numbers[lighting.id]}: {lighting.title}"
    form.reject()


def test_a_new_rating_moves_the_numbers_of_pins_and_rows(qtbot, editor):
    panel = editor.hazards.panel
    document = panel.document
    lighting = demo_hazards()[12]  # 3 × 2 = 6, near the end
    before = _shown(editor)[lighting.id][0]
    rated = dataclasses.replace(lighting, initial=(("likelihood", 5.0), ("severity", 5.0)))
    document.push(UpdateHazardsCommand(document, [rated], "Rate"))
    assert _shown(editor)[lighting.id] == ("H1", "H1") != (before, before)
    assert panel.model.index(0, HazardColumn.NUMBER).data() == "H1"
    assert panel.model.hazard_at(0).id == lighting.id  # the row moved to its number
    others = [number for _id, (number, tag) in _shown(editor).items()]
    assert sorted(others, key=lambda t: int(t[1:])) == [f"H{n}" for n in range(1, 16)]


def test_a_pins_tag_is_drawn_at_its_upper_right(qtbot, editor):
    qtbot.waitExposed(editor.window())
    hazard = demo_hazards()[13]  # alone at (3800, 900)
    _colour, diameter = editor.scene.hazard_pins.look(hazard)
    left, top = tag_offsets(diameter)
    zoom = editor.view.zoom
    inside = type(hazard.position)(  # a point on the tag's plate, clear of its letters' ink
        hazard.position.x + (-left + 1) / zoom, hazard.position.y - (top - 2) / zoom
    )
    seen = pixel(editor, inside)
    assert seen.lightness() > 200  # the light plate, over the plan
    assert MAX_TAGS >= 100


def test_tags_are_left_out_where_too_many_pins_are_painted(qtbot, editor):
    tags = editor.scene.hazard_pins.tags
    assert tags._paints_in(tags.boundingRect())  # 15 pins: all tagged
    crowd = {n: (float(n), 0.0, f"H{n}", 20) for n in range(MAX_TAGS + 1)}
    tags.set_tags(crowd)
    assert not tags._paints_in(tags.boundingRect())
    assert tags._paints_in(QRectF(-1, -1, 10, 2))  # zoomed in on a few: theirs are drawn
    drawn = tags._drawn(list(tags._marks.values())[:3])
    assert all(isinstance(entry[2], QPixmap) for entry in drawn)
