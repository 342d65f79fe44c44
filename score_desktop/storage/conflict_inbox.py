"""The conflict inbox: list the waiting decisions and carry one out.

A decision writes like a merge (the recorder stands aside): the other side's held changes
join the log, then one new change of ours that has seen both, whichever value is kept: the
other workspace takes it at the next exchange instead of meeting the conflict again, and two
people who decided the same conflict apart, differently, meet it again in their inboxes
instead of keeping different values without knowing.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError
from ..domain.exchange import ConflictItem, PackageError, Resolution, both_texts, entry_from_json
from ..domain.merge import EXISTS, ConflictKind, Entry
from .exchange_keys import key_holder, refuse_taken_key
from .exchange_orphans import refuse_missing_parent
from .exchange_rows import insert_log_rows, record_class
from .exchange_schema import ConflictRow
from .history_recorder import REPLAYING, HistoryContext, device_id_of, from_json, values_of
from .repository_base import SqlRepository, user_errors
from .schema import Base, DeletionRow, utcnow


class SqlConflictInbox(SqlRepository):
    @user_errors
    def conflicts(self, enterprise_id: uuid.UUID | None = None) -> list[ConflictItem]:
        with self._transaction() as session:
            query = select(ConflictRow).order_by(ConflictRow.found_at, ConflictRow.record_kind)
            if enterprise_id is not None:
                query = query.where(ConflictRow.enterprise_id == enterprise_id)
            return [_with_holder(session, _item(row)) for row in session.scalars(query)]

    @user_errors
    def count(self, enterprise_id: uuid.UUID | None = None) -> int:
        with self._transaction() as session:
            query = select(func.count()).select_from(ConflictRow)
            if enterprise_id is not None:
                query = query.where(ConflictRow.enterprise_id == enterprise_id)
            return int(session.scalar(query) or 0)

    @user_errors
    def resolve(self, conflict_id: uuid.UUID, choice: Resolution, text: str) -> ConflictItem:
        """Carry out one decision; returns the conflict it settled."""
        context = self.workspace.history
        with context.action(text), self._transaction() as session:
            row = session.get(ConflictRow, conflict_id)
            if row is None:
                raise NotFoundError("This conflict was settled already.")
            item = _item(row)
            held = [entry_from_json(e, "a held change") for e in row.held]
            session.info[REPLAYING] = True
            try:
                if item.key == EXISTS:
                    entries = _settle_existence(session, context, item, held, choice)
                else:
                    entries = _settle_field(session, context, item, held, choice)
                insert_log_rows(session, entries)
                session.delete(row)
                session.flush()
            finally:
                session.info.pop(REPLAYING, None)
            return item


def _with_holder(session: Session, item: ConflictItem) -> ConflictItem:
    """A key taken: which record holds it now (looked up when listed: it may have gone)."""
    if item.kind != ConflictKind.KEY_TAKEN.value:
        return item
    row = session.get(record_class(item.record_kind), item.record_id)
    if row is None:
        return item
    values = {**values_of(row), item.key: item.theirs}
    holder = key_holder(session, item.record_kind, item.record_id, values)
    return dataclasses.replace(item, holder_id=holder.id if holder is not None else None)


def _settle_field(
    session: Session,
    context: HistoryContext,
    item: ConflictItem,
    held: list[Entry],
    choice: Resolution,
) -> list[Entry]:
    row = session.get(record_class(item.record_kind), item.record_id)
    if row is None:  # deleted since: their change is history of a deleted record
        return [e.part(e.keys, shadowed=e.keys) for e in held]
    # a duplicate's "mine" is the other record's value, perhaps not the kept record's
    duplicate = item.kind == ConflictKind.DUPLICATE.value
    mine = item.mine if duplicate else values_of(row).get(item.key)
    if choice is Resolution.THEIRS:
        refuse_taken_key(
            session, item.record_kind, item.record_id, {**values_of(row), item.key: item.theirs}
        )
        refuse_missing_parent(session, item.record_kind, {item.key: item.theirs})
        # their change joins our history, then one change of ours that has seen both: two
        # people deciding the same conflict apart then meet again, never silently differ
        _set(row, item.key, item.theirs)
        ours = _own_change(
            session, context, item, "update", {item.key: [mine, item.theirs]}, frozenset({item.key})
        )
        return [*held, ours]
    if choice is Resolution.BOTH:
        if not isinstance(mine, str) or not isinstance(item.theirs, str):
            raise PackageError("Only two texts can be kept both.")
        value: Any = both_texts(mine, item.theirs)
    else:
        value = mine
    refuse_taken_key(session, item.record_kind, item.record_id, {**values_of(row), item.key: value})
    _set(row, item.key, value)
    ours = _own_change(
        session, context, item, "update", {item.key: [item.theirs, value]}, frozenset({item.key})
    )
    return [*(e.part(e.keys, shadowed=e.keys) for e in held), ours]


def _settle_existence(
    session: Session,
    context: HistoryContext,
    item: ConflictItem,
    held: list[Entry],
    choice: Resolution,
) -> list[Entry]:
    row_class = record_class(item.record_kind)
    row = session.get(row_class, item.record_id)
    if choice is Resolution.BOTH:
        raise PackageError("A deletion can only be kept or undone.")
    if choice is Resolution.MINE:
        entries = [e.part(e.keys, shadowed=e.keys) for e in held]
        if row is not None:  # ours exists: a restore of ours that has seen their deletion
            entries.append(_own_change(session, context, item, "restore", {}, frozenset({EXISTS})))
        return entries
    entries = list(held)
    if item.theirs is None:  # theirs is deleted: delete ours, and what it holds
        if row is not None:
            entries.extend(_delete_with_children(session, context, item, row))
        return entries
    refuse_taken_key(session, item.record_kind, item.record_id, item.theirs)  # brought back
    refuse_missing_parent(session, item.record_kind, dict(item.theirs))
    values = {name: from_json(row_class, name, value) for name, value in item.theirs.items()}
    if row is None:
        session.execute(sql_delete(DeletionRow).where(DeletionRow.row_id == item.record_id))
        session.add(row_class(id=item.record_id, **values))
        fields = {k: [None, v] for k, v in item.theirs.items()}
        entries.append(_own_change(session, context, item, "restore", fields, frozenset({EXISTS})))
    else:
        for name, value in item.theirs.items():
            _set(row, name, value)
        entries.append(_own_change(session, context, item, "restore", {}, frozenset({EXISTS})))
    session.flush()
    return entries


def _delete_with_children(
    session: Session, context: HistoryContext, item: ConflictItem, row: Any
) -> list[Entry]:
    """Children first, each with its own recorded deletion (the database's cascade would
    leave none)."""
    entries: list[Entry] = []
    for table in reversed(Base.metadata.sorted_tables):
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name != item.record_kind or key.ondelete != "CASCADE":
                    continue
                child_class = record_class(table.name)
                for child in session.scalars(
                    select(child_class).where(getattr(child_class, column.key) == item.record_id)
                ):
                    # in the enterprise's log, or the deletion would never travel
                    child_item = dataclasses.replace(
                        item, record_kind=table.name, record_id=child.id, key=EXISTS
                    )
                    entries.extend(_delete_with_children(session, context, child_item, child))
    fields = {k: [v, None] for k, v in values_of(row).items()}
    entries.append(_own_change(session, context, item, "delete", fields, frozenset({EXISTS})))
    session.delete(row)
    session.add(DeletionRow(id=uuid.uuid4(), table_name=item.record_kind, row_id=item.record_id))
    session.flush()
    return entries


def _own_change(
    session: Session,
    context: HistoryContext,
    item: ConflictItem,
    operation: str,
    fields: dict[str, list[Any]],
    keys: frozenset[str],
) -> Entry:
    return Entry(
        change_id=uuid.uuid4(),
        record_kind=item.record_kind,
        record_id=item.record_id,
        operation=operation,
        fields=fields,
        keys=keys,
        at=utcnow().isoformat(),
        author_id=context.author_id,
        device_id=device_id_of(session, context),
        change_set=context.change_set,
        action=context.action_text,
        enterprise_id=item.enterprise_id,
    )


def _set(row: Any, name: str, value: Any) -> None:
    setattr(row, name, from_json(type(row), name, value))
    row.revision = (row.revision or 1) + 1


def _item(row: ConflictRow) -> ConflictItem:
    return ConflictItem(
        id=row.id,
        kind=row.kind,
        record_kind=row.record_kind,
        record_id=row.record_id,
        key=row.key,
        mine=row.mine,
        theirs=row.theirs,
        my_author=row.my_author,
        my_at=row.my_at,
        their_author=row.their_author,
        their_at=row.their_at,
        enterprise_id=row.enterprise_id,
    )
