"""Two records with the same natural key: one entry made in two workspaces.

Some records are unique by what they describe, not only by id: an indicator's value for one
month and sex (indicator_entries), the answer to one good-practice question
(practice_answers). Two workspaces can each create one before they exchange: two ids, one
key. The database refuses the second, so the merge settles it first, the same way in every
workspace whatever the order of the packages:

- the record with the smaller id (in its text form) is kept, the other is deleted by a
  change of this workspace (its history stays, it is shown as merged);
- each field whose values differ goes to the conflict inbox on the kept record
  (`ConflictKind.DUPLICATE`, both values, keep mine / keep theirs); equal values need no one;
- later edits to the deleted record, arriving from a workspace that had not yet met the
  duplicate, go to the inbox the same way, on the kept record, instead of restoring it.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import UniqueConstraint, select
from sqlalchemy.orm import Session

from ..domain.exchange import KeyTakenError, PackageError
from ..domain.merge import (
    EXISTS,
    Conflict,
    ConflictKind,
    Entry,
    Outcome,
    RecordMerge,
    hold_field,
)
from .exchange_checks import Incoming
from .exchange_rows import entries_of_records, record_class
from .history_recorder import HistoryContext, device_id_of, from_json, values_of
from .schema import Base, DeletionRow, utcnow

MERGED_ACTION = "Merge the same entry made in two workspaces"


@functools.cache
def natural_keys() -> dict[str, tuple[str, ...]]:
    """Record kinds of an enterprise unique by more than their id, and those columns."""
    found: dict[str, tuple[str, ...]] = {}
    for table in Base.metadata.sorted_tables:
        if "enterprise_id" not in table.c:
            continue
        for constraint in table.constraints:
            if isinstance(constraint, UniqueConstraint):
                found[table.name] = tuple(c.key for c in constraint.columns)
    return found


def settle_duplicates(
    session: Session,
    context: HistoryContext,
    results: list[RecordMerge],
    incoming: dict[uuid.UUID, Incoming],
) -> None:
    """Change the merge decisions so that no two live records share a natural key."""
    keyed = natural_keys()
    mine = [r for r in results if r.record_kind in keyed]
    if not mine:
        return
    # their deletions of such records first: the key they free may be taken in this merge
    for result in mine:
        if result.outcome is Outcome.DELETED:
            _delete_row(session, result.record_kind, result.record_id)
    # then records moving to another key: what they leave may be taken by a new one
    _guard_key_changes(session, [r for r in mine if _moves_key(r, keyed[r.record_kind])])
    claimed: dict[tuple[str, tuple[Any, ...]], uuid.UUID] = {}
    for result in mine:
        columns = keyed[result.record_kind]
        their_values = incoming[result.record_id].state.values
        if their_values is None:
            continue
        key = (result.record_kind, tuple(str(their_values.get(c)) for c in columns))
        if _writes_row(result):
            if key in claimed and claimed[key] != result.record_id:
                raise PackageError(
                    f"Two {result.record_kind} records of the package share the same key."
                )
            claimed[key] = result.record_id
            holder = _holder(session, result, their_values)
            if holder is not None:
                _meet(session, context, results, result, holder, their_values)
        elif result.values is None and _edits_deleted(result):
            holder = _holder(session, result, their_values)
            if holder is not None:
                _redirect(result, holder, their_values)


def _moves_key(result: RecordMerge, columns: tuple[str, ...]) -> bool:
    return (
        result.outcome is Outcome.MERGED
        and result.values is not None
        and bool(set(columns) & set(result.taken))
    )


def _guard_key_changes(session: Session, moving: list[RecordMerge]) -> None:
    """Records held here whose merge changes their key: each moves at once, one by one, once
    the record holding its new key has moved away (a chain lands in any order of ids); a
    key a record keeps here, or one only a cycle of moves would free, holds the change."""
    pending = {r.record_id: r for r in moving}
    moved = True
    while pending and moved:
        moved = False
        for record_id, result in sorted(pending.items(), key=lambda pair: str(pair[0])):
            assert result.values is not None  # _moves_key
            holder = key_holder(session, result.record_kind, record_id, result.values)
            if holder is not None and holder.id in pending:
                continue  # it may move away first
            del pending[record_id]
            moved = True
            if holder is None:
                _move(session, result)
            else:
                _hold_key_change(session, result)
    for _record_id, result in sorted(pending.items(), key=lambda pair: str(pair[0])):
        _hold_key_change(session, result)


def _move(session: Session, result: RecordMerge) -> None:
    """Write the new key now (the merge writes the rest as usual): the next move's lookup
    and the database's unique key see it."""
    row_class = record_class(result.record_kind)
    row = session.get(row_class, result.record_id)
    for name in natural_keys()[result.record_kind]:
        if name in result.taken:
            setattr(row, name, from_json(row_class, name, result.taken[name]))
    session.flush()


def _hold_key_change(session: Session, result: RecordMerge) -> None:
    """Their change of each key field waits in the inbox (`KEY_TAKEN`, resolved there as
    any field; keeping theirs is refused while another record keeps the key); the record
    keeps its key here and takes the rest."""
    row = session.get(record_class(result.record_kind), result.record_id)
    assert row is not None  # merged: held here
    held_values = values_of(row)
    for name in natural_keys()[result.record_kind]:
        if name in result.taken:
            hold_field(result, name, held_values.get(name), ConflictKind.KEY_TAKEN)


def _writes_row(result: RecordMerge) -> bool:
    return result.values is not None and result.outcome in (Outcome.ADDED, Outcome.RESTORED)


def _edits_deleted(result: RecordMerge) -> bool:
    return any(c.kind is ConflictKind.DELETED_HERE for c in result.conflicts)


def _holder(session: Session, result: RecordMerge, their_values: Mapping[str, Any]) -> Any | None:
    return key_holder(session, result.record_kind, result.record_id, their_values)


def key_holder(
    session: Session, record_kind: str, record_id: uuid.UUID, values: Mapping[str, Any]
) -> Any | None:
    """The live record here, other than `record_id`, with the key `values` (as the change
    log stores them) give; None for a kind without a natural key."""
    columns = natural_keys().get(record_kind)
    if columns is None:
        return None
    row_class = record_class(record_kind)
    criteria = [getattr(row_class, c) == from_json(row_class, c, values.get(c)) for c in columns]
    return session.scalar(select(row_class).where(*criteria, row_class.id != record_id))


def refuse_taken_key(
    session: Session, record_kind: str, record_id: uuid.UUID, values: Mapping[str, Any]
) -> None:
    """A decision that would make two live records of one key (a deleted record brought
    back, a key field changed) is refused, naming the record that holds the key: the
    database's unique key would refuse it anyway, without saying which."""
    holder = key_holder(session, record_kind, record_id, values)
    if holder is None:
        return
    key = {c: values.get(c) for c in natural_keys()[record_kind] if c != "enterprise_id"}
    raise KeyTakenError(record_kind, key, holder.id)


def _meet(
    session: Session,
    context: HistoryContext,
    results: list[RecordMerge],
    result: RecordMerge,
    holder: Any,
    their_values: Mapping[str, Any],
) -> None:
    """Their new record and ours share a key: keep the smaller id, delete the other."""
    kind = result.record_kind
    held_values = values_of(holder)
    their_entries = list(result.append)
    my_entries = entries_of_records(session.connection(), [holder.id]).get(holder.id, [])
    if str(result.record_id) < str(holder.id):  # theirs is kept: ours goes
        kept_id = result.record_id
        deletion = _own_deletion(session, context, kind, holder.id, held_values)
        _delete_row(session, kind, holder.id)
        other = next((r for r in results if r.record_id == holder.id), None)
        if other is not None:  # their changes to ours, held or not, join its history first
            held = [e for c in other.conflicts for e in c.held]
            other.append = [*other.append, *held, deletion]
            other.conflicts, other.values, other.taken = [], None, {}
            other.outcome = Outcome.DELETED
        else:
            result.append = [*result.append, deletion]
    else:  # ours is kept: theirs joins our history, deleted at once
        kept_id = holder.id
        result.append = [
            *result.append,
            _own_deletion(session, context, kind, result.record_id, their_values),
        ]
        result.values, result.taken, result.outcome = None, {}, Outcome.MERGED
    key_columns = {*natural_keys()[kind], "enterprise_id"}
    for name in sorted((set(their_values) | set(held_values)) - key_columns):
        if held_values.get(name) == their_values.get(name):
            continue
        result.conflicts.append(
            Conflict(
                ConflictKind.DUPLICATE,
                kind,
                kept_id,
                name,
                held_values.get(name),
                their_values.get(name),
                (),
                _last(my_entries, name),
                _last(their_entries, name),
            )
        )


def _redirect(result: RecordMerge, holder: Any, their_values: Mapping[str, Any]) -> None:
    """Their edits to a record deleted here as a duplicate go to the kept one's inbox."""
    existence = next(c for c in result.conflicts if c.kind is ConflictKind.DELETED_HERE)
    held = list(existence.held)
    edited = {k for e in held for k in e.keys if k != EXISTS}
    held_values = values_of(holder)
    result.conflicts = [
        Conflict(
            ConflictKind.DUPLICATE,
            result.record_kind,
            holder.id,
            name,
            held_values.get(name),
            their_values.get(name),
            (),
            None,
            _last(held, name),
        )
        for name in sorted(edited)
        if name in their_values and held_values.get(name) != their_values.get(name)
    ]
    # their edits become seen here; the deletion of ours stays the newest state
    result.append = [e.part(e.keys, shadowed=e.keys) for e in held]


def _last(entries: Iterable[Entry], key: str) -> Entry | None:
    found = None
    for entry in entries:
        if key in entry.keys:
            found = entry
    return found


def _own_deletion(
    session: Session,
    context: HistoryContext,
    record_kind: str,
    record_id: uuid.UUID,
    values: Mapping[str, Any],
) -> Entry:
    """A change of this workspace deleting one of the two records (its values kept in it)."""
    return Entry(
        change_id=uuid.uuid4(),
        record_kind=record_kind,
        record_id=record_id,
        operation="delete",
        fields={k: [v, None] for k, v in values.items()},
        keys=frozenset({EXISTS}),
        at=utcnow().isoformat(),
        author_id=context.author_id,
        device_id=device_id_of(session, context),
        change_set=context.change_set,
        action=MERGED_ACTION,
        enterprise_id=uuid.UUID(str(values["enterprise_id"])),
    )


def _delete_row(session: Session, record_kind: str, record_id: uuid.UUID) -> None:
    row = session.get(record_class(record_kind), record_id)
    if row is None:
        return
    session.delete(row)
    session.add(DeletionRow(id=uuid.uuid4(), table_name=record_kind, row_id=record_id))
    session.flush()
