"""Checklist templates, walk-throughs and their answers.

A template version is added once and never changed (adding one the workspace holds is a
no-op: shipped templates are added when first used). Walk-throughs and answers map field by
field like the EIP records (see improvement_repository's conversions).
"""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select

from ..domain.checklist import ChecklistTemplate, pick
from ..domain.checklist_codec import template_from_data, template_to_data
from ..domain.errors import NotFoundError
from ..domain.walkthrough import ChecklistAnswer, Walkthrough
from ..domain.walkthrough_review import AnswerTally
from .checklist_schema import ChecklistAnswerRow, ChecklistTemplateRow, WalkthroughRow
from .improvement_repository import _read, _write
from .repository_base import SqlRepository, delete_records, user_errors
from .schema import EnterpriseRow, VisitRow

ChecklistRecord = Walkthrough | ChecklistAnswer
TABLES: dict[type, tuple[type[WalkthroughRow] | type[ChecklistAnswerRow], str]] = {
    Walkthrough: (WalkthroughRow, "walk-through"),
    ChecklistAnswer: (ChecklistAnswerRow, "checklist answer"),
}


class SqlChecklistRepository(SqlRepository):
    @user_errors
    def list_templates(self) -> list[ChecklistTemplate]:
        query = select(ChecklistTemplateRow).order_by(
            ChecklistTemplateRow.code, ChecklistTemplateRow.version
        )
        with self._transaction() as session:
            return [_template(row.id, row.content) for row in session.scalars(query)]

    @user_errors
    def add_template(self, template: ChecklistTemplate) -> bool:
        """Store a template version; False when this version (by id, or code and version)
        is there already."""
        template.validate()
        with self._transaction() as session:
            held = session.scalar(
                select(ChecklistTemplateRow.id).where(
                    (ChecklistTemplateRow.id == template.id)
                    | (
                        (ChecklistTemplateRow.code == template.code)
                        & (ChecklistTemplateRow.version == template.version)
                    )
                )
            )
            if held is not None:
                return False
            session.add(
                ChecklistTemplateRow(
                    id=template.id,
                    code=template.code,
                    version=template.version,
                    title=pick(template.title, "en"),
                    module_code=template.module_code,
                    content=template_to_data(template),
                )
            )
            return True

    @user_errors
    def list_records(self, cls: type, enterprise_id: uuid.UUID | None = None) -> list[Any]:
        row_class, _what = TABLES[cls]
        query = select(row_class).order_by(row_class.created_at)
        if enterprise_id is not None:
            query = query.where(row_class.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [_read(cls, row) for row in session.scalars(query)]  # type: ignore[arg-type]

    @user_errors
    def add_records(self, records: Sequence[ChecklistRecord]) -> None:
        """Walk-throughs are flushed before answers: the rows have no ORM relationship, so
        the unit of work would not order a walk-through and its carried answers."""
        with self._transaction() as session:
            for cls in TABLES:
                for record in (r for r in records if type(r) is cls):
                    row_class, _what = TABLES[cls]
                    row = row_class()
                    _write(row, record)  # type: ignore[arg-type]  # any record dataclass
                    session.add(row)
                session.flush()

    @user_errors
    def update_records(self, records: Sequence[ChecklistRecord]) -> None:
        with self._transaction() as session:
            for record in records:
                row_class, what = TABLES[type(record)]
                row = session.get(row_class, record.id)
                if row is None:
                    raise NotFoundError(f"No {what} with id {record.id}.")
                _write(row, record)  # type: ignore[arg-type]  # any record dataclass

    @user_errors
    def delete_records(self, cls: type, ids: list[uuid.UUID]) -> None:
        row_class, what = TABLES[cls]
        with self._transaction() as session:
            delete_records(session, row_class, ids, what)

    @user_errors
    def answer_tallies(
        self, enterprise_ids: Sequence[uuid.UUID] | None = None
    ) -> list[AnswerTally]:
        """Answers per template code, item, sector and country, over each enterprise's latest
        walk-through of each template (by visit date): one grouped query, so a programme's
        portfolio is counted by the database, not loaded."""
        latest = select(
            WalkthroughRow.id,
            WalkthroughRow.enterprise_id,
            WalkthroughRow.template_code,
            func.row_number()
            .over(
                partition_by=(WalkthroughRow.enterprise_id, WalkthroughRow.template_code),
                order_by=(VisitRow.date.desc(), WalkthroughRow.created_at.desc()),
            )
            .label("rank"),
        ).join(VisitRow, VisitRow.id == WalkthroughRow.visit_id)
        if enterprise_ids is not None:
            latest = latest.where(WalkthroughRow.enterprise_id.in_(list(enterprise_ids)))
        walks = latest.subquery()
        answer = ChecklistAnswerRow.answer
        is_no = case((answer == "no", 1), else_=0)
        query = (
            select(
                walks.c.template_code,
                ChecklistAnswerRow.item_key,
                EnterpriseRow.sector,
                EnterpriseRow.country,
                func.sum(is_no),
                func.sum(case((answer.in_(("yes", "no")), 1), else_=0)),
                func.count(func.distinct(case((answer == "no", walks.c.enterprise_id)))),
            )
            .join(walks, walks.c.id == ChecklistAnswerRow.walkthrough_id)
            .join(EnterpriseRow, EnterpriseRow.id == walks.c.enterprise_id)
            .where(walks.c.rank == 1)
            .group_by(
                walks.c.template_code,
                ChecklistAnswerRow.item_key,
                EnterpriseRow.sector,
                EnterpriseRow.country,
            )
        )
        with self._transaction() as session:
            return [
                AnswerTally(code, key, sector, country, int(noes), int(answered), int(count))
                for code, key, sector, country, noes, answered, count in session.execute(query)
            ]


def _template(row_id: uuid.UUID, content: dict[str, Any]) -> ChecklistTemplate:
    return template_from_data({**content, "id": str(row_id)})
