"""The Enterprise Improvement Plan (EIP): improvement projects owned by the EIT, and the
review of open work at each follow-up visit."""

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import cast

from .errors import ValidationError
from .hazard import ControlLevel, Hazard, HazardStatus
from .messages import N_, Message
from .team import EitMember, same_person

TITLE_MAX = 300


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    VERIFIED = "verified"
    ON_HOLD = "on_hold"
    CANCELLED = "cancelled"

    @property
    def open(self) -> bool:
        return self in (ProjectStatus.PLANNED, ProjectStatus.IN_PROGRESS, ProjectStatus.ON_HOLD)


class ProjectSource(StrEnum):
    HAZARD = "hazard"
    SUGGESTION = "suggestion"
    CHECKLIST = "checklist"
    BASELINE = "baseline"
    CONSULTANT = "consultant"


@dataclass(frozen=True, slots=True)
class ImprovementProject:
    """One improvement project of the EIP. Money is in the enterprise's currency."""

    enterprise_id: uuid.UUID
    title: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    problem: str = ""
    root_cause: str = ""
    source: ProjectSource = ProjectSource.CONSULTANT
    hazard_ids: tuple[uuid.UUID, ...] = ()
    suggestion_id: uuid.UUID | None = None
    module_code: str = "WC"
    zone: str = ""
    action: str = ""
    control_level: ControlLevel | None = None  # for OSH actions
    responsible_id: uuid.UUID | None = None  # an EIT member
    team: str = ""
    start_date: dt.date | None = None
    due_date: dt.date | None = None
    status: ProjectStatus = ProjectStatus.PLANNED
    cost_estimate: Decimal | None = None
    cost_actual: Decimal | None = None
    savings_expected: Decimal | None = None  # per month
    savings_actual: Decimal | None = None  # per month
    indicator: str = ""
    baseline_value: float | None = None
    target_value: float | None = None
    result_value: float | None = None
    verified_on: dt.date | None = None
    verified_by: str = ""
    after_photo_id: uuid.UUID | None = None
    done_on: dt.date | None = None  # the day it was moved to done (or verified)

    def moved_to(self, status: ProjectStatus, today: dt.date) -> "ImprovementProject":
        """This project with `status`: the day it is first done or verified is kept (the
        indicators count it as completed that month: a project moved to Done with a later
        due date was not counted), and the day of a verification; moved back, it is not
        done any more."""
        done = status in (ProjectStatus.DONE, ProjectStatus.VERIFIED)
        done_on = (self.done_on or today) if done else None
        verified_on = self.verified_on
        if status is ProjectStatus.VERIFIED and verified_on is None:
            verified_on = today
        return replace(self, status=status, done_on=done_on, verified_on=verified_on)

    def validate(self) -> None:
        """Errors that keep the project from being saved (nothing is saved half-way)."""
        problems = {}
        if not self.title.strip():
            problems["title"] = N_("A project needs a title.")
        elif len(self.title) > TITLE_MAX:
            problems["title"] = Message(
                "A title is limited to {limit} characters.", limit=TITLE_MAX
            )
        if self.start_date and self.due_date and self.due_date < self.start_date:
            problems["due_date"] = N_("The due date is before the start date.")
        for name in ("cost_estimate", "cost_actual"):
            value = getattr(self, name)
            if value is not None and value < 0:
                problems[name] = N_("A cost cannot be negative.")
        if self.status is ProjectStatus.VERIFIED and self.verified_on is None:
            problems["verified_on"] = N_("A verified project needs the date it was verified.")
        if problems:
            raise ValidationError(problems)

    def warnings(self, members: Iterable[EitMember], today: dt.date) -> list[str]:
        """What deserves a second look but may be right (shown, never blocking)."""
        notes = []
        member = next((m for m in members if m.id == self.responsible_id), None)
        if self.responsible_id is not None and member is None:
            notes.append("The responsible person is no longer in the team list.")
        elif member is not None and member.left_on is not None and member.left_on <= today:
            notes.append(f"{member.name} left the EIT on {member.left_on.isoformat()}.")
        if self.is_overdue(today):
            # is_overdue holds only with a due date
            notes.append(f"Overdue since {cast(dt.date, self.due_date).isoformat()}.")
        for name in ("savings_expected", "savings_actual"):
            value = getattr(self, name)
            if value is not None and value < 0:
                notes.append("Negative savings: the change costs more each month.")
                break
        return notes

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.open and self.due_date is not None and self.due_date < today

    @property
    def cost(self) -> Decimal | None:
        return self.cost_actual if self.cost_actual is not None else self.cost_estimate

    @property
    def savings(self) -> Decimal | None:
        return self.savings_actual if self.savings_actual is not None else self.savings_expected

    @property
    def payback_months(self) -> float | None:
        """Months for the savings to repay the cost (actual figures where known)."""
        if self.cost is None or not self.savings or self.savings <= 0:
            return None
        return float(self.cost / self.savings)

    @classmethod
    def from_hazard(
        cls, hazard: Hazard, members: Iterable[EitMember] = (), zone: str = ""
    ) -> "ImprovementProject":
        """A project that acts on a hazard: its title, problem, controls and deadline."""
        controls = hazard.proposed_controls
        responsible = next((m.id for m in members if same_person(m.name, hazard.responsible)), None)
        return cls(
            enterprise_id=hazard.enterprise_id,
            title=hazard.title,
            problem=hazard.description,
            source=ProjectSource.HAZARD,
            hazard_ids=(hazard.id,),
            module_code="OSH",
            zone=zone,
            action="\n".join(c.text for c in controls),
            control_level=min((c.level for c in controls), key=list(ControlLevel).index)
            if controls
            else None,
            responsible_id=responsible,
            team=hazard.responsible if responsible is None else "",
            due_date=hazard.due_date,
            status=ProjectStatus.IN_PROGRESS
            if hazard.status is HazardStatus.IN_PROGRESS
            else ProjectStatus.PLANNED,
        )


@dataclass(frozen=True)
class EipSummary:
    by_status: dict[ProjectStatus, int]
    by_module: dict[str, int]
    cost: Decimal
    savings_per_month: Decimal
    overdue: int

    @property
    def payback_months(self) -> float | None:
        return float(self.cost / self.savings_per_month) if self.savings_per_month > 0 else None


def summarise(projects: Iterable[ImprovementProject], today: dt.date) -> EipSummary:
    """Counts by status and module; cost and savings of projects not cancelled."""
    projects = list(projects)
    live = [p for p in projects if p.status is not ProjectStatus.CANCELLED]
    return EipSummary(
        by_status=dict(Counter(p.status for p in projects)),
        by_module=dict(Counter(p.module_code for p in projects)),
        cost=sum((p.cost or Decimal(0) for p in live), Decimal(0)),
        savings_per_month=sum((p.savings or Decimal(0) for p in live), Decimal(0)),
        overdue=sum(p.is_overdue(today) for p in projects),
    )


class ReviewKind(StrEnum):
    HAZARD = "hazard"
    PROJECT = "project"


class ReviewOutcome(StrEnum):
    PENDING = "pending"  # not looked at yet in this visit
    DONE = "done"
    VERIFIED = "verified"
    RESCORED = "rescored"  # a hazard's residual risk was rated
    CARRIED_ON = "carried_on"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """Open work carried into a follow-up visit, and what the visit found."""

    visit_id: uuid.UUID
    kind: ReviewKind
    record_id: uuid.UUID
    title: str  # as it was when carried over: the record may change or go
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    outcome: ReviewOutcome = ReviewOutcome.PENDING
    note: str = ""
    photo_id: uuid.UUID | None = None


def carry_over(
    visit_id: uuid.UUID,
    hazards: Iterable[Hazard],
    projects: Iterable[ImprovementProject],
) -> list[ReviewItem]:
    """The review list of a new follow-up visit: every open hazard and open project."""
    open_hazards = [h for h in hazards if h.status in (HazardStatus.OPEN, HazardStatus.IN_PROGRESS)]
    items = [ReviewItem(visit_id, ReviewKind.HAZARD, h.id, h.title) for h in open_hazards]
    items += [
        ReviewItem(visit_id, ReviewKind.PROJECT, p.id, p.title) for p in projects if p.status.open
    ]
    return items


CURRENCY_BY_COUNTRY = {
    "china": "CNY",
    "viet nam": "VND",
    "vietnam": "VND",
    "peru": "PEN",
    "colombia": "COP",
    "ghana": "GHS",
    "south africa": "ZAR",
    "india": "INR",
    "indonesia": "IDR",
    "ethiopia": "ETB",
    "bolivia": "BOB",
    "tunisia": "TND",
    "myanmar": "MMK",
    "bangladesh": "BDT",
    "spain": "EUR",
}


def currency_for(country: str) -> str:
    """The currency an enterprise's figures are in, from its country (USD when unknown)."""
    return CURRENCY_BY_COUNTRY.get(country.strip().casefold(), "USD")


def figures_currency(currency: str, country: str) -> str:
    """The currency an enterprise's figures are in: its own (`currency`), else its country's."""
    return currency or currency_for(country)
