"""Conversions between floor-plan rows and domain records."""

from ..domain.floorplan import FloorPlan, PlanBackground, PlanItem, PlanItemKind
from ..domain.geometry import Point
from .raw_values import json_of, raw, uuid_of
from .schema import FloorPlanRow, PlanItemRow

PLAN_FIELDS = (
    "enterprise_id",
    "name",
    "building",
    "floor",
    "notes",
    "metres_per_unit",
    "grid_metres",
    "snap_to_grid",
)
ITEM_FIELDS = (
    "plan_id",
    "width",
    "height",
    "rotation",
    "thickness",
    "label",
    "department",
    "workers_women",
    "workers_men",
    "fill",
    "font_size",
    "z",
)


def plan_from_row(row: FloorPlanRow) -> FloorPlan:
    background = None
    if row.background_image_id is not None and row.background:
        b = row.background
        background = PlanBackground(
            image_id=row.background_image_id,
            width_px=int(b["width_px"]),
            height_px=int(b["height_px"]),
            source_name=b.get("source_name", ""),
            units_per_pixel=float(b.get("units_per_pixel", 1.0)),
            origin=Point(*b.get("origin", (0.0, 0.0))),
            opacity=float(b.get("opacity", 0.6)),
            locked=bool(b.get("locked", True)),
            visible=bool(b.get("visible", True)),
        )
    return FloorPlan(
        id=row.id, background=background, **{name: getattr(row, name) for name in PLAN_FIELDS}
    )


def copy_plan_to_row(plan: FloorPlan, row: FloorPlanRow) -> None:
    for name in PLAN_FIELDS:
        setattr(row, name, getattr(plan, name))
    b = plan.background
    row.background_image_id = b.image_id if b else None
    row.background = (
        None
        if b is None
        else {
            "width_px": b.width_px,
            "height_px": b.height_px,
            "source_name": b.source_name,
            "units_per_pixel": b.units_per_pixel,
            "origin": [b.origin.x, b.origin.y],
            "opacity": b.opacity,
            "locked": b.locked,
            "visible": b.visible,
        }
    )


# Bulk reads: id, kind, points, then PlanItem's fields after `id`, in their declared order.
LISTED_FIELDS = ITEM_FIELDS[1:]
_KINDS = {kind.value: kind for kind in PlanItemKind}


def listed_columns() -> list:
    return [
        raw(PlanItemRow.id),
        PlanItemRow.kind,
        raw(PlanItemRow.points),
        *(getattr(PlanItemRow, name) for name in LISTED_FIELDS),
    ]


def item_from_values(plan_id, values) -> PlanItem:
    """From a row of `listed_columns()`: positional, because a site plan has ten thousand."""
    item_id, kind, points, *fields = values
    try:
        kind = _KINDS[kind]
    except KeyError:
        kind = PlanItemKind(kind)  # the enum's own error for an unknown kind
    points = tuple([Point(float(x), float(y)) for x, y in json_of(points)])
    return PlanItem(plan_id, kind, points, uuid_of(item_id), *fields)


def copy_item_to_row(item: PlanItem, row: PlanItemRow) -> None:
    for name in ITEM_FIELDS:
        setattr(row, name, getattr(item, name))
    row.kind = item.kind.value
    row.points = [[p.x, p.y] for p in item.points]
