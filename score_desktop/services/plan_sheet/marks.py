"""What a plan sheet is made of: a few kinds of marks in millimetres on paper, y downwards.

Each output (reportlab for the PDF, QPainter for the PNG, XML for the SVG) only translates
these; where a label goes, how large a pin is and which way a door swings is decided once,
when the sheet is built (build.py).

Marks are never changed once made, but are not frozen dataclasses: a frozen one sets each
field through object.__setattr__ (4 µs a mark against 1), and a site plan makes thousands.
Strokes, which are shared and used as keys, stay frozen; safety symbols are one mark."""

import uuid
from dataclasses import dataclass, field

Xy = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Stroke:
    colour: str  # "#RRGGBB"
    width: float  # mm
    cap: str = "butt"  # butt | round | square
    join: str = "miter"  # miter | round | bevel


@dataclass(slots=True)
class PathMark:
    """A polyline or polygon; `group` names the kind of plan item (an SVG group, a layer)."""

    points: tuple[Xy, ...]
    closed: bool
    stroke: Stroke | None = None
    fill: str = ""
    fill_alpha: float = 1.0
    group: str = ""


@dataclass(slots=True)
class CircleMark:
    centre: Xy
    radius: float
    fill: str
    fill_alpha: float = 1.0
    stroke: Stroke | None = None
    group: str = ""


@dataclass(slots=True)
class TextMark:
    """One line of text centred on `x` with its baseline at `y` (after turning by `angle`
    degrees clockwise about (x, y)). `size` is the font's em in mm."""

    x: float
    y: float
    text: str
    size: float
    colour: str
    bold: bool = False
    angle: float = 0.0
    anchor: str = "middle"  # middle | start
    group: str = ""


@dataclass(slots=True)
class ImageMark:
    """The plan's background image, stretched over its rectangle."""

    image_id: uuid.UUID
    x: float
    y: float
    width: float
    height: float
    opacity: float = 1.0


Part = PathMark | CircleMark | TextMark


@dataclass(frozen=True, slots=True, eq=False)
class Symbol:
    """A figure drawn many times alike (a safety symbol: its disc and letter), as its marks
    about an anchor at (0, 0). `name` is unique on a sheet (the SVG's id for it, and the
    group its uses are in)."""

    name: str
    parts: tuple[Part, ...]


@dataclass(slots=True)
class SymbolsMark:
    """Figures placed many times (a sheet's safety symbols), as one mark: `placed` holds,
    in drawing order, (index in `figures`, anchor x, anchor y) for each.

    A site plan has 8,000 symbols of three kinds: the SVG defines each figure once and uses
    it where it goes, the PNG copies it from one stamp. Rows of plain numbers, not a mark
    object each: 8,000 objects fewer to make and for Python's cycle collector to carry into
    its oldest generation (with a mark per symbol, a full collection of 50-120 ms ran every
    few exports of the site)."""

    figures: tuple[Symbol, ...]
    placed: list[tuple[int, float, float]] = field(default_factory=list)

    def parts(self) -> list[Part]:
        """Every figure's marks where it is placed (for outputs that draw each)."""
        return [
            _shifted(part, x, y)
            for index, x, y in self.placed
            for part in self.figures[index].parts
        ]


def _shifted(part: Part, dx: float, dy: float) -> Part:
    if isinstance(part, PathMark):
        points = tuple((x + dx, y + dy) for x, y in part.points)
        return PathMark(points, part.closed, part.stroke, part.fill, part.fill_alpha, part.group)
    if isinstance(part, CircleMark):
        centre = (part.centre[0] + dx, part.centre[1] + dy)
        return CircleMark(centre, part.radius, part.fill, part.fill_alpha, part.stroke, part.group)
    return TextMark(
        part.x + dx,
        part.y + dy,
        part.text,
        part.size,
        part.colour,
        part.bold,
        part.angle,
        part.anchor,
        part.group,
    )


Mark = PathMark | CircleMark | TextMark | ImageMark | SymbolsMark


@dataclass
class Sheet:
    """A plan drawn on `width` × `height` mm of paper. `mm_per_metre` is its scale (1:N is
    1000 / mm_per_metre); `plan_height` is the part above the scale bar and legend."""

    width: float
    height: float
    mm_per_metre: float
    plan_height: float
    marks: list[Mark] = field(default_factory=list)
    title: str = ""

    @property
    def scale_denominator(self) -> float:
        return 1000 / self.mm_per_metre

    def count(self, kind: type) -> int:
        return sum(isinstance(mark, kind) for mark in self.marks)
