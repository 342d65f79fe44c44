"""Zone names led out of rooms too small for them: written beside the room, clear of pins,
with a thin line to the room's middle, as the plan sheet does in the PDF, PNG and SVG
(`Placer.lead_out`, placed by `zone_names.layout_name`).

A zone's own item cannot paint outside its outline (Qt clips an item to its bounding rect,
and zones are cached at screen resolution), so the names that leave their rooms are painted
by one layer above the drawing and below symbols and pins. It is made when the first name is
led out; each zone tells it its name's place when painted, for the zoom it was painted at,
and the layer draws only the places found for the zoom it paints at.
"""

import uuid
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...services.plan_sheet.labels import overlaps

LAYER_Z = 3.9e7  # above the drawing, below safety symbols (4e7) and pins (5e7)
EVERYWHERE = QRectF(-1e8, -1e8, 2e8, 2e8)
DOT_PX = 2.0  # the leader's dot in the room, on screen

Box = tuple[float, float, float, float]


def layer_of(scene, draw_text: Callable) -> "LedOutNames":
    """The scene's layer of led-out names, made on first use."""
    layer = getattr(scene, "led_out_names", None)
    if layer is None:
        layer = scene.led_out_names = LedOutNames(draw_text)
        scene.addItem(layer)
    return layer


def name_box(layout) -> Box:
    half_w, half_h = layout.text.width / 2, layout.text.height / 2
    return (layout.x - half_w, layout.y - half_h, layout.x + half_w, layout.y + half_h)


class LedOutNames(QGraphicsItem):
    def __init__(self, draw_text: Callable):
        super().__init__()
        self._draw_text = draw_text
        # zone id -> (its graphics item, zoom, layout, colour)
        self._names: dict[uuid.UUID, tuple] = {}
        self.setZValue(LAYER_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return EVERYWHERE  # names go where there is room: no geometry to keep up to date

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse: clicks reach what is below

    def show_name(self, graphics, zoom: float, layout, colour: QColor) -> None:
        old = self._names.get(graphics.item_id)
        if old is not None and old[1] == zoom and old[2] is layout:
            return
        self._names[graphics.item_id] = (graphics, zoom, layout, colour)
        self._repaint(old, layout)

    def forget(self, item_id: uuid.UUID) -> None:
        old = self._names.pop(item_id, None)
        if old is not None:
            self._repaint(old, None)

    def _repaint(self, old, layout) -> None:
        rect = QRectF()
        for each in (old[2] if old else None, layout):
            if each is not None:
                left, top, right, bottom = name_box(each)
                rect = rect.united(QRectF(left, top, right - left, bottom - top))
                rect = rect.united(QRectF(QPointF(*each.leader), QPointF(each.x, each.y)))
        pad = max(rect.width(), rect.height()) * 0.1  # the font draws a little wider
        self.update(rect.normalized().adjusted(-pad, -pad, pad, pad))

    def placed(self, zoom: float, near: QRectF, own: uuid.UUID) -> list[Box]:
        """The boxes other zones' led-out names take near `near` at `zoom`."""
        boxes = [
            name_box(layout)
            for item_id, (_graphics, at, layout, _colour) in self._names.items()
            if item_id != own and at == zoom
        ]
        area = (near.left(), near.top(), near.right(), near.bottom())
        return [box for box in boxes if overlaps(box, area)]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ):
        t = painter.worldTransform()
        zoom = round((t.m21() ** 2 + t.m22() ** 2) ** 0.5, 9)
        exposed = option.exposedRect if option is not None else EVERYWHERE
        for graphics, at, layout, colour in list(self._names.values()):
            if at != zoom or not self._shown(graphics):
                continue
            left, top, right, bottom = name_box(layout)
            start = QPointF(*layout.leader)
            area = QRectF(left, top, right - left, bottom - top).united(QRectF(start, start))
            if not area.adjusted(-1, -1, 1, 1).intersects(exposed):
                continue
            self._leader(painter, layout, colour, zoom)
            text = "\n".join(layout.text.lines)
            self._draw_text(painter, text, QPointF(layout.x, layout.y), layout.text.size, colour)

    def _shown(self, graphics) -> bool:
        return (
            shiboken6.isValid(graphics)
            and graphics.scene() is self.scene()
            and graphics.isVisible()
        )

    def _leader(self, painter: QPainter, layout, colour: QColor, zoom: float) -> None:
        """A thin line from the room's middle to the near edge of its name."""
        sx, sy = layout.leader
        half_w, half_h = layout.text.width / 2, layout.text.height / 2
        dx, dy = sx - layout.x, sy - layout.y
        reach = [1.0]
        if dx:
            reach.append(half_w / abs(dx))
        if dy:
            reach.append(half_h / abs(dy))
        t = min(reach)
        edge = QPointF(layout.x + dx * t, layout.y + dy * t)
        pen = QPen(colour, 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLine(QPointF(sx, sy), edge)
        painter.setBrush(colour)
        radius = DOT_PX / zoom
        painter.drawEllipse(QPointF(sx, sy), radius, radius)
