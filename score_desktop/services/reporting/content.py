"""The report's hazard, EIP and indicator content read straight from the repositories (the
command line has no document)."""

import datetime as dt

from ...domain.enterprise import Enterprise
from ...domain.improvement import ImprovementProject, currency_for
from ...domain.indicators import DEFAULT_INDICATORS, indicator_from_json
from ...domain.ports import Repositories
from ...domain.risk import BUILT_IN_METHODS, DEFAULT_METHOD
from ...domain.team import EitMember
from .sections import VisitContent, indicator_lines


def content_from(repositories: Repositories, enterprise: Enterprise, today: dt.date):
    profiles = {p.key: p for p in repositories.hazards.list_profiles()}
    method = profiles.get(enterprise.risk_method) or BUILT_IN_METHODS.get(
        enterprise.risk_method, DEFAULT_METHOD
    )
    improvement = repositories.improvement
    indicators = repositories.indicators
    catalogue = list(DEFAULT_INDICATORS) + [
        indicator_from_json(p) for kind, p in indicators.list_catalogue() if kind == "indicator"
    ]
    return VisitContent(
        today=today,
        method=method,
        hazards=repositories.hazards.list_hazards(enterprise.id),
        categories={c.code: c.name for c in repositories.hazards.list_categories()},
        projects=[
            p
            for p in improvement.list_records(ImprovementProject)
            if p.enterprise_id == enterprise.id
        ],
        members=[
            m for m in improvement.list_records(EitMember) if m.enterprise_id == enterprise.id
        ],
        currency=enterprise.currency or currency_for(enterprise.country),
        indicators=indicator_lines(catalogue, indicators.list_entries(enterprise.id)),
    )
