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
import hashlib
import uuid
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.checklist_codec import template_from_data
from ..domain.errors import KnownProblemError
from ..domain.exchange import Blob, ChangeSet, MergeSummary, PackageError
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
from .conflict_rows import save_conflict, stale_conflicts
from .exchange_checks import (
    Incoming,
    check_records,
    check_type,
    incoming_records,
    is_moment,
    is_uuid,
)
from .exchange_keys import settle_duplicates
from .exchange_peers import note_peer
from .exchange_rows import (
    REFERENCE_TABLES,
    chunks,
    current_rows,
    entries_of_records,
    insert_log_rows,
    record_class,
    table_order,
)
from .exchange_schema import ConflictRow, ReceivedPackageRow
from .history_recorder import REPLAYING, HistoryContext, from_json, row_class_of, values_of
from .schema import (
    Base,
    DeletionRow,
    PersonRow,
    PhotoBlobRow,
    PlanImageRow,
)
from .signoff_schema import ReportBlobRow
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
) -> MergeSummary:
    if session.get(ReceivedPackageRow, package_id) is not None:
        return MergeSummary(already_received=True)
    incoming = incoming_records(change_set)
    check_records(session, change_set, incoming)
    _add_references(session, change_set.references)
    _add_people(session, change_set.people)
    session.flush()
    summary = MergeSummary()
    session.info[REPLAYING] = True
    try:
        image_ids = _add_plan_images(session, change_set.blobs, read_blob)
        _add_report_blobs(session, change_set.blobs, read_blob)
        results = _decide(session, incoming)
        _guard_cascades(session, results)
        settle_duplicates(session, context, results, incoming)
        _write(
            session, results, incoming, image_ids, change_set, read_blob, read_thumbnail, summary
        )
        waiting = set(session.scalars(select(ConflictRow.record_id)))
        for result in results:
            _count(result, summary)
            for conflict in result.conflicts:
                save_conflict(session, conflict, change_set.enterprise_id, from_device)
            if result.record_id in waiting:
                stale_conflicts(session, result)
        insert_log_rows(session, [e for r in results for e in r.append])
        session.flush()
    finally:
        session.info.pop(REPLAYING, None)
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


# Checks before any write --------------------------------------------------------------------


# Catalogues, people and files -----------------------------------------------------------------


def _add_references(session: Session, references: dict[str, list[dict[str, Any]]]) -> None:
    """Catalogue rows missing here are added (as local inserts); existing ones are kept."""
    for table, rows in references.items():
        if table not in REFERENCE_TABLES:
            raise PackageError(f"{table[:60]!r} is not a catalogue.")
        if not isinstance(rows, list):
            raise PackageError(f"The {table} catalogue is not a list.")
        row_class = cast(Any, row_class_of(table))
        columns = row_class.__table__.columns
        for values in rows:
            if not isinstance(values, dict) or not is_uuid(str(values.get("id"))):
                raise PackageError(f"A row of the {table} catalogue has no id.")
            fields = {k: v for k, v in values.items() if k != "id"}
            for name, value in fields.items():
                if name not in columns:
                    raise PackageError(f"{table}: {name[:60]!r} is not one of its fields.")
                check_type(columns[name], value, f"{table} {name}")
            record_id = uuid.UUID(str(values["id"]))
            if session.get(row_class, record_id) is not None:
                continue
            natural = _natural_key(table, fields)
            held = natural is not None and session.scalar(
                select(row_class.id).where(*natural(row_class))
            )
            if held and table == "checklist_templates":
                # walk-throughs name their template by id: the same version under another id
                # here cannot be theirs
                raise PackageError(
                    f"The checklist template {fields.get('code')!r} version "
                    f"{fields.get('version')} differs between the two workspaces."
                )
            if held:
                continue
            if table == "checklist_templates":  # checked as the app checks an imported one
                _check_template(values)
            session.add(
                row_class(
                    id=record_id, **{k: from_json(row_class, k, v) for k, v in fields.items()}
                )
            )


def _check_template(values: dict[str, Any]) -> None:
    content = values.get("content")
    try:
        template = template_from_data(
            {**(content if isinstance(content, dict) else {}), "id": values["id"]}
        )
        template.validate()
    except KnownProblemError as exc:
        raise PackageError(f"A checklist template in the package is not valid ({exc}).") from exc
    if (template.code, template.version) != (values.get("code"), values.get("version")):
        raise PackageError("A checklist template in the package does not match its content.")


def _natural_key(table: str, fields: dict[str, Any]) -> Callable[[Any], list[Any]] | None:
    if table == "checklist_templates":
        return lambda cls: [cls.code == fields.get("code"), cls.version == fields.get("version")]
    if table in ("score_modules", "hazard_categories"):
        return lambda cls: [cls.code == fields.get("code")]
    if table == "catalogue_items":
        return lambda cls: [cls.kind == fields.get("kind"), cls.code == fields.get("code")]
    return None


def _add_people(session: Session, people: list[dict[str, Any]]) -> None:
    for person in people:
        if not isinstance(person, dict) or not is_uuid(str(person.get("id"))):
            raise PackageError("A person in the package has no id.")
        name, role = person.get("name"), person.get("role")
        if not isinstance(name, str) or not isinstance(role, str) or len(role) > 20:
            raise PackageError("A person in the package has no name or role.")
        organisation = person.get("organisation", "")
        person_id = uuid.UUID(str(person["id"]))
        if session.get(PersonRow, person_id) is None:
            session.add(
                PersonRow(
                    id=person_id,
                    name=name,
                    role=role,
                    organisation=organisation if isinstance(organisation, str) else "",
                )
            )


def _add_plan_images(
    session: Session, blobs: Sequence[Blob], read_blob: Callable[[Blob], bytes]
) -> dict[uuid.UUID, uuid.UUID]:
    """Background images missing here; returns their ids there → the ids of the same bytes
    here (an image imported on both sides independently is stored once)."""
    mapped: dict[uuid.UUID, uuid.UUID] = {}
    for blob in blobs:
        if blob.kind != "plan_image":
            continue
        their_id = _meta_uuid(blob)
        held = session.scalar(select(PlanImageRow.id).where(PlanImageRow.sha256 == blob.sha256))
        if held is None:
            data = _verified(blob, read_blob)
            width, height = blob.meta.get("width_px"), blob.meta.get("height_px")
            if not isinstance(width, int) or not isinstance(height, int):
                raise PackageError("A background image comes without its size.")
            session.add(
                PlanImageRow(
                    id=their_id,
                    sha256=blob.sha256,
                    media_type=blob.media_type,
                    width_px=width,
                    height_px=height,
                    data=data,
                )
            )
            held = their_id
        mapped[their_id] = held
    return mapped


def _add_report_blobs(
    session: Session, blobs: Sequence[Blob], read_blob: Callable[[Blob], bytes]
) -> None:
    """Signed reports' bytes missing here, each checked against its hash."""
    for blob in blobs:
        if blob.kind != "report" or session.get(ReportBlobRow, blob.sha256) is not None:
            continue
        data = _verified(blob, read_blob)
        session.add(ReportBlobRow(sha256=blob.sha256, size=len(data), data=data))


def _meta_uuid(blob: Blob) -> uuid.UUID:
    value = blob.meta.get("id")
    if not isinstance(value, str) or not is_uuid(value):
        raise PackageError("A background image comes without its id.")
    return uuid.UUID(value)


def _verified(blob: Blob, read_blob: Callable[[Blob], bytes]) -> bytes:
    data = read_blob(blob)
    if hashlib.sha256(data).hexdigest() != blob.sha256:
        raise PackageError(f"A file in the package is damaged ({blob.sha256[:12]}…).")
    return data


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
            _ensure_photo(
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


def _ensure_photo(
    session: Session,
    photo_blobs: dict[str, Blob],
    sha: str,
    read_blob: Callable[[Blob], bytes],
    read_thumbnail: Callable[[str], bytes | None],
    summary: MergeSummary,
) -> None:
    if session.scalar(select(PhotoBlobRow.sha256).where(PhotoBlobRow.sha256 == sha)):
        summary.photos_held += 1
        return
    blob = photo_blobs.get(sha)
    if blob is None:
        raise PackageError(f"A photo's file ({sha[:12]}…) is neither in the package nor here.")
    data = _verified(blob, read_blob)
    thumbnail = read_thumbnail(sha)
    if not thumbnail:
        raise PackageError(f"A photo's thumbnail ({sha[:12]}…) is missing from the package.")
    # written at once, not held by the session: hundreds of camera photos need not fit in memory
    session.execute(
        insert(PhotoBlobRow),
        {"sha256": sha, "media_type": blob.media_type, "data": data, "thumbnail": thumbnail},
    )
    summary.photos_copied += 1


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
