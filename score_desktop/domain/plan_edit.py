"""Reshaping plan items by their handles: pure geometry, tested without Qt.

Boxes (machines, stairs) are a centre, a size and a rotation: a corner handle resizes with the
opposite corner kept in place; the rotation handle turns the box towards the pointer.
Polygons and segments move one vertex at a time.
"""

import math
from dataclasses import replace

from .floorplan import PlanItem, Shape
from .geometry import Point

BOX_CORNERS = ((-1, -1), (1, -1), (1, 1), (-1, 1))  # local signs: top-left, clockwise


def _rotate(x: float, y: float, degrees: float) -> tuple[float, float]:
    a = math.radians(degrees)
    return x * math.cos(a) - y * math.sin(a), x * math.sin(a) + y * math.cos(a)


def box_corners(item: PlanItem) -> list[Point]:
    """Corners of a box in plan coordinates, clockwise from its local top-left."""
    (centre,) = item.points
    corners = []
    for sx, sy in BOX_CORNERS:
        dx, dy = _rotate(sx * item.width / 2, sy * item.height / 2, item.rotation)
        corners.append(Point(centre.x + dx, centre.y + dy))
    return corners


def rotation_handle(item: PlanItem, distance_units: float) -> Point:
    """Where the rotation handle sits: above the middle of the box's top edge."""
    (centre,) = item.points
    dx, dy = _rotate(0, -(item.height / 2 + distance_units), item.rotation)
    return Point(centre.x + dx, centre.y + dy)


def resize_box(item: PlanItem, corner: int, target: Point) -> PlanItem:
    """The box with corner `corner` dragged to `target`, its opposite corner fixed."""
    assert item.shape is Shape.BOX
    fixed = box_corners(item)[(corner + 2) % 4]
    # the new diagonal, expressed in the box's own (unrotated) frame
    local_x, local_y = _rotate(target.x - fixed.x, target.y - fixed.y, -item.rotation)
    centre_dx, centre_dy = _rotate(local_x / 2, local_y / 2, item.rotation)
    return replace(
        item,
        points=(Point(fixed.x + centre_dx, fixed.y + centre_dy),),
        width=abs(local_x),
        height=abs(local_y),
    )


def rotate_box_towards(item: PlanItem, target: Point, step_degrees: float = 0.0) -> PlanItem:
    """The box turned so that its top faces `target`; optionally in steps (Shift: 15°)."""
    (centre,) = item.points
    angle = math.degrees(math.atan2(target.y - centre.y, target.x - centre.x)) + 90
    if step_degrees:
        angle = round(angle / step_degrees) * step_degrees
    angle = (angle + 180) % 360 - 180
    return replace(item, rotation=angle)


def move_vertex(item: PlanItem, index: int, target: Point) -> PlanItem:
    assert item.shape in (Shape.POLYGON, Shape.SEGMENT)
    points = list(item.points)
    points[index] = target
    return replace(item, points=tuple(points))
