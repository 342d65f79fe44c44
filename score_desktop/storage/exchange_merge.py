"""Writing another workspace's change set into this one, in the caller's transaction.

Everything is checked before the first write (kinds, shapes, types, the enterprise every
record belongs to, references to records that exist nowhere); the writes then follow the
merge decisions: parents before children for inserts and updates, children before parents
for deletions. The records arrive with their own change-log entries, so the recorder stands
aside (REPLAYING) and the entries are appended as they are: the same change keeps its id in
every workspace.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.exchange import Blob, ChangeSet, MergeSummary
from ..domain.merge import (
    EXISTS,
    Conflict,
    ConflictKind,
    Entry,
    Outcome,
    RecordMerge,
    Side,
    merge_record,
)
from . import exchange_files, exchange_order
from .conflict_rows import save_conflict, stale_conflicts
from .exchange_checks import (
    Incoming,
    check_records,
    incoming_records,
    is_moment,
)
from .exchange_keys import settle_duplicates
from .exchange_orphans import adopt_orphans, guard_orphans
from .exchange_peers import note_peer
from .exchange_rows import (
    chunks,
    current_rows,
    entries_of_records,
    insert_log_rows,
    record_class,
    table_order,
)
from .exchange_schema import ConflictRow, ReceivedPackageRow
from .history_recorder import REPLAYING, HistoryContext, from_json, values_of
from .schema import (
    Base,
    DeletionRow,
)
from .text_rule import check_text


def merge_change_set(
    session: Session,
    context: HistoryContext,
    change_set: ChangeSet,
    *,
    package_id: uuid.UUID,
    from_device: uuid.UUID,
    from_name: str,
    read_blob: Callable[[Blob], bytes],
    read_thumbnail: Callable[[str], bytes | None],
    seen_through: int | None = None,
) -> MergeSummary:
    """`seen_through`: the enterprise's last log sequence when the transaction began (see
    exchange_order: a change after it to one of these records makes the merge run again)."""
    if session.get(ReceivedPackageRow, package_id) is not None:
        return MergeSummary(already_received=True)
    incoming = incoming_records(change_set)
    check_records(session, change_set, incoming)
    people = exchange_files.people_of(change_set.people)
    exchange_files.add_references(session, change_set.references)
    session.flush()
    summary = MergeSummary()
    session.info[REPLAYING] = True
    try:
        image_ids = exchange_files.add_plan_images(session, change_set.blobs, read_blob)
        exchange_files.add_report_blobs(
            session, change_set.blobs, read_blob, _change_lists(change_set)
        )
        results = _decide(session, incoming)
        _guard_cascades(session, results)
        guard_orphans(session, results)
        settle_duplicates(session, context, results, incoming)
        _write(
            session, results, incoming, image_ids, change_set, read_blob, read_thumbnail, summary
        )
        session.flush()
        adopted = adopt_orphans(session, change_set.enterprise_id)
    finally:
        session.info.pop(REPLAYING, None)
    appended = [e for r in results for e in r.append] + adopted
    summary.added += len({e.record_id for e in adopted})
    touched = {r.record_id for r in results} | {e.record_id for e in appended}
    # from here on in the order of the log (a new person's insert is logged at once)
    exchange_order.before_appending(session, change_set.enterprise_id, seen_through, touched)
    exchange_files.add_people(session, people)
    waiting = _waiting(session, [r.record_id for r in results])
    for result in results:
        _count(result, summary)
        for conflict in result.conflicts:
            save_conflict(session, conflict, change_set.enterprise_id, from_device)
        if result.record_id in waiting:
            stale_conflicts(session, result)
    insert_log_rows(session, appended)
    session.flush()
    note_peer(session, context, change_set, from_device, from_name)
    session.add(
        ReceivedPackageRow(
            package_id=package_id,
            device_id=from_device,
            enterprise_id=change_set.enterprise_id,
            summary=summary.as_json(),
        )
    )
    return summary


def _change_lists(change_set: ChangeSet) -> frozenset[str]:
    """The files that signed reports name as the list of their signer's changes."""
    return frozenset(
        str(r.values["signed_changes_sha256"])
        for r in change_set.records
        if r.record_kind == "signed_reports"
        and r.values is not None
        and r.values.get("signed_changes_sha256")
    )


def _waiting(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these records have a conflict waiting in the inbox."""
    found: set[uuid.UUID] = set()
    for part in chunks(ids):
        found.update(
            session.scalars(select(ConflictRow.record_id).where(ConflictRow.record_id.in_(part)))
        )
    return found


# Checks before any write --------------------------------------------------------------------


# Decisions and writes ---------------------------------------------------------------------------


def _decide(session: Session, incoming: dict[uuid.UUID, Incoming]) -> list[RecordMerge]:
    mine_entries = entries_of_records(session.connection(), list(incoming))
    by_kind: dict[str, list[uuid.UUID]] = {}
    for rid, item in incoming.items():
        by_kind.setdefault(item.state.record_kind, []).append(rid)
    rows: dict[uuid.UUID, Any] = {}
    for kind, ids in by_kind.items():
        rows.update(current_rows(session, kind, ids))
    results = []
    order = table_order()
    for rid, item in sorted(
        incoming.items(), key=lambda pair: (order[pair[1].state.record_kind], str(pair[0]))
    ):
        row = rows.get(rid)
        entries = mine_entries.get(rid, [])
        mine = None
        if row is not None or entries:
            mine = Side(values_of(row) if row is not None else None, entries)
        theirs = Side(item.state.values, item.entries)
        results.append(merge_record(item.state.record_kind, rid, mine, theirs))
    return results


def _write(
    session: Session,
    results: list[RecordMerge],
    incoming: dict[uuid.UUID, Incoming],
    image_ids: dict[uuid.UUID, uuid.UUID],
    change_set: ChangeSet,
    read_blob: Callable[[Blob], bytes],
    read_thumbnail: Callable[[str], bytes | None],
    summary: MergeSummary,
) -> None:
    """Records new here are inserted in bulk, kind by kind (parents first); records held
    here are updated through the session; deletions come last, children first."""
    photo_blobs = {b.sha256: b for b in change_set.blobs if b.kind == "photo"}
    new: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        if result.values is None or not (result.taken or result.outcome is Outcome.RESTORED):
            continue
        row_class = record_class(result.record_kind)
        values = dict(result.taken)
        if "background_image_id" in values and values["background_image_id"]:
            their_image = uuid.UUID(str(values["background_image_id"]))
            values["background_image_id"] = str(image_ids.get(their_image, their_image))
        if result.record_kind == "photos" and "sha256" in values:
            exchange_files.ensure_photo(
                session, photo_blobs, str(values["sha256"]), read_blob, read_thumbnail, summary
            )
        row = (
            session.get(row_class, result.record_id)
            if result.outcome is not Outcome.ADDED
            else None
        )
        last = result.append[-1] if result.append else None
        if row is None:
            new.setdefault(result.record_kind, []).append(
                _new_row(row_class, result, values, incoming[result.record_id], last)
            )
            continue
        for name, value in values.items():
            setattr(row, name, from_json(row_class, name, value))
        row.revision = (row.revision or 1) + 1
        row.updated_by = last.author_id if last else None
    _insert_rows(session, new)
    session.flush()
    _delete(session, [r for r in results if r.outcome is Outcome.DELETED])


def _new_row(
    row_class: type[Any],
    result: RecordMerge,
    values: dict[str, Any],
    item: Incoming,
    last: Entry | None,
) -> dict[str, Any]:
    converted = {k: from_json(row_class, k, v) for k, v in values.items()}
    check_text(row_class, converted)  # what a session's flush checks (storage/text_rule.py)
    state = item.state
    converted.update(
        id=result.record_id,
        created_by=state.created_by,
        revision=last.revision if last else 1,
        updated_by=last.author_id if last else None,
    )
    if state.created_at and is_moment(state.created_at):
        converted["created_at"] = dt.datetime.fromisoformat(state.created_at)
    return converted


def _insert_rows(session: Session, new: dict[str, list[dict[str, Any]]]) -> None:
    """One executemany per kind and set of fields; a deletion noted of an id now back goes."""
    order = table_order()
    for kind in sorted(new, key=order.__getitem__):
        table = record_class(kind).__table__
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in new[kind]:
            groups.setdefault(tuple(sorted(row)), []).append(row)
        for rows in groups.values():
            session.execute(insert(table), rows)
    ids = [row["id"] for rows in new.values() for row in rows]
    for part in chunks(ids):
        session.execute(sql_delete(DeletionRow).where(DeletionRow.row_id.in_(part)))


def _guard_cascades(session: Session, results: list[RecordMerge]) -> None:
    """A record deleted there that still has children here the package does not delete
    would take them with it (the database cascades): that is a conflict, not a deletion."""
    deleted = [r for r in results if r.outcome is Outcome.DELETED]
    going = {r.record_id for r in deleted}
    for result in deleted:
        kept = [
            child
            for child in _cascading_children(session, result.record_kind, result.record_id)
            if child not in going
        ]
        if not kept:
            continue
        row = session.get(record_class(result.record_kind), result.record_id)
        values = values_of(row) if row is not None else None
        result.conflicts.append(
            Conflict(
                ConflictKind.DELETED_THERE,
                result.record_kind,
                result.record_id,
                EXISTS,
                values,
                None,
                tuple(result.append),
                None,
                result.append[-1] if result.append else None,
            )
        )
        result.outcome, result.values, result.append = Outcome.UNCHANGED, values, []
        going.discard(result.record_id)


def _cascading_children(session: Session, kind: str, record_id: uuid.UUID) -> list[uuid.UUID]:
    found: list[uuid.UUID] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name == kind and key.ondelete == "CASCADE":
                    found.extend(session.scalars(select(table.c.id).where(column == record_id)))
    return found


def _delete(session: Session, results: list[RecordMerge]) -> None:
    """Children first (a parent's deletion would cascade to them unrecorded)."""
    order = table_order()
    for result in sorted(results, key=lambda r: -order[r.record_kind]):
        row = session.get(record_class(result.record_kind), result.record_id)
        if row is None:
            continue
        session.delete(row)
        session.add(
            DeletionRow(id=uuid.uuid4(), table_name=result.record_kind, row_id=result.record_id)
        )
        session.flush()


def _count(result: RecordMerge, summary: MergeSummary) -> None:
    summary.conflicts += len(result.conflicts)
    if result.outcome is Outcome.ADDED:
        summary.added += 1
    elif result.outcome is Outcome.MERGED:
        summary.merged += 1
    elif result.outcome is Outcome.DELETED:
        summary.deleted += 1
    elif result.outcome is Outcome.RESTORED:
        summary.restored += 1
