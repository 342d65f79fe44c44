"""Indicator edits are one undo step each, corrections keep their reason, and deleting an
enterprise gives its indicator history back on undo."""

import datetime as dt

import pytest

from score_desktop.document.commands import AddEnterpriseCommand, DeleteEnterpriseCommand
from score_desktop.document.indicator_commands import (
    CorrectBaselineCommand,
    SetAnswersCommand,
    SetEntriesCommand,
)
from score_desktop.domain.indicators import (
    BY_CODE,
    BaselineCorrection,
    Entry,
    EntryKind,
    PracticeAnswer,
)
from score_desktop.storage.indicator_repository import SqlIndicatorRepository
from tests.builders import make_enterprise

JULY = dt.date(2026, 7, 1)


@pytest.fixture
def enterprise(document):
    e = make_enterprise()
    document.push(AddEnterpriseCommand(document, e))
    return e


def stored(workspace, enterprise):
    return {e.key(): e for e in SqlIndicatorRepository(workspace).list_entries(enterprise.id)}


def absenteeism(enterprise, days, kind=EntryKind.MONTH):
    return Entry.make(
        enterprise.id,
        BY_CODE["absenteeism"],
        kind,
        JULY,
        {"days_lost": days, "possible_days": 2000},
    )


def test_set_and_undo_entries(document, workspace, enterprise):
    first = absenteeism(enterprise, 40)
    assert document.push(SetEntriesCommand(document, enterprise.id, [first], "Edit"))
    second = absenteeism(enterprise, 30)
    document.push(SetEntriesCommand(document, enterprise.id, [second], "Edit"))
    assert stored(workspace, enterprise)[second.key()].value == 1.5
    document.undo_stack.undo()
    assert stored(workspace, enterprise)[first.key()].value == 2.0
    assert document.indicators.value(enterprise.id, "absenteeism", "month", JULY) == 2.0
    document.undo_stack.undo()
    assert stored(workspace, enterprise) == {}


def test_a_baseline_correction_keeps_the_reason_and_undoes(document, workspace, enterprise):
    base = absenteeism(enterprise, 80, EntryKind.BASELINE)
    document.push(SetEntriesCommand(document, enterprise.id, [base], "Baseline"))
    fixed = absenteeism(enterprise, 64, EntryKind.BASELINE)
    correction = BaselineCorrection(
        enterprise.id, "absenteeism", "all", 4.0, 3.2, "HR re-counted", dt.datetime.now(dt.UTC)
    )
    document.push(CorrectBaselineCommand(document, enterprise.id, [fixed], [correction], "Fix"))
    assert [c.reason for c in document.indicators.corrections_of(enterprise.id)] == [
        "HR re-counted"
    ]
    document.undo_stack.undo()
    assert document.indicators.corrections_of(enterprise.id) == []
    assert stored(workspace, enterprise)[base.key()].value == 4.0


def test_answers_and_enterprise_deletion(document, workspace, enterprise):
    document.push(SetEntriesCommand(document, enterprise.id, [absenteeism(enterprise, 40)], "E"))
    answer = PracticeAnswer(enterprise.id, "five_s", True)
    document.push(SetAnswersCommand(document, enterprise.id, [answer], "Answer"))
    document.undo_stack.undo()
    assert "five_s" not in document.indicators.answers_of(enterprise.id)  # not asked yet
    assert document.indicators.repository.list_answers(enterprise.id) == []
    document.undo_stack.redo()
    document.push(DeleteEnterpriseCommand(document, enterprise.id))
    assert stored(workspace, enterprise) == {}
    document.undo_stack.undo()
    assert len(stored(workspace, enterprise)) == 1
    assert document.indicators.answers_of(enterprise.id)["five_s"].answer is True
