"""Plan and plan-item commands: do → assert → undo → assert → redo → assert, memory and file."""

import dataclasses

import pytest

from score_desktop.document.commands import AddEnterpriseCommand, DeleteEnterpriseCommand
from score_desktop.document.plan_commands import (
    AddPlanCommand,
    AddPlanItemsCommand,
    DeletePlanCommand,
    EditPlanCommand,
    RemovePlanItemsCommand,
    UpdatePlanItemsCommand,
)
from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.builders import make_enterprise


@pytest.fixture
def plan(document):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    plan = FloorPlan(enterprise_id=enterprise.id, name="Cable workshop")
    document.push(AddPlanCommand(document, plan))
    document.undo_stack.clear()
    return plan


def zone(plan, **fields):
    return PlanItem(
        plan_id=plan.id,
        kind=PlanItemKind.ZONE,
        points=rectangle(Point(0, 0), Point(500, 300)),
        label="Store",
        **fields,
    )


def stored(workspace) -> SqlFloorPlanRepository:
    return SqlFloorPlanRepository(workspace)


def test_add_and_delete_plan(document, workspace, plan):
    document.push(DeletePlanCommand(document, plan.id))
    assert not document.has_plan(plan.id) and stored(workspace).list_plans() == []
    document.undo_stack.undo()
    assert document.plan(plan.id) == plan and stored(workspace).list_plans() == [plan]
    document.undo_stack.redo()
    assert document.plans_of(plan.enterprise_id) == []


def test_duplicate_plan_copies_items_under_new_ids(document, workspace, plan):
    document.push(AddPlanItemsCommand(document, [zone(plan)]))
    copy = dataclasses.replace(plan, id=FloorPlan(plan.enterprise_id, "x").id, name="Copy")
    items = [
        dataclasses.replace(i, id=PlanItem(copy.id, i.kind, i.points).id, plan_id=copy.id)
        for i in document.plan_document(plan.id).items()
    ]
    document.push(AddPlanCommand(document, copy, items))
    assert [i.label for i in stored(workspace).list_items(copy.id)] == ["Store"]
    document.undo_stack.undo()
    assert stored(workspace).list_items(copy.id) == []
    assert len(stored(workspace).list_items(plan.id)) == 1


def test_add_update_remove_items(document, workspace, plan, qtbot):
    plan_doc = document.plan_document(plan.id)
    item = zone(plan)
    with qtbot.waitSignal(plan_doc.added):
        document.push(AddPlanItemsCommand(document, [item]))
    moved = item.moved(100, 50)
    with qtbot.waitSignal(plan_doc.changed):
        document.push(UpdatePlanItemsCommand(document, [moved], "Move"))
    assert stored(workspace).list_items(plan.id) == [moved]
    document.push(RemovePlanItemsCommand(document, plan.id, [item.id]))
    assert plan_doc.items() == [] and stored(workspace).list_items(plan.id) == []

    document.undo_stack.undo()
    assert plan_doc.item(item.id) == moved
    document.undo_stack.undo()
    assert plan_doc.item(item.id) == item and stored(workspace).list_items(plan.id) == [item]
    document.undo_stack.undo()
    assert plan_doc.items() == []
    for _ in range(3):
        document.undo_stack.redo()
    assert plan_doc.items() == [] and stored(workspace).list_items(plan.id) == []


def test_items_stay_bottom_to_top_through_every_change(document, plan):
    plan_doc = document.plan_document(plan.id)
    low, middle, high = (zone(plan, z=z) for z in (1.0, 2.0, 3.0))
    document.push(AddPlanItemsCommand(document, [high, low]))
    assert [i.z for i in plan_doc.items()] == [1.0, 3.0]
    document.push(AddPlanItemsCommand(document, [middle]))
    assert plan_doc.items() == [low, middle, high]
    raised = dataclasses.replace(low, z=9.0)
    document.push(UpdatePlanItemsCommand(document, [raised], "Bring to front"))
    assert plan_doc.items() == [middle, high, raised]
    document.push(RemovePlanItemsCommand(document, plan.id, [high.id]))
    assert plan_doc.items() == [middle, raised]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert plan_doc.items() == [low, middle, high]
    listed = plan_doc.items()
    listed.clear()  # a caller's list is its own
    assert plan_doc.items() == [low, middle, high]
    sunk = dataclasses.replace(high, z=0.0)
    document.push(UpdatePlanItemsCommand(document, [sunk], "Send to back"))
    assert plan_doc.items() == [sunk, low, middle]


def test_property_edits_with_one_merge_key_are_one_undo_step(document, plan):
    item = zone(plan)
    document.push(AddPlanItemsCommand(document, [item]))
    for text in ("S", "St", "Sto", "Stores"):
        edited = dataclasses.replace(item, label=text)
        document.push(
            UpdatePlanItemsCommand(document, [edited], "Rename", merge_key=(item.id, "label"))
        )
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.plan_document(plan.id).item(item.id).label == "Store"


def test_edit_plan_scale_merges_and_undoes(document, workspace, plan):
    for scale in (0.02, 0.025):
        document.push(
            EditPlanCommand(
                document,
                dataclasses.replace(plan, metres_per_unit=scale),
                "Scale",
                merge_key="scale",
            )
        )
    assert document.undo_stack.count() == 1
    assert stored(workspace).get_plan(plan.id).metres_per_unit == 0.025
    document.undo_stack.undo()
    assert stored(workspace).get_plan(plan.id).metres_per_unit == plan.metres_per_unit


def test_undo_still_works_after_the_plan_was_deleted_and_restored(document, workspace, plan):
    item = zone(plan)
    document.push(AddPlanItemsCommand(document, [item]))
    document.push(DeletePlanCommand(document, plan.id))
    document.undo_stack.undo()  # plan back, with its item
    assert document.plan_document(plan.id).item(item.id) == item
    document.undo_stack.undo()  # the item's addition
    assert stored(workspace).list_items(plan.id) == []


def test_deleting_an_enterprise_takes_its_plans_and_undo_restores_them(document, workspace, plan):
    document.push(AddPlanItemsCommand(document, [zone(plan)]))
    document.push(DeleteEnterpriseCommand(document, plan.enterprise_id))
    assert stored(workspace).list_plans() == []
    document.undo_stack.undo()
    assert stored(workspace).list_plans() == [plan]
    assert [i.label for i in stored(workspace).list_items(plan.id)] == ["Store"]


def test_an_invalid_item_is_refused_with_a_message(document, workspace, plan, qtbot):
    flat = PlanItem(
        plan_id=plan.id, kind=PlanItemKind.ZONE, points=(Point(0, 0), Point(5, 5), Point(10, 10))
    )
    with qtbot.waitSignal(document.problem_occurred) as problem:
        assert not document.push(AddPlanItemsCommand(document, [flat]))
    assert "no area" in problem.args[0]
    assert stored(workspace).list_items(plan.id) == []
