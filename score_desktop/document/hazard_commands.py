"""Undoable edits of hazards and of an enterprise's risk method."""

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.errors import KnownProblemError
from ..domain.hazard import Hazard, HazardCategory
from .commands import DocumentCommand, MergingCommand, short_name
from .portfolio import PortfolioDocument


def _check(document: PortfolioDocument, hazards: list[Hazard]) -> None:
    """Validate against each hazard's enterprise method before anything is written."""
    for hazard in hazards:
        document.hazards.check([hazard], document.risk_method(hazard.enterprise_id))


class AddHazardsCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, hazards: list[Hazard], text: str = ""):
        default = QCoreApplication.translate("commands", "Add hazard “%s”") % short_name(
            hazards[0].title
        )
        super().__init__(document, text or default)
        self.new = list(hazards)

    def apply(self) -> None:
        _check(self.document, self.new)
        self.document.hazards.insert(self.new)

    def revert(self) -> None:
        self.document.hazards.remove([h.id for h in self.new])


class UpdateHazardsCommand(MergingCommand):
    """Edits, moves of pins and re-scoring; edits with one merge key become one step."""

    ID = 3001

    def __init__(
        self, document: PortfolioDocument, hazards: list[Hazard], text: str, merge_key=None
    ):
        super().__init__(document, text, merge_key)
        self.old = [document.hazards.hazard(h.id) for h in hazards]
        self.new = list(hazards)

    def apply(self) -> None:
        _check(self.document, self.new)
        self.document.hazards.replace(self.new)

    def revert(self) -> None:
        self.document.hazards.replace(self.old)


class RemoveHazardsCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, hazard_ids: list[uuid.UUID]):
        text = QCoreApplication.translate("commands", "Delete hazards (%1)").replace(
            "%1", str(len(hazard_ids))
        )
        super().__init__(document, text)
        self.hazard_ids = list(hazard_ids)
        self._removed: list[Hazard] = []

    def apply(self) -> None:
        self._removed = self.document.hazards.remove(self.hazard_ids)
        self._photos = self.document.photos.unlink("hazard_id", set(self.hazard_ids))

    def revert(self) -> None:
        self.document.hazards.insert(self._removed)
        if self._photos:  # the photos come back to the hazard, not only the hazard
            self.document.photos.replace(self._photos)


class ChangeRiskMethodCommand(DocumentCommand):
    """Switch an enterprise's risk method and carry every hazard's ratings over to it."""

    def __init__(self, document: PortfolioDocument, enterprise_id: uuid.UUID, method_key: str):
        new_method = document.hazards.method(method_key)
        text = QCoreApplication.translate("commands", "Use risk method “%s”") % new_method.name
        super().__init__(document, text)
        self.old_enterprise = document.enterprise(enterprise_id)
        self.new_enterprise = dataclasses.replace(self.old_enterprise, risk_method=new_method.key)
        old_method = document.risk_method(enterprise_id)
        self.old_hazards = document.hazards.hazards_of(enterprise_id)
        self.new_hazards = [
            dataclasses.replace(
                h,
                initial=new_method.carried_ratings(h.initial, old_method),
                residual=new_method.carried_ratings(h.residual, old_method),
            )
            for h in self.old_hazards
        ]

    def apply(self) -> None:
        if self.new_hazards:
            self.document.hazards.replace(self.new_hazards)
        try:
            self.document.replace_enterprise(self.new_enterprise)
        except KnownProblemError:
            if self.old_hazards:
                self.document.hazards.replace(self.old_hazards)
            raise

    def revert(self) -> None:
        if self.old_hazards:
            self.document.hazards.replace(self.old_hazards)
        self.document.replace_enterprise(self.old_enterprise)


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
