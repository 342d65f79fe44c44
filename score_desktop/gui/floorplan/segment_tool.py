"""Walls, doors and emergency exits: dragged end to end, or clicked at one end and then
clicked at the other or given a typed length (4.5 Enter: 4.5 m towards the pointer)."""

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QGraphicsSimpleTextItem

from ...domain.drafting import point_at_length
from ...domain.floorplan import PlanItemKind
from .tools import CLICK_TOLERANCE_PX, PREVIEW_PEN, _point, _PreviewTool

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TYPED = {Qt.Key.Key_Period: ".", Qt.Key.Key_Comma: "."} | {
    getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)
}


class SegmentTool(_PreviewTool):
    def __init__(self, editor, kind: PlanItemKind):
        super().__init__(editor)
        self.kind = kind
        self._typed = ""
        self._clicked = False  # the first end was clicked: the second waits for a click or a length
        self._pressed_at = QPointF()
        self._pointer: QPointF | None = None
        self._shift = False
        self._length_label: QGraphicsSimpleTextItem | None = None

    def hint(self) -> str:
        return self.tr(
            "Drag from one end to the other, or click one end and type the length in metres; "
            "Shift keeps it straight."
        )

    def path(self, start: QPointF, end: QPointF) -> QPainterPath:
        path = QPainterPath(start)
        path.lineTo(end)
        return path

    def cancel(self) -> None:
        super().cancel()
        if self._length_label is not None:
            self.scene.removeItem(self._length_label)
            self._length_label = None
        self._typed, self._clicked, self._pointer = "", False, None

    # Mouse ---------------------------------------------------------------------------------

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._start is None:
            self._start = self._pointer = self.at(event)
            self._pressed_at = event.screenPos().toPointF()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            self.at(event)  # the snap marker shows where the wall would start
            return False
        self._pointer = event.scenePos()
        self._redraw(self._end(event))
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        moved = (event.screenPos().toPointF() - self._pressed_at).manhattanLength()
        if not self._clicked and moved < CLICK_TOLERANCE_PX:
            self._clicked = True  # now the other end: a click, or a typed length
            self.message.emit(
                self.tr("Click the other end, or type its length in metres and press Enter.")
            )
            return True
        self._draw_to(self._end(event))
        return True

    def _end(self, event: QGraphicsSceneMouseEvent) -> QPointF:
        """The far end for the pointer: the typed length towards it, else the pointer snapped
        to an item or the grid, kept straight with Shift."""
        self._shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if self._length() is not None:
            return self._typed_end()
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

    # Typed length --------------------------------------------------------------------------

    def _length(self) -> float | None:
        try:
            metres = float(self._typed)
        except ValueError:
            return None
        return metres if metres > 0 else None

    def _typed_end(self) -> QPointF:
        pointer = self._pointer or self._start
        if self._shift:
            pointer = self._straightened(pointer)
        end = point_at_length(_point(self._start), _point(pointer), self.units(self._length()))
        return QPointF(end.x, end.y)

    def wants_key(self, event: QKeyEvent) -> bool:
        if self._start is None:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            return bool(self._typed)  # else Esc drops the wall, as in every tool
        return key in _TYPED or key in _ENTER or key == Qt.Key.Key_Backspace

    def key(self, event: QKeyEvent) -> bool:
        if not self.wants_key(event):
            return False
        key = event.key()
        if key in _ENTER:
            if self._length() is not None:
                self._draw_to(self._typed_end())
            return True
        if key == Qt.Key.Key_Escape:
            self._typed = ""
        elif key == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
        elif not (_TYPED[key] == "." and "." in self._typed):
            self._typed += _TYPED[key]
        self._redraw(self._typed_end() if self._length() is not None else self._pointer)
        self.message.emit(
            self.tr("Length: %1 m. Enter draws it; Backspace edits; Esc stops typing.").replace(
                "%1", self._typed or "…"
            )
        )
        return True

    # Drawing -------------------------------------------------------------------------------

    def _redraw(self, end: QPointF | None) -> None:
        if self._start is None or end is None:
            return
        self._show(self.path(self._start, end))
        if self._length_label is None:
            self._length_label = QGraphicsSimpleTextItem()
            self._length_label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self._length_label.setBrush(QColor(PREVIEW_PEN))
            self._length_label.setZValue(1e9)
            self.scene.addItem(self._length_label)
        metres = QLineF(self._start, end).length() * self.editor.plan_document.plan.metres_per_unit
        self._length_label.setText(f"{self._typed} m" if self._typed else f"{metres:.2f} m")
        self._length_label.setPos(end)

    def _draw_to(self, end: QPointF) -> None:
        start = self._start
        self.cancel()
        if start is not None:
            self.add(self.new_item(self.kind, (_point(start), _point(end))))
