"""PlanDocument: the items of one floor plan, kept in step with its database rows."""

import operator
import uuid
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal

from ..domain.floorplan import AREA_KINDS, FloorPlan, PlanItem
from ..domain.plan_read import RestingSymbol
from .items_on_demand import ItemsOnDemand
from .portfolio import PortfolioDocument
from .record_set import RecordSet, RecordStore

if TYPE_CHECKING:
    from ..domain.ports import FloorPlanRepository

_BY_Z = operator.attrgetter("z")


class PlanDocument(RecordSet):
    """One floor plan's items (a RecordSet). The plan record itself is in the portfolio's
    `plan_set`.

    Signals besides RecordSet's:
        plan_changed(FloorPlan): this plan's record changed (scale, grid, background, name).
    """

    plan_changed = Signal(FloorPlan)

    def __init__(self, portfolio: PortfolioDocument, plan_id: uuid.UUID, parent=None):
        super().__init__({}, parent)
        self.portfolio = portfolio
        self.plan_id = plan_id
        self._in_order: list[PlanItem] | None = None  # items() until the next change
        self._areas: list[PlanItem] | None = None  # areas() until the next change
        repository = cast("FloorPlanRepository", portfolio.plan_repository)
        self._repository = repository
        self.load(
            RecordStore(
                lambda: repository.list_items(plan_id),
                repository.add_items,
                repository.update_items,
                lambda removed: repository.delete_items([i.id for i in removed]),
            ),
        )
        portfolio.plan_set.changed.connect(self._on_plans_changed)

    @property
    def plan(self) -> FloorPlan:
        return self.portfolio.plan(self.plan_id)

    @property
    def undo_stack(self):
        return self.portfolio.undo_stack

    def push(self, command) -> bool:
        return self.portfolio.push(command)

    def _first_read(self, store: RecordStore) -> ItemsOnDemand:
        """Nothing is read yet: see ItemsOnDemand."""
        plan_id, repository = self.plan_id, self._repository
        return ItemsOnDemand(
            lambda: repository.read_items(plan_id), lambda: repository.list_areas(plan_id)
        )

    @property
    def _items(self) -> ItemsOnDemand:
        return cast(ItemsOnDemand, self._records)

    def items(self) -> list[PlanItem]:
        """Bottom to top, every safety symbol's record made (see drawn() and areas()).
        Sorted once per change: a site plan has ten thousand."""
        if self._in_order is None:
            self._in_order = sorted(self.all(), key=_BY_Z)
        return list(self._in_order)

    def drawn(self) -> tuple[list[PlanItem], list[RestingSymbol]]:
        """What the scene draws: the records made so far (every item but the resting
        symbols), bottom to top, and the resting symbols, which stay rows."""
        return sorted(self._items.made(), key=_BY_Z), self._items.resting()

    def areas(self) -> list[PlanItem]:
        """The zones, aisles and storage areas, bottom to top: where hazards' zones are
        found. Read alone while nothing else of the plan is needed."""
        if self._areas is None:
            self._areas = self._items.areas()
        return list(self._areas)

    def refresh(self) -> None:
        """A plan not read yet has only its areas to compare: views told of those (the
        register's zones) look again if they changed."""
        if self._items.read_done:
            super().refresh()
            return
        before, self._areas = self._areas, None
        if before is not None and before != self.areas():
            self.portfolio.areas_changed.emit(self.plan_id)

    def item(self, item_id: uuid.UUID) -> PlanItem:
        return self.record(item_id)

    def has_item(self, item_id: uuid.UUID) -> bool:
        return self.has(item_id)

    def top_z(self) -> float:
        return max(self._items.zs(), default=0.0)

    def bottom_z(self) -> float:
        return min(self._items.zs(), default=0.0)

    def _content_changed(self, records: list | None = None) -> None:
        """Zones are found from areas: views that show a hazard's zone must look again."""
        self._in_order = self._areas = None
        # None is the first load, made when a view first asks for the items: no change
        if records is not None and any(item.kind in AREA_KINDS for item in records):
            self.portfolio.areas_changed.emit(self.plan_id)

    def _on_plans_changed(self, plans: list) -> None:
        for plan in plans:
            if plan.id == self.plan_id:
                self.plan_changed.emit(plan)
