"""Signed reports in SQL (domain/signoff.py): stored once, never changed; whether an edit has
superseded one is read from the change log each time it is asked."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Iterator, Sequence

from sqlalchemy import ColumnElement, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from ..domain.errors import IntegrityError, KnownProblemError, NotFoundError
from ..domain.history import Change, Role
from ..domain.signoff import (
    Signature,
    SignedKind,
    SignedReport,
    Verdict,
    VerdictKind,
    changes_bytes,
    changes_of,
    covers,
    kinds_shown,
)
from .checklist_schema import ChecklistAnswerRow, WalkthroughRow
from .history_recorder import DEVICE_KEY
from .history_repository import _change, _changes
from .repository_base import SqlRepository, user_errors
from .schema import ChangeLogRow, HazardRow, PhotoRow, ReviewItemRow, WorkspaceMetaRow
from .signoff_schema import ReportBlobRow, ReportSignatureRow, SignedReportRow

LINKED_TO_VISIT: dict[
    str, type[HazardRow] | type[PhotoRow] | type[ReviewItemRow] | type[WalkthroughRow]
] = {
    "hazards": HazardRow,
    "photos": PhotoRow,
    "review_items": ReviewItemRow,
    "walkthroughs": WalkthroughRow,
}


class SupersededError(KnownProblemError):
    """Signatures added to a report that an edit has superseded."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class SqlSignoffRepository(SqlRepository):
    @user_errors
    def last_sequence(self) -> int:
        with self._transaction() as session:
            return session.scalar(select(func.max(ChangeLogRow.sequence))) or 0

    @user_errors
    def signed_reports(self, kind: SignedKind, subject_id: uuid.UUID) -> list[SignedReport]:
        """The subject's signed reports, newest first."""
        query = (
            select(SignedReportRow)
            .where(SignedReportRow.kind == kind.value, SignedReportRow.subject_id == subject_id)
            .order_by(SignedReportRow.created_at.desc())
        )
        with self._transaction() as session:
            return [self._report(session, row) for row in session.scalars(query)]

    @user_errors
    def get_signed_report(self, report_id: uuid.UUID) -> SignedReport:
        with self._transaction() as session:
            row = session.get(SignedReportRow, report_id)
            if row is None:
                raise NotFoundError(f"No signed report with id {report_id}.")
            return self._report(session, row)

    @user_errors
    def add_signatures(
        self,
        report: SignedReport,
        content: bytes,
        signed_pdf: bytes,
        signatures: Sequence[Signature],
    ) -> SignedReport:
        """Store the report (if new), its content, the signed PDF made with `signatures` and
        the signatures, in one transaction. Refused if an edit has superseded the report."""
        if not signatures:
            raise KnownProblemError("Nothing to sign: add a signature first.")
        for signature in signatures:
            signature.validate()
        if sha256(content) != report.content_sha256 or len(content) != report.content_size:
            raise IntegrityError("The report's content does not match its checksum.")
        if not signed_pdf.startswith(content):
            raise IntegrityError("A signed PDF must begin with the report's content.")
        pdf_sha = sha256(signed_pdf)
        with self._transaction() as session:
            row = session.get(SignedReportRow, report.id)
            if row is None:
                row = SignedReportRow(
                    id=report.id,
                    enterprise_id=report.enterprise_id,
                    kind=report.kind.value,
                    subject_id=report.subject_id,
                    title=report.title,
                    content_sha256=report.content_sha256,
                    content_size=report.content_size,
                    signed_through=report.signed_through,
                    signed_changes_sha256=_keep_blob(session, signed_changes(session, report)),
                )
                session.add(row)
                _keep_blob(session, content)
            elif self._superseded_by(session, row) is not None:
                raise SupersededError(
                    "The report was changed after it was signed: sign the report as it is now."
                )
            tail_sha = _keep_blob(session, signed_pdf[len(content) :])
            position = session.scalar(
                select(func.max(ReportSignatureRow.position)).where(
                    ReportSignatureRow.signed_report_id == row.id
                )
            )
            position = position or 0
            for signature in signatures:
                position += 1
                drawing = _keep_blob(session, signature.drawing) if signature.drawing else None
                session.add(
                    ReportSignatureRow(
                        id=signature.id,
                        signed_report_id=row.id,
                        enterprise_id=row.enterprise_id,
                        position=position,
                        name=signature.name,
                        role=signature.role.value,
                        signed_at=signature.signed_at,
                        drawing_sha256=drawing,
                        pdf_sha256=pdf_sha,
                        tail_sha256=tail_sha,
                    )
                )
            session.flush()
            return self._report(session, row)

    @user_errors
    def load_content(self, report: SignedReport) -> bytes:
        with self._transaction() as session:
            return _blob(session, report.content_sha256)

    @user_errors
    def load_signed_pdf(self, report: SignedReport, position: int) -> bytes:
        """The signed PDF saved with the signature at `position`, byte for byte."""
        with self._transaction() as session:
            row = session.scalar(
                select(ReportSignatureRow).where(
                    ReportSignatureRow.signed_report_id == report.id,
                    ReportSignatureRow.position == position,
                )
            )
            if row is None:
                raise NotFoundError(f"The report has no signature {position}.")
            data = _blob(session, report.content_sha256) + _blob(session, row.tail_sha256)
            if sha256(data) != row.pdf_sha256:
                raise IntegrityError("A stored signed report no longer matches its checksum.")
            return data

    @user_errors
    def verify(self, data: bytes) -> Verdict:
        """Whether `data` is a signed PDF of this workspace (by its SHA-256), or at least
        begins with the content of a signed report (its signature page missing or changed)."""
        digest = sha256(data)
        with self._transaction() as session:
            signature = session.scalar(
                select(ReportSignatureRow)
                .where(ReportSignatureRow.pdf_sha256 == digest)
                .order_by(ReportSignatureRow.position.desc())
                .limit(1)
            )
            if signature is not None:
                row = session.get_one(SignedReportRow, signature.signed_report_id)
                report = self._report(session, row)
                kind = VerdictKind.SUPERSEDED if report.superseded else VerdictKind.SIGNED
                shown = report.signed_up_to(signature.position)
                return Verdict(kind, digest, report, shown)
            sizes = session.scalars(
                select(SignedReportRow.content_size)
                .where(SignedReportRow.content_size <= len(data))
                .distinct()
            )
            prefixes = {sha256(data[:size]) for size in sizes}
            found = session.scalar(
                select(SignedReportRow).where(SignedReportRow.content_sha256.in_(prefixes))
            )
            if found is not None:
                return Verdict(VerdictKind.CONTENT_ONLY, digest, self._report(session, found))
            return Verdict(VerdictKind.UNKNOWN, digest)

    # Reading -------------------------------------------------------------------------------

    def _report(self, session: Session, row: SignedReportRow) -> SignedReport:
        signature_rows = session.scalars(
            select(ReportSignatureRow)
            .where(ReportSignatureRow.signed_report_id == row.id)
            .order_by(ReportSignatureRow.position)
        )
        signatures = tuple(
            Signature(
                name=s.name,
                role=Role(s.role),
                signed_at=_aware(s.signed_at),
                drawing=_blob(session, s.drawing_sha256) if s.drawing_sha256 else None,
                position=s.position,
                pdf_sha256=s.pdf_sha256,
                id=s.id,
            )
            for s in signature_rows
        )
        return SignedReport(
            enterprise_id=row.enterprise_id,
            kind=SignedKind(row.kind),
            subject_id=row.subject_id,
            title=row.title,
            content_sha256=row.content_sha256,
            content_size=row.content_size,
            signed_through=row.signed_through,
            signatures=signatures,
            changes_sha256=row.signed_changes_sha256,
            superseded_by=self._superseded_by(session, row),
            created_at=_aware(row.created_at),
            id=row.id,
        )

    def _superseded_by(self, session: Session, row: SignedReportRow) -> Change | None:
        """The first change (in this log's order) to what the report shows that its signer
        did not hold at signing, if any: the same answer on every workspace (change ids are
        global). A report signed before the signer's changes were kept: `_after_legacy_signing`."""
        shown = _Shown(session, row)
        signed = _signed_changes(session, row)
        if signed is None:
            return shown.first(*_after_legacy_signing(session, row))
        ids = select(ChangeLogRow.sequence, ChangeLogRow.change_id).where(*shown.where)
        unsigned = sorted(seq for seq, change_id in session.execute(ids) if change_id not in signed)
        for start in range(0, len(unsigned), 500):
            found = shown.first(ChangeLogRow.sequence.in_(unsigned[start : start + 500]))
            if found is not None:
                return found
        return None


class _Shown:
    """The changes of a signed report's enterprise that can concern what it shows (its
    records', and those naming it in their fields: a record moved to or away from it);
    `covers` decides."""

    def __init__(self, session: Session, row: SignedReportRow) -> None:
        self.session = session
        self.kind = SignedKind(row.kind)
        self.subject_id = row.subject_id
        self.where = [
            ChangeLogRow.enterprise_id == row.enterprise_id,
            ChangeLogRow.record_kind.in_(kinds_shown(self.kind)),
        ]
        self.linked: dict[str, set[uuid.UUID]] = {}
        self.walks: set[str] = set()
        if self.kind is SignedKind.VISIT:
            for record_kind, row_class in LINKED_TO_VISIT.items():
                ids = select(row_class.id).where(row_class.visit_id == row.subject_id)
                self.linked[record_kind] = set(session.scalars(ids))
            answers = select(ChecklistAnswerRow.id).where(
                ChecklistAnswerRow.walkthrough_id.in_(self.linked["walkthroughs"])
            )
            self.linked["checklist_answers"] = set(session.scalars(answers))
            own = {row.subject_id}.union(*self.linked.values())
            # an answer names its walk-through, not the visit (also in a deleted answer's entry)
            self.walks = {str(i) for i in self.linked["walkthroughs"]}
            fields = cast(ChangeLogRow.fields, Text)
            named = or_(
                fields.contains(str(row.subject_id)), *(fields.contains(w) for w in self.walks)
            )
            self.where.append(or_(ChangeLogRow.record_id.in_(own), named))

    def covering(self, *where: ColumnElement[bool]) -> Iterator[tuple[uuid.UUID, Change]]:
        """The changes (also limited by `where`) that concern the report, in log order, with
        their change ids."""
        query = _changes().where(*self.where, *where).order_by(ChangeLogRow.sequence)
        for result in self.session.execute(query):
            change = _change(result)
            linked = change.record_id in self.linked.get(change.record_kind, ())
            if covers(self.kind, self.subject_id, change, linked or _answer_on(change, self.walks)):
                yield result[0].change_id, change

    def first(self, *where: ColumnElement[bool]) -> Change | None:
        return next((change for _id, change in self.covering(*where)), None)


def signed_changes(session: Session, report: SignedReport) -> bytes:
    """What the signing workspace holds of what `report` shows, up to its `signed_through`:
    the ids of those changes (`changes_bytes`)."""
    row = SignedReportRow(
        enterprise_id=report.enterprise_id,
        kind=report.kind.value,
        subject_id=report.subject_id,
    )
    shown = _Shown(session, row)
    held = shown.covering(ChangeLogRow.sequence <= report.signed_through)
    return changes_bytes(change_id for change_id, _change in held)


def _signed_changes(session: Session, row: SignedReportRow) -> frozenset[uuid.UUID] | None:
    """The signer's changes of what the report shows; None for a report signed before they
    were kept, or whose list did not come with it (a package made by hand)."""
    if row.signed_changes_sha256 is None:
        return None
    try:
        return changes_of(_blob(session, row.signed_changes_sha256))
    except NotFoundError:
        return None


def _after_legacy_signing(session: Session, row: SignedReportRow) -> list[ColumnElement[bool]]:
    """For a report without its signer's changes, the changes after its sign-off. Signed
    here: after its own `signed_through`. Received: this workspace's own edits after its
    arrival (`signed_through` is another log's number, and what came with the report, or
    after it from elsewhere, cannot be told apart from what its signer held)."""
    arrival = session.execute(
        select(ChangeLogRow.sequence, ChangeLogRow.device_id)
        .where(ChangeLogRow.record_id == row.id)
        .order_by(ChangeLogRow.sequence)
        .limit(1)
    ).first()
    own = session.scalar(select(WorkspaceMetaRow.value).where(WorkspaceMetaRow.key == DEVICE_KEY))
    if arrival is None or own is None or str(arrival.device_id) == own:
        return [ChangeLogRow.sequence > row.signed_through]
    return [ChangeLogRow.sequence > arrival.sequence, ChangeLogRow.device_id == uuid.UUID(own)]


def _answer_on(change: Change, walkthrough_ids: set[str]) -> bool:
    """A checklist answer's change on one of these walk-throughs (before or after)."""
    if change.record_kind != "checklist_answers":
        return False
    walk = change.field("walkthrough_id")
    return walk is not None and bool({walk.before, walk.after} & walkthrough_ids)


def _keep_blob(session: Session, data: bytes) -> str:
    digest = sha256(data)
    if session.get(ReportBlobRow, digest) is None:
        session.add(ReportBlobRow(sha256=digest, size=len(data), data=data))
    return digest


def _blob(session: Session, digest: str) -> bytes:
    row = session.get(ReportBlobRow, digest)
    if row is None:
        raise NotFoundError(
            f"The bytes of a signed report are not in this workspace ({digest[:12]}…)."
        )
    if sha256(row.data) != digest:
        raise IntegrityError(
            f"Stored bytes of a signed report are damaged: they no longer match their "
            f"checksum ({digest[:12]}…)."
        )
    return row.data


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
