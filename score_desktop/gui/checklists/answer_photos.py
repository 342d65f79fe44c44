"""Photos on a walk-through answer: thumbnails of the photos the answer names, added from
files or the enterprise's gallery, or by dropping image files on them; removed from the
answer (the photo stays in the gallery). Each change is one undo step: imported photos
become records in the same step that names them on the answer."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...document.checklist_commands import ChangeAnswerCommand, slot_answer
from ...document.commands import CompositeCommand
from ...document.photo_commands import AddPhotosCommand
from ...document.portfolio import PortfolioDocument
from ...domain.checklist import ChecklistItem
from ...domain.photo import Photo
from ...domain.walkthrough import Walkthrough
from ..photos import thumbnails
from ..photos.importer import FileDropTarget, PhotoImporter, choose_photo_files

THUMB = QSize(96, 72)


def photo_list(parent: QWidget, height: int) -> QListWidget:
    view = QListWidget(parent)
    view.setViewMode(QListWidget.ViewMode.IconMode)
    view.setIconSize(THUMB)
    view.setGridSize(QSize(THUMB.width() + 10, THUMB.height() + 10))
    view.setMovement(QListWidget.Movement.Static)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    view.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
    view.setMinimumHeight(height)
    return view


def fill(view: QListWidget, document: PortfolioDocument, photos: list[Photo]) -> None:
    view.clear()
    shown = thumbnails.pixmaps(document.photos.repository, [p.sha256 for p in photos])
    for photo in photos:
        item = QListWidgetItem(view)
        item.setData(Qt.ItemDataRole.UserRole, photo.id)
        item.setToolTip(photo.caption or photo.original_name)
        pixmap = shown.get(photo.sha256)
        if pixmap is not None:
            item.setIcon(QIcon(pixmap))
        else:
            item.setText(QCoreApplication.translate("AnswerPhotos", "(damaged)"))


class AnswerPhotos(FileDropTarget, QWidget):
    """Signals:
    import_finished(object): the ImportSummary of the last import (tests wait for it).
    """

    import_finished = Signal(object)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.walk: Walkthrough | None = None
        self.item: ChecklistItem | None = None
        self.zone_id: uuid.UUID | None = None
        self._import_slot: tuple[Walkthrough, ChecklistItem, uuid.UUID | None] | None = None
        self.setAcceptDrops(True)
        self.list = photo_list(self, THUMB.height() + 16)
        self.list.setToolTip(self.tr("Drop photos here to add them to this answer"))
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.gallery_button = QPushButton(self.tr("From the gallery…"), self)
        self.gallery_button.clicked.connect(self.choose_from_gallery)
        self.remove_button = QPushButton(self.tr("Remove from answer"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.importer = PhotoImporter(document, self)
        self.importer.finished.connect(self._on_import_finished)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.gallery_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.importer)
        self.list.itemSelectionChanged.connect(self._enable)
        self.document.photos.added.connect(lambda _r: self.refresh())
        self.document.photos.removed.connect(lambda _r: self.refresh())
        self._enable()

    def show_slot(
        self, walk: Walkthrough | None, item: ChecklistItem | None, zone_id: uuid.UUID | None
    ) -> None:
        changed = (walk, item, zone_id) != (self.walk, self.item, self.zone_id)
        self.walk, self.item, self.zone_id = walk, item, zone_id
        if changed or walk is not None:
            self.refresh()

    def photo_ids(self) -> tuple[uuid.UUID, ...]:
        if self.walk is None or self.item is None:
            return ()
        return slot_answer(self.document, self.walk, self.item, self.zone_id).photo_ids

    def refresh(self) -> None:
        library = self.document.photos
        held = {p.id for p in library.photos_of(self.walk.enterprise_id)} if self.walk else set()
        ids = [i for i in self.photo_ids() if i in held]
        if ids == [self._id(self.list.item(n)) for n in range(self.list.count())]:
            return
        fill(self.list, self.document, [library.photo(i) for i in ids])
        self._enable()

    @staticmethod
    def _id(item: QListWidgetItem) -> uuid.UUID:
        return item.data(Qt.ItemDataRole.UserRole)

    def _enable(self) -> None:
        ready = self.walk is not None and self.item is not None
        self.add_button.setEnabled(ready and not self.importer.running)
        self.gallery_button.setEnabled(ready)
        self.remove_button.setEnabled(ready and bool(self.list.selectedItems()))

    # Adding ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        self.import_files(choose_photo_files(self))

    def import_files(self, paths: list[Path]):
        """Read the files in the thread pool; the answer gets them when the import ends,
        whichever item is current by then."""
        if self.walk is None or self.item is None:
            return None
        walk = self.walk
        links = {"visit_id": walk.visit_id, "zone_id": self.zone_id}
        task = self.importer.start(paths, walk.enterprise_id, links, add=False)
        if task is not None:
            self._import_slot = (walk, self.item, self.zone_id)
            self._enable()
        return task

    def _on_import_finished(self, summary, photos: list[Photo]) -> None:
        slot, self._import_slot = self._import_slot, None
        if photos and slot is not None:
            walk, item, zone_id = slot
            current = slot_answer(self.document, walk, item, zone_id)
            text = self.tr("Photos on “%1”").replace("%1", item.key)
            answer = dataclasses.replace(
                current, photo_ids=current.photo_ids + tuple(p.id for p in photos)
            )
            self.document.push(
                CompositeCommand(
                    self.document,
                    text,
                    [
                        AddPhotosCommand(self.document, photos),
                        ChangeAnswerCommand(self.document, answer, text),
                    ],
                )
            )
        self._enable()
        self.refresh()
        self.import_finished.emit(summary)

    def attach(self, photo_ids: list[uuid.UUID]) -> None:
        """Name photos already in the gallery on the answer."""
        if self.walk is None or self.item is None:
            return
        current = slot_answer(self.document, self.walk, self.item, self.zone_id)
        new = tuple(i for i in photo_ids if i not in current.photo_ids)
        if new:
            self._set_photos(current, current.photo_ids + new)

    def choose_from_gallery(self) -> GalleryChooser | None:
        if self.walk is None:
            return None
        held = set(self.photo_ids())
        photos = [
            p for p in self.document.photos.photos_of(self.walk.enterprise_id) if p.id not in held
        ]
        dialog = GalleryChooser(self.document, photos, self)
        dialog.accepted.connect(lambda: self.attach(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # Removing -------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        if self.walk is None or self.item is None:
            return
        gone = {self._id(item) for item in self.list.selectedItems()}
        current = slot_answer(self.document, self.walk, self.item, self.zone_id)
        kept = tuple(i for i in current.photo_ids if i not in gone)
        if kept != current.photo_ids:
            self._set_photos(current, kept)

    def _set_photos(self, current, photo_ids: tuple[uuid.UUID, ...]) -> None:
        assert self.item is not None
        text = self.tr("Photos on “%1”").replace("%1", self.item.key)
        answer = dataclasses.replace(current, photo_ids=photo_ids)
        self.document.push(ChangeAnswerCommand(self.document, answer, text))
        self.refresh()

    # Drag and drop --------------------------------------------------------------------------

    def accepts_files(self) -> bool:
        return self.walk is not None and self.item is not None

    def files_dropped(self, paths: list[Path]) -> None:
        self.import_files(paths)


class GalleryChooser(QDialog):
    """The enterprise's photos not yet on the answer, to pick from."""

    def __init__(self, document: PortfolioDocument, photos: list[Photo], parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photos from the gallery"))
        self.list = photo_list(self, 3 * THUMB.height())
        fill(self.list, document, photos)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def chosen(self) -> list[uuid.UUID]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
