"""MarkerLayer: thousands of fixed-size markers painted as one item from a cached image.

A site plan can hold thousands of safety symbols and hazard pins. Painted one item at a time,
Qt spends a few microseconds on each of them on every repaint, even when nothing moved. This layer
paints them all in one pass into a device-resolution cache, so a repaint without changes is a
copy of that cache. Their items (made when touched: see graphics_table.py) handle hits,
selection and dragging and paint nothing at rest (`ItemHasNoContents`). Selected, an item
paints its highlighted look over its mark, so selecting a thousand pins repaints no marker;
dragged away, it hides its mark (`MarkerItem`) until the record follows.
"""

import math
import operator
from collections.abc import Hashable, Iterable

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

CELLS = 64  # grid cells along the longer side of the markers' extent, for exposed-area queries
OUTLINE_PX = 2  # beyond the largest marker's half size, for antialiased edges
MAX_CLIP_RECTS = 512  # more pieces than this to repaint: walk the exposed rect instead


class MarkerLayer(QGraphicsItem):
    """Markers keyed by their owner's id: a scene position and a pixmap drawn centred on it,
    the same size on screen at every zoom."""

    def __init__(self, z: float, smallest_scale: float):
        """`smallest_scale`: the lowest zoom of any view (screen pixels per scene unit); until
        a view gives its zoom (`fit_to_zoom`), the bounding rect leaves room for markers'
        pixels at that zoom."""
        super().__init__()
        self._reach_px = OUTLINE_PX  # half the largest marker, in screen pixels
        self._margin_scale = smallest_scale
        self._refit_pending = False
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._marks: dict[Hashable, tuple[float, float, QPixmap, float, float]] = {}
        self._cells: dict[tuple[float, float], list] | None = None  # None: build when asked
        self._extent: QRectF | None = None
        self._sorted: list | None = None  # every mark, lower ones last (see _shown_in)
        self._hidden: set = set()  # keys whose item is being dragged away from its mark
        self._painted_scale: float | None = None  # screen pixels per scene unit, last paint
        self._cell_size = 0.0
        self._bounds = QRectF()

    def __len__(self) -> int:
        return len(self._marks)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._marks

    # Contents ------------------------------------------------------------------------------

    def set_marks(self, marks: Iterable[tuple[Hashable, float, float, QPixmap]]) -> None:
        """Replace every marker at once (key, x, y, pixmap): one index build and one repaint."""
        halves: dict[int, tuple[float, float]] = {}  # a few pixmaps shared by many markers
        table = {}
        for key, x, y, pixmap in marks:
            half = halves.get(id(pixmap))
            if half is None:
                half = halves[id(pixmap)] = self.half_size(pixmap)
            table[key] = (x, y, pixmap, *half)
        self.set_table(table)

    def set_table(
        self,
        table: dict[Hashable, tuple[float, float, QPixmap, float, float]],
        largest_half: float | None = None,
    ):
        """Like set_marks, from entries (x, y, pixmap, half width, half height) built by the
        caller (see `half_size`): a plan's ten thousand pins in one pass. `largest_half`: the
        largest half size among them, when the caller knows it."""
        self.prepareGeometryChange()
        if largest_half is None:
            halves = {(entry[3], entry[4]) for entry in table.values()}
            largest_half = max((max(h) for h in halves), default=0.0)
        self._reach_px = largest_half + OUTLINE_PX
        self._marks = table
        self._sorted = None
        self._reindex()
        self.update()

    def set_mark(self, key: Hashable, x: float, y: float, pixmap: QPixmap) -> None:
        old = self._marks.get(key)
        if old is not None:
            self._forget(key, old)
        mark = (x, y, pixmap, *self.half_size(pixmap))
        self._marks[key] = mark
        self._sorted = None
        if max(mark[3], mark[4]) > self._reach_px - OUTLINE_PX:
            self.prepareGeometryChange()
            self._reach_px = max(mark[3], mark[4]) + OUTLINE_PX
        self._extent = None
        if not self._bounds.contains(x, y) or not self._cell_size:
            self._reindex()  # grows the extent (rare: markers are placed on the plan)
            self.update()
            return
        if self._cells is not None:
            self._cells.setdefault(self._cell_of(x, y), []).append(key)
        if old is not None:
            self._update_around(old[0], old[1])
        self._update_around(x, y)

    def _update_around(self, x: float, y: float) -> None:
        """Repaint only around one marker: selecting a pin among thousands must not redraw
        them all. The size on screen is known from the last paint; a new zoom repaints the
        whole cache anyway."""
        if self._painted_scale is None:
            self.update()
            return
        reach = self._reach_px / self._painted_scale
        self.update(QRectF(x - reach, y - reach, 2 * reach, 2 * reach))

    def remove_mark(self, key: Hashable) -> None:
        old = self._marks.pop(key, None)
        if old is not None:
            self._forget(key, old)
            self._extent = self._sorted = None
            self._update_around(old[0], old[1])

    def set_hidden(self, key: Hashable, hidden: bool) -> None:
        if hidden == (key in self._hidden):
            return
        if hidden:
            self._hidden.add(key)
        else:
            self._hidden.discard(key)
        mark = self._marks.get(key)
        if mark is not None:
            self._update_around(mark[0], mark[1])

    def _forget(self, key: Hashable, mark: tuple) -> None:
        if self._cells is None:
            return  # the index, when built, will be built from the marks as they are
        cell = self._cells.get(self._cell_of(mark[0], mark[1]))
        if cell is not None and key in cell:
            cell.remove(key)

    @property
    def _margin(self) -> float:
        """Half the largest marker at the zoom the bounding rect is sized for, in units."""
        return self._reach_px / self._margin_scale

    @staticmethod
    def half_size(pixmap: QPixmap) -> tuple[float, float]:
        """Half the pixmap's size on screen (device-independent pixels)."""
        ratio = pixmap.devicePixelRatio() or 1.0
        return pixmap.width() / ratio / 2, pixmap.height() / ratio / 2

    # Index ---------------------------------------------------------------------------------

    def _reindex(self) -> None:
        """New bounds and cell size; the cells themselves are filled on the first query
        (`_index`): opening a plan paints every mark without them, and the pointer asks only
        later."""
        self.prepareGeometryChange()
        self._cells = None
        self._extent = None
        if not self._marks:
            self._bounds, self._cell_size = QRectF(), 0.0
            return
        left, top, right, bottom = self.extent().getCoords()
        side = max(right - left, bottom - top, 1.0)
        pad = side * 0.01  # a little room to grow before the next reindex
        self._bounds = QRectF(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad)
        self._cell_size = side / CELLS

    def _index(self) -> dict[tuple[float, float], list]:
        """Cells hold lists of keys (hashing ids costs more than a short list's remove)."""
        if self._cells is None:
            self._cells = cells = {}
            size = self._cell_size or 1.0
            for key, (x, y, *_rest) in self._marks.items():
                cell = (x // size, y // size)
                if cell in cells:
                    cells[cell].append(key)
                else:
                    cells[cell] = [key]
        return self._cells

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
        cells, size = self._index(), self._cell_size or 1.0
        first_i, last_i = rect.left() // size, rect.right() // size
        first_j, last_j = rect.top() // size, rect.bottom() // size
        wanted = (last_i - first_i + 1) * (last_j - first_j + 1)
        if wanted >= len(cells):
            for keys in cells.values():
                yield from keys
            return
        if wanted <= 64:  # a small square (a click, the snap): look up its cells alone
            for i in range(int(first_i), int(last_i) + 1):
                for j in range(int(first_j), int(last_j) + 1):
                    yield from cells.get((float(i), float(j)), ())
            return
        for (i, j), keys in cells.items():
            if first_i <= i <= last_i and first_j <= j <= last_j:
                yield from keys

    def keys_within(self, rect: QRectF) -> list:
        """The keys of the markers placed inside `rect` (scene coordinates)."""
        marks = self._marks
        return [key for key in self._keys_in(rect) if rect.contains(marks[key][0], marks[key][1])]

    def count_within(self, rect: QRectF) -> int:
        """How many markers are placed inside `rect`: cells wholly inside it are counted by
        their length, only the markers of cells on its edge are looked at (a crowded room
        holds thousands; see zone_names.crowded)."""
        edges = _edges(rect)
        if edges is None:
            return 0
        left, top, right, bottom = edges
        cells, size, marks = self._index(), self._cell_size or 1.0, self._marks
        first_i, last_i, first_j, last_j = left // size, right // size, top // size, bottom // size
        count = 0
        for (i, j), keys in cells.items():
            if not (first_i <= i <= last_i and first_j <= j <= last_j):
                continue
            if first_i < i < last_i and first_j < j < last_j:
                count += len(keys)
                continue
            for key in keys:
                x, y = marks[key][0], marks[key][1]
                count += left <= x <= right and top <= y <= bottom
        return count

    def area_within(self, rect: QRectF) -> float:
        """The summed size on screen (square pixels) of the markers placed inside `rect`:
        how much of it they would cover if none overlapped (see zone_names.crowded)."""
        edges = _edges(rect)
        if edges is None:
            return 0.0
        left, top, right, bottom = edges
        marks, size_of, total = self._marks, self._logical_size, 0.0
        for key in self._keys_in(rect.normalized()):
            mark = marks[key]
            if left <= mark[0] <= right and top <= mark[1] <= bottom:
                width, height = size_of(mark)
                total += width * height
        return total

    def _logical_size(self, mark: tuple) -> tuple[float, float]:
        """A mark's size on screen: twice the half sizes its entry holds (see `half_size`)."""
        return 2 * mark[3], 2 * mark[4]

    def boxes_near(self, rect: QRectF, zoom: float) -> list[tuple[float, float, float, float]]:
        """Where the resting markers that may reach into `rect` cover the scene at `zoom`
        (screen pixels per unit): (left, top, right, bottom) each, for placing names clear
        of them. One look at each mark (a room can hold thousands)."""
        reach = (self._reach_px + OUTLINE_PX) / zoom
        left, top = rect.left() - reach, rect.top() - reach
        right, bottom = rect.right() + reach, rect.bottom() + reach
        grown = QRectF(left, top, right - left, bottom - top)
        marks, hidden, size_of = self._marks, self._hidden, self._logical_size
        boxes = []
        for key in self._keys_in(grown):
            mark = marks[key]
            x, y = mark[0], mark[1]
            if not (left <= x <= right and top <= y <= bottom) or (hidden and key in hidden):
                continue
            width, height = size_of(mark)
            dx, dy = mark[3], mark[4]
            boxes.append(
                (x - dx / zoom, y - dy / zoom, x + (width - dx) / zoom, y + (height - dy) / zoom)
            )
        return boxes

    # Painting ------------------------------------------------------------------------------

    def _shown_in(self, areas: list[QRectF]) -> list:
        """The marks to draw in `areas`, lower ones last: they overlap higher ones whatever
        the index. A paint of the whole layer (the first, and every new zoom) takes them all
        from a list sorted once, without looking up ten thousand ids."""
        marks = self._marks
        if len(areas) == 1 and areas[0].contains(self._bounds):
            if self._sorted is None:
                self._sorted = _top_to_bottom(list(marks.values()))
            if not self._hidden:
                return self._sorted
            hidden = {id(marks[key]) for key in self._hidden if key in marks}
            return [mark for mark in self._sorted if id(mark) not in hidden]
        keys = set()
        for area in areas:
            keys.update(self._keys_in(area))
        keys -= self._hidden
        shown = [marks[key] for key in keys]
        _top_to_bottom(shown)
        return shown

    def fit_to_zoom(self, scale: float) -> None:
        """Size the bounding rect for markers seen at `scale` (screen pixels per unit).

        As small as the markers need: when the whole layer fits in the view, Qt caches all of
        it, and scrolling (centring a selected pin) moves the cache instead of repainting
        thousands of markers."""
        self._refit_pending = False
        if scale > 0 and abs(scale - self._margin_scale) > 1e-9 * scale:
            self.prepareGeometryChange()
            self._margin_scale = scale

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        """The markers' extent, with room for their pixels at the view's zoom: markers keep
        their screen size, so their scene size grows as the view zooms out. (Qt caches only
        the visible part of an item larger than the view.)"""
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
        self._painted_scale = scale
        if scale < self._margin_scale * 0.999 and not self._refit_pending:
            # zoomed out without a word (a caller scaled the view directly): grow after this
            self._refit_pending = True
            QTimer.singleShot(0, lambda: shiboken6.isValid(self) and self.fit_to_zoom(scale))
        margin = self._reach_px / scale
        device_area = _painted_area(painter)
        if not self._paints_in(device_area):
            return
        areas = [option.exposedRect & device_area]
        m11, m12, m21, m22, dx, dy = t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()
        painter.save()
        painter.resetTransform()
        clip = painter.clipRegion() if painter.hasClipping() else None
        inverse, invertible = t.inverted()
        if clip is not None and invertible and 1 < clip.rectCount() <= MAX_CLIP_RECTS:
            # a few markers changed here and there: Qt repaints just around them
            areas = [inverse.mapRect(QRectF(rect)) for rect in clip]
        shown = self._shown_in([a.adjusted(-margin, -margin, margin, margin) for a in areas])
        shown = self._drawn(shown)
        draw = painter.drawPixmap
        for x, y, pixmap, half_w, half_h in shown:
            draw(
                round(x * m11 + y * m21 + dx - half_w),
                round(x * m12 + y * m22 + dy - half_h),
                pixmap,
            )
        painter.restore()

    def _paints_in(self, device_area: QRectF) -> bool:
        """Whether the layer draws anything while the painted device covers `device_area`
        of the scene (a layer left out where it would crowd the plan says no)."""
        return True

    def _drawn(self, shown: list) -> list:
        """The marks to draw, (x, y, pixmap, left, top) each, of those `shown` in the part of
        the scene being painted (a layer whose marks are not pixmaps yet makes them here)."""
        return shown


_X, _Y = operator.itemgetter(0), operator.itemgetter(1)


def _edges(rect: QRectF) -> tuple[float, float, float, float] | None:
    """Left, top, right and bottom of `rect` normalized; None when it is null as
    QRectF.contains sees it (its edges, summed, meet: then it contains no point)."""
    rect = rect.normalized()
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    return None if left == right or top == bottom else (left, top, right, bottom)


def _top_to_bottom(marks: list) -> list:
    """Sorted by y, then x, in place: two stable sorts on the marks' own floats, because a
    (y, x) key would make a tuple per mark, and ten thousand of them set off the garbage
    collector several times in the middle of a paint."""
    marks.sort(key=_X)
    marks.sort(key=_Y)
    return marks


def _painted_area(painter: QPainter) -> QRectF:
    """The part of the scene the painter's device covers: with a cache, Qt exposes the whole
    item, but caches (and so paints) only what the view shows of a large one."""
    device = painter.device()
    inverse, invertible = painter.worldTransform().inverted()
    if device is None or not invertible:
        return QRectF(-1e12, -1e12, 2e12, 2e12)
    ratio = device.devicePixelRatio() or 1.0
    return inverse.mapRect(QRectF(0, 0, device.width() / ratio, device.height() / ratio))


class MarkerItem:
    """Mixed into the item of a marker (first among its bases, for itemChange): while the
    item is dragged away from where its record puts it (`origin`), its mark is hidden (and
    its marks on other layers: a pin's number), so it is not seen twice. Set `origin` before
    moving the item to a new record position."""

    marker_layers: tuple[MarkerLayer, ...] = ()
    marker_key: Hashable = None
    origin: QPointF

    def lay_on(self, layer: MarkerLayer, key: Hashable, *more: MarkerLayer) -> None:
        self.marker_layers, self.marker_key = (layer, *more), key
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for layer in self.marker_layers:
                if shiboken6.isValid(layer):
                    layer.set_hidden(self.marker_key, value != self.origin)
        return super().itemChange(change, value)
