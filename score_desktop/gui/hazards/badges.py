"""A hazard category's badge: a disc in its colour with its one or two letters (and a risk
band's plain swatch).

Shown beside the category's name wherever categories are listed (the register, the filters,
the hazard form, the catalogue, the pin legend). Fifteen categories cannot all have colours
far apart (chemical, radiation and psychosocial are all purples), and a colour alone says
nothing to a reader who does not see it: the letters tell them apart.
"""

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap

LIGHT_FILL = 0.62  # above this lightness, dark letters (the pins' rule)
DARK_TEXT, LIGHT_TEXT = "#1B2631", "#FFFFFF"


def paint_badge(painter: QPainter, rect: QRectF, colour: str, symbol: str) -> None:
    """Draw the badge in `rect` (a square); the painter's state is left as it was."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(rect)
    letters = symbol.strip()
    if letters:
        font = QFont(painter.font())
        # two letters take a smaller size, so both fit inside the disc
        font.setPixelSize(max(6, round(rect.height() * (0.62 if len(letters) == 1 else 0.5))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(DARK_TEXT if fill.lightnessF() > LIGHT_FILL else LIGHT_TEXT))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letters)
    painter.restore()


@functools.cache
def category_badge(colour: str, symbol: str, side: int = 16) -> QIcon:
    """The badge as an icon for item views and combo boxes (kept: a register repaints it in
    every visible row)."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_badge(painter, QRectF(0.5, 0.5, side - 1, side - 1), colour, symbol)
    painter.end()
    return QIcon(pixmap)


def colour_icon(colour: str) -> QIcon:
    """A plain square of colour: a risk band in the band filter."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
