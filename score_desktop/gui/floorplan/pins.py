"""Hazard pins: a circle in the category's (or band's) colour, sized by risk band, with the
number of exposed workers inside, as on a participatory risk map."""

import functools
import uuid

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem

from ...domain.hazard import Hazard
from .marker_layer import MarkerItem

PIN_Z = 5e7  # above the drawing, below handles
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


@functools.cache
def pin_pixmap(colour: str, diameter: int, text: str, selected: bool, ratio: float) -> QPixmap:
    """A pin's look: its disc with its number stamped on.

    A translucent antialiased disc is the slow part (about 0.2 ms), and a plan of thousands of
    hazards has a look for nearly every colour, size and count: the discs (one per colour and
    size) and the numbers (one per count and size) are each drawn once, then put together.
    """
    disc = _disc(colour, diameter, selected, ratio)
    if not text:
        return disc
    pixmap = QPixmap(disc)
    painter = QPainter(pixmap)  # a copy of the disc's pixels, as the painter writes
    light = _fill(colour).lightnessF() > 0.62
    painter.drawPixmap(0, 0, _number(text, diameter, light, ratio))
    painter.end()
    return pixmap


def _fill(colour: str) -> QColor:
    fill = QColor(colour)
    fill.setAlpha(215)
    return fill


def _drawn(diameter: int, ratio: float, draw) -> QPixmap:
    """A transparent pixmap the size of the pin, `draw(painter, box)` on it, box: its circle."""
    side = round((diameter + 8) * ratio)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter, QRectF(4, 4, diameter, diameter))
    painter.end()
    return pixmap


@functools.cache
def _disc(colour: str, diameter: int, selected: bool, ratio: float) -> QPixmap:
    def draw(painter: QPainter, box: QRectF) -> None:
        painter.setBrush(_fill(colour))
        ring = QPen(QColor("#F4D03F") if selected else QColor("#FFFFFF"), 4 if selected else 2)
        painter.setPen(ring)
        painter.drawEllipse(box)

    return _drawn(diameter, ratio, draw)


@functools.cache
def _number(text: str, diameter: int, light: bool, ratio: float) -> QPixmap:
    """The count alone, dark on light fills."""

    def draw(painter: QPainter, box: QRectF) -> None:
        font = QFont()
        font.setPixelSize(max(9, int(diameter * 0.42)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1B2631") if light else QColor("#FFFFFF"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    return _drawn(diameter, ratio, draw)


def _ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


class HazardPin(MarkerItem, QGraphicsPixmapItem):
    """Holds the hazard id and its look. At rest it paints nothing (the pin layer draws it);
    selected, Qt paints its highlighted look from a cached pixmap."""

    def __init__(self, hazard: Hazard, colour: str, diameter: int):
        super().__init__()
        self.hazard_id: uuid.UUID = hazard.id
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
            | _NO_CONTENTS
        )
        self.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        self.setZValue(PIN_Z)
        self.sync(hazard, colour, diameter)

    def sync(self, hazard: Hazard, colour: str, diameter: int) -> None:
        self._look = (colour, diameter, str(hazard.exposed) if hazard.exposed else "")
        self.origin = QPointF(hazard.position.x, hazard.position.y)  # first: see MarkerItem
        self.setPos(self.origin)
        self.setToolTip(hazard.title)
        self.show_selection()

    def show_selection(self) -> None:
        colour, diameter, text = self._look
        selected = self.isSelected()
        self.setFlag(_NO_CONTENTS, not selected)
        pixmap = pin_pixmap(colour, diameter, text, selected, _ratio())
        self.setPixmap(pixmap)
        half = pixmap.width() / pixmap.devicePixelRatio() / 2
        self.setOffset(-half, -half)
