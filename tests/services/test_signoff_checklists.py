"""A signed visit report shows the visit's walk-throughs: an answer changed, added or undone
after the sign-off supersedes it; an answer of another visit's walk-through does not."""

import dataclasses

import pytest

from score_desktop.domain.checklist import Answer
from score_desktop.domain.history import Role
from score_desktop.domain.walkthrough import ChecklistAnswer, Walkthrough
from score_desktop.services.demo import seed_demo
from score_desktop.services.signoff import signature_now
from score_desktop.storage.repositories import sql_repositories
from tests.checklist_builders import make_template
from tests.services.test_signoff import _enterprise_and_visit, sign_visit


@pytest.fixture
def repos(workspace):
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    return repositories


def walk_on(repos, visit, *answers):
    template = make_template()
    repos.checklists.add_template(template)
    walk = Walkthrough(visit.enterprise_id, visit.id, template.id, template.code, 1)
    given = [ChecklistAnswer(walk.id, visit.enterprise_id, k, v) for k, v in answers]
    repos.checklists.add_records([walk, *given])
    return walk, given


def test_an_answer_changed_after_sign_off_supersedes_the_visits_report(repos):
    enterprise, visit = _enterprise_and_visit(repos)
    other = next(v for v in repos.portfolio.list_visits(enterprise.id) if v.id != visit.id)
    _walk, (mine,) = walk_on(repos, visit, ("A1", Answer.NO))
    _other_walk, (theirs,) = walk_on(repos, other, ("A1", Answer.NO))
    stored, _ = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    repos.checklists.update_records([dataclasses.replace(theirs, answer=Answer.YES)])
    assert not repos.signoffs.get_signed_report(stored.id).superseded
    repos.checklists.update_records([dataclasses.replace(mine, answer=Answer.YES)])
    assert repos.signoffs.get_signed_report(stored.id).superseded_by.record_id == mine.id


def test_an_answer_added_or_undone_after_sign_off_supersedes_it(repos):
    _enterprise, visit = _enterprise_and_visit(repos)
    walk, (held,) = walk_on(repos, visit, ("A1", Answer.NO))
    stored, _ = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    repos.checklists.delete_records(ChecklistAnswer, [held.id])  # an answer undone
    assert repos.signoffs.get_signed_report(stored.id).superseded_by.record_id == held.id
    fresh, _ = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    added = ChecklistAnswer(walk.id, visit.enterprise_id, "A3", Answer.YES)
    repos.checklists.add_records([added])
    assert repos.signoffs.get_signed_report(fresh.id).superseded_by.record_id == added.id
