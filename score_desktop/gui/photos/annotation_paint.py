"""Drawing photo annotations over a photo shown in any rectangle (viewer, compare, thumbnail).

Annotations hold fractions of the photo's size; here they become paths in the target
rectangle, with line widths and text sizes that follow the rectangle, so a mark looks the
same on a thumbnail and at full size.
"""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
)

from ...domain.photo import Annotation, AnnotationKind

LINE_WIDTH_FRACTION = 0.006  # of the photo's longer side
TEXT_HEIGHT_FRACTION = 0.045  # of the photo's height
HIGHLIGHT = QColor("#F4D03F")


def line_width(rect: QRectF) -> float:
    return max(2.0, LINE_WIDTH_FRACTION * max(rect.width(), rect.height()))


def _point(rect: QRectF, fraction: tuple[float, float]) -> QPointF:
    return QPointF(
        rect.left() + fraction[0] * rect.width(), rect.top() + fraction[1] * rect.height()
    )


def text_font(rect: QRectF) -> QFont:
    font = QFont()
    font.setPixelSize(max(10, round(TEXT_HEIGHT_FRACTION * rect.height())))
    font.setBold(True)
    return font


def annotation_path(annotation: Annotation, rect: QRectF) -> QPainterPath:
    """The outline of a mark (text: its box), for painting and for hit tests."""
    points = [_point(rect, p) for p in annotation.points]
    path = QPainterPath()
    kind = annotation.kind
    if kind is AnnotationKind.ARROW:
        tail, head = points
        path.moveTo(tail)
        path.lineTo(head)
        size = 4 * line_width(rect)
        angle = math.atan2(head.y() - tail.y(), head.x() - tail.x())
        for side in (-1, 1):
            wing = angle + math.pi + side * math.radians(28)
            path.moveTo(head)
            path.lineTo(head + QPointF(math.cos(wing) * size, math.sin(wing) * size))
    elif kind in (AnnotationKind.ELLIPSE, AnnotationKind.RECTANGLE):
        box = QRectF(points[0], points[1]).normalized()
        if kind is AnnotationKind.ELLIPSE:
            path.addEllipse(box)
        else:
            path.addRect(box)
    elif kind is AnnotationKind.FREEHAND:
        path.moveTo(points[0])
        for point in points[1:]:
            path.lineTo(point)
    else:
        path.addRect(_text_box(annotation, rect))
    return path


def _text_padding(rect: QRectF) -> float:
    return text_font(rect).pixelSize() * 0.25


def _text_box(annotation: Annotation, rect: QRectF) -> QRectF:
    metrics = QFontMetricsF(text_font(rect))
    pad = _text_padding(rect)
    origin = _point(rect, annotation.points[0])
    room = max(rect.right() - origin.x() - 2 * pad, rect.width() * 0.3)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    size = metrics.boundingRect(QRectF(0, 0, room, 1e6), flags, annotation.text).size()
    return QRectF(origin.x(), origin.y(), size.width() + 2 * pad, size.height() + 2 * pad)


def hit(annotation: Annotation, rect: QRectF, point: QPointF, tolerance: float) -> bool:
    path = annotation_path(annotation, rect)
    if annotation.kind is AnnotationKind.TEXT:
        return path.contains(point)
    stroker = QPainterPathStroker()
    stroker.setWidth(line_width(rect) + 2 * tolerance)
    return stroker.createStroke(path).contains(point)


def paint_annotations(
    painter: QPainter,
    annotations,
    rect: QRectF,
    selected=None,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = line_width(rect)
    for annotation in annotations:
        colour = QColor(annotation.colour)
        path = annotation_path(annotation, rect)
        if annotation.id == selected:
            painter.setPen(
                QPen(HIGHLIGHT, width * 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        if annotation.kind is AnnotationKind.TEXT:
            box = path.boundingRect()
            painter.fillRect(box, QColor(0, 0, 0, 150))
            painter.setPen(colour.lighter(130) if colour.lightnessF() < 0.35 else colour)
            painter.setFont(text_font(rect))
            pad = _text_padding(rect)
            painter.drawText(
                box.adjusted(pad, pad, -pad, -pad),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                annotation.text,
            )
            continue
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    painter.restore()


def annotated(pixmap: QPixmap, annotations) -> QPixmap:
    """A copy of `pixmap` with the marks drawn in (the stored photo stays untouched)."""
    if not annotations or pixmap.isNull():
        return pixmap
    copy = QPixmap(pixmap)
    painter = QPainter(copy)
    paint_annotations(painter, annotations, QRectF(copy.rect()))
    painter.end()
    return copy
