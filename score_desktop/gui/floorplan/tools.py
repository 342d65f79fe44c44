"""Editor tools: each handles its own press, move, release and Esc (the Orange pattern).

The scene gives every mouse event to the active tool first; a tool returns True when it used
the event. SelectTool uses none, so Qt's own selection, rubber band and dragging apply.
"""

import dataclasses
import math

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from ...document.plan_commands import AddPlanItemsCommand, EditPlanCommand
from ...domain.drafting import point_at_length
from ...domain.errors import ValidationError
from ...domain.floorplan import Layer, PlanItem, PlanItemKind
from ...domain.geometry import Point, Scale, distance
from ..i18n import problems_text
from .items import PlanGraphics
from .photo_pins import PhotoPinItem
from .pins import HazardPin
from .typed_length import TypedLengths

PREVIEW_PEN = QColor("#2874A6")
CLICK_TOLERANCE_PX = 4  # a press and release closer than this is a click, not a drag


def _point(p: QPointF) -> Point:
    return Point(p.x(), p.y())


class Tool(QObject):
    """Signals:
    message(str): a hint or a result for the status bar.
    problem(str): a refused action, for a message box.
    """

    message = Signal(str)
    problem = Signal(str)

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor

    @property
    def scene(self):
        return self.editor.scene

    def hint(self) -> str:
        return ""

    def activate(self) -> None:
        self.message.emit(self.hint())

    def deactivate(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Esc: drop what is half drawn."""

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def wants_key(self, event: QKeyEvent) -> bool:
        """Whether this key is the tool's now (before the editor's shortcuts see it)."""
        return False

    def key(self, event: QKeyEvent) -> bool:
        return False

    def at(self, event: QGraphicsSceneMouseEvent) -> QPointF:
        """The point under the pointer, snapped to a nearby item (Alt: not) or the grid."""
        return self.scene.object_snap.point(event.scenePos(), event.modifiers())

    def add(self, item: PlanItem) -> bool:
        """Push the new item; a refused one (degenerate shape…) is explained, not added."""
        try:
            item.validate()
        except ValidationError as exc:
            self.problem.emit(problems_text(exc.problems))
            return False
        document = self.editor.plan_document
        return document.push(AddPlanItemsCommand(document.portfolio, [item]))

    def new_item(self, kind: PlanItemKind, points, **fields) -> PlanItem:
        document = self.editor.plan_document
        is_area = PlanItem(document.plan_id, kind, ()).layer is Layer.ZONES
        z = document.bottom_z() - 1 if is_area else document.top_z() + 1  # areas stay below
        return PlanItem(plan_id=document.plan_id, kind=kind, points=tuple(points), z=z, **fields)

    def units(self, metres: float) -> float:
        return metres / self.editor.plan_document.plan.metres_per_unit


class SelectTool(Tool):
    NAMED = {
        PlanItemKind.ZONE,
        PlanItemKind.AISLE,
        PlanItemKind.STORAGE,
        PlanItemKind.MACHINE,
        PlanItemKind.LABEL,
        PlanItemKind.STAIRS,
    }

    def hint(self) -> str:
        return self.tr("Click or drag a rectangle to select; Shift/Ctrl adds; drag to move.")

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        """In review mode nothing on the plan is dragged (a move is an edit the document
        refuses): the drag is taken here, before Qt moves the item under the mouse."""
        return bool(event.buttons()) and self.editor.plan_document.portfolio.reviewing

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Double-clicking a hazard pin opens its form, a photo pin its photo; a zone (or
        anything named), its name."""
        for pin in self.scene.items(event.scenePos(), deviceTransform=self._device(event)):
            if isinstance(pin, HazardPin):
                self.editor.hazards.edit(pin.hazard_id)
                return True
            if isinstance(pin, PhotoPinItem):
                self.editor.photo_pins.open_viewer(pin.photo_id)
                return True
        for graphics in self.scene.items(event.scenePos()):
            if isinstance(graphics, PlanGraphics) and graphics.record.kind in self.NAMED:
                self.editor.arrange.rename(graphics.item_id)
                return True
        return False

    def _device(self, event: QGraphicsSceneMouseEvent):
        view = event.widget().parent() if event.widget() is not None else None
        return view.viewportTransform() if view is not None else QTransform()


class _PreviewTool(Tool):
    """Shared by tools that show a shape while the mouse is dragged."""

    def __init__(self, editor):
        super().__init__(editor)
        self._start: QPointF | None = None
        self._preview: QGraphicsPathItem | None = None

    def _show(self, path: QPainterPath) -> None:
        if self._preview is None:
            self._preview = QGraphicsPathItem()
            pen = QPen(PREVIEW_PEN, 0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._preview.setPen(pen)
            self._preview.setZValue(1e9)
            self.scene.addItem(self._preview)
        self._preview.setPath(path)

    def cancel(self) -> None:
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
        self._start = None
        self.scene.object_snap.hide()

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._start = self.at(event)
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        end = self.at(event)  # the snap marker shows before the first press, too
        if self._start is None:
            return False
        self._show(self.path(self._start, end))
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        start, end = self._start, self.at(event)
        self.cancel()
        self.finish(start, end)
        return True

    def path(self, start: QPointF, end: QPointF) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(start, end).normalized())
        return path

    def finish(self, start: QPointF, end: QPointF) -> None:
        raise NotImplementedError


class PointSymbolTool(Tool):
    """Fire extinguishers, first-aid and eyewash points: one click each."""

    def __init__(self, editor, kind: PlanItemKind):
        super().__init__(editor)
        self.kind = kind

    def hint(self) -> str:
        return self.tr("Click where it hangs or stands.")

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.add(self.new_item(self.kind, [_point(self.scene.snapped(event.scenePos()))]))
        return True


class TextTool(Tool):
    def hint(self) -> str:
        return self.tr("Click where the text goes.")

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        position = _point(self.scene.snapped(event.scenePos()))
        text, ok = self.editor.ask_text(self.tr("Text label"), self.tr("Text:"))
        if ok and text.strip():
            self.add(self.new_item(PlanItemKind.LABEL, [position], label=text.strip()))
        return True


class _TwoPointTool(Tool):
    """Measure and calibrate: drag (or click twice) between two points."""

    def __init__(self, editor):
        super().__init__(editor)
        self._start: QPointF | None = None
        self._line: QGraphicsPathItem | None = None
        self._label: QGraphicsSimpleTextItem | None = None

    def cancel(self) -> None:
        for item in (self._line, self._label):
            if item is not None:
                self.scene.removeItem(item)
        self._line = self._label = None
        self._start = None

    def _draw(self, a: QPointF, b: QPointF, text: str) -> None:
        if self._line is None:
            self._line = QGraphicsPathItem()
            pen = QPen(QColor("#C0392B"), 2)
            pen.setCosmetic(True)
            self._line.setPen(pen)
            self._line.setZValue(1e9)
            self._label = QGraphicsSimpleTextItem()
            self._label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self._label.setBrush(QColor("#C0392B"))
            self._label.setZValue(1e9)
            self.scene.addItem(self._line)
            self.scene.addItem(self._label)
        path = QPainterPath(a)
        path.lineTo(b)
        self._line.setPath(path)
        self._label.setText(text)
        self._label.setPos((a + b) / 2)

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.cancel()
        self._start = event.scenePos()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            return False
        end = event.scenePos()
        self._draw(self._start, end, self.describe(self._start, end))
        return True

    def describe(self, a: QPointF, b: QPointF) -> str:
        metres = QLineF(a, b).length() * self.editor.plan_document.plan.metres_per_unit
        return f"{metres:.2f} m"


class MeasureTool(_TwoPointTool):
    """Drag, or click one point and then the other; a typed length shows where it reaches
    from the first point towards the pointer (does a 1.2 m aisle fit here?)."""

    def __init__(self, editor):
        super().__init__(editor)
        self.typed = TypedLengths(1)
        self._clicked = False
        self._pressed_at = QPointF()
        self._pointer = QPointF()

    def hint(self) -> str:
        return self.tr(
            "Drag between two points, or click one and then the other, to measure the "
            "distance; type a length in metres to see where it reaches."
        )

    def cancel(self) -> None:
        super().cancel()
        self.typed.clear()
        self._clicked = False

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if self._start is not None and self._clicked:
            return True  # the second click: its release ends the measure
        super().press(event)
        self._pressed_at = event.screenPos().toPointF()
        self._pointer = event.scenePos()
        return True

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            return False
        self._pointer = event.scenePos()
        self._redraw()
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            return False
        self._pointer = event.scenePos()
        moved = (event.screenPos().toPointF() - self._pressed_at).manhattanLength()
        if not self._clicked and moved < CLICK_TOLERANCE_PX:
            self._clicked = True  # now the other point: a click, or a typed length
            return True
        self._finish()
        return True

    def _end(self) -> QPointF:
        (length,) = self.typed.values()
        if length is None:
            return self._pointer
        end = point_at_length(_point(self._start), _point(self._pointer), self.units(length))
        return QPointF(end.x, end.y)

    def _redraw(self) -> None:
        end = self._end()
        typed = self.typed.readout() if self.typed.typing else self.describe(self._start, end)
        self._draw(self._start, end, typed)

    def _finish(self) -> None:
        end = self._end()
        text = self.describe(self._start, end)
        self._draw(self._start, end, text)
        self._start, self._clicked = None, False
        self.typed.clear()
        self.last_measure = text
        self.message.emit(self.tr("Distance: %1").replace("%1", text))

    def wants_key(self, event: QKeyEvent) -> bool:
        return self.typed.wants(event, started=self._start is not None)

    def key(self, event: QKeyEvent) -> bool:
        if not self.wants_key(event):
            return False
        if self.typed.key(event) == "enter":
            self._finish()
            return True
        self._redraw()
        self.message.emit(self.typed.hint())
        return True


class CalibrateTool(_TwoPointTool):
    """Drag along something of known length on the background, then type that length."""

    def hint(self) -> str:
        return self.tr("Drag along a length you know (a wall, a door), then type it in metres.")

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if self._start is None:
            return False
        a, b = _point(self._start), _point(event.scenePos())
        self.cancel()
        plan = self.editor.plan_document.plan
        current = distance(a, b) * plan.metres_per_unit
        metres, ok = self.editor.ask_number(
            self.tr("Calibrate scale"),
            self.tr("Real length of the line, in metres:"),
            round(current, 2) if math.isfinite(current) else 1.0,
        )
        self.editor.calibrated()  # back to Select, the plan holding the keyboard
        if not ok:
            return True
        try:
            scale = Scale.calibrated(a, b, metres)
        except ValidationError as exc:
            self.problem.emit(problems_text(exc.problems))
            return True
        new_plan = dataclasses.replace(plan, metres_per_unit=scale.metres_per_unit)
        self.editor.plan_document.push(
            EditPlanCommand(
                self.editor.plan_document.portfolio, new_plan, self.tr("Calibrate scale")
            )
        )
        self.message.emit(
            self.tr("Scale set: %1 m per unit").replace("%1", f"{scale.metres_per_unit:.5g}")
        )
        return True


class PlaceHazardTool(Tool):
    """Click where a hazard is: a new hazard there, or the one waiting to be pinned."""

    def hint(self) -> str:
        return self.tr("Click where the hazard is; its zone and exposed workers are filled in.")

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.editor.hazards.place_at(self.scene.snapped(event.scenePos()))
        return True
