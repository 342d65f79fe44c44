"""A decision in the conflict inbox that would give a record the natural key another live
record holds (a deleted answer brought back, a key field changed) is refused, naming that
record, and writes nothing; the other choice still settles the conflict."""

from __future__ import annotations

import uuid

import pytest

from score_desktop.domain.exchange import KeyTakenError, Resolution
from score_desktop.domain.indicators import PracticeAnswer
from score_desktop.storage.schema import PracticeAnswerRow
from tests.builders import make_enterprise
from tests.exchange.test_hostile_packages import fingerprint


def _shared(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "ppe_policy", True, "")])
    hoa.send_to(an, enterprise.id)
    [answer] = an.repos.indicators.list_answers(enterprise.id)
    return hoa, an, enterprise, answer.id


def _answers(laptop, enterprise_id):
    return sorted(
        (a.practice, a.answer, a.note, a.id)
        for a in laptop.repos.indicators.list_answers(enterprise_id)
    )


def set_practice(laptop, answer_id: uuid.UUID, practice: str) -> None:
    """A key field changed (no dialog does it; a merge or another tool can)."""
    with laptop.workspace.sessions.begin() as session:
        session.get(PracticeAnswerRow, answer_id).practice = practice


def deleted_here_changed_there(laptops):
    """An deleted the answer, Hoa changed it; An has answered the question again since."""
    hoa, an, enterprise, answer_id = _shared(laptops)
    an.repos.indicators.delete_answers([answer_id])
    hoa.repos.indicators.put_answers(
        [PracticeAnswer(enterprise.id, "ppe_policy", True, "Seen at the gate")]
    )
    hoa.send_to(an, enterprise.id)
    an.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "ppe_policy", False, "new")])
    [holder] = [a.id for a in an.repos.indicators.list_answers(enterprise.id)]
    return hoa, an, enterprise, holder


def practice_changed_on_both_sides(laptops):
    """Hoa moved the answer to fire drills, An to first aid; An answered fire drills too."""
    hoa, an, enterprise, answer_id = _shared(laptops)
    set_practice(hoa, answer_id, "fire_drills")
    set_practice(an, answer_id, "first_aid")
    an.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "fire_drills", False, "")])
    hoa.send_to(an, enterprise.id)
    holder = next(
        a.id for a in an.repos.indicators.list_answers(enterprise.id) if a.id != answer_id
    )
    return hoa, an, enterprise, holder


CASES = {"deleted here, changed there": deleted_here_changed_there}
CASES["the key changed on both sides"] = practice_changed_on_both_sides


@pytest.mark.parametrize("case", sorted(CASES))
def test_keep_theirs_that_would_make_two_records_of_one_key_is_refused(laptops, case):
    hoa, an, enterprise, holder = CASES[case](laptops)
    [conflict] = an.inbox.conflicts(enterprise.id)
    expected_key = "~exists" if case.startswith("deleted") else "practice"
    assert conflict.key == expected_key
    before, answers = fingerprint(an), _answers(an, enterprise.id)

    with pytest.raises(KeyTakenError) as refused:  # today: the database's IntegrityError
        an.inbox.resolve(conflict.id, Resolution.THEIRS, "Keep theirs")

    assert refused.value.holder_id == holder
    assert str(holder) in str(refused.value)
    assert refused.value.record_kind == "practice_answers"
    assert "practice" in refused.value.key and "enterprise_id" not in refused.value.key
    assert fingerprint(an) == before  # nothing written: the conflict still waits
    assert _answers(an, enterprise.id) == answers
    assert [c.id for c in an.inbox.conflicts(enterprise.id)] == [conflict.id]

    an.inbox.resolve(conflict.id, Resolution.MINE, "Keep mine")
    assert an.inbox.count() == 0
    assert _answers(an, enterprise.id) == answers


def test_keep_theirs_goes_through_once_the_key_is_free(laptops):
    hoa, an, enterprise, holder = deleted_here_changed_there(laptops)
    [conflict] = an.inbox.conflicts(enterprise.id)
    an.repos.indicators.delete_answers([holder])
    an.inbox.resolve(conflict.id, Resolution.THEIRS, "Keep theirs")
    assert [(p, a, n) for p, a, n, _id in _answers(an, enterprise.id)] == [
        ("ppe_policy", True, "Seen at the gate")
    ]
