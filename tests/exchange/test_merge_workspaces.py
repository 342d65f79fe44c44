"""Two real workspaces exchange one enterprise: adds, field merges, conflicts, deletions."""

import dataclasses

from score_desktop.domain.history import Role
from tests.builders import make_enterprise, make_visit


def test_an_enterprise_sent_arrives_whole_with_its_history(laptops):
    hoa, an = laptops("Hoa"), laptops("An", Role.INSPECTOR)
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(make_visit(enterprise))
    summary = hoa.send_to(an, enterprise.id)
    assert summary.added == 2 and summary.conflicts == 0
    assert an.repos.portfolio.get_enterprise(enterprise.id) == hoa.repos.portfolio.get_enterprise(
        enterprise.id
    )
    assert an.dump() == hoa.dump()
    history = an.repos.history.record_history(enterprise.id)
    assert [c.author_name for c in history] == ["Hoa"]
    again = hoa.send_to(an, enterprise.id)
    assert not again.changed_anything


def test_different_fields_changed_on_both_sides_merge_without_conflict(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="024 1234"))
    an.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, email="a@b.vn"))
    assert hoa.send_to(an, enterprise.id).conflicts == 0
    assert an.send_to(hoa, enterprise.id).conflicts == 0
    for laptop in (hoa, an):
        merged = laptop.repos.portfolio.get_enterprise(enterprise.id)
        assert (merged.phone, merged.email) == ("024 1234", "a@b.vn")
    assert an.dump() == hoa.dump()


def test_the_same_field_changed_differently_is_a_conflict_never_decided(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="111"))
    an.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="222"))
    summary = hoa.send_to(an, enterprise.id)
    assert summary.conflicts == 1
    assert an.repos.portfolio.get_enterprise(enterprise.id).phone == "222"


def test_deleted_there_and_edited_here_is_a_conflict(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.delete_visit(visit.id)
    an.repos.portfolio.update_visit(dataclasses.replace(visit, next_steps="Fix the exit"))
    summary = hoa.send_to(an, enterprise.id)
    assert summary.conflicts == 1 and summary.deleted == 0
    assert an.repos.portfolio.get_visit(visit.id).next_steps == "Fix the exit"


def test_a_deletion_of_an_unchanged_record_travels(laptops):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    hoa.send_to(an, enterprise.id)
    hoa.repos.portfolio.delete_visit(visit.id)
    assert hoa.send_to(an, enterprise.id).deleted == 1
    assert an.repos.portfolio.list_visits(enterprise.id) == []
    assert an.dump() == hoa.dump()
