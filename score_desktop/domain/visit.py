"""Consulting visits: the unit a consultant plans, records and reports on."""

import datetime as dt
import uuid
from dataclasses import dataclass, field

from .catalogues import VISIT_TYPE_LABELS, VisitType
from .errors import ValidationError
from .messages import N_


@dataclass(frozen=True, slots=True)
class Visit:
    """One visit to an enterprise, possibly paired with a work-safety inspector."""

    enterprise_id: uuid.UUID
    date: dt.date
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    visit_type: VisitType = VisitType.INTAKE
    module_code: str = "WC"
    consultant: str = ""
    inspector: str = ""
    attendees: str = ""
    objectives: str = ""
    observations: str = ""
    next_steps: str = ""
    next_visit_date: dt.date | None = None

    def validate(self) -> None:
        problems: dict[str, str] = {}
        if not self.module_code.strip():
            problems["module_code"] = N_("Choose the SCORE module this visit belongs to.")
        if self.next_visit_date is not None and self.next_visit_date < self.date:
            problems["next_visit_date"] = N_("The next visit cannot be before this visit.")
        if problems:
            raise ValidationError(problems)

    @property
    def type_label(self) -> str:
        return VISIT_TYPE_LABELS[self.visit_type]


def latest_visit(visits: list[Visit]) -> Visit | None:
    """The most recent visit by date (ties: the last one given)."""
    return max(visits, key=lambda v: v.date, default=None)
