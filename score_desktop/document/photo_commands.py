"""Undoable edits of photo records (the bytes are stored before, and never deleted)."""

import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.photo import Photo
from .commands import DocumentCommand, MergingCommand
from .portfolio import PortfolioDocument


class AddPhotosCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, photos: list[Photo]):
        text = QCoreApplication.translate("commands", "Add photos (%1)").replace(
            "%1", str(len(photos))
        )
        super().__init__(document, text)
        self.new = list(photos)

    def apply(self) -> None:
        self.document.photos.insert(self.new)

    def revert(self) -> None:
        self.document.photos.remove([p.id for p in self.new])


class UpdatePhotosCommand(MergingCommand):
    """Caption, kind (before/after/evidence), link to a hazard; typing in a caption merges."""

    ID = 4001

    def __init__(self, document: PortfolioDocument, photos: list[Photo], text: str, merge_key=None):
        super().__init__(document, text, merge_key)
        self.old = [document.photos.photo(p.id) for p in photos]
        self.new = list(photos)

    def apply(self) -> None:
        self.document.photos.replace(self.new)

    def revert(self) -> None:
        self.document.photos.replace(self.old)


class RemovePhotosCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, photo_ids: list[uuid.UUID]):
        text = QCoreApplication.translate("commands", "Delete photos (%1)").replace(
            "%1", str(len(photo_ids))
        )
        super().__init__(document, text)
        self.photo_ids = list(photo_ids)
        self._removed: list[Photo] = []

    def apply(self) -> None:
        self._removed = self.document.photos.remove(self.photo_ids)

    def revert(self) -> None:
        self.document.photos.insert(self._removed)
