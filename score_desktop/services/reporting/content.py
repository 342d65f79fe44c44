"""What the reports show, read straight from the repositories (the command line has no
document)."""

import datetime as dt

from ...domain.enterprise import Enterprise
from ...domain.improvement import ImprovementProject, currency_for
from ...domain.indicators import DEFAULT_INDICATORS, indicator_from_json
from ...domain.ports import Repositories
from ...domain.risk import BUILT_IN_METHODS, DEFAULT_METHOD
from ...domain.team import EitMeeting, EitMember, Suggestion
from .plan_drawing import PlanContent
from .sections import VisitContent, indicator_lines


def content_from(repositories: Repositories, enterprise: Enterprise, today: dt.date):
    profiles = {p.key: p for p in repositories.hazards.list_profiles()}
    method = profiles.get(enterprise.risk_method) or BUILT_IN_METHODS.get(
        enterprise.risk_method, DEFAULT_METHOD
    )
    improvement = repositories.improvement
    hazards = repositories.hazards.list_hazards(enterprise.id)
    indicators = repositories.indicators
    catalogue = indicator_catalogue(indicators)
    return VisitContent(
        today=today,
        method=method,
        hazards=hazards,
        categories={c.code: c for c in repositories.hazards.list_categories()},
        projects=records_of(improvement, ImprovementProject, enterprise),
        members=records_of(improvement, EitMember, enterprise),
        currency=enterprise.currency or currency_for(enterprise.country),
        indicators=indicator_lines(catalogue, indicators.list_entries(enterprise.id)),
        plans=plan_contents(
            repositories.plans.list_plans(enterprise.id),
            repositories.plans.list_items,
            hazards,
            repositories.plans.load_image,
        ),
        photos=repositories.photos.list_photos(enterprise.id),
        load_photo=repositories.photos.load_blob,
    )


def plan_contents(plans, items_of, hazards, load_background) -> list[PlanContent]:
    """Each plan with its items and the hazards pinned on it, in the plans' order."""
    return [
        PlanContent(
            plan,
            items_of(plan.id),
            [h for h in hazards if h.is_pinned and h.plan_id == plan.id],
            load_background,
        )
        for plan in plans
    ]


def progress_content_from(repositories: Repositories, enterprise: Enterprise, today: dt.date):
    from .progress_report import ProgressContent

    improvement, indicators = repositories.improvement, repositories.indicators

    def mine(cls):
        return records_of(improvement, cls, enterprise)

    return ProgressContent(
        today=today,
        indicators=indicator_catalogue(indicators),
        entries=indicators.list_entries(enterprise.id),
        meetings=mine(EitMeeting),
        suggestions=mine(Suggestion),
        projects=mine(ImprovementProject),
        members=mine(EitMember),
        photos=repositories.photos.list_photos(enterprise.id),
        load_photo=repositories.photos.load_blob,
    )


def indicator_catalogue(indicators) -> list:
    """The default indicators and those a programme added to this workspace."""
    return list(DEFAULT_INDICATORS) + [
        indicator_from_json(p) for kind, p in indicators.list_catalogue() if kind == "indicator"
    ]


def eip_meetings(repositories: Repositories, enterprise: Enterprise) -> list[EitMeeting]:
    return records_of(repositories.improvement, EitMeeting, enterprise)


def records_of(improvement, cls: type, enterprise: Enterprise) -> list:
    """One enterprise's EIT/EIP records of one type."""
    return [r for r in improvement.list_records(cls) if r.enterprise_id == enterprise.id]
