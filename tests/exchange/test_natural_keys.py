"""One entry made in two workspaces as two records (same natural key, other ids): the merge
keeps one, never fails on the database's unique key, and asks a person where they differ."""

import datetime as dt
import uuid

import pytest

from score_desktop.domain.exchange import Resolution
from score_desktop.domain.indicators import Entry, EntryKind, PracticeAnswer
from score_desktop.domain.merge import EXISTS
from score_desktop.storage.exchange_keys import natural_keys
from tests.builders import make_enterprise


def _shared(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.send_to(an, enterprise.id)
    return hoa, an, enterprise


def _answers(laptop, enterprise_id):
    return [
        (a.practice, a.answer, a.note) for a in laptop.repos.indicators.list_answers(enterprise_id)
    ]


def _answer(laptop, enterprise_id, answer, note, answer_id):
    laptop.repos.indicators.put_answers(
        [PracticeAnswer(enterprise_id, "ppe_policy", answer, note, answer_id)]
    )


def test_the_kinds_with_a_natural_key_are_found_in_the_schema():
    assert natural_keys() == {
        "indicator_entries": ("enterprise_id", "indicator", "kind", "month", "sex"),
        "practice_answers": ("enterprise_id", "practice"),
    }


@pytest.mark.parametrize("smaller", ["hoa", "an"])
def test_the_same_answer_given_on_both_sides_differently_is_a_conflict(laptops, smaller):
    hoa, an, enterprise = _shared(laptops)
    low, high = sorted((uuid.uuid4(), uuid.uuid4()), key=str)
    hoa_id, an_id = (low, high) if smaller == "hoa" else (high, low)
    _answer(hoa, enterprise.id, True, "Seen at the gate", hoa_id)
    _answer(an, enterprise.id, False, "Seen at the gate", an_id)

    summary = hoa.send_to(an, enterprise.id)  # today: a database IntegrityError

    assert summary.conflicts == 1
    [conflict] = an.inbox.conflicts(enterprise.id)
    assert (conflict.kind, conflict.key) == ("duplicate", "answer")
    assert (conflict.mine, conflict.theirs) == (False, True)
    assert conflict.record_id == low  # the record kept, the same in both workspaces
    [(practice, _value, note)] = _answers(an, enterprise.id)
    assert (practice, note) == ("ppe_policy", "Seen at the gate")

    # Hoa receives the record kept and the other one deleted: the question is An's to decide
    an.send_to(hoa, enterprise.id)
    assert hoa.inbox.count() == 0

    an.inbox.resolve(conflict.id, Resolution.MINE, "Keep An's answer")
    assert _answers(an, enterprise.id) == [("ppe_policy", False, "Seen at the gate")]
    an.send_to(hoa, enterprise.id)  # An's decision reaches Hoa and settles it there
    assert hoa.inbox.count() == 0
    assert _answers(hoa, enterprise.id) == _answers(an, enterprise.id)
    hoa.send_to(an, enterprise.id)
    assert an.dump() == hoa.dump()


def test_the_same_indicator_month_with_equal_values_merges_silently(laptops):
    hoa, an, enterprise = _shared(laptops)
    month = dt.date(2026, 5, 1)

    def entry():
        inputs = (("injuries", 2.0), ("hours", 1000.0))
        return Entry(enterprise.id, "ltifr", EntryKind.MONTH, month, inputs, 2.0)

    hoa.repos.indicators.replace_entries([], [entry()])
    an.repos.indicators.replace_entries([], [entry()])
    hoa.send_to(an, enterprise.id)
    an.send_to(hoa, enterprise.id)

    assert hoa.inbox.count() == an.inbox.count() == 0
    assert len(an.repos.indicators.list_entries(enterprise.id)) == 1
    assert an.dump() == hoa.dump()
    # the record deleted is in the history of both, with the value it held
    [kept] = an.repos.indicators.list_entries(enterprise.id)
    assert kept.value == 2.0


def test_an_edit_to_the_record_deleted_as_a_duplicate_reaches_the_inbox(laptops):
    hoa, an, enterprise = _shared(laptops)
    low, high = sorted((uuid.uuid4(), uuid.uuid4()), key=str)
    _answer(hoa, enterprise.id, True, "", low)
    _answer(an, enterprise.id, True, "", high)
    an.send_to(hoa, enterprise.id)  # Hoa keeps her record (smaller id), An's is deleted there
    assert hoa.inbox.count() == 0
    _answer(an, enterprise.id, True, "Only in the workshop", high)  # An has not met Hoa's yet

    hoa_summary = an.send_to(hoa, enterprise.id)

    assert hoa_summary.conflicts == 1
    [conflict] = hoa.inbox.conflicts(enterprise.id)
    assert (conflict.kind, conflict.key, conflict.record_id) == ("duplicate", "note", low)
    assert (conflict.mine, conflict.theirs) == ("", "Only in the workshop")
    assert conflict.key != EXISTS  # never a restore of the deleted record: keys collide
    hoa.inbox.resolve(conflict.id, Resolution.THEIRS, "Take An's note")
    for _ in range(2):
        hoa.send_to(an, enterprise.id)
        an.send_to(hoa, enterprise.id)
        for laptop in (hoa, an):
            for item in laptop.inbox.conflicts(enterprise.id):
                laptop.inbox.resolve(item.id, Resolution.THEIRS, "Decide")
    assert _answers(hoa, enterprise.id) == [("ppe_policy", True, "Only in the workshop")]
    assert an.dump() == hoa.dump()
