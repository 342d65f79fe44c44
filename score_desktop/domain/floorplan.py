"""Floor plans and the things drawn on them.

Every item keeps its geometry in plan units (see geometry.py) and is one of four shape families:
polygons (zones, aisles, storage), segments (walls, doors, exits), boxes (machines, stairs: a
centre, a size and a rotation) and points (safety symbols, text labels).
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .errors import ValidationError
from .geometry import Point, check_polygon, distance, point_in_polygon, polygon_area
from .messages import N_, Message


class Shape(StrEnum):
    POLYGON = "polygon"
    SEGMENT = "segment"
    BOX = "box"
    POINT = "point"


class Layer(StrEnum):
    """Groups the user can show or hide."""

    BACKGROUND = "background"
    STRUCTURE = "structure"
    ZONES = "zones"
    EQUIPMENT = "equipment"
    LABELS = "labels"
    HAZARDS = "hazards"
    PHOTOS = "photos"


class PlanItemKind(StrEnum):
    ZONE = "zone"
    AISLE = "aisle"
    STORAGE = "storage"
    WALL = "wall"
    DOOR = "door"
    EMERGENCY_EXIT = "emergency_exit"
    MACHINE = "machine"
    STAIRS = "stairs"
    FIRE_EXTINGUISHER = "fire_extinguisher"
    FIRST_AID = "first_aid"
    EYEWASH = "eyewash"
    LABEL = "label"


SHAPE_OF: dict[PlanItemKind, Shape] = {
    PlanItemKind.ZONE: Shape.POLYGON,
    PlanItemKind.AISLE: Shape.POLYGON,
    PlanItemKind.STORAGE: Shape.POLYGON,
    PlanItemKind.WALL: Shape.SEGMENT,
    PlanItemKind.DOOR: Shape.SEGMENT,
    PlanItemKind.EMERGENCY_EXIT: Shape.SEGMENT,
    PlanItemKind.MACHINE: Shape.BOX,
    PlanItemKind.STAIRS: Shape.BOX,
    PlanItemKind.FIRE_EXTINGUISHER: Shape.POINT,
    PlanItemKind.FIRST_AID: Shape.POINT,
    PlanItemKind.EYEWASH: Shape.POINT,
    PlanItemKind.LABEL: Shape.POINT,
}

LAYER_OF: dict[PlanItemKind, Layer] = {
    PlanItemKind.ZONE: Layer.ZONES,
    PlanItemKind.AISLE: Layer.ZONES,
    PlanItemKind.STORAGE: Layer.ZONES,
    PlanItemKind.WALL: Layer.STRUCTURE,
    PlanItemKind.DOOR: Layer.STRUCTURE,
    PlanItemKind.EMERGENCY_EXIT: Layer.STRUCTURE,
    PlanItemKind.STAIRS: Layer.STRUCTURE,
    PlanItemKind.MACHINE: Layer.EQUIPMENT,
    PlanItemKind.FIRE_EXTINGUISHER: Layer.EQUIPMENT,
    PlanItemKind.FIRST_AID: Layer.EQUIPMENT,
    PlanItemKind.EYEWASH: Layer.EQUIPMENT,
    PlanItemKind.LABEL: Layer.LABELS,
}


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One drawn thing. Fields a kind does not use keep their defaults."""

    plan_id: uuid.UUID
    kind: PlanItemKind
    points: tuple[Point, ...]
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    width: float = 0.0  # boxes, in plan units
    height: float = 0.0
    rotation: float = 0.0  # degrees, clockwise on screen
    thickness: float = 0.0  # segments, in plan units (0: the kind's default)
    label: str = ""
    department: str = ""
    workers_women: int = 0
    workers_men: int = 0
    fill: str = ""  # "#RRGGBB"; empty: the kind's default colour
    font_size: float = 0.0  # labels, in plan units (0: default)
    z: float = 0.0

    @property
    def shape(self) -> Shape:
        return SHAPE_OF[self.kind]

    @property
    def layer(self) -> Layer:
        return LAYER_OF[self.kind]

    def moved(self, dx: float, dy: float) -> "PlanItem":
        offset = Point(dx, dy)
        return replace(self, points=tuple(p + offset for p in self.points))

    def validate(self) -> None:
        shape = self.shape
        if shape is Shape.POLYGON:
            check_polygon(self.points)
        elif shape is Shape.SEGMENT:
            if len(self.points) != 2 or distance(*self.points) <= 1e-9:
                raise ValidationError({"points": N_("A line needs two different end points.")})
        elif len(self.points) != 1:
            raise ValidationError({"points": N_("This item is placed at one point.")})
        if shape is Shape.BOX and (self.width <= 0 or self.height <= 0):
            raise ValidationError({"size": N_("A machine or stairs needs a width and a depth.")})
        if self.kind is PlanItemKind.LABEL and not self.label.strip():
            raise ValidationError({"label": N_("A text label needs some text.")})
        if self.workers_women < 0 or self.workers_men < 0:
            raise ValidationError({"workers": N_("Worker counts cannot be negative.")})
        if self.fill and not _is_hex_colour(self.fill):
            raise ValidationError(
                {"fill": Message("“{fill}” is not a colour like #A0C4E8.", fill=self.fill)}
            )


def _is_hex_colour(text: str) -> bool:
    return (
        len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    )


@dataclass(frozen=True, slots=True)
class PlanBackground:
    """An image (a photo, a scan or a PDF page rendered to pixels) under the drawing."""

    image_id: uuid.UUID
    width_px: int
    height_px: int
    source_name: str = ""
    units_per_pixel: float = 1.0
    origin: Point = Point(0.0, 0.0)
    opacity: float = 0.6
    locked: bool = True
    visible: bool = True


def replaced_background(old: PlanBackground, new: PlanBackground) -> PlanBackground:
    """`new`'s image in `old`'s place, stretched to the same width in plan units: a scan
    replaced by a PDF page of the same drawing at another resolution keeps the real-world
    size the plan was calibrated to (keeping the old units per pixel made a 3.79 m room
    measure 1.98 m). Placement, opacity, lock and visibility stay as they were."""
    units_per_pixel = old.units_per_pixel * old.width_px / max(1, new.width_px)
    return replace(
        old,
        image_id=new.image_id,
        width_px=new.width_px,
        height_px=new.height_px,
        source_name=new.source_name,
        units_per_pixel=units_per_pixel,
    )


@dataclass(frozen=True, slots=True)
class FloorPlan:
    enterprise_id: uuid.UUID
    name: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    building: str = ""
    floor: str = ""
    notes: str = ""
    metres_per_unit: float = 0.01  # a new blank plan: one unit is one centimetre
    grid_metres: float = 1.0
    snap_to_grid: bool = False
    background: PlanBackground | None = None

    def validate(self) -> None:
        problems = {}
        if not self.name.strip():
            problems["name"] = N_("A floor plan needs a name.")
        if not self.metres_per_unit > 0:
            problems["metres_per_unit"] = N_("The scale must be a positive number.")
        if not self.grid_metres > 0:
            problems["grid_metres"] = N_("The grid size must be more than zero.")
        if problems:
            raise ValidationError(problems)


AREA_KINDS = (PlanItemKind.ZONE, PlanItemKind.AISLE, PlanItemKind.STORAGE)
# safety symbols: drawn the same size on screen at every zoom, thousands on a site plan
SYMBOL_KINDS = frozenset(
    kind
    for kind, shape in SHAPE_OF.items()
    if shape is Shape.POINT and kind is not PlanItemKind.LABEL
)


def zone_at(items: Iterable[PlanItem], point: Point) -> "PlanItem | None":
    """The smallest zone, aisle or storage area containing `point` (zones may nest)."""
    containing = [
        item
        for item in items
        if item.kind in AREA_KINDS
        and min(p.x for p in item.points) <= point.x <= max(p.x for p in item.points)
        and min(p.y for p in item.points) <= point.y <= max(p.y for p in item.points)
        and point_in_polygon(point, item.points)
    ]
    return min(containing, key=lambda i: polygon_area(i.points), default=None)
