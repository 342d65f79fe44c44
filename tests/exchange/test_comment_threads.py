"""Comment threads written on two laptops travel in packages and merge as a union."""

import datetime as dt

from score_desktop.domain.comments import SubjectKind, new_comment, thread
from score_desktop.domain.history import Person, Role
from tests.builders import make_enterprise, make_visit


def _comment(author: Person, enterprise, visit, text: str, minute: int):
    at = dt.datetime(2026, 3, 5, 9, minute, tzinfo=dt.UTC)
    return new_comment(author, enterprise.id, SubjectKind.VISIT, visit.id, text, now=at)


def test_two_threads_written_on_two_laptops_merge_as_a_union(laptops):
    hoa, lan = laptops("Hoa"), laptops("Lan", Role.MANAGER)
    enterprise, visit = make_enterprise(), None
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    hoa.send_to(lan, enterprise.id)
    consultant, manager = Person("Hoa"), Person("Lan", Role.MANAGER)
    first = _comment(consultant, enterprise, visit, "Exit B was blocked again.", 1)
    second = _comment(consultant, enterprise, visit, "Photo taken at 9:00.", 3)
    reply = _comment(manager, enterprise, visit, "We moved the pallets on Monday.", 2)
    hoa.repos.comments.add_comments([first])
    hoa.repos.comments.add_comments([second])
    lan.repos.comments.add_comments([reply])

    assert hoa.send_to(lan, enterprise.id).conflicts == 0
    assert lan.send_to(hoa, enterprise.id).conflicts == 0

    for laptop in (hoa, lan):
        merged = thread(laptop.repos.comments.list_comments(enterprise.id))
        assert merged == [first, reply, second]
        assert [(c.author_name, c.author_role) for c in merged] == [
            ("Hoa", Role.CONSULTANT),
            ("Lan", Role.MANAGER),
            ("Hoa", Role.CONSULTANT),
        ]
    assert hoa.dump() == lan.dump()
    # what arrived is unread where it arrived; what one wrote is read
    assert hoa.repos.comments.read_ids(enterprise.id) == {first.id, second.id}
    assert lan.repos.comments.read_ids(enterprise.id) == {reply.id}
    # and it is in the history of the comment, with its author, on both sides
    for laptop in (hoa, lan):
        history = laptop.repos.history.record_history(reply.id)
        assert [c.author_name for c in history] == ["Lan"]
    # sending again changes nothing
    assert not hoa.send_to(lan, enterprise.id).changed_anything
