"""Checklist templates and walk-throughs without Qt: conditions, repeats per zone, scores,
the hazard and project a *no* suggests, the data form and what changed at a follow-up."""

import dataclasses
import uuid

import pytest

from score_desktop.domain.checklist import (
    Answer,
    ConditionKind,
    EnterpriseProfile,
    parse_condition,
    parse_conditions,
    pick,
    texts,
)
from score_desktop.domain.checklist_codec import template_from_data, template_to_data
from score_desktop.domain.errors import ValidationError
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import DEFAULT_CATEGORIES, ControlLevel
from score_desktop.domain.improvement import ProjectSource
from score_desktop.domain.risk import BUILT_IN_METHODS
from score_desktop.domain.walkthrough import (
    ChecklistAnswer,
    ZonePlace,
    answers_by_slot,
    changes,
    section_scores,
    slots,
    suggested_hazard,
    suggested_project,
)
from tests.checklist_builders import make_template

WALK = uuid.uuid4()
ENTERPRISE = uuid.uuid4()
ZONE_A, ZONE_B = uuid.uuid4(), uuid.uuid4()
BIG = EnterpriseProfile(sector="Garments", workers=120, modules=frozenset({"OSH"}))
CODES = {c.code for c in DEFAULT_CATEGORIES}


def answer(key: str, value: Answer, zone: uuid.UUID | None = None, **fields) -> ChecklistAnswer:
    return ChecklistAnswer(
        WALK, ENTERPRISE, key, value, zone_id=zone, repeat_zone=zone is not None, **fields
    )


def shown(given: list[ChecklistAnswer], profile=BIG, zones=(ZONE_A, ZONE_B)) -> list:
    return [
        s.key for s in slots(make_template(), zones, answers_by_slot(given), profile) if s.visible
    ]


def test_conditions_are_parsed_from_their_written_form_and_back():
    assert parse_condition("A3=no|not_applicable").values == ("no", "not_applicable")
    assert parse_condition("A3=yes").item_key == "A3"
    assert parse_condition("workers>=50").kind is ConditionKind.WORKERS_AT_LEAST
    assert parse_condition("workers<250").kind is ConditionKind.WORKERS_BELOW
    assert parse_condition("sector=garment|textile").values == ("garment", "textile")
    written = "A1=yes;workers>=50;module=OSH|COVID"
    assert ";".join(c.text() for c in parse_conditions(written)) == written


@pytest.mark.parametrize("bad", ["A3", "A3=maybe", "workers=50", "workers>=many", "sector<3"])
def test_a_malformed_condition_is_refused_with_its_text(bad):
    with pytest.raises(ValidationError) as caught:
        parse_condition(bad)
    assert bad in str(caught.value)


def test_texts_fall_back_to_the_base_language_then_english():
    written = texts(en="Aisles", zh="通道")
    assert pick(written, "zh_CN") == "通道"
    assert pick(written, "fr") == "Aisles"
    assert pick(texts(vi="Lối đi"), "fr") == "Lối đi"


def test_an_item_depending_on_a_yes_shows_only_after_that_yes():
    assert ("A2", None) not in shown([])
    assert ("A2", None) not in shown([answer("A1", Answer.NO)])
    assert ("A2", None) in shown([answer("A1", Answer.YES)])


def test_a_repeating_item_has_one_slot_per_zone_and_depends_on_the_same_zone():
    given = [answer("A3", Answer.NO, ZONE_B), answer("A3", Answer.YES, ZONE_A)]
    keys = shown(given)
    assert ("A3", ZONE_A) in keys and ("A3", ZONE_B) in keys
    assert ("B2", ZONE_B) in keys  # A3 is no in zone B
    assert ("B2", ZONE_A) not in keys  # and yes in zone A


def test_a_repeating_item_without_zones_is_answered_once():
    keys = shown([], zones=())
    assert keys.count(("A3", None)) == 1


def test_profile_conditions_follow_the_headcount():
    small = dataclasses.replace(BIG, workers=20)
    assert ("B1", None) in shown([])
    assert ("B1", None) not in shown([], profile=small)


def test_section_scores_count_visible_answers_and_leave_out_not_applicable():
    template = make_template()
    given = answers_by_slot(
        [
            answer("A1", Answer.NO),
            answer("A2", Answer.YES),  # hidden (A1 is no): not counted
            answer("A3", Answer.YES, ZONE_A),
            answer("A3", Answer.NOT_APPLICABLE, ZONE_B),
        ]
    )
    scores = section_scores(template, slots(template, (ZONE_A, ZONE_B), given, BIG), given)
    storage = scores[0]
    assert (storage.yes, storage.no, storage.not_applicable, storage.not_checked) == (1, 1, 1, 0)
    assert storage.score == 0.5
    assert scores[1].score is None  # machines: B1 not checked, B2 hidden everywhere


def test_a_no_suggests_a_hazard_pinned_in_its_zone_with_the_items_rating():
    template = make_template()
    no = answer("A3", Answer.NO, ZONE_A, note="Pallets in the aisle")
    place = ZonePlace(uuid.uuid4(), Point(5, 5), "Cutting")
    visit = uuid.uuid4()
    hazard = suggested_hazard(
        template.item("A3"), no, visit, BUILT_IN_METHODS["5x5"], place, "zh_CN", CODES
    )
    assert hazard.title == "通道堵塞" and hazard.category_code == "slips"
    assert (hazard.plan_id, hazard.position) == (place.plan_id, Point(5, 5))
    assert dict(hazard.initial) == {"likelihood": 4.0, "severity": 3.0}
    assert hazard.proposed_controls[0].level is ControlLevel.ADMINISTRATIVE
    assert hazard.description == "Pallets in the aisle" and hazard.visit_id == visit
    hazard.validate(BUILT_IN_METHODS["5x5"], CODES)


def test_the_suggested_rating_is_carried_to_the_enterprises_method():
    three = BUILT_IN_METHODS["3x3"]
    hazard = suggested_hazard(
        make_template().item("A2"), answer("A2", Answer.NO), uuid.uuid4(), three, None, "en", CODES
    )
    hazard.validate(three, CODES)
    assert hazard.plan_id is None and hazard.initial != ()
    assert [c.text for c in hazard.proposed_controls] == [
        "Fix racks to the wall",
        "Label the load limit",
    ]


def test_a_category_the_workspace_lacks_is_refused_before_anything_is_made():
    with pytest.raises(ValidationError):
        suggested_hazard(
            make_template().item("A3"),
            answer("A3", Answer.NO),
            uuid.uuid4(),
            BUILT_IN_METHODS["5x5"],
            None,
            "en",
            {"chemical"},
        )


def test_a_no_suggests_a_project_with_the_items_action_linked_to_its_hazard():
    template = make_template()
    no = answer("A3", Answer.NO, ZONE_A, note="Pallets")
    place = ZonePlace(uuid.uuid4(), Point(1, 1), "Cutting")
    hazard = suggested_hazard(
        template.item("A3"), no, uuid.uuid4(), BUILT_IN_METHODS["5x5"], place, "en", CODES
    )
    project = suggested_project(template.item("A3"), no, place, "en", hazard)
    assert project.source is ProjectSource.CHECKLIST and project.module_code == "WC"
    assert project.action == "Mark aisles in yellow; 5S audit weekly"
    assert project.hazard_ids == (hazard.id,) and project.zone == "Cutting"
    assert project.title == "Mark aisles in yellow; 5S audit weekly"
    project.validate()
    guards = suggested_project(template.item("B2"), answer("B2", Answer.NO), None, "en")
    assert guards.title == "Guards" and guards.hazard_ids == ()


def test_a_template_is_refused_when_an_item_depends_on_a_later_one():
    template = make_template()
    first, second = template.sections
    swapped = dataclasses.replace(template, sections=(second, first))
    with pytest.raises(ValidationError) as caught:
        swapped.validate()
    assert "B2" in str(caught.value) and "A3" in str(caught.value)


def test_a_template_with_a_key_used_twice_is_refused():
    template = make_template()
    section = template.sections[0]
    twice = dataclasses.replace(section, items=section.items + section.items[:1])
    with pytest.raises(ValidationError):
        dataclasses.replace(template, sections=(twice,)).validate()


def test_a_template_survives_its_data_form():
    template = make_template()
    assert template_from_data(template_to_data(template)) == template


def test_malformed_data_is_refused_with_the_place_of_the_problem():
    data = template_to_data(make_template())
    data["sections"][1]["items"][0]["show_if"] = "workers=lots"
    with pytest.raises(ValidationError) as caught:
        template_from_data(data)
    assert "sections[1].items[0]" in str(caught.value)
    data = template_to_data(make_template())
    data["sections"][0]["items"][1]["hazard"]["likelihood"] = "high"
    with pytest.raises(ValidationError) as caught:
        template_from_data(data)
    assert "sections[0].items[1].hazard" in str(caught.value)


def test_changes_list_what_moved_between_two_walk_throughs():
    before = [answer("A1", Answer.NO), answer("A3", Answer.YES, ZONE_A)]
    after = [answer("A1", Answer.YES), answer("A3", Answer.NO, ZONE_A), answer("B1", Answer.YES)]
    found = {c.slot: c for c in changes(before, after)}
    assert found[("A1", None)].improved
    assert found[("A3", ZONE_A)].worsened
    assert found[("B1", None)].before is Answer.NOT_CHECKED
