"""Walk-throughs through the document: answers saved at once and undoable, a *no* made into a
pinned hazard and a linked project in one undo step, and deleted with their visit."""

import dataclasses

import pytest

from score_desktop.document.checklist_commands import (
    ChangeAnswerCommand,
    StartWalkthroughCommand,
    answer_command,
    follow_up_source,
    slot_answer,
)
from score_desktop.document.commands import (
    AddEnterpriseCommand,
    AddVisitCommand,
    DeleteEnterpriseCommand,
    DeleteVisitCommand,
)
from score_desktop.document.plan_commands import AddPlanCommand, AddPlanItemsCommand
from score_desktop.domain.checklist import Answer
from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, point_in_polygon, rectangle
from score_desktop.domain.improvement import ImprovementProject, ProjectSource
from score_desktop.domain.walkthrough import ChecklistAnswer, Walkthrough
from score_desktop.storage.checklist_repository import SqlChecklistRepository
from score_desktop.storage.hazard_repository import SqlHazardRepository
from score_desktop.storage.improvement_repository import SqlImprovementRepository
from tests.builders import make_enterprise, make_visit
from tests.checklist_builders import make_template


@pytest.fixture
def setting(document):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise, module_code="OSH")
    document.push(AddVisitCommand(document, visit))
    plan = FloorPlan(enterprise_id=enterprise.id, name="Workshop")
    document.push(AddPlanCommand(document, plan))
    zones = [
        PlanItem(
            plan.id, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(400, 300)), label="Cutting"
        ),
        PlanItem(
            plan.id, PlanItemKind.ZONE, rectangle(Point(400, 0), Point(800, 300)), label="Sewing"
        ),
    ]
    document.push(AddPlanItemsCommand(document, zones))
    template = make_template()
    start = StartWalkthroughCommand(document, visit.id, template, tuple(z.id for z in zones))
    assert document.push(start)
    document.undo_stack.clear()
    return document, start.walkthrough, template, zones


def test_starting_stores_the_template_and_the_walk_through(workspace, setting):
    document, walk, template, _zones = setting
    store = SqlChecklistRepository(workspace)
    assert store.list_templates() == [template]
    assert store.list_records(Walkthrough) == [walk]
    assert document.checklists.walkthroughs_of_visit(walk.visit_id) == [walk]


def test_an_answer_is_saved_at_once_and_undone(workspace, setting):
    document, walk, template, _zones = setting
    document.push(answer_command(document, walk, template, template.item("A1"), None, Answer.YES))
    store = SqlChecklistRepository(workspace)
    assert [a.answer for a in store.list_records(ChecklistAnswer)] == [Answer.YES]
    document.push(answer_command(document, walk, template, template.item("A1"), None, Answer.NO))
    assert [a.answer for a in store.list_records(ChecklistAnswer)] == [Answer.NO]
    document.undo_stack.undo()
    assert [a.answer for a in store.list_records(ChecklistAnswer)] == [Answer.YES]
    document.undo_stack.undo()
    assert store.list_records(ChecklistAnswer) == []
    assert document.checklists.answers_of(walk.id) == []


def test_a_no_makes_a_pinned_hazard_and_a_linked_project_in_one_step(workspace, setting):
    document, walk, template, zones = setting
    sewing = zones[1]
    note = ChangeAnswerCommand(
        document,
        dataclasses.replace(
            slot_answer(document, walk, template.item("A3"), sewing.id), note="Bales"
        ),
    )
    document.push(note)
    command = answer_command(
        document, walk, template, template.item("A3"), sewing.id, Answer.NO, True, True
    )
    assert document.push(command)
    hazards = SqlHazardRepository(workspace).list_hazards()
    projects = SqlImprovementRepository(workspace).list_records(ImprovementProject)
    (answer,) = SqlChecklistRepository(workspace).list_records(ChecklistAnswer)
    (hazard,), (project,) = hazards, projects
    assert answer.answer is Answer.NO and answer.note == "Bales"
    assert (answer.hazard_id, answer.project_id) == (hazard.id, project.id)
    assert hazard.plan_id == sewing.plan_id and point_in_polygon(hazard.position, sewing.points)
    assert hazard.title == "Blocked aisle" and hazard.visit_id == walk.visit_id
    assert project.hazard_ids == (hazard.id,) and project.source is ProjectSource.CHECKLIST
    assert project.zone == "Sewing" and project.module_code == "WC"
    document.undo_stack.undo()  # one step takes back all three
    assert SqlHazardRepository(workspace).list_hazards() == []
    assert SqlImprovementRepository(workspace).list_records(ImprovementProject) == []
    (answer,) = SqlChecklistRepository(workspace).list_records(ChecklistAnswer)
    assert answer.answer is Answer.NOT_CHECKED and answer.hazard_id is None
    document.undo_stack.redo()
    assert len(SqlHazardRepository(workspace).list_hazards()) == 1
    assert document.checklists.answers_of(walk.id)[0].project_id == project.id


def test_a_second_request_does_not_make_the_hazard_twice(workspace, setting):
    document, walk, template, _zones = setting
    item = template.item("A2")
    document.push(answer_command(document, walk, template, item, None, Answer.NO, True, False))
    document.push(answer_command(document, walk, template, item, None, Answer.NO, True, True))
    assert len(SqlHazardRepository(workspace).list_hazards()) == 1
    (project,) = SqlImprovementRepository(workspace).list_records(ImprovementProject)
    assert project.hazard_ids == (document.checklists.answers_of(walk.id)[0].hazard_id,)


def test_deleting_the_visit_or_enterprise_deletes_the_walk_through_and_undo_restores(
    workspace, setting
):
    document, walk, template, _zones = setting
    document.push(answer_command(document, walk, template, template.item("A1"), None, Answer.YES))
    store = SqlChecklistRepository(workspace)
    document.push(DeleteVisitCommand(document, walk.visit_id))
    assert store.list_records(Walkthrough) == [] and store.list_records(ChecklistAnswer) == []
    document.undo_stack.undo()
    assert store.list_records(Walkthrough) == [walk]
    assert len(store.list_records(ChecklistAnswer)) == 1
    document.push(DeleteEnterpriseCommand(document, walk.enterprise_id))
    assert store.list_records(Walkthrough) == []
    document.undo_stack.undo()
    assert len(document.checklists.answers_of(walk.id)) == 1


def test_a_follow_up_starts_from_the_last_walk_through_with_its_answers_carried(workspace, setting):
    document, walk, template, zones = setting
    for key, zone, value in (("A1", None, Answer.YES), ("A3", zones[0].id, Answer.NO)):
        document.push(answer_command(document, walk, template, template.item(key), zone, value))
    enterprise = document.enterprise(walk.enterprise_id)
    later = make_visit(enterprise, walk.started_on.replace(year=walk.started_on.year + 1))
    document.push(AddVisitCommand(document, later))
    assert follow_up_source(document, later.id, template.code) == walk
    assert follow_up_source(document, walk.visit_id, template.code) is None
    start = StartWalkthroughCommand(
        document, later.id, template, tuple(z.id for z in zones), previous_id=walk.id
    )
    document.push(start)
    store = SqlChecklistRepository(workspace)
    held = {
        a.item_key: a
        for a in store.list_records(ChecklistAnswer)
        if a.walkthrough_id == start.walkthrough.id
    }
    assert {k: (a.answer, a.carried) for k, a in held.items()} == {
        "A1": (Answer.YES, True),
        "A3": (Answer.NO, True),
    }
    # answering a carried item again, even with the same answer, makes it this visit's own
    document.push(
        answer_command(document, start.walkthrough, template, template.item("A1"), None, Answer.YES)
    )
    own = document.checklists.answers_by_slot(start.walkthrough.id)[("A1", None)]
    assert own.answer is Answer.YES and own.carried is False
    document.undo_stack.undo()
    document.undo_stack.undo()  # the start, with its carried answers, is one step
    assert document.checklists.walkthroughs_of_visit(later.id) == []
    assert len(store.list_records(ChecklistAnswer)) == 2
    document.undo_stack.redo()
    again = [a for a in store.list_records(ChecklistAnswer) if a.carried]
    assert sorted(a.item_key for a in again) == ["A1", "A3"]
