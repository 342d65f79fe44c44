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
    side = round((diameter + 8) * ratio)
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(4, 4, diameter, diameter)
    fill = QColor(colour)
    fill.setAlpha(215)
    painter.setBrush(fill)
    painter.setPen(QPen(QColor("#F4D03F") if selected else QColor("#FFFFFF"), 4 if selected else 2))
    painter.drawEllipse(box)
    if text:
        font = QFont()
        font.setPixelSize(max(9, int(diameter * 0.42)))
        font.setBold(True)
        painter.setFont(font)
        light = fill.lightnessF() > 0.62
        painter.setPen(QColor("#1B2631") if light else QColor("#FFFFFF"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


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
