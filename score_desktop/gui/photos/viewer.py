"""A photo at full resolution: wheel zoom, drag to pan, fit on open and with Ctrl+0."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QVBoxLayout,
)

from ...domain.photo import Photo

ZOOM_STEP = 1.15


class ZoomView(QGraphicsView):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.scale(ZOOM_STEP**steps, ZOOM_STEP**steps)
        event.accept()


class PhotoViewer(QDialog):
    """Shows the verified bytes of one photo (the caller has loaded them)."""

    def __init__(self, photo: Photo, data: bytes, parent=None):
        super().__init__(parent)
        self.setWindowTitle(photo.caption or photo.original_name)
        self.resize(1000, 760)
        pixmap = QPixmap()
        self.loaded = pixmap.loadFromData(data)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem(pixmap)
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = ZoomView(self.scene, self)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        taken = photo.taken_at.strftime("%Y-%m-%d %H:%M") if photo.taken_at else ""
        details = QLabel(
            " · ".join(
                p
                for p in (
                    photo.original_name,
                    f"{photo.width} × {photo.height}",
                    taken,
                    photo.camera,
                )
                if p
            ),
            self,
        )
        details.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(details)
        QShortcut(QKeySequence("Ctrl+0"), self, activated=self.fit)

    def fit(self) -> None:
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.fit()

    @property
    def zoom(self) -> float:
        return self.view.transform().m11()
