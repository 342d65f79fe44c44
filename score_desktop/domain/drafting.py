"""Drawing aids for tracing a plan: object snap and walls that join, in plan units, no Qt.

Snap targets are the points a draughtsman aims at: the ends and middles of segments, the
corners and edge middles of zones and machines, the place of a point symbol. Walls whose ends
meet (exactly two, of one thickness: the plan sheet's rule in `services/plan_sheet/joins.py`)
are drawn with their ends cut along the corner's bisector, so an L has a clean outer corner.
"""

import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence

from .floorplan import PlanItem, PlanItemKind, Shape
from .geometry import Point, distance, polygon_area
from .plan_edit import box_corners

MITRE_LIMIT = 4.0  # a corner sharper than this (mitre length / half width) is cut square


def _middles(corners: Sequence[Point], closed: bool) -> list[Point]:
    pairs = zip(corners, [*corners[1:], corners[0]] if closed else corners[1:], strict=False)
    return [Point((a.x + b.x) / 2, (a.y + b.y) / 2) for a, b in pairs]


def snap_targets(item: PlanItem) -> list[Point]:
    """The points of `item` that a new point may snap to."""
    if item.shape is Shape.SEGMENT:
        return [*item.points, *_middles(item.points, closed=False)]
    if item.shape is Shape.POLYGON:
        return [*item.points, *_middles(item.points, closed=True)]
    if item.shape is Shape.BOX:
        corners = box_corners(item)
        return [*corners, *_middles(corners, closed=True)]
    return [item.points[0]] if item.kind is not PlanItemKind.LABEL else []


def nearest_target(point: Point, items: Iterable[PlanItem], reach: float) -> Point | None:
    """The snap target of `items` nearest `point`, if one lies within `reach`."""
    best, best_distance = None, reach
    for item in items:
        for target in snap_targets(item):
            d = distance(point, target)
            if d <= best_distance:
                best, best_distance = target, d
    return best


# Walls that join ----------------------------------------------------------------------------


JointKey = tuple[float, int, int]
Direction = tuple[float, float]


def joint_key(p: Point, width: float) -> JointKey:
    """Ends within 5 % of the wall's width are one joint (the plan sheet's tolerance)."""
    tolerance = max(width * 0.05, 1e-6)
    return width, round(p.x / tolerance), round(p.y / tolerance)


class WallJoints:
    """Which walls end at which joint, kept up to date as walls come and go."""

    def __init__(self) -> None:
        self._ends: dict[JointKey, set[uuid.UUID]] = defaultdict(set)
        self._walls: dict[uuid.UUID, tuple[float, tuple[Point, ...]]] = {}  # width, ends

    def add(self, item_id: uuid.UUID, width: float, points: Sequence[Point]) -> list[JointKey]:
        """Adds a wall; returns the keys of its ends (the joints it changed)."""
        self._walls[item_id] = (width, tuple(points))
        keys = [joint_key(p, width) for p in points]
        for key in keys:
            self._ends[key].add(item_id)
        return keys

    def remove(self, item_id: uuid.UUID) -> list[JointKey]:
        entry = self._walls.pop(item_id, None)
        if entry is None:
            return []
        keys = [joint_key(p, entry[0]) for p in entry[1]]
        for key in keys:
            self._ends[key].discard(item_id)
            if not self._ends[key]:
                del self._ends[key]
        return keys

    def joined(self) -> set[uuid.UUID]:
        """The walls that meet exactly one other at an end: the only ones a joint changes."""
        return {wall for walls in self._ends.values() if len(walls) == 2 for wall in walls}

    def walls_at(self, keys: Iterable[JointKey]) -> set[uuid.UUID]:
        return {wall for key in keys for wall in self._ends.get(key, ())}

    def neighbours(self, item_id: uuid.UUID) -> tuple[Point | None, Point | None]:
        """For each end of a wall, the far end of the one other wall that meets it there."""
        width, points = self._walls[item_id]
        result: list[Point | None] = []
        for end in points:
            sharing = self._ends.get(joint_key(end, width), set())
            others = sharing - {item_id}
            if len(sharing) != 2 or len(others) != 1:
                result.append(None)
                continue
            (other,) = others
            p, q = self._walls[other][1]
            far = q if joint_key(p, width) == joint_key(end, width) else p
            result.append(far)
        return result[0], result[1]


def _unit(dx: float, dy: float) -> Direction | None:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-12 else None


def _end_corners(
    at: Point,
    incoming: Direction | None,
    outgoing: Direction | None,
    normal: Direction,
    half: float,
) -> tuple[Point, Point]:
    """The two corners of a wall's end at `at`: cut along the bisector of the two walls'
    directions, or square when there is no neighbour or the corner is too sharp."""
    nx, ny = normal
    if incoming is not None and outgoing is not None:
        tangent = _unit(incoming[0] + outgoing[0], incoming[1] + outgoing[1])
        if tangent is not None:
            mx, my = -tangent[1], tangent[0]
            cosine = mx * nx + my * ny
            if abs(cosine) > 1 / MITRE_LIMIT:
                length = half / cosine
                return (
                    Point(at.x + mx * length, at.y + my * length),
                    Point(at.x - mx * length, at.y - my * length),
                )
    return Point(at.x + nx * half, at.y + ny * half), Point(at.x - nx * half, at.y - ny * half)


def wall_outline(
    a: Point, b: Point, width: float, before: Point | None = None, after: Point | None = None
) -> list[Point]:
    """The wall from `a` to `b` as a four-cornered outline, `width` thick. `before`: the far
    end of a wall that ends at `a`; `after`: that of one that ends at `b`."""
    direction = _unit(b.x - a.x, b.y - a.y)
    if direction is None:
        return [a, b]
    half = width / 2
    normal = (-direction[1], direction[0])
    into_a = _unit(a.x - before.x, a.y - before.y) if before is not None else None
    out_of_b = _unit(after.x - b.x, after.y - b.y) if after is not None else None
    a_left, a_right = _end_corners(a, into_a, direction, normal, half)
    b_left, b_right = _end_corners(b, direction, out_of_b, normal, half)
    return [a_left, b_left, b_right, a_right]


def point_at_length(start: Point, towards: Point, length: float) -> Point:
    """The point `length` from `start` in the direction of `towards` (along x when they are
    the same point): where a typed length puts a segment's other end."""
    direction = _unit(towards.x - start.x, towards.y - start.y) or (1.0, 0.0)
    return Point(start.x + direction[0] * length, start.y + direction[1] * length)


def dimensions(item: PlanItem, metres_per_unit: float) -> tuple[float, ...]:
    """What a selected item's dimension label says, in metres: a segment's length; a box's
    width and depth; a zone's width, height (of its bounding box) and area in m²."""
    k = metres_per_unit
    if item.shape is Shape.SEGMENT:
        return (distance(*item.points) * k,)
    if item.shape is Shape.BOX:
        return (item.width * k, item.height * k)
    if item.shape is Shape.POLYGON:
        xs, ys = [p.x for p in item.points], [p.y for p in item.points]
        return ((max(xs) - min(xs)) * k, (max(ys) - min(ys)) * k, polygon_area(item.points) * k * k)
    return ()
