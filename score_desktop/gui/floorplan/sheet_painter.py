"""The plan sheet (services/plan_sheet) painted with QPainter, for the PNG export: the same
marks the PDF and the SVG draw, at the file's pixels per millimetre."""

import uuid
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
)

from ...services.plan_sheet.marks import CircleMark, ImageMark, PathMark, Sheet, Stroke, TextMark

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
    fonts: dict[bool, QFont] = {}
    for mark in sheet.marks:
        if isinstance(mark, PathMark):
            painter.setPen(_pen(mark.stroke))
            polygon = QPolygonF([QPointF(x, y) for x, y in mark.points])
            if mark.closed:
                painter.setBrush(_brush(mark.fill, mark.fill_alpha))
                painter.drawPolygon(polygon)
            else:
                painter.drawPolyline(polygon)
        elif isinstance(mark, CircleMark):
            _circle(painter, mark)
        elif isinstance(mark, TextMark):
            _text(painter, mark, fonts, pixels_per_mm)
        elif isinstance(mark, ImageMark) and load_image is not None:
            image = QImage.fromData(load_image(mark.image_id))
            painter.save()
            painter.setOpacity(mark.opacity)
            painter.drawImage(QRectF(mark.x, mark.y, mark.width, mark.height), image)
            painter.restore()
    painter.restore()


def _circle(painter: QPainter, mark: CircleMark) -> None:
    """A disc and its ring as two fills: Qt strokes a scaled ellipse's outline about ten
    times slower than it fills one (5,000 pins and symbols took 3.4 s at 300 dpi)."""
    centre, r = QPointF(*mark.centre), mark.radius
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_brush(mark.fill, mark.fill_alpha))
    stroke = mark.stroke
    if stroke is None:
        painter.drawEllipse(centre, r, r)
        return
    half = stroke.width / 2
    if mark.fill_alpha >= 1:  # opaque: the inner disc covers the ring's colour inside
        painter.setBrush(QColor(stroke.colour))
        painter.drawEllipse(centre, r + half, r + half)
        painter.setBrush(_brush(mark.fill, 1.0))
        painter.drawEllipse(centre, r - half, r - half)
        return
    painter.drawEllipse(centre, r - half, r - half)
    ring = QPainterPath()
    ring.setFillRule(Qt.FillRule.OddEvenFill)
    ring.addEllipse(centre, r + half, r + half)
    ring.addEllipse(centre, r - half, r - half)
    painter.fillPath(ring, QColor(stroke.colour))


def _text(painter: QPainter, mark: TextMark, fonts: dict, pixels_per_mm: float) -> None:
    """Set at 100 pixels and scaled to its size: a font's pixel size is a whole number, which
    at 96 dpi would make a 2.5 mm name 5 % too small."""
    font = fonts.get(mark.bold)
    if font is None:
        font = fonts[mark.bold] = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(FONT_PX)
        font.setBold(mark.bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    painter.save()
    painter.translate(mark.x, mark.y)
    if mark.angle:
        painter.rotate(mark.angle)
    painter.scale(mark.size / FONT_PX, mark.size / FONT_PX)
    painter.setFont(font)
    painter.setPen(QColor(mark.colour))
    x = 0.0
    if mark.anchor == "middle":
        x = -QFontMetricsF(font).horizontalAdvance(mark.text) / 2
    painter.drawText(QPointF(x, 0), mark.text)
    painter.restore()
