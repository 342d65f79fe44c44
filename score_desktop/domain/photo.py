"""Photos as evidence: records that point at stored image bytes by their SHA-256."""

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import ValidationError
from .geometry import Point
from .messages import N_, Message

ANNOTATION_TEXT_MAX = 500
KEEP_ORIGINAL_MAX_PIXELS = 24_000_000  # larger photos are stored as a high-quality downscale
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class PhotoKind(StrEnum):
    GENERAL = "general"
    BEFORE = "before"
    AFTER = "after"
    EVIDENCE = "evidence"


class AnnotationKind(StrEnum):
    ARROW = "arrow"  # points: tail, head
    ELLIPSE = "ellipse"  # points: two corners of the bounding box
    RECTANGLE = "rectangle"  # points: two corners
    TEXT = "text"  # points: top-left of the text
    FREEHAND = "freehand"  # points: the stroke


POINTS_NEEDED = {
    AnnotationKind.ARROW: 2,
    AnnotationKind.ELLIPSE: 2,
    AnnotationKind.RECTANGLE: 2,
    AnnotationKind.TEXT: 1,
    AnnotationKind.FREEHAND: 2,  # at least
}


@dataclass(frozen=True, slots=True)
class Annotation:
    """A mark drawn over a photo, never into it.

    Points are fractions of the photo's width and height (0–1), so the same marks fit the
    full photo, its thumbnail and a report at any size.
    """

    kind: AnnotationKind
    points: tuple[tuple[float, float], ...]
    colour: str = "#E53935"
    text: str = ""
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def validate(self) -> None:
        problems: dict[str, str] = {}
        needed = POINTS_NEEDED[self.kind]
        count = len(self.points)
        if count < needed or (self.kind is not AnnotationKind.FREEHAND and count != needed):
            problems["points"] = Message(
                "A {kind} needs {needed} points, not {count}.",
                kind=self.kind.value,
                needed=needed,
                count=count,
            )
        if any(not (0.0 <= c <= 1.0) for point in self.points for c in point):
            problems["points"] = N_("An annotation must lie on the photo.")
        if not _COLOUR.match(self.colour):
            problems["colour"] = Message(
                "“{colour}” is not a colour like #E53935.", colour=self.colour
            )
        if self.kind is AnnotationKind.TEXT and not self.text.strip():
            problems["text"] = N_("A text annotation needs some text.")
        if len(self.text) > ANNOTATION_TEXT_MAX:
            problems["text"] = Message(
                "Annotation text is limited to {limit} characters.", limit=ANNOTATION_TEXT_MAX
            )
        if problems:
            raise ValidationError(problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "kind": self.kind.value,
            "points": [list(p) for p in self.points],
            "colour": self.colour,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Annotation":
        return cls(
            kind=AnnotationKind(data["kind"]),
            points=tuple((float(x), float(y)) for x, y in data["points"]),
            colour=data.get("colour", "#E53935"),
            text=data.get("text", ""),
            id=uuid.UUID(data["id"]),
        )


@dataclass(frozen=True, slots=True)
class PhotoPin:
    """Where on a plan the photo was taken and which way the camera looked, so the next
    visit can take the *after* photo from the same spot.

    `bearing` is in degrees clockwise from the top of the plan.
    """

    plan_id: uuid.UUID
    position: Point
    bearing: float = 0.0


@dataclass(frozen=True, slots=True)
class Photo:
    """One photo attached to an enterprise and, optionally, to a hazard, a visit, a zone
    and a place on a plan.

    Two records may share the same bytes (the same file attached twice): deleting one record
    never deletes bytes another still uses.
    """

    enterprise_id: uuid.UUID
    sha256: str
    width: int
    height: int
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    original_name: str = ""
    caption: str = ""
    kind: PhotoKind = PhotoKind.GENERAL
    taken_at: dt.datetime | None = None
    camera: str = ""
    hazard_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    zone_id: uuid.UUID | None = None
    pin: PhotoPin | None = None
    annotations: tuple[Annotation, ...] = ()
