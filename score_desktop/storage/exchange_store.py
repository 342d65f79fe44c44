"""One enterprise's records and history out of the workspace, and another workspace's in.

`collect` reads a change set (everything, or what changed since a sequence: what a device
acknowledged, or for the office what was last sent to it); `merge` writes one in a single
transaction: all of it or, on any refusal, nothing.
The field-by-field decisions are domain/merge.py's; this module reads both sides and
writes the outcome.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import String, func, or_, select, type_coerce
from sqlalchemy.exc import DBAPIError

from ..domain.errors import IntegrityError, NotFoundError
from ..domain.exchange import Blob, ChangeSet, MergeSummary, Peer, RecordState
from . import exchange_order
from .blob_io import copy_stored
from .checklist_schema import ChecklistTemplateRow, WalkthroughRow
from .exchange_merge import merge_change_set
from .exchange_order import SERIAL, ConcurrentMerge
from .exchange_rows import (
    LOG,
    REFERENCE_TABLES,
    chunks,
    current_states,
    entries_of_records,
    table_order,
)
from .exchange_schema import ExchangePeerRow
from .history_recorder import device_id_of, row_class_of, values_of
from .raw_values import hex_of
from .repository_base import SqlRepository, user_errors
from .schema import (
    EnterpriseRow,
    FloorPlanRow,
    PersonRow,
    PhotoBlobRow,
    PhotoRow,
    PlanImageRow,
)
from .schema_version import HEAD_REVISION
from .signoff_schema import ReportBlobRow, ReportSignatureRow, SignedReportRow

BlobReader = Callable[[Blob], bytes]
_BLOB_TABLES = {
    "photo": PhotoBlobRow.__tablename__,
    "plan_image": PlanImageRow.__tablename__,
    "report": ReportBlobRow.__tablename__,
}
MERGE_ATTEMPTS = 3  # the first alongside others, then alone (see exchange_order)
# PostgreSQL's deadlock, serialization failure and unique violation
RETRIED_STATES = frozenset(("40P01", "40001", "23505"))


class SqlExchange(SqlRepository):
    def schema_revision(self) -> str:
        return HEAD_REVISION

    @user_errors
    def device_id(self) -> uuid.UUID:
        with self._transaction() as session:
            return device_id_of(session, self.workspace.history)

    @user_errors
    def sent_through(self, device_id: uuid.UUID, enterprise_id: uuid.UUID) -> int | None:
        """Our last change-log sequence sent to that device for that enterprise."""
        with self._transaction() as session:
            peer = session.get(ExchangePeerRow, (device_id, enterprise_id))
            return None if peer is None else peer.sent_through

    @user_errors
    def acknowledged_through(self, device_id: uuid.UUID, enterprise_id: uuid.UUID) -> int | None:
        """Our last sequence that device said (in a package of its own) it has merged: a
        package of changes to it starts there, so one lost on the way is sent again."""
        with self._transaction() as session:
            peer = session.get(ExchangePeerRow, (device_id, enterprise_id))
            return None if peer is None else peer.acknowledged_through

    @user_errors
    def peers(self, enterprise_id: uuid.UUID) -> list[Peer]:
        with self._transaction() as session:
            rows = session.scalars(
                select(ExchangePeerRow)
                .where(ExchangePeerRow.enterprise_id == enterprise_id)
                .order_by(ExchangePeerRow.person_name)
            )
            return [
                Peer(
                    r.device_id,
                    r.person_name,
                    r.sent_through,
                    r.acknowledged_through,
                    r.acknowledged_at,
                )
                for r in rows
            ]

    @user_errors
    def exchanged_with(self, device_id: uuid.UUID) -> set[uuid.UUID]:
        """The enterprises ever sent to or received from that device, deleted ones too."""
        with self._transaction() as session:
            return set(
                session.scalars(
                    select(ExchangePeerRow.enterprise_id).where(
                        ExchangePeerRow.device_id == device_id
                    )
                )
            )

    @user_errors
    def mark_sent(
        self, device_id: uuid.UUID, enterprise_id: uuid.UUID, head: int | None, name: str
    ) -> None:
        with self._transaction() as session:
            peer = session.get(ExchangePeerRow, (device_id, enterprise_id))
            if peer is None:
                peer = ExchangePeerRow(device_id=device_id, enterprise_id=enterprise_id)
                session.add(peer)
            peer.sent_through = head
            peer.person_name = name or peer.person_name or ""

    @user_errors
    def collect(
        self,
        enterprise_id: uuid.UUID,
        since: int | None = None,
        skip_device: uuid.UUID | None = None,
    ) -> ChangeSet:
        """The enterprise's records with their whole history; with `since`, only the records
        changed after that sequence (each still with its whole history, which the other side
        needs to tell a newer change from a concurrent one). `skip_device`: leave out records
        whose changes after `since` all came from that device (what it sent, it holds)."""
        with self._transaction() as session:
            name = _enterprise_name(session, enterprise_id)
            connection = session.connection()
            scope = LOG.c.enterprise_id == enterprise_id
            query = select(LOG.c.record_kind, LOG.c.record_id).where(scope).distinct()
            if since is not None:
                query = query.where(LOG.c.sequence > since)
            if skip_device is not None:
                query = query.where(or_(LOG.c.device_id.is_(None), LOG.c.device_id != skip_device))
            pairs = sorted(
                {(kind, rid) for kind, rid in connection.execute(query)},
                key=lambda p: (table_order().get(p[0], 0), str(p[1])),
            )
            head = connection.execute(select(func.max(LOG.c.sequence)).where(scope)).scalar()
            history = entries_of_records(connection, [rid for _kind, rid in pairs])
            change_set = ChangeSet(enterprise_id, name, head=head, since=since)
            by_kind: dict[str, list[uuid.UUID]] = {}
            for kind, rid in pairs:
                by_kind.setdefault(kind, []).append(rid)
            for kind, ids in by_kind.items():
                states = current_states(connection, kind, ids) if row_class_of(kind) else {}
                for rid in ids:
                    change_set.records.append(states.get(rid) or RecordState(kind, rid, None))
                    change_set.entries.extend(history.get(rid, ()))
            authors = {e.author_id for e in change_set.entries if e.author_id is not None}
            for part in chunks(list(authors)):
                for person in session.scalars(select(PersonRow).where(PersonRow.id.in_(part))):
                    change_set.people.append(
                        {"id": str(person.id), **values_of(person)}  # type: ignore[arg-type]
                    )
            change_set.references = _references(session, change_set.records)
            change_set.blobs = _blobs(session, change_set.records)
            change_set.received = _received(session, enterprise_id)
            return change_set

    @user_errors
    def copy_blob(self, blob: Blob, write: Callable[[bytes], Any]) -> int:
        """Hand the bytes of a photo, plan image or signed report to `write` in pieces
        (`blob_io`); returns their size. Checked against their hash: a damaged stored file
        raises IntegrityError once it is read (the writer's partial file is then dropped)."""
        with self._transaction() as session:
            copied = copy_stored(session.connection(), _BLOB_TABLES[blob.kind], blob.sha256, write)
            if copied is None:
                raise NotFoundError(f"No stored file {blob.sha256[:12]}….")
            size, digest = copied
            if digest != blob.sha256:
                raise IntegrityError(
                    f"A stored file is damaged ({blob.sha256[:12]}…): it cannot be sent."
                )
            return size

    def read_blob(self, blob: Blob) -> bytes:
        """The whole bytes of a stored file, checked against their hash."""
        pieces: list[bytes] = []
        self.copy_blob(blob, pieces.append)
        return b"".join(pieces)

    @user_errors
    def read_thumbnail(self, sha256: str) -> bytes | None:
        with self._transaction() as session:
            return cast(
                bytes | None,
                session.scalar(select(PhotoBlobRow.thumbnail).where(PhotoBlobRow.sha256 == sha256)),
            )

    @user_errors
    def merge(
        self,
        change_set: ChangeSet,
        *,
        package_id: uuid.UUID,
        from_device: uuid.UUID,
        from_name: str,
        read_blob: BlobReader,
        read_thumbnail: Callable[[str], bytes | None] = lambda _sha: None,
        in_step: bool = False,
    ) -> MergeSummary:
        """Merge another workspace's change set: one transaction, all or nothing.

        `in_step` (a sync with the office): when the sender had been sent everything of the
        enterprise before, it now holds everything after the merge too (what it sent plus
        what it had), so the mark of what was sent to it moves to the new head, in the same
        transaction, if no other change came in between. Without it, a laptop's first push
        after a pull sent every record it had just pulled back up."""
        for attempt in range(MERGE_ATTEMPTS):
            try:
                with self._transaction() as session:
                    session.info[SERIAL] = attempt > 0
                    exchange_order.begin(session)
                    scope = LOG.c.enterprise_id == change_set.enterprise_id
                    before = session.scalar(select(func.max(LOG.c.sequence)).where(scope))
                    summary = merge_change_set(
                        session,
                        self.workspace.history,
                        change_set,
                        package_id=package_id,
                        from_device=from_device,
                        from_name=from_name,
                        read_blob=read_blob,
                        read_thumbnail=read_thumbnail,
                        seen_through=before,
                    )
                    if in_step and not summary.already_received:
                        _keep_in_step(session, change_set, from_device, before)
                    return summary
            except (ConcurrentMerge, DBAPIError) as exc:
                if attempt + 1 == MERGE_ATTEMPTS or not _met_another(exc):
                    raise
        raise AssertionError("unreachable")


def _enterprise_name(session: Any, enterprise_id: uuid.UUID) -> str:
    """A deleted enterprise is collected too (its deletion travels like any other change):
    its name is the one its last change-log entry gives."""
    enterprise = session.get(EnterpriseRow, enterprise_id)
    if enterprise is not None:
        return str(enterprise.name)
    fields = session.scalar(
        select(LOG.c.fields)
        .where(LOG.c.record_id == enterprise_id, LOG.c.record_kind == EnterpriseRow.__tablename__)
        .order_by(LOG.c.sequence.desc())
        .limit(1)
    )
    if fields is None:
        raise NotFoundError(f"No enterprise with id {enterprise_id}.")
    before, after = (fields.get("name") if isinstance(fields, dict) else None) or (None, None)
    return str(after or before or "")


def _met_another(exc: Exception) -> bool:
    """A merge that met another transaction (the same records changed, a deadlock, the
    same new row inserted by both): running it again, alone, settles it."""
    if isinstance(exc, ConcurrentMerge):
        return True
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code in RETRIED_STATES


def _keep_in_step(
    session: Any, change_set: ChangeSet, from_device: uuid.UUID, before: int | None
) -> None:
    peer = session.get(ExchangePeerRow, (from_device, change_set.enterprise_id))
    if peer is None:
        return
    if before is not None and (peer.sent_through is None or peer.sent_through < before):
        return  # changes of ours it has not been sent yet: the next push sends them
    session.flush()
    scope = LOG.c.enterprise_id == change_set.enterprise_id
    query = select(type_coerce(LOG.c.change_id, String), LOG.c.sequence).where(scope)
    if before is not None:
        query = query.where(LOG.c.sequence > before)
    arrived = {entry.change_id.hex for entry in change_set.entries}
    # one row more than it sent is enough to tell (other laptops' pushes committed since)
    added = session.execute(query.limit(len(arrived) + 1)).all()
    if len(added) > len(arrived):
        return
    if added and all(hex_of(change_id) in arrived for change_id, _ in added):  # only its own
        peer.sent_through = max(sequence for _, sequence in added)


def _received(session: Any, enterprise_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """What we have merged of each device's changes to the enterprise (its sequences)."""
    rows = session.execute(
        select(ExchangePeerRow.device_id, ExchangePeerRow.received_through).where(
            ExchangePeerRow.enterprise_id == enterprise_id,
            ExchangePeerRow.received_through.is_not(None),
        )
    )
    return {device: through for device, through in rows}


def _references(session: Any, records: list[RecordState]) -> dict[str, list[dict[str, Any]]]:
    references = {}
    templates = {
        uuid.UUID(str(r.values["template_id"]))
        for r in records
        if r.record_kind == WalkthroughRow.__tablename__ and r.values is not None
    }
    for table in REFERENCE_TABLES:
        row_class = cast(Any, row_class_of(table))
        query = select(row_class)
        if row_class is ChecklistTemplateRow:  # a template version is large: the used ones
            query = query.where(row_class.id.in_(sorted(templates, key=str)))
        references[table] = [
            {"id": str(row.id), **values_of(row)} for row in session.scalars(query)
        ]
    return references


def _blobs(session: Any, records: list[RecordState]) -> list[Blob]:
    photos = sorted(
        {
            str(r.values["sha256"])
            for r in records
            if r.record_kind == PhotoRow.__tablename__ and r.values is not None
        }
    )
    blobs = []
    for part in _text_chunks(photos):
        for sha, media_type in session.execute(
            select(PhotoBlobRow.sha256, PhotoBlobRow.media_type).where(
                PhotoBlobRow.sha256.in_(part)
            )
        ):
            blobs.append(Blob("photo", sha, media_type))
    images = {
        uuid.UUID(str(r.values["background_image_id"]))
        for r in records
        if r.record_kind == FloorPlanRow.__tablename__
        and r.values is not None
        and r.values.get("background_image_id")
    }
    for image_id in sorted(images, key=str):
        image = session.get(PlanImageRow, image_id)
        if image is not None:
            blobs.append(
                Blob(
                    "plan_image",
                    image.sha256,
                    image.media_type,
                    {"id": str(image.id), "width_px": image.width_px, "height_px": image.height_px},
                )
            )
    return blobs + _report_blobs(session, records)


def _report_blobs(session: Any, records: list[RecordState]) -> list[Blob]:
    """A signed report's bytes travel with it (content, each signed copy's tail, drawings),
    so the receiver can hand out the signed PDFs and `verify` them, and the list of its
    signer's changes, so it reads as superseded or not there as it does here."""
    wanted = set()
    for record in records:
        if record.values is None:
            continue
        if record.record_kind == SignedReportRow.__tablename__:
            wanted.add(str(record.values["content_sha256"]))
            if record.values.get("signed_changes_sha256"):  # what its signer held
                wanted.add(str(record.values["signed_changes_sha256"]))
        elif record.record_kind == ReportSignatureRow.__tablename__:
            wanted.add(str(record.values["tail_sha256"]))
            if record.values.get("drawing_sha256"):
                wanted.add(str(record.values["drawing_sha256"]))
    held = []
    for part in _text_chunks(sorted(wanted)):
        held.extend(
            session.scalars(select(ReportBlobRow.sha256).where(ReportBlobRow.sha256.in_(part)))
        )
    return [Blob("report", sha, "application/octet-stream") for sha in sorted(held)]


def _text_chunks(items: list[str]) -> list[list[str]]:
    return [items[n : n + 500] for n in range(0, len(items), 500)]


__all__ = ["SqlExchange"]
