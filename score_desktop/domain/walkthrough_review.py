"""What walk-throughs come to: for one walk-through its section scores, the items answered
*no* with what they became, and for a follow-up what changed since the walk-through it
started from (the report and the window show the same); across the portfolio, the items
most often answered *no* per sector and country (the programme view)."""

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .checklist import (
    Answer,
    ChecklistItem,
    ChecklistTemplate,
    EnterpriseProfile,
    Texts,
    pick,
)
from .walkthrough import (
    AnswerChange,
    ChecklistAnswer,
    SectionScore,
    Slot,
    Walkthrough,
    answers_by_slot,
    changes,
    section_scores,
    slots,
)


@dataclass(frozen=True, slots=True)
class Finding:
    """An item answered *no*, in template order."""

    section_title: str
    item: ChecklistItem
    answer: ChecklistAnswer


@dataclass(frozen=True, slots=True)
class Review:
    walkthrough: Walkthrough
    template: ChecklistTemplate
    scores: list[SectionScore]
    findings: list[Finding]
    carried: int  # answers carried from the walk-through before, not looked at again
    previous: Walkthrough | None = None
    changes: tuple[AnswerChange, ...] = ()

    def item_of(self, key: str) -> ChecklistItem | None:
        return next((i for i in self.template.items() if i.key == key), None)


def review(
    walk: Walkthrough,
    template: ChecklistTemplate,
    answers: Iterable[ChecklistAnswer],
    profile: EnterpriseProfile,
    language: str = "en",
    previous: Walkthrough | None = None,
    previous_answers: Iterable[ChecklistAnswer] = (),
) -> Review:
    """Scores and findings over the slots shown (a hidden item's answer does not count);
    the changes since `previous` over the slots shown now, in template order."""
    by_slot = answers_by_slot(answers)
    shown: list[Slot] = [s for s in slots(template, walk.zone_ids, by_slot, profile) if s.visible]
    findings = [
        Finding(pick(s.section.title, language), s.item, by_slot[s.key])
        for s in shown
        if s.key in by_slot and by_slot[s.key].answer is Answer.NO
    ]
    carried = sum(1 for s in shown if s.key in by_slot and by_slot[s.key].carried)
    moved: tuple[AnswerChange, ...] = ()
    if previous is not None:
        order = {s.key: n for n, s in enumerate(shown)}
        current = [by_slot[k] for k in order if k in by_slot]
        earlier = [a for a in previous_answers if a.slot in order]
        moved = tuple(sorted(changes(earlier, current), key=lambda c: order[c.slot]))
    return Review(
        walk,
        template,
        section_scores(template, shown, by_slot, language),
        findings,
        carried,
        previous,
        moved,
    )


def previous_walkthrough(
    walks: Iterable[Walkthrough],
    visit_dates: Mapping[uuid.UUID, dt.date],
    template_code: str,
    visit_id: uuid.UUID,
) -> Walkthrough | None:
    """The enterprise's last walk-through of the same template (any version) on a visit
    before this one: what a follow-up starts from."""
    this_date = visit_dates.get(visit_id)
    if this_date is None:
        return None
    earlier = [
        w
        for w in walks
        if w.template_code == template_code
        and w.visit_id != visit_id
        and w.visit_id in visit_dates
        and visit_dates[w.visit_id] <= this_date
    ]
    if not earlier:
        return None
    return max(earlier, key=lambda w: (visit_dates[w.visit_id], w.started_on or dt.date.min))


# Across the portfolio ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnswerTally:
    """Answers to one item by the enterprises of one sector and country, each enterprise's
    latest walk-through of the template counted (storage counts them in one query)."""

    template_code: str
    item_key: str
    sector: str
    country: str
    noes: int
    answered: int  # yes or no
    enterprises_with_no: int


@dataclass(frozen=True, slots=True)
class MissedItem:
    tally: AnswerTally
    text: str
    template_title: str

    @property
    def share(self) -> float:
        """Share of *no* among the yes-or-no answers."""
        return self.tally.noes / self.tally.answered if self.tally.answered else 0.0


def most_missed(
    tallies: Iterable[AnswerTally],
    templates: Iterable[ChecklistTemplate],
    language: str = "en",
    limit: int = 50,
) -> list[MissedItem]:
    """The items with the most *no* answers, then the highest share of *no*; each with its
    text from the newest template version that holds it."""
    newest: dict[str, ChecklistTemplate] = {}
    for template in templates:
        held = newest.get(template.code)
        if held is None or template.version > held.version:
            newest[template.code] = template
    item_texts: dict[tuple[str, str], Texts] = {}
    for template in sorted(newest.values(), key=lambda t: t.version):
        for item in template.items():
            item_texts[(template.code, item.key)] = item.text
    found = [
        MissedItem(
            tally,
            pick(item_texts.get((tally.template_code, tally.item_key), ()), language)
            or tally.item_key,
            pick(newest[tally.template_code].title, language)
            if tally.template_code in newest
            else tally.template_code,
        )
        for tally in tallies
        if tally.noes
    ]
    found.sort(key=lambda m: (-m.tally.noes, -m.share, m.tally.template_code, m.tally.item_key))
    return found[:limit]
