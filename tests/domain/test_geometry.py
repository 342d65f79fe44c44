import math

import pytest

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.geometry import (
    Point,
    Scale,
    centroid,
    check_polygon,
    distance,
    nice_scale_bar_length,
    point_in_polygon,
    polygon_area,
    polyline_length,
    rectangle,
    snap,
)

SQUARE = (Point(0, 0), Point(4, 0), Point(4, 4), Point(0, 4))
L_SHAPE = (Point(0, 0), Point(6, 0), Point(6, 2), Point(2, 2), Point(2, 6), Point(0, 6))


def test_distance_and_polyline_length():
    assert distance(Point(0, 0), Point(3, 4)) == 5
    assert polyline_length([Point(0, 0), Point(3, 4), Point(3, 10)]) == 11


@pytest.mark.parametrize(("polygon", "area"), [(SQUARE, 16), (L_SHAPE, 20), (SQUARE[::-1], 16)])
def test_polygon_area_is_orientation_independent(polygon, area):
    assert polygon_area(polygon) == area


def test_centroid_of_square_and_of_a_degenerate_shape():
    assert centroid(SQUARE) == Point(2, 2)
    assert centroid((Point(0, 0), Point(2, 0), Point(4, 0))) == Point(2, 0)


@pytest.mark.parametrize(
    ("point", "inside"),
    [
        (Point(1, 1), True),
        (Point(4, 4), False),  # the notch of the L
        (Point(1, 5), True),
        (Point(6, 1), True),  # on an edge
        (Point(0, 6), True),  # on a corner
        (Point(-0.1, 1), False),
        (Point(7, 1), False),
    ],
)
def test_point_in_polygon(point, inside):
    assert point_in_polygon(point, L_SHAPE) is inside


def test_rectangle_from_any_two_opposite_corners():
    assert rectangle(Point(4, 4), Point(0, 0)) == SQUARE


@pytest.mark.parametrize(
    "points",
    [
        (Point(0, 0), Point(1, 1)),
        (Point(0, 0), Point(1, 1), Point(2, 2)),
        (Point(0, 0), Point(0, 0), Point(0, 0), Point(0, 0)),
    ],
)
def test_degenerate_polygons_are_refused(points):
    with pytest.raises(ValidationError):
        check_polygon(points)


def test_scale_converts_lengths_and_areas():
    scale = Scale(0.02)
    assert scale.to_metres(500) == pytest.approx(10)
    assert scale.to_units(10) == pytest.approx(500)
    assert scale.area_m2(polygon_area(SQUARE) * 100 * 100) == pytest.approx(0.02**2 * 160_000)


def test_calibration_from_two_points():
    scale = Scale.calibrated(Point(100, 100), Point(400, 500), real_metres=25)
    assert scale.metres_per_unit == pytest.approx(25 / 500)
    assert scale.to_metres(distance(Point(100, 100), Point(400, 500))) == pytest.approx(25)


@pytest.mark.parametrize(
    ("a", "b", "metres"),
    [
        (Point(1, 1), Point(1, 1), 5),
        (Point(0, 0), Point(1, 0), 0),
        (Point(0, 0), Point(1, 0), -2),
        (Point(0, 0), Point(1, 0), math.nan),
    ],
)
def test_bad_calibrations_are_refused(a, b, metres):
    with pytest.raises(ValidationError):
        Scale.calibrated(a, b, metres)


@pytest.mark.parametrize("bad", [0, -1, math.inf, math.nan])
def test_scale_must_be_positive_and_finite(bad):
    with pytest.raises(ValidationError):
        Scale(bad)


@pytest.mark.parametrize(
    ("metres_per_pixel", "expected"), [(0.01, 1), (0.05, 5), (0.2, 20), (0.0013, 0.2)]
)
def test_scale_bar_takes_round_lengths(metres_per_pixel, expected):
    assert nice_scale_bar_length(metres_per_pixel) == pytest.approx(expected)


def test_snap_to_grid():
    assert snap(1.26, 0.5) == 1.5 and snap(-0.74, 0.5) == -0.5 and snap(3.3, 0) == 3.3
