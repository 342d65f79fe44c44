"""SQL implementation of the PortfolioRepository port: one short transaction per call."""

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.catalogues import ScoreModule
from ..domain.codes import unique_code
from ..domain.enterprise import Enterprise
from ..domain.errors import NotFoundError
from ..domain.visit import Visit
from .checklist_schema import ChecklistAnswerRow, WalkthroughRow
from .mapping import (
    copy_enterprise_to_row,
    copy_visit_to_row,
    enterprise_from_row,
    module_from_row,
    visit_from_row,
)
from .repository_base import SqlRepository, delete_rows, user_errors
from .schema import (
    BaselineCorrectionRow,
    EitMeetingRow,
    EitMemberRow,
    EnterpriseRow,
    FloorPlanRow,
    HazardRow,
    ImprovementProjectRow,
    IndicatorEntryRow,
    PhotoRow,
    PlanItemRow,
    PracticeAnswerRow,
    ReviewItemRow,
    ScoreModuleRow,
    SuggestionRow,
    VisitRow,
)

# what an enterprise holds, deleted leaves first (photos before the hazards they show…)
ENTERPRISE_CHILDREN = (
    PhotoRow,
    ImprovementProjectRow,
    SuggestionRow,
    EitMeetingRow,
    EitMemberRow,
    HazardRow,
    IndicatorEntryRow,
    BaselineCorrectionRow,
    PracticeAnswerRow,
    ChecklistAnswerRow,
    WalkthroughRow,
    VisitRow,
)


class SqlPortfolioRepository(SqlRepository):
    """Enterprises, visits and the module catalogue in the workspace database."""

    # Enterprises ---------------------------------------------------------------------------

    @user_errors
    def list_enterprises(self) -> list[Enterprise]:
        query = select(*EnterpriseRow.__table__.columns).order_by(func.lower(EnterpriseRow.name))
        with self._transaction() as session:  # rows, not ORM objects: a third of the time
            return [enterprise_from_row(row) for row in session.execute(query)]

    @user_errors
    def get_enterprise(self, enterprise_id: uuid.UUID) -> Enterprise:
        with self._transaction() as session:
            return enterprise_from_row(self._enterprise_row(session, enterprise_id))

    @user_errors
    def add_enterprise(self, enterprise: Enterprise) -> None:
        enterprise.validate()
        with self._transaction() as session:
            row = EnterpriseRow(id=enterprise.id)
            copy_enterprise_to_row(enterprise, row)
            session.add(row)

    @user_errors
    def update_enterprise(self, enterprise: Enterprise) -> None:
        enterprise.validate()
        with self._transaction() as session:
            copy_enterprise_to_row(enterprise, self._enterprise_row(session, enterprise.id))

    @user_errors
    def delete_enterprise(self, enterprise_id: uuid.UUID) -> None:
        with self._transaction() as session:
            row = self._enterprise_row(session, enterprise_id)
            # children the database would delete by cascade, deleted here so each is logged
            visit_ids = session.scalars(
                select(VisitRow.id).where(VisitRow.enterprise_id == enterprise_id)
            ).all()
            for start in range(0, len(visit_ids), 500):
                part = visit_ids[start : start + 500]
                delete_rows(session, ReviewItemRow, ReviewItemRow.visit_id.in_(part))
            for row_class in ENTERPRISE_CHILDREN:
                delete_rows(session, row_class, row_class.enterprise_id == enterprise_id)
                if row_class is HazardRow:
                    plans = select(FloorPlanRow.id).where(
                        FloorPlanRow.enterprise_id == enterprise_id
                    )
                    delete_rows(session, PlanItemRow, PlanItemRow.plan_id.in_(plans))
                    delete_rows(session, FloorPlanRow, FloorPlanRow.enterprise_id == enterprise_id)
            session.delete(row)

    # Visits --------------------------------------------------------------------------------

    @user_errors
    def list_visits(self, enterprise_id: uuid.UUID | None = None) -> list[Visit]:
        query = select(*VisitRow.__table__.columns).order_by(VisitRow.date, VisitRow.created_at)
        if enterprise_id is not None:
            query = query.where(VisitRow.enterprise_id == enterprise_id)
        with self._transaction() as session:  # rows read by column name, not ORM objects
            return [visit_from_row(row) for row in session.execute(query)]

    @user_errors
    def get_visit(self, visit_id: uuid.UUID) -> Visit:
        with self._transaction() as session:
            return visit_from_row(self._visit_row(session, visit_id))

    @user_errors
    def add_visit(self, visit: Visit) -> None:
        visit.validate()
        with self._transaction() as session:
            self._enterprise_row(session, visit.enterprise_id)
            self._require_module(session, visit.module_code)
            row = VisitRow(id=visit.id)
            copy_visit_to_row(visit, row)
            session.add(row)

    @user_errors
    def update_visit(self, visit: Visit) -> None:
        visit.validate()
        with self._transaction() as session:
            self._require_module(session, visit.module_code)
            copy_visit_to_row(visit, self._visit_row(session, visit.id))

    @user_errors
    def delete_visit(self, visit_id: uuid.UUID) -> None:
        with self._transaction() as session:
            delete_rows(session, ReviewItemRow, ReviewItemRow.visit_id == visit_id)
            walks = select(WalkthroughRow.id).where(WalkthroughRow.visit_id == visit_id)
            delete_rows(session, ChecklistAnswerRow, ChecklistAnswerRow.walkthrough_id.in_(walks))
            delete_rows(session, WalkthroughRow, WalkthroughRow.visit_id == visit_id)
            session.delete(self._visit_row(session, visit_id))

    @user_errors
    def last_visit_dates(self) -> dict[uuid.UUID, dt.date]:
        query = select(VisitRow.enterprise_id, func.max(VisitRow.date)).group_by(
            VisitRow.enterprise_id
        )
        with self._transaction() as session:
            return {eid: day for eid, day in session.execute(query)}

    @user_errors
    def enterprises_visited_for(self, module_code: str) -> set[uuid.UUID]:
        query = select(VisitRow.enterprise_id).where(VisitRow.module_code == module_code)
        with self._transaction() as session:
            return set(session.scalars(query.distinct()))

    # Module catalogue ----------------------------------------------------------------------

    @user_errors
    def list_modules(self) -> list[ScoreModule]:
        query = select(ScoreModuleRow).order_by(ScoreModuleRow.sort_order, ScoreModuleRow.title)
        with self._transaction() as session:
            return [module_from_row(row) for row in session.scalars(query)]

    @user_errors
    def ensure_module(self, title: str) -> ScoreModule:
        """The module with this title or code, added to the catalogue if new."""
        title = " ".join(title.split())
        if not title:
            raise NotFoundError("A module needs a name.")
        with self._transaction() as session:
            for row in session.scalars(select(ScoreModuleRow)):
                if title.casefold() in (row.title.casefold(), row.code.casefold()):
                    return module_from_row(row)
            taken = set(session.scalars(select(ScoreModuleRow.code)))
            code = unique_code(title, taken, fallback="MODULE", upper=True)
            last = session.scalar(select(func.max(ScoreModuleRow.sort_order))) or 0
            row = ScoreModuleRow(id=uuid.uuid4(), code=code, title=title, sort_order=last + 10)
            session.add(row)
            return module_from_row(row)

    # Helpers -------------------------------------------------------------------------------

    @staticmethod
    def _enterprise_row(session: Session, enterprise_id: uuid.UUID) -> EnterpriseRow:
        row = session.get(EnterpriseRow, enterprise_id)
        if row is None:
            raise NotFoundError(f"No enterprise with id {enterprise_id}.")
        return row

    @staticmethod
    def _visit_row(session: Session, visit_id: uuid.UUID) -> VisitRow:
        row = session.get(VisitRow, visit_id)
        if row is None:
            raise NotFoundError(f"No visit with id {visit_id}.")
        return row

    @staticmethod
    def _require_module(session: Session, code: str) -> None:
        if session.scalar(select(ScoreModuleRow.id).where(ScoreModuleRow.code == code)) is None:
            raise NotFoundError(f"“{code}” is not a module of the catalogue.")
