"""MarkerLayer: thousands of fixed-size markers painted as one item from a cached image.

A site plan can hold thousands of safety symbols and hazard pins. Painted one item at a time,
Qt spends a few microseconds on each of them on every repaint, even when nothing moved. Their
items stay in the scene for hit-testing, selection and dragging, but they paint nothing
(`ItemHasNoContents`) while they rest; this layer paints the resting ones in one pass into a
device-resolution cache, so a repaint without changes is a copy of that cache. A selected
marker paints itself, so dragging it does not redraw the layer.
"""

import math
import operator
from collections.abc import Hashable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

CELLS = 64  # grid cells along the longer side of the markers' extent, for exposed-area queries
MARGIN_PX = 40  # larger than half of any marker, in screen pixels


class MarkerLayer(QGraphicsItem):
    """Markers keyed by their owner's id: a scene position and a pixmap drawn centred on it,
    the same size on screen at every zoom."""

    def __init__(self, z: float, smallest_scale: float):
        """`smallest_scale`: the lowest zoom of any view (screen pixels per scene unit); the
        bounding rect leaves room for markers' pixels at that zoom."""
        super().__init__()
        self._margin = MARGIN_PX / smallest_scale
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._marks: dict[Hashable, tuple[float, float, QPixmap, float, float]] = {}
        self._cells: dict[tuple[float, float], list] = {}
        self._extent: QRectF | None = None
        self._cell_size = 0.0
        self._bounds = QRectF()

    def __len__(self) -> int:
        return len(self._marks)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._marks

    # Contents ------------------------------------------------------------------------------

    def set_marks(self, marks: Iterable[tuple[Hashable, float, float, QPixmap]]) -> None:
        """Replace every marker at once (key, x, y, pixmap): one index build and one repaint."""
        self.prepareGeometryChange()
        halves: dict[int, tuple[float, float]] = {}  # a few pixmaps shared by many markers
        self._marks = table = {}
        for key, x, y, pixmap in marks:
            half = halves.get(id(pixmap))
            if half is None:
                half = halves[id(pixmap)] = self._half(pixmap)
            table[key] = (x, y, pixmap, *half)
        self._reindex()
        self.update()

    def set_mark(self, key: Hashable, x: float, y: float, pixmap: QPixmap) -> None:
        old = self._marks.get(key)
        if old is not None:
            self._forget(key, old)
        mark = (x, y, pixmap, *self._half(pixmap))
        self._marks[key] = mark
        if not self._bounds.contains(x, y) or not self._cell_size:
            self._reindex()  # grows the extent (rare: markers are placed on the plan)
        else:
            self._cells.setdefault(self._cell_of(x, y), []).append(key)
        self._extent = None
        self.update()

    def remove_mark(self, key: Hashable) -> None:
        old = self._marks.pop(key, None)
        if old is not None:
            self._forget(key, old)
            self._extent = None
            self.update()

    def _forget(self, key: Hashable, mark: tuple) -> None:
        cell = self._cells.get(self._cell_of(mark[0], mark[1]))
        if cell is not None and key in cell:
            cell.remove(key)

    @staticmethod
    def _half(pixmap: QPixmap) -> tuple[float, float]:
        ratio = pixmap.devicePixelRatio() or 1.0
        return pixmap.width() / ratio / 2, pixmap.height() / ratio / 2

    # Index ---------------------------------------------------------------------------------

    def _reindex(self) -> None:
        """Cells hold lists of keys (hashing ids costs more than a short list's remove)."""
        self.prepareGeometryChange()
        self._cells = cells = {}
        self._extent = None
        if not self._marks:
            self._bounds, self._cell_size = QRectF(), 0.0
            return
        left, top, right, bottom = self.extent().getCoords()
        side = max(right - left, bottom - top, 1.0)
        pad = side * 0.05  # room to grow before the next reindex
        self._bounds = QRectF(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad)
        self._cell_size = size = side / CELLS
        for key, (x, y, *_rest) in self._marks.items():
            cell = (x // size, y // size)
            if cell in cells:
                cells[cell].append(key)
            else:
                cells[cell] = [key]

    def _cell_of(self, x: float, y: float) -> tuple[float, float]:
        size = self._cell_size or 1.0
        return x // size, y // size

    def extent(self) -> QRectF:
        """The smallest rect holding every marker's position (empty without markers)."""
        if self._extent is None:
            if not self._marks:
                self._extent = QRectF()
            else:
                xs = [m[0] for m in self._marks.values()]
                ys = [m[1] for m in self._marks.values()]
                self._extent = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        return QRectF(self._extent)

    def _keys_in(self, rect: QRectF):
        size = self._cell_size or 1.0
        first_i, last_i = rect.left() // size, rect.right() // size
        first_j, last_j = rect.top() // size, rect.bottom() // size
        if (last_i - first_i + 1) * (last_j - first_j + 1) >= len(self._cells):
            for keys in self._cells.values():
                yield from keys
            return
        for (i, j), keys in self._cells.items():
            if first_i <= i <= last_i and first_j <= j <= last_j:
                yield from keys

    def keys_within(self, rect: QRectF) -> list:
        """The keys of the markers placed inside `rect` (scene coordinates)."""
        marks = self._marks
        return [key for key in self._keys_in(rect) if rect.contains(marks[key][0], marks[key][1])]

    def position(self, key: Hashable) -> tuple[float, float] | None:
        mark = self._marks.get(key)
        return None if mark is None else (mark[0], mark[1])

    # Painting ------------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The markers' extent, with room for their pixels at the lowest zoom: markers keep their
        screen size, so their scene size grows as the view zooms out. (Qt caches only the
        visible part of an item larger than the view.)"""
        if not self._marks:
            return QRectF()
        margin = self._margin
        return self._bounds.adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        """Nothing to hit: clicks and rubber bands reach the markers' own items."""
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._marks:
            return
        t = painter.worldTransform()
        scale = math.hypot(t.m11(), t.m12()) or 1.0
        margin = MARGIN_PX / scale
        exposed = option.exposedRect & _painted_area(painter)
        exposed.adjust(-margin, -margin, margin, margin)
        m11, m12, m21, m22, dx, dy = t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()
        marks = self._marks
        shown = [marks[key] for key in self._keys_in(exposed)]
        shown.sort(key=_TOP_TO_BOTTOM)  # lower markers overlap higher ones, whatever the index
        painter.save()
        painter.resetTransform()
        draw = painter.drawPixmap
        for x, y, pixmap, half_w, half_h in shown:
            draw(
                round(x * m11 + y * m21 + dx - half_w),
                round(x * m12 + y * m22 + dy - half_h),
                pixmap,
            )
        painter.restore()


_TOP_TO_BOTTOM = operator.itemgetter(1, 0)


def _painted_area(painter: QPainter) -> QRectF:
    """The part of the scene the painter's device covers: with a cache, Qt exposes the whole
    item, but caches (and so paints) only what the view shows of a large one."""
    device = painter.device()
    inverse, invertible = painter.worldTransform().inverted()
    if device is None or not invertible:
        return QRectF(-1e12, -1e12, 2e12, 2e12)
    ratio = device.devicePixelRatio() or 1.0
    return inverse.mapRect(QRectF(0, 0, device.width() / ratio, device.height() / ratio))
