"""Derived views follow edits made elsewhere: the register's zones and visit filter, and a
renamed zone's label on the plan (see docs/ARCHITECTURE.md, Derived views)."""

import dataclasses
import datetime as dt
import uuid

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from score_desktop.document.commands import AddVisitCommand, DeleteVisitCommand
from score_desktop.document.plan_commands import UpdatePlanItemsCommand
from score_desktop.domain.floorplan import PlanItemKind
from score_desktop.domain.geometry import centroid
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from tests.builders import make_visit
from tests.gui.conftest import active_dialog


def pinned_hazard_and_zone(editor):
    """A hazard of the register with its zone, and that zone's plan item."""
    model = editor.hazards.panel.model
    for row in range(model.rowCount()):
        hazard = model.hazard_at(row)
        name = model.data(model.index(row, HazardColumn.ZONE))
        zones = [
            i
            for i in editor.plan_document.items()
            if i.kind is PlanItemKind.ZONE and i.label == name
        ]
        if name and len(zones) == 1:
            return row, hazard, zones[0]
    raise AssertionError("the demo has a pinned hazard in a named zone")


def test_renaming_a_zone_renames_it_in_the_register_and_its_filter(editor):
    document, panel = editor.plan_document.portfolio, editor.hazards.panel
    model = panel.model
    row, hazard, zone = pinned_hazard_and_zone(editor)
    old_name = zone.label
    renamed = dataclasses.replace(zone, label="Stranding <hall> & 绞线")
    document.push(UpdatePlanItemsCommand(document, [renamed], "Rename zone"))
    assert model.data(model.index(model.row_of(hazard.id), HazardColumn.ZONE)) == renamed.label
    zone_filter = [panel.zone_combo.itemData(i) for i in range(panel.zone_combo.count())]
    assert renamed.label in zone_filter and old_name not in zone_filter
    document.undo_stack.undo()
    assert model.data(model.index(model.row_of(hazard.id), HazardColumn.ZONE)) == old_name


def test_the_zone_filter_follows_a_rename_of_the_zone_it_shows(editor):
    document, panel = editor.plan_document.portfolio, editor.hazards.panel
    _row, hazard, zone = pinned_hazard_and_zone(editor)
    panel.zone_combo.setCurrentIndex(panel.zone_combo.findData(zone.label))
    assert panel.model.row_of(hazard.id) is not None
    renamed = dataclasses.replace(zone, label="Renamed area")
    document.push(UpdatePlanItemsCommand(document, [renamed], "Rename zone"))
    # the filter still names the old zone, which no hazard is in any more
    assert panel.model.row_of(hazard.id) is None


def test_the_visit_filter_lists_visits_added_and_removed_elsewhere(editor):
    document, panel = editor.plan_document.portfolio, editor.hazards.panel
    enterprise = document.enterprise(DEMO_ENTERPRISE_ID)
    visit = make_visit(enterprise, dt.date(2026, 11, 20))
    document.push(AddVisitCommand(document, visit))
    listed = [panel.visit_combo.itemData(i) for i in range(panel.visit_combo.count())]
    assert visit.id in listed
    panel.visit_combo.setCurrentIndex(panel.visit_combo.findData(visit.id))
    assert panel.model.filter.visit_id == visit.id
    document.push(DeleteVisitCommand(document, visit.id))
    listed = [panel.visit_combo.itemData(i) for i in range(panel.visit_combo.count())]
    assert visit.id not in listed
    assert panel.model.filter.visit_id is None and panel.visit_combo.currentIndex() == 0


def _viewport_image(qtbot, editor) -> QImage:
    viewport = editor.view.viewport()
    viewport.repaint()
    return viewport.grab().toImage()


def test_undoing_a_zone_rename_repaints_its_label(qtbot, editor):
    """A zone keeps a device cache: a new label on the same outline must still repaint."""
    editor.show()
    qtbot.waitExposed(editor)
    document = editor.plan_document.portfolio
    _row, _hazard, zone = pinned_hazard_and_zone(editor)
    editor.view.centerOn(*centroid(zone.points))  # its name, moved clear of pins, in view
    before = _viewport_image(qtbot, editor)
    renamed = dataclasses.replace(zone, label="WWWWWWWWWW")
    document.push(UpdatePlanItemsCommand(document, [renamed], "Rename zone"))
    renamed_image = _viewport_image(qtbot, editor)
    document.undo_stack.undo()
    undone = _viewport_image(qtbot, editor)
    assert renamed_image != before
    assert undone == before


def test_deleting_pins_and_items_together_is_applied_whole_or_not_at_all(qtbot, editor):
    """Hazard pins and drawn items deleted in one step: when the items' deletion fails
    (here, removed behind the editor's back), the hazards are not left deleted."""
    document = editor.plan_document.portfolio
    hazard = document.hazards.hazards_on(editor.plan_document.plan_id)[0]
    machine = next(i for i in editor.plan_document.items() if i.kind is PlanItemKind.MACHINE)
    editor.scene.select_ids([machine.id])
    editor.hazards.panel.select_ids([hazard.id])
    assert editor.hazards.selected_ids() == [hazard.id]
    document.plan_repository.delete_items([machine.id])  # the next write of it fails
    depth = document.undo_stack.count()
    editor.delete_selected()
    problem = active_dialog(qtbot, QMessageBox)  # the user is told, and it is closed here
    assert "No plan item" in problem.text()
    problem.close()
    assert document.hazards.has(hazard.id)
    assert document.undo_stack.count() == depth
    stored = {h.id for h in document.hazards.repository.list_hazards()}
    assert hazard.id in stored


def test_added_and_restored_rows_take_their_place_in_the_sorted_register(editor):
    from PySide6.QtCore import Qt

    from score_desktop.document.hazard_commands import AddHazardsCommand, RemoveHazardsCommand

    document, model = editor.plan_document.portfolio, editor.hazards.panel.model
    model.sort(HazardColumn.TITLE, Qt.SortOrder.AscendingOrder)

    def titles():
        return [model.hazard_at(r).title for r in range(model.rowCount())]

    def keys():
        rows = range(model.rowCount())
        return [model.sort_key(model.hazard_at(r), HazardColumn.TITLE) for r in rows]

    assert keys() == sorted(keys())
    new = dataclasses.replace(model.hazard_at(5), id=uuid.uuid4(), title="AAA first")
    assert document.push(AddHazardsCommand(document, [new]))
    assert titles()[0] == "AAA first" and keys() == sorted(keys())
    victim = model.hazard_at(3)
    document.push(RemoveHazardsCommand(document, [victim.id]))
    document.undo_stack.undo()  # restored
    assert titles().index(victim.title) == 3 and keys() == sorted(keys())
