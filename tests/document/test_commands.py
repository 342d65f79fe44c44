"""Every command: do → assert → undo → assert → redo → assert, in memory and in the database."""

import dataclasses
import datetime as dt

from score_desktop.document.commands import (
    AddEnterpriseCommand,
    AddVisitCommand,
    DeleteEnterpriseCommand,
    DeleteVisitCommand,
    EditEnterpriseCommand,
    EditVisitCommand,
)
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise, make_visit


def stored(workspace) -> SqlPortfolioRepository:
    """A fresh repository, to read what is really in the file."""
    return SqlPortfolioRepository(workspace)


def test_add_enterprise(document, workspace, qtbot):
    enterprise = make_enterprise()
    with qtbot.waitSignal(document.enterprise_set.added) as added:
        assert document.push(AddEnterpriseCommand(document, enterprise))
    assert added.args == [[enterprise]]
    assert stored(workspace).list_enterprises() == [enterprise]

    with qtbot.waitSignal(document.enterprise_set.removed):
        document.undo_stack.undo()
    assert document.enterprises() == [] and stored(workspace).list_enterprises() == []

    document.undo_stack.redo()
    assert document.enterprises() == [enterprise]
    assert stored(workspace).list_enterprises() == [enterprise]


def test_edit_enterprise(document, workspace, qtbot):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    edited = dataclasses.replace(enterprise, name="Nguyễn Phúc Cơ khí", union_present=True)
    with qtbot.waitSignal(document.enterprise_set.changed):
        document.push(EditEnterpriseCommand(document, edited))
    assert stored(workspace).get_enterprise(enterprise.id) == edited
    assert document.undo_stack.undoText() == "Edit enterprise “Nguyễn Phúc Cơ khí”"

    document.undo_stack.undo()
    assert document.enterprise(enterprise.id) == enterprise
    assert stored(workspace).get_enterprise(enterprise.id) == enterprise

    document.undo_stack.redo()
    assert document.enterprise(enterprise.id) == edited
    assert stored(workspace).get_enterprise(enterprise.id) == edited


def test_delete_enterprise_takes_its_visits_and_undo_brings_them_back(document, workspace):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visits = [make_visit(enterprise, dt.date(2026, m, 1)) for m in (2, 4)]
    for visit in visits:
        document.push(AddVisitCommand(document, visit))

    document.push(DeleteEnterpriseCommand(document, enterprise.id))
    assert document.is_empty() and stored(workspace).list_visits() == []

    document.undo_stack.undo()
    assert document.enterprise(enterprise.id) == enterprise
    assert document.visits_of(enterprise.id) == visits
    assert stored(workspace).list_visits(enterprise.id) == visits

    document.undo_stack.redo()
    assert document.is_empty() and stored(workspace).list_enterprises() == []


def test_add_edit_delete_visit(document, workspace):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise)
    document.push(AddVisitCommand(document, visit))
    edited = dataclasses.replace(visit, module_code="OSH", inspector="Zhang Wei")
    document.push(EditVisitCommand(document, edited))
    document.push(DeleteVisitCommand(document, visit.id))
    assert document.visits_of(enterprise.id) == []

    document.undo_stack.undo()  # delete
    assert stored(workspace).get_visit(visit.id) == edited
    document.undo_stack.undo()  # edit
    assert document.visit(visit.id) == visit
    assert stored(workspace).get_visit(visit.id) == visit
    document.undo_stack.undo()  # add
    assert stored(workspace).list_visits() == []
    assert document.last_visit_date(enterprise.id) is None

    for _ in range(3):
        document.undo_stack.redo()
    assert document.visits_of(enterprise.id) == [] and stored(workspace).list_visits() == []


def test_a_refused_edit_reports_a_problem_and_stays_off_the_stack(document, workspace, qtbot):
    invalid = make_enterprise(name="")
    with qtbot.waitSignal(document.problem_occurred) as problem:
        assert document.push(AddEnterpriseCommand(document, invalid)) is False
    assert "needs a name" in problem.args[0]
    assert document.undo_stack.count() == 0
    assert stored(workspace).list_enterprises() == []


def test_a_failing_undo_is_reported_and_dropped(document, workspace, qtbot):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    stored(workspace).delete_enterprise(enterprise.id)  # changed behind the document's back
    with qtbot.waitSignal(document.problem_occurred) as problem:
        document.undo_stack.undo()
    assert "No enterprise" in problem.args[0]
    assert document.undo_stack.count() == 0


def test_document_reopened_on_the_same_file_shows_every_edit(document, workspace):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    document.push(AddVisitCommand(document, make_visit(enterprise)))
    reopened = PortfolioDocument(sql_repositories(workspace))
    assert reopened.enterprises() == [enterprise]
    assert len(reopened.visits_of(enterprise.id)) == 1


def test_do_undo_redo_are_one_change_set_each_named_by_the_command(document, workspace):
    """The history says what the user did: the command's text, "Undo: …", "Redo: …"."""
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    document.push(DeleteEnterpriseCommand(document, enterprise.id))
    document.undo_stack.undo()
    document.undo_stack.redo()
    changes = document.history.record_history(enterprise.id)
    actions = [c.action for c in changes]
    name = enterprise.name
    assert actions == [
        f"Add enterprise “{name}”",
        f"Delete enterprise “{name}”",
        f"Undo: Delete enterprise “{name}”",
        f"Redo: Delete enterprise “{name}”",
    ]
    assert [c.operation.value for c in changes] == ["insert", "delete", "restore", "delete"]
    assert len({c.change_set for c in changes}) == 4


def test_a_failing_part_of_a_composite_leaves_nothing_applied(document, workspace):
    from score_desktop.document.commands import CompositeCommand

    enterprise = make_enterprise()
    visit = make_visit(enterprise)
    broken = make_visit(enterprise, module_code="NOT-A-MODULE")
    parts = [
        AddEnterpriseCommand(document, enterprise),
        AddVisitCommand(document, visit),
        AddVisitCommand(document, broken),
    ]
    assert not document.push(CompositeCommand(document, "Add all", parts))
    assert document.enterprises() == [] and stored(workspace).list_enterprises() == []
    assert stored(workspace).list_visits() == []
    assert document.undo_stack.count() == 0
