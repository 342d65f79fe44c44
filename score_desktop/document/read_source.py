"""The open document as a RecordSource of the read model (domain/read_model.py): the window's
reports are made by the same rules as the command line's, from the records in memory."""

import uuid
from typing import Any, cast

from ..domain.ports import FloorPlanRepository, PhotoRepository
from .portfolio import PortfolioDocument


class DocumentRecords:
    def __init__(self, document: PortfolioDocument):
        self.document = document

    def enterprise(self, enterprise_id: uuid.UUID):
        return self.document.enterprise(enterprise_id)

    def risk_profiles(self):
        return self.document.hazards.profiles()

    def categories(self):
        return self.document.hazards.categories()

    def hazards_of(self, enterprise_id: uuid.UUID):
        return self.document.hazards.hazards_of(enterprise_id)

    def records_of(self, cls: type, enterprise_id: uuid.UUID) -> list[Any]:
        return self.document.improvement.of(cls, enterprise_id)

    def plans_of(self, enterprise_id: uuid.UUID):
        return self.document.plans_of(enterprise_id)

    def items_of(self, plan_id: uuid.UUID):
        return self.document.plan_document(plan_id).items()

    def photos_of(self, enterprise_id: uuid.UUID):
        return self.document.photos.photos_of(enterprise_id)

    def entries_of(self, enterprise_id: uuid.UUID):
        return self.document.indicators.entries_of(enterprise_id)

    def custom_catalogue(self):
        return self.document.indicators.custom_catalogue()

    def load_image(self, image_id: uuid.UUID) -> bytes:
        return cast(FloorPlanRepository, self.document.plan_repository).load_image(image_id)

    def load_blob(self, sha256: str) -> bytes:
        return cast(PhotoRepository, self.document.photos.repository).load_blob(sha256)

    def visits_of(self, enterprise_id: uuid.UUID):
        return self.document.visits_of(enterprise_id)

    def checklist_records_of(self, enterprise_id: uuid.UUID) -> list[Any]:
        return list(self.document.checklists.group("enterprise", enterprise_id))

    def checklist_templates(self):
        return self.document.checklists.stored_templates()
