"""An enterprise's photos as thumbnails: add by dialog or drag & drop, with progress and Cancel."""

import dataclasses
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...document.photo_commands import (
    AddPhotosCommand,
    RemovePhotosCommand,
    UpdatePhotosCommand,
)
from ...document.portfolio import PortfolioDocument
from ...domain.errors import KnownProblemError
from ...domain.photo import Photo, PhotoKind
from ..combo import select_data
from .compare import CompareDialog
from .import_task import PhotoImportTask
from .viewer import PhotoViewer

KIND_LABELS = {
    PhotoKind.GENERAL: QT_TRANSLATE_NOOP("Photo", "General"),
    PhotoKind.BEFORE: QT_TRANSLATE_NOOP("Photo", "Before"),
    PhotoKind.AFTER: QT_TRANSLATE_NOOP("Photo", "After"),
    PhotoKind.EVIDENCE: QT_TRANSLATE_NOOP("Photo", "Evidence"),
}


class PhotoGallery(QWidget):
    """Signals:
    import_finished(object): the ImportSummary of the last import.
    """

    import_finished = Signal(object)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.task: PhotoImportTask | None = None
        self.setAcceptDrops(True)
        self.list = QListWidget(self)
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(160, 120))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.compare_button = QPushButton(self.tr("Compare before/after"), self)
        self.compare_button.setToolTip(
            self.tr("Needs a before and an after photo of the selected photo's hazard")
        )
        self.compare_button.clicked.connect(self.open_compare)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        buttons = QHBoxLayout()
        for widget in (
            self.add_button,
            self.delete_button,
            self.compare_button,
            self.progress,
            self.cancel_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
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
        for signal in (library.photos_added, library.photos_changed, library.photos_removed):
            signal.connect(self._on_library_changed)
        library.reset.connect(self.refresh)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.enterprise_id is None:
            return
        for photo in self.document.photos.photos_of(self.enterprise_id):
            label = photo.caption or photo.original_name
            if photo.kind is not PhotoKind.GENERAL:
                label = f"[{QCoreApplication.translate('Photo', KIND_LABELS[photo.kind])}] {label}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(self._tooltip(photo))
            try:
                pixmap = QPixmap()
                pixmap.loadFromData(self.document.photos.thumbnail(photo))
                item.setIcon(QIcon(pixmap))
            except KnownProblemError:
                item.setText(self.tr("%1 (damaged)").replace("%1", item.text()))
            self.list.addItem(item)

    # The selected photo's caption, tag and hazard ------------------------------------------

    def selected_photo(self) -> Photo | None:
        items = self.list.selectedItems()
        if len(items) != 1:
            return None
        photo_id = items[0].data(Qt.ItemDataRole.UserRole)
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
            risk = self.tr("Risk: %1").replace("%1", f"{initial.score:g} {initial.band.label}")
            if residual is not None:
                risk += f"  →  {residual.score:g} {residual.band.label}"
        pictures = []
        for photo in pair:
            try:
                data = self.document.photos.repository.load_blob(photo.sha256)
            except KnownProblemError as exc:
                self.document.problem_occurred.emit(str(exc))
                return None
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            pictures.append((pixmap, photo.caption or photo.original_name))
        dialog = CompareDialog(hazard.title, risk, pictures[0], pictures[1], self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_selected(self) -> None:
        photo = self.selected_photo()
        self.compare_button.setEnabled(self.pair_of(photo) is not None)
        for widget in (self.caption_edit, self.kind_combo, self.hazard_combo):
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

    def _on_library_changed(self, photos: list) -> None:
        if any(p.enterprise_id == self.enterprise_id for p in photos):
            selected = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
            self.refresh()
            for row in range(self.list.count()):
                item = self.list.item(row)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) in selected)

    # Import --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif)"),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> PhotoImportTask | None:
        if self.enterprise_id is None or self.task is not None or not paths:
            return None
        task = PhotoImportTask(paths, self.document.photos.repository)
        task.signals.progress.connect(self._on_task_progress)
        task.signals.finished.connect(self._on_task_finished)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.add_button.setEnabled(False)
        self.task = task
        QThreadPool.globalInstance().start(task)
        return task

    def cancel_import(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _on_task_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _on_task_finished(self, summary) -> None:
        """`summary` is a services.photo_import.ImportSummary."""
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.add_button.setEnabled(True)
        photos = [
            Photo(
                enterprise_id=self.enterprise_id,
                sha256=p.sha256,
                width=p.width,
                height=p.height,
                original_name=p.original_name,
                taken_at=p.taken_at,
                camera=p.camera,
            )
            for p in summary.imported
        ]
        if photos:
            self.document.push(AddPhotosCommand(self.document, photos))
        if summary.failures or summary.cancelled:
            self._show_summary(summary)
        self.import_finished.emit(summary)

    def _show_summary(self, summary) -> None:
        lines = [self.tr("%1 photos imported.").replace("%1", str(len(summary.imported)))]
        if summary.cancelled:
            lines.append(self.tr("The import was cancelled; the rest was not read."))
        lines += [message for _name, message in summary.failures]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Photo import"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("import_summary")
        box.finished.connect(box.deleteLater)
        box.open()

    # Drag and drop -------------------------------------------------------------------------

    def _dropped_paths(self, event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dropped_paths(event) and self.enterprise_id is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dropped_paths(event) and self.enterprise_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def open_viewer(self, photo_id: uuid.UUID) -> PhotoViewer | None:
        """The photo at full size; damaged stored bytes are reported, not shown."""
        photo = self.document.photos.photo(photo_id)
        try:
            data = self.document.photos.repository.load_blob(photo.sha256)
        except KnownProblemError as exc:
            self.document.problem_occurred.emit(str(exc))
            return None
        viewer = PhotoViewer(photo, data, self)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        return viewer

    def delete_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if ids:
            self.document.push(RemovePhotosCommand(self.document, ids))
