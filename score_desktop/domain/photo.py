"""Photos as evidence: records that point at stored image bytes by their SHA-256."""

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class PhotoKind(StrEnum):
    GENERAL = "general"
    BEFORE = "before"
    AFTER = "after"
    EVIDENCE = "evidence"


@dataclass(frozen=True, slots=True)
class Photo:
    """One photo attached to an enterprise and, optionally, to a hazard or a visit.

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
