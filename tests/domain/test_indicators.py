"""Indicator formulas, checked without Qt: rates from raw inputs, zero denominators, sex
splits, direction of improvement, months of the engagement, and indicators from records."""

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.improvement import ImprovementProject, ProjectStatus
from score_desktop.domain.indicators import (
    BY_CODE,
    DEFAULT_INDICATORS,
    Entry,
    EntryKind,
    Source,
    change_vs_baseline,
    check_month,
    from_records,
    implausible_jump,
    months_between,
)
from score_desktop.domain.team import EitMeeting, Suggestion, SuggestionStatus

E = uuid.uuid4()


@pytest.mark.parametrize(
    ("code", "inputs", "expected"),
    [
        ("absenteeism", {"days_lost": 42, "possible_days": 2100}, 2.0),
        ("turnover", {"separations": 6, "average_headcount": 120}, 5.0),
        ("defect_rate", {"defects": 31, "units": 6200}, 0.5),
        ("productivity", {"output": 1800, "worker_hours": 600}, 3.0),
        ("on_time_delivery", {"on_time": 45, "orders": 50}, 90.0),
        ("energy_per_unit", {"kwh": 41500, "units": 1000}, 41.5),
        ("frequency_rate", {"injuries": 2, "hours": 250_000}, 8.0),
        ("incidence_rate", {"injuries": 3, "workers": 120}, 25.0),
        ("waste", {"value": 830}, 830.0),
        ("absenteeism", {"days_lost": 0, "possible_days": 2100}, 0.0),
        ("absenteeism", {"days_lost": 42}, None),  # an input is missing
    ],
)
def test_formulas(code, inputs, expected):
    result = BY_CODE[code].compute(inputs)
    assert result == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize(
    ("code", "inputs", "message"),
    [
        ("absenteeism", {"days_lost": 3, "possible_days": 0}, "is zero"),
        ("frequency_rate", {"injuries": 1, "hours": 0}, "undefined"),
        ("turnover", {"separations": -1, "average_headcount": 100}, "negative"),
        ("defect_rate", {"defects": 120, "units": 100}, "exceeds"),
    ],
)
def test_impossible_inputs_are_refused_with_a_reason(code, inputs, message):
    with pytest.raises(ValidationError, match=message):
        BY_CODE[code].compute(inputs)


def test_the_catalogue_is_complete_and_formulas_read_well():
    assert len({i.code for i in DEFAULT_INDICATORS}) == len(DEFAULT_INDICATORS) == 21
    assert BY_CODE["absenteeism"].formula == "Days lost ÷ Possible working days × 100"
    assert BY_CODE["frequency_rate"].formula == "New injury cases ÷ Hours worked × 1,000,000"
    assert BY_CODE["workers"].sex_split and not BY_CODE["absenteeism"].sex_split
    assert BY_CODE["eit_meetings"].source is Source.RECORDS


def test_direction_decides_what_an_improvement_is():
    down = change_vs_baseline(BY_CODE["absenteeism"], 4.0, 3.0)
    assert (down.absolute, down.percent, down.improved) == (-1.0, -25.0, True)
    up = change_vs_baseline(BY_CODE["on_time_delivery"], 80.0, 70.0)
    assert up.improved is False
    flat = change_vs_baseline(BY_CODE["waste"], 0.0, 0.0)
    assert flat.percent is None and flat.improved is None


def test_entries_compute_their_value_and_sex_splits_stay_apart():
    women = Entry.make(
        E, BY_CODE["workers"], "month", dt.date(2026, 7, 15), {"value": 41}, "female"
    )
    men = Entry.make(
        E, BY_CODE["workers"], EntryKind.MONTH, dt.date(2026, 7, 1), {"value": 67}, "male"
    )
    assert women.month == dt.date(2026, 7, 1) and women.value == 41.0
    assert women.key() != men.key() and women.key()[:4] == men.key()[:4]


def test_months_of_the_engagement_and_jumps():
    assert months_between(dt.date(2026, 6, 16), dt.date(2026, 9, 1))[-1] == dt.date(2026, 9, 1)
    assert len(months_between(dt.date(2025, 11, 5), dt.date(2026, 2, 1))) == 4
    check_month(dt.date(2026, 7, 1), dt.date(2026, 6, 16), dt.date(2026, 11, 22))
    with pytest.raises(ValidationError, match="before the engagement"):
        check_month(dt.date(2026, 5, 1), dt.date(2026, 6, 16), dt.date(2026, 11, 22))
    with pytest.raises(ValidationError, match="not happened"):
        check_month(dt.date(2026, 12, 1), dt.date(2026, 6, 16), dt.date(2026, 11, 22))
    assert implausible_jump(2.0, 3.5) and not implausible_jump(2.0, 2.4)
    assert not implausible_jump(0, 5) and not implausible_jump(None, 5)


def test_indicators_counted_from_the_eit_and_eip_records():
    july = dt.date(2026, 7, 1)
    meetings = [EitMeeting(E, dt.date(2026, 7, d)) for d in (2, 16, 30)] + [
        EitMeeting(E, dt.date(2026, 8, 20))
    ]
    suggestions = [
        Suggestion(E, dt.date(2026, 7, 8), "racks", status=SuggestionStatus.IMPLEMENTED),
        Suggestion(E, dt.date(2026, 7, 15), "mirror"),
    ]
    projects = [
        ImprovementProject(
            E,
            "a",
            start_date=dt.date(2026, 7, 1),
            status=ProjectStatus.DONE,
            due_date=dt.date(2026, 7, 20),
            savings_actual=Decimal("1200"),
        ),
        ImprovementProject(
            E,
            "b",
            start_date=dt.date(2026, 8, 1),
            status=ProjectStatus.VERIFIED,
            verified_on=dt.date(2026, 9, 2),
            savings_expected=Decimal("300"),
        ),
        ImprovementProject(E, "c", start_date=dt.date(2026, 7, 9)),
    ]
    count = {
        code: from_records(code, july, meetings, suggestions, projects)
        for code in (
            "eit_meetings",
            "suggestions_received",
            "suggestions_implemented",
            "projects_started",
            "projects_completed",
            "cost_savings",
        )
    }
    assert count == {
        "eit_meetings": 3.0,
        "suggestions_received": 2.0,
        "suggestions_implemented": 1.0,
        "projects_started": 2.0,
        "projects_completed": 1.0,
        "cost_savings": 1200.0,
    }
    september = dt.date(2026, 9, 1)
    assert from_records("cost_savings", september, meetings, suggestions, projects) == 1500.0


def test_a_custom_indicator_round_trips_and_is_checked():
    from score_desktop.domain.custom_indicators import (
        custom_indicator,
        indicator_from_json,
        indicator_to_json,
    )
    from score_desktop.domain.indicators import Direction

    rate = custom_indicator("scrap", "Scrap", "", Direction.LOWER_BETTER, "Scrap kg", "Kg", 100)
    assert rate.unit == "%" and rate.percent and rate.compute({"top": 5, "bottom": 200}) == 2.5
    assert indicator_from_json(indicator_to_json(rate)) == rate
    single = custom_indicator("trees", "Trees planted", "trees", Direction.HIGHER_BETTER, "Trees")
    assert single.compute({"value": 12}) == 12
    assert not single.whole and single.decimals(12) == 2
    counted = custom_indicator(
        "trainings", "Trainings held", "sessions", Direction.HIGHER_BETTER, "Held", whole=True
    )
    assert counted.whole and counted.decimals(12) == 0 and counted.decimals(12.5) == 2
    assert indicator_from_json(indicator_to_json(counted)) == counted
    written_before = {k: v for k, v in indicator_to_json(counted).items() if k != "whole"}
    assert not indicator_from_json(written_before).whole  # a catalogue from before the flag
    never_a_rate = custom_indicator(
        "r", "Rate", "", Direction.LOWER_BETTER, "A", "B", 1.0, whole=True
    )
    assert not never_a_rate.whole
    with pytest.raises(ValidationError) as caught:
        custom_indicator("x", " ", "", Direction.LOWER_BETTER, "", scale=1.0)
    assert set(caught.value.problems) == {"name", "numerator", "denominator"}


def test_a_project_moved_to_done_counts_as_completed_that_month():
    """Done today with its due date months away: it counted in the due month (0 now)."""
    project = ImprovementProject(
        E, "Guard", start_date=dt.date(2026, 10, 1), due_date=dt.date(2027, 2, 28)
    )
    today = dt.date(2026, 11, 17)
    done = project.moved_to(ProjectStatus.DONE, today)
    assert from_records("projects_completed", today, [], [], [done]) == 1.0
    assert from_records("projects_completed", dt.date(2027, 2, 1), [], [], [done]) == 0.0


@pytest.mark.parametrize("code", ["workers", "managers"])
def test_the_workforce_is_neither_better_nor_worse_when_it_moves(code):
    """219 → 220 workers against a baseline of 221 was red, "worse"."""
    indicator = BY_CODE[code]
    assert indicator.improved(221, 220) is None and indicator.improved(200, 220) is None
    assert change_vs_baseline(indicator, 221, 220).improved is None
    assert BY_CODE["productivity"].improved(2.0, 2.2) is True  # higher is better there
    assert BY_CODE["absenteeism"].improved(4.0, 4.4) is False  # lower is better there
