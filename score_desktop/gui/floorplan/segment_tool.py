"""Walls, doors and emergency exits: dragged end to end, or clicked at one end and then
clicked at the other or given a typed length (4.5 Enter: 4.5 m towards the pointer)."""

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from ...domain.drafting import point_at_length
from ...domain.floorplan import PlanItemKind
from .drag_or_type import DragOrTypeTool
from .tools import _point


class SegmentTool(DragOrTypeTool):
    def __init__(self, editor, kind: PlanItemKind):
        super().__init__(editor)
        self.kind = kind
        self._shift = False

    def hint(self) -> str:
        return self.tr(
            "Drag from one end to the other, or click one end and type the length in metres; "
            "Shift keeps it straight."
        )

    def clicked_hint(self) -> str:
        return self.tr("Click the other end, or type its length in metres and press Enter.")

    def path(self, start: QPointF, end: QPointF) -> QPainterPath:
        path = QPainterPath(start)
        path.lineTo(end)
        return path

    def second_point(self, event: QGraphicsSceneMouseEvent) -> QPointF:
        """The far end for the pointer: the typed length towards it, else the pointer snapped
        to an item or the grid, kept straight with Shift."""
        self._shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self.typed.complete:
            return self.typed_point()
        end = self.at(event)
        if self._shift and self._start is not None:
            end = self._straightened(end)
            self.scene.object_snap.hide()
        return end

    def _straightened(self, end: QPointF) -> QPointF:
        delta = end - self._start
        if abs(delta.x()) >= abs(delta.y()):
            return QPointF(end.x(), self._start.y())
        return QPointF(self._start.x(), end.y())

    def typed_point(self) -> QPointF:
        """The typed length towards the pointer (the pointer itself while none is typed)."""
        pointer = self._pointer or self._start
        if self._shift:
            pointer = self._straightened(pointer)
        (length,) = self.typed.values()
        if length is None:
            return pointer
        end = point_at_length(_point(self._start), _point(pointer), self.units(length))
        return QPointF(end.x, end.y)

    def redraw(self, end: QPointF | None) -> None:
        if self._start is None or end is None:
            return
        self._show(self.path(self._start, end))
        metres = QLineF(self._start, end).length() * self.editor.plan_document.plan.metres_per_unit
        typed = self.typed.readout() if self.typed.typing else f"{metres:.2f} m"
        self.readout.show(typed, end)

    def finish(self, start: QPointF, end: QPointF) -> None:
        self.add(self.new_item(self.kind, (_point(start), _point(end))))
