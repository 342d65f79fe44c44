"""PhotoLibrary: the workspace's photo records, kept in step with the database."""

import dataclasses
import uuid
from typing import cast

from PySide6.QtCore import QObject, Signal

from ..domain.photo import KEEP_ORIGINAL_MAX_PIXELS, Photo
from ..domain.ports import PhotoRepository


class PhotoLibrary(QObject):
    """Photo records (the bytes stay in storage, fetched by hash when shown).

    Signals:
        photos_added(list), photos_changed(list), photos_removed(list): Photos.
        reset(): everything was reloaded.
    """

    photos_added = Signal(list)
    photos_changed = Signal(list)
    photos_removed = Signal(list)
    reset = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: PhotoRepository | None = None
        # the size policy (a preference): photos above this many pixels are downscaled
        self.keep_max_pixels = KEEP_ORIGINAL_MAX_PIXELS
        self._photos: dict[uuid.UUID, Photo] = {}

    def attach(self, repository: PhotoRepository) -> None:
        self._photos = {p.id: p for p in repository.list_photos()}
        self.repository = repository
        self.reset.emit()

    def photos_of(self, enterprise_id: uuid.UUID) -> list[Photo]:
        return [p for p in self._photos.values() if p.enterprise_id == enterprise_id]

    def photos_of_hazard(self, hazard_id: uuid.UUID) -> list[Photo]:
        return [p for p in self._photos.values() if p.hazard_id == hazard_id]

    def photos_on_plan(self, plan_id: uuid.UUID) -> list[Photo]:
        return [p for p in self._photos.values() if p.pin is not None and p.pin.plan_id == plan_id]

    def has(self, photo_id: uuid.UUID) -> bool:
        return photo_id in self._photos

    def photo(self, photo_id: uuid.UUID) -> Photo:
        return self._photos[photo_id]

    # Mutators for commands -----------------------------------------------------------------

    def insert(self, photos: list[Photo]) -> None:
        cast(PhotoRepository, self.repository).add_photos(photos)
        self._photos.update((p.id, p) for p in photos)
        self.photos_added.emit(photos)

    def replace(self, photos: list[Photo]) -> None:
        cast(PhotoRepository, self.repository).update_photos(photos)
        self._photos.update((p.id, p) for p in photos)
        self.photos_changed.emit(photos)

    def unlink(self, field: str, ids: set[uuid.UUID]) -> list[Photo]:
        """The database cleared these links when their hazard or visit was deleted (ON DELETE
        SET NULL): mirror that. Returns the photos as they were, for undo to relink."""
        linked = [p for p in self._photos.values() if getattr(p, field) in ids]
        # `field` names a link (hazard_id, visit_id): mypy checks None against every field
        unlinked = [dataclasses.replace(p, **{field: None}) for p in linked]  # type: ignore[arg-type]
        self._photos.update((p.id, p) for p in unlinked)
        if unlinked:
            self.photos_changed.emit(unlinked)
        return linked

    def remove(self, photo_ids: list[uuid.UUID]) -> list[Photo]:
        removed = [self._photos[i] for i in photo_ids]
        cast(PhotoRepository, self.repository).delete_photos(photo_ids)
        for photo_id in photo_ids:
            del self._photos[photo_id]
        self.photos_removed.emit(removed)
        return removed
