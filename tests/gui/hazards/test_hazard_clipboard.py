"""Hazard pins copied and pasted: into the same plan, another plan, another enterprise; one
undo step; and what the clipboard cannot hold refused with a word, nothing half-pasted."""

import dataclasses
import json

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QMessageBox

from score_desktop.document.clipboard import HAZARDS_MIME_TYPE
from score_desktop.document.commands import AddEnterpriseCommand
from score_desktop.document.hazard_commands import ChangeRiskMethodCommand, UpdateHazardsCommand
from score_desktop.document.plan_commands import AddPlanCommand
from score_desktop.domain.enterprise import Enterprise
from score_desktop.domain.floorplan import FloorPlan
from score_desktop.domain.risk import FINE_KINNEY
from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.gui.floorplan.plan_clipboard import PASTE_OFFSET_METRES
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, demo_hazards
from score_desktop.storage.hazard_repository import SqlHazardRepository
from tests.gui.conftest import active_dialog

ODD_TITLE = "<b>Solvent</b> & ink — مذيب 溶剂 🧪 " + "x" * 10_000


def stored(workspace, enterprise_id=DEMO_ENTERPRISE_ID):
    return {h.id: h for h in SqlHazardRepository(workspace).list_hazards(enterprise_id)}


def _copy(editor, hazard_id):
    editor.hazards.select([hazard_id])
    editor.actions_by_name["copy"].trigger()


def _same_record(copy, original, *, except_=("id", "position", "plan_id")):
    fields = [f.name for f in dataclasses.fields(original) if f.name not in except_]
    return {f: getattr(copy, f) for f in fields} == {f: getattr(original, f) for f in fields}


def test_a_pin_copied_and_pasted_is_a_new_hazard_a_metre_off_undone_in_one_step(
    editor, workspace, demo_window
):
    original = demo_hazards()[0]
    document = editor.hazards.panel.document
    odd = dataclasses.replace(document.hazards.hazard(original.id), title=ODD_TITLE)
    document.push(UpdateHazardsCommand(document, [odd], "Rename"))
    _copy(editor, original.id)
    editor.actions_by_name["paste"].trigger()

    (new_id,) = set(stored(workspace)) - {h.id for h in demo_hazards()}
    copy = stored(workspace)[new_id]
    assert _same_record(copy, odd) and copy.title == ODD_TITLE  # every field, as typed
    step = PASTE_OFFSET_METRES / editor.plan_document.plan.metres_per_unit
    assert copy.position.x == pytest.approx(odd.position.x + step)
    assert copy.position.y == pytest.approx(odd.position.y + step)
    assert editor.scene.selected_hazard_ids() == [new_id]
    assert editor.hazards.panel.selected_ids() == [new_id]
    demo_window.undo_action.trigger()
    assert new_id not in stored(workspace) and new_id not in editor.scene.pins
    demo_window.redo_action.trigger()
    assert new_id in stored(workspace) and new_id in editor.scene.pins


def test_pasted_on_another_plan_it_keeps_its_real_place(qtbot, editor, workspace):
    original = demo_hazards()[2]
    document = editor.hazards.panel.document
    plan = editor.plan_document.plan
    annex = FloorPlan(enterprise_id=DEMO_ENTERPRISE_ID, name="Annex", metres_per_unit=0.02)
    document.push(AddPlanCommand(document, annex))
    _copy(editor, original.id)
    second = PlanEditor(document.plan_document(annex.id))
    qtbot.addWidget(second)
    second.actions_by_name["paste"].trigger()

    (copy,) = [h for h in stored(workspace).values() if h.plan_id == annex.id]
    scale = plan.metres_per_unit / annex.metres_per_unit
    step = PASTE_OFFSET_METRES / annex.metres_per_unit
    assert copy.position.x == pytest.approx(original.position.x * scale + step)
    assert copy.visit_id == original.visit_id  # the same enterprise's visit


def test_pasted_into_another_enterprise_its_ratings_follow_that_method(qtbot, editor, workspace):
    original = demo_hazards()[0]  # rated 5 × 5, with a visit of the demo enterprise
    assert original.visit_id is not None and original.initial
    document = editor.hazards.panel.document
    other = Enterprise(name="Chengdu Garments")
    document.push(AddEnterpriseCommand(document, other))
    document.push(ChangeRiskMethodCommand(document, other.id, FINE_KINNEY.key))
    floor = FloorPlan(enterprise_id=other.id, name="Sewing floor", metres_per_unit=0.01)
    document.push(AddPlanCommand(document, floor))
    _copy(editor, original.id)
    second = PlanEditor(document.plan_document(floor.id))
    qtbot.addWidget(second)
    second.actions_by_name["paste"].trigger()

    (copy,) = stored(workspace, other.id).values()
    assert copy.title == original.title and copy.visit_id is None  # no visit of theirs
    assert [key for key, _ in copy.initial] == [f.key for f in FINE_KINNEY.factors]
    assert copy.initial_assessment(FINE_KINNEY) is not None  # a valid Fine-Kinney rating


def test_what_the_clipboard_cannot_hold_pastes_nothing_and_says_so(editor, workspace, qtbot):
    problems = []
    editor.problem.connect(problems.append)
    for broken in (b"{not json", json.dumps({"hazards": [{"title": 3}]}).encode()):
        mime = QMimeData()
        mime.setData(HAZARDS_MIME_TYPE, broken)
        QApplication.clipboard().setMimeData(mime)
        editor.actions_by_name["paste"].trigger()
    assert len(stored(workspace)) == 15 and problems == []

    _copy(editor, demo_hazards()[0].id)
    payload = json.loads(bytes(QApplication.clipboard().mimeData().data(HAZARDS_MIME_TYPE)))
    payload["hazards"][0]["category_code"] = "asbestos"  # not in this workspace's catalogue
    mime = QMimeData()
    mime.setData(HAZARDS_MIME_TYPE, json.dumps(payload).encode())
    QApplication.clipboard().setMimeData(mime)
    editor.actions_by_name["paste"].trigger()
    assert len(stored(workspace)) == 15
    assert len(problems) == 1 and "category" in problems[0]
    shown = active_dialog(qtbot, QMessageBox)  # the user reads it in a message box
    assert shown.text() == problems[0]
    shown.close()


def test_duplicate_takes_items_and_pins_together_in_one_step(editor, workspace, demo_window):
    from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository

    def items():
        return SqlFloorPlanRepository(workspace).list_items(DEMO_PLAN_ID)

    machine = next(i for i in items() if i.label == "Extruder line 3")
    editor.scene.select_ids([machine.id])
    editor.scene.hazard_pins.select([demo_hazards()[0].id])
    editor.actions_by_name["duplicate"].trigger()
    assert len(stored(workspace)) == 16
    assert sum(i.label == "Extruder line 3" for i in items()) == 2
    demo_window.undo_action.trigger()
    assert len(stored(workspace)) == 15
    assert sum(i.label == "Extruder line 3" for i in items()) == 1
