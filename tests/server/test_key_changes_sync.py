"""A key field changed on one laptop onto a key another laptop's record already holds on
the office server: the push lands everything else, the key change waits in the office's
inbox naming the holder, and the laptops settle it through their own inboxes."""

import dataclasses
import uuid

import pytest

from score_desktop.domain.indicators import PracticeAnswer
from score_desktop.storage.conflict_inbox import SqlConflictInbox
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop
from tests.exchange.test_convergence import consistent_choice
from tests.exchange.test_inbox_key_guard import set_practice

pytestmark = pytest.mark.postgresql


@pytest.mark.parametrize("moved_id", ["smaller", "larger"])  # which one a laptop keeps
def test_a_key_moved_onto_one_the_office_holds_waits_and_the_push_lands(office, tmp_path, moved_id):
    low, high = sorted((uuid.uuid4(), uuid.uuid4()), key=str)
    moved, holder = (low, high) if moved_id == "smaller" else (high, low)
    login = office.add("Lan Tran", "consultant")
    first, second = make_laptop(tmp_path, "first"), make_laptop(tmp_path, "second")
    enterprise = make_enterprise("Hongxing Garments")
    first.repos.portfolio.add_enterprise(enterprise)
    first.repos.indicators.put_answers(
        [PracticeAnswer(enterprise.id, "ppe_policy", True, "", moved)]
    )
    office.sync(first, login)
    office.sync(second, login)
    second.repos.indicators.put_answers(
        [PracticeAnswer(enterprise.id, "first_aid", False, "", holder)]
    )
    office.sync(second, login)
    set_practice(first, moved, "first_aid")
    first.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, name="Hongxing Ltd"))

    office.sync(first, login)  # today: the office's unique key refuses the whole push

    office_inbox = SqlConflictInbox(office.workspace)
    [conflict] = office_inbox.conflicts(enterprise.id)
    assert (conflict.kind, conflict.record_id, conflict.key) == ("key_taken", moved, "practice")
    assert conflict.holder_id == holder
    on_office = sql_repositories(office.workspace)
    assert on_office.portfolio.get_enterprise(enterprise.id).name == "Hongxing Ltd"
    assert sorted(a.practice for a in on_office.indicators.list_answers(enterprise.id)) == [
        "first_aid",
        "ppe_policy",
    ]

    # the laptops decide in their own inboxes; the office follows
    for _round in range(4):
        for laptop in (first, second):
            for item in laptop.inbox.conflicts():
                laptop.inbox.resolve(item.id, consistent_choice(item), "Decide")
            office.sync(laptop, login)
    assert first.inbox.count() == second.inbox.count() == 0
    assert first.dump() == second.dump()
    assert office_inbox.count() == 0
