"""Each kind of conflict, settled each way, and then the two workspaces agree."""

import dataclasses

import pytest

from score_desktop.domain.exchange import Resolution
from score_desktop.domain.merge import EXISTS
from tests.builders import make_enterprise, make_visit


def _agree(hoa, an, enterprise_id):
    """Exchange both ways until nothing changes: the two hold the same records."""
    for _ in range(3):
        hoa.send_to(an, enterprise_id)
        an.send_to(hoa, enterprise_id)
    assert an.dump() == hoa.dump()
    assert hoa.inbox.count() == an.inbox.count() == 0


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (Resolution.MINE, "An's note"),
        (Resolution.THEIRS, "Hoa's note"),
        (Resolution.BOTH, "An's note\n\nHoa's note"),
    ],
)
def test_a_field_conflict_settled_in_the_inbox_travels_back(laptops, choice, expected):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, notes="Hoa's note"))
    an.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, notes="An's note"))
    hoa.send_to(an, enterprise.id)
    [conflict] = an.inbox.conflicts(enterprise.id)
    assert (conflict.key, conflict.mine, conflict.theirs) == ("notes", "An's note", "Hoa's note")
    assert (conflict.my_author, conflict.their_author) == ("An", "Hoa")
    an.inbox.resolve(conflict.id, choice, "Settle the notes")
    assert an.repos.portfolio.get_enterprise(enterprise.id).notes == expected
    # Hoa met the same conflict when An's package came; An's decision settles it there too
    an.send_to(hoa, enterprise.id)
    assert hoa.inbox.count() == 0
    assert hoa.repos.portfolio.get_enterprise(enterprise.id).notes == expected
    _agree(hoa, an, enterprise.id)


@pytest.mark.parametrize("choice", [Resolution.MINE, Resolution.THEIRS])
def test_deleted_there_edited_here_settled_either_way(laptops, choice):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.delete_visit(visit.id)
    an.repos.portfolio.update_visit(dataclasses.replace(visit, next_steps="Fix the exit"))
    hoa.send_to(an, enterprise.id)
    [conflict] = an.inbox.conflicts()
    assert (conflict.kind, conflict.key, conflict.theirs) == ("deleted_there", EXISTS, None)
    an.inbox.resolve(conflict.id, choice, "Settle the visit")
    kept = [v.id for v in an.repos.portfolio.list_visits(enterprise.id)]
    assert kept == ([visit.id] if choice is Resolution.MINE else [])
    _agree(hoa, an, enterprise.id)
    assert [v.id for v in hoa.repos.portfolio.list_visits(enterprise.id)] == kept


@pytest.mark.parametrize("choice", [Resolution.MINE, Resolution.THEIRS])
def test_deleted_here_edited_there_settled_either_way(laptops, choice):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    hoa.send_to(an, enterprise.id)
    an.repos.portfolio.delete_visit(visit.id)
    hoa.repos.portfolio.update_visit(dataclasses.replace(visit, next_steps="Fix the exit"))
    hoa.send_to(an, enterprise.id)
    [conflict] = an.inbox.conflicts()
    assert conflict.kind == "deleted_here" and conflict.mine is None
    an.inbox.resolve(conflict.id, choice, "Settle the visit")
    visits = an.repos.portfolio.list_visits(enterprise.id)
    if choice is Resolution.THEIRS:
        assert [v.next_steps for v in visits] == ["Fix the exit"]
    else:
        assert visits == []
    _agree(hoa, an, enterprise.id)


def test_a_decision_is_in_the_history_of_the_record(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="111"))
    an.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="222"))
    hoa.send_to(an, enterprise.id)
    [conflict] = an.inbox.conflicts()
    an.inbox.resolve(conflict.id, Resolution.MINE, "Keep my phone number")
    history = an.repos.history.record_history(enterprise.id)
    phone_changes = [
        (c.author_name, c.field("phone").after) for c in history if c.field("phone") is not None
    ]
    assert phone_changes[-3:] == [("An", "222"), ("Hoa", "111"), ("An", "222")]
    assert history[-1].action == "Keep my phone number"
