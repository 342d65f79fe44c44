"""Walk-throughs: a visit's answers to one version of a checklist template.

An answer belongs to a slot: an item, and for an item that repeats, one zone of the
walk-through. Which slots are shown follows the template's conditions, in order (an item
may depend only on earlier answers, so one pass decides all). A *no* can become a hazard
pinned in its zone and an EIP project: the answer keeps their ids.
"""

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from .checklist import (
    Answer,
    ChecklistItem,
    ChecklistSection,
    ChecklistTemplate,
    ConditionKind,
    EnterpriseProfile,
    pick,
    profile_holds,
)
from .errors import ValidationError
from .geometry import Point
from .hazard import Hazard, ProposedControl
from .improvement import ImprovementProject, ProjectSource
from .messages import N_
from .risk import MATRIX_5X5, RiskMethod


@dataclass(frozen=True, slots=True)
class Walkthrough:
    enterprise_id: uuid.UUID
    visit_id: uuid.UUID
    template_id: uuid.UUID
    template_code: str
    template_version: int
    zone_ids: tuple[uuid.UUID, ...] = ()  # the zones repeating items are answered in
    previous_id: uuid.UUID | None = None  # the walk-through a follow-up started from
    started_on: dt.date | None = None
    note: str = ""
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def validate(self) -> None:
        if len(set(self.zone_ids)) != len(self.zone_ids):
            raise ValidationError({"zone_ids": N_("A zone is listed twice.")})


@dataclass(frozen=True, slots=True)
class ChecklistAnswer:
    walkthrough_id: uuid.UUID
    enterprise_id: uuid.UUID
    item_key: str
    answer: Answer = Answer.NOT_CHECKED
    # the slot's zone for an item that repeats; for another item, where it applies (if said)
    zone_id: uuid.UUID | None = None
    repeat_zone: bool = False  # zone_id is the slot's zone (part of the answer's key)
    note: str = ""
    photo_ids: tuple[uuid.UUID, ...] = ()
    hazard_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    # copied from the walk-through a follow-up started from, not yet looked at again
    carried: bool = False
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def slot(self) -> tuple[str, uuid.UUID | None]:
        return (self.item_key, self.zone_id if self.repeat_zone else None)


SlotKey = tuple[str, uuid.UUID | None]  # item key, zone of a repeating item


@dataclass(frozen=True, slots=True)
class Slot:
    """One line of the walk-through: an item, in one zone if it repeats."""

    section: ChecklistSection
    item: ChecklistItem
    zone_id: uuid.UUID | None
    visible: bool

    @property
    def key(self) -> SlotKey:
        return (self.item.key, self.zone_id)


def answers_by_slot(answers: Iterable[ChecklistAnswer]) -> dict[SlotKey, ChecklistAnswer]:
    return {a.slot: a for a in answers}


def slots(
    template: ChecklistTemplate,
    zone_ids: tuple[uuid.UUID, ...],
    answers: Mapping[SlotKey, ChecklistAnswer],
    profile: EnterpriseProfile,
) -> list[Slot]:
    """Every slot in template order (a repeating item once per zone; with no zones, once),
    with whether its conditions hold. A hidden item's answer counts as not given."""
    result: list[Slot] = []
    shown: dict[str, list[tuple[uuid.UUID | None, Answer]]] = {}  # item key -> answers
    for section in template.sections:
        for item in section.items:
            zones: tuple[uuid.UUID | None, ...] = zone_ids if item.repeats and zone_ids else (None,)
            for zone in zones:
                visible = _holds(item, zone, shown, profile)
                result.append(Slot(section, item, zone, visible))
                if visible:
                    given = answers.get((item.key, zone))
                    shown.setdefault(item.key, []).append(
                        (zone, given.answer if given else Answer.NOT_CHECKED)
                    )
    return result


def _holds(
    item: ChecklistItem,
    zone: uuid.UUID | None,
    shown: dict[str, list[tuple[uuid.UUID | None, Answer]]],
    profile: EnterpriseProfile,
) -> bool:
    for condition in item.show_if:
        if condition.kind is not ConditionKind.ANSWER:
            if not profile_holds(condition, profile):
                return False
            continue
        earlier = shown.get(condition.item_key, [])
        # a repeating item depending on a repeating one looks at the same zone; otherwise
        # any zone's answer will do
        same_zone = [a for z, a in earlier if z == zone and zone is not None]
        considered = same_zone or [a for _z, a in earlier]
        if not any(a.value in condition.values for a in considered):
            return False
    return True


@dataclass(frozen=True, slots=True)
class SectionScore:
    section_key: str
    title: str
    yes: int
    no: int
    not_applicable: int
    not_checked: int

    @property
    def score(self) -> float | None:
        """Share of *yes* among the items answered yes or no (None: none answered)."""
        answered = self.yes + self.no
        return self.yes / answered if answered else None


def section_scores(
    template: ChecklistTemplate,
    all_slots: list[Slot],
    answers: Mapping[SlotKey, ChecklistAnswer],
    language: str = "en",
) -> list[SectionScore]:
    """Counts of each answer per section, over the visible slots only."""
    counts: dict[str, dict[Answer, int]] = {
        s.key: dict.fromkeys(Answer, 0) for s in template.sections
    }
    for slot in all_slots:
        if slot.visible:
            given = answers.get(slot.key)
            counts[slot.section.key][given.answer if given else Answer.NOT_CHECKED] += 1
    return [
        SectionScore(
            s.key,
            pick(s.title, language),
            counts[s.key][Answer.YES],
            counts[s.key][Answer.NO],
            counts[s.key][Answer.NOT_APPLICABLE],
            counts[s.key][Answer.NOT_CHECKED],
        )
        for s in template.sections
    ]


@dataclass(frozen=True, slots=True)
class ZonePlace:
    """Where a zone is: its plan, a point inside it for a pin, its name."""

    plan_id: uuid.UUID
    position: Point
    name: str


def suggested_hazard(
    item: ChecklistItem,
    answer: ChecklistAnswer,
    visit_id: uuid.UUID,
    method: RiskMethod,
    place: ZonePlace | None,
    language: str,
    category_codes: set[str],
) -> Hazard:
    """The hazard a *no* suggests: the item's category, controls and rating (carried from
    5 × 5 to the enterprise's method), pinned in the answer's zone, the note as its
    description. A category the workspace lacks is refused here, with a message, rather
    than by the register after the answer was written."""
    suggestion = item.hazard
    if suggestion is None:
        raise ValueError(f"item {item.key} suggests no hazard")
    if suggestion.category_code not in category_codes:
        raise ValidationError(
            {"category": N_("The checklist suggests a hazard category this workspace lacks.")}
        )
    title = pick(suggestion.title, language) or pick(item.text, language)
    controls = tuple(
        ProposedControl(line.strip(), suggestion.control_level)
        for line in pick(suggestion.controls, language).splitlines()
        if line.strip()
    )
    rating = (
        ("likelihood", float(suggestion.likelihood)),
        ("severity", float(suggestion.severity)),
    )
    return Hazard(
        enterprise_id=answer.enterprise_id,
        title=title[:300],
        category_code=suggestion.category_code,
        plan_id=place.plan_id if place else None,
        position=place.position if place else None,
        description=answer.note,
        proposed_controls=controls,
        initial=method.carried_ratings(rating, MATRIX_5X5) if method.key != "5x5" else rating,
        visit_id=visit_id,
    )


def suggested_project(
    item: ChecklistItem,
    answer: ChecklistAnswer,
    place: ZonePlace | None,
    language: str,
    hazard: Hazard | None = None,
) -> ImprovementProject:
    """The EIP project a *no* suggests: the item's action and module, linked to the hazard
    made in the same step (if any)."""
    suggestion = item.action
    # a project is named by what is to be done: its title, else its action, else the item
    title = (
        (pick(suggestion.title, language) or pick(suggestion.action, language))
        if suggestion
        else ""
    ) or pick(item.text, language)
    control = item.hazard.control_level if item.hazard is not None else None
    return ImprovementProject(
        enterprise_id=answer.enterprise_id,
        title=title[:300],
        problem=answer.note,
        source=ProjectSource.CHECKLIST,
        hazard_ids=(hazard.id,) if hazard is not None else (),
        module_code=suggestion.module_code if suggestion else "OSH",
        zone=place.name if place else "",
        action=pick(suggestion.action, language) if suggestion else "",
        control_level=control if suggestion is None or suggestion.module_code == "OSH" else None,
    )


class ChangeKind(StrEnum):
    IMPROVED = "improved"  # no → yes
    WORSENED = "worsened"  # yes → no
    NEWLY_ANSWERED = "newly_answered"  # not checked before
    NOT_RECHECKED = "not_rechecked"  # answered before, not checked now
    APPLICABILITY = "applicability"  # to or from not applicable


@dataclass(frozen=True, slots=True)
class AnswerChange:
    """How a slot's answer moved between a walk-through and its follow-up."""

    slot: SlotKey
    before: Answer
    after: Answer

    @property
    def kind(self) -> ChangeKind:
        if self.before is Answer.NO and self.after is Answer.YES:
            return ChangeKind.IMPROVED
        if self.before is Answer.YES and self.after is Answer.NO:
            return ChangeKind.WORSENED
        if self.before is Answer.NOT_CHECKED:
            return ChangeKind.NEWLY_ANSWERED
        if self.after is Answer.NOT_CHECKED:
            return ChangeKind.NOT_RECHECKED
        return ChangeKind.APPLICABILITY

    @property
    def improved(self) -> bool:
        return self.kind is ChangeKind.IMPROVED

    @property
    def worsened(self) -> bool:
        return self.kind is ChangeKind.WORSENED


def changes(
    before: Iterable[ChecklistAnswer], after: Iterable[ChecklistAnswer]
) -> list[AnswerChange]:
    """The slots whose answer differs, *not checked* where one side has none."""
    old, new = answers_by_slot(before), answers_by_slot(after)
    result = []
    for key in [*old, *[k for k in new if k not in old]]:
        a = old[key].answer if key in old else Answer.NOT_CHECKED
        b = new[key].answer if key in new else Answer.NOT_CHECKED
        if a is not b:
            result.append(AnswerChange(key, a, b))
    return result


def carried_answers(
    previous: Iterable[ChecklistAnswer], walk: Walkthrough
) -> list[ChecklistAnswer]:
    """A follow-up's starting point: every answer given on the walk-through it starts from,
    marked as carried. A repeating item's answer only in the zones the follow-up walks
    through; photos stay with the visit they were taken on; the hazard or project a *no*
    became stays linked, so it is not made twice."""
    result = []
    for held in previous:
        if held.answer is Answer.NOT_CHECKED and not held.note:
            continue
        if held.repeat_zone and held.zone_id not in walk.zone_ids:
            continue
        result.append(
            dataclasses.replace(
                held,
                walkthrough_id=walk.id,
                enterprise_id=walk.enterprise_id,
                photo_ids=(),
                carried=True,
                id=uuid.uuid4(),
            )
        )
    return result
