"""EIT members, meetings, suggestions, improvement projects and visit review items.

The five record types map field by field to their tables; the conversions (enums, id lists,
money as decimal text) follow each dataclass's type hints, so a new field needs a column and
nothing else here.
"""

import dataclasses
import enum
import functools
import typing
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..domain.errors import NotFoundError
from ..domain.improvement import ImprovementProject, ReviewItem
from ..domain.ports import ImprovementRecord, RecordT
from ..domain.team import EitMeeting, EitMember, Suggestion
from .repository_base import SqlRepository, delete_records, user_errors
from .schema import (
    EitMeetingRow,
    EitMemberRow,
    ImprovementProjectRow,
    ReviewItemRow,
    SuggestionRow,
    TimestampedRow,
    VisitRow,
)

# keyed by the record classes of ImprovementRecord
TABLES: dict[type, tuple[type[TimestampedRow], str]] = {
    EitMember: (EitMemberRow, "EIT member"),
    EitMeeting: (EitMeetingRow, "EIT meeting"),
    Suggestion: (SuggestionRow, "suggestion"),
    ImprovementProject: (ImprovementProjectRow, "improvement project"),
    ReviewItem: (ReviewItemRow, "review item"),
}


def _base_type(hint: object) -> object:
    """`X | None` → X; other hints unchanged."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if typing.get_origin(hint) in (typing.Union, type(int | None)) else hint


@functools.cache
def _fields(cls: type[ImprovementRecord]) -> tuple[tuple[str, object], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _base_type(hints[f.name])) for f in dataclasses.fields(cls))


def _to_column(value: Any, kind: object) -> object:
    if value is None:
        return None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return value.value
    if kind is Decimal:
        return str(value)
    if typing.get_origin(kind) is tuple:
        return [str(v) for v in value]
    return value


def _from_column(value: Any, kind: object) -> Any:
    if value is None:
        return None
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is Decimal:
        return Decimal(value)
    if typing.get_origin(kind) is tuple:
        return tuple(uuid.UUID(v) for v in value)
    return value


def _write(row: TimestampedRow, record: ImprovementRecord) -> None:
    # classes are hashable, but mypy does not see a union of them (or type[RecordT]) so
    for name, kind in _fields(type(record)):  # type: ignore[arg-type]
        setattr(row, name, _to_column(getattr(record, name), kind))


def _read(cls: type[RecordT], row: TimestampedRow) -> RecordT:
    # classes are hashable: see _write
    return cls(**{name: _from_column(getattr(row, name), kind) for name, kind in _fields(cls)})  # type: ignore[arg-type]


class SqlImprovementRepository(SqlRepository):
    @user_errors
    def list_records(
        self, cls: type[RecordT], enterprise_id: uuid.UUID | None = None
    ) -> list[RecordT]:
        """Every record of the type, or one enterprise's (a review item's through its visit)."""
        row_class, _what = TABLES[cls]
        query = select(row_class).order_by(row_class.created_at)
        if enterprise_id is not None:
            if row_class is ReviewItemRow:
                visits = select(VisitRow.id).where(VisitRow.enterprise_id == enterprise_id)
                query = query.where(ReviewItemRow.visit_id.in_(visits))
            else:
                # every other record type has the column (mypy sees the base class)
                query = query.where(row_class.enterprise_id == enterprise_id)  # type: ignore[attr-defined]
        with self._transaction() as session:
            return [_read(cls, row) for row in session.scalars(query)]

    @user_errors
    def add_records(self, records: Sequence[ImprovementRecord]) -> None:
        with self._transaction() as session:
            for record in records:
                row_class, _what = TABLES[type(record)]
                row = row_class()
                _write(row, record)
                session.add(row)

    @user_errors
    def update_records(self, records: Sequence[ImprovementRecord]) -> None:
        with self._transaction() as session:
            for record in records:
                row_class, what = TABLES[type(record)]
                row = session.get(row_class, record.id)
                if row is None:
                    raise NotFoundError(f"No {what} with id {record.id}.")
                _write(row, record)

    @user_errors
    def delete_records(self, cls: type[ImprovementRecord], ids: list[uuid.UUID]) -> None:
        row_class, what = TABLES[cls]
        with self._transaction() as session:
            delete_records(session, row_class, ids, what)
