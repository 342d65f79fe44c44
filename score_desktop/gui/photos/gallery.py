"""Thumbnails of the photos of an enterprise, one of its visits, or one hazard: add by dialog
or drag & drop, caption and tag them, open the viewer or the before/after view."""

import dataclasses
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...document.photo_commands import RemovePhotosCommand, UpdatePhotosCommand
from ...document.portfolio import PortfolioDocument
from ...domain.errors import KnownProblemError
from ...domain.photo import Photo, PhotoKind
from ..combo import select_data
from ..i18n import error_text, translated
from ..labels import visit_caption
from . import thumbnails
from .annotation_paint import annotated
from .compare import CompareDialog
from .importer import FileDropTarget, PhotoImporter, choose_photo_files
from .viewer import PhotoViewer, open_photo

KIND_LABELS = {
    PhotoKind.GENERAL: QT_TRANSLATE_NOOP("Photo", "General"),
    PhotoKind.BEFORE: QT_TRANSLATE_NOOP("Photo", "Before"),
    PhotoKind.AFTER: QT_TRANSLATE_NOOP("Photo", "After"),
    PhotoKind.EVIDENCE: QT_TRANSLATE_NOOP("Photo", "Evidence"),
}


@dataclasses.dataclass(frozen=True)
class GalleryScope:
    """Which photos a gallery shows; photos added to it get the same links."""

    enterprise_id: uuid.UUID
    hazard_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None

    def includes(self, photo: Photo) -> bool:
        return (
            photo.enterprise_id == self.enterprise_id
            and (self.hazard_id is None or photo.hazard_id == self.hazard_id)
            and (self.visit_id is None or photo.visit_id == self.visit_id)
        )

    def links(self) -> dict:
        links = {"hazard_id": self.hazard_id, "visit_id": self.visit_id}
        return {name: value for name, value in links.items() if value is not None}


SCOPE_CHARACTERS = 16
THUMB_W, THUMB_H = 160, 120  # a thumbnail's box in the gallery


class PhotoList(QListWidget):
    """The thumbnails; empty, it says how to add some (a blank box said nothing)."""

    hint = ""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.count() == 0 and self.hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), flags, self.hint)
            painter.end()


class PhotoGallery(FileDropTarget, QWidget):
    """With `choose_scope`, a combo picks all photos, one visit's or one hazard's.

    With `defer` (a hazard not saved yet), imported photos wait in `pending` and are shown,
    but become records only when the owner takes them.

    Signals:
        import_finished(object): the ImportSummary of the last import.
    """

    import_finished = Signal(object)

    def __init__(
        self,
        document: PortfolioDocument,
        parent: QWidget | None = None,
        *,
        choose_scope: bool = True,
        defer: bool = False,
    ):
        super().__init__(parent)
        self.document = document
        self.scope: GalleryScope | None = None
        self.defer = defer
        self.pending: list[Photo] = []
        self.extra_links: dict = {}  # e.g. the visit of the hazard whose form shows this
        self.setAcceptDrops(True)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setVisible(choose_scope)
        # "All photos" whole in a narrow pane; hazards' long titles show in the open list
        self.scope_combo.setMinimumContentsLength(SCOPE_CHARACTERS)
        self.scope_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_combo.activated.connect(self._on_scope_chosen)
        self.list = PhotoList(self)
        self.list.hint = self.tr("No photos yet. Drop photos here, or use Add photos…")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_W, THUMB_H))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        # every thumbnail in a cell of one size, its caption on one line cut with "…" (whole
        # in the tip): long captions ran over the next thumbnail, and the selected one moved
        line = self.list.fontMetrics().height()
        self.list.setGridSize(QSize(THUMB_W + 16, THUMB_H + line + 14))
        self.list.setUniformItemSizes(True)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open and annotate"), self)
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.compare_button = QPushButton(self.tr("Compare before/after"), self)
        self.compare_button.setToolTip(
            self.tr("Needs a before and an after photo of the selected photo's hazard")
        )
        self.compare_button.clicked.connect(self.open_compare)
        self.importer = PhotoImporter(document, self)
        self.importer.finished.connect(self._on_import_finished)
        buttons = QHBoxLayout()
        for widget in (
            self.scope_combo,
            self.add_button,
            self.open_button,
            self.delete_button,
            self.compare_button,
        ):
            buttons.addWidget(widget)
        buttons.addWidget(self.importer, 1)
        buttons.addStretch(0)
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setPlaceholderText(self.tr("Caption of the selected photo"))
        self.caption_edit.textEdited.connect(self._on_caption_edited)
        self.kind_combo = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(QCoreApplication.translate("Photo", label), kind.value)
        self.kind_combo.activated.connect(self._on_kind_chosen)
        self.hazard_combo = QComboBox(self)
        self.hazard_combo.activated.connect(self._on_hazard_chosen)
        details = QHBoxLayout()
        details.addWidget(self.caption_edit, 2)
        details.addWidget(self.kind_combo)
        details.addWidget(self.hazard_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
        layout.addLayout(details)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.list.itemActivated.connect(
            lambda item: self.open_viewer(item.data(Qt.ItemDataRole.UserRole))
        )
        self._show_selected()
        library = document.photos
        library.added.connect(self._on_library_changed)
        library.changed.connect(self._on_photos_changed)
        library.removed.connect(self._on_library_changed)
        library.reset.connect(self.refresh)
        for signal in (
            document.visit_set.added,
            document.visit_set.changed,
            document.visit_set.removed,
        ):
            signal.connect(self._fill_scopes)
        for signal in (document.hazards.added, document.hazards.removed):
            signal.connect(self._fill_scopes)

    # Which photos --------------------------------------------------------------------------

    @property
    def enterprise_id(self) -> uuid.UUID | None:
        return self.scope.enterprise_id if self.scope else None

    @property
    def progress(self):
        return self.importer.progress

    @property
    def cancel_button(self):
        return self.importer.cancel_button

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.set_scope(GalleryScope(enterprise_id) if enterprise_id else None)

    def set_scope(self, scope: GalleryScope | None) -> None:
        self.scope = scope
        self.hazard_combo.setVisible(scope is None or scope.hazard_id is None)
        self._fill_scopes()
        self.refresh()

    def _fill_scopes(self, *_changed) -> None:
        combo = self.scope_combo
        combo.clear()
        if self.scope is None:
            return
        enterprise_id = self.scope.enterprise_id
        combo.addItem(self.tr("All photos"), GalleryScope(enterprise_id))
        for visit in self.document.visits_of(enterprise_id):
            label = self.tr("Visit %1").replace("%1", visit_caption(visit))
            combo.addItem(label, GalleryScope(enterprise_id, visit_id=visit.id))
        for hazard in self.document.hazards.hazards_of(enterprise_id):
            label = self.tr("Hazard: %1").replace("%1", hazard.title)
            combo.addItem(label, GalleryScope(enterprise_id, hazard_id=hazard.id))
        for row in range(combo.count()):
            if combo.itemData(row) == self.scope:
                combo.setCurrentIndex(row)

    def choose_scope_of(self, *, visit_id=None, hazard_id=None) -> None:
        """Show one visit's or one hazard's photos (as if picked in the scope combo)."""
        wanted = GalleryScope(self.scope.enterprise_id, hazard_id=hazard_id, visit_id=visit_id)
        for row in range(self.scope_combo.count()):
            if self.scope_combo.itemData(row) == wanted:
                self.scope_combo.setCurrentIndex(row)
                self._on_scope_chosen(row)

    def _on_scope_chosen(self, row: int) -> None:
        self.scope = self.scope_combo.itemData(row)
        self.hazard_combo.setVisible(True)
        self.refresh()

    def photos(self) -> list[Photo]:
        if self.scope is None:
            return []
        shown = [p for p in self.document.photos.photos_of(self.scope.enterprise_id)]
        return [p for p in shown if self.scope.includes(p)] + self.pending

    def refresh(self) -> None:
        self.list.clear()
        photos = self.photos()
        shown = thumbnails.pixmaps(self.document.photos.repository, [p.sha256 for p in photos])
        for photo in photos:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self._show_item(item, photo, shown.get(photo.sha256))
            self.list.addItem(item)

    def _show_item(self, item: QListWidgetItem, photo: Photo, pixmap: QPixmap | None) -> None:
        label = photo.caption or photo.original_name
        if photo.kind is not PhotoKind.GENERAL:
            label = f"[{QCoreApplication.translate('Photo', KIND_LABELS[photo.kind])}] {label}"
        if pixmap is None:
            label = self.tr("%1 (damaged)").replace("%1", label)
        else:
            item.setIcon(QIcon(annotated(pixmap, photo.annotations)))
        item.setText(label)
        item.setToolTip(self._tooltip(photo))

    # The selected photo's caption, tag and hazard ------------------------------------------

    def history_record(self):
        from ..history_format import record_ref

        photo = self.selected_photo()
        if photo is None:
            return None
        return record_ref("photos", photo.id, photo.caption or photo.original_name)

    def selected_photo(self) -> Photo | None:
        items = self.list.selectedItems()
        if len(items) != 1:
            return None
        photo_id = items[0].data(Qt.ItemDataRole.UserRole)
        if not self.document.photos.has(photo_id):
            return None  # waiting for its hazard to be saved
        return self.document.photos.photo(photo_id)

    def pair_of(self, photo: Photo | None) -> tuple[Photo, Photo] | None:
        """The latest before and after photos of the selected photo's hazard, if both exist."""
        if photo is None or photo.hazard_id is None:
            return None
        linked = self.document.photos.photos_of_hazard(photo.hazard_id)
        befores = [p for p in linked if p.kind is PhotoKind.BEFORE]
        afters = [p for p in linked if p.kind is PhotoKind.AFTER]
        return (befores[-1], afters[-1]) if befores and afters else None

    def open_compare(self) -> CompareDialog | None:
        pair = self.pair_of(self.selected_photo())
        if pair is None:
            return None
        hazard = self.document.hazards.hazard(pair[0].hazard_id)
        method = self.document.risk_method(hazard.enterprise_id)
        initial, residual = hazard.initial_assessment(method), hazard.residual_assessment(method)
        risk = self.tr("Risk: not rated")
        if initial is not None:
            rating = f"{initial.score:g} {translated(initial.band.label)}"
            risk = self.tr("Risk: %1").replace("%1", rating)
            if residual is not None:
                risk += f"  →  {residual.score:g} {translated(residual.band.label)}"
        pictures = []
        for photo in pair:
            try:
                data = self.document.photos.repository.load_blob(photo.sha256)
            except KnownProblemError as exc:
                self.document.problem_occurred.emit(error_text(exc))
                return None
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            pictures.append(
                (annotated(pixmap, photo.annotations), photo.caption or photo.original_name)
            )
        dialog = CompareDialog(hazard.title, risk, pictures[0], pictures[1], self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_selected(self) -> None:
        photo = self.selected_photo()
        self.compare_button.setEnabled(self.pair_of(photo) is not None)
        self.delete_button.setEnabled(bool(self.list.selectedItems()))  # one or several
        for widget in (self.caption_edit, self.kind_combo, self.hazard_combo, self.open_button):
            widget.setEnabled(photo is not None)
        self.hazard_combo.clear()
        self.hazard_combo.addItem(self.tr("— no hazard —"), None)
        if self.enterprise_id is not None:
            for hazard in self.document.hazards.hazards_of(self.enterprise_id):
                self.hazard_combo.addItem(hazard.title, hazard.id)
        if photo is None:
            self.caption_edit.clear()
            return
        if self.caption_edit.text() != photo.caption:
            self.caption_edit.setText(photo.caption)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(photo.kind.value))
        select_data(self.hazard_combo, photo.hazard_id)

    def _edit_selected(self, text: str, merge_field: str | None = None, **changes) -> None:
        photo = self.selected_photo()
        if photo is None:
            return
        edited = dataclasses.replace(photo, **changes)
        if edited != photo:
            key = (photo.id, merge_field) if merge_field else None
            self.document.push(UpdatePhotosCommand(self.document, [edited], text, key))

    def _on_caption_edited(self, text: str) -> None:
        self._edit_selected(self.tr("Edit caption"), "caption", caption=text)

    def _on_kind_chosen(self, _index: int) -> None:
        self._edit_selected(self.tr("Tag photo"), kind=PhotoKind(self.kind_combo.currentData()))

    def _on_hazard_chosen(self, _index: int) -> None:
        self._edit_selected(
            self.tr("Link photo to hazard"), hazard_id=self.hazard_combo.currentData()
        )

    def _tooltip(self, photo: Photo) -> str:
        taken = photo.taken_at.strftime("%Y-%m-%d %H:%M") if photo.taken_at else "—"
        return f"{photo.original_name}\n{photo.width} × {photo.height}\n{taken} {photo.camera}"

    def _on_photos_changed(self, photos: list) -> None:
        """Edits of shown photos update their items; a photo moving in or out of the scope
        rebuilds the list."""
        rows = {
            self.list.item(r).data(Qt.ItemDataRole.UserRole): self.list.item(r)
            for r in range(self.list.count())
        }
        if self.scope is None or any((p.id in rows) != self.scope.includes(p) for p in photos):
            self._on_library_changed(photos)
            return
        shown = [p for p in photos if p.id in rows]
        pictures = thumbnails.pixmaps(self.document.photos.repository, [p.sha256 for p in shown])
        for photo in shown:
            self._show_item(rows[photo.id], photo, pictures.get(photo.sha256))
        self._show_selected()

    def _on_library_changed(self, photos: list) -> None:
        if any(p.enterprise_id == self.enterprise_id for p in photos):
            selected = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
            self.refresh()
            for row in range(self.list.count()):
                item = self.list.item(row)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) in selected)

    # Import --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        self.import_files(choose_photo_files(self))

    def import_files(self, paths: list[Path]):
        if self.scope is None:
            return None
        links = self.extra_links | self.scope.links()
        task = self.importer.start(paths, self.enterprise_id, links, not self.defer)
        if task is not None:
            self.add_button.setEnabled(False)
        return task

    def _on_import_finished(self, summary, photos: list) -> None:
        self.add_button.setEnabled(True)
        if self.defer and photos:
            self.pending += photos
            self.refresh()
        self.import_finished.emit(summary)

    def take_pending(self) -> list[Photo]:
        pending, self.pending = self.pending, []
        return pending

    # Drag and drop -------------------------------------------------------------------------

    def accepts_files(self) -> bool:
        return self.scope is not None

    def files_dropped(self, paths: list[Path]) -> None:
        self.import_files(paths)

    def _open_selected(self) -> None:
        photo = self.selected_photo()
        if photo is not None:
            self.open_viewer(photo.id)

    def open_viewer(self, photo_id: uuid.UUID) -> PhotoViewer | None:
        return open_photo(self.document, photo_id, self)

    def delete_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        waiting = {p.id for p in self.pending}
        if waiting & set(ids):
            self.pending = [p for p in self.pending if p.id not in ids]
            self.refresh()
        stored = [i for i in ids if i not in waiting]
        if stored:
            self.document.push(RemovePhotosCommand(self.document, stored))
