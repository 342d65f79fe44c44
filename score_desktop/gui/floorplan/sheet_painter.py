"""The plan sheet (services/plan_sheet) painted with QPainter, for the PNG export: the same
marks the PDF and the SVG draw, at the file's pixels per millimetre.

A site plan repeats a few marks thousands of times (8,000 safety symbols: a ringed disc and a
letter each, placed by one `SymbolsMark`). Each such mark or figure is painted once into a
small image, a *stamp*, for each quarter pixel it can fall on, and the stamp is copied where
it goes: painting the discs one by one took 2.4 s of a 300 dpi export, copying them 0.2 s.
The stamp is the mark as QPainter draws it, placed within an eighth of a pixel. Pens, brushes
and fonts are made once."""

import math
import uuid
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from ...services.plan_sheet.marks import (
    CircleMark,
    ImageMark,
    PathMark,
    Sheet,
    Stroke,
    Symbol,
    SymbolsMark,
    TextMark,
)

FONT_PX = 100
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "WenQuanYi Zen Hei"]  # as the PDF and SVG name
_CAPS = {
    "butt": Qt.PenCapStyle.FlatCap,
    "round": Qt.PenCapStyle.RoundCap,
    "square": Qt.PenCapStyle.SquareCap,
}
_JOINS = {
    "miter": Qt.PenJoinStyle.MiterJoin,
    "round": Qt.PenJoinStyle.RoundJoin,
    "bevel": Qt.PenJoinStyle.BevelJoin,
}


def _pen(stroke: Stroke | None) -> QPen:
    if stroke is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(stroke.colour), stroke.width)
    pen.setCapStyle(_CAPS[stroke.cap])
    pen.setJoinStyle(_JOINS[stroke.join])
    pen.setMiterLimit(10)
    return pen


def _brush(fill: str, alpha: float) -> QBrush:
    if not fill:
        return QBrush(Qt.BrushStyle.NoBrush)
    colour = QColor(fill)
    colour.setAlphaF(alpha)
    return QBrush(colour)


def paint_sheet(
    painter: QPainter,
    sheet: Sheet,
    pixels_per_mm: float,
    load_image: Callable[[uuid.UUID], bytes] | None = None,
) -> None:
    """Every mark of `sheet`, the painter's unit scaled to a millimetre."""
    painter.save()
    painter.scale(pixels_per_mm, pixels_per_mm)
    _Painting(painter, sheet, pixels_per_mm).paint(load_image)
    painter.restore()


class _Painting:
    PHASES = 4  # stamps per pixel and axis: marks land within 1/8 pixel of their place

    def __init__(self, painter: QPainter, sheet: Sheet, pixels_per_mm: float):
        self.painter, self.sheet, self.k = painter, sheet, pixels_per_mm
        self.base = painter.worldTransform()
        self.device = QTransform(self.base)  # the painter's, less the millimetre scale
        self.device.scale(1 / pixels_per_mm, 1 / pixels_per_mm)
        self.in_pixels = False
        self.pens: dict[Stroke | None, QPen] = {}
        self.brushes: dict[tuple[str, float], QBrush] = {}
        self.fonts: dict[bool, tuple[QFont, QFontMetricsF]] = {}
        self.stamps: dict[tuple, tuple[QImage, float, float]] = {}
        # texts written more than once (a symbol's letter) are stamped, the others drawn
        self.repeated = {
            key
            for key, n in Counter(
                _text_key(m) for m in sheet.marks if isinstance(m, TextMark)
            ).items()
            if n > 1
        }

    def paint(self, load_image) -> None:
        painter = self.painter
        for mark in self.sheet.marks:
            if isinstance(mark, CircleMark):
                self._stamp(mark, self._paint_circle)
                continue
            if isinstance(mark, SymbolsMark):
                for index, x, y in mark.placed:
                    figure = mark.figures[index]
                    self._copy(("symbol", figure), x, y, figure, self._paint_figure)
                continue
            if isinstance(mark, TextMark) and _text_key(mark) in self.repeated:
                self._stamp(mark, self._paint_text)
                continue
            self._millimetres()
            if isinstance(mark, PathMark):
                self._paint_path(painter, mark, 0.0, 0.0)
            elif isinstance(mark, TextMark):
                self._paint_text(painter, mark, 0.0, 0.0)
                painter.setWorldTransform(self.base)
            elif isinstance(mark, ImageMark) and load_image is not None:
                image = QImage.fromData(load_image(mark.image_id))
                painter.setOpacity(mark.opacity)
                painter.drawImage(QRectF(mark.x, mark.y, mark.width, mark.height), image)
                painter.setOpacity(1.0)
        self._millimetres()

    def _millimetres(self) -> None:
        if self.in_pixels:
            self.painter.setWorldTransform(self.base)
            self.in_pixels = False

    def _pen(self, stroke: Stroke | None) -> QPen:
        pen = self.pens.get(stroke)
        if pen is None:
            pen = self.pens[stroke] = _pen(stroke)
        return pen

    def _brush(self, fill: str, alpha: float) -> QBrush:
        brush = self.brushes.get((fill, alpha))
        if brush is None:
            brush = self.brushes[(fill, alpha)] = _brush(fill, alpha)
        return brush

    def _stamp(self, mark, paint) -> None:
        """`mark` copied from its stamp for the quarter pixel its anchor falls on."""
        x, y = _anchor(mark)
        self._copy(_stamp_key(mark), x, y, mark, paint)

    def _copy(self, what_key, x: float, y: float, what, paint) -> None:
        """`what` (a mark, or a figure about its anchor) copied from its stamp with its anchor
        at (x, y) mm; `paint(painter, what, x, y)` paints it with the anchor at the origin."""
        px, py = x * self.k, y * self.k
        ix, iy = math.floor(px), math.floor(py)
        fx, fy = round((px - ix) * self.PHASES), round((py - iy) * self.PHASES)
        key = (what_key, fx, fy)
        stamp = self.stamps.get(key)
        if stamp is None:
            stamp = self.stamps[key] = self._make_stamp(
                what, x, y, fx / self.PHASES, fy / self.PHASES, paint
            )
        image, left, top = stamp
        if not self.in_pixels:
            self.painter.setWorldTransform(self.device)
            self.in_pixels = True
        self.painter.drawImage(QPointF(ix + left, iy + top), image)

    def _make_stamp(
        self, mark, x: float, y: float, fx: float, fy: float, paint
    ) -> tuple[QImage, float, float]:
        """The mark painted with its anchor (at x, y mm) at (fx, fy) of a pixel: the image,
        and where its top left goes relative to the anchor's whole pixel."""
        reach = math.ceil(self._reach(mark) * self.k) + 2
        size = 2 * reach + 1
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        stamp = QPainter(image)
        stamp.setRenderHints(self.painter.renderHints())
        stamp.translate(reach + fx, reach + fy)
        stamp.scale(self.k, self.k)
        paint(stamp, mark, x, y)
        stamp.end()
        return image, -reach, -reach

    def _reach(self, mark) -> float:
        """How far from its anchor the mark can paint, in mm."""
        if isinstance(mark, CircleMark):
            return mark.radius + (mark.stroke.width if mark.stroke else 0)
        if isinstance(mark, Symbol):
            return max(self._part_reach(part) for part in mark.parts)
        font, metrics = self._font(mark.bold)
        width = metrics.horizontalAdvance(mark.text) * mark.size / FONT_PX
        return width + mark.size * 1.5

    def _part_reach(self, part) -> float:
        """How far from a figure's anchor its part can paint, in mm."""
        if isinstance(part, PathMark):
            width = part.stroke.width if part.stroke else 0
            return max(math.hypot(x, y) for x, y in part.points) + width
        x, y = _anchor(part)
        return math.hypot(x, y) + self._reach(part)

    def _paint_circle(self, painter: QPainter, mark: CircleMark, x0: float, y0: float) -> None:
        _circle(painter, mark, (mark.centre[0] - x0, mark.centre[1] - y0), self._brush)

    def _paint_path(self, painter: QPainter, mark: PathMark, x0: float, y0: float) -> None:
        painter.setPen(self._pen(mark.stroke))
        polygon = QPolygonF([QPointF(x - x0, y - y0) for x, y in mark.points])
        if mark.closed:
            painter.setBrush(self._brush(mark.fill, mark.fill_alpha))
            painter.drawPolygon(polygon)
        else:
            painter.drawPolyline(polygon)

    def _paint_figure(self, painter: QPainter, figure: Symbol, _x: float, _y: float) -> None:
        """The figure's parts about the origin (where a stamp has its anchor)."""
        for part in figure.parts:
            painter.save()
            if isinstance(part, CircleMark):
                self._paint_circle(painter, part, 0.0, 0.0)
            elif isinstance(part, PathMark):
                self._paint_path(painter, part, 0.0, 0.0)
            else:
                self._paint_text(painter, part, 0.0, 0.0)
            painter.restore()

    def _font(self, bold: bool) -> tuple[QFont, QFontMetricsF]:
        found = self.fonts.get(bold)
        if found is None:
            font = QFont()
            font.setFamilies(FONT_FAMILIES)
            font.setPixelSize(FONT_PX)
            font.setBold(bold)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            found = self.fonts[bold] = (font, QFontMetricsF(font))
        return found

    def _paint_text(self, painter: QPainter, mark: TextMark, x0: float, y0: float) -> None:
        """Set at 100 pixels and scaled to its size: a font's pixel size is a whole number,
        which at 96 dpi would make a 2.5 mm name 5 % too small."""
        font, metrics = self._font(mark.bold)
        painter.translate(mark.x - x0, mark.y - y0)
        if mark.angle:
            painter.rotate(mark.angle)
        painter.scale(mark.size / FONT_PX, mark.size / FONT_PX)
        painter.setFont(font)
        painter.setPen(QColor(mark.colour))
        x = 0.0
        if mark.anchor == "middle":
            x = -metrics.horizontalAdvance(mark.text) / 2
        painter.drawText(QPointF(x, 0), mark.text)


def _text_key(mark: TextMark) -> tuple:
    return (mark.text, mark.size, mark.colour, mark.bold, mark.angle, mark.anchor)


def _stamp_key(mark) -> tuple:
    if isinstance(mark, CircleMark):
        return ("circle", mark.radius, mark.fill, mark.fill_alpha, mark.stroke)
    return ("text", *_text_key(mark))


def _anchor(mark) -> tuple[float, float]:
    return mark.centre if isinstance(mark, CircleMark) else (mark.x, mark.y)


def _circle(painter: QPainter, mark: CircleMark, at: tuple[float, float], brush) -> None:
    """A disc and its ring as two fills: Qt strokes a scaled ellipse's outline about ten
    times slower than it fills one (5,000 pins and symbols took 3.4 s at 300 dpi)."""
    centre, r = QPointF(*at), mark.radius
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush(mark.fill, mark.fill_alpha))
    stroke = mark.stroke
    if stroke is None:
        painter.drawEllipse(centre, r, r)
        return
    half = stroke.width / 2
    if mark.fill_alpha >= 1:  # opaque: the inner disc covers the ring's colour inside
        painter.setBrush(QColor(stroke.colour))
        painter.drawEllipse(centre, r + half, r + half)
        painter.setBrush(brush(mark.fill, 1.0))
        painter.drawEllipse(centre, r - half, r - half)
        return
    painter.drawEllipse(centre, r - half, r - half)
    ring = QPainterPath()
    ring.setFillRule(Qt.FillRule.OddEvenFill)
    ring.addEllipse(centre, r + half, r + half)
    ring.addEllipse(centre, r - half, r - half)
    painter.fillPath(ring, QColor(stroke.colour))
