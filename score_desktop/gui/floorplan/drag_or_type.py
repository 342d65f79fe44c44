"""The base of tools drawn from a first point to a second (walls, rectangles): dragged, or
clicked at the first point and then clicked at the second or given typed lengths."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from .tools import CLICK_TOLERANCE_PX, _PreviewTool
from .typed_length import Readout, TypedLengths


class DragOrTypeTool(_PreviewTool):
    """Subclasses say where the second point is (`second_point`, `typed_point`), how the
    shape and its readout are drawn (`redraw`) and what is made (`finish`)."""

    FIELDS = 1

    def __init__(self, editor):
        super().__init__(editor)
        self.typed = TypedLengths(self.FIELDS)
        self.readout = Readout(editor.scene)
        self._clicked = False  # the first point was clicked: the second waits
        self._pressed_at = QPointF()
        self._pointer: QPointF | None = None

    def clicked_hint(self) -> str:
        """The status line once the first point is clicked."""
        return ""

    def second_point(self, event: QGraphicsSceneMouseEvent) -> QPointF:
        """The second point for the pointer: the typed one if complete, else snapped."""
        return self.typed_point() if self.typed.complete else self.at(event)

    def typed_point(self) -> QPointF:
        raise NotImplementedError

    def redraw(self, end: QPointF) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        super().cancel()
        self.readout.hide()
        self.typed.clear()
        self._clicked, self._pointer = False, None

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._start is None:
            self._start = self._pointer = self.at(event)
            self._pressed_at = event.screenPos().toPointF()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            self.at(event)  # the snap marker shows where the shape would start
            return False
        self._pointer = event.scenePos()
        self.redraw(self.typed_point() if self.typed.typing else self.second_point(event))
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        moved = (event.screenPos().toPointF() - self._pressed_at).manhattanLength()
        if not self._clicked and moved < CLICK_TOLERANCE_PX:
            self._clicked = True  # now the second point: a click, or typed lengths
            self.message.emit(self.clicked_hint())
            return True
        self.finish_at(self.second_point(event))
        return True

    def wants_key(self, event: QKeyEvent) -> bool:
        return self.typed.wants(event, started=self._start is not None)

    def key(self, event: QKeyEvent) -> bool:
        if not self.wants_key(event):
            return False
        if self.typed.key(event) == "enter":
            self.finish_at(self.typed_point())
            return True
        self.redraw(self.typed_point() if self.typed.typing else self._pointer or self._start)
        self.message.emit(self.typed.hint())
        return True

    def finish_at(self, end: QPointF) -> None:
        start = self._start
        self.cancel()
        if start is not None:
            self.finish(start, end)
