"""Indicator entries (a million rows in a large programme office), baseline corrections and
good-practice answers."""

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from ..domain.indicators import BaselineCorrection, Entry, EntryKey, EntryKind, PracticeAnswer
from .repository_base import SqlRepository, delete_rows, user_errors
from .schema import (
    BaselineCorrectionRow,
    CatalogueItemRow,
    IndicatorEntryRow,
    PracticeAnswerRow,
)

KEY_COLUMNS = ("enterprise_id", "indicator", "kind", "month", "sex")


def _entry(row: IndicatorEntryRow) -> Entry:
    return Entry(
        row.enterprise_id,
        row.indicator,
        EntryKind(row.kind),
        row.month,
        tuple(sorted((k, float(v)) for k, v in row.inputs.items())),
        row.value,
        row.sex,
        row.id,
    )


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite keeps no time zone; times are written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _key_criteria(key: tuple[object, ...]) -> Iterator[ColumnElement[bool]]:
    return (getattr(IndicatorEntryRow, c) == v for c, v in zip(KEY_COLUMNS, key, strict=True))


def _row_key(row: IndicatorEntryRow) -> tuple[object, ...]:
    return tuple(getattr(row, c) for c in KEY_COLUMNS)


class SqlIndicatorRepository(SqlRepository):
    @user_errors
    def list_entries(self, enterprise_id: uuid.UUID) -> list[Entry]:
        query = select(IndicatorEntryRow).where(IndicatorEntryRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [_entry(row) for row in session.scalars(query)]

    @user_errors
    def replace_entries(self, remove: Sequence[EntryKey], add: Sequence[Entry]) -> None:
        """Delete the entries with these keys and write `add`, in one transaction.

        An entry written where one exists updates that row, which keeps its id: the history
        of a cell is the history of one record.
        """
        keys = [tuple(key) for key in remove] + [e.key() for e in add]
        with self._transaction() as session:
            existing: dict[tuple[object, ...], IndicatorEntryRow] = {}
            for chunk in range(0, len(keys), 200):
                part = keys[chunk : chunk + 200]
                query = select(IndicatorEntryRow).where(
                    or_(*(and_(*_key_criteria(key)) for key in part))
                )
                existing.update((_row_key(row), row) for row in session.scalars(query))
            for entry in add:
                row = existing.pop(entry.key(), None)
                if row is None:
                    row = IndicatorEntryRow(id=entry.id)
                    session.add(row)
                row.enterprise_id, row.indicator = entry.enterprise_id, entry.indicator
                row.kind, row.month, row.sex = entry.kind.value, entry.month, entry.sex
                row.inputs, row.value = dict(entry.inputs), entry.value
            for row in existing.values():
                session.delete(row)

    @user_errors
    def monthly_means(
        self,
        indicator: str,
        first: dt.date,
        last: dt.date,
        enterprise_ids: list[uuid.UUID] | None = None,
        sex: str = "all",
    ) -> dict[dt.date, tuple[float, int]]:
        """Mean value and number of enterprises per month, over a selection (None: all)."""
        row = IndicatorEntryRow
        query = (
            select(row.month, func.avg(row.value), func.count(row.value))
            .where(
                row.indicator == indicator,
                row.kind == EntryKind.MONTH.value,
                row.sex == sex,
                row.month.between(first, last),
                row.value.is_not(None),
            )
            .group_by(row.month)
            .order_by(row.month)
        )
        if enterprise_ids is not None:
            query = query.where(row.enterprise_id.in_(enterprise_ids))
        with self._transaction() as session:
            return {month: (mean, count) for month, mean, count in session.execute(query)}

    @user_errors
    def baselines(
        self, indicator: str, enterprise_ids: list[uuid.UUID] | None = None, sex: str = "all"
    ) -> dict[uuid.UUID, float | None]:
        row = IndicatorEntryRow
        query = select(row.enterprise_id, row.value).where(
            row.indicator == indicator, row.kind == EntryKind.BASELINE.value, row.sex == sex
        )
        if enterprise_ids is not None:
            query = query.where(row.enterprise_id.in_(enterprise_ids))
        with self._transaction() as session:
            return dict(iter(session.execute(query).tuples()))  # tuples(): typing only

    # Baseline corrections and good practices -----------------------------------------------

    @user_errors
    def add_correction(self, correction: BaselineCorrection) -> None:
        with self._transaction() as session:
            session.add(
                BaselineCorrectionRow(
                    id=correction.id,
                    enterprise_id=correction.enterprise_id,
                    indicator=correction.indicator,
                    sex=correction.sex,
                    old_value=correction.old_value,
                    new_value=correction.new_value,
                    reason=correction.reason,
                    corrected_at=correction.corrected_at,
                )
            )

    @user_errors
    def delete_correction(self, correction_id: uuid.UUID) -> None:
        with self._transaction() as session:
            delete_rows(session, BaselineCorrectionRow, BaselineCorrectionRow.id == correction_id)

    @user_errors
    def list_corrections(self, enterprise_id: uuid.UUID) -> list[BaselineCorrection]:
        row = BaselineCorrectionRow
        query = select(row).where(row.enterprise_id == enterprise_id).order_by(row.corrected_at)
        with self._transaction() as session:
            return [
                BaselineCorrection(
                    r.enterprise_id,
                    r.indicator,
                    r.sex,
                    r.old_value,
                    r.new_value,
                    r.reason,
                    _utc(r.corrected_at),
                    r.id,
                )
                for r in session.scalars(query)
            ]

    @user_errors
    def list_catalogue(self) -> list[tuple[str, dict[str, Any]]]:
        """Added indicators and questions as (kind, JSON payload), oldest first."""
        query = select(CatalogueItemRow).order_by(CatalogueItemRow.created_at)
        with self._transaction() as session:
            return [(row.kind, row.payload) for row in session.scalars(query)]

    @user_errors
    def add_catalogue_item(self, kind: str, code: str, payload: dict[str, Any]) -> None:
        with self._transaction() as session:
            session.add(CatalogueItemRow(id=uuid.uuid4(), kind=kind, code=code, payload=payload))

    @user_errors
    def delete_catalogue_item(self, kind: str, code: str) -> None:
        with self._transaction() as session:
            delete_rows(
                session,
                CatalogueItemRow,
                CatalogueItemRow.kind == kind,
                CatalogueItemRow.code == code,
            )

    @user_errors
    def list_answers(self, enterprise_id: uuid.UUID) -> list[PracticeAnswer]:
        query = select(PracticeAnswerRow).where(PracticeAnswerRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [
                PracticeAnswer(r.enterprise_id, r.practice, r.answer, r.note, r.id)
                for r in session.scalars(query)
            ]

    @user_errors
    def delete_answers(self, answer_ids: list[uuid.UUID]) -> None:
        with self._transaction() as session:
            delete_rows(session, PracticeAnswerRow, PracticeAnswerRow.id.in_(answer_ids))

    @user_errors
    def put_answers(self, answers: list[PracticeAnswer]) -> None:
        """Write answers by (enterprise, question): an answered question keeps its row."""
        with self._transaction() as session:
            for answer in answers:
                row = session.scalars(
                    select(PracticeAnswerRow).where(
                        PracticeAnswerRow.enterprise_id == answer.enterprise_id,
                        PracticeAnswerRow.practice == answer.practice,
                    )
                ).first()
                if row is None:
                    row = PracticeAnswerRow(
                        id=answer.id, enterprise_id=answer.enterprise_id, practice=answer.practice
                    )
                    session.add(row)
                row.answer, row.note = answer.answer, answer.note
