import dataclasses
import uuid

import pytest

from score_desktop.domain.bulk import record_maker
from score_desktop.domain.errors import ValidationError
from score_desktop.domain.floorplan import FloorPlan, Layer, PlanItem, PlanItemKind, Shape
from score_desktop.domain.geometry import Point, rectangle

PLAN = uuid.uuid4()


def item(kind, points, **fields):
    return PlanItem(plan_id=PLAN, kind=kind, points=tuple(points), **fields)


def test_every_kind_has_a_shape_and_a_layer():
    for kind in PlanItemKind:
        assert item(kind, [Point(0, 0)]).shape in Shape
        assert item(kind, [Point(0, 0)]).layer in Layer


def test_valid_items_of_each_shape():
    item(PlanItemKind.ZONE, rectangle(Point(0, 0), Point(10, 5))).validate()
    item(PlanItemKind.WALL, [Point(0, 0), Point(10, 0)], thickness=20).validate()
    item(PlanItemKind.MACHINE, [Point(5, 5)], width=200, height=80, rotation=30).validate()
    item(PlanItemKind.EYEWASH, [Point(5, 5)]).validate()
    item(PlanItemKind.LABEL, [Point(5, 5)], label="Store / 仓库").validate()


@pytest.mark.parametrize(
    "bad",
    [
        item(PlanItemKind.ZONE, [Point(0, 0), Point(1, 1), Point(2, 2)]),
        item(PlanItemKind.WALL, [Point(3, 3), Point(3, 3)]),
        item(PlanItemKind.DOOR, [Point(3, 3)]),
        item(PlanItemKind.MACHINE, [Point(0, 0)], width=0, height=10),
        item(PlanItemKind.LABEL, [Point(0, 0)], label="  "),
        item(PlanItemKind.ZONE, rectangle(Point(0, 0), Point(2, 2)), workers_men=-1),
        item(PlanItemKind.ZONE, rectangle(Point(0, 0), Point(2, 2)), fill="blue"),
    ],
)
def test_invalid_items_are_refused(bad):
    with pytest.raises(ValidationError):
        bad.validate()


def test_moved_shifts_every_point_and_keeps_the_rest():
    zone = item(PlanItemKind.ZONE, rectangle(Point(0, 0), Point(2, 2)), label="Store")
    moved = zone.moved(5, -1)
    assert moved.points[0] == Point(5, -1) and moved.label == "Store" and moved.id == zone.id


def test_plan_validation():
    FloorPlan(enterprise_id=uuid.uuid4(), name="Workshop").validate()
    with pytest.raises(ValidationError) as caught:
        FloorPlan(enterprise_id=uuid.uuid4(), name="", metres_per_unit=0, grid_metres=-1).validate()
    assert set(caught.value.problems) == {"name", "metres_per_unit", "grid_metres"}


def test_record_maker_builds_the_same_records_as_the_constructor():
    make = record_maker(PlanItem)
    plan_id, item_id = uuid.uuid4(), uuid.uuid4()
    values = (plan_id, PlanItemKind.MACHINE, (Point(1, 2),), item_id, 3.0, 4.0, 5.0, 6.0)
    values += ("M1", "Dept", 7, 8, "#010203", 9.0, 10.0)
    made = make(*values)
    assert made == PlanItem(*values) and type(made) is PlanItem
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.label = "changed"
    with pytest.raises(TypeError):
        make(*values[:-1])  # every field is passed


def test_record_maker_refuses_classes_it_cannot_fill_safely():
    @dataclasses.dataclass(slots=True)
    class Mutable:
        x: int

    @dataclasses.dataclass(frozen=True)
    class Unslotted:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        x: int

        def __post_init__(self):
            pass

    for cls in (Mutable, Unslotted, Checked):
        with pytest.raises(TypeError):
            record_maker(cls)


def test_a_replaced_background_keeps_the_old_ones_width_in_plan_units():
    import uuid as _uuid

    from score_desktop.domain.floorplan import PlanBackground, replaced_background
    from score_desktop.domain.geometry import Point as _Point

    old = PlanBackground(_uuid.uuid4(), 600, 309, "scan.png", 2.5, _Point(10, 20), 0.4, False)
    new = PlanBackground(_uuid.uuid4(), 2400, 1236, "plan.pdf (page 1)")
    fitted = replaced_background(old, new)
    assert fitted.width_px * fitted.units_per_pixel == 600 * 2.5
    assert (fitted.image_id, fitted.source_name) == (new.image_id, "plan.pdf (page 1)")
    assert (fitted.origin, fitted.opacity, fitted.locked) == (old.origin, 0.4, False)
