import uuid

import pytest

from score_desktop.domain.drafting import (
    WallJoints,
    dimensions,
    nearest_target,
    point_at_length,
    snap_targets,
    wall_outline,
)
from score_desktop.domain.floorplan import PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, distance, polygon_area, rectangle

PLAN = uuid.uuid4()


def wall(a, b):
    return PlanItem(PLAN, PlanItemKind.WALL, (Point(*a), Point(*b)), thickness=20)


def test_snap_targets_are_ends_corners_and_middles():
    assert set(snap_targets(wall((0, 0), (100, 0)))) == {Point(0, 0), Point(100, 0), Point(50, 0)}
    zone = PlanItem(PLAN, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(40, 20)))
    assert Point(40, 20) in snap_targets(zone) and Point(20, 20) in snap_targets(zone)
    assert Point(0, 10) in snap_targets(zone)  # the middle of the closing edge
    machine = PlanItem(PLAN, PlanItemKind.MACHINE, (Point(100, 100),), width=40, height=20)
    targets = snap_targets(machine)
    assert Point(80, 90) in targets and Point(120, 100) in targets  # corner, edge middle
    text = PlanItem(PLAN, PlanItemKind.LABEL, (Point(5, 5),), label="Store")
    assert snap_targets(text) == []


def test_nearest_target_within_reach_only():
    items = [wall((0, 0), (100, 0)), wall((0, 50), (100, 50))]
    assert nearest_target(Point(97, 3), items, reach=5) == Point(100, 0)
    assert nearest_target(Point(52, 48), items, reach=5) == Point(50, 50)
    assert nearest_target(Point(75, 25), items, reach=5) is None


def test_an_l_of_two_walls_has_one_clean_outer_corner():
    joints = WallJoints()
    first, second = uuid.uuid4(), uuid.uuid4()
    joints.add(first, 20, (Point(0, -100), Point(0, 0)))
    joints.add(second, 20, (Point(0, 0), Point(100, 0)))
    before, after = joints.neighbours(second)
    assert before == Point(0, -100) and after is None
    down = wall_outline(Point(0, -100), Point(0, 0), 20, None, Point(100, 0))
    across = wall_outline(Point(0, 0), Point(100, 0), 20, Point(0, -100), None)
    # both end on the diagonal through the corner: the outer corner is a full square
    assert Point(-10, 10) in [Point(round(p.x, 6), round(p.y, 6)) for p in down]
    assert Point(-10, 10) in [Point(round(p.x, 6), round(p.y, 6)) for p in across]
    # they tile the L (a 20 x 110 leg and a 20 x 90 leg) without gap or overlap
    assert polygon_area(down) + polygon_area(across) == pytest.approx(20 * 110 + 20 * 90)


def test_free_ends_stay_square_and_a_t_is_not_joined():
    outline = wall_outline(Point(0, 0), Point(100, 0), 20)
    assert sorted(outline) == sorted([Point(0, 10), Point(100, 10), Point(100, -10), Point(0, -10)])
    joints = WallJoints()
    ids = [uuid.uuid4() for _ in range(3)]
    for wall_id, far in zip(ids, ((100, 0), (-100, 0), (0, 100)), strict=True):
        joints.add(wall_id, 20, (Point(0, 0), Point(*far)))
    assert joints.neighbours(ids[0]) == (None, None)
    joints.remove(ids[2])
    assert joints.neighbours(ids[0]) == (Point(-100, 0), None)


def test_joined_lists_the_walls_whose_ends_a_joint_cuts():
    """What the editor redraws after making every wall square-ended: the walls of an L, not
    a lone wall nor the three of a T (which stay square)."""
    joints = WallJoints()
    lone, down, across = (uuid.uuid4() for _ in range(3))
    joints.add(lone, 20, (Point(500, 500), Point(600, 500)))
    joints.add(down, 20, (Point(0, -100), Point(0, 0)))
    joints.add(across, 20, (Point(0, 0), Point(100, 0)))
    assert joints.joined() == {down, across}
    stem = uuid.uuid4()
    joints.add(stem, 20, (Point(0, 0), Point(0, 100)))
    assert joints.joined() == set()
    assert all(joints.neighbours(w) == (None, None) for w in (lone, stem))


def test_a_sharp_corner_is_cut_square_not_a_spike():
    outline = wall_outline(Point(0, 0), Point(100, 0), 20, before=Point(100, 1), after=None)
    assert max(distance(p, Point(0, 0)) for p in outline[:1] + outline[3:]) <= 10 + 1e-9


def test_typed_length_goes_towards_the_pointer():
    end = point_at_length(Point(10, 10), Point(13, 14), 450)
    assert end == pytest.approx(Point(10 + 270, 10 + 360))
    assert point_at_length(Point(0, 0), Point(0, 0), 5) == Point(5, 0)


def test_dimensions_in_metres():
    assert dimensions(wall((0, 0), (300, 400)), 0.01) == pytest.approx((5.0,))
    zone = PlanItem(PLAN, PlanItemKind.ZONE, rectangle(Point(0, 0), Point(400, 250)))
    assert dimensions(zone, 0.01) == pytest.approx((4.0, 2.5, 10.0))
