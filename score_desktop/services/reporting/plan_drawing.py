"""The floor plan drawn as vectors from the domain geometry, with hazard pins, a scale bar and a
legend: the same records and the same style table (domain/plan_style.py) as the screen.

Sizes on paper are chosen for reading, not copied from plan units: labels have a floor of a
few points and pins keep their band sizes, so a 120 m shed printed on A4 still reads.
"""

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ...domain.errors import KnownProblemError
from ...domain.floorplan import FloorPlan, PlanItem, PlanItemKind, Shape
from ...domain.geometry import Point, centroid
from ...domain.hazard import Hazard, HazardCategory, RiskView
from ...domain.plan_style import STYLES, PinStyle, pin_look
from ...domain.risk import RiskMethod
from .layout import Writer
from .text import font_runs

PIN_POINTS_PER_PIXEL = 0.42  # pin diameters are screen pixels; on paper a little smaller
SYMBOL_POINTS = 7.0
LABEL_POINTS = (7.0, 5.0)  # preferred and smallest text on the plan
SCALE_BAR_ROOM = 16.0  # points under the drawing for the scale bar
DRAW_ORDER = {Shape.POLYGON: 0, Shape.SEGMENT: 1, Shape.BOX: 2, Shape.POINT: 3}


@dataclass(frozen=True)
class PlanContent:
    """One plan as the report draws it; `load_background` reads the image bytes (in the
    worker, not on the GUI thread)."""

    plan: FloorPlan
    items: list[PlanItem]
    hazards: list[Hazard] = field(default_factory=list)  # pinned on this plan
    load_background: Callable[[uuid.UUID], bytes] | None = None

    def extent(self) -> tuple[float, float, float, float]:
        """min x, min y, max x, max y in plan units, over items, pins and background."""
        xs, ys = [], []
        for item in self.items:
            for p in _outline(item):
                xs.append(p.x)
                ys.append(p.y)
        for hazard in self.hazards:  # pinned on this plan: placed
            xs.append(cast(Point, hazard.position).x)
            ys.append(cast(Point, hazard.position).y)
        background = self.plan.background
        if background is not None and background.visible:
            w, h = background.width_px, background.height_px
            xs += [background.origin.x, background.origin.x + w * background.units_per_pixel]
            ys += [background.origin.y, background.origin.y + h * background.units_per_pixel]
        if not xs:
            return (0.0, 0.0, 1.0, 1.0)
        return (min(xs), min(ys), max(xs), max(ys))

    @property
    def is_wide(self) -> bool:
        x0, y0, x1, y1 = self.extent()
        return (x1 - x0) > 1.25 * (y1 - y0)


def _box_corners(item: PlanItem) -> list[Point]:
    (c,) = item.points
    angle = math.radians(item.rotation)  # clockwise on screen (y down)
    cos, sin = math.cos(angle), math.sin(angle)
    corners = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = dx * item.width / 2, dy * item.height / 2
        corners.append(Point(c.x + x * cos - y * sin, c.y + x * sin + y * cos))
    return corners


def _outline(item: PlanItem) -> list[Point]:
    return _box_corners(item) if item.shape is Shape.BOX else list(item.points)


class PlanDrawing(Flowable):
    """A plan scaled to fit `width` × `height` points (the legend is a separate table)."""

    def __init__(
        self,
        content: PlanContent,
        writer: Writer,
        method: RiskMethod | None,
        categories: dict[str, HazardCategory],
        pin_style: PinStyle,
        numbers: dict[uuid.UUID, int],
        width: float,
        height: float,
        north_arrow: bool = False,
        pin_risk: RiskView = RiskView.CURRENT,
    ):
        super().__init__()
        self.content, self.writer, self.method = content, writer, method
        self.categories, self.pin_style, self.numbers = categories, pin_style, numbers
        self.pin_risk = pin_risk
        self.north_arrow = north_arrow
        x0, y0, x1, y1 = content.extent()
        pad = 0.02 * max(x1 - x0, y1 - y0)
        self.x0, self.y0 = x0 - pad, y0 - pad
        span_x, span_y = (x1 - x0) + 2 * pad, (y1 - y0) + 2 * pad
        self.scale = min(width / span_x, (height - SCALE_BAR_ROOM) / span_y)
        self.width, self.drawn_height = span_x * self.scale, span_y * self.scale
        self.height = self.drawn_height + SCALE_BAR_ROOM
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        return self.width, self.height

    # Plan units (y down) to flowable points (y up) --------------------------------------

    def xy(self, p: Point) -> tuple[float, float]:
        return (
            (p.x - self.x0) * self.scale,
            self.height - (p.y - self.y0) * self.scale,
        )

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#C9D3DC"))
        c.setLineWidth(0.5)
        c.rect(0, SCALE_BAR_ROOM, self.width, self.drawn_height)
        self._background()
        items = sorted(self.content.items, key=lambda i: (DRAW_ORDER[i.shape], i.z))
        for item in items:
            {
                Shape.POLYGON: self._area,
                Shape.SEGMENT: self._segment,
                Shape.BOX: self._box,
                Shape.POINT: self._point,
            }[item.shape](item)
        for hazard in self.content.hazards:
            self._pin(hazard)
        self._scale_bar()
        if self.north_arrow:
            self._north()
        c.restoreState()

    def _background(self) -> None:
        background = self.content.plan.background
        loader = self.content.load_background
        if background is None or not background.visible or loader is None:
            return
        w = background.width_px * background.units_per_pixel * self.scale
        h = background.height_px * background.units_per_pixel * self.scale
        x, top = self.xy(background.origin)
        try:
            image = self.writer.images.path_for(
                str(background.image_id),
                lambda: loader(background.image_id),
                w,
                h,
                fade=1 - background.opacity,
            )
        except KnownProblemError as exc:
            self.writer.problems.append(f"{self.content.plan.name}: {exc}")
            return
        self.canv.drawImage(image, x, top - h, w, h)

    def _path(self, points, close: bool):
        path = self.canv.beginPath()
        first, *rest = (self.xy(p) for p in points)
        path.moveTo(*first)
        for x, y in rest:
            path.lineTo(x, y)
        if close:
            path.close()
        return path

    def _style_colours(self, item: PlanItem) -> None:
        style = STYLES[item.kind]
        c = self.canv
        c.setStrokeColor(colors.HexColor(style.stroke))
        fill = item.fill or style.fill
        if fill:
            c.setFillColor(colors.HexColor(fill))
            c.setFillAlpha(style.fill_alpha)
        c.setLineWidth(
            max(0.4, style.stroke_metres / self.content.plan.metres_per_unit * self.scale)
        )

    def _area(self, item: PlanItem) -> None:
        c = self.canv
        c.saveState()
        self._style_colours(item)
        c.setLineJoin(0)
        c.drawPath(self._path(item.points, close=True), stroke=1, fill=1)
        c.restoreState()
        lines = [item.label]
        if item.kind is PlanItemKind.ZONE and (item.workers_women or item.workers_men):
            lines.append(f"♀ {item.workers_women}  ♂ {item.workers_men}")
        text = "\n".join(line for line in lines if line)
        if text:
            xs = [self.xy(p)[0] for p in item.points]
            x, y = self.xy(centroid(item.points))
            self._label(text, x, y, max(xs) - min(xs), STYLES[item.kind].stroke)

    def _segment(self, item: PlanItem) -> None:
        c = self.canv
        style = STYLES[item.kind]
        (ax, ay), (bx, by) = (self.xy(p) for p in item.points)
        thickness = item.thickness or style.stroke_metres / self.content.plan.metres_per_unit
        c.saveState()
        c.setStrokeColor(colors.HexColor(style.stroke))
        c.setLineWidth(max(0.8 if item.kind is PlanItemKind.WALL else 1.2, thickness * self.scale))
        c.setLineCap(0)
        c.line(ax, ay, bx, by)
        if item.kind is PlanItemKind.DOOR:  # the leaf's quarter-circle swing, hinged at a
            length = math.hypot(bx - ax, by - ay)
            start = math.degrees(math.atan2(by - ay, bx - ax))
            c.setLineWidth(0.5)
            path = c.beginPath()
            path.arc(ax - length, ay - length, ax + length, ay + length, start, 90)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()
        if item.kind is PlanItemKind.EMERGENCY_EXIT:
            angle = math.degrees(math.atan2(by - ay, bx - ax))
            if angle > 90 or angle < -90:
                angle -= 180
            c.saveState()
            c.translate((ax + bx) / 2, (ay + by) / 2)
            c.rotate(angle)
            self._runs(item.label or self.writer.t("EXIT"), 0, -2.2, 6.0, "#FFFFFF", bold=True)
            c.restoreState()

    def _box(self, item: PlanItem) -> None:
        c = self.canv
        c.saveState()
        self._style_colours(item)
        corners = _box_corners(item)
        c.drawPath(self._path(corners, close=True), stroke=1, fill=1)
        if item.kind is PlanItemKind.STAIRS:
            steps = max(2, int(item.width * self.content.plan.metres_per_unit / 0.3))
            c.setLineWidth(0.3)
            (ax, ay), (bx, by), (cx, cy), (dx, dy) = (self.xy(p) for p in corners)
            for i in range(1, steps):
                f = i / steps
                c.line(
                    ax + (bx - ax) * f, ay + (by - ay) * f, dx + (cx - dx) * f, dy + (cy - dy) * f
                )
        c.restoreState()
        if item.label:
            x, y = self.xy(item.points[0])
            self._label(item.label, x, y, item.width * self.scale * 1.1, "#17202A", small=True)

    def _point(self, item: PlanItem) -> None:
        x, y = self.xy(item.points[0])
        if item.kind is PlanItemKind.LABEL:
            size = max(LABEL_POINTS[1], (item.font_size or 0) * self.scale)
            self._label(item.label, x, y, None, STYLES[item.kind].stroke, size=min(size, 14))
            return
        style = STYLES[item.kind]
        c = self.canv
        r = SYMBOL_POINTS / 2
        c.saveState()
        c.setFillColor(colors.HexColor(style.fill))
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.6)
        if item.kind is PlanItemKind.FIRST_AID:
            c.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=1)
        else:
            c.circle(x, y, r, stroke=1, fill=1)
        self._runs(style.symbol_text, x, y - r * 0.55, r * 1.4, style.stroke, bold=True)
        c.restoreState()

    def _pin(self, hazard: Hazard) -> None:
        if self.method is None:
            return
        category = self.categories.get(hazard.category_code)
        colour, diameter_px = pin_look(hazard, self.method, category, self.pin_style, self.pin_risk)
        r = diameter_px * PIN_POINTS_PER_PIXEL / 2
        x, y = self.xy(cast(Point, hazard.position))  # pinned on this plan
        c = self.canv
        c.saveState()
        fill = colors.HexColor(colour)
        c.setFillColor(fill)
        c.setFillAlpha(0.88)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.0)
        c.circle(x, y, r, stroke=1, fill=1)
        c.setFillAlpha(1.0)
        if hazard.exposed:
            light = (fill.red * 299 + fill.green * 587 + fill.blue * 114) / 1000 > 0.62
            self._runs(
                str(hazard.exposed),
                x,
                y - r * 0.35,
                r,
                "#1B2631" if light else "#FFFFFF",
                bold=True,
            )
        number = self.numbers.get(hazard.id)
        if number is not None:  # the row of the register, to find the pin's record
            tag = f"H{number}"
            c.setFillColor(colors.white)
            c.setFillAlpha(0.85)
            width = c.stringWidth(tag, self.writer.fonts.bold.primary.name, 5.5) + 2
            c.rect(x + r * 0.7, y + r * 0.5, width, 7, stroke=0, fill=1)
            c.setFillAlpha(1.0)
            self._runs(tag, x + r * 0.7 + width / 2, y + r * 0.5 + 1.8, 5.5, "#17202A", bold=True)
        c.restoreState()

    # Text -------------------------------------------------------------------------------

    def _runs(self, text: str, x: float, y: float, size: float, colour: str, bold=False) -> None:
        """One line centred on x, in the fonts that cover it (no shaping: short marks)."""
        c = self.canv
        chain = self.writer.fonts.bold if bold else self.writer.fonts.regular
        runs = font_runs(text, chain, self.writer.uncovered)
        total = sum(c.stringWidth(r, f, size) for f, r in runs)
        c.setFillColor(colors.HexColor(colour))
        x -= total / 2
        for font, run in runs:
            c.setFont(font, size)
            c.drawString(x, y, run)
            x += c.stringWidth(run, font, size)

    def _label(self, text, x, y, room, colour, *, small=False, size=None) -> None:
        """A Paragraph centred on (x, y), shrunk to fit `room` points down to a floor."""
        preferred, smallest = LABEL_POINTS
        size = size or (preferred - 1 if small else preferred)
        style = ParagraphStyle(
            "plan-label",
            fontName=self.writer.fonts.regular.primary.name,
            fontSize=size,
            leading=size * 1.15,
            alignment=TA_CENTER,
            textColor=colors.HexColor(colour),
        )
        para = self.writer.para(text, style)
        width = room if room else 40 * size
        longest = max(
            (self.canv.stringWidth(line, style.fontName, size) for line in text.split("\n")),
            default=0,
        )
        if room and longest > room and size > smallest:
            style.fontSize = max(smallest, size * room / longest)
            style.leading = style.fontSize * 1.15
            para = self.writer.para(text, style)
        w, h = para.wrap(max(width, 20), 200)
        para.drawOn(self.canv, x - w / 2, y - h / 2)

    # Furniture --------------------------------------------------------------------------

    def _scale_bar(self) -> None:
        points_per_metre = self.scale / self.content.plan.metres_per_unit
        target = self.width * 0.22 / points_per_metre
        length = _nice_length(target)
        bar = length * points_per_metre
        c = self.canv
        c.saveState()
        x, y = 2, 5
        for i in range(4):
            c.setFillColor(colors.HexColor("#17202A") if i % 2 == 0 else colors.white)
            c.rect(x + i * bar / 4, y, bar / 4, 3, stroke=1, fill=1)
        self._runs("0", x, y + 5, 6, "#17202A")
        self._runs(f"{length:g} m", x + bar, y + 5, 6, "#17202A")
        c.restoreState()

    def _north(self) -> None:
        c = self.canv
        x, y = self.width - 10, self.height - 22
        c.saveState()
        c.setFillColor(colors.HexColor("#17202A"))
        path = c.beginPath()
        path.moveTo(x, y + 14)
        path.lineTo(x - 4, y)
        path.lineTo(x, y + 4)
        path.lineTo(x + 4, y)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        self._runs("N", x, y + 16, 7, "#17202A", bold=True)
        c.restoreState()


def _nice_length(target: float) -> float:
    """1, 2 or 5 × a power of ten, at most `target` metres (at least 0.1 m)."""
    if target <= 0.1:
        return 0.1
    power = 10 ** math.floor(math.log10(target))
    for step in (5, 2, 1):
        if step * power <= target:
            return step * power
    return power
