"""A signed report through the office server: current on a laptop that pulled it fresh (and
on the server), superseded everywhere by an edit of what it shows, wherever it was made.
Each log numbers its changes its own way: the laptop's own enterprise comes first in it."""

import dataclasses
import datetime as dt

import pytest

from score_desktop.domain.history import Role
from score_desktop.services.demo import seed_demo
from score_desktop.services.signoff import signature_now
from score_desktop.storage import office_server
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop
from tests.exchange.test_signed_status_travels import a_hazard_of, edit_elsewhere, status
from tests.services.test_signoff import _enterprise_and_visit, sign_eip, sign_visit

pytestmark = pytest.mark.postgresql


def test_a_report_pulled_fresh_from_the_office_reads_current_until_edited(office, tmp_path):
    lan = office.add("Lan Tran", "consultant")
    minh = office.add("Minh Vo", "inspector")
    hoa = make_laptop(tmp_path, "hoa")
    seed_demo(hoa.repos)
    enterprise, visit = _enterprise_and_visit(hoa.repos)
    office.sync(hoa, lan)
    office_server.assign(office.workspace.engine, minh, [enterprise.id])
    # the office's log numbers on with every laptop's pushes; this one's edits the reports
    # do not show
    an = make_laptop(tmp_path, "an", Role.INSPECTOR)
    office.sync(an, minh)
    edit_elsewhere(an.repos, enterprise.id, visit.id, 40)
    office.sync(an, minh)
    office.sync(hoa, lan)

    visit_report, _ = sign_visit(hoa.repos, [signature_now("Lan Tran", Role.CONSULTANT)])
    eip_report, _ = sign_eip(hoa.repos)
    reports = (visit_report.id, eip_report.id)
    office.sync(hoa, lan)
    # the consultant's second laptop, already holding an enterprise of its own, pulls it all
    fresh = make_laptop(tmp_path, "fresh")
    own = make_enterprise("Phuc Mechanical")
    fresh.repos.portfolio.add_enterprise(own)
    for day in range(1, 61):
        fresh.repos.portfolio.add_visit(make_visit(own, dt.date(2026, 3, day % 28 + 1)))
    office.sync(fresh, lan)
    assert [status(fresh, r) for r in reports] == [None, None]
    server = sql_repositories(office.workspace).signoffs
    assert [server.get_signed_report(r).superseded_by for r in reports] == [None, None]

    mine = a_hazard_of(fresh.repos, enterprise.id, visit.id)
    fresh.repos.hazards.update_hazards([dataclasses.replace(mine, title="Edited later")])
    office.sync(fresh, lan)
    office.sync(hoa, lan)
    office.sync(an, minh)
    for laptop in (hoa, an, fresh):
        assert [status(laptop, r) for r in reports] == [mine.id, None], laptop.name
    assert server.get_signed_report(visit_report.id).superseded_by.record_id == mine.id
    for laptop in (hoa, an, fresh):
        laptop.workspace.close()
