"""An enterprise's photos as thumbnails: add by dialog or drag & drop, with progress and Cancel."""

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...document.photo_commands import AddPhotosCommand, RemovePhotosCommand
from ...document.portfolio import PortfolioDocument
from ...domain.errors import KnownProblemError
from ...domain.photo import Photo
from .import_task import PhotoImportTask


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
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_import)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.delete_button, self.progress, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list)
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
            item = QListWidgetItem(photo.caption or photo.original_name)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(self._tooltip(photo))
            try:
                pixmap = QPixmap()
                pixmap.loadFromData(self.document.photos.thumbnail(photo))
                item.setIcon(QIcon(pixmap))
            except KnownProblemError:
                item.setText(self.tr("%1 (damaged)").replace("%1", item.text()))
            self.list.addItem(item)

    def _tooltip(self, photo: Photo) -> str:
        taken = photo.taken_at.strftime("%Y-%m-%d %H:%M") if photo.taken_at else "—"
        return f"{photo.original_name}\n{photo.width} × {photo.height}\n{taken} {photo.camera}"

    def _on_library_changed(self, photos: list) -> None:
        if any(p.enterprise_id == self.enterprise_id for p in photos):
            self.refresh()

    # Import --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Photos (*.jpg *.jpeg *.png *.webp)")
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

    def delete_selected(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        if ids:
            self.document.push(RemovePhotosCommand(self.document, ids))
