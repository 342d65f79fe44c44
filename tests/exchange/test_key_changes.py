"""A change of a natural-key field (a practice answered, an indicator's month) made on one
side only, onto a key another live record holds on the receiving side: the merge lands
everything else, and that one change waits in the conflict inbox naming the record that
holds the key; keys that move along a chain in one package land in any order of ids."""

from __future__ import annotations

import dataclasses
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.domain.exchange import KeyTakenError, Resolution
from score_desktop.domain.indicators import PracticeAnswer
from tests.builders import make_enterprise
from tests.exchange.test_convergence import (
    ANSWER,
    LAPTOP,
    PRACTICES,
    SEND,
    SLOW,
    UNANSWER,
    Office,
    change_ids,
)
from tests.exchange.test_convergence import template as template  # noqa: F401 (fixture)
from tests.exchange.test_inbox_key_guard import set_practice

KEYS_TO = (*PRACTICES, "first_aid")


def _shared(laptops, *practices, ids=None):
    """Hoa's answers to `practices`, received by An."""
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    ids = ids or [uuid.uuid4() for _ in practices]
    hoa.repos.indicators.put_answers(
        [PracticeAnswer(enterprise.id, p, True, "", i) for p, i in zip(practices, ids, strict=True)]
    )
    hoa.send_to(an, enterprise.id)
    return hoa, an, enterprise, ids


def _answers(laptop, enterprise_id):
    return sorted(
        (a.practice, a.answer, a.id) for a in laptop.repos.indicators.list_answers(enterprise_id)
    )


def test_a_key_changed_there_onto_one_held_here_waits_and_the_rest_lands(laptops):
    hoa, an, enterprise, [moved] = _shared(laptops, "ppe_policy")
    set_practice(hoa, moved, "first_aid")  # Hoa re-files her answer under first aid
    renamed = dataclasses.replace(enterprise, name="Hongxing Garments Ltd")
    hoa.repos.portfolio.update_enterprise(renamed)
    an.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "first_aid", False, "")])
    [holder] = [a.id for a in an.repos.indicators.list_answers(enterprise.id) if a.id != moved]
    before = _answers(an, enterprise.id)

    summary = hoa.send_to(an, enterprise.id)  # today: the database's unique key, nothing lands

    assert summary.conflicts == 1
    assert an.repos.portfolio.get_enterprise(enterprise.id).name == "Hongxing Garments Ltd"
    assert _answers(an, enterprise.id) == before  # both answers where they were
    [conflict] = an.inbox.conflicts(enterprise.id)
    assert (conflict.kind, conflict.record_id, conflict.key) == ("key_taken", moved, "practice")
    assert (conflict.mine, conflict.theirs) == ("ppe_policy", "first_aid")
    assert conflict.holder_id == holder  # the record holding the key, named
    hoa.send_to(an, enterprise.id)  # sent again: the same one conflict, nothing else
    assert [c.id for c in an.inbox.conflicts(enterprise.id)] == [conflict.id]
    assert _answers(an, enterprise.id) == before

    with pytest.raises(KeyTakenError) as refused:
        an.inbox.resolve(conflict.id, Resolution.THEIRS, "Keep theirs")
    assert refused.value.holder_id == holder
    an.repos.indicators.delete_answers([holder])  # the key freed: theirs goes through
    an.inbox.resolve(conflict.id, Resolution.THEIRS, "Keep theirs")
    assert [(p, i) for p, _a, i in _answers(an, enterprise.id)] == [("first_aid", moved)]
    an.send_to(hoa, enterprise.id)
    hoa.send_to(an, enterprise.id)
    assert an.inbox.count() == hoa.inbox.count() == 0
    assert an.dump() == hoa.dump()


def test_keeping_mine_settles_it_on_both_sides(laptops):
    hoa, an, enterprise, [moved] = _shared(laptops, "ppe_policy")
    set_practice(hoa, moved, "first_aid")
    an.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "first_aid", False, "")])
    hoa.send_to(an, enterprise.id)
    [conflict] = an.inbox.conflicts(enterprise.id)

    an.inbox.resolve(conflict.id, Resolution.MINE, "Keep mine")

    an.send_to(hoa, enterprise.id)  # An's decision and answer reach Hoa, who takes both
    assert [p for p, _a, _i in _answers(hoa, enterprise.id)] == ["first_aid", "ppe_policy"]
    hoa.send_to(an, enterprise.id)
    assert an.inbox.count() == hoa.inbox.count() == 0
    assert an.dump() == hoa.dump()


@pytest.mark.parametrize("first", ["moved first", "holder first"])
def test_keys_moving_along_a_chain_in_one_package_land_whatever_the_ids(laptops, first):
    low, high = sorted((uuid.uuid4(), uuid.uuid4()), key=str)
    ids = [low, high] if first == "moved first" else [high, low]
    hoa, an, enterprise, [ppe, drills] = _shared(laptops, "ppe_policy", "fire_drills", ids=ids)
    set_practice(hoa, drills, "first_aid")  # the holder moves away first, on Hoa's side
    set_practice(hoa, ppe, "fire_drills")

    summary = hoa.send_to(an, enterprise.id)

    assert summary.conflicts == 0 and an.inbox.count() == 0
    assert [(p, i) for p, _a, i in _answers(an, enterprise.id)] == [
        ("fire_drills", ppe),
        ("first_aid", drills),
    ]
    assert an.dump() == hoa.dump()


def test_a_swap_of_keys_waits_whole_and_loses_nothing(laptops):
    hoa, an, enterprise, [ppe, drills] = _shared(laptops, "ppe_policy", "fire_drills")
    set_practice(hoa, ppe, "first_aid")  # a swap through a free key, on Hoa's side
    set_practice(hoa, drills, "ppe_policy")
    set_practice(hoa, ppe, "fire_drills")
    before = _answers(an, enterprise.id)

    summary = hoa.send_to(an, enterprise.id)

    assert summary.conflicts == 2
    assert _answers(an, enterprise.id) == before
    conflicts = {c.record_id: (c.kind, c.theirs, c.holder_id) for c in an.inbox.conflicts()}
    assert conflicts == {
        ppe: ("key_taken", "fire_drills", drills),
        drills: ("key_taken", "ppe_policy", ppe),
    }


REKEY = st.tuples(st.just("rekey"), LAPTOP, st.sampled_from(PRACTICES), st.sampled_from(KEYS_TO))
KEY_STEPS = st.lists(st.one_of(ANSWER, ANSWER, UNANSWER, REKEY, REKEY, SEND, SEND), max_size=20)


class Rekeying(Office):
    """The convergence test's laptops, whose answers also move to another practice."""

    def run(self, step):
        if step[0] != "rekey":
            return super().run(step)
        laptop = self.laptops[step[1] % len(self.laptops)]
        held = {a.practice: a.id for a in laptop.repos.indicators.list_answers(self.enterprise.id)}
        if step[2] in held and step[3] not in held:  # what the app lets one workspace do
            set_practice(laptop, held[step[2]], step[3])

    def decide(self, laptop, conflict):
        try:
            super().decide(laptop, conflict)
        except KeyTakenError:  # refused, naming the holder: the other choice
            laptop.inbox.resolve(conflict.id, Resolution.MINE, "Decide")


@SLOW
@given(steps=KEY_STEPS)
def test_answers_moving_between_practices_merge_converge_and_lose_nothing(
    template, tmp_path_factory, steps
):
    office = Rekeying(template, tmp_path_factory.mktemp("office"), 3)
    try:
        for step in steps:
            office.run(step)  # every exchange lands: never the database's unique key
        made = set().union(*(change_ids(lt, office.enterprise.id) for lt in office.laptops))
        office.settle()
        dumps = [laptop.dump() for laptop in office.laptops]
        assert dumps[1] == dumps[0] and dumps[2] == dumps[0]
        for laptop in office.laptops:
            assert made <= change_ids(laptop, office.enterprise.id)
    finally:
        office.close()
