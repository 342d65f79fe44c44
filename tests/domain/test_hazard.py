import datetime as dt
import uuid

import pytest

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import (
    DEFAULT_CATEGORIES,
    NR5_COLOURS,
    Hazard,
    HazardStatus,
    RiskView,
    ordered_hazards,
    register_numbers,
)
from score_desktop.domain.risk import MATRIX_5X5

CODES = {c.code for c in DEFAULT_CATEGORIES}


def hazard(**fields):
    defaults = dict(
        enterprise_id=uuid.uuid4(),
        title="Unguarded nip point",
        category_code="mechanical",
        initial=(("likelihood", 4), ("severity", 4)),
    )
    return Hazard(**{**defaults, **fields})


def test_assessments_and_exposure():
    h = hazard(residual=(("likelihood", 2), ("severity", 4)), exposed_women=3, exposed_men=5)
    assert h.initial_assessment(MATRIX_5X5).band.key == "very_high"
    assert h.residual_assessment(MATRIX_5X5).score == 8
    assert h.exposed == 8
    assert hazard().residual_assessment(MATRIX_5X5) is None
    h.validate(MATRIX_5X5, CODES)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"title": "  "}, "title"),
        ({"category_code": "alien"}, "category"),
        ({"exposed_men": -1}, "exposed"),
        ({"initial": (("likelihood", 7), ("severity", 1))}, "initial"),
        ({"residual": (("likelihood", 1),)}, "residual"),
        ({"plan_id": uuid.uuid4()}, "position"),
        ({"position": Point(1, 1)}, "position"),
    ],
)
def test_invalid_hazards_are_refused(fields, problem):
    with pytest.raises(ValidationError) as caught:
        hazard(**fields).validate(MATRIX_5X5, CODES)
    assert problem in caught.value.problems


def test_categories_cover_the_issue_and_map_to_nr5_groups():
    assert len(CODES) == len(DEFAULT_CATEGORIES) == 15
    assert {c.nr5_group for c in DEFAULT_CATEGORIES} == set(NR5_COLOURS)
    assert all(c.colour.startswith("#") and len(c.colour) == 7 for c in DEFAULT_CATEGORIES)


TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        (HazardStatus.OPEN, TODAY - dt.timedelta(days=1), True),
        (HazardStatus.IN_PROGRESS, TODAY - dt.timedelta(days=1), True),
        (HazardStatus.OPEN, TODAY, False),  # due today is not late yet
        (HazardStatus.OPEN, None, False),
        (HazardStatus.CONTROLLED, TODAY - dt.timedelta(days=90), False),
        (HazardStatus.VERIFIED, TODAY - dt.timedelta(days=90), False),
    ],
)
def test_a_hazard_is_overdue_while_open_past_its_due_date(status, due, overdue):
    hazard = Hazard(uuid.uuid4(), "Blocked exit", "fire", due_date=due, status=status)
    assert hazard.is_overdue(TODAY) is overdue


RATED_16, RATED_8 = (("likelihood", 4), ("severity", 4)), (("likelihood", 2), ("severity", 4))


@pytest.mark.parametrize(
    ("status", "current"),
    [
        (HazardStatus.OPEN, 16),  # the guard is only proposed: the risk now is the initial
        (HazardStatus.IN_PROGRESS, 16),
        (HazardStatus.CONTROLLED, 8),  # the guard is in place: the residual rating holds
        (HazardStatus.VERIFIED, 8),
    ],
)
def test_the_current_risk_is_the_initial_until_the_controls_are_in_place(status, current):
    h = hazard(initial=RATED_16, residual=RATED_8, status=status)
    assert h.assessment(MATRIX_5X5, RiskView.CURRENT).score == current
    assert h.assessment(MATRIX_5X5, RiskView.INITIAL).score == 16
    assert h.assessment(MATRIX_5X5, RiskView.RESIDUAL).score == 8


@pytest.mark.parametrize("status", list(HazardStatus))
def test_controls_in_place_but_not_re_rated_keep_the_initial_as_current(status):
    h = hazard(initial=RATED_16, residual=(), status=status)
    assert h.current == RATED_16
    assert h.assessment(MATRIX_5X5, RiskView.RESIDUAL) is None


@pytest.mark.parametrize("status", list(HazardStatus))
def test_an_unrated_hazard_is_unrated_in_every_view(status):
    h = hazard(initial=(), residual=(), status=status)
    assert all(h.assessment(MATRIX_5X5, view) is None for view in RiskView)


def test_a_hazard_may_be_saved_before_it_is_rated():
    hazard(initial=(), residual=()).validate(MATRIX_5X5, CODES)  # shown as not rated


def test_register_numbers_follow_the_initial_risk_then_the_title_unrated_last():
    enterprise = uuid.uuid4()
    made = [
        Hazard(enterprise, title, "noise", initial=ratings)
        for title, ratings in (
            ("Noise", (("likelihood", 3), ("severity", 3))),  # 9
            ("Blocked exit", ()),  # not rated
            ("Forklift", (("likelihood", 4), ("severity", 4))),  # 16
            ("Acid", (("likelihood", 3), ("severity", 3))),  # 9, before Noise by title
        )
    ]
    numbers = register_numbers(made, MATRIX_5X5)
    by_title = {h.title: numbers[h.id] for h in made}
    assert by_title == {"Forklift": 1, "Acid": 2, "Noise": 3, "Blocked exit": 4}
    assert [h.title for h in ordered_hazards(reversed(made), MATRIX_5X5)] == [
        "Forklift",
        "Acid",
        "Noise",
        "Blocked exit",
    ]
