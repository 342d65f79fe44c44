"""MarkerLayer painting: what a paint of the whole layer draws, after changes and while dragging.

The layer is rendered straight into an image (no view, no cache), so every render paints the
whole layer, the path of a first paint and of every new zoom.
"""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from score_desktop.gui.floorplan.marker_layer import MarkerLayer

SIDE = 200  # scene units, rendered one unit per pixel


def square(hex_colour: str, px: int = 10) -> QPixmap:
    pixmap = QPixmap(px, px)
    pixmap.fill(QColor(hex_colour))
    return pixmap


@pytest.fixture
def layer(qapp):
    scene = QGraphicsScene()
    scene.setSceneRect(0, 0, SIDE, SIDE)
    layer = MarkerLayer(1, 1.0)
    layer.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    scene.addItem(layer)
    layer.scene_keeper = scene  # the scene lives as long as the layer under test
    return layer


def render(layer: MarkerLayer) -> QImage:
    image = QImage(SIDE, SIDE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layer.scene().render(painter, QRectF(0, 0, SIDE, SIDE), QRectF(0, 0, SIDE, SIDE))
    painter.end()
    return image


def colour(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def test_a_whole_paint_draws_every_mark_lower_ones_over_higher_ones(layer):
    red, blue = square("#ff0000"), square("#0000ff")
    layer.set_marks([("upper", 50, 50, red), ("lower", 54, 54, blue), ("far", 150, 20, red)])
    image = render(layer)
    assert colour(image, 150, 20) == "#ff0000"
    assert colour(image, 47, 47) == "#ff0000"  # only the upper mark covers this corner
    assert colour(image, 52, 52) == "#0000ff"  # the overlap: the lower mark is on top


def test_a_moved_added_or_removed_mark_is_drawn_where_it_now_is(layer):
    red, green = square("#ff0000"), square("#00ff00")
    layer.set_marks([("a", 50, 50, red), ("b", 100, 100, red)])
    render(layer)  # the layer remembers its marks' order from this paint
    layer.set_mark("a", 150, 150, red)
    image = render(layer)
    assert (colour(image, 50, 50), colour(image, 150, 150)) == ("#ffffff", "#ff0000")
    layer.set_mark("c", 30, 170, green)
    assert colour(render(layer), 30, 170) == "#00ff00"
    layer.remove_mark("b")
    assert colour(render(layer), 100, 100) == "#ffffff"


def test_a_mark_hidden_while_its_item_is_dragged_is_not_drawn(layer):
    red = square("#ff0000")
    layer.set_marks([("dragged", 50, 50, red), ("still", 100, 100, red)])
    layer.set_hidden("dragged", True)
    image = render(layer)
    assert colour(image, 50, 50) == "#ffffff"
    assert colour(image, 100, 100) == "#ff0000"
    layer.set_hidden("dragged", False)
    assert colour(render(layer), 50, 50) == "#ff0000"


def test_replacing_every_mark_draws_only_the_new_ones(layer):
    red, green = square("#ff0000"), square("#00ff00")
    layer.set_marks([("a", 50, 50, red)])
    render(layer)
    layer.set_marks([("b", 120, 120, green)])
    image = render(layer)
    assert (colour(image, 50, 50), colour(image, 120, 120)) == ("#ffffff", "#00ff00")


@pytest.mark.parametrize("asked_before", [False, True])
def test_marks_are_found_where_they_are_after_moves_and_removals(layer, asked_before):
    red = square("#ff0000")
    layer.set_marks([(n, 10.0 * n, 10.0 * n, red) for n in range(1, 16)])
    if asked_before:  # the index is built, then kept up to date
        assert set(layer.keys_within(QRectF(0, 0, 55, 55))) == {1, 2, 3, 4, 5}
    layer.set_mark(2, 140, 20, red)
    layer.remove_mark(4)
    layer.set_mark(99, 52, 52, red)
    layer.set_mark(100, 190, 190, red)  # beyond the extent: the layer grows
    assert set(layer.keys_within(QRectF(0, 0, 55, 55))) == {1, 3, 5, 99}
    assert set(layer.keys_within(QRectF(130, 10, 20, 20))) == {2}
    assert set(layer.keys_within(QRectF(185, 185, 10, 10))) == {100}


# on a coarse lattice as often as anywhere: marks share cells and lie on a rect's edges
COORD = st.one_of(st.integers(0, 20).map(lambda n: n * 10.0), st.floats(0, SIDE))


@settings(max_examples=40, deadline=None)
@given(
    marks=st.lists(st.tuples(COORD, COORD), min_size=150, max_size=400),
    rect=st.tuples(COORD, COORD, COORD, COORD),
    moved=st.lists(st.tuples(st.integers(0, 399), COORD, COORD), max_size=20),
)
@example(marks=[(0.0, 10.0)], rect=(0.0, 10.0, 10.0, 1.2e-223), moved=[])  # 10 + h == 10
def test_counting_the_marks_in_a_rect_agrees_with_finding_them(qapp, marks, rect, moved):
    """Whole cells are counted by length, edge cells mark by mark: the same number as the
    marks found one by one, after moves and removals too; and the area they cover is
    their sizes summed."""
    layer = MarkerLayer(1, 1.0)
    red = square("#ff0000")
    big = square("#0000ff", 16)
    layer.set_marks([(n, x, y, red if n % 2 else big) for n, (x, y) in enumerate(marks)])
    layer.count_within(QRectF(0, 0, 1, 1))  # the index built, then kept up to date
    for n, x, y in moved:
        if n % 3 == 0:
            layer.remove_mark(n)
        else:
            layer.set_mark(n, x, y, red)
    area = QRectF(*rect)
    found = layer.keys_within(area)
    assert layer.count_within(area) == len(found)
    sizes = {key: layer.half_size(layer._marks[key][2]) for key in found}
    assert layer.area_within(area) == sum(4 * w * h for w, h in sizes.values())
