"""The facts the programme overview is computed from, read in four queries whatever the
number of enterprises (domain/programme.py says how they are grouped).

On the office server a login reads only the enterprises it is assigned to: row-level
security filters these queries as it filters every other."""

import uuid
from collections import defaultdict
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from ..domain.hazard import HazardStatus
from ..domain.improvement import ProjectStatus
from ..domain.programme import EnterpriseFacts, HazardFacts, ProgrammeFacts, ProjectFacts
from .hazard_repository import ratings_of
from .repository_base import SqlRepository, user_errors
from .schema import EnterpriseRow, HazardRow, ImprovementProjectRow, VisitRow


class SqlProgramme(SqlRepository):
    @user_errors
    def facts(self) -> ProgrammeFacts:
        with self._transaction() as session:
            visits = session.execute(
                select(
                    VisitRow.enterprise_id, VisitRow.id, VisitRow.module_code, VisitRow.consultant
                ).order_by(VisitRow.date, VisitRow.created_at)
            ).all()
            enterprises = session.execute(
                select(
                    EnterpriseRow.id,
                    EnterpriseRow.name,
                    EnterpriseRow.country,
                    EnterpriseRow.sector,
                    EnterpriseRow.currency,
                    EnterpriseRow.risk_method,
                )
            ).all()
            hazards = session.execute(
                select(
                    HazardRow.enterprise_id,
                    HazardRow.category_code,
                    HazardRow.status,
                    HazardRow.initial,
                    HazardRow.residual,
                    HazardRow.visit_id,
                )
            ).all()
            projects = session.execute(
                select(
                    ImprovementProjectRow.enterprise_id,
                    ImprovementProjectRow.module_code,
                    ImprovementProjectRow.status,
                    ImprovementProjectRow.savings_actual,
                    ImprovementProjectRow.savings_expected,
                )
            ).all()
        module_of_visit: dict[uuid.UUID, str] = {}
        consultant: dict[uuid.UUID, str] = {}
        modules: dict[uuid.UUID, set[str]] = defaultdict(set)
        for enterprise_id, visit_id, module, named in visits:  # oldest first: the last wins
            module_of_visit[visit_id] = module
            modules[enterprise_id].add(module)
            consultant[enterprise_id] = named.strip()
        return ProgrammeFacts(
            enterprises=tuple(
                EnterpriseFacts(
                    id=e.id,
                    name=e.name,
                    country=e.country.strip(),
                    sector=e.sector.strip(),
                    currency=e.currency,
                    risk_method=e.risk_method,
                    consultant=consultant.get(e.id, ""),
                    modules=frozenset(modules.get(e.id, ())),
                )
                for e in enterprises
            ),
            hazards=tuple(
                HazardFacts(
                    enterprise_id=h.enterprise_id,
                    category_code=h.category_code,
                    status=HazardStatus(h.status),
                    initial=ratings_of(h.initial),
                    residual=ratings_of(h.residual),
                    module=module_of_visit.get(h.visit_id, "") if h.visit_id else "",
                )
                for h in hazards
            ),
            projects=tuple(
                ProjectFacts(
                    enterprise_id=p.enterprise_id,
                    module=p.module_code,
                    status=ProjectStatus(p.status),
                    savings=_decimal(p.savings_actual)
                    if p.savings_actual is not None
                    else _decimal(p.savings_expected),
                )
                for p in projects
            ),
        )


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # written by another program: counted, not summed
        return None
