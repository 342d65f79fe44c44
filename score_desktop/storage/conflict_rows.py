"""The conflict inbox's rows: one per record and key waiting for a person's decision."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.exchange import entry_to_json
from ..domain.merge import EXISTS, Conflict, Entry, Outcome, RecordMerge
from .exchange_schema import ConflictRow
from .schema import PersonRow


def save_conflict(
    session: Session, conflict: Conflict, enterprise_id: uuid.UUID, from_device: uuid.UUID
) -> None:
    """One row per record and key: a later package's conflict on it replaces the earlier
    (its held changes include the earlier ones, which are still unseen here)."""
    row = session.scalar(
        select(ConflictRow).where(
            ConflictRow.record_id == conflict.record_id, ConflictRow.key == conflict.key
        )
    )
    if row is None:
        row = ConflictRow(id=uuid.uuid4(), record_id=conflict.record_id, key=conflict.key)
        session.add(row)
    row.enterprise_id = enterprise_id
    row.kind = conflict.kind.value
    row.record_kind = conflict.record_kind
    row.mine = conflict.mine
    row.theirs = conflict.theirs
    row.held = [entry_to_json(e) for e in conflict.held]
    row.my_author, row.my_at = _who(session, conflict.my_change)
    row.their_author, row.their_at = _who(session, conflict.their_change)
    row.from_device = from_device


def stale_conflicts(session: Session, result: RecordMerge) -> None:
    """A conflict that a newer change settled (their side took ours, or decided it) goes."""
    settled = set(result.taken)
    if result.outcome in (Outcome.ADDED, Outcome.DELETED, Outcome.RESTORED):
        settled.add(EXISTS)
    if result.values is None:  # deleted here and, this time, there too: they agree
        settled.add(EXISTS)
    still = {c.key for c in result.conflicts}
    gone = settled - still
    if gone:
        session.execute(
            delete(ConflictRow).where(
                ConflictRow.record_id == result.record_id, ConflictRow.key.in_(sorted(gone))
            )
        )
    # a conflict whose held changes this merge appended (their side moved on: the record
    # deleted there, say) holds nothing any more
    appended = {(e.change_id, key) for e in result.append for key in e.keys}
    for row in session.scalars(
        select(ConflictRow).where(
            ConflictRow.record_id == result.record_id, ConflictRow.key.not_in(still | gone)
        )
    ):
        held = {(uuid.UUID(e["change_id"]), key) for e in row.held for key in e["keys"]}
        if held and held <= appended:
            session.delete(row)


def _who(session: Session, entry: Entry | None) -> tuple[str, str]:
    if entry is None:
        return "", ""
    name = ""
    if entry.author_id is not None:
        person = session.get(PersonRow, entry.author_id)
        name = person.name if person is not None else ""
    return name, entry.at
