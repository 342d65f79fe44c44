"""Undoable edits of floor plans and their items.

Commands keep the plan's id and find its PlanDocument through the portfolio, so they still
undo correctly after the editor tab was closed.
"""

import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.floorplan import FloorPlan, PlanItem
from .commands import DocumentCommand, MergingCommand, short_name
from .portfolio import PortfolioDocument, RemovedPlan


class AddPlanCommand(DocumentCommand):
    """Adds a plan; with items it duplicates or restores one."""

    def __init__(self, document: PortfolioDocument, plan: FloorPlan, items=(), text: str = ""):
        label = text or QCoreApplication.translate("commands", "Add floor plan “%s”")
        super().__init__(document, label % short_name(plan.name))
        self.plan, self.items = plan, list(items)

    def apply(self) -> None:
        self.document.insert_plan(self.plan, self.items)

    def revert(self) -> None:
        self.document.remove_plan(self.plan.id)


class DeletePlanCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, plan_id: uuid.UUID):
        name = document.plan(plan_id).name
        text = QCoreApplication.translate("commands", "Delete floor plan “%s”")
        super().__init__(document, text % short_name(name))
        self.plan_id = plan_id
        self._removed: RemovedPlan | None = None

    def apply(self) -> None:
        self._removed = self.document.remove_plan(self.plan_id)

    def revert(self) -> None:
        assert self._removed is not None
        self.document.restore_plan(self._removed)


class EditPlanCommand(MergingCommand):
    """Changes a plan record (name, scale, grid, background). Edits with one merge key merge."""

    ID = 2001

    def __init__(self, document: PortfolioDocument, new: FloorPlan, text: str, merge_key=None):
        super().__init__(document, text, merge_key)
        self.old, self.new = document.plan(new.id), new

    def apply(self) -> None:
        self.document.replace_plan(self.new)

    def revert(self) -> None:
        self.document.replace_plan(self.old)


class PlanItemsCommand(DocumentCommand):
    """Base for item commands: finds the plan document by id."""

    def __init__(self, document: PortfolioDocument, plan_id: uuid.UUID, text: str):
        super().__init__(document, text)
        self.plan_id = plan_id

    @property
    def plan(self):
        return self.document.plan_document(self.plan_id)


class AddPlanItemsCommand(PlanItemsCommand):
    def __init__(self, document: PortfolioDocument, items: list[PlanItem], text: str = ""):
        default = QCoreApplication.translate("commands", "Add items (%1)").replace(
            "%1", str(len(items))
        )
        super().__init__(document, items[0].plan_id, text or default)
        self.items = list(items)

    def apply(self) -> None:
        self.plan.insert_items(self.items)

    def revert(self) -> None:
        self.plan.remove_items([i.id for i in self.items])


class RemovePlanItemsCommand(PlanItemsCommand):
    def __init__(self, document: PortfolioDocument, plan_id: uuid.UUID, item_ids: list[uuid.UUID]):
        text = QCoreApplication.translate("commands", "Delete items (%1)").replace(
            "%1", str(len(item_ids))
        )
        super().__init__(document, plan_id, text)
        self.item_ids = list(item_ids)
        self._removed: list[PlanItem] = []

    def apply(self) -> None:
        self._removed = self.plan.remove_items(self.item_ids)

    def revert(self) -> None:
        self.plan.insert_items(self._removed)


class UpdatePlanItemsCommand(MergingCommand):
    """Replaces items by new values: moves, resizes, rotations, property edits, z-order.

    Property edits pass a merge key (item id and field) so typing in a field is one step.
    """

    ID = 2002

    def __init__(
        self, document: PortfolioDocument, new_items: list[PlanItem], text: str, merge_key=None
    ):
        super().__init__(document, text, merge_key)
        self.plan_id = new_items[0].plan_id
        self.old = [self.plan.item(i.id) for i in new_items]
        self.new = list(new_items)

    @property
    def plan(self):
        return self.document.plan_document(self.plan_id)

    def apply(self) -> None:
        self.plan.replace_items(self.new)

    def revert(self) -> None:
        self.plan.replace_items(self.old)
