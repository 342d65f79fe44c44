"""Plane geometry in plan units, and the conversion to metres.

A plan stores every coordinate in *plan units* and one factor, metres per unit. Calibrating the
scale changes only that factor, so nothing moves on screen when the real size becomes known.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, cast

from .errors import ValidationError
from .messages import N_


class Point(NamedTuple):
    """Immutable and cheap to make: a site plan is read as tens of thousands of points.

    `+` and `-` are vector sums (not tuple concatenation)."""

    x: float
    y: float

    # A vector sum by design, unlike tuple concatenation: not substitutable for tuple.__add__.
    def __add__(self, other: "Point") -> "Point":  # type: ignore[override]
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Point") -> "Point":
        return Point(self.x - other.x, self.y - other.y)


def distance(a: Point, b: Point) -> float:
    return math.hypot(b.x - a.x, b.y - a.y)


def polyline_length(points: Sequence[Point]) -> float:
    return sum(distance(a, b) for a, b in zip(points, points[1:], strict=False))


def signed_area(points: Sequence[Point]) -> float:
    """Shoelace formula: positive for counter-clockwise polygons (y up)."""
    n = len(points)
    return 0.5 * sum(
        points[i].x * points[(i + 1) % n].y - points[(i + 1) % n].x * points[i].y for i in range(n)
    )


def polygon_area(points: Sequence[Point]) -> float:
    return abs(signed_area(points))


def centroid(points: Sequence[Point]) -> Point:
    """Area centroid of a simple polygon; the vertex mean when the area is zero."""
    area = signed_area(points)
    n = len(points)
    if n == 0:
        raise ValueError("no points")
    if abs(area) < 1e-12:
        return Point(sum(p.x for p in points) / n, sum(p.y for p in points) / n)
    cx = cy = 0.0
    for i in range(n):
        p, q = points[i], points[(i + 1) % n]
        cross = p.x * q.y - q.x * p.y
        cx += (p.x + q.x) * cross
        cy += (p.y + q.y) * cross
    return Point(cx / (6 * area), cy / (6 * area))


def point_in_polygon(point: Point, polygon: Sequence[Point]) -> bool:
    """Even-odd rule; points exactly on an edge count as inside."""
    inside = False
    n = len(polygon)
    for i in range(n):
        a, b = polygon[i], polygon[(i + 1) % n]
        if _on_segment(point, a, b):
            return True
        if (a.y > point.y) != (b.y > point.y):
            x_cross = a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
            if point.x < x_cross:
                inside = not inside
    return inside


def _on_segment(p: Point, a: Point, b: Point, eps: float = 1e-9) -> bool:
    cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
    if abs(cross) > eps * max(1.0, distance(a, b)):
        return False
    return min(a.x, b.x) - eps <= p.x <= max(a.x, b.x) + eps and (
        min(a.y, b.y) - eps <= p.y <= max(a.y, b.y) + eps
    )


def rectangle(a: Point, b: Point) -> tuple[Point, ...]:
    """The axis-aligned rectangle with opposite corners a and b, clockwise on screen."""
    left, right = sorted((a.x, b.x))
    top, bottom = sorted((a.y, b.y))
    return (Point(left, top), Point(right, top), Point(right, bottom), Point(left, bottom))


MIN_AREA_UNITS = 1e-6


def check_polygon(points: Sequence[Point]) -> None:
    """Refuse polygons a zone cannot be: fewer than 3 corners or no area."""
    if len(points) < 3:
        raise ValidationError({"points": N_("A zone needs at least three corners.")})
    if polygon_area(points) <= MIN_AREA_UNITS:
        raise ValidationError({"points": N_("The shape has no area (its corners are in a line).")})


@dataclass(frozen=True, slots=True)
class Scale:
    """Metres per plan unit."""

    metres_per_unit: float

    def __post_init__(self) -> None:
        if not (self.metres_per_unit > 0 and math.isfinite(self.metres_per_unit)):
            raise ValidationError({"scale": N_("The scale must be a positive number.")})

    def to_metres(self, units: float) -> float:
        return units * self.metres_per_unit

    def to_units(self, metres: float) -> float:
        return metres / self.metres_per_unit

    def area_m2(self, area_units: float) -> float:
        return area_units * self.metres_per_unit**2

    @classmethod
    def calibrated(cls, a: Point, b: Point, real_metres: float) -> "Scale":
        """The scale that makes the segment a–b measure `real_metres`."""
        measured = distance(a, b)
        if measured <= 1e-9:
            raise ValidationError({"calibration": N_("Click two different points to calibrate.")})
        if not (real_metres > 0 and math.isfinite(real_metres)):
            raise ValidationError({"calibration": N_("The real distance must be more than zero.")})
        return cls(real_metres / measured)


def nice_scale_bar_length(metres_per_unit: float, target_units: float = 120) -> float:
    """A round length in metres (1, 2, 5 × 10ⁿ) whose bar is close to `target_units` long:
    the shortest at least three quarters of it. One rule for every scale bar: units are
    screen pixels in the editor, millimetres of paper on the plan sheet."""
    raw = metres_per_unit * target_units
    exponent = math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        candidate: float = step * 10**exponent  # int ** int is typed Any (may be a float)
        if candidate >= raw * 0.75:
            return candidate
    return cast(float, 10 ** (exponent + 1))  # int ** int is typed Any (may be a float)


def snap(value: float, grid: float) -> float:
    return round(value / grid) * grid if grid > 0 else value
