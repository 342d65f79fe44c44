"""NumberTags: each hazard pin's register number (H1…) on a small tag at its upper right, as
on the printed plan, so a pin is found in the register and the report by the same name.

The tags are a marker layer of their own above the resting pins (a pin's pixmap is shared by
every pin of its look; a number is one pin's). A tag is drawn the first time it is shown,
and only while the painted part of the plan holds at most MAX_TAGS pins: beyond that they
would hide each other and the pins, and ten thousand tags cost half a second to draw.
Zoomed in, the pins in view get theirs.
"""

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap

from .marker_layer import MarkerLayer

MAX_TAGS = 400
TAG_FONT_PX = 10
TAG_PAD_PX = 2


@functools.cache
def _font() -> QFont:
    font = QFont()
    font.setPixelSize(TAG_FONT_PX)
    font.setBold(True)
    return font


@functools.cache
def tag_size(text: str) -> tuple[int, int]:
    """Width and height of a tag, in screen pixels."""
    metrics = QFontMetrics(_font())
    return metrics.horizontalAdvance(text) + 2 * TAG_PAD_PX, metrics.height()


@functools.cache
def tag_pixmap(text: str, ratio: float) -> QPixmap:
    """Dark text on a light, rounded plate (readable over any pin or zone colour)."""
    width, height = tag_size(text)
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 90))
    painter.setBrush(QColor(255, 255, 255, 225))
    box = QRectF(0.5, 0.5, width - 1, height - 1)
    painter.drawRoundedRect(box, 3, 3)
    painter.setFont(_font())
    painter.setPen(QColor("#17202A"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def tag_offsets(diameter: int) -> tuple[float, float]:
    """Where a pin's tag starts, as MarkerLayer offsets (the pixmap is drawn at the pin's
    position minus these): right of the pin's middle, its foot above the pin's middle."""
    radius = diameter / 2
    return -0.7 * radius, 0.5 * radius + tag_size("H")[1]


class NumberTags(MarkerLayer):
    """Marks hold a tag's text where other layers hold a pixmap: see `set_tags`."""

    def __init__(self, z: float, smallest_scale: float, ratio: float):
        super().__init__(z, smallest_scale)
        self._ratio = ratio

    def set_tags(self, tags: dict) -> None:
        """`tags`: key -> (x, y, text, diameter of its pin in screen pixels)."""
        offsets = Offsets()
        self.set_table({k: offsets.entry(*tag) for k, tag in tags.items()}, offsets.reach())

    def _paints_in(self, device_area: QRectF) -> bool:
        return len(self) <= MAX_TAGS or self._count_within(device_area) <= MAX_TAGS

    def _drawn(self, shown: list) -> list:
        ratio = self._ratio
        return [(x, y, tag_pixmap(text, ratio), left, top) for x, y, text, left, top in shown]

    def _logical_size(self, mark: tuple) -> tuple[float, float]:
        return tag_size(mark[2])  # a tag's mark holds its text

    def _count_within(self, rect: QRectF) -> int:
        """How many marks lie in `rect`, counted no further than MAX_TAGS + 1 (no index:
        it would be built for this one question)."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        count = 0
        for x, y, *_rest in self._marks.values():
            if left <= x <= right and top <= y <= bottom:
                count += 1
                if count > MAX_TAGS:
                    break
        return count


class Offsets:
    """Makes tag entries for `NumberTags.set_table`, with each pin size's offsets worked out
    once (a plan has five), and the reach of the widest tag."""

    def __init__(self):
        self._by_diameter: dict[int, tuple[float, float]] = {}
        self._longest = ""

    def entry(self, x: float, y: float, text: str, diameter: int) -> tuple:
        offset = self._by_diameter.get(diameter)
        if offset is None:
            offset = self._by_diameter[diameter] = tag_offsets(diameter)
        if len(text) > len(self._longest):
            self._longest = text
        return x, y, text, offset[0], offset[1]

    def reach(self) -> float:
        """Half the largest tag's reach from its pin, as MarkerLayer.set_table takes it."""
        width = tag_size(self._longest)[0] + TAG_PAD_PX  # digits are about as wide as another
        return max((max(width - left, top) for left, top in self._by_diameter.values()), default=0)
