"""Helpers of the checklist GUI tests."""

from score_desktop.document.plan_commands import AddPlanCommand, AddPlanItemsCommand
from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.gui.checklists.walkthrough_window import WalkthroughWindow


def cutting_zone(document, enterprise_id) -> PlanItem:
    """A plan "Workshop" of the enterprise with one zone, "Cutting" (4 × 3 m)."""
    plan = FloorPlan(enterprise_id=enterprise_id, name="Workshop")
    document.push(AddPlanCommand(document, plan))
    zone = PlanItem(
        plan.id, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(400, 300)), label="Cutting"
    )
    document.push(AddPlanItemsCommand(document, [zone]))
    return zone


def shown_walkthrough(qtbot, document, walkthrough_id) -> WalkthroughWindow:
    """A walk-through's window, shown, its table holding the keyboard."""
    window = WalkthroughWindow(document, walkthrough_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    return window
