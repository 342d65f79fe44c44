"""The plan drawn once, on paper, from the domain records and the style table: every output
(the report's PDF, the PNG, the SVG) draws the marks made here.

Sizes on paper are chosen for reading, not copied from plan units: pins, symbols, register
tags and names have print sizes in mm (domain/plan_style.py), so a 300 dpi PNG, the SVG and the
PDF show a pin of the same millimetres, and a 120 m shed printed on A4 still reads."""

import math
import uuid
from dataclasses import dataclass, field
from operator import attrgetter
from typing import cast

from ...domain.floorplan import SHAPE_OF, PlanItem, PlanItemKind, Shape
from ...domain.geometry import Point
from ...domain.hazard import Hazard, HazardCategory, RiskView
from ...domain.plan_style import (
    STYLES,
    SYMBOL_PRINT_MM,
    TAG_PRINT_MM,
    PinStyle,
    ink_on,
    pin_look,
    pin_print_mm,
)
from ...domain.risk import RiskMethod
from .content import PlanContent, box_corners
from .furniture import PT, SCALE_BAR_ROOM, TEXT_DARK, draw_north, draw_scale_bar
from .joins import joined_segments
from .labels import Box
from .legend import LegendBand, draw_legend, legend_height
from .marks import (
    CircleMark,
    ImageMark,
    Mark,
    Part,
    PathMark,
    Sheet,
    Stroke,
    Symbol,
    SymbolsMark,
    TextMark,
)
from .measure import TextMeasure
from .names import HALF_CAP, SheetNames

MARGIN_SHARE = 0.02  # white round the plan's extent, of its longer side
SMALLEST_SHEET_METRES = 2.0


@dataclass(frozen=True)
class PinOptions:
    """How the pins are drawn: the enterprise's method and catalogue, the colour style, the
    register numbers and which rating they show."""

    method: RiskMethod | None
    categories: dict[str, HazardCategory] = field(default_factory=dict)
    style: PinStyle = PinStyle.CATEGORY
    numbers: dict[uuid.UUID, int] = field(default_factory=dict)
    risk: RiskView = RiskView.CURRENT


@dataclass(frozen=True)
class SheetWords:
    """The few words the drawing itself writes, in the output's language."""

    exit: str = "EXIT"
    north: str = "N"


def sheet_at_scale(
    content: PlanContent,
    paper_scale: float,
    pins: PinOptions,
    legend: LegendBand | None = None,
    *,
    words: SheetWords = SheetWords(),
    north_arrow: bool = False,
    measure: TextMeasure | None = None,
) -> Sheet:
    """The plan printed at 1:`paper_scale`: the sheet is as wide as the plan is at that scale."""
    mm_per_metre = 1000 / paper_scale
    x0, y0, x1, y1 = _padded(content)
    width = (x1 - x0) * content.plan.metres_per_unit * mm_per_metre
    builder = _Builder(content, pins, words, measure or TextMeasure(), mm_per_metre, (x0, y0))
    return builder.sheet(width, (y1 - y0) * builder.k, legend, north_arrow, paper_scale)


def sheet_to_fit(
    content: PlanContent,
    width: float,
    height: float,
    pins: PinOptions,
    *,
    words: SheetWords = SheetWords(),
    north_arrow: bool = False,
    measure: TextMeasure | None = None,
) -> Sheet:
    """The plan as large as fits `width` × `height` mm with its scale bar (the report's)."""
    x0, y0, x1, y1 = _padded(content)
    k = min(width / (x1 - x0), (height - SCALE_BAR_ROOM) / (y1 - y0))  # mm per plan unit
    mm_per_metre = k / content.plan.metres_per_unit
    builder = _Builder(content, pins, words, measure or TextMeasure(), mm_per_metre, (x0, y0))
    return builder.sheet((x1 - x0) * k, (y1 - y0) * k, None, north_arrow, None)


def _padded(content: PlanContent) -> tuple[float, float, float, float]:
    """The extent with white round it: 2 % of the longer side, and at least 2 m across
    (a plan of one pin has no extent of its own)."""
    x0, y0, x1, y1 = content.extent()
    smallest = SMALLEST_SHEET_METRES / content.plan.metres_per_unit
    pad = MARGIN_SHARE * max(x1 - x0, y1 - y0)
    pad_x = max(pad, (smallest - (x1 - x0)) / 2)
    pad_y = max(pad, (smallest - (y1 - y0)) / 2)
    return x0 - pad_x, y0 - pad_y, x1 + pad_x, y1 + pad_y


_Z = attrgetter("z")


# Read per item (10,000 on a site plan): an enum's .value and a new Stroke each cost more
# than the look-up.
_GROUP = {kind: kind.value for kind in PlanItemKind}
_SYMBOL_RING = Stroke("#FFFFFF", 0.6 * PT)


def _symbol_figure(kind: PlanItemKind) -> Symbol:
    """A safety symbol about its centre: a disc ringed in white (first aid: a square) and
    its letter, in the style table's colours."""
    style = STYLES[kind]
    group = _GROUP[kind]
    r = SYMBOL_PRINT_MM / 2
    size = r * 1.4
    ground: Part
    if kind is PlanItemKind.FIRST_AID:
        square = ((-r, -r), (r, -r), (r, r), (-r, r))
        ground = PathMark(square, True, _SYMBOL_RING, style.fill, group=group)
    else:
        ground = CircleMark((0.0, 0.0), r, style.fill, stroke=_SYMBOL_RING, group=group)
    letter = TextMark(
        0.0, size * HALF_CAP, style.symbol_text, size, style.stroke, True, group=group
    )
    return Symbol(group, (ground, letter))


class _Builder:
    def __init__(self, content, pins, words, measure, mm_per_metre, origin):
        self.content, self.pins, self.words, self.measure = content, pins, words, measure
        self.mm_per_metre = mm_per_metre
        self.k = mm_per_metre * content.plan.metres_per_unit  # mm per plan unit
        self.x0, self.y0 = origin
        self.marks: list[Mark] = []
        self._strokes: dict[tuple[str, float], Stroke] = {}

    def _stroke(self, colour: str, width: float) -> Stroke:
        """One Stroke for every mark drawn alike (a frozen dataclass is slow to make, and a
        site plan's 2,000 zones and machines share a handful)."""
        stroke = self._strokes.get((colour, width))
        if stroke is None:
            stroke = self._strokes[(colour, width)] = Stroke(colour, width)
        return stroke

    def xy(self, p: Point) -> tuple[float, float]:
        return ((p.x - self.x0) * self.k, (p.y - self.y0) * self.k)

    def sheet(self, width, plan_height, legend, north_arrow, paper_scale) -> Sheet:
        self.width, self.plan_height = width, plan_height
        self._background()
        # drawn by shape (areas, lines, boxes, symbols), each in z order
        shapes: dict[Shape, list[PlanItem]] = {shape: [] for shape in Shape}
        for item in self.content.items:
            shapes[SHAPE_OF[item.kind]].append(item)
        for same in shapes.values():
            same.sort(key=_Z)
        boxes = shapes[Shape.BOX]
        labels = [i for i in shapes[Shape.POINT] if i.kind is PlanItemKind.LABEL]
        symbols = [i for i in shapes[Shape.POINT] if i.kind is not PlanItemKind.LABEL]
        self._areas(shapes[Shape.POLYGON])
        self._segments(shapes[Shape.SEGMENT])
        for item in boxes:
            self._box(item)
        taken = self._symbols(symbols)
        taken += self._pins()
        sheet_box = (0.0, 0.0, width, plan_height)
        names = SheetNames(self.marks, self.measure, self.xy, self.k, sheet_box)
        names.draw(boxes, shapes[Shape.POLYGON], labels, taken)
        draw_scale_bar(self.marks, width, plan_height, self.mm_per_metre, paper_scale)
        if north_arrow:
            draw_north(self.marks, width, self.words.north)
        height = plan_height + SCALE_BAR_ROOM
        if legend is not None and (legend.entries or legend.note):
            band = legend_height(legend, width, self.measure)
            draw_legend(self.marks, legend, height, width, self.measure)
            height += band
        return Sheet(width, height, self.mm_per_metre, plan_height, self.marks)

    # Drawing ---------------------------------------------------------------------------

    def _background(self) -> None:
        background = self.content.plan.background
        if background is None or not background.visible:
            return
        x, y = self.xy(background.origin)
        scale = background.units_per_pixel * self.k
        self.marks.append(
            ImageMark(
                background.image_id,
                x,
                y,
                background.width_px * scale,
                background.height_px * scale,
                background.opacity,
            )
        )

    def _line_width(self, item: PlanItem) -> float:
        metres = STYLES[item.kind].stroke_metres
        return max(0.4 * PT, metres * self.mm_per_metre)

    def _areas(self, items: list[PlanItem]) -> None:
        for item in items:
            style = STYLES[item.kind]
            points = tuple(self.xy(p) for p in item.points)
            stroke = self._stroke(style.stroke, self._line_width(item))
            fill = item.fill or style.fill
            self.marks.append(
                PathMark(points, True, stroke, fill, style.fill_alpha, group=_GROUP[item.kind])
            )

    def _segments(self, items: list[PlanItem]) -> None:
        """Walls that meet are drawn as one line with mitred corners (no notches)."""
        for kind, width_units, chain, closed in joined_segments(items, self._thickness):
            style = STYLES[kind]
            floor = 0.8 * PT if kind is PlanItemKind.WALL else 1.2 * PT
            stroke = self._stroke(style.stroke, max(floor, width_units * self.k))
            points = tuple(self.xy(p) for p in chain)
            self.marks.append(PathMark(points, closed, stroke, group=_GROUP[kind]))
        for item in items:
            if item.kind is PlanItemKind.DOOR:
                self._door_swing(item)
            elif item.kind is PlanItemKind.EMERGENCY_EXIT:
                self._exit_word(item)

    def _thickness(self, item: PlanItem) -> float:
        style = STYLES[item.kind]
        return item.thickness or style.stroke_metres / self.content.plan.metres_per_unit

    def _door_swing(self, item: PlanItem) -> None:
        """The leaf's quarter circle, hinged at the first point, turning anticlockwise."""
        (ax, ay), (bx, by) = (self.xy(p) for p in item.points)
        length = math.hypot(bx - ax, by - ay)
        start = math.atan2(by - ay, bx - ax)
        steps = 16
        arc = tuple(
            (
                ax + length * math.cos(start - math.pi / 2 * i / steps),
                ay + length * math.sin(start - math.pi / 2 * i / steps),
            )
            for i in range(steps + 1)
        )
        stroke = self._stroke(STYLES[item.kind].stroke, 0.5 * PT)
        self.marks.append(PathMark(arc, False, stroke, group="door"))

    def _exit_word(self, item: PlanItem) -> None:
        (ax, ay), (bx, by) = (self.xy(p) for p in item.points)
        angle = math.degrees(math.atan2(by - ay, bx - ax))
        if angle > 90 or angle < -90:
            angle -= 180
        text = item.label or self.words.exit
        length = math.hypot(bx - ax, by - ay)
        band = max(1.2 * PT, self._thickness(item) * self.k)
        size = min(6 * PT, band * 0.8)
        width = self.measure.width(text, size, bold=True)
        if width > length * 0.95:
            size *= length * 0.95 / width
        cx, cy = (ax + bx) / 2, (ay + by) / 2
        turn = math.radians(angle)  # the baseline below the band's middle, turned with it
        drop = size * HALF_CAP
        self.marks.append(
            TextMark(
                cx - drop * math.sin(turn),
                cy + drop * math.cos(turn),
                text,
                size,
                "#FFFFFF",
                bold=True,
                angle=angle,
                group="emergency_exit",
            )
        )

    def _box(self, item: PlanItem) -> None:
        style = STYLES[item.kind]
        corners = [self.xy(p) for p in box_corners(item)]
        stroke = self._stroke(style.stroke, self._line_width(item))
        fill = item.fill or style.fill
        group = _GROUP[item.kind]
        self.marks.append(
            PathMark(tuple(corners), True, stroke, fill, style.fill_alpha, group=group)
        )
        if item.kind is PlanItemKind.STAIRS:
            steps = max(2, int(item.width * self.content.plan.metres_per_unit / 0.3))
            (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
            thin = self._stroke(style.stroke, 0.3 * PT)
            for i in range(1, steps):
                f = i / steps
                line = (
                    (ax + (bx - ax) * f, ay + (by - ay) * f),
                    (dx + (cx - dx) * f, dy + (cy - dy) * f),
                )
                self.marks.append(PathMark(line, False, thin, group=group))

    def _symbols(self, items: list[PlanItem]) -> list[Box]:
        """Safety symbols, each a ringed disc (first aid: a square) with its letter: one
        figure per kind, placed where each symbol is (a site plan has 8,000); returns the
        boxes they take, for the names."""
        r = SYMBOL_PRINT_MM / 2
        x0, y0, k = self.x0, self.y0, self.k
        figures: dict[PlanItemKind, int] = {}
        placed: list[tuple[int, float, float]] = []
        boxes: list[Box] = []
        for item in items:
            kind = item.kind
            figure = figures.get(kind)
            if figure is None:
                figure = figures[kind] = len(figures)
            p = item.points[0]
            x, y = (p.x - x0) * k, (p.y - y0) * k
            placed.append((figure, x, y))
            boxes.append((x - r, y - r, x + r, y + r))
        if placed:
            shapes = tuple(_symbol_figure(kind) for kind in figures)  # in index order
            self.marks.append(SymbolsMark(shapes, placed))
        return boxes

    def _pins(self) -> list[Box]:
        """Pins and their register tags; returns the boxes they take, for the names."""
        taken: list[Box] = []
        method = self.pins.method
        if method is None:
            return taken
        for hazard in self.content.hazards:
            taken += self._pin(hazard, method)
        return taken

    def _pin(self, hazard: Hazard, method: RiskMethod) -> list[Box]:
        category = self.pins.categories.get(hazard.category_code)
        colour, diameter_px = pin_look(hazard, method, category, self.pins.style, self.pins.risk)
        r = pin_print_mm(diameter_px) / 2
        x, y = self.xy(cast(Point, hazard.position))  # pinned on this plan
        ring = Stroke("#FFFFFF", max(0.2, r * 0.12))
        self.marks.append(CircleMark((x, y), r, colour, 0.88, ring, group="hazard"))
        if hazard.exposed:
            size = r * 1.05
            self.marks.append(
                TextMark(
                    x,
                    y + size * HALF_CAP,
                    str(hazard.exposed),
                    size,
                    ink_on(colour),
                    True,
                    group="hazard",
                )
            )
        boxes = [(x - r, y - r, x + r, y + r)]
        number = self.pins.numbers.get(hazard.id)
        if number is not None:  # the row of the register, to find the pin's record
            tag = f"H{number}"
            size = TAG_PRINT_MM
            width = self.measure.width(tag, size, bold=True) + 0.8
            height = size * 1.2
            left, bottom = x + r * 0.7, y - r * 0.5
            rect = (
                (left, bottom - height),
                (left + width, bottom - height),
                (left + width, bottom),
                (left, bottom),
            )
            self.marks.append(PathMark(rect, True, None, "#FFFFFF", 0.85, group="hazard"))
            baseline = bottom - height / 2 + size * HALF_CAP
            self.marks.append(
                TextMark(left + width / 2, baseline, tag, size, TEXT_DARK, True, group="hazard")
            )
            boxes.append((left, bottom - height, left + width, bottom))
        return boxes
