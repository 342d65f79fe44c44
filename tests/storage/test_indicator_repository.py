"""Indicator entries, corrections and good-practice answers in a real SQLite workspace."""

import dataclasses
import datetime as dt

import pytest

from score_desktop.domain.indicators import (
    BY_CODE,
    BaselineCorrection,
    Entry,
    EntryKind,
    PracticeAnswer,
)
from score_desktop.storage.indicator_repository import SqlIndicatorRepository
from tests.builders import make_enterprise


@pytest.fixture
def store(workspace):
    return SqlIndicatorRepository(workspace)


@pytest.fixture
def enterprises(repository):
    made = [make_enterprise(name=f"E{n}") for n in range(3)]
    for e in made:
        repository.add_enterprise(e)
    return made


def entry(enterprise, code, month, kind=EntryKind.MONTH, sex="all", **inputs):
    return Entry.make(enterprise.id, BY_CODE[code], kind, month, inputs, sex)


def test_entries_round_trip_and_replace_by_key(store, enterprises):
    e = enterprises[0]
    july = dt.date(2026, 7, 1)
    first = entry(e, "absenteeism", july, days_lost=42, possible_days=2100)
    women = entry(e, "workers", july, sex="female", value=41)
    store.replace_entries([], [first, women])
    assert sorted(store.list_entries(e.id), key=lambda x: x.indicator) == [first, women]
    corrected = entry(e, "absenteeism", july, days_lost=40, possible_days=2100)
    store.replace_entries([], [corrected])  # same key: the old row goes
    values = sorted(x.value for x in store.list_entries(e.id))
    assert values == [pytest.approx(40 / 21), 41.0]
    store.replace_entries([corrected.key()], [])
    assert store.list_entries(e.id) == [women]


def test_monthly_means_over_a_selection(store, enterprises):
    july, august = dt.date(2026, 7, 1), dt.date(2026, 8, 1)
    rows = []
    for n, e in enumerate(enterprises):
        rows.append(entry(e, "waste", july, value=100 * (n + 1)))
        rows.append(entry(e, "waste", august, value=50 * (n + 1)))
        rows.append(entry(e, "waste", july, kind=EntryKind.BASELINE, value=200))
    store.replace_entries([], rows)
    means = store.monthly_means("waste", july, august)
    assert means == {july: (200.0, 3), august: (100.0, 3)}
    two = [enterprises[0].id, enterprises[1].id]
    assert store.monthly_means("waste", july, july, two) == {july: (150.0, 2)}
    assert store.baselines("waste", two) == {enterprises[0].id: 200.0, enterprises[1].id: 200.0}


def test_corrections_and_answers(store, enterprises):
    e = enterprises[0]
    when = dt.datetime(2026, 9, 1, 10, 0, tzinfo=dt.UTC)
    correction = BaselineCorrection(e.id, "absenteeism", "all", 4.0, 3.2, "HR re-counted", when)
    store.add_correction(correction)
    assert store.list_corrections(e.id) == [correction]
    store.delete_correction(correction.id)
    assert store.list_corrections(e.id) == []
    answer = PracticeAnswer(e.id, "suggestion_scheme", False, "none yet")
    store.put_answers([answer])
    changed = PracticeAnswer(e.id, "suggestion_scheme", True)
    store.put_answers([changed])
    # a new answer to the same question is a change of the one record (its history)
    assert store.list_answers(e.id) == [dataclasses.replace(changed, id=answer.id)]
