"""Undoable edits of hazards and of an enterprise's risk method."""

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.hazard import Hazard, HazardCategory
from .commands import (
    CompositeCommand,
    DocumentCommand,
    ReplaceRecordsCommand,
    short_name,
    unlink_photos_command,
)
from .portfolio import PortfolioDocument


def _checker(document: PortfolioDocument):
    """Validate against each hazard's enterprise method before anything is written."""

    def check(hazards: list[Hazard]) -> None:
        for hazard in hazards:
            document.hazards.check([hazard], document.risk_method(hazard.enterprise_id))

    return check


class AddHazardsCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, hazards: list[Hazard], text: str = ""):
        default = QCoreApplication.translate("commands", "Add hazard “%s”") % short_name(
            hazards[0].title
        )
        super().__init__(
            document, document.hazards, [], hazards, text or default, check=_checker(document)
        )


class UpdateHazardsCommand(ReplaceRecordsCommand):
    """Edits, moves of pins and re-scoring; edits with one merge key become one step."""

    ID = 3001

    def __init__(
        self, document: PortfolioDocument, hazards: list[Hazard], text: str, merge_key=None
    ):
        before = [document.hazards.hazard(h.id) for h in hazards]
        super().__init__(
            document, document.hazards, before, hazards, text, merge_key, _checker(document)
        )


class RemoveHazardsCommand(CompositeCommand):
    """Unlinks the hazards' photos, then deletes the hazards; undo relinks them after."""

    def __init__(self, document: PortfolioDocument, hazard_ids: list[uuid.UUID]):
        text = QCoreApplication.translate("commands", "Delete hazards (%1)").replace(
            "%1", str(len(hazard_ids))
        )
        hazards = [document.hazards.hazard(i) for i in hazard_ids]
        super().__init__(
            document,
            text,
            [
                unlink_photos_command(document, "hazard_id", set(hazard_ids), text),
                ReplaceRecordsCommand(document, document.hazards, hazards, [], text),
            ],
        )


class ChangeRiskMethodCommand(CompositeCommand):
    """Switch an enterprise's risk method and carry every hazard's ratings over to it."""

    def __init__(self, document: PortfolioDocument, enterprise_id: uuid.UUID, method_key: str):
        new_method = document.hazards.method(method_key)
        text = QCoreApplication.translate("commands", "Use risk method “%s”") % new_method.name
        old_enterprise = document.enterprise(enterprise_id)
        new_enterprise = dataclasses.replace(old_enterprise, risk_method=new_method.key)
        old_method = document.risk_method(enterprise_id)
        old_hazards = document.hazards.hazards_of(enterprise_id)
        new_hazards = [
            dataclasses.replace(
                h,
                initial=new_method.carried_ratings(h.initial, old_method),
                residual=new_method.carried_ratings(h.residual, old_method),
            )
            for h in old_hazards
        ]
        super().__init__(
            document,
            text,
            [
                ReplaceRecordsCommand(document, document.hazards, old_hazards, new_hazards, text),
                ReplaceRecordsCommand(
                    document, document.enterprise_set, [old_enterprise], [new_enterprise], text
                ),
            ],
        )


class EditCategoriesCommand(DocumentCommand):
    """Rename, recolour or add hazard categories (all in one step)."""

    def __init__(self, document: PortfolioDocument, categories: list[HazardCategory]):
        super().__init__(document, QCoreApplication.translate("commands", "Edit hazard categories"))
        self.old = document.hazards.categories()
        self.new = list(categories)

    def apply(self) -> None:
        self.document.hazards.replace_categories(self.new)

    def revert(self) -> None:
        self.document.hazards.replace_categories(self.old)
