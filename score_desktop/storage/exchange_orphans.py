"""Records that arrive for a parent deleted here: kept for a person, never written.

An enterprise (or a plan, a visit) deleted in this workspace while another workspace still
added or changed what belongs to it: the other side's records point at a parent that is
gone here. Writing them would fail on the database's foreign key; dropping them would lose
the other side's work. Each becomes a *deleted here, changed there* conflict on its own
record (its changes held in the inbox, as for an edit of a record deleted here): keeping
ours leaves it out, keeping theirs brings it in once its parent is restored. Once the
parent is back (restored by someone, or their side's deletion decided against), nothing
is in conflict any more: the next merge of the enterprise brings the record in by itself.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError
from ..domain.exchange import entry_from_json
from ..domain.merge import (
    EXISTS,
    Conflict,
    ConflictKind,
    Entry,
    Outcome,
    RecordMerge,
    hold_field,
)
from .exchange_checks import record_links
from .exchange_rows import LOG, record_class, table_order
from .exchange_schema import ConflictRow
from .history_recorder import from_json, values_of


def guard_orphans(session: Session, results: list[RecordMerge]) -> None:
    """Parents first: a record held back holds back what links to it too."""
    going = {r.record_id for r in results if r.outcome is Outcome.DELETED}
    coming = {
        r.record_id
        for r in results
        if r.values is not None and r.outcome in (Outcome.ADDED, Outcome.RESTORED)
    }
    order = table_order()
    for result in sorted(results, key=lambda r: order[r.record_kind]):
        if result.record_id in coming:
            if _missing_parents(session, result, result.values or {}, going, coming):
                coming.discard(result.record_id)
                _hold(result)
        elif result.outcome is Outcome.MERGED:
            for column in _missing_parents(session, result, result.taken, going, coming):
                _hold_link(session, result, column)


def _missing_parents(
    session: Session,
    result: RecordMerge,
    values: dict[str, Any],
    going: set[uuid.UUID],
    coming: set[uuid.UUID],
) -> list[str]:
    """The link columns of `values` naming a record that is not here (nor arriving)."""
    missing = []
    for column, target in record_links(result.record_kind):
        value = values.get(column)
        if value is None:
            continue
        parent_id = uuid.UUID(str(value))
        if parent_id in coming:
            continue
        if parent_id in going or session.get(record_class(target), parent_id) is None:
            missing.append(column)
    return missing


def _hold(result: RecordMerge) -> None:
    """A record new here (or back) whose parent is gone: all of it waits."""
    held = tuple(result.append)
    result.conflicts.append(
        Conflict(
            ConflictKind.DELETED_HERE,
            result.record_kind,
            result.record_id,
            EXISTS,
            None,
            dict(result.values or {}),
            held,
            None,
            held[-1] if held else None,
        )
    )
    result.outcome, result.values, result.taken, result.append = Outcome.UNCHANGED, None, {}, []


def _hold_link(session: Session, result: RecordMerge, column: str) -> None:
    """A record held here moved there to a parent gone here: that one field waits."""
    row = session.get(record_class(result.record_kind), result.record_id)
    mine = values_of(row).get(column) if row is not None else None
    hold_field(result, column, mine, ConflictKind.FIELD)


def refuse_missing_parent(session: Session, record_kind: str, values: dict[str, Any]) -> None:
    """An inbox decision that would write a record whose parent is deleted here is refused
    with what to do (the database's foreign key would refuse it without saying)."""
    for column, target in record_links(record_kind):
        value = values.get(column)
        if value is not None and session.get(record_class(target), uuid.UUID(str(value))) is None:
            raise NotFoundError(
                f"Not done: it belongs to a record of “{target}” ({value}) that is deleted "
                "here. Restore that one first from the deleted records, or keep yours."
            )


def adopt_orphans(session: Session, enterprise_id: uuid.UUID) -> list[Entry]:
    """Records waiting only for their parent, whose parent is here again: written, their
    conflict gone; returns their changes, for the log (the caller appends them)."""
    waiting = session.scalars(
        select(ConflictRow).where(
            ConflictRow.enterprise_id == enterprise_id,
            ConflictRow.kind == ConflictKind.DELETED_HERE.value,
            ConflictRow.key == EXISTS,
        )
    ).all()
    order = table_order()
    adopted: list[Entry] = []
    for conflict in sorted(waiting, key=lambda c: (order.get(c.record_kind, 0), str(c.record_id))):
        values = conflict.theirs
        if conflict.mine is not None or not isinstance(values, dict) or not conflict.held:
            continue
        row_class = record_class(conflict.record_kind)
        if session.get(row_class, conflict.record_id) is not None or _has_history(
            session, conflict.record_id
        ):
            continue  # a record of ours deleted here, not one that only waited for its parent
        if any(
            values.get(column) is not None
            and session.get(record_class(target), uuid.UUID(str(values[column]))) is None
            for column, target in record_links(conflict.record_kind)
        ):
            continue
        held = [entry_from_json(e, "a held change") for e in conflict.held]
        session.add(
            row_class(
                id=conflict.record_id,
                created_by=held[0].author_id,
                updated_by=held[-1].author_id,
                revision=held[-1].revision,
                **{name: from_json(row_class, name, value) for name, value in values.items()},
            )
        )
        session.delete(conflict)
        session.flush()
        adopted.extend(held)
    return adopted


def _has_history(session: Session, record_id: uuid.UUID) -> bool:
    return (
        session.execute(select(LOG.c.sequence).where(LOG.c.record_id == record_id).limit(1)).first()
        is not None
    )
