"""A walk-through travels with the template version it was answered against, when the
receiver lacks it; a template held here under another id for the same version is refused."""

import dataclasses
import datetime as dt
import uuid

import pytest

from score_desktop.domain.checklist import Answer
from score_desktop.domain.errors import KnownProblemError
from score_desktop.domain.walkthrough import ChecklistAnswer, Walkthrough
from tests.builders import make_enterprise, make_visit
from tests.checklist_builders import make_template


def _walked(laptops, template):
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    hoa.repos.checklists.add_template(template)
    walk = Walkthrough(
        enterprise.id,
        visit.id,
        template.id,
        template.code,
        template.version,
        started_on=dt.date(2026, 3, 4),
    )
    hoa.repos.checklists.add_records([walk])
    hoa.repos.checklists.add_records([ChecklistAnswer(walk.id, enterprise.id, "A3", Answer.NO)])
    return hoa, an, enterprise, walk


def test_a_walk_through_brings_its_template_to_a_workspace_without_it(laptops):
    template = make_template()
    hoa, an, enterprise, walk = _walked(laptops, template)
    assert an.repos.checklists.list_templates() == []
    change_set = hoa.exchange.collect(enterprise.id)
    assert [r["id"] for r in change_set.references["checklist_templates"]] == [str(template.id)]

    hoa.send_to(an, enterprise.id)  # today: refused, the template "exists nowhere"

    assert an.repos.checklists.list_templates() == [template]
    assert an.repos.checklists.list_records(Walkthrough, enterprise.id) == [walk]
    assert an.dump() == hoa.dump()


def test_a_package_without_walk_throughs_carries_no_template(laptops):
    hoa = laptops("Hoa")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.checklists.add_template(make_template())
    assert hoa.exchange.collect(enterprise.id).references["checklist_templates"] == []


def test_the_same_template_version_under_another_id_is_refused_clearly(laptops):
    template = make_template()
    hoa, an, enterprise, _walk = _walked(laptops, template)
    an.repos.checklists.add_template(dataclasses.replace(template, id=uuid.uuid4()))
    with pytest.raises(KnownProblemError, match="differs between the two workspaces"):
        hoa.send_to(an, enterprise.id)
    assert an.repos.portfolio.list_enterprises() == []
