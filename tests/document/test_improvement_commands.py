"""EIT and EIP edits are undoable, saved at once, and survive deleting what they hang on."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from score_desktop.document.commands import (
    AddEnterpriseCommand,
    AddVisitCommand,
    DeleteEnterpriseCommand,
    DeleteVisitCommand,
)
from score_desktop.document.improvement_commands import (
    AddRecordsCommand,
    RemoveRecordsCommand,
    UpdateRecordsCommand,
)
from score_desktop.domain.improvement import (
    ImprovementProject,
    ReviewItem,
    ReviewKind,
)
from score_desktop.domain.team import EitMember, EitRole, Sex
from score_desktop.storage.improvement_repository import SqlImprovementRepository
from tests.builders import make_enterprise, make_visit


@pytest.fixture
def enterprise(document):
    e = make_enterprise()
    document.push(AddEnterpriseCommand(document, e))
    return e


def stored(workspace, cls):
    return SqlImprovementRepository(workspace).list_records(cls)


def test_add_edit_remove_with_undo(document, workspace, enterprise):
    project = ImprovementProject(enterprise.id, "Tool rack at the fitter's bench")
    assert document.push(AddRecordsCommand(document, [project], "Add project"))
    for text in ("Tool", "Tool rack, shadow board"):
        edited = dataclasses.replace(project, action=text)
        document.push(UpdateRecordsCommand(document, [edited], "Edit", (project.id, "action")))
    document.push(RemoveRecordsCommand(document, [project.id], "Delete"))
    assert stored(workspace, ImprovementProject) == []
    document.undo_stack.undo()
    assert stored(workspace, ImprovementProject)[0].action == "Tool rack, shadow board"
    document.undo_stack.undo()  # the typing was one step
    assert stored(workspace, ImprovementProject) == [project]
    document.undo_stack.undo()
    assert document.improvement.projects_of(enterprise.id) == []


def test_a_bad_project_is_refused_and_nothing_is_saved(document, workspace, enterprise, qtbot):
    good = ImprovementProject(enterprise.id, "Good")
    bad = ImprovementProject(enterprise.id, "Bad", cost_estimate=Decimal("-1"))
    steps = document.undo_stack.count()
    with qtbot.waitSignal(document.problem_occurred) as problem:
        assert not document.push(AddRecordsCommand(document, [good, bad], "Add"))
    assert "negative" in problem.args[0]
    assert stored(workspace, ImprovementProject) == [] and document.undo_stack.count() == steps


def test_deleting_the_enterprise_or_a_visit_takes_and_restores_the_records(
    document, workspace, enterprise
):
    visit = make_visit(enterprise, dt.date(2026, 5, 1))
    document.push(AddVisitCommand(document, visit))
    member = EitMember(enterprise.id, "Sun Hui", Sex.FEMALE, EitRole.WORKER)
    project = ImprovementProject(enterprise.id, "Hoppers", responsible_id=member.id)
    review = ReviewItem(visit.id, ReviewKind.PROJECT, project.id, project.title)
    for record in (member, project, review):
        document.push(AddRecordsCommand(document, [record], "Add"))

    document.push(DeleteVisitCommand(document, visit.id))
    assert stored(workspace, ReviewItem) == [] and document.improvement.review_of(visit.id) == []
    document.undo_stack.undo()
    assert stored(workspace, ReviewItem) == [review]

    document.push(DeleteEnterpriseCommand(document, enterprise.id))
    assert stored(workspace, EitMember) == [] and stored(workspace, ImprovementProject) == []
    document.undo_stack.undo()
    assert stored(workspace, EitMember) == [member]
    assert stored(workspace, ImprovementProject) == [project]
    assert stored(workspace, ReviewItem) == [review]
    assert document.improvement.review_of(visit.id) == [review]
