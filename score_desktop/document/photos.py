"""PhotoLibrary: the workspace's photo records, kept in step with the database."""

import dataclasses
import uuid

from PySide6.QtCore import QObject

from ..domain.photo import KEEP_ORIGINAL_MAX_PIXELS, Photo
from ..domain.ports import PhotoRepository
from .record_set import RecordSet, RecordStore, by_attribute


def _pin_plan(photo: Photo) -> uuid.UUID | None:
    return photo.pin.plan_id if photo.pin is not None else None


class PhotoLibrary(RecordSet):
    """Photo records (the bytes stay in storage, fetched by hash when shown), grouped by
    enterprise, hazard, visit and the plan they are pinned on."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            {
                "enterprise": by_attribute("enterprise_id"),
                "hazard_id": by_attribute("hazard_id"),
                "visit_id": by_attribute("visit_id"),
                "plan": _pin_plan,
            },
            parent,
            by_enterprise=True,
        )
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: PhotoRepository | None = None
        # the size policy (a preference): photos above this many pixels are downscaled
        self.keep_max_pixels = KEEP_ORIGINAL_MAX_PIXELS

    def attach(self, repository: PhotoRepository) -> None:
        self.repository = repository
        self.load(
            RecordStore(
                repository.list_photos,
                repository.add_photos,
                repository.update_photos,
                lambda removed: repository.delete_photos([p.id for p in removed]),
                read_scope=repository.list_photos,
            ),
        )

    def photos_of(self, enterprise_id: uuid.UUID) -> list[Photo]:
        return self.group("enterprise", enterprise_id)

    def photos_of_hazard(self, hazard_id: uuid.UUID) -> list[Photo]:
        return self.group("hazard_id", hazard_id)

    def photos_on_plan(self, plan_id: uuid.UUID) -> list[Photo]:
        return self.group("plan", plan_id)

    def photo(self, photo_id: uuid.UUID) -> Photo:
        return self.record(photo_id)

    # Mutators for commands -----------------------------------------------------------------

    def unlink(self, field: str, ids: set[uuid.UUID]) -> list[Photo]:
        """The database cleared these links when their hazard or visit was deleted (ON DELETE
        SET NULL): mirror that. Returns the photos as they were, for undo to relink."""
        linked = [photo for key in ids for photo in self.group(field, key)]
        # `field` names a link (hazard_id, visit_id): mypy checks None against every field
        self.mirror([dataclasses.replace(p, **{field: None}) for p in linked])  # type: ignore[arg-type]
        return linked
