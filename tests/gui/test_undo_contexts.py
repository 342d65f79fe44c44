"""Undo acts on what the user is looking at: the workspace, each plan and each EIT & EIP tab
keep their own undo steps, and the Edit menu names the step it would take back."""

from PySide6.QtGui import QKeySequence

from score_desktop.document.plan_commands import AddPlanItemsCommand
from score_desktop.domain.floorplan import PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.gui.actions import ActionId
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.indicators.test_indicators_gui import JULY, column_of, row_of, stored


def edit_indicator(window) -> None:
    window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    page = window.improvement_tabs.pages[DEMO_ENTERPRISE_ID]
    page.setCurrentWidget(page.indicators)
    model = page.indicators.model
    index = model.index(row_of(model, JULY), column_of(model, "absenteeism", "days_lost"))
    assert model.setData(index, "30")


def test_undo_on_a_plan_never_takes_back_an_indicator_edit_on_a_hidden_tab(demo_window, workspace):
    edit_indicator(demo_window)
    edited = stored(workspace, "absenteeism", JULY)
    assert demo_window.undo_action.isEnabled()
    demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)  # the EIT tab is now hidden
    assert not demo_window.undo_action.isEnabled()  # nothing done on this plan yet
    assert QKeySequence("Ctrl+Z") in demo_window.undo_action.shortcuts()
    demo_window.undo_action.trigger()
    assert stored(workspace, "absenteeism", JULY) == edited
    demo_window.improvement_tabs.open(DEMO_ENTERPRISE_ID)  # back in front: its step is there
    assert demo_window.undo_action.isEnabled()
    demo_window.undo_action.trigger()
    assert stored(workspace, "absenteeism", JULY) != edited


def test_each_plan_undoes_its_own_steps_and_the_menu_names_them(demo_window, workspace):
    document = demo_window.document
    demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    item = PlanItem(DEMO_PLAN_ID, PlanItemKind.EYEWASH, (Point(100, 100),))
    document.push(AddPlanItemsCommand(document, [item]))
    text = demo_window.undo_action.text()
    assert text.startswith("&Undo ") and text != "&Undo"  # the step is named
    demo_window.tabs.setCurrentIndex(0)  # the portfolio: the plan's step is not its own
    assert demo_window.undo_action.text() == "&Undo"
    demo_window.undo_action.trigger()
    ids = {i.id for i in SqlFloorPlanRepository(workspace).list_items(DEMO_PLAN_ID)}
    assert item.id in ids
    demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    assert demo_window.undo_action.text() == text
    demo_window.undo_action.trigger()
    ids = {i.id for i in SqlFloorPlanRepository(workspace).list_items(DEMO_PLAN_ID)}
    assert item.id not in ids


def test_the_windows_own_edits_go_to_the_workspace_whatever_tab_is_in_front(demo_window, workspace):
    """Duplicating a plan from the Edit menu while the plan is in front is an edit of the
    portfolio's plan list: undone from the portfolio, not from the plan."""
    demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    demo_window.actions[ActionId.DUPLICATE_PLAN].trigger()
    assert len(SqlFloorPlanRepository(workspace).list_plans(DEMO_ENTERPRISE_ID)) == 2
    assert not demo_window.undo_action.isEnabled()
    demo_window.tabs.setCurrentIndex(0)
    demo_window.undo_action.trigger()
    assert len(SqlFloorPlanRepository(workspace).list_plans(DEMO_ENTERPRISE_ID)) == 1


def test_every_contexts_edits_count_for_the_next_backup(demo_window):
    demo_window.care.edited = False
    edit_indicator(demo_window)
    assert demo_window.care.edited
