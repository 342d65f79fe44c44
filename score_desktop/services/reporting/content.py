"""The reports' content, made from an enterprise's records as the read model gives them, for
the window and the command line alike (see domain/read_model.py)."""

import datetime as dt

from ...domain.enterprise import Enterprise
from ...domain.ports import Repositories
from ...domain.read_model import EnterpriseRecords, RepositoryRecords, enterprise_records
from ...domain.team import EitMeeting
from .plan_drawing import PlanContent
from .progress_report import ProgressContent
from .sections import VisitContent, indicator_lines


def visit_content(records: EnterpriseRecords, today: dt.date) -> VisitContent:
    return VisitContent(
        today=today,
        method=records.method,
        hazards=records.hazards,
        categories={c.code: c for c in records.categories},
        projects=records.projects,
        members=records.members,
        currency=records.currency,
        indicators=indicator_lines(records.indicators, records.entries),
        plans=[
            PlanContent(plan.plan, plan.items, plan.hazards, records.load_image)
            for plan in records.plans
        ],
        photos=records.photos,
        load_photo=records.load_photo,
        checklists=records.checklists,
    )


def progress_content(records: EnterpriseRecords, today: dt.date) -> ProgressContent:
    return ProgressContent(
        today=today,
        indicators=records.indicators,
        entries=records.entries,
        meetings=records.meetings,
        suggestions=records.suggestions,
        projects=records.projects,
        members=records.members,
        photos=records.photos,
        load_photo=records.load_photo,
    )


# Straight from the repositories (the command line, tests and benchmarks) --------------------


def records_from(repositories: Repositories, enterprise: Enterprise) -> EnterpriseRecords:
    return enterprise_records(RepositoryRecords(repositories), enterprise.id)


def content_from(repositories: Repositories, enterprise: Enterprise, today: dt.date):
    return visit_content(records_from(repositories, enterprise), today)


def progress_content_from(repositories: Repositories, enterprise: Enterprise, today: dt.date):
    return progress_content(records_from(repositories, enterprise), today)


def eip_meetings(repositories: Repositories, enterprise: Enterprise) -> list[EitMeeting]:
    return records_from(repositories, enterprise).meetings
