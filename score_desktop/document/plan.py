"""PlanDocument: the items of one floor plan, kept in step with its database rows."""

import operator
import uuid
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal

from ..domain.floorplan import AREA_KINDS, FloorPlan, PlanItem
from .portfolio import PortfolioDocument

if TYPE_CHECKING:
    from ..domain.ports import FloorPlanRepository

_BY_Z = operator.attrgetter("z")


class PlanDocument(QObject):
    """One floor plan's items. The plan record itself lives in the PortfolioDocument.

    Mutators write through the plan repository first and emit only after the write succeeded;
    they are for commands (plan_commands.py), never for views.

    Signals:
        items_added(list): PlanItems now on the plan.
        items_changed(list): the new values of changed PlanItems.
        items_removed(list): ids of removed items.
        plan_changed(FloorPlan): this plan's record changed (scale, grid, background, name).
        reloaded(): everything was reloaded from the database (the plan was restored).
    """

    items_added = Signal(list)
    items_changed = Signal(list)
    items_removed = Signal(list)
    plan_changed = Signal(FloorPlan)
    reloaded = Signal()

    def __init__(self, portfolio: PortfolioDocument, plan_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.portfolio = portfolio
        self.plan_id = plan_id
        self._items = {
            i.id: i
            for i in cast("FloorPlanRepository", portfolio.plan_repository).list_items(plan_id)
        }
        self._in_order: list[PlanItem] | None = None  # items() until the next change
        portfolio.plan_changed.connect(self._on_portfolio_plan_changed)

    @property
    def plan(self) -> FloorPlan:
        return self.portfolio.plan(self.plan_id)

    @property
    def undo_stack(self):
        return self.portfolio.undo_stack

    def push(self, command) -> bool:
        return self.portfolio.push(command)

    def items(self) -> list[PlanItem]:
        """Bottom to top. Sorted once per change: the scene, the register's zone list and
        every zone lookup ask for them, and a site plan has ten thousand."""
        if self._in_order is None:
            self._in_order = sorted(self._items.values(), key=_BY_Z)
        return list(self._in_order)

    def item(self, item_id: uuid.UUID) -> PlanItem:
        return self._items[item_id]

    def has_item(self, item_id: uuid.UUID) -> bool:
        return item_id in self._items

    def top_z(self) -> float:
        return max((i.z for i in self._items.values()), default=0.0)

    def bottom_z(self) -> float:
        return min((i.z for i in self._items.values()), default=0.0)

    def reload(self) -> None:
        self._items = {
            i.id: i
            for i in cast("FloorPlanRepository", self.portfolio.plan_repository).list_items(
                self.plan_id
            )
        }
        self._in_order = None
        self.reloaded.emit()
        self.portfolio.areas_changed.emit(self.plan_id)

    # Mutators for commands -----------------------------------------------------------------

    def insert_items(self, items: list[PlanItem]) -> None:
        cast("FloorPlanRepository", self.portfolio.plan_repository).add_items(items)
        self._items.update((i.id, i) for i in items)
        self._in_order = None
        self.items_added.emit(items)
        self._tell_areas(items)

    def replace_items(self, items: list[PlanItem]) -> None:
        cast("FloorPlanRepository", self.portfolio.plan_repository).update_items(items)
        old = [self._items[i.id] for i in items if i.id in self._items]
        self._items.update((i.id, i) for i in items)
        self._in_order = None
        self.items_changed.emit(items)
        self._tell_areas([*old, *items])

    def remove_items(self, item_ids: list[uuid.UUID]) -> list[PlanItem]:
        removed = [self._items[i] for i in item_ids]
        cast("FloorPlanRepository", self.portfolio.plan_repository).delete_items(item_ids)
        for item_id in item_ids:
            del self._items[item_id]
        self._in_order = None
        self.items_removed.emit(list(item_ids))
        self._tell_areas(removed)
        return removed

    def _tell_areas(self, items: list[PlanItem]) -> None:
        """Zones are found from areas: views that show a hazard's zone must look again."""
        if any(item.kind in AREA_KINDS for item in items):
            self.portfolio.areas_changed.emit(self.plan_id)

    def _on_portfolio_plan_changed(self, plan: FloorPlan) -> None:
        if plan.id == self.plan_id:
            self.plan_changed.emit(plan)
