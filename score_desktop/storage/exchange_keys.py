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
from ..domain.merge import EXISTS, Conflict, ConflictKind, Entry, Outcome, RecordMerge
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
