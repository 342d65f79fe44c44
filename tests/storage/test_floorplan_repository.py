import dataclasses
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Uuid, bindparam, select, text, update
from sqlalchemy.exc import DataError

from score_desktop.domain.errors import IntegrityError, NotFoundError, ValidationError
from score_desktop.domain.floorplan import (
    AREA_KINDS,
    SHAPE_OF,
    SYMBOL_KINDS,
    FloorPlan,
    PlanBackground,
    PlanItem,
    PlanItemKind,
    Shape,
)
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.storage.errors import WorkspaceError
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from score_desktop.storage.schema import DeletionRow, PlanImageRow
from tests.builders import make_enterprise
from tests.hostile.strategies import STORABLE


@pytest.fixture
def plans(workspace, repository):
    return SqlFloorPlanRepository(workspace)


@pytest.fixture
def enterprise(repository):
    e = make_enterprise()
    repository.add_enterprise(e)
    return e


def make_items(plan_id):
    return [
        PlanItem(
            plan_id=plan_id,
            kind=PlanItemKind.ZONE,
            points=rectangle(Point(0, 0), Point(800, 500)),
            label="Wrapping / 包装",
            department="Production",
            workers_women=6,
            workers_men=4,
            fill="#A0C4E8",
        ),
        PlanItem(
            plan_id=plan_id,
            kind=PlanItemKind.WALL,
            points=(Point(0, 0), Point(800, 0)),
            thickness=25,
            z=1,
        ),
        PlanItem(
            plan_id=plan_id,
            kind=PlanItemKind.MACHINE,
            points=(Point(200, 200),),
            width=300,
            height=120,
            rotation=15.5,
            label="Wrapping machine 1",
            z=2,
        ),
        PlanItem(plan_id=plan_id, kind=PlanItemKind.EYEWASH, points=(Point(750, 450),), z=3),
    ]


def test_plan_with_background_and_items_round_trips(plans, enterprise):
    image_id = plans.store_image(b"\x89PNG fake bytes", "image/png", 1600, 1000)
    plan = FloorPlan(
        enterprise_id=enterprise.id,
        name="Cable workshop",
        building="B",
        floor="1",
        metres_per_unit=0.025,
        grid_metres=0.5,
        snap_to_grid=True,
        background=PlanBackground(
            image_id=image_id,
            width_px=1600,
            height_px=1000,
            source_name="scan.png",
            units_per_pixel=0.5,
            origin=Point(-10, 5),
            opacity=0.4,
            locked=False,
        ),
    )
    items = make_items(plan.id)
    plans.add_plan(plan, items)
    assert plans.get_plan(plan.id) == plan
    assert plans.list_plans(enterprise.id) == [plan]
    assert plans.list_items(plan.id) == items


def test_every_item_field_survives_the_bulk_read(plans, enterprise):
    """The bulk read is positional: each field gets a value no other field has."""
    plan = FloorPlan(enterprise_id=enterprise.id, name="Fields")
    item = PlanItem(
        plan_id=plan.id,
        kind=PlanItemKind.LABEL,
        points=(Point(1.25, -2.5),),
        width=3.0,
        height=4.0,
        rotation=5.0,
        thickness=6.0,
        label="<b>& 标签 مرحبا",
        department="Dept",
        workers_women=7,
        workers_men=8,
        fill="#010203",
        font_size=9.0,
        z=10.0,
    )
    plans.add_plan(plan, [item])
    (read,) = plans.list_items(plan.id)
    assert read == item
    assert isinstance(read.id, uuid.UUID) and isinstance(read.points[0], Point)


def write_raw(connection, item_id: uuid.UUID, **values: str) -> None:
    """Write stored text as it is, past the mapping (as another program might)."""
    ((column, value),) = values.items()
    statement = text(f"UPDATE plan_items SET {column} = :value WHERE id = :id")
    connection.execute(
        statement.bindparams(bindparam("id", type_=Uuid)), {"value": value, "id": item_id}
    )


def test_stored_points_are_read_whatever_their_spacing_and_number_type(
    plans, enterprise, workspace
):
    plan = FloorPlan(enterprise_id=enterprise.id, name="Hand-edited")
    zone, wall, machine, eyewash = make_items(plan.id)
    plans.add_plan(plan, [zone, wall, machine, eyewash])
    with workspace.engine.begin() as connection:  # as another program might have written it
        write_raw(connection, eyewash.id, points=" [ [750 , 450.0] ] ")
    read = {item.id: item for item in plans.list_items(plan.id)}
    assert read[eyewash.id].points == (Point(750.0, 450.0),)
    assert all(isinstance(c, float) for c in read[eyewash.id].points[0])
    assert read[zone.id] == zone and read[machine.id] == machine


def read_in_full(plans, plan_id) -> list[PlanItem]:
    """What the editor's read (symbols left as rows) holds once every record is made."""
    read = plans.read_items(plan_id)
    made = {i.id: i for i in [*read.records, *read.make(read.symbols)]}
    assert len(made) == len(read.order)
    return [made[item_id] for item_id in read.order]


READS = {"full": SqlFloorPlanRepository.list_items, "symbols as rows": read_in_full}


@pytest.mark.parametrize("read", READS.values(), ids=READS.keys())
@pytest.mark.parametrize("bad_index", [2, 3], ids=["machine", "eyewash"])
@pytest.mark.parametrize(
    "points, kind, expected",
    [
        ("[[1, 2]", None, "bad points"),
        ('[["a", 2]]', None, "bad points"),
        ("[[1, 2, 3]]", None, "bad points"),
        ("[[1, 2], null]", None, "bad points"),
        (None, "conveyor", "unknown kind"),
    ],
)
def test_an_unreadable_stored_item_is_named_and_nothing_half_read(
    plans, enterprise, workspace, points, kind, expected, bad_index, read
):
    plan = FloorPlan(enterprise_id=enterprise.id, name="Damaged")
    items = make_items(plan.id)
    plans.add_plan(plan, items)
    bad = items[bad_index]
    on_postgresql = workspace.engine.dialect.name == "postgresql"
    if on_postgresql and points == "[[1, 2]":  # the server itself keeps a json column valid
        with pytest.raises(DataError), workspace.engine.begin() as connection:
            write_raw(connection, bad.id, points=points)
        return
    with workspace.engine.begin() as connection:
        if points is not None:
            write_raw(connection, bad.id, points=points)
        if kind is not None:
            write_raw(connection, bad.id, kind=kind)
    with pytest.raises(WorkspaceError) as caught:
        read(plans, plan.id)
    message = str(caught.value)
    assert str(bad.id) in message
    assert expected in message and "nothing was changed" in message


COORDINATE = st.floats(-1e7, 1e7, allow_nan=False)


@st.composite
def plan_items(draw, plan_id):
    """Any valid item: every kind, positions anywhere, z often tied, any text."""
    kind = draw(st.sampled_from(list(PlanItemKind)))
    x, y = draw(COORDINATE), draw(COORDINATE)
    shape = SHAPE_OF[kind]
    if shape is Shape.POLYGON:
        points = rectangle(Point(x, y), Point(x + 10, y + 7))
    elif shape is Shape.SEGMENT:
        points = (Point(x, y), Point(x + draw(st.floats(1, 1e4)), y))
    else:
        points = (Point(x, y),)
    return PlanItem(
        plan_id,
        kind,
        points,
        width=draw(st.floats(1, 1e4)),
        height=draw(st.floats(1, 1e4)),
        rotation=draw(st.floats(-360, 360)),
        label="x" + draw(STORABLE),
        department=draw(STORABLE),
        workers_women=draw(st.integers(0, 500)),
        workers_men=draw(st.integers(0, 500)),
        fill=draw(st.sampled_from(["", "#A0C4E8", "#00aa00"])),
        z=draw(st.sampled_from([0.0, 1.0, -2.5, 0.1 + 0.2])),
    )


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_symbols_left_as_rows_and_areas_alone_read_as_a_full_read(plans, enterprise, data):
    plan = FloorPlan(enterprise_id=enterprise.id, name="Any")
    items = data.draw(st.lists(plan_items(plan.id), max_size=12))
    plans.add_plan(plan, items)
    full = plans.list_items(plan.id)
    read = plans.read_items(plan.id)
    assert read_in_full(plans, plan.id) == full
    symbols = [i for i in full if i.kind in SYMBOL_KINDS]
    assert [(s.id, s.kind, s.x, s.y, s.z) for s in read.symbols] == [
        (s.id, s.kind, *s.points[0], s.z) for s in symbols
    ]
    assert read.records == [i for i in full if i.kind not in SYMBOL_KINDS]
    assert plans.list_areas(plan.id) == [i for i in full if i.kind in AREA_KINDS]
    assert sorted(full, key=lambda i: str(i.id)) == sorted(items, key=lambda i: str(i.id))


def test_a_symbol_stored_with_two_points_reads_the_same_both_ways(plans, enterprise, workspace):
    """Not one point, so not left as a row: read as a record, as the full read does."""
    plan = FloorPlan(enterprise_id=enterprise.id, name="Hand-edited")
    items = make_items(plan.id)
    plans.add_plan(plan, items)
    with workspace.engine.begin() as connection:
        write_raw(connection, items[3].id, points="[[1, 2], [3, 4]]")
    assert plans.read_items(plan.id).symbols == []
    assert read_in_full(plans, plan.id) == plans.list_items(plan.id)
    assert plans.list_items(plan.id)[3].points == (Point(1, 2), Point(3, 4))


def test_item_updates_and_deletions_are_saved_with_tombstones(plans, enterprise, workspace):
    plan = FloorPlan(enterprise_id=enterprise.id, name="Ground floor")
    plans.add_plan(plan)
    zone, wall, machine, eyewash = make_items(plan.id)
    plans.add_items([zone, wall, machine, eyewash])
    moved = machine.moved(50, -20)
    plans.update_items([moved])
    plans.delete_items([wall.id, eyewash.id])
    assert plans.list_items(plan.id) == [zone, moved]
    with workspace.sessions() as s:
        logged = set(s.scalars(select(DeletionRow.row_id)))
    assert logged == {wall.id, eyewash.id}


def test_deleting_a_plan_takes_its_items_and_add_plan_restores_them(plans, enterprise):
    plan = FloorPlan(enterprise_id=enterprise.id, name="Ground floor")
    items = make_items(plan.id)
    plans.add_plan(plan, items)
    plans.delete_plan(plan.id)
    assert plans.list_plans() == [] and plans.list_items(plan.id) == []
    plans.add_plan(plan, items)
    assert plans.list_items(plan.id) == items


def test_invalid_items_and_plans_are_refused_and_nothing_is_written(plans, enterprise):
    plan = FloorPlan(enterprise_id=enterprise.id, name="Ground floor")
    bad = PlanItem(plan_id=plan.id, kind=PlanItemKind.ZONE, points=(Point(0, 0), Point(1, 1)))
    with pytest.raises(ValidationError):
        plans.add_plan(plan, [bad])
    assert plans.list_plans() == []
    with pytest.raises(ValidationError):
        plans.add_plan(dataclasses.replace(plan, name=""))


def test_missing_records_raise_not_found(plans, enterprise):
    with pytest.raises(NotFoundError):
        plans.get_plan(uuid.uuid4())
    orphan = make_items(uuid.uuid4())[0]
    with pytest.raises(NotFoundError):
        plans.add_items([orphan])
    with pytest.raises(NotFoundError):
        plans.update_items([orphan])
    with pytest.raises(NotFoundError):
        plans.delete_items([orphan.id])


def test_images_are_stored_once_per_content_and_verified(plans, workspace):
    first = plans.store_image(b"same bytes", "image/png", 10, 10)
    assert plans.store_image(b"same bytes", "image/png", 10, 10) == first
    assert plans.store_image(b"other bytes", "image/png", 10, 10) != first
    assert plans.load_image(first) == b"same bytes"
    with workspace.sessions.begin() as s:
        s.execute(update(PlanImageRow).where(PlanImageRow.id == first).values(data=b"tampered"))
    with pytest.raises(IntegrityError, match="damaged"):
        plans.load_image(first)
