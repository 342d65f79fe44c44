"""Handles on the one selected item: resize and rotate boxes, move vertices of shapes.

While a handle is dragged only the graphics item changes (a preview); the release pushes one
command, and the document's signal then redraws everything from the record.
"""

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsRectItem

from ...document.plan_commands import UpdatePlanItemsCommand
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


class SelectionHandles(QObject):
    def __init__(self, scene):
        super().__init__(scene)
        self.scene = scene
        self.handles: list[HandleItem] = []
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
