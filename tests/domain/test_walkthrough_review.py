"""What a walk-through comes to without Qt: how an answer moved at a follow-up, what a
follow-up starts from, its review, and the portfolio's items most often answered no."""

import dataclasses
import datetime as dt
import uuid

import pytest

from score_desktop.domain.checklist import Answer, EnterpriseProfile
from score_desktop.domain.walkthrough import (
    AnswerChange,
    ChangeKind,
    ChecklistAnswer,
    Walkthrough,
    carried_answers,
)
from score_desktop.domain.walkthrough_review import (
    AnswerTally,
    most_missed,
    previous_walkthrough,
    review,
)
from tests.checklist_builders import make_template

ENTERPRISE = uuid.uuid4()
ZONE_A, ZONE_B, ZONE_C = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
BIG = EnterpriseProfile(sector="Garments", workers=120, modules=frozenset({"OSH"}))
Y, N, NA, NC = Answer.YES, Answer.NO, Answer.NOT_APPLICABLE, Answer.NOT_CHECKED


def walk(visit=None, zones=(ZONE_A, ZONE_B), previous=None, code="test-osh") -> Walkthrough:
    template = make_template()
    return Walkthrough(
        ENTERPRISE,
        visit or uuid.uuid4(),
        template.id,
        code,
        1,
        zone_ids=zones,
        previous_id=previous,
    )


def answer(w: Walkthrough, key: str, value: Answer, zone=None, **fields) -> ChecklistAnswer:
    return ChecklistAnswer(
        w.id, ENTERPRISE, key, value, zone_id=zone, repeat_zone=zone is not None, **fields
    )


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (N, Y, ChangeKind.IMPROVED),
        (Y, N, ChangeKind.WORSENED),
        (NC, Y, ChangeKind.NEWLY_ANSWERED),
        (NC, N, ChangeKind.NEWLY_ANSWERED),
        (Y, NC, ChangeKind.NOT_RECHECKED),
        (N, NC, ChangeKind.NOT_RECHECKED),
        (NA, N, ChangeKind.APPLICABILITY),
        (Y, NA, ChangeKind.APPLICABILITY),
        (NA, NC, ChangeKind.NOT_RECHECKED),
    ],
)
def test_each_move_of_an_answer_has_its_kind(before, after, kind):
    change = AnswerChange(("A1", None), before, after)
    assert change.kind is kind
    assert change.improved is (kind is ChangeKind.IMPROVED)
    assert change.worsened is (kind is ChangeKind.WORSENED)


def test_a_follow_up_carries_answers_but_not_photos_nor_zones_it_does_not_walk():
    first = walk()
    held = [
        answer(first, "A1", Y, note="Racks in store 2"),
        answer(first, "A3", N, ZONE_A, photo_ids=(uuid.uuid4(),), hazard_id=uuid.uuid4()),
        answer(first, "A3", Y, ZONE_B),
        answer(first, "B1", NC),  # nothing to carry
    ]
    second = walk(zones=(ZONE_A, ZONE_C), previous=first.id)
    carried = carried_answers(held, second)
    assert [(a.item_key, a.zone_id) for a in carried] == [("A1", None), ("A3", ZONE_A)]
    assert all(a.carried and a.walkthrough_id == second.id for a in carried)
    assert {a.id for a in carried}.isdisjoint({a.id for a in held})
    assert carried[0].note == "Racks in store 2"
    assert carried[1].photo_ids == () and carried[1].hazard_id == held[1].hazard_id


def test_the_previous_walk_through_is_the_latest_of_the_same_template_before_the_visit():
    visits = {
        "june": dt.date(2026, 6, 1),
        "july": dt.date(2026, 7, 1),
        "sept": dt.date(2026, 9, 1),
        "dec": dt.date(2026, 12, 1),
    }
    ids = {name: uuid.uuid4() for name in visits}
    dates = {ids[name]: day for name, day in visits.items()}
    june, july = walk(ids["june"]), walk(ids["july"])
    covid = walk(ids["sept"], code="covid")
    later = walk(ids["dec"])
    walks = [june, july, covid, later]
    assert previous_walkthrough(walks, dates, "test-osh", ids["sept"]) == july
    assert previous_walkthrough(walks, dates, "covid", ids["dec"]) == covid
    assert previous_walkthrough(walks, dates, "test-osh", ids["june"]) is None
    assert previous_walkthrough(walks, dates, "5s", ids["dec"]) is None


def test_a_review_scores_lists_the_noes_and_what_changed_in_template_order():
    template = make_template()
    first = walk()
    before = [answer(first, "A1", Y), answer(first, "A2", Y), answer(first, "A3", N, ZONE_A)]
    second = walk(previous=first.id)
    now = [
        carried_answers(before, second)[0],  # A1 yes, carried
        answer(second, "A2", N, note="Loose rack"),
        answer(second, "A3", Y, ZONE_A),
        answer(second, "A3", N, ZONE_B),
        answer(second, "B2", N, ZONE_B),  # shown: A3 is no in zone B
    ]
    found = review(second, template, now, BIG, "en", first, before)
    storage = found.scores[0]
    assert (storage.yes, storage.no, storage.not_checked) == (2, 2, 0)
    assert [(f.item.key, f.answer.zone_id) for f in found.findings] == [
        ("A2", None),
        ("A3", ZONE_B),
        ("B2", ZONE_B),
    ]
    assert found.findings[0].section_title == "Storage and handling"
    assert found.carried == 1
    assert [(c.slot, c.kind) for c in found.changes] == [
        (("A2", None), ChangeKind.WORSENED),
        (("A3", ZONE_A), ChangeKind.IMPROVED),
        (("A3", ZONE_B), ChangeKind.NEWLY_ANSWERED),
        (("B2", ZONE_B), ChangeKind.NEWLY_ANSWERED),
    ]  # A1 carried as it was: no change; B1 unanswered on both


def test_a_hidden_items_answer_neither_scores_nor_counts_as_a_no():
    template = make_template()
    w = walk()
    given = [answer(w, "A1", N), answer(w, "A2", N)]  # A2 only shows when A1 is yes
    found = review(w, template, given, BIG)
    assert [f.item.key for f in found.findings] == ["A1"]
    assert found.changes == () and found.previous is None


def tally(key, noes, answered, sector="Garments", country="China", code="test-osh", firms=1):
    return AnswerTally(code, key, sector, country, noes, answered, firms)


def test_the_items_most_often_answered_no_come_first_with_their_text():
    template = make_template()
    newer = dataclasses.replace(make_template(2), id=uuid.uuid4())
    found = most_missed(
        [
            tally("A1", 1, 4),
            tally("A3", 5, 6, firms=3),
            tally("A3", 5, 10, country="Viet Nam"),
            tally("B1", 0, 3),  # never no: left out
            tally("Z9", 2, 2, code="gone"),  # a template this workspace lacks
        ],
        [template, newer],
        limit=3,
    )
    assert [(m.tally.item_key, m.tally.country) for m in found] == [
        ("A3", "China"),
        ("A3", "Viet Nam"),
        ("Z9", "China"),
    ]
    assert found[0].text == "Are the aisles clear?" and found[0].share == pytest.approx(5 / 6)
    assert found[0].template_title == "Test walk-through"
    assert found[2].text == "Z9" and found[2].template_title == "gone"
