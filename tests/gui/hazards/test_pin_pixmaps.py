"""A pin's pixmap, put together from a disc and a number stamp, is the pin painted in one pass."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

from score_desktop.domain.hazard import DEFAULT_CATEGORIES
from score_desktop.domain.plan_style import PIN_DIAMETERS_PX
from score_desktop.gui.floorplan.pins import pin_pixmap


def painted_at_once(colour: str, diameter: int, text: str, selected: bool) -> QImage:
    """The pin as a direct drawing: translucent disc, ring, then its number on top."""
    side = diameter + 8
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(4, 4, diameter, diameter)
    fill = QColor(colour)
    fill.setAlpha(215)
    painter.setBrush(fill)
    painter.setPen(QPen(QColor("#F4D03F") if selected else QColor("#FFFFFF"), 4 if selected else 2))
    painter.drawEllipse(box)
    font = QFont()
    font.setPixelSize(max(9, int(diameter * 0.42)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1B2631") if fill.lightnessF() > 0.62 else QColor("#FFFFFF"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap.toImage()


def largest_difference(a: QImage, b: QImage) -> int:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    assert a.size() == b.size()
    return max(
        abs(((a.pixel(x, y) >> shift) & 255) - ((b.pixel(x, y) >> shift) & 255))
        for y in range(a.height())
        for x in range(a.width())
        for shift in (0, 8, 16, 24)
    )


YELLOW = next(c.colour for c in DEFAULT_CATEGORIES if QColor(c.colour).lightnessF() > 0.62)
DARK = next(c.colour for c in DEFAULT_CATEGORIES if QColor(c.colour).lightnessF() < 0.4)


@pytest.mark.parametrize("colour", [YELLOW, DARK])
@pytest.mark.parametrize("diameter", [PIN_DIAMETERS_PX[0], PIN_DIAMETERS_PX[-1]])
@pytest.mark.parametrize(
    ("text", "selected"), [("7", False), ("20", False), ("12", True), ("", False)]
)
def test_a_pin_is_its_disc_and_number_as_one_drawing_makes_them(
    qtbot, colour, diameter, text, selected
):
    made = pin_pixmap(colour, diameter, text, selected, 1.0).toImage()
    assert largest_difference(made, painted_at_once(colour, diameter, text, selected)) == 0


def test_counts_of_one_look_share_its_disc_and_differ_in_their_number(qtbot):
    colour, diameter = DARK, PIN_DIAMETERS_PX[2]
    three, nine = (pin_pixmap(colour, diameter, n, False, 1.0).toImage() for n in ("3", "9"))
    assert largest_difference(three, nine) > 100  # white digits on a dark fill
    edge = (4 + 3, 4 + diameter // 2)  # inside the disc, left of any digit
    assert three.pixelColor(*edge) == nine.pixelColor(*edge)
    assert three.pixelColor(*edge).alpha() == 215
