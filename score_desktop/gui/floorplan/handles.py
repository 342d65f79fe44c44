"""Handles on the one selected item: resize and rotate boxes, move vertices of shapes.

While a handle is dragged only the graphics item changes (a preview); the release pushes one
command, and the document's signal then redraws everything from the record.
"""

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsRectItem

from ...document.plan_commands import UpdatePlanItemsCommand
from ...domain.drafting import dimensions
from ...domain.floorplan import PlanItem, PlanItemKind, Shape
from ...domain.geometry import Point
from ...domain.plan_edit import (
    box_corners,
    move_vertex,
    resize_box,
    rotate_box_towards,
    rotation_handle,
)
from .items import PlanGraphics

HANDLE_PX = 9
ROTATION_HANDLE_PX = 28
ROTATION_STEP_WITH_SHIFT = 15.0
TAG_GAP_PX = 12  # between the dimension tag and the point it stands over


class HandleItem(QGraphicsRectItem):
    """A small square (or, for rotation, a circle) that stays the same size on screen."""

    def __init__(self, controller: "SelectionHandles", role: str, index: int):
        super().__init__(QRectF(-HANDLE_PX / 2, -HANDLE_PX / 2, HANDLE_PX, HANDLE_PX))
        self.controller, self.role, self.index = controller, role, index
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(1e8)
        self.setBrush(QBrush(QColor("#FFFFFF")))
        self.setPen(QPen(QColor("#2874A6"), 1.5))
        self.setCursor(
            Qt.CursorShape.CrossCursor if role == "rotate" else Qt.CursorShape.SizeAllCursor
        )
        if role == "rotate":
            dot = QGraphicsEllipseItem(self.rect(), self)
            dot.setBrush(QBrush(QColor("#2874A6")))
            dot.setPen(QPen(Qt.PenStyle.NoPen))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.controller.begin()
            event.accept()
        else:
            event.ignore()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.controller.drag(self, event.scenePos(), event.modifiers())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.controller.end(self)


class DimensionTag(QGraphicsItem):
    """The selected item's size in metres, on a pale box, the same size at any zoom, just
    above the item (a wall's: at its middle)."""

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1e8)
        self.text = ""
        self._rect = QRectF()

    def set_text(self, text: str, below: bool = False) -> None:
        """`below`: under its point (a box's rotation handle is above it)."""
        self.prepareGeometryChange()
        self.text = text
        metrics = QFontMetricsF(QFont())
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 4
        top = TAG_GAP_PX if below else -height - TAG_GAP_PX
        self._rect = QRectF(-width / 2, top, width, height)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("#2874A6"), 1))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(self._rect, 3, 3)
        painter.setPen(QColor("#1B2631"))
        painter.setFont(QFont())
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)


class SelectionHandles(QObject):
    def __init__(self, scene):
        super().__init__(scene)
        self.scene = scene
        self.handles: list[HandleItem] = []
        self.dimension: DimensionTag | None = None
        self._target: PlanGraphics | None = None
        self._original: PlanItem | None = None
        self._preview: PlanItem | None = None
        scene.selectionChanged.connect(self.refresh)
        # bound methods, not lambdas: Qt drops them when this object goes with its scene,
        # while the plan document lives on
        scene.document.changed.connect(self._on_document_changed)
        scene.document.plan_changed.connect(self._on_document_changed)

    def _on_document_changed(self, _what) -> None:
        self.refresh()

    def _zoom(self) -> float:
        views = self.scene.views()
        return views[0].transform().m11() if views else 1.0

    def refresh(self) -> None:
        # A scene emits selectionChanged while it is being destroyed, with this child still alive.
        if not shiboken6.isValid(self.scene) or self._original is not None:
            return  # (or a drag is under way: it refreshes when it ends)
        for handle in self.handles:
            self.scene.removeItem(handle)
        self.handles = []
        if self.dimension is not None:
            self.scene.removeItem(self.dimension)
            self.dimension = None
        selected = [g for g in self.scene.selectedItems() if isinstance(g, PlanGraphics)]
        self._target = selected[0] if len(selected) == 1 else None
        if self._target is None or not self.scene.document.has_item(self._target.item_id):
            return
        record = self.scene.document.item(self._target.item_id)  # the graphics may lag behind
        if record.shape is Shape.BOX:
            roles = [("corner", i) for i in range(4)] + [("rotate", 0)]
        elif record.shape in (Shape.POLYGON, Shape.SEGMENT):
            roles = [("vertex", i) for i in range(len(record.points))]
        else:
            return
        for role, index in roles:
            handle = HandleItem(self, role, index)
            self.scene.addItem(handle)
            self.handles.append(handle)
        self.dimension = DimensionTag()
        self.scene.addItem(self.dimension)
        self._place(record)

    def _place(self, record: PlanItem) -> None:
        for handle in self.handles:
            if handle.role == "corner":
                point = box_corners(record)[handle.index]
            elif handle.role == "rotate":
                point = rotation_handle(record, ROTATION_HANDLE_PX / (self._zoom() or 1))
            else:
                point = record.points[handle.index]
            handle.setPos(point.x, point.y)
        if self.dimension is not None:
            self.dimension.set_text(self.dimension_text(record), record.shape is Shape.BOX)
            self.dimension.setPos(*self._dimension_at(record))

    def dimension_text(self, record: PlanItem) -> str:
        """A wall's length; a machine's width × depth; a zone's width × height and area."""
        sizes = [f"{v:.2f}" for v in dimensions(record, self.scene.plan.metres_per_unit)]
        if record.shape is Shape.SEGMENT:
            return self.tr("%1 m").replace("%1", sizes[0])
        if record.shape is Shape.BOX:
            return self.tr("%1 × %2 m").replace("%1", sizes[0]).replace("%2", sizes[1])
        text = self.tr("%1 × %2 m, %3 m²")
        return text.replace("%1", sizes[0]).replace("%2", sizes[1]).replace("%3", sizes[2])

    def _dimension_at(self, record: PlanItem) -> tuple[float, float]:
        """A segment's middle; the middle of a zone's top or a box's bottom."""
        if record.shape is Shape.SEGMENT:
            a, b = record.points
            return (a.x + b.x) / 2, (a.y + b.y) / 2
        corners = box_corners(record) if record.shape is Shape.BOX else record.points
        xs, ys = [p.x for p in corners], [p.y for p in corners]
        return (min(xs) + max(xs)) / 2, max(ys) if record.shape is Shape.BOX else min(ys)

    def begin(self) -> None:
        if self._target is not None:
            self._original = self._preview = self._target.record

    def drag(self, handle: HandleItem, scene_pos: QPointF, modifiers) -> None:
        if self._original is None or self._target is None:
            return
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if handle.role == "rotate":
            point = scene_pos
        else:  # a corner or vertex snaps to other items' ends and corners (Alt: not)
            point = self.scene.object_snap.point(scene_pos, modifiers, self._target.item_id)
        target = Point(point.x(), point.y())
        if handle.role == "corner":
            preview = resize_box(self._original, handle.index, target)
        elif handle.role == "rotate":
            step = ROTATION_STEP_WITH_SHIFT if shift else 0.0
            preview = rotate_box_towards(self._original, Point(scene_pos.x(), scene_pos.y()), step)
        else:
            preview = move_vertex(self._original, handle.index, target)
        self._preview = preview
        self._target.sync(preview, self.scene.plan.metres_per_unit)
        self._place(preview)

    def end(self, handle: HandleItem) -> None:
        original, preview, target = self._original, self._preview, self._target
        self._original = self._preview = None
        self.scene.object_snap.hide()
        if original is None or target is None or preview == original:
            return
        text = {
            "corner": self.tr("Resize"),
            "rotate": self.tr("Rotate"),
            "vertex": self.tr("Reshape"),
        }[handle.role]
        if original.kind is PlanItemKind.LABEL:
            text = self.tr("Rotate")
        document = self.scene.document
        if not document.push(UpdatePlanItemsCommand(document.portfolio, [preview], text)):
            target.sync(original, self.scene.plan.metres_per_unit)
        self.refresh()
