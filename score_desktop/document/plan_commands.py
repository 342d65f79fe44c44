"""Undoable edits of floor plans and their items.

Commands keep the plan's id and find its PlanDocument through the portfolio, so they still
undo correctly after the editor tab was closed.
"""

import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.floorplan import FloorPlan, PlanItem
from .commands import (
    CompositeCommand,
    DocumentCommand,
    ReplaceRecordsCommand,
    delete_plan_parts,
    short_name,
)
from .portfolio import PortfolioDocument


class AddPlanCommand(CompositeCommand):
    """Adds a plan; with items it duplicates or restores one."""

    def __init__(self, document: PortfolioDocument, plan: FloorPlan, items=(), text: str = ""):
        label = text or QCoreApplication.translate("commands", "Add floor plan “%s”")
        label = label % short_name(plan.name)
        parts: list[DocumentCommand] = [
            ReplaceRecordsCommand(document, document.plan_set, [], [plan], label)
        ]
        if items:
            parts.append(
                ReplaceRecordsCommand(
                    document, lambda: document.plan_document(plan.id), [], list(items), label
                )
            )
        super().__init__(document, label, parts)
        self.plan, self.items = plan, list(items)


class DeletePlanCommand(CompositeCommand):
    def __init__(self, document: PortfolioDocument, plan_id: uuid.UUID):
        name = document.plan(plan_id).name
        text = QCoreApplication.translate("commands", "Delete floor plan “%s”")
        text = text % short_name(name)
        super().__init__(document, text, delete_plan_parts(document, plan_id, text))
        self.plan_id = plan_id


class EditPlanCommand(ReplaceRecordsCommand):
    """Changes a plan record (name, scale, grid, background). Edits with one merge key merge."""

    ID = 2001

    def __init__(self, document: PortfolioDocument, new: FloorPlan, text: str, merge_key=None):
        super().__init__(
            document, document.plan_set, [document.plan(new.id)], [new], text, merge_key
        )


def _items_of(document: PortfolioDocument, plan_id: uuid.UUID):
    return lambda: document.plan_document(plan_id)


class AddPlanItemsCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, items: list[PlanItem], text: str = ""):
        default = QCoreApplication.translate("commands", "Add items (%1)").replace(
            "%1", str(len(items))
        )
        plan_id = items[0].plan_id
        super().__init__(document, _items_of(document, plan_id), [], items, text or default)
        self.plan_id, self.items = plan_id, list(items)


class RemovePlanItemsCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, plan_id: uuid.UUID, item_ids: list[uuid.UUID]):
        text = QCoreApplication.translate("commands", "Delete items (%1)").replace(
            "%1", str(len(item_ids))
        )
        before = [document.plan_document(plan_id).item(i) for i in item_ids]
        super().__init__(document, _items_of(document, plan_id), before, [], text)
        self.plan_id, self.item_ids = plan_id, list(item_ids)


class UpdatePlanItemsCommand(ReplaceRecordsCommand):
    """Replaces items by new values: moves, resizes, rotations, property edits, z-order.

    Property edits pass a merge key (item id and field) so typing in a field is one step.
    """

    ID = 2002

    def __init__(
        self, document: PortfolioDocument, new_items: list[PlanItem], text: str, merge_key=None
    ):
        plan_id = new_items[0].plan_id
        before = [document.plan_document(plan_id).item(i.id) for i in new_items]
        super().__init__(document, _items_of(document, plan_id), before, new_items, text, merge_key)
        self.plan_id = plan_id
