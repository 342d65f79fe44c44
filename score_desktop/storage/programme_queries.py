"""The facts the programme overview is computed from, read in four queries whatever the
number of enterprises (domain/programme.py says how they are grouped).

On the office server a login reads only the enterprises it is assigned to: row-level
security filters these queries as it filters every other."""

from collections import defaultdict
from collections.abc import Hashable
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from ..domain.hazard import HazardStatus
from ..domain.improvement import ProjectStatus, figures_currency
from ..domain.programme import EnterpriseFacts, HazardFacts, ProgrammeFacts, ProjectFacts
from .hazard_repository import ratings_of
from .raw_values import Decoded, raw
from .repository_base import SqlRepository, user_errors
from .schema import EnterpriseRow, HazardRow, ImprovementProjectRow, VisitRow


class SqlProgramme(SqlRepository):
    @user_errors
    def facts(self) -> ProgrammeFacts:
        """Ids and JSON as stored (no UUID or JSON processing of 70,000 values for 1,400
        enterprises); each distinct stored rating decoded once. The ids are the keys the
        facts join on, never shown."""
        with self._transaction() as session:
            connection = session.connection()  # plain rows, not through the ORM
            visits = connection.execute(
                select(
                    raw(VisitRow.enterprise_id),
                    raw(VisitRow.id),
                    VisitRow.module_code,
                    VisitRow.consultant,
                ).order_by(VisitRow.date, VisitRow.created_at)
            ).all()
            enterprises = connection.execute(
                select(
                    raw(EnterpriseRow.id),
                    EnterpriseRow.name,
                    EnterpriseRow.country,
                    EnterpriseRow.sector,
                    EnterpriseRow.currency,
                    EnterpriseRow.risk_method,
                )
            ).all()
            hazards = connection.execute(
                select(
                    raw(HazardRow.enterprise_id),
                    HazardRow.category_code,
                    HazardRow.status,
                    raw(HazardRow.initial),
                    raw(HazardRow.residual),
                    raw(HazardRow.visit_id),
                )
            ).all()
            projects = connection.execute(
                select(
                    raw(ImprovementProjectRow.enterprise_id),
                    ImprovementProjectRow.module_code,
                    ImprovementProjectRow.status,
                    ImprovementProjectRow.savings_actual,
                    ImprovementProjectRow.savings_expected,
                )
            ).all()
        module_of_visit: dict[Hashable, str] = {}
        consultant: dict[Hashable, str] = {}
        modules: dict[Hashable, set[str]] = defaultdict(set)
        for enterprise_id, visit_id, module, named in visits:  # oldest first: the last wins
            module_of_visit[visit_id] = module
            modules[enterprise_id].add(module)
            consultant[enterprise_id] = named.strip()
        ratings = Decoded(ratings_of)
        hazard_status = {s.value: s for s in HazardStatus}
        project_status = {s.value: s for s in ProjectStatus}
        return ProgrammeFacts(
            enterprises=tuple(
                EnterpriseFacts(
                    id=eid,
                    name=name,
                    country=country.strip(),
                    sector=sector.strip(),
                    money=figures_currency(currency, country.strip()),
                    risk_method=method,
                    consultant=consultant.get(eid, ""),
                    modules=frozenset(modules.get(eid, ())),
                )
                for eid, name, country, sector, currency, method in enterprises
            ),
            hazards=tuple(
                HazardFacts(
                    enterprise_id=eid,
                    category_code=category,
                    status=hazard_status[status],
                    initial=ratings(initial),
                    residual=ratings(residual),
                    module=module_of_visit.get(visit, "") if visit is not None else "",
                )
                for eid, category, status, initial, residual, visit in hazards
            ),
            projects=tuple(
                ProjectFacts(
                    enterprise_id=eid,
                    module=module,
                    status=project_status[status],
                    savings=_decimal(actual if actual is not None else expected),
                )
                for eid, module, status, actual, expected in projects
            ),
        )


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # written by another program: counted, not summed
        return None
