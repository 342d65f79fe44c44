"""Conversions between floor-plan rows and domain records."""

import functools
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row

from ..domain.bulk import record_maker
from ..domain.floorplan import (
    SYMBOL_KINDS,
    FloorPlan,
    PlanBackground,
    PlanItem,
    PlanItemKind,
)
from ..domain.geometry import Point
from ..domain.plan_read import PlanItemsRead, RestingSymbol
from .errors import WorkspaceError
from .raw_values import json_list_of, json_of, raw, uuid_of
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


def listed_columns() -> list[Any]:
    return [
        raw(PlanItemRow.id),
        PlanItemRow.kind,
        raw(PlanItemRow.points),
        *(getattr(PlanItemRow, name) for name in LISTED_FIELDS),
    ]


_make_item = record_maker(PlanItem)
_point = functools.partial(tuple.__new__, Point)  # Point's own __new__ is a Python call


def items_from_rows(plan_id: uuid.UUID, rows: Sequence[Row[Any]]) -> list[PlanItem]:
    """From rows of `listed_columns()`, by position: the one bulk read that is not by column
    name. On 10,000 items by position takes 36 ms, by name 43-122 ms (docs/ARCHITECTURE.md,
    Floor plans, Speed); the select lists the columns from the same names, in order.

    A row that cannot be read (points that are not JSON pairs, a kind this version does not
    know) stops the read with a WorkspaceError naming it, rather than a half-read plan.
    """
    return [
        _item_of(plan_id, row, points)
        for row, points in zip(rows, _points_of_rows(rows), strict=True)
    ]


_Z = 3 + LISTED_FIELDS.index("z")  # in a row of `listed_columns()`
_resting = functools.partial(tuple.__new__, RestingSymbol)  # its own __new__ is a Python call


def items_read_from_rows(plan_id: uuid.UUID, rows: Sequence[Row[Any]]) -> PlanItemsRead:
    """As `items_from_rows`, but the safety symbols stay rows (see domain/plan_read.py). A
    symbol row that is not one readable point is read as a record, so it fails (or reads)
    here as it does there."""
    records, symbols, order = [], [], []
    for row, points in zip(rows, _points_of_rows(rows), strict=True):
        kind = _KINDS.get(row[1])
        symbol = _resting_of(row, kind, points) if kind in SYMBOL_KINDS else None
        if symbol is None:
            record = _item_of(plan_id, row, points)
            records.append(record)
            order.append(record.id)
        else:
            symbols.append(symbol)
            order.append(symbol.id)
    return PlanItemsRead(
        records,
        symbols,
        order,
        lambda resting: items_from_rows(plan_id, [symbol.row for symbol in resting]),
    )


def _resting_of(row: Row[Any], kind: Any, points: Any) -> RestingSymbol | None:
    try:
        ((x, y),) = points
        return _resting((uuid_of(row[0]), kind, float(x), float(y), row[_Z], row))
    except (TypeError, ValueError):
        return None


def _points_of_rows(rows: Sequence[Row[Any]]) -> list[Any]:
    try:
        every_points = json_list_of([r[2] for r in rows])
    except ValueError:
        every_points = []
    if len(every_points) != len(rows):  # one text is not JSON, or more than one value
        every_points = [_points_of_row(row) for row in rows]
    return every_points


def _item_of(plan_id: uuid.UUID, row: Row[Any], points: Any) -> PlanItem:
    item_id, kind, _, *fields = row
    try:
        kind = _KINDS[kind]
        points = tuple([_point((float(x), float(y))) for x, y in points])
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable(row, exc) from exc
    made: PlanItem = _make_item(plan_id, kind, points, uuid_of(item_id), *fields)
    return made


def _points_of_row(row: Row[Any]) -> Any:
    try:
        return json_of(row[2])
    except ValueError as exc:
        raise _unreadable(row, exc) from exc


def _unreadable(row: Row[Any], exc: Exception) -> WorkspaceError:
    reason = f"unknown kind {exc}" if isinstance(exc, KeyError) else f"bad points {row[2]!r:.60}"
    return WorkspaceError(
        f"Plan item {uuid_of(row[0])} cannot be read ({reason}). The workspace was written "
        "by another program or is damaged; nothing was changed."
    )


def copy_item_to_row(item: PlanItem, row: PlanItemRow) -> None:
    for name in ITEM_FIELDS:
        setattr(row, name, getattr(item, name))
    row.kind = item.kind.value
    row.points = [[p.x, p.y] for p in item.points]
