"""The Enterprise Improvement Team (EIT): members, meetings and the suggestion scheme.

Composition rules are recalled from SCORE Module 1 material rather than a published norm, so
they are configurable checks that warn, never rules that block (see CompositionRules).
"""

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import ValidationError
from .messages import N_


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class EitRole(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    WORKER = "worker"

    @property
    def management(self) -> bool:
        return self is not EitRole.WORKER


@dataclass(frozen=True, slots=True)
class EitMember:
    enterprise_id: uuid.UUID
    name: str
    sex: Sex
    role: EitRole
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    position: str = ""
    department: str = ""
    elected_by_workers: bool = False
    joined_on: dt.date | None = None
    left_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        joined = self.joined_on is None or self.joined_on <= day
        return joined and (self.left_on is None or self.left_on > day)

    def validate(self) -> None:
        problems = {}
        if not self.name.strip():
            problems["name"] = N_("A team member needs a name.")
        if self.joined_on and self.left_on and self.left_on < self.joined_on:
            problems["left_on"] = N_("A member cannot leave the team before joining it.")
        if problems:
            raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class CompositionRules:
    """What a balanced EIT looks like; each broken rule is a warning."""

    min_size: int = 6
    max_size: int = 10
    min_worker_share: float = 0.4  # of members; managers and workers roughly equal
    max_worker_share: float = 0.6
    women_share_tolerance: float = 0.15  # women's share may trail the workforce's by this much
    workers_elected: bool = True  # worker members chosen by the workers, not appointed


def composition_warnings(
    members: Iterable[EitMember],
    workforce_share_women: float | None,
    day: dt.date,
    rules: CompositionRules = CompositionRules(),
) -> list[str]:
    active = [m for m in members if m.active_on(day)]
    warnings = []
    size = len(active)
    if size < rules.min_size or size > rules.max_size:
        warnings.append(
            f"The team has {size} members; {rules.min_size}–{rules.max_size} work best."
        )
    if not active:
        return warnings
    workers = [m for m in active if not m.role.management]
    share = len(workers) / size
    if not rules.min_worker_share <= share <= rules.max_worker_share:
        warnings.append(
            f"{len(workers)} workers and {size - len(workers)} managers: "
            "aim for about as many workers as managers."
        )
    women = sum(m.sex is Sex.FEMALE for m in active) / size
    if workforce_share_women is not None and women < workforce_share_women - (
        rules.women_share_tolerance
    ):
        warnings.append(
            f"Women are {women:.0%} of the team but {workforce_share_women:.0%} of the workforce."
        )
    appointed = [m for m in workers if not m.elected_by_workers]
    if rules.workers_elected and appointed:
        warnings.append(
            f"{len(appointed)} worker member(s) were appointed, not elected by the workers."
        )
    return warnings


@dataclass(frozen=True, slots=True)
class EitMeeting:
    enterprise_id: uuid.UUID
    date: dt.date
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    attendee_ids: tuple[uuid.UUID, ...] = ()
    topics: str = ""
    decisions: str = ""
    project_ids: tuple[uuid.UUID, ...] = ()


def meetings_per_month(meetings: Iterable[EitMeeting], start: dt.date, end: dt.date) -> float:
    """Meetings held in [start, end], per month of that span (a month is 365.25 / 12 days)."""
    if end < start:
        raise ValueError("the period ends before it starts")
    held = sum(start <= m.date <= end for m in meetings)
    months = max(((end - start).days + 1) / (365.25 / 12), 1.0)
    return held / months


class SuggestionStatus(StrEnum):
    RECEIVED = "received"
    ACCEPTED = "accepted"
    IMPLEMENTED = "implemented"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A suggestion from the scheme; anonymous when `submitter` is empty."""

    enterprise_id: uuid.UUID
    date: dt.date
    text: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    submitter: str = ""
    submitter_sex: Sex | None = None
    area: str = ""
    status: SuggestionStatus = SuggestionStatus.RECEIVED
    project_id: uuid.UUID | None = None

    def validate(self) -> None:
        if not self.text.strip():
            raise ValidationError({"text": N_("A suggestion needs its text.")})


def _name_parts(name: str) -> tuple[str, set[str]]:
    """A name without case and extra spaces, and the names inside and before a part in
    brackets (another script: "Wang Jun (王军)")."""
    whole = " ".join(name.split()).casefold()
    for open_, close in (("(", ")"), ("（", "）")):
        if open_ in whole and whole.endswith(close):
            outer, _, inner = whole[: -len(close)].partition(open_)
            return whole, {part.strip() for part in (outer, inner) if part.strip()}
    return whole, set()


def same_person(a: str, b: str) -> bool:
    """Whether two typed names name one person: "wang jun" and "Wang Jun (王军)" do, "Wang
    Jun (王军)" and "Wang Jun (王俊)" do not (a hazard's responsible person is typed; a
    project's is an EIT member)."""
    (whole_a, parts_a), (whole_b, parts_b) = _name_parts(a), _name_parts(b)
    if not whole_a or not whole_b:
        return False
    if whole_a == whole_b:
        return True
    return (not parts_a and whole_a in parts_b) or (not parts_b and whole_b in parts_a)
