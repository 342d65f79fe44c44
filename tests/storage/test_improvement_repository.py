"""EIT and EIP records round-trip through a real SQLite workspace, field for field."""

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from score_desktop.domain.errors import NotFoundError
from score_desktop.domain.hazard import ControlLevel
from score_desktop.domain.improvement import (
    ImprovementProject,
    ProjectSource,
    ProjectStatus,
    ReviewItem,
    ReviewKind,
    ReviewOutcome,
)
from score_desktop.domain.team import (
    EitMeeting,
    EitMember,
    EitRole,
    Sex,
    Suggestion,
    SuggestionStatus,
)
from score_desktop.storage.improvement_repository import SqlImprovementRepository
from tests.builders import make_enterprise, make_visit


@pytest.fixture
def store(workspace):
    return SqlImprovementRepository(workspace)


@pytest.fixture
def enterprise(repository):
    e = make_enterprise()
    repository.add_enterprise(e)
    return e


def test_every_record_type_round_trips(store, repository, enterprise):
    visit = make_visit(enterprise)
    repository.add_visit(visit)
    member = EitMember(
        enterprise.id,
        "Nguyễn Thị Mai <QA> & 🙂",
        Sex.FEMALE,
        EitRole.WORKER,
        position="Sewing line 3",
        elected_by_workers=True,
        joined_on=dt.date(2026, 3, 1),
    )
    project = ImprovementProject(
        enterprise.id,
        "Hoppers instead of 25 kg bags",
        problem="x" * 10_000,
        source=ProjectSource.HAZARD,
        hazard_ids=(uuid.uuid4(), uuid.uuid4()),
        module_code="OSH",
        control_level=ControlLevel.ENGINEERING,
        responsible_id=member.id,
        start_date=dt.date(2026, 3, 5),
        due_date=dt.date(2026, 4, 30),
        status=ProjectStatus.IN_PROGRESS,
        cost_estimate=Decimal("12500.50"),
        savings_expected=Decimal("4200"),
        baseline_value=3.5,
        target_value=1.0,
    )
    meeting = EitMeeting(
        enterprise.id, dt.date(2026, 3, 10), attendee_ids=(member.id,), project_ids=(project.id,)
    )
    suggestion = Suggestion(
        enterprise.id,
        dt.date(2026, 3, 8),
        "Label the cable drums by size",
        submitter_sex=Sex.MALE,
        status=SuggestionStatus.ACCEPTED,
        project_id=project.id,
    )
    review = ReviewItem(
        visit.id, ReviewKind.PROJECT, project.id, project.title, outcome=ReviewOutcome.DONE
    )
    records = [member, project, meeting, suggestion, review]
    for record in records:
        store.add_records([record])
    for record in records:
        assert store.list_records(type(record)) == [record]


def test_update_and_delete(store, enterprise):
    import dataclasses

    member = EitMember(enterprise.id, "Chen Li", Sex.MALE, EitRole.OWNER)
    store.add_records([member])
    left = dataclasses.replace(member, left_on=dt.date(2026, 9, 1))
    store.update_records([left])
    assert store.list_records(EitMember) == [left]
    store.delete_records(EitMember, [member.id])
    assert store.list_records(EitMember) == []
    with pytest.raises(NotFoundError, match="EIT member"):
        store.update_records([left])
