"""One plan's records as the outputs draw them, and the outline of each item."""

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from ...domain.floorplan import SHAPE_OF, FloorPlan, PlanItem, Shape
from ...domain.geometry import Point
from ...domain.hazard import Hazard


@dataclass(frozen=True)
class PlanContent:
    """One plan as an output draws it; `load_background` reads the image bytes (in a worker
    for the report, not on the GUI thread)."""

    plan: FloorPlan
    items: list[PlanItem]
    hazards: list[Hazard] = field(default_factory=list)  # pinned on this plan
    load_background: Callable[[uuid.UUID], bytes] | None = None

    def extent(self) -> tuple[float, float, float, float]:
        """min x, min y, max x, max y in plan units, over items, pins and background."""
        xs: list[float] = []
        ys: list[float] = []
        for item in self.items:  # (10,000 on a site plan: points read as they are)
            for p in box_corners(item) if item.kind in BOX_KINDS else item.points:
                xs.append(p.x)
                ys.append(p.y)
        for hazard in self.hazards:  # pinned on this plan: placed
            xs.append(cast(Point, hazard.position).x)
            ys.append(cast(Point, hazard.position).y)
        background = self.plan.background
        if background is not None and background.visible:
            w, h = background.width_px, background.height_px
            xs += [background.origin.x, background.origin.x + w * background.units_per_pixel]
            ys += [background.origin.y, background.origin.y + h * background.units_per_pixel]
        if not xs:
            return (0.0, 0.0, 1.0, 1.0)
        return (min(xs), min(ys), max(xs), max(ys))

    @property
    def is_wide(self) -> bool:
        x0, y0, x1, y1 = self.extent()
        return (x1 - x0) > 1.25 * (y1 - y0)


BOX_KINDS = frozenset(kind for kind, shape in SHAPE_OF.items() if shape is Shape.BOX)


def box_corners(item: PlanItem) -> list[Point]:
    (c,) = item.points
    angle = math.radians(item.rotation)  # clockwise on screen (y down)
    cos, sin = math.cos(angle), math.sin(angle)
    corners = []
    for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = dx * item.width / 2, dy * item.height / 2
        corners.append(Point(c.x + x * cos - y * sin, c.y + x * sin + y * cos))
    return corners


def outline(item: PlanItem) -> list[Point]:
    return box_corners(item) if item.shape is Shape.BOX else list(item.points)
