"""Where a zone's name goes in the editor: the plan sheet's rule (`services/plan_sheet/
labels.py`), in plan units at the view's zoom, so the screen and the outputs agree.

The name is fitted to the room (whole, then wrapped, then smaller; turned along a tall narrow
room rather than cut), then moved from the room's middle to the nearest place where it hides
no hazard pin, register tag, safety symbol or machine. A zone's name that fits nowhere in its
room is led out, as on the sheet: beside the room, with a line to it (`led_out_names.py`).
Pins and tags keep their size on screen, so the places they take are worked out for the zoom
the zone is painted at.
"""

import functools
import math
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from ...domain.floorplan import PlanItem, Shape
from ...domain.geometry import Point, centroid
from ...domain.plan_edit import box_corners
from ...domain.plan_style import PIN_DIAMETERS_PX, SYMBOL_SIZE_PX
from ...services.plan_sheet.labels import Box, FittedText, Placer, box_at, fit_text

SMALLEST = 0.6  # of the preferred size, before a name is turned or left to overflow
CROWDED_COVER = 1.0  # pins, tags and symbols that would cover a room this many times over
SMALLEST_MARK_PX = min(PIN_DIAMETERS_PX[0], SYMBOL_SIZE_PX)
INSET_PX = 3  # kept clear inside a room's outline, on screen
LEAD_OUT_EMS = 12  # a led-out name wraps at this many of its letters' heights (or the room)


@dataclass(frozen=True)
class NameLayout:
    text: FittedText
    x: float
    y: float
    turned: bool  # written upwards along a tall narrow room
    leader: tuple[float, float] | None = None  # led out: its line starts here, in the room


class QtTextMeasure:
    """Line widths in the font the editor draws names with, for `fit_text`."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return _em_width(text, bold) * size


@functools.lru_cache(maxsize=4096)
def _em_width(text: str, bold: bool) -> float:
    font = QFont()
    font.setPixelSize(100)
    font.setBold(bold)
    return QFontMetricsF(font).horizontalAdvance(text) / 100


MEASURE = QtTextMeasure()


def _turned(text: FittedText) -> FittedText:
    return FittedText(text.lines, text.size, text.height, text.width)


def crowded(scene, rect: QRectF, zoom: float) -> bool:
    """Whether the hazard pins, their register tags and the safety symbols in `rect` would
    cover it CROWDED_COVER times over at `zoom` (their sizes on screen summed): then no
    clear place is looked for there, since a name is larger than any of them. With 10,000
    pins on a plan, each room's search found none and took 50-100 ms, at every zoom. A
    count first (each mark at the smallest size any is drawn) settles it for the most
    crowded rooms without looking at each mark."""
    area_px = rect.width() * rect.height() * zoom * zoom
    pins = scene.hazard_pins
    shown = [layer for layer in (pins.layer, scene.symbol_layer, pins.tags) if layer.isVisible()]
    at_least = sum(layer.count_within(rect) for layer in shown if layer is not pins.tags)
    if at_least * SMALLEST_MARK_PX**2 >= CROWDED_COVER * area_px:
        return True
    return sum(layer.area_within(rect) for layer in shown) >= CROWDED_COVER * area_px


def taken_near(scene, room: QRectF, zoom: float, own: PlanItem) -> list[Box]:
    """The places in and around `room` that a name must not cover: hazard pins and their
    tags, safety symbols (as drawn at `zoom`), and machines."""
    pins = scene.hazard_pins
    layers = (pins.layer, pins.tags, scene.symbol_layer)
    taken = [box for layer in layers if layer.isVisible() for box in layer.boxes_near(room, zoom)]
    for graphics in scene.items(room):
        record = getattr(graphics, "record", None)
        if record is not None and record.id != own.id and record.shape is Shape.BOX:
            xs, ys = zip(*box_corners(record), strict=True)
            taken.append((min(xs), min(ys), max(xs), max(ys)))
    return taken


def _in_box_frame(boxes: list[Box], record: PlanItem) -> list[Box]:
    """Scene boxes as seen from a machine's own frame (centred, unturned): the boxes that
    hold them there."""
    (centre,) = record.points
    turn = math.radians(-record.rotation)
    cos, sin = math.cos(turn), math.sin(turn)
    framed = []
    for left, top, right, bottom in boxes:
        xs, ys = [], []
        for x, y in ((left, top), (right, top), (right, bottom), (left, bottom)):
            dx, dy = x - centre.x, y - centre.y
            xs.append(dx * cos - dy * sin)
            ys.append(dx * sin + dy * cos)
        framed.append((min(xs), min(ys), max(xs), max(ys)))
    return framed


def layout_name(scene, record: PlanItem, text: str, preferred: float, zoom: float):
    """Where and how big `text` is written in zone or machine `record` (a machine's in its
    own frame: centred, unturned); None when not even the smallest size fits either way
    (then it is written at the middle, small)."""
    if record.shape is Shape.BOX:
        half_w, half_h = record.width / 2, record.height / 2
        outline, centre = [(-half_w, -half_h), (half_w, half_h)], Point(0.0, 0.0)
    else:
        outline, centre = [(p.x, p.y) for p in record.points], centroid(record.points)
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    inset = min(INSET_PX / zoom, width / 4, height / 4)
    room = (min(xs) + inset, min(ys) + inset, max(xs) - inset, max(ys) - inset)
    room_w, room_h = room[2] - room[0], room[3] - room[1]
    sizes = (preferred, preferred * SMALLEST)
    fitted, turned = fit_text(text, room_w, room_h, sizes, MEASURE), False
    if fitted is None and room_h > room_w:
        upright = fit_text(text, room_h, room_w, sizes, MEASURE)
        if upright is not None:
            fitted, turned = _turned(upright), True
    polygon = record.shape is Shape.POLYGON
    if fitted is None:
        return _led_out(scene, record, text, sizes, zoom, outline, centre) if polygon else None
    if record.shape is Shape.BOX:
        corners = box_corners(record)
        scene_xs, scene_ys = [p.x for p in corners], [p.y for p in corners]
        rect = QRectF(min(scene_xs), min(scene_ys), max(scene_xs) - min(scene_xs), 0)
        rect.setBottom(max(scene_ys))
    else:
        rect = QRectF(room[0], room[1], room_w, room_h)
    if crowded(scene, rect, zoom):
        # no clear place to find: the middle, as small as a search that found none leaves it
        least = fit_text(text, *_sides(room, turned), (preferred * SMALLEST,) * 2, MEASURE)
        if least is not None:
            fitted = _turned(least) if turned else least
        return NameLayout(_turned(fitted) if turned else fitted, centre.x, centre.y, turned)
    taken = taken_near(scene, rect, zoom, record)
    if record.shape is Shape.BOX:
        taken = _in_box_frame(taken, record)
    placer = Placer(taken, cell=max(room_w, room_h) / 8 or 1.0)
    place = placer.place((centre.x, centre.y), fitted, room)
    while place is None and fitted.size > preferred * SMALLEST + 1e-9:
        # a crowded room: the nearest clear place anywhere in it, then a smaller setting
        place = _scan(placer, fitted, room, (centre.x, centre.y))
        if place is None:
            smaller = fit_text(text, *_sides(room, turned), (fitted.size * 0.85,) * 2, MEASURE)
            if smaller is None:
                break
            fitted = _turned(smaller) if turned else smaller
    if place is None:
        place = _scan(placer, fitted, room, (centre.x, centre.y))
    if place is None and polygon:  # no clear place in the room: beside it, never under a pin
        led_out = _led_out(scene, record, text, sizes, zoom, outline, centre)
        if led_out is not None:
            return led_out
    x, y = place if place is not None else (centre.x, centre.y)  # nowhere clear: the middle
    return NameLayout(_turned(fitted) if turned else fitted, x, y, turned)


def _led_out(scene, record: PlanItem, text: str, sizes, zoom: float, outline, centre: Point):
    """The name beside its room (above, below, right, left, then further out: the sheet's
    `Placer.lead_out`), clear of pins, tags, symbols, machines and other led-out names,
    wrapped at LEAD_OUT_EMS; None when there is no such place."""
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    near = (min(xs), min(ys), max(xs), max(ys))
    longest = max((MEASURE.width(word, sizes[0]) for word in text.split()), default=0.0)
    width = max(near[2] - near[0], LEAD_OUT_EMS * sizes[0], longest)
    fitted = fit_text(text, width, math.inf, sizes, MEASURE)
    if fitted is None:
        return None
    reach = fitted.width + 6 * (fitted.height + 0.8)
    area = QRectF(near[0], near[1], near[2] - near[0], near[3] - near[1])
    area.adjust(-reach, -reach, reach, reach)
    if crowded(scene, area, zoom):
        return None
    taken = taken_near(scene, area, zoom, record) + _names_in_rooms(scene, area, zoom, record)
    layer = getattr(scene, "led_out_names", None)
    if layer is not None:
        taken += layer.placed(round(zoom, 9), area, record.id)
    placer = Placer(taken, cell=max(fitted.width, fitted.height))
    place = None
    for limit in (scene.sceneRect(), area):  # where the view pans, else around the room
        if place is None:
            place = placer.lead_out(near, fitted, limit.getCoords())
    if place is None:
        return None
    return NameLayout(fitted, place[0], place[1], False, leader=(centre.x, centre.y))


def _names_in_rooms(scene, area: QRectF, zoom: float, own: PlanItem) -> list[Box]:
    """Where the other zones near `area` wrote their names in their rooms at this zoom."""
    boxes = []
    for graphics in scene.items(area):
        record, placed = getattr(graphics, "record", None), getattr(graphics, "_name_at", None)
        if record is None or record.id == own.id or record.shape is not Shape.POLYGON:
            continue
        if placed is not None and placed[0] == zoom and placed[1] is not None:
            layout = placed[1]
            if layout.leader is None:
                half_w, half_h = layout.text.width / 2, layout.text.height / 2
                if layout.turned:
                    half_w, half_h = half_h, half_w
                boxes.append(
                    (layout.x - half_w, layout.y - half_h, layout.x + half_w, layout.y + half_h)
                )
    return boxes


def _sides(room: Box, turned: bool) -> tuple[float, float]:
    width, height = room[2] - room[0], room[3] - room[1]
    return (height, width) if turned else (width, height)


def _scan(placer: Placer, text: FittedText, room: Box, centre: tuple[float, float]):
    """The clear place for `text` in `room` nearest `centre`, on a grid of half its height."""
    step = max(text.height / 2, 1e-6)
    half_w, half_h = text.width / 2 + 0.3, text.height / 2 + 0.3
    left, top, right, bottom = (
        room[0] + half_w,
        room[1] + half_h,
        room[2] - half_w,
        room[3] - half_h,
    )
    if left > right or top > bottom:
        return None
    columns, rows = int((right - left) / step) + 1, int((bottom - top) / step) + 1
    if columns * rows > 20_000:  # a huge room with a small name: the spiral has looked
        return None
    spots = [(left + i * step, top + j * step) for i in range(columns) for j in range(rows)]
    spots.sort(key=lambda p: (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2)
    for x, y in spots:
        box = box_at(x, y, text)
        if placer.free(box):
            placer.take(box)
            return x, y
    return None


class NamesClearOfPins:
    """Tells the zones and machines under a pin, symbol or machine that came, went or moved
    to place their names again (their painted caches would keep the old place)."""

    def __init__(self, scene):
        self.scene = scene

    def pins_moved(self, hazards: list) -> None:
        if shiboken6.isValid(self.scene):
            here = self.scene.document.plan_id
            self._near([h.position for h in hazards if h.plan_id == here and h.position])

    def items_moved(self, records) -> None:
        self._near(r.points[0] for r in records if r.shape in (Shape.BOX, Shape.POINT))

    def everywhere(self) -> None:
        _tell(self.scene.graphics.made())

    def _near(self, points) -> None:
        for point in points:
            _tell(self.scene.items(QPointF(point.x, point.y)))


def _tell(graphics_items) -> None:
    for graphics in graphics_items:
        record = getattr(graphics, "record", None)
        if record is not None and record.shape in (Shape.POLYGON, Shape.BOX):
            graphics.names_moved()
