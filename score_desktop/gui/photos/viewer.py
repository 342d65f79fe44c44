"""A photo at full resolution with its annotations: wheel zoom, drag to pan, fit with Ctrl+0,
and tools to draw arrows, ellipses, rectangles, text and freehand marks over it.

Each mark is one undoable edit of the photo record; the photo's bytes are never changed.
"""

import dataclasses
import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from ...document.photo_commands import UpdatePhotosCommand
from ...document.portfolio import PortfolioDocument
from ...domain.errors import KnownProblemError, ValidationError
from ...domain.photo import Annotation, AnnotationKind, Photo
from ..i18n import error_text
from ..screen_fit import fit_to_screen
from .annotation_paint import hit, paint_annotations

ZOOM_STEP = 1.15
MIN_SHAPE = 0.01  # of the photo's size: a shorter drag is a slip, not a mark
FREEHAND_STEP = 0.003
MARK_COLOURS = ("#E53935", "#FDD835", "#43A047", "#1E88E5", "#FFFFFF", "#212121")
PAN = "pan"


class AnnotationLayer(QGraphicsItem):
    """Paints the photo's marks, the selected one highlighted, and the one being drawn."""

    def __init__(self, rect: QRectF):
        super().__init__()
        self.rect = rect
        self.annotations: tuple[Annotation, ...] = ()
        self.selected = None
        self.draft: Annotation | None = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        margin = max(self.rect.width(), self.rect.height()) * 0.05
        return self.rect.adjusted(-margin, -margin, margin, margin)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        marks = self.annotations + ((self.draft,) if self.draft else ())
        paint_annotations(painter, marks, self.rect, self.selected)

    def fraction(self, point: QPointF) -> tuple[float, float]:
        r = self.rect
        return (
            min(1.0, max(0.0, (point.x() - r.left()) / r.width())),
            min(1.0, max(0.0, (point.y() - r.top()) / r.height())),
        )

    def mark_at(self, point: QPointF, tolerance: float) -> Annotation | None:
        for annotation in reversed(self.annotations):
            if hit(annotation, self.rect, point, tolerance):
                return annotation
        return None


class AnnotationView(QGraphicsView):
    """Signals:
    drawn(object): an Annotation the user finished drawing.
    text_wanted(object): the text tool clicked at this (x, y) fraction of the photo.
    clicked(QPointF): a click with the pan tool, in scene coordinates (to pick a mark).
    """

    drawn = Signal(object)
    text_wanted = Signal(object)
    clicked = Signal(QPointF)

    def __init__(self, scene: QGraphicsScene, layer: AnnotationLayer, parent=None):
        super().__init__(scene, parent)
        self.layer = layer
        self.tool = PAN
        self.colour = MARK_COLOURS[0]
        self._points: list[tuple[float, float]] = []

    def set_tool(self, tool: str) -> None:
        self.tool = tool
        self.setDragMode(
            QGraphicsView.DragMode.ScrollHandDrag if tool == PAN else QGraphicsView.DragMode.NoDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.OpenHandCursor if tool == PAN else Qt.CursorShape.CrossCursor
        )

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.scale(ZOOM_STEP**steps, ZOOM_STEP**steps)
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton or self.tool == PAN:
            if event.button() == Qt.MouseButton.LeftButton:
                self.clicked.emit(self.mapToScene(event.position().toPoint()))
            super().mousePressEvent(event)
            return
        point = self.layer.fraction(self.mapToScene(event.position().toPoint()))
        if self.tool == AnnotationKind.TEXT:
            self.text_wanted.emit(point)
        else:
            self._points = [point, point]
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._points:
            super().mouseMoveEvent(event)
            return
        point = self.layer.fraction(self.mapToScene(event.position().toPoint()))
        if self.tool == AnnotationKind.FREEHAND:
            if math.dist(point, self._points[-1]) >= FREEHAND_STEP:
                self._points.append(point)
        else:
            self._points[-1] = point
        self.layer.draft = self._annotation()
        self.layer.update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._points:
            super().mouseReleaseEvent(event)
            return
        annotation = self._annotation()
        self._points = []
        self.layer.draft = None
        self.layer.update()
        if math.dist(annotation.points[0], annotation.points[-1]) >= MIN_SHAPE or (
            annotation.kind is AnnotationKind.FREEHAND and len(annotation.points) > 3
        ):
            self.drawn.emit(annotation)
        event.accept()

    def _annotation(self) -> Annotation:
        points = self._points if self.tool == AnnotationKind.FREEHAND else self._points[:2]
        if self.tool == AnnotationKind.FREEHAND and len(points) == 2 and points[0] == points[1]:
            points = points[:1] * 2
        return Annotation(AnnotationKind(self.tool), tuple(points), self.colour)


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PhotoViewer(QDialog):
    """Shows the verified bytes of one photo (the caller has loaded them) with its marks."""

    def __init__(self, document: PortfolioDocument, photo: Photo, data: bytes, parent=None):
        super().__init__(parent)
        self.document = document
        # marks are undone here and in the tab it was opened from, whatever is in front later
        self.undo_context = document.undo.current
        self.photo = photo
        self.setWindowTitle(photo.caption or photo.original_name)
        fit_to_screen(self, 1000, 760)
        pixmap = QPixmap()
        self.loaded = pixmap.loadFromData(data)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem(pixmap)
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.layer = AnnotationLayer(QRectF(pixmap.rect()))
        self.layer.annotations = photo.annotations
        self.scene.addItem(self.layer)
        self.scene.setSceneRect(QRectF(pixmap.rect()))  # marks near an edge add no scrollbars
        self.view = AnnotationView(self.scene, self.layer, self)
        self.view.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.drawn.connect(self.add_annotation)
        self.view.text_wanted.connect(self._add_text_at)
        self.view.clicked.connect(self._pick)
        self.toolbar = QToolBar(self)
        self._build_tools()
        details = QLabel(self._details(photo), self)
        details.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setMenuBar(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(details)
        self.set_tool(PAN)
        library = document.photos
        library.changed.connect(self._on_photos_changed)
        library.removed.connect(self._on_photos_removed)

    def _build_tools(self) -> None:
        tools = (
            (PAN, self.tr("Pan and select"), "V"),
            (AnnotationKind.ARROW, self.tr("Arrow"), "A"),
            (AnnotationKind.ELLIPSE, self.tr("Ellipse"), "E"),
            (AnnotationKind.RECTANGLE, self.tr("Rectangle"), "R"),
            (AnnotationKind.TEXT, self.tr("Text"), "T"),
            (AnnotationKind.FREEHAND, self.tr("Freehand"), "F"),
        )
        group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        for name, text, key in tools:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{text} ({key})")
            action.triggered.connect(lambda _=False, n=name: self.set_tool(n))
            group.addAction(action)
            self.toolbar.addAction(action)
            self.addAction(action)
            self.tool_actions[name] = action
        self.colour_button = QToolButton(self)
        self.colour_button.setToolTip(self.tr("Colour of new marks"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.colour_button)
        for colour in MARK_COLOURS:
            menu.addAction(colour_icon(colour), colour, lambda c=colour: self.set_colour(c))
        self.colour_button.setMenu(menu)
        self.toolbar.addWidget(self.colour_button)
        self.set_colour(MARK_COLOURS[0])
        self.toolbar.addSeparator()
        self.delete_action = QAction(self.tr("Delete mark"), self)
        self.delete_action.setShortcuts(
            [QKeySequence.StandardKey.Delete, QKeySequence("Backspace")]
        )
        self.delete_action.triggered.connect(self.delete_selected_mark)
        self.toolbar.addAction(self.delete_action)
        self.addAction(self.delete_action)
        stack = self.document.undo.stack(self.undo_context)
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.toolbar.addAction(action)
            self.addAction(action)
        fit = QAction(self.tr("Fit"), self)
        fit.setShortcut(QKeySequence("Ctrl+0"))
        fit.triggered.connect(self.fit)
        self.toolbar.addAction(fit)
        self.addAction(fit)

    @staticmethod
    def _details(photo: Photo) -> str:
        taken = photo.taken_at.strftime("%Y-%m-%d %H:%M") if photo.taken_at else ""
        parts = (photo.original_name, f"{photo.width} × {photo.height}", taken, photo.camera)
        return " · ".join(p for p in parts if p)

    # Tools ---------------------------------------------------------------------------------

    def set_tool(self, name: str) -> None:
        self.tool_actions[name].setChecked(True)
        self.view.set_tool(name)

    def set_colour(self, colour: str) -> None:
        self.view.colour = colour
        self.colour_button.setIcon(colour_icon(colour))

    def ask_text(self) -> tuple[str, bool]:
        return QInputDialog.getText(
            self, self.tr("Text on the photo"), self.tr("Text:"), QLineEdit.EchoMode.Normal
        )

    def _add_text_at(self, point: tuple[float, float]) -> None:
        text, ok = self.ask_text()
        if ok and text.strip():
            self.add_annotation(
                Annotation(AnnotationKind.TEXT, (point,), self.view.colour, text.strip())
            )

    # Edits ---------------------------------------------------------------------------------

    def add_annotation(self, annotation: Annotation) -> bool:
        try:
            annotation.validate()
        except ValidationError as exc:
            self.document.problem_occurred.emit(error_text(exc))
            return False
        marked = dataclasses.replace(self.photo, annotations=(*self.photo.annotations, annotation))
        text = self.tr("Annotate photo")
        return self.document.push(
            UpdatePhotosCommand(self.document, [marked], text), self.undo_context
        )

    def delete_selected_mark(self) -> None:
        if self.layer.selected is None:
            return
        kept = tuple(a for a in self.photo.annotations if a.id != self.layer.selected)
        self.layer.selected = None
        edited = dataclasses.replace(self.photo, annotations=kept)
        text = self.tr("Delete photo mark")
        self.document.push(UpdatePhotosCommand(self.document, [edited], text), self.undo_context)

    def _pick(self, point: QPointF) -> None:
        tolerance = 6 / max(self.zoom, 1e-6)
        mark = self.layer.mark_at(point, tolerance)
        self.layer.selected = mark.id if mark else None
        self.layer.update()

    def _on_photos_changed(self, photos: list) -> None:
        for photo in photos:
            if photo.id == self.photo.id:
                self.photo = photo
                self.layer.annotations = photo.annotations
                if all(a.id != self.layer.selected for a in photo.annotations):
                    self.layer.selected = None
                self.layer.update()

    def _on_photos_removed(self, photos: list) -> None:
        if any(p.id == self.photo.id for p in photos):
            self.reject()

    # View ----------------------------------------------------------------------------------

    def fit(self) -> None:
        self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.fit()

    @property
    def zoom(self) -> float:
        return self.view.transform().m11()


def open_photo(document: PortfolioDocument, photo_id, parent) -> PhotoViewer | None:
    """Open the viewer on a photo; damaged stored bytes are reported, not shown."""
    if not document.photos.has(photo_id):
        return None
    photo = document.photos.photo(photo_id)
    try:
        data = document.photos.repository.load_blob(photo.sha256)
    except KnownProblemError as exc:
        document.problem_occurred.emit(error_text(exc))
        return None
    viewer = PhotoViewer(document, photo, data, parent)
    viewer.finished.connect(viewer.deleteLater)
    viewer.open()
    return viewer
