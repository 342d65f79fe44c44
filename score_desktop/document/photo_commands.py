"""Undoable edits of photo records (the bytes are stored before, and never deleted)."""

import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.photo import Photo
from .commands import ReplaceRecordsCommand
from .portfolio import PortfolioDocument


class AddPhotosCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, photos: list[Photo]):
        text = QCoreApplication.translate("commands", "Add photos (%1)").replace(
            "%1", str(len(photos))
        )
        super().__init__(document, document.photos, [], photos, text)


class UpdatePhotosCommand(ReplaceRecordsCommand):
    """Caption, kind (before/after/evidence), link to a hazard; typing in a caption merges."""

    ID = 4001

    def __init__(self, document: PortfolioDocument, photos: list[Photo], text: str, merge_key=None):
        before = [document.photos.photo(p.id) for p in photos]
        super().__init__(document, document.photos, before, photos, text, merge_key)


class RemovePhotosCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, photo_ids: list[uuid.UUID]):
        text = QCoreApplication.translate("commands", "Delete photos (%1)").replace(
            "%1", str(len(photo_ids))
        )
        before = [document.photos.photo(i) for i in photo_ids]
        super().__init__(document, document.photos, before, [], text)
