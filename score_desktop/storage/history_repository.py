"""People, the change log as history and timeline, and restoring deleted records from it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Container, Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any, TypeVar, cast

from sqlalchemy import Row, Select, Uuid, func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError
from ..domain.history import Change, FieldChange, Operation, Person, Role, TimelineFilter
from .history_recorder import PARENT_OF, from_json, row_class_of
from .repository_base import SqlRepository, add_unless_hidden, user_errors
from .schema import Base, ChangeLogRow, PersonRow

PAGE = 200
EVERYTHING = TimelineFilter()

ColumnsT = TypeVar("ColumnsT", bound=tuple[Any, ...])


class SqlHistoryRepository(SqlRepository):
    """Who is writing, and what the change log says about records and enterprises."""

    # People ------------------------------------------------------------------------------

    @user_errors
    def set_author(self, person: Person) -> None:
        """Make `person` the author of every later write (recorded in `people` if new or
        changed)."""
        person.validate()
        self.workspace.history.author_id = person.id
        with self._transaction() as session:
            row = session.get(PersonRow, person.id)
            if row is None:
                row = PersonRow(id=person.id, name=person.name, role=person.role.value)
                row.organisation = person.organisation
                add_unless_hidden(session, row)
            else:
                row.name, row.role = person.name, person.role.value
                row.organisation = person.organisation

    def author_id(self) -> uuid.UUID | None:
        return self.workspace.history.author_id

    @user_errors
    def list_people(self) -> list[Person]:
        with self._transaction() as session:
            rows = session.scalars(select(PersonRow).order_by(func.lower(PersonRow.name)))
            return [_person(row) for row in rows]

    @contextmanager
    def acting(self, text: str) -> Iterator[None]:
        """Every write inside the block belongs to one user action called `text`."""
        with self.workspace.history.action(text):
            yield

    # Reading -----------------------------------------------------------------------------

    @user_errors
    def record_history(self, record_id: uuid.UUID) -> list[Change]:
        """Every change of one record, oldest first."""
        query = _changes().where(ChangeLogRow.record_id == record_id)
        with self._transaction() as session:
            return [_change(row) for row in session.execute(query.order_by(ChangeLogRow.sequence))]

    @user_errors
    def timeline(
        self,
        enterprise_id: uuid.UUID,
        which: TimelineFilter = EVERYTHING,
        before_sequence: int | None = None,
        limit: int = PAGE,
    ) -> list[Change]:
        """One page of an enterprise's changes, newest first; the next page starts before the
        last one's sequence."""
        query = _filtered(_changes(), enterprise_id, which)
        if before_sequence is not None:
            query = query.where(ChangeLogRow.sequence < before_sequence)
        query = query.order_by(ChangeLogRow.sequence.desc()).limit(limit)
        with self._transaction() as session:
            return [_change(row) for row in session.execute(query)]

    @user_errors
    def count_timeline(self, enterprise_id: uuid.UUID, which: TimelineFilter = EVERYTHING) -> int:
        query = _filtered(select(func.count()).select_from(ChangeLogRow), enterprise_id, which)
        with self._transaction() as session:
            return session.scalar(query) or 0

    @user_errors
    def timeline_authors(self, enterprise_id: uuid.UUID) -> list[Person]:
        """The people who changed anything of this enterprise."""
        authors = select(ChangeLogRow.author_id).where(ChangeLogRow.enterprise_id == enterprise_id)
        query = select(PersonRow).where(PersonRow.id.in_(authors.distinct()))
        with self._transaction() as session:
            return [_person(row) for row in session.scalars(query.order_by(PersonRow.name))]

    @user_errors
    def deleted_records(self, enterprise_id: uuid.UUID | None = None) -> list[Change]:
        """The delete entries of records that are still deleted, newest first."""
        query = _changes().where(ChangeLogRow.operation == Operation.DELETE.value)
        if enterprise_id is not None:
            query = query.where(ChangeLogRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            found, seen = [], set()
            for row in session.execute(query.order_by(ChangeLogRow.sequence.desc())):
                change = _change(row)
                if change.record_id in seen:
                    continue
                seen.add(change.record_id)
                row_class = row_class_of(change.record_kind)
                if row_class is not None and session.get(row_class, change.record_id) is None:
                    found.append(change)
            return found

    # Restoring ---------------------------------------------------------------------------

    @user_errors
    def enterprise_of(self, record_kind: str, record_id: uuid.UUID) -> uuid.UUID | None:
        """The enterprise a stored record belongs to (None: no such record)."""
        row_class = row_class_of(record_kind)
        if row_class is None:
            return None
        with self._transaction() as session:
            row = session.get(row_class, record_id)
            if row is None:
                return None
            direct: uuid.UUID | None = getattr(row, "enterprise_id", None)
            if direct is not None or record_kind not in PARENT_OF:
                return direct
            link, parent_class = PARENT_OF[record_kind]
            parent: Any = session.get(parent_class, getattr(row, link))  # a plan or a visit
            return cast(uuid.UUID, parent.enterprise_id) if parent is not None else None

    @user_errors
    def restore(self, record_id: uuid.UUID, action: str) -> list[tuple[str, uuid.UUID]]:
        """Put a deleted record back under its own id, with the records deleted with it that
        belong to it (a plan's items, a visit's review) and the links its deletion cleared
        (hazards pinned on a deleted plan, photos of a deleted hazard).

        Returns the (kind, id) of every record put back. One change set, all or nothing.
        """
        with self.workspace.history.action(action), self._transaction() as session:
            deletion = session.execute(
                select(ChangeLogRow)
                .where(
                    ChangeLogRow.record_id == record_id,
                    ChangeLogRow.operation == Operation.DELETE.value,
                )
                .order_by(ChangeLogRow.sequence.desc())
                .limit(1)
            ).scalar()
            if deletion is None:
                raise NotFoundError("This record was never deleted: there is nothing to restore.")
            deleted_class = row_class_of(deletion.record_kind)
            if deleted_class is None:  # a kind of record this version does not know
                raise NotFoundError(
                    f"This record is of a kind ({deletion.record_kind}) this version of "
                    "SCORE Desktop cannot restore."
                )
            if session.get(deleted_class, record_id) is not None:
                raise NotFoundError("This record exists: it was restored already.")
            same_set = [
                SimpleNamespace(
                    record_kind=e.record_kind,
                    record_id=e.record_id,
                    operation=e.operation,
                    fields=dict(e.fields),
                )
                for e in session.scalars(
                    select(ChangeLogRow)
                    .where(  # through the enterprise's index: a change set has no index
                        ChangeLogRow.enterprise_id.is_(None)
                        if deletion.enterprise_id is None
                        else ChangeLogRow.enterprise_id == deletion.enterprise_id,
                        ChangeLogRow.change_set == deletion.change_set,
                    )
                    .order_by(ChangeLogRow.sequence)
                )
            ]
            first = next(
                e for e in same_set if e.record_id == record_id and e.operation == "delete"
            )
            chosen = _with_children(first, same_set)
            _check_parents(session, chosen)
            restored = []
            order = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
            for entry in sorted(chosen, key=lambda e: order[e.record_kind]):
                # None only for a table this version does not record
                row_class = cast(type[Base], row_class_of(entry.record_kind))
                values = {
                    name: from_json(row_class, name, before)
                    for name, (before, _after) in entry.fields.items()
                }
                session.add(row_class(id=entry.record_id, **values))
                session.flush()
                restored.append((entry.record_kind, entry.record_id))
            _relink(session, {e.record_id for e in chosen}, same_set)
            return restored


def _with_children(
    deletion: SimpleNamespace, same_set: list[SimpleNamespace]
) -> list[SimpleNamespace]:
    """The deletion and every record deleted with it that refers to one of them."""
    deletions = [e for e in same_set if e.operation == Operation.DELETE.value]
    chosen = {deletion.record_id: deletion}
    grew = True
    while grew:
        grew = False
        for entry in deletions:
            if entry.record_id in chosen:
                continue
            if any(_refers_to(entry, column, chosen) for column in _links(entry.record_kind)):
                chosen[entry.record_id] = entry
                grew = True
    return list(chosen.values())


def _links(record_kind: str) -> list[str]:
    row_class = cast(type[Base], row_class_of(record_kind))  # a kind a deletion recorded
    return [c.name for c in row_class.__table__.columns if c.foreign_keys]


def _refers_to(entry: SimpleNamespace, column: str, ids: Container[uuid.UUID]) -> bool:
    before = entry.fields.get(column, [None, None])[0]
    return before is not None and _as_uuid(before) in ids


def _check_parents(session: Session, chosen: list[SimpleNamespace]) -> None:
    """A record whose parent is gone can only come back after it."""
    coming = {e.record_id for e in chosen}
    for entry in chosen:
        row_class = cast(type[Base], row_class_of(entry.record_kind))  # a kind a deletion recorded
        for column in row_class.__table__.columns:
            for key in column.foreign_keys:
                value = entry.fields.get(column.name, [None, None])[0]
                if value is None or not isinstance(column.type, Uuid):
                    continue
                parent_id = _as_uuid(value)
                parent = row_class_of(key.column.table.name)
                # mypy infers get()'s row type from the bool context of the `or` chain
                if parent_id in coming or parent is None or session.get(parent, parent_id):  # type: ignore[arg-type]
                    continue
                if column.nullable:  # an optional link (a visit, a plan): restore it unlinked
                    entry.fields[column.name] = [None, None]
                    continue
                raise NotFoundError(
                    f"It belonged to a record of “{key.column.table.name}” that is deleted too: "
                    "restore that one first."
                )


def _relink(session: Session, restored: set[uuid.UUID], same_set: list[SimpleNamespace]) -> None:
    """Links the deletion cleared on records that stayed (a hazard's plan, a photo's hazard)."""
    for entry in same_set:
        if entry.operation != Operation.UPDATE.value or entry.record_id in restored:
            continue
        row_class = row_class_of(entry.record_kind)
        row = session.get(row_class, entry.record_id) if row_class else None
        if row is None:
            continue
        for name, (before, after) in entry.fields.items():
            cleared = after is None and before is not None and getattr(row, name) is None
            if cleared and _as_uuid(before) in restored:
                found_class = cast(type[Base], row_class)  # row is None when row_class is
                setattr(row, name, from_json(found_class, name, before))
                for other, (old, new) in entry.fields.items():  # the pin's position too
                    if other != name and new is None and getattr(row, other) is None:
                        setattr(row, other, from_json(found_class, other, old))
    session.flush()


def _as_uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _changes() -> Select[tuple[ChangeLogRow, str]]:
    return select(ChangeLogRow, PersonRow.name).outerjoin(
        PersonRow, PersonRow.id == ChangeLogRow.author_id
    )


def _filtered(
    query: Select[ColumnsT], enterprise_id: uuid.UUID, which: TimelineFilter
) -> Select[ColumnsT]:
    query = query.where(ChangeLogRow.enterprise_id == enterprise_id)
    if which.author_id is not None:
        query = query.where(ChangeLogRow.author_id == which.author_id)
    if which.record_kind is not None:
        query = query.where(ChangeLogRow.record_kind == which.record_kind)
    if which.first_day is not None:
        start = dt.datetime.combine(which.first_day, dt.time(), dt.UTC)
        query = query.where(ChangeLogRow.at >= start)
    if which.last_day is not None:
        end = dt.datetime.combine(which.last_day + dt.timedelta(days=1), dt.time(), dt.UTC)
        query = query.where(ChangeLogRow.at < end)
    return query


def _change(result: Row[tuple[ChangeLogRow, str]]) -> Change:
    row, author_name = result
    moment = row.at if row.at.tzinfo else row.at.replace(tzinfo=dt.UTC)
    return Change(
        sequence=row.sequence,
        record_kind=row.record_kind,
        record_id=row.record_id,
        operation=Operation(row.operation),
        fields=tuple(FieldChange(name, b, a) for name, (b, a) in row.fields.items()),
        at=moment,
        revision=row.revision,
        change_set=row.change_set,
        action=row.action,
        author_id=row.author_id,
        author_name=author_name or "",
        device_id=row.device_id,
        enterprise_id=row.enterprise_id,
    )


def _person(row: PersonRow) -> Person:
    return Person(row.name, Role(row.role), row.organisation, row.id)
