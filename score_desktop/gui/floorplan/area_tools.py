"""Zones, aisles and storage areas (rectangles or polygons) and machines, each drawn with
the mouse or given typed sizes (see `typed_length.py`).

A rectangle: drag corner to corner, or click a corner, then click the other or type the
width and height ("12" Tab "8" Enter, or "12x8" Enter), laid out towards the pointer. A
polygon: click each corner, or type the next side's length towards the pointer and press
Enter; Enter with nothing typed (or a double-click) closes it. A machine: click to place the
standard size, or type its size first ("2.5x1.2") and click (or press Enter) where it goes.
"""

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSceneMouseEvent

from ...domain.drafting import point_at_length
from ...domain.floorplan import PlanItemKind
from ...domain.geometry import distance, rectangle
from .drag_or_type import DragOrTypeTool
from .tools import CLICK_TOLERANCE_PX, PREVIEW_PEN, Tool, _point, _PreviewTool
from .typed_length import Readout, TypedLengths


class RectangleAreaTool(DragOrTypeTool):
    """Zones, aisles and storage areas as rectangles."""

    FIELDS = 2  # width, height

    def __init__(self, editor, kind: PlanItemKind):
        super().__init__(editor)
        self.kind = kind

    def hint(self) -> str:
        return self.tr(
            "Drag from corner to corner, or click a corner and type the width and height in "
            "metres (12x8 Enter). Esc cancels."
        )

    def clicked_hint(self) -> str:
        return self.tr(
            "Click the opposite corner, or type the width and height in metres (12x8) and "
            "press Enter."
        )

    def typed_point(self) -> QPointF:
        """The opposite corner for what is typed, towards the pointer; a side not yet typed
        follows the pointer."""
        start, pointer = self._start, self._pointer or self._start
        width, height = self.typed.values()
        dx, dy = pointer.x() - start.x(), pointer.y() - start.y()
        if width is not None:
            dx = self.units(width) * (1 if dx >= 0 else -1)
        if height is not None:
            dy = self.units(height) * (1 if dy >= 0 else -1)
        return QPointF(start.x() + dx, start.y() + dy)

    def redraw(self, corner: QPointF) -> None:
        self._show(self.path(self._start, corner))
        if self.typed.typing:
            text = self.typed.readout()
        else:
            per_unit = self.editor.plan_document.plan.metres_per_unit
            rect = QRectF(self._start, corner).normalized()
            text = f"{rect.width() * per_unit:.2f} × {rect.height() * per_unit:.2f} m"
        self.readout.show(text, corner)

    def finish(self, start: QPointF, end: QPointF) -> None:
        self.add(self.new_item(self.kind, rectangle(_point(start), _point(end))))


class BoxTool(_PreviewTool):
    """Machines, workstations and stairs: drag a rectangle; a click places a default size,
    or the size typed before it."""

    DEFAULT_METRES = {PlanItemKind.MACHINE: (2.0, 1.0), PlanItemKind.STAIRS: (3.0, 1.2)}

    def __init__(self, editor, kind: PlanItemKind):
        super().__init__(editor)
        self.kind = kind
        self.typed = TypedLengths(2)
        self.readout = Readout(editor.scene)
        self._pointer: QPointF | None = None

    def hint(self) -> str:
        return self.tr(
            "Drag the footprint, or click to place a standard size; type a size first "
            "(2.5x1.2) to place that."
        )

    def cancel(self) -> None:
        super().cancel()
        self.readout.hide()
        self.typed.clear()

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        self._pointer = event.scenePos()
        if self._start is None and self.typed.typing:
            self._redraw_typed()
            return True
        return super().move(event)

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        start, end = self._start, self.at(event)
        rect = QRectF(start, end).normalized()
        if max(rect.width(), rect.height()) * self.editor.view.zoom < CLICK_TOLERANCE_PX:
            self._place(start)
        else:
            self.cancel()
            self._add(rect)
        return True

    def _size(self) -> tuple[float, float]:
        """The footprint in plan units: as typed (a side not typed keeps the standard one)."""
        standard = self.DEFAULT_METRES[self.kind]
        width, height = (v or s for v, s in zip(self.typed.values(), standard, strict=True))
        return self.units(width), self.units(height)

    def _place(self, centre: QPointF) -> None:
        width, height = self._size()
        rect = QRectF(0, 0, width, height)
        rect.moveCenter(centre)
        self.cancel()
        self._add(rect)

    def _add(self, rect: QRectF) -> None:
        label = self.tr("Machine") if self.kind is PlanItemKind.MACHINE else ""
        self.add(
            self.new_item(
                self.kind,
                [_point(rect.center())],
                width=rect.width(),
                height=rect.height(),
                label=label,
            )
        )

    def wants_key(self, event: QKeyEvent) -> bool:
        return self._start is None and self.typed.wants(event)

    def key(self, event: QKeyEvent) -> bool:
        if not self.wants_key(event):
            return False
        if self.typed.key(event) == "enter":
            view = self.editor.view
            self._place(self._pointer or view.mapToScene(view.viewport().rect().center()))
            return True
        self._redraw_typed()
        self.message.emit(self.typed.hint())
        return True

    def _redraw_typed(self) -> None:
        """The typed footprint centred on the pointer, where a click or Enter puts it."""
        if self._pointer is None:
            return
        width, height = self._size()
        rect = QRectF(0, 0, width, height)
        rect.moveCenter(self._pointer)
        path = QPainterPath()
        path.addRect(rect)
        self._show(path)
        self.readout.show(self.typed.readout(), rect.bottomRight())


class PolygonAreaTool(Tool):
    """Zones of any shape: click each corner (or type the next side's length), double-click
    or Enter to close."""

    def __init__(self, editor, kind: PlanItemKind):
        super().__init__(editor)
        self.kind = kind
        self._points: list[QPointF] = []
        self._preview: QGraphicsPathItem | None = None
        self._pointer: QPointF | None = None
        self.typed = TypedLengths(1)
        self.readout = Readout(editor.scene)

    def hint(self) -> str:
        return self.tr(
            "Click each corner, or type the next side's length in metres and press Enter; "
            "double-click or Enter closes the shape; Esc cancels."
        )

    def cancel(self) -> None:
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
        self._points, self._pointer = [], None
        self.typed.clear()
        self.readout.hide()
        self.scene.object_snap.hide()

    def _draw(self, pointer: QPointF | None = None) -> None:
        if self._preview is None:
            self._preview = QGraphicsPathItem()
            pen = QPen(PREVIEW_PEN, 0, Qt.PenStyle.DashLine)
            self._preview.setPen(pen)
            self._preview.setZValue(1e9)
            self.scene.addItem(self._preview)
        points = self._points + ([pointer] if pointer is not None else [])
        path = QPainterPath()
        path.addPolygon(QPolygonF(points))
        self._preview.setPath(path)
        if pointer is None or not self._points:
            self.readout.hide()
            return
        metres = QLineF(self._points[-1], pointer).length()
        metres *= self.editor.plan_document.plan.metres_per_unit
        typed = self.typed.readout() if self.typed.typing else f"{metres:.2f} m"
        self.readout.show(typed, pointer)

    def _next_corner(self, pointer: QPointF) -> QPointF:
        """The pointer, or the typed length from the last corner towards it."""
        (length,) = self.typed.values()
        if length is None or not self._points:
            return pointer
        end = point_at_length(_point(self._points[-1]), _point(pointer), self.units(length))
        return QPointF(end.x, end.y)

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._points.append(self.at(event))
        self._draw()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        point = self.at(event)
        self._pointer = event.scenePos()
        if self._points:
            self._draw(self._next_corner(self._pointer) if self.typed.typing else point)
        return bool(self._points)

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return bool(self._points)

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.close_shape()
        return True

    def wants_key(self, event: QKeyEvent) -> bool:
        return self.typed.wants(event, started=bool(self._points))

    def key(self, event: QKeyEvent) -> bool:
        if not self.wants_key(event):
            return False
        pointer = self._pointer or self._points[-1]
        if self.typed.key(event) == "enter":
            if self._pointer is not None and self._pointer != self._points[-1]:
                self._points.append(self._next_corner(pointer))
            self.typed.clear()
            self._draw(self._pointer)
            return True
        self._draw(self._next_corner(pointer))
        self.message.emit(self.typed.hint())
        return True

    def close_shape(self) -> None:
        points = [_point(p) for p in self._points]
        # a double-click repeats its last point: drop repeats before validating
        unique = [p for i, p in enumerate(points) if i == 0 or distance(p, points[i - 1]) > 1e-9]
        self.cancel()
        if unique:
            self.add(self.new_item(self.kind, unique))
