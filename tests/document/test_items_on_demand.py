"""A plan opened in the document keeps its safety symbols as rows until something asks for
one: every way of asking sees the record a full read makes, and edits, deletes, undo and a
refresh behave as for any record."""

import dataclasses

import pytest

from score_desktop.document.plan_commands import RemovePlanItemsCommand, UpdatePlanItemsCommand
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.domain.floorplan import SYMBOL_KINDS, FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.domain.hazard import Hazard
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise


@pytest.fixture
def stored_plan(workspace, repository):
    """A plan written to the workspace before any document looked at it; z ties between
    shapes and symbols, so the order of equal z is checked too."""
    enterprise = make_enterprise()
    repository.add_enterprise(enterprise)
    plan = FloorPlan(enterprise_id=enterprise.id, name="Sewing hall")
    items = [
        PlanItem(plan.id, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(900, 600)), label="Hall"),
        PlanItem(plan.id, PlanItemKind.FIRE_EXTINGUISHER, (Point(10, 20),), label="FE 1", z=1),
        PlanItem(plan.id, PlanItemKind.WALL, (Point(0, 0), Point(900, 0)), z=1),
        PlanItem(plan.id, PlanItemKind.FIRST_AID, (Point(30, 40),), fill="#00AA00", z=1),
        PlanItem(plan.id, PlanItemKind.EYEWASH, (Point(50, 60),), z=-4),
        PlanItem(plan.id, PlanItemKind.LABEL, (Point(5, 5),), label="North", z=7),
        PlanItem(plan.id, PlanItemKind.EYEWASH, (Point(70, 80),), z=9),
    ]
    SqlFloorPlanRepository(workspace).add_plan(plan, items)
    return plan


@pytest.fixture
def opened(qapp, workspace, stored_plan):
    document = PortfolioDocument(sql_repositories(workspace))
    yield document.plan_document(stored_plan.id)
    document.undo_stack.clear()
    document.deleteLater()


def full_read(workspace, plan) -> list[PlanItem]:
    return SqlFloorPlanRepository(workspace).list_items(plan.id)


def resting_ids(plan_document) -> set:
    return {symbol.id for symbol in plan_document.drawn()[1]}


def test_symbols_rest_as_rows_that_draw_as_their_records(workspace, stored_plan, opened):
    read = full_read(workspace, stored_plan)
    made, resting = opened.drawn()
    symbols = [i for i in read if i.kind in SYMBOL_KINDS]
    assert [s.id for s in resting] == [s.id for s in symbols]  # in the stored order
    assert [(s.kind, s.x, s.y, s.z) for s in resting] == [
        (s.kind, *s.points[0], s.z) for s in symbols
    ]
    assert made == [i for i in read if i.kind not in SYMBOL_KINDS]  # bottom to top
    assert len(opened) == len(read)
    assert opened.top_z() == 9 and opened.bottom_z() == -4  # both held by resting symbols
    assert [a.label for a in opened.areas()] == ["Hall"]
    assert len(resting_ids(opened)) == 4  # the areas and the z range made no record


def test_asking_for_a_symbol_makes_the_record_a_full_read_makes(workspace, stored_plan, opened):
    read = {i.id: i for i in full_read(workspace, stored_plan)}
    first_aid = next(i for i in read.values() if i.kind is PlanItemKind.FIRST_AID)
    assert opened.has_item(first_aid.id)
    assert first_aid.id in resting_ids(opened)  # `has` makes nothing
    assert opened.item(first_aid.id) == first_aid
    assert first_aid.id not in resting_ids(opened)
    assert first_aid in opened.drawn()[0]
    assert opened.items() == list(read.values())  # every record, in the stored order
    assert resting_ids(opened) == set()


def test_a_resting_symbol_is_edited_undone_and_logged_as_any_record(workspace, stored_plan, opened):
    portfolio = opened.portfolio
    extinguisher = next(i for i in full_read(workspace, stored_plan) if i.label == "FE 1")
    moved = dataclasses.replace(extinguisher, points=(Point(400, 300),))
    portfolio.push(UpdatePlanItemsCommand(portfolio, [moved], "Move"))
    assert opened.item(extinguisher.id) == moved
    assert moved in full_read(workspace, stored_plan)
    (change,) = portfolio.history.record_history(extinguisher.id)[-1:]
    points = change.field("points")
    assert points is not None
    assert points.before == [[10.0, 20.0]] and points.after == [[400.0, 300.0]]
    portfolio.undo_stack.undo()
    assert opened.item(extinguisher.id) == extinguisher
    assert extinguisher in full_read(workspace, stored_plan)


def test_a_resting_symbol_is_deleted_and_restored_by_undo(workspace, stored_plan, opened, qtbot):
    portfolio = opened.portfolio
    eyewash = next(s for s in opened.drawn()[1] if s.z == 9)
    with qtbot.waitSignal(opened.removed) as removed:
        portfolio.push(RemovePlanItemsCommand(portfolio, stored_plan.id, [eyewash.id]))
    (record,) = removed.args[0]
    assert (record.id, record.points) == (eyewash.id, (Point(70, 80),))
    assert not opened.has_item(eyewash.id)
    assert eyewash.id not in {i.id for i in full_read(workspace, stored_plan)}
    portfolio.undo_stack.undo()
    assert opened.item(eyewash.id) == record
    assert record in full_read(workspace, stored_plan)


def test_a_refresh_tells_of_a_resting_symbol_changed_behind_the_document(
    workspace, stored_plan, opened, qtbot
):
    """A restore or a sync writes past the document, then refreshes it: a symbol still
    resting is compared as it was read, not as it is stored now."""
    first_aid = next(s for s in opened.drawn()[1] if s.kind is PlanItemKind.FIRST_AID)
    stored = SqlFloorPlanRepository(workspace)
    record = next(i for i in stored.list_items(stored_plan.id) if i.id == first_aid.id)
    moved = dataclasses.replace(record, points=(Point(500, 500),))
    stored.update_items([moved])
    with qtbot.waitSignal(opened.changed) as changed:
        opened.refresh()
    assert changed.args[0] == [moved]
    assert opened.item(first_aid.id) == moved


@pytest.fixture
def counted(qapp, workspace, stored_plan, monkeypatch):
    """A document over a repository that counts the whole-plan reads."""
    repositories = sql_repositories(workspace)
    reads: list = []
    read_items = repositories.plans.read_items

    def counting(plan_id):
        reads.append(plan_id)
        return read_items(plan_id)

    monkeypatch.setattr(repositories.plans, "read_items", counting)
    document = PortfolioDocument(repositories)
    yield document, reads
    document.undo_stack.clear()
    document.deleteLater()


def test_the_areas_and_hazard_zones_are_read_without_the_whole_plan(stored_plan, counted):
    document, reads = counted
    plan_document = document.plan_document(stored_plan.id)
    assert [a.label for a in plan_document.areas()] == ["Hall"]
    pinned = Hazard(
        stored_plan.enterprise_id,
        "Needle",
        "mechanical",
        plan_id=stored_plan.id,
        position=Point(100, 100),
    )
    assert document.zone_name(pinned) == "Hall"
    assert document.zone_at(stored_plan.id, Point(2000, 2000)) is None
    assert reads == []
    records, resting = plan_document.drawn()  # the editor draws the plan: read whole now
    assert reads == [stored_plan.id] and len(records) + len(resting) == 7
    assert [a.label for a in plan_document.areas()] == ["Hall"]
    assert reads == [stored_plan.id]


def test_a_plan_read_in_part_tells_of_areas_changed_behind_it(
    workspace, stored_plan, counted, qtbot
):
    document, reads = counted
    plan_document = document.plan_document(stored_plan.id)
    (hall,) = plan_document.areas()
    SqlFloorPlanRepository(workspace).update_items([dataclasses.replace(hall, label="Cutting")])
    with qtbot.waitSignal(document.areas_changed) as told:
        document.read_again()
    assert told.args == [stored_plan.id]
    assert [a.label for a in plan_document.areas()] == ["Cutting"]
    with qtbot.assertNotEmitted(document.areas_changed):
        document.read_again()  # nothing changed since
    assert reads == []


def test_an_edit_of_an_area_read_alone_reads_the_plan_and_undoes(workspace, stored_plan, counted):
    document, reads = counted
    plan_document = document.plan_document(stored_plan.id)
    (hall,) = plan_document.areas()
    renamed = dataclasses.replace(hall, label="Cutting")
    document.push(UpdatePlanItemsCommand(document, [renamed], "Rename"))
    assert reads == [stored_plan.id]
    assert [a.label for a in plan_document.areas()] == ["Cutting"]
    assert renamed in full_read(workspace, stored_plan)
    document.undo_stack.undo()
    assert [a.label for a in plan_document.areas()] == ["Hall"]
    assert plan_document.items() == full_read(workspace, stored_plan)
