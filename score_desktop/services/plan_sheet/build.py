"""The plan drawn once, on paper, from the domain records and the style table: every output
(the report's PDF, the PNG, the SVG) draws the marks made here.

Sizes on paper are chosen for reading, not copied from plan units: pins, symbols, register
tags and names have print sizes in mm (domain/plan_style.py), so a 300 dpi PNG, the SVG and the
PDF show a pin of the same millimetres, and a 120 m shed printed on A4 still reads."""

import math
import uuid
from dataclasses import dataclass, field
from typing import cast

from ...domain.floorplan import PlanItem, PlanItemKind, Shape
from ...domain.geometry import Point, centroid
from ...domain.hazard import Hazard, HazardCategory, RiskView
from ...domain.plan_style import (
    LABEL_PRINT_MM,
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
from .joins import joined_segments
from .labels import LEADING, Box, FittedText, Placer, fit_text
from .legend import LegendBand, draw_legend, legend_height
from .marks import CircleMark, ImageMark, Mark, PathMark, Sheet, Stroke, TextMark
from .measure import TextMeasure

PT = 25.4 / 72  # one point in mm
SCALE_BAR_ROOM = 16 * PT  # under the drawing, for the scale bar
MARGIN_SHARE = 0.02  # white round the plan's extent, of its longer side
SMALLEST_SHEET_METRES = 2.0
DRAW_ORDER = {Shape.POLYGON: 0, Shape.SEGMENT: 1, Shape.BOX: 2, Shape.POINT: 3}
TEXT_DARK = "#17202A"
ROOM_INSET = 0.8  # mm kept clear inside a room's outline (its wall is drawn there)
HALF_CAP = 0.36  # half a capital's height, of the em: the baseline under a centred line


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


# Read per item (10,000 on a site plan): an enum's .value and a new Stroke each cost more
# than the look-up.
_GROUP = {kind: kind.value for kind in PlanItemKind}
_SYMBOL_RING = Stroke("#FFFFFF", 0.6 * PT)


class _Builder:
    def __init__(self, content, pins, words, measure, mm_per_metre, origin):
        self.content, self.pins, self.words, self.measure = content, pins, words, measure
        self.mm_per_metre = mm_per_metre
        self.k = mm_per_metre * content.plan.metres_per_unit  # mm per plan unit
        self.x0, self.y0 = origin
        self.marks: list[Mark] = []

    def xy(self, p: Point) -> tuple[float, float]:
        return ((p.x - self.x0) * self.k, (p.y - self.y0) * self.k)

    def sheet(self, width, plan_height, legend, north_arrow, paper_scale) -> Sheet:
        self.width, self.plan_height = width, plan_height
        self._background()
        items = sorted(self.content.items, key=lambda i: (DRAW_ORDER[i.shape], i.z))
        self._areas([i for i in items if i.shape is Shape.POLYGON])
        self._segments([i for i in items if i.shape is Shape.SEGMENT])
        for item in items:
            if item.shape is Shape.BOX:
                self._box(item)
            elif item.shape is Shape.POINT and item.kind is not PlanItemKind.LABEL:
                self._symbol(item)
        taken = self._pins()
        self._names(items, taken)
        self._scale_bar(paper_scale)
        if north_arrow:
            self._north()
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
            stroke = Stroke(style.stroke, self._line_width(item), join="miter")
            fill = item.fill or style.fill
            self.marks.append(
                PathMark(points, True, stroke, fill, style.fill_alpha, group=_GROUP[item.kind])
            )

    def _segments(self, items: list[PlanItem]) -> None:
        """Walls that meet are drawn as one line with mitred corners (no notches)."""
        for kind, width_units, chain, closed in joined_segments(items, self._thickness):
            style = STYLES[kind]
            floor = 0.8 * PT if kind is PlanItemKind.WALL else 1.2 * PT
            stroke = Stroke(style.stroke, max(floor, width_units * self.k))
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
        stroke = Stroke(STYLES[item.kind].stroke, 0.5 * PT)
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
        stroke = Stroke(style.stroke, self._line_width(item))
        fill = item.fill or style.fill
        group = _GROUP[item.kind]
        self.marks.append(
            PathMark(tuple(corners), True, stroke, fill, style.fill_alpha, group=group)
        )
        if item.kind is PlanItemKind.STAIRS:
            steps = max(2, int(item.width * self.content.plan.metres_per_unit / 0.3))
            (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
            thin = Stroke(style.stroke, 0.3 * PT)
            for i in range(1, steps):
                f = i / steps
                line = (
                    (ax + (bx - ax) * f, ay + (by - ay) * f),
                    (dx + (cx - dx) * f, dy + (cy - dy) * f),
                )
                self.marks.append(PathMark(line, False, thin, group=group))

    def _symbol(self, item: PlanItem) -> None:
        style = STYLES[item.kind]
        x, y = self.xy(item.points[0])
        r = SYMBOL_PRINT_MM / 2
        white = _SYMBOL_RING
        group = _GROUP[item.kind]
        if item.kind is PlanItemKind.FIRST_AID:
            square = ((x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r))
            self.marks.append(PathMark(square, True, white, style.fill, group=group))
        else:
            self.marks.append(CircleMark((x, y), r, style.fill, stroke=white, group=group))
        size = r * 1.4
        self.marks.append(
            TextMark(
                x, y + size * HALF_CAP, style.symbol_text, size, style.stroke, True, group=group
            )
        )

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

    # Names -------------------------------------------------------------------------------

    def _names(self, items: list[PlanItem], taken: list[Box]) -> None:
        """Machine, zone and free labels, placed where they hide no pin, tag, symbol or
        other name; zone names also keep off machines."""
        placer = Placer(
            taken
            + [
                self._symbol_box(i)
                for i in items
                if i.shape is Shape.POINT and i.kind is not PlanItemKind.LABEL
            ]
        )
        sheet = (0.0, 0.0, self.width, self.plan_height)
        boxes = [i for i in items if i.shape is Shape.BOX]
        for item in boxes:
            if item.label:
                outline = [self.xy(p) for p in box_corners(item)]
                self._name(
                    placer, item.label, item.points[0], outline, TEXT_DARK, sheet, small=True
                )
        for item in boxes:
            xs, ys = zip(*(self.xy(p) for p in box_corners(item)), strict=True)
            placer.take((min(xs), min(ys), max(xs), max(ys)))
        for item in items:
            if item.shape is Shape.POLYGON:
                lines = [item.label]
                if item.kind is PlanItemKind.ZONE and (item.workers_women or item.workers_men):
                    lines.append(f"♀ {item.workers_women}  ♂ {item.workers_men}")
                text = "\n".join(line for line in lines if line)
                outline = [self.xy(p) for p in item.points]
                colour = STYLES[item.kind].stroke
                self._name(placer, text, centroid(item.points), outline, colour, sheet)
        for item in items:
            if item.kind is PlanItemKind.LABEL:
                self._free_label(placer, item, sheet)

    def _symbol_box(self, item: PlanItem) -> Box:
        x, y = self.xy(item.points[0])
        r = SYMBOL_PRINT_MM / 2
        return (x - r, y - r, x + r, y + r)

    def _name(self, placer, text, centre, outline, colour, sheet, small=False) -> None:
        if not text:
            return
        xs, ys = [p[0] for p in outline], [p[1] for p in outline]
        inset = min(ROOM_INSET, (max(xs) - min(xs)) / 4, (max(ys) - min(ys)) / 4)
        room = (min(xs) + inset, min(ys) + inset, max(xs) - inset, max(ys) - inset)
        preferred, smallest = LABEL_PRINT_MM
        if small:
            preferred -= PT
        fitted = fit_text(
            text,
            room[2] - room[0] - 0.6,
            room[3] - room[1] - 0.6,
            (preferred, smallest),
            self.measure,
        )
        cx, cy = self.xy(centre)
        place = placer.place((cx, cy), fitted, room) if fitted is not None else None
        if place is None:  # led out beside the room, with a line to it
            if fitted is None:
                fitted = fit_text(
                    text, self.width * 0.3, self.plan_height, (preferred, smallest), self.measure
                )
            if fitted is None:
                return
            place = placer.lead_out(room, fitted, sheet)
            if place is None:  # nowhere free on the sheet: over the room after all
                place = (cx, cy)
            else:
                self._leader((cx, cy), place, fitted, colour)
        if fitted is not None:
            self._lines(fitted, place, colour)

    def _free_label(self, placer: Placer, item: PlanItem, sheet: Box) -> None:
        """A label the user placed: at its size on paper (within reading limits), moved only
        as far as it takes to clear a pin."""
        size = (
            max(LABEL_PRINT_MM[1], min(item.font_size * self.k, 14 * PT))
            if item.font_size
            else LABEL_PRINT_MM[0]
        )
        fitted = fit_text(item.label, self.width, self.plan_height, (size, size), self.measure)
        if fitted is None:
            return
        centre = self.xy(item.points[0])
        place = placer.place(centre, fitted, sheet) or centre
        self._lines(fitted, place, STYLES[item.kind].stroke)

    def _lines(self, fitted: FittedText, centre: tuple[float, float], colour: str) -> None:
        x, y = centre
        line_h = fitted.size * LEADING
        top = y - fitted.height / 2
        for i, line in enumerate(fitted.lines):
            baseline = top + line_h * (i + 0.5) + fitted.size * HALF_CAP
            self.marks.append(TextMark(x, baseline, line, fitted.size, colour, group="label"))

    def _leader(self, start, end, fitted: FittedText, colour: str) -> None:
        """A thin line from the room to the near edge of its led-out name."""
        ex, ey = end
        sx, sy = start
        half_w, half_h = fitted.width / 2 + 0.3, fitted.height / 2 + 0.3
        dx, dy = sx - ex, sy - ey
        t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf, 1.0)
        edge = (ex + dx * t, ey + dy * t)
        stroke = Stroke(colour, 0.25, cap="round")
        self.marks.append(PathMark((start, edge), False, stroke, group="label"))
        self.marks.append(CircleMark(start, 0.4, colour, group="label"))

    # Furniture ---------------------------------------------------------------------------

    def _scale_bar(self, paper_scale: float | None) -> None:
        target = self.width * 0.22 / self.mm_per_metre
        length = nice_length(target)
        bar = length * self.mm_per_metre
        x, top = 2 * PT, self.plan_height + SCALE_BAR_ROOM - 8 * PT
        thin = Stroke(TEXT_DARK, 0.5 * PT)
        for i in range(4):
            left = x + i * bar / 4
            square = (
                (left, top),
                (left + bar / 4, top),
                (left + bar / 4, top + 3 * PT),
                (left, top + 3 * PT),
            )
            fill = TEXT_DARK if i % 2 == 0 else "#FFFFFF"
            self.marks.append(PathMark(square, True, thin, fill, group="scale"))
        size = 6 * PT
        baseline = top - 2 * PT
        self.marks.append(TextMark(x, baseline, "0", size, TEXT_DARK, group="scale"))
        self.marks.append(
            TextMark(x + bar, baseline, f"{length:g} m", size, TEXT_DARK, group="scale")
        )
        if paper_scale is not None:
            text = f"1:{paper_scale:g}"
            self.marks.append(
                TextMark(
                    x + bar + 6 * size,
                    top + 3 * PT,
                    text,
                    size,
                    TEXT_DARK,
                    anchor="start",
                    group="scale",
                )
            )

    def _north(self) -> None:
        x, y = self.width - 10 * PT, 8 * PT  # the arrow's tip near the top right
        arrow = ((x, y), (x - 4 * PT, y + 14 * PT), (x, y + 10 * PT), (x + 4 * PT, y + 14 * PT))
        self.marks.append(PathMark(arrow, True, None, TEXT_DARK, group="north"))
        self.marks.append(
            TextMark(x, y - 2 * PT, self.words.north, 7 * PT, TEXT_DARK, True, group="north")
        )


def nice_length(target: float) -> float:
    """1, 2 or 5 × a power of ten, at most `target` metres (at least 0.1 m)."""
    if target <= 0.1:
        return 0.1
    power = 10 ** math.floor(math.log10(target))
    for step in (5, 2, 1):
        if step * power <= target:
            return step * power
    return power
