"""Graphics items for plan items: one class per shape family.

An item keeps only its record's id and what it needs to draw; `sync()` rebuilds it from the
domain record whenever the document says the record changed. `origin` is the item's position
at the last sync, so a drag can be turned into a move command on release.
"""

import functools
import math
import uuid

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ...domain.drafting import wall_outline
from ...domain.floorplan import SHAPE_OF, PlanItem, PlanItemKind, Shape
from ...domain.geometry import centroid
from ...domain.plan_style import DEFAULT_LABEL_METRES, STYLES, SYMBOL_SIZE_PX
from . import led_out_names, zone_names
from .marker_layer import MarkerItem

SYMBOL_ITEM_Z = 4e7 + 1  # just above the scene's symbol layer (scene.SYMBOLS_Z)
MIN_TEXT_PX = 5  # below this on screen, labels are not drawn (readability and speed)
_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
)
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_RESTING_SYMBOL_FLAGS = (
    _FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations | _NO_CONTENTS
)


def _colour(hex_colour: str, alpha: float = 1.0) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlphaF(alpha)
    return colour


# Pens and brushes are shared values in Qt: a plan's thousands of shapes use a few of each,
# made once rather than once per item.


@functools.lru_cache(maxsize=512)
def _brush(hex_colour: str, alpha: float) -> QBrush:
    return QBrush(_colour(hex_colour, alpha))


@functools.lru_cache(maxsize=512)
def _pen(hex_colour: str, width: float, mitred: bool = False, flat: bool = False) -> QPen:
    """`mitred`: mitre joins; `flat`: flat caps (flags, not Qt's enums: the cache hashes its
    arguments, and a PySide enum hashes in Python)."""
    pen = QPen(_colour(hex_colour), width)
    if mitred:
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if flat:
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@functools.lru_cache(maxsize=64)
def _text_colour(hex_colour: str) -> QColor:
    return QColor(hex_colour)


def draw_text(
    painter: QPainter,
    text: str,
    centre: QPointF,
    height_units: float,
    colour: QColor,
    bold: bool = False,
) -> None:
    """Centred text `height_units` tall in scene units, skipped when too small to read."""
    if not text or height_units * _screen_scale(painter) < MIN_TEXT_PX:
        return
    font = QFont()
    font.setPixelSize(100)
    font.setBold(bold)
    factor = height_units / 100
    painter.save()
    painter.translate(centre)
    painter.scale(factor, factor)
    painter.setFont(font)
    painter.setPen(colour)
    box = QRectF(-5000, -5000, 10000, 10000)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


_TEXT_COLOUR = QColor("#1B2631")


def _screen_scale(painter: QPainter) -> float:
    """Screen pixels per scene unit, whatever the rotation."""
    t = painter.worldTransform()
    return math.hypot(t.m21(), t.m22())


def _readable(painter: QPainter, height_units: float) -> bool:
    """Whether text this tall would be legible at the painter's zoom (checked before work)."""
    return height_units * _screen_scale(painter) >= MIN_TEXT_PX


class PlanGraphics:
    """What every plan graphics item has: the id of its record and its last synced position."""

    item_id: uuid.UUID
    origin: QPointF
    record: PlanItem | None = None  # a class default: a missing attribute is a slow lookup
    metres_per_unit: float

    def _remember(self, item: PlanItem, metres_per_unit: float, x: float = 0.0, y: float = 0.0):
        """`x, y`: the position just set (reading pos() back costs more than building it)."""
        previous = self.record
        self.item_id, self.record, self.metres_per_unit = item.id, item, metres_per_unit
        if previous is not None and previous != item:
            # Qt repaints an item by itself only when its geometry or pen changes: a new
            # label or count on the same outline stayed unpainted until the next zoom
            self.update()
        self.setZValue(item.z)
        self.origin = QPointF(x, y)

    def label_units(self) -> float:
        size = self.record.font_size or DEFAULT_LABEL_METRES / self.metres_per_unit
        return size

    _name_at: tuple | None = None  # (zoom, layout) of its name, found when first painted

    def name_layout(self, painter: QPainter, text: str, preferred: float):
        """Where its name goes at the painter's zoom: clear of pins (see zone_names.py)."""
        key = round(_screen_scale(painter), 9)
        if self._name_at is None or self._name_at[0] != key:
            layout = zone_names.layout_name(self.scene(), self.record, text, preferred, key)
            self._name_at = (key, layout)
        return self._name_at[1]

    def draw_name(self, painter: QPainter, text: str, preferred: float, colour: QColor) -> None:
        layout = self.name_layout(painter, text, preferred)
        if layout is not None and layout.leader is not None:  # beside the room
            led_out_names.layer_of(self.scene(), draw_text).show_name(
                self, self._name_at[0], layout, colour
            )
            return
        layer = getattr(self.scene(), "led_out_names", None)
        if layer is not None:
            layer.forget(self.item_id)
        if layout is None:  # fits nowhere: small, in the middle
            centre = QPointF(0, 0)
            if self.record.shape is Shape.POLYGON:
                middle = centroid(self.record.points)
                centre = QPointF(middle.x, middle.y)
            draw_text(painter, text, centre, preferred * zone_names.SMALLEST, colour)
            return
        painter.save()
        painter.translate(layout.x, layout.y)
        if layout.turned:
            painter.rotate(-90)
        lines = "\n".join(layout.text.lines)
        draw_text(painter, lines, QPointF(0, 0), layout.text.size, colour)
        painter.restore()

    def names_moved(self) -> None:
        """Pins near it came, went or moved: its name is placed again."""
        self._name_at = None
        self.update()


class PolygonGraphics(QGraphicsPolygonItem, PlanGraphics):
    """Zones, aisles and storage areas, their names painted in Python. Not cached, as no
    shape is (docs/ARCHITECTURE.md, Floor plans, Speed): filling 1,333 zones' and machines'
    device caches on a plan's first paint cost more than the cache saved afterwards."""

    def __init__(self, item: PlanItem, metres_per_unit: float):
        super().__init__()
        self.setFlags(_FLAGS)
        self.sync(item, metres_per_unit)

    def sync(self, item: PlanItem, metres_per_unit: float) -> None:
        style = STYLES[item.kind]
        self.setPos(0, 0)
        self.setPolygon(QPolygonF([QPointF(x, y) for x, y in item.points]))
        self.setBrush(_brush(item.fill or style.fill, style.fill_alpha))
        self.setPen(_pen(style.stroke, style.stroke_metres / metres_per_unit, mitred=True))
        self._name_at = None
        self._remember(item, metres_per_unit)
        lines = [item.label]
        if item.kind is PlanItemKind.ZONE and (item.workers_women or item.workers_men):
            lines.append(f"♀ {item.workers_women}  ♂ {item.workers_men}")
        self._text = "\n".join(line for line in lines if line)
        self._text_colour = _text_colour(style.stroke)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ):
        super().paint(painter, option, widget)
        height = self.label_units()
        # readable at its own size: placed (the place may shrink it past reading, then
        # draw_text skips it); checked at the smallest size, names vanished at a hall's fit
        if self._text and _readable(painter, height):
            self.draw_name(painter, self._text, height, self._text_colour)


class SegmentGraphics(QGraphicsPathItem, PlanGraphics):
    """Walls, doors and exits: painted by Qt alone (exits add their text) and not cached. A
    filled outline or a stroked line costs Qt less than blitting a cache: on 10,000 items,
    caching 667 walls added 15-19 ms to the open (each cache filled on the first paint) and
    took nothing off a repaint (docs/ARCHITECTURE.md, Floor plans, Speed)."""

    def __init__(self, item: PlanItem, metres_per_unit: float):
        super().__init__()
        self.setFlags(_FLAGS)
        self.sync(item, metres_per_unit)

    _neighbours: tuple = (None, None)  # far ends of the walls joined at each end

    def set_neighbours(self, neighbours: tuple) -> None:
        """A wall's joined neighbours changed: its ends are cut for the new corners."""
        if neighbours != self._neighbours:
            self._neighbours = neighbours
            self.sync(self.record, self.metres_per_unit)

    def sync(self, item: PlanItem, metres_per_unit: float) -> None:
        style = STYLES[item.kind]
        width = item.thickness or style.stroke_metres / metres_per_unit
        if item.kind is PlanItemKind.WALL:  # an outline, its ends mitred where walls join
            first, *others = wall_outline(*item.points, width, *self._neighbours)
            path = QPainterPath()  # drawn corner to corner: a third of a QPolygonF's cost
            path.moveTo(*first)
            for x, y in others:
                path.lineTo(x, y)
            path.closeSubpath()
            self.setPos(0, 0)
            self.setPath(path)
            self.setPen(_NO_PEN)
            self.setBrush(_brush(style.stroke, 1.0))
            self._remember(item, metres_per_unit)
            return
        (ax, ay), (bx, by) = item.points
        path = QPainterPath()
        path.moveTo(ax, ay)
        path.lineTo(bx, by)
        if item.kind is PlanItemKind.DOOR:  # the leaf's quarter-circle swing, hinged at a
            length = math.hypot(bx - ax, by - ay)
            start = math.degrees(math.atan2(-(by - ay), bx - ax))
            swing = QRectF(ax - length, ay - length, 2 * length, 2 * length)
            path.arcMoveTo(swing, start)
            path.arcTo(swing, start, 90)
        self.setPos(0, 0)
        self.setPath(path)
        self.setPen(_pen(style.stroke, width, flat=True))
        self._remember(item, metres_per_unit)


class ExitGraphics(SegmentGraphics):
    """An emergency exit: a green band with EXIT (or its label) written along it."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ):
        super().paint(painter, option, widget)
        a, b = self.record.points
        label = self.record.label or "EXIT"
        length = math.hypot(b.x - a.x, b.y - a.y)
        # along the segment, inside the green band, and no longer than the segment
        height = min(self.pen().widthF() * 0.75, length / (0.65 * len(label)))
        angle = math.degrees(math.atan2(b.y - a.y, b.x - a.x))
        if 90 < angle <= 270 or -270 <= angle < -90:
            angle -= 180
        painter.save()
        painter.translate(QPointF((a.x + b.x) / 2, (a.y + b.y) / 2))
        painter.rotate(angle)
        draw_text(painter, label, QPointF(0, 0), height, QColor("#FFFFFF"), bold=True)
        painter.restore()


class BoxGraphics(QGraphicsPolygonItem, PlanGraphics):
    """Machines and stairs: a rectangle turned by the record's rotation (in the polygon: the
    item's own transform stays the identity, so its position is the record's centre)."""

    def __init__(self, item: PlanItem, metres_per_unit: float):
        super().__init__()
        self.setFlags(_FLAGS)
        self.sync(item, metres_per_unit)

    def sync(self, item: PlanItem, metres_per_unit: float) -> None:
        style = STYLES[item.kind]
        ((x, y),) = item.points
        self._box, outline = _box_outline(item.width, item.height, item.rotation)
        self.setPolygon(outline)
        self.setPos(x, y)
        self.setBrush(_brush(item.fill or style.fill, style.fill_alpha))
        self.setPen(_pen(style.stroke, style.stroke_metres / metres_per_unit))
        self._remember(item, metres_per_unit, x, y)
        self._name_at = None
        longest = max((len(line) for line in item.label.splitlines()), default=0) or 1
        self._label_height = (
            min(self.label_units(), item.height * 0.5, item.width * 0.9 / (0.6 * longest))
            if item.label
            else 0.0
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ):
        super().paint(painter, option, widget)
        stairs = self.record.kind is PlanItemKind.STAIRS
        label = self._label_height and _readable(painter, self._label_height)
        if not (stairs or label):
            return
        painter.save()
        painter.rotate(self.record.rotation)
        rect = self._box
        if stairs:
            painter.setPen(self.pen())
            steps = max(2, int(rect.width() / (0.3 / self.metres_per_unit)))
            for i in range(1, steps):
                x = rect.left() + rect.width() * i / steps
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        if label:
            self.draw_name(painter, self.record.label, self._label_height, _TEXT_COLOUR)
        painter.restore()


class SymbolGraphics(MarkerItem, QGraphicsPixmapItem, PlanGraphics):
    """A safety point (extinguisher, first aid, eyewash): same size on screen at any zoom.

    At rest it paints nothing: the scene's MarkerLayer draws every symbol in one pass, because
    site plans hold thousands of them. Selected, it paints its highlighted look over its mark;
    dragged, it hides the mark (MarkerItem). It is the item that is hit, selected and dragged.
    """

    def __init__(self, item: PlanItem, metres_per_unit: float, ratio: float = 0.0):
        super().__init__()
        self.setFlags(_RESTING_SYMBOL_FLAGS)
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self._ratio = ratio or screen_ratio()
        self._look = None
        self.sync(item, metres_per_unit)

    def sync(self, item: PlanItem, metres_per_unit: float) -> None:
        x, y = item.points[0]
        self._remember(item, metres_per_unit, x, y)  # origin first: see MarkerItem
        self.setZValue(SYMBOL_ITEM_Z)  # its highlight above the layer that draws its mark
        self.setPos(x, y)
        self._show_pixmap()

    @property
    def resting_pixmap(self) -> QPixmap:
        return symbol_look(self.record.kind, False, self._ratio)[0]

    def _show_pixmap(self) -> None:
        selected = self.isSelected()
        look = symbol_look(self.record.kind, selected, self._ratio)
        if look is self._look:
            return
        self._look = look
        self.setFlag(_NO_CONTENTS, not selected)
        pixmap, offset = look
        self.setPixmap(pixmap)
        self.setOffset(offset, offset)

    def show_selection(self) -> None:
        """Called by the scene when selection changes (an itemChange override would be called
        for every flag and position set while thousands of symbols are built)."""
        self._show_pixmap()


def screen_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


@functools.cache
def symbol_look(kind: PlanItemKind, selected: bool, ratio: float) -> tuple[QPixmap, float]:
    """The pixmap and the offset that centres it on the symbol's position."""
    pixmap = symbol_pixmap(kind, selected, ratio)
    return pixmap, -pixmap.width() / pixmap.devicePixelRatio() / 2


@functools.cache
def symbol_pixmap(kind: PlanItemKind, selected: bool, ratio: float) -> QPixmap:
    """A safety symbol drawn once per kind, state and screen density, then reused: thousands
    of symbols on a site plan repaint as fast as plain rectangles."""
    half = SYMBOL_SIZE_PX / 2
    side = round((SYMBOL_SIZE_PX + 4) * ratio)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    style = STYLES[kind]
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(half + 2, half + 2)
    painter.setPen(
        QPen(QColor("#F4D03F") if selected else QColor("#FFFFFF"), 3 if selected else 1.5)
    )
    painter.setBrush(QColor(style.fill))
    box = QRectF(-half, -half, 2 * half, 2 * half)
    if kind is PlanItemKind.FIRST_AID:
        painter.drawRect(box)
    else:
        painter.drawEllipse(box)
    font = QFont()
    font.setPixelSize(int(SYMBOL_SIZE_PX * 0.6))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(style.stroke))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, style.symbol_text)
    painter.end()
    return pixmap


class LabelGraphics(QGraphicsItem, PlanGraphics):
    """Free text; its height is in plan units, so it scales with the drawing."""

    def __init__(self, item: PlanItem, metres_per_unit: float):
        super().__init__()
        self.setFlags(_FLAGS)
        self.sync(item, metres_per_unit)

    def sync(self, item: PlanItem, metres_per_unit: float) -> None:
        self.prepareGeometryChange()
        (point,) = item.points
        self.setPos(point.x, point.y)
        self.setRotation(item.rotation)
        self._remember(item, metres_per_unit, point.x, point.y)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        height = self.label_units()
        width = max(1, len(self.record.label)) * height * 0.65
        lines = self.record.label.count("\n") + 1
        return QRectF(-width / 2, -height * lines / 2, width, height * lines * 1.2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ):
        draw_text(
            painter,
            self.record.label,
            QPointF(0, 0),
            self.label_units(),
            QColor(STYLES[self.record.kind].stroke),
        )
        if self.isSelected():
            painter.setPen(QPen(QColor("#2E86C1"), 0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.boundingRect())


@functools.lru_cache(maxsize=256)
def _box_outline(width: float, height: float, rotation: float) -> tuple[QRectF, QPolygonF]:
    """A box centred on its position, and its outline turned by `rotation`: machines of one
    model share them (Qt copies both when an item takes them)."""
    box = QRectF(-width / 2, -height / 2, width, height)
    return box, QTransform().rotate(rotation).map(QPolygonF(box))


_CLASSES = {
    Shape.POLYGON: PolygonGraphics,
    Shape.SEGMENT: SegmentGraphics,
    Shape.BOX: BoxGraphics,
}


_CLASS_OF_KIND = {kind: _CLASSES.get(SHAPE_OF[kind], SymbolGraphics) for kind in PlanItemKind}
_CLASS_OF_KIND[PlanItemKind.LABEL] = LabelGraphics
_CLASS_OF_KIND[PlanItemKind.EMERGENCY_EXIT] = ExitGraphics


def make_graphics(item: PlanItem, metres_per_unit: float, ratio: float = 0.0) -> QGraphicsItem:
    """`ratio`: the screen's device pixel ratio, when the caller builds many symbols at once."""
    cls = _CLASS_OF_KIND[item.kind]
    if cls is SymbolGraphics:
        return SymbolGraphics(item, metres_per_unit, ratio)
    return cls(item, metres_per_unit)
