"""Hazards through the real editor: place a pin with the mouse, fill the form, see the register
row and the matrix change, select both ways, filter, and check every model."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from score_desktop.domain.hazard import HazardStatus
from score_desktop.domain.plan_style import PinStyle
from score_desktop.gui.hazards.hazard_dialog import HazardDialog
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, demo_hazards
from score_desktop.storage.hazard_repository import SqlHazardRepository
from tests.gui.conftest import active_dialog
from tests.gui.floorplan.conftest import click, view_point


def stored(workspace):
    return {h.id: h for h in SqlHazardRepository(workspace).list_hazards(DEMO_ENTERPRISE_ID)}


def test_the_demo_shows_fifteen_pins_and_rows(editor):
    assert len(editor.scene.pins) == 15
    assert editor.hazards.panel.model.rowCount() == 15


def test_place_a_pin_fill_the_form_and_see_row_and_matrix(qtbot, editor, workspace):
    panel = editor.hazards.panel
    before = panel.matrix.counts.get((4.0, 3.0), 0)
    editor.set_tool("hazard")
    click(qtbot, editor, (1000, 1000))  # inside the Extrusion zone
    dialog = active_dialog(qtbot, HazardDialog)
    assert dialog.zone_label.text() == "Extrusion"
    assert (dialog.women_spin.value(), dialog.men_spin.value()) == (8, 20)  # the zone's workers
    qtbot.keyClicks(dialog.title_edit, "Pellet dust at the hopper <b>&")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("chemical"))
    likelihood, severity = dialog.initial_inputs.combos.values()
    likelihood.setCurrentIndex(likelihood.findData(4.0))
    severity.setCurrentIndex(severity.findData(3.0))
    assert dialog.initial_inputs.result.text() == "12 — High"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    new = next(h for h in stored(workspace).values() if h.title.startswith("Pellet dust"))
    assert new.position.x == pytest.approx(1000, abs=8) and new.exposed == 28
    assert new.id in editor.scene.pins
    assert panel.model.rowCount() == 16
    assert panel.matrix.counts[(4.0, 3.0)] == before + 1
    row = panel.model.row_of(new.id)
    assert panel.model.index(row, HazardColumn.ZONE).data() == "Extrusion"
    assert panel.model.index(row, HazardColumn.INITIAL).data() == "12 High"


def test_a_hazard_without_title_is_not_saved(qtbot, editor, workspace):
    editor.hazards.new_unpinned()
    dialog = active_dialog(qtbot, HazardDialog)
    dialog.accept()
    assert dialog.isVisible() and "needs a title" in dialog.problems.text()
    dialog.reject()
    assert len(stored(workspace)) == 15


def test_selection_follows_both_ways(qtbot, editor):
    panel = editor.hazards.panel
    target = demo_hazards()[3]  # the blocked exit
    panel.select_ids([target.id])
    panel.selection_changed.emit(panel.selected_ids())
    assert editor.scene.selected_hazard_ids() == [target.id]
    other = demo_hazards()[6]
    editor.scene.select_hazard_ids([other.id])
    assert panel.selected_ids() == [other.id]


def test_row_selection_by_mouse_selects_and_centres_the_pin(qtbot, editor):
    panel = editor.hazards.panel
    index = panel.model.index(0, 0)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    hazard_id = index.data(Qt.ItemDataRole.UserRole + 1)
    assert editor.scene.selected_hazard_ids() == [hazard_id]
    centre = editor.view.mapToScene(editor.view.viewport().rect().center())
    pin = editor.scene.pins[hazard_id].pos()
    assert abs(centre.x() - pin.x()) < 50 and abs(centre.y() - pin.y()) < 50


def test_filters_and_matrix_cell(qtbot, editor):
    panel = editor.hazards.panel
    panel.category_combo.setCurrentIndex(panel.category_combo.findData("mechanical"))
    assert panel.model.rowCount() == 3
    panel.category_combo.setCurrentIndex(0)
    panel.status_combo.setCurrentIndex(panel.status_combo.findData(HazardStatus.OPEN.value))
    assert panel.model.rowCount() == 9
    panel.status_combo.setCurrentIndex(0)
    panel.band_combo.setCurrentIndex(panel.band_combo.findData("very_high"))
    assert panel.model.rowCount() == 1  # by the current risk: the guarded nip point is 8 now
    panel.band_combo.setCurrentIndex(0)
    panel.zone_combo.setCurrentIndex(panel.zone_combo.findData("Main aisle (3 m)"))
    assert panel.model.rowCount() == 2
    panel.zone_combo.setCurrentIndex(0)
    qtbot.keyClicks(panel.search_edit, "drums")
    assert panel.model.rowCount() == 3
    panel.search_edit.clear()
    panel.matrix.cell_clicked.emit((4.0, 4.0))
    assert panel.model.rowCount() == 1


def test_drag_a_pin_is_one_undoable_move(qtbot, editor, workspace, demo_window):
    from tests.gui.floorplan.conftest import drag

    hazard = demo_hazards()[13]  # night shift alone at the winder, at (3800, 900)
    drag(qtbot, editor, (3800, 900), (3700, 700), steps=6)
    moved = stored(workspace)[hazard.id].position
    assert moved.x == pytest.approx(3700, abs=10) and moved.y == pytest.approx(700, abs=10)
    demo_window.undo_action.trigger()
    assert stored(workspace)[hazard.id].position.x == 3800


def test_double_click_a_pin_opens_its_form_and_edits_persist(qtbot, editor, workspace):
    hazard = demo_hazards()[12]  # poor lighting, (650, 2250)
    qtbot.mouseDClick(
        editor.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(editor, 650, 2250)
    )
    dialog = active_dialog(qtbot, HazardDialog)
    assert dialog.title_edit.text() == hazard.title
    assert dialog.visit_combo.currentData() == hazard.visit_id  # found by value, not identity
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("controlled"))
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert stored(workspace)[hazard.id].status is HazardStatus.CONTROLLED
    assert stored(workspace)[hazard.id].visit_id == hazard.visit_id  # not lost on save


def test_delete_and_duplicate_pins(qtbot, editor, workspace, demo_window):
    hazard = demo_hazards()[0]
    editor.scene.select_hazard_ids([hazard.id])
    editor.actions_by_name["duplicate"].trigger()
    assert len(stored(workspace)) == 16
    editor.scene.select_hazard_ids([hazard.id])
    editor.actions_by_name["delete"].trigger()
    assert hazard.id not in stored(workspace)
    demo_window.undo_action.trigger()
    assert hazard.id in stored(workspace)


def record_unpinned(qtbot, editor, workspace, title: str):
    """A hazard recorded through the form from New hazard…, without a place on the plan."""
    editor.hazards.new_unpinned()
    dialog = active_dialog(qtbot, HazardDialog)
    dialog.title_edit.setText(title)
    dialog.ok_button.click()
    return next(h for h in stored(workspace).values() if h.title == title)


def test_unpinned_hazard_can_be_pinned_later(qtbot, editor, workspace):
    new = record_unpinned(qtbot, editor, workspace, "Heat stress in summer")
    assert not new.is_pinned and new.id not in editor.scene.pins
    row = editor.hazards.panel.model.row_of(new.id)
    assert editor.hazards.panel.model.index(row, HazardColumn.ZONE).data() == "not on the plan"
    editor.hazards.pin_later(new.id)
    click(qtbot, editor, (3300, 600))
    assert stored(workspace)[new.id].is_pinned and new.id in editor.scene.pins


def test_a_row_without_a_pin_is_selected_by_a_click_after_one_with_a_pin(qtbot, editor, workspace):
    unpinned = record_unpinned(qtbot, editor, workspace, "Heat stress in summer")
    pinned = demo_hazards()[3]
    panel = editor.hazards.panel

    def click_row(hazard_id, modifier=Qt.KeyboardModifier.NoModifier):
        index = panel.model.index(panel.model.row_of(hazard_id), HazardColumn.TITLE)
        centre = panel.table.visualRect(index).center()
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier, centre)

    click_row(pinned.id)
    assert editor.scene.selected_hazard_ids() == [pinned.id]
    click_row(unpinned.id)
    assert panel.selected_ids() == [unpinned.id]  # was none: the pin's echo cleared it
    assert editor.scene.selected_hazard_ids() == []
    click_row(pinned.id, Qt.KeyboardModifier.ControlModifier)
    assert set(panel.selected_ids()) == {unpinned.id, pinned.id}
    assert editor.scene.selected_hazard_ids() == [pinned.id]


def test_the_registers_keys_are_the_registers_not_the_plans(qtbot, editor, workspace):
    panel = editor.hazards.panel
    first = panel.model.index(0, HazardColumn.TITLE)
    centre = panel.table.visualRect(first).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    hazard_id = panel.selected_ids()[0]
    where = stored(workspace)[hazard_id].position
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)  # the next row, not a nudge of the pin
    assert panel.table.currentIndex().row() == 1
    assert stored(workspace)[hazard_id].position == where
    qtbot.keyClick(panel.table, Qt.Key.Key_M)  # a keyboard search, not the machine tool
    assert editor.tool_name == "select"
    qtbot.keyClick(panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(panel.selected_ids()) == panel.model.rowCount()  # every row, not every item
    panel.table.setCurrentIndex(panel.model.index(1, HazardColumn.TITLE))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # the row's form, not the drawing tools
    form = active_dialog(qtbot, HazardDialog)
    assert form.title_edit.text() == panel.model.hazard_at(1).title
    form.reject()
    third = panel.table.visualRect(panel.model.index(2, HazardColumn.TITLE)).center()
    # a double-click is a press, then a second press reported as a double-click
    qtbot.mousePress(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=third)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=third)
    form = active_dialog(qtbot, HazardDialog)
    assert form.title_edit.text() == panel.model.hazard_at(2).title
    form.reject()
    editor.tool_actions["machine"].trigger()  # picked from the tool bar
    assert editor.view.hasFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Escape)
    assert editor.tool_name == "select"


def test_the_delete_key_in_the_register_deletes_every_selected_row(
    qtbot, editor, workspace, demo_window
):
    unpinned = record_unpinned(qtbot, editor, workspace, "Heat stress in summer")
    pinned = demo_hazards()[3]
    panel = editor.hazards.panel
    panel.select_ids([unpinned.id, pinned.id])
    panel.selection_changed.emit(panel.selected_ids())  # as a click on the rows does
    assert editor.scene.selected_hazard_ids() == [pinned.id]  # the other has no pin
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert unpinned.id not in stored(workspace) and pinned.id not in stored(workspace)
    demo_window.undo_action.trigger()
    assert {unpinned.id, pinned.id} <= set(stored(workspace))


def test_changing_method_and_pin_styles(qtbot, editor, workspace):
    panel = editor.hazards.panel
    panel.method_combo.setCurrentIndex(panel.method_combo.findData("3x3"))
    panel.method_combo.activated.emit(panel.method_combo.currentIndex())
    hazard = stored(workspace)[demo_hazards()[0].id]
    assert dict(hazard.initial) == {"probability": 3.0, "consequence": 3.0}
    assert panel.band_combo.findData("intolerable") > 0
    assert (
        panel.model.index(0, HazardColumn.INITIAL)
        .data()
        .endswith(("Intolerable", "Important", "Moderate", "Tolerable", "Trivial"))
    )
    for style in PinStyle:
        panel.pin_style_combo.setCurrentIndex(panel.pin_style_combo.findData(style.value))
        assert editor.scene.pin_style is style


def test_inline_title_edit_goes_through_a_command(qtbot, editor, workspace, demo_window):
    panel = editor.hazards.panel
    hazard = demo_hazards()[5]
    index = panel.model.index(panel.model.row_of(hazard.id), HazardColumn.TITLE)
    assert panel.model.setData(index, "Forklift crossing — marked lane needed")
    assert stored(workspace)[hazard.id].title == "Forklift crossing — marked lane needed"
    demo_window.undo_action.trigger()
    assert stored(workspace)[hazard.id].title == hazard.title


def test_the_status_is_picked_in_its_cell_saved_at_once_and_undone(
    qtbot, editor, workspace, demo_window
):
    panel = editor.hazards.panel
    hazard = next(h for h in demo_hazards() if h.status is HazardStatus.OPEN)
    index = panel.model.index(panel.model.row_of(hazard.id), HazardColumn.STATUS)
    panel.table.setCurrentIndex(index)
    panel.table.edit(index)
    combo = panel.table.viewport().findChild(QComboBox)
    assert combo is not None and combo.currentData() == "open"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Open",
        "In progress",
        "Controlled",
        "Verified",
    ]
    combo.setCurrentIndex(combo.findData("controlled"))
    combo.activated.emit(combo.currentIndex())  # picked from the list
    assert stored(workspace)[hazard.id].status is HazardStatus.CONTROLLED
    assert index.data() == "Controlled"
    assert demo_window.undo_action.text().endswith("Change Status")
    demo_window.undo_action.trigger()
    assert stored(workspace)[hazard.id].status is HazardStatus.OPEN
    assert not panel.model.setData(index, "closed")  # no such status: nothing saved
    assert stored(workspace)[hazard.id].status is HazardStatus.OPEN


def test_hazard_layer_toggle(editor):
    editor.actions_by_name["layer_hazards"].trigger()
    assert not any(pin.isVisible() for pin in editor.scene.pins.values())
    editor.actions_by_name["layer_hazards"].trigger()
    assert all(pin.isVisible() for pin in editor.scene.pins.values())


def test_models_pass_the_model_tester(editor, qtmodeltester):
    panel = editor.hazards.panel
    qtmodeltester.check(panel.model)
    panel.model.set_filter(category="mechanical")
    qtmodeltester.check(panel.model)
    panel.model.sort(HazardColumn.TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(panel.model)


def test_register_sorts_by_risk_with_unrated_last_or_first(editor):
    model = editor.hazards.panel.model
    method = editor.plan_document.portfolio.risk_method(DEMO_ENTERPRISE_ID)

    def scores(column):
        ratings = [getattr(model.hazard_at(row), column) for row in range(model.rowCount())]
        return [a.score if (a := method.rated(r)) else -1.0 for r in ratings]

    initial = scores("initial")  # the register opens by initial risk, highest first
    assert initial == sorted(initial, reverse=True) and initial[0] == 16
    model.sort(HazardColumn.RESIDUAL, Qt.SortOrder.AscendingOrder)
    residual = scores("residual")
    assert residual == sorted(residual) and residual[0] == -1.0  # not re-rated yet: first
    texts = [model.index(r, HazardColumn.RESIDUAL).data() for r in range(model.rowCount())]
    assert texts[0] == "—" and texts[-1].endswith(("High", "Medium", "Low"))
    model.sort(HazardColumn.TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.hazard_at(row).title.casefold() for row in range(model.rowCount())]
    assert titles == sorted(titles)


def test_the_form_fits_a_laptop_screen_whatever_the_method(qtbot, editor):
    from score_desktop.document.hazard_commands import ChangeRiskMethodCommand

    document = editor.hazards.panel.document
    document.push(ChangeRiskMethodCommand(document, DEMO_ENTERPRISE_ID, "fine_kinney"))
    editor.hazards.new_unpinned()
    dialog = active_dialog(qtbot, HazardDialog)
    assert len(dialog.initial_inputs.combos) == 3  # probability, exposure, consequence
    # its risk page scrolls rather than making the form taller than a 768-pixel screen
    assert dialog.minimumSizeHint().height() <= 600
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    dialog.reject()
