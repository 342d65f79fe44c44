import dataclasses

import pytest

from score_desktop.document.commands import AddEnterpriseCommand, DeleteEnterpriseCommand
from score_desktop.document.hazard_commands import (
    AddHazardsCommand,
    ChangeRiskMethodCommand,
    RemoveHazardsCommand,
    UpdateHazardsCommand,
)
from score_desktop.document.plan_commands import AddPlanCommand, DeletePlanCommand
from score_desktop.domain.floorplan import FloorPlan
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import Hazard, HazardStatus
from score_desktop.storage.hazard_repository import SqlHazardRepository
from tests.builders import make_enterprise


@pytest.fixture
def enterprise(document):
    e = make_enterprise()
    document.push(AddEnterpriseCommand(document, e))
    return e


@pytest.fixture
def plan(document, enterprise):
    p = FloorPlan(enterprise_id=enterprise.id, name="Hall")
    document.push(AddPlanCommand(document, p))
    return p


def make(enterprise, plan=None, **fields):
    defaults = dict(
        enterprise_id=enterprise.id,
        title="Noise at the extruder",
        category_code="noise",
        initial=(("likelihood", 4.0), ("severity", 3.0)),
    )
    if plan is not None:
        defaults.update(plan_id=plan.id, position=Point(100, 200))
    return Hazard(**{**defaults, **fields})


def stored(workspace):
    return {h.id: h for h in SqlHazardRepository(workspace).list_hazards()}


def test_add_update_remove_with_undo(document, workspace, enterprise, plan, qtbot):
    hazard = make(enterprise, plan)
    with qtbot.waitSignal(document.hazards.added):
        assert document.push(AddHazardsCommand(document, [hazard]))
    moved = dataclasses.replace(hazard, position=Point(300, 250), status=HazardStatus.IN_PROGRESS)
    document.push(UpdateHazardsCommand(document, [moved], "Move"))
    document.push(RemoveHazardsCommand(document, [hazard.id]))
    assert stored(workspace) == {}
    document.undo_stack.undo()
    assert stored(workspace)[hazard.id] == moved
    document.undo_stack.undo()
    assert stored(workspace)[hazard.id] == hazard and document.hazards.hazard(hazard.id) == hazard
    document.undo_stack.undo()
    assert stored(workspace) == {} and not document.hazards.has(hazard.id)
    for _ in range(3):
        document.undo_stack.redo()
    assert stored(workspace) == {}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": ""}, "needs a title"),
        ({"category_code": "ghost"}, "not a hazard category"),
        ({"initial": (("likelihood", 9.0), ("severity", 1.0))}, "must be one of"),
    ],
)
def test_invalid_hazards_are_refused_and_nothing_is_saved(
    document, workspace, enterprise, qtbot, fields, message
):
    good = make(enterprise)
    bad = make(enterprise, **fields)
    with qtbot.waitSignal(document.problem_occurred) as problem:
        assert not document.push(AddHazardsCommand(document, [good, bad]))
    assert message in problem.args[0]
    assert stored(workspace) == {} and document.undo_stack.count() == 1  # the enterprise only


def test_edits_with_a_merge_key_are_one_step(document, enterprise):
    hazard = make(enterprise)
    document.push(AddHazardsCommand(document, [hazard]))
    count = document.undo_stack.count()
    for title in ("N", "No", "Noise"):
        document.push(
            UpdateHazardsCommand(
                document,
                [dataclasses.replace(hazard, title=title)],
                "Edit",
                merge_key=(hazard.id, "title"),
            )
        )
    assert document.undo_stack.count() == count + 1


def test_changing_method_re_evaluates_and_undoes(document, workspace, enterprise):
    hazard = make(enterprise, residual=(("likelihood", 2.0), ("severity", 3.0)))
    document.push(AddHazardsCommand(document, [hazard]))
    document.push(ChangeRiskMethodCommand(document, enterprise.id, "oira_kinney"))
    changed = stored(workspace)[hazard.id]
    assert dict(changed.initial) == {"probability": 5.0, "frequency": 4.0, "severity": 5.0}
    assert document.risk_method(enterprise.id).key == "oira_kinney"
    assert changed.initial_assessment(document.risk_method(enterprise.id)).band.key == "high"
    document.undo_stack.undo()
    assert stored(workspace)[hazard.id] == hazard
    assert document.risk_method(enterprise.id).key == "5x5"


def test_deleting_a_plan_unpins_and_undo_pins_again(document, workspace, enterprise, plan):
    hazard = make(enterprise, plan)
    document.push(AddHazardsCommand(document, [hazard]))
    document.push(DeletePlanCommand(document, plan.id))
    assert not stored(workspace)[hazard.id].is_pinned
    assert not document.hazards.hazard(hazard.id).is_pinned
    document.undo_stack.undo()
    assert stored(workspace)[hazard.id] == hazard
    assert document.hazards.hazard(hazard.id) == hazard


def test_deleting_the_enterprise_takes_and_restores_hazards(document, workspace, enterprise, plan):
    hazard = make(enterprise, plan)
    document.push(AddHazardsCommand(document, [hazard]))
    document.push(DeleteEnterpriseCommand(document, enterprise.id))
    assert stored(workspace) == {}
    document.undo_stack.undo()
    assert stored(workspace)[hazard.id] == hazard


def test_listings_follow_every_change_and_are_each_callers_own(document, enterprise, plan):
    register = document.hazards
    pinned, loose = make(enterprise, plan), make(enterprise, title="Dust")
    assert register.hazards_of(enterprise.id) == []  # listed (and kept) before any change
    document.push(AddHazardsCommand(document, [pinned, loose]))
    assert {h.id for h in register.hazards_of(enterprise.id)} == {pinned.id, loose.id}
    assert [h.id for h in register.hazards_on(plan.id)] == [pinned.id]
    mine = register.hazards_of(enterprise.id)
    mine.clear()  # a caller's own list
    assert len(register.hazards_of(enterprise.id)) == 2
    renamed = dataclasses.replace(loose, title="Cotton dust")
    document.push(UpdateHazardsCommand(document, [renamed], "Rename"))
    assert "Cotton dust" in {h.title for h in register.hazards_of(enterprise.id)}
    document.push(RemoveHazardsCommand(document, [loose.id]))
    assert [h.id for h in register.hazards_of(enterprise.id)] == [pinned.id]
    document.push(DeletePlanCommand(document, plan.id))  # unpins its hazards
    assert register.hazards_on(plan.id) == []
    assert register.hazards_of(enterprise.id)[0].plan_id is None
    document.undo_stack.undo()
    assert [h.id for h in register.hazards_on(plan.id)] == [pinned.id]
