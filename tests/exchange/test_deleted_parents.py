"""A record that arrives for a parent deleted here (a visit added there to an enterprise
deleted here) waits in the inbox, whole; keeping it is refused while the parent is deleted,
and goes through once the parent is restored. Nothing fails on the foreign key."""

import pytest

from score_desktop.domain.errors import NotFoundError
from score_desktop.domain.exchange import Resolution
from tests.builders import make_enterprise, make_visit
from tests.exchange.test_hostile_packages import fingerprint


def test_a_visit_added_to_an_enterprise_deleted_here_waits_and_loses_nothing(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(make_visit(enterprise, objectives="intake"))
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.delete_enterprise(enterprise.id)
    added = make_visit(enterprise, objectives="Added by An")
    an.repos.portfolio.add_visit(added)

    summary = an.send_to(hoa, enterprise.id)  # today: the foreign key refuses it all

    assert summary.conflicts == 1 and summary.added == 0
    assert hoa.repos.portfolio.list_enterprises() == []
    [conflict] = hoa.inbox.conflicts(enterprise.id)
    assert (conflict.record_kind, conflict.record_id) == ("visits", added.id)
    assert (conflict.kind, conflict.mine) == ("deleted_here", None)
    assert conflict.theirs["objectives"] == "Added by An"
    before = fingerprint(hoa)
    with pytest.raises(NotFoundError, match="enterprises.*deleted here"):
        hoa.inbox.resolve(conflict.id, Resolution.THEIRS, "Keep An's visit")
    assert fingerprint(hoa) == before  # refused, nothing written

    hoa.repos.history.restore(enterprise.id, "Restore the enterprise")
    hoa.inbox.resolve(conflict.id, Resolution.THEIRS, "Keep An's visit")

    assert sorted(v.objectives for v in hoa.repos.portfolio.list_visits(enterprise.id)) == [
        "Added by An",
        "intake",
    ]
    hoa.send_to(an, enterprise.id)
    an.send_to(hoa, enterprise.id)
    assert hoa.inbox.count() == an.inbox.count() == 0
    assert hoa.dump() == an.dump()
