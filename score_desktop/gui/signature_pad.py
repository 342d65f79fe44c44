"""A pad to draw a signature with the mouse, a pen or a finger: strokes kept as points,
given as a PNG with a transparent background (printed on the signature page)."""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#14286E")
SCALE = 2  # the PNG has twice the pad's pixels: sharp when printed 5 cm wide


class SignaturePad(QWidget):
    """Signals:
    changed(): a stroke was drawn or the pad was cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.strokes: list[list[QPointF]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(320, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(420, 140)

    def is_empty(self) -> bool:
        return not any(len(stroke) > 1 for stroke in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.changed.emit()

    # Drawing -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.strokes.append([event.position()])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton and self.strokes:
            self.strokes[-1].append(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.strokes:
            if len(self.strokes[-1]) == 1:  # a tap: a dot
                point = self.strokes[-1][0]
                self.strokes[-1].append(point + QPointF(0.5, 0.5))
            self.update()
            self.changed.emit()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#B8C4CE"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(12, baseline), QPointF(self.width() - 12, baseline))
        painter.setPen(QPen(QColor("#B8C4CE"), 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        self._draw_strokes(painter, 1.0)
        painter.end()

    def _draw_strokes(self, painter: QPainter, scale: float) -> None:
        pen = QPen(INK, 2.2 * scale)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) < 2:
                continue
            path = QPainterPath(stroke[0] * scale)
            for point in stroke[1:]:
                path.lineTo(point * scale)
            painter.drawPath(path)

    # The drawing as a file -------------------------------------------------------------------

    def png(self) -> bytes | None:
        """The strokes on a transparent background, cropped to them; None if nothing drawn."""
        if self.is_empty():
            return None
        points = [p for stroke in self.strokes for p in stroke]
        margin = 6.0
        left = max(0.0, min(p.x() for p in points) - margin)
        top = max(0.0, min(p.y() for p in points) - margin)
        right = min(float(self.width()), max(p.x() for p in points) + margin)
        bottom = min(float(self.height()), max(p.y() for p in points) + margin)
        size = QSize(max(1, round((right - left) * SCALE)), max(1, round((bottom - top) * SCALE)))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-left * SCALE, -top * SCALE)
        self._draw_strokes(painter, SCALE)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
