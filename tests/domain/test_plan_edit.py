import uuid

import pytest

from score_desktop.domain.floorplan import PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, distance, rectangle
from score_desktop.domain.plan_edit import (
    box_corners,
    move_vertex,
    resize_box,
    rotate_box_towards,
    rotation_handle,
)

PLAN = uuid.uuid4()


def box(rotation=0.0):
    return PlanItem(
        PLAN, PlanItemKind.MACHINE, (Point(100, 100),), width=40, height=20, rotation=rotation
    )


def close(a: Point, b: Point) -> bool:
    return distance(a, b) < 1e-6


def test_corners_of_an_unrotated_and_a_rotated_box():
    assert box_corners(box()) == [Point(80, 90), Point(120, 90), Point(120, 110), Point(80, 110)]
    turned = box_corners(box(rotation=90))
    assert close(turned[0], Point(110, 80)) and close(turned[2], Point(90, 120))


@pytest.mark.parametrize("rotation", [0, 30, -75, 180])
def test_resizing_keeps_the_opposite_corner(rotation):
    item = box(rotation)
    fixed = box_corners(item)[0]
    dragged = box_corners(item)[2]
    target = Point(dragged.x + 7, dragged.y + 3)
    resized = resize_box(item, 2, target)
    assert close(box_corners(resized)[0], fixed)
    assert close(box_corners(resized)[2], target)
    assert resized.rotation == rotation


def test_resizing_past_the_opposite_corner_flips_instead_of_going_negative():
    resized = resize_box(box(), 2, Point(60, 80))
    assert (resized.width, resized.height) == (20, 10)


def test_resizing_to_a_point_gives_zero_size_which_validation_refuses():
    from score_desktop.domain.errors import ValidationError

    flat = resize_box(box(), 2, box_corners(box())[0])
    with pytest.raises(ValidationError):
        flat.validate()


def test_rotation_follows_the_pointer_and_can_snap():
    item = box()
    assert rotate_box_towards(item, Point(100, 50)).rotation == pytest.approx(0)
    assert rotate_box_towards(item, Point(150, 100)).rotation == pytest.approx(90)
    assert rotate_box_towards(item, Point(150, 58), step_degrees=15).rotation == 45
    assert rotate_box_towards(item, Point(50, 100)).rotation == pytest.approx(-90)


def test_rotation_handle_is_above_the_top_edge():
    assert rotation_handle(box(), 5) == Point(100, 85)
    assert close(rotation_handle(box(90), 5), Point(115, 100))


def test_move_vertex_of_polygon_and_segment():
    zone = PlanItem(PLAN, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(10, 10)))
    assert move_vertex(zone, 2, Point(12, 15)).points[2] == Point(12, 15)
    wall = PlanItem(PLAN, PlanItemKind.WALL, (Point(0, 0), Point(10, 0)))
    assert move_vertex(wall, 1, Point(20, 0)).points == (Point(0, 0), Point(20, 0))
