"""Signed reports: a visit report or an EIP report, frozen with the signatures of the
consultant, the inspector and the enterprise manager.

A signed report keeps the exact bytes of the report as rendered (its *content*) and, for each
time people signed it, the signed PDF: the content followed by a signature page. Nothing of
it is ever changed afterwards; an edit of what the report shows *supersedes* it (the change
log says which edit, see `covers`). See docs/sign-off.md.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .errors import ValidationError
from .history import MAX_NAME_LENGTH, Change, Role


class SignedKind(enum.Enum):
    VISIT = "visit"  # the subject is a visit
    EIP = "eip"  # the subject is the enterprise (its improvement plan)


# What the report of each kind shows, as record kinds of the change log: an edit of one of
# these records after the sign-off supersedes it. A visit report: the visit, its review items,
# the hazards found, the photos taken and the walk-throughs (with their answers) on that visit;
# an EIP report: the enterprise's projects.
VISIT_KINDS = (
    "visits",
    "review_items",
    "hazards",
    "photos",
    "walkthroughs",
    "checklist_answers",
)
EIP_KINDS = ("improvement_projects",)


def kinds_shown(kind: SignedKind) -> tuple[str, ...]:
    return VISIT_KINDS if kind is SignedKind.VISIT else EIP_KINDS


def covers(kind: SignedKind, subject_id: uuid.UUID, change: Change, linked: bool) -> bool:
    """Whether `change` edits what a report of `kind` about `subject_id` shows.

    `linked`: the changed record is (now) one of the visit's (its `visit_id` names it); a
    change that moved a record to or away from the visit names it in its fields.
    """
    if change.record_kind not in kinds_shown(kind):
        return False
    if kind is SignedKind.EIP or change.record_id == subject_id:
        return True
    if linked:
        return True
    visit_field = change.field("visit_id")
    return visit_field is not None and str(subject_id) in (visit_field.before, visit_field.after)


# What the signer's workspace held of what the report shows: the change ids (global, unlike
# the sequence) of every change that `covers` it, up to the signing. Stored as bytes of their
# own, named by SHA-256 (docs/sign-off.md): one change id a line, sorted.
CHANGES_HEADER = b"score-desktop signed changes 1\n"


def changes_bytes(change_ids: Iterable[uuid.UUID]) -> bytes:
    lines = sorted({str(change_id) for change_id in change_ids})
    return CHANGES_HEADER + b"".join(line.encode("ascii") + b"\n" for line in lines)


def changes_of(data: bytes) -> frozenset[uuid.UUID]:
    """The change ids of `changes_bytes`; anything else is refused."""
    if not data.startswith(CHANGES_HEADER):
        raise ValidationError({"signed_changes": "Not a list of a signed report's changes."})
    try:
        lines = data[len(CHANGES_HEADER) :].decode("ascii").split()
        return frozenset(uuid.UUID(line) for line in lines)
    except ValueError as exc:
        raise ValidationError({"signed_changes": f"A change id is not valid: {exc}"}) from exc


@dataclass(frozen=True)
class Signature:
    """One person's signature: typed name, role, time (UTC), and optionally a drawing (PNG)."""

    name: str
    role: Role
    signed_at: dt.datetime
    drawing: bytes | None = None
    position: int = 0  # 1, 2, 3… in the order signed; set when stored
    pdf_sha256: str = ""  # the signed PDF made when this signature was saved
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError({"name": "A signature needs the signer's name."})
        if len(self.name) > MAX_NAME_LENGTH:
            raise ValidationError({"name": f"A name has at most {MAX_NAME_LENGTH} characters."})
        if self.signed_at.tzinfo is None:
            raise ValidationError({"signed_at": "A signature's time needs its time zone."})


@dataclass(frozen=True)
class SignedReport:
    """The frozen content of a report and who signed it.

    `signed_through`: the last change-log sequence the content reflects, in the signing
    workspace's own numbering. `changes_sha256`: the signer's changes of what the report
    shows (`changes_bytes`); any other change that `covers` the report supersedes it, on
    every workspace alike (`superseded_by`, read from the log, never stored). None for a
    report signed before they were kept (see docs/sign-off.md).
    """

    enterprise_id: uuid.UUID
    kind: SignedKind
    subject_id: uuid.UUID
    title: str
    content_sha256: str
    content_size: int
    signed_through: int
    signatures: tuple[Signature, ...] = ()
    changes_sha256: str | None = None
    superseded_by: Change | None = None
    created_at: dt.datetime | None = None
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def superseded(self) -> bool:
        return self.superseded_by is not None

    def signed_up_to(self, position: int) -> tuple[Signature, ...]:
        return tuple(s for s in self.signatures if s.position <= position)


class VerdictKind(enum.Enum):
    SIGNED = "signed"  # the file is a signed PDF of this workspace, byte for byte
    SUPERSEDED = "superseded"  # as SIGNED, but an edit since has superseded the report
    CONTENT_ONLY = "content_only"  # the report's content without (or with a changed) sign page
    UNKNOWN = "unknown"  # no signed report of this workspace has these bytes


@dataclass(frozen=True)
class Verdict:
    kind: VerdictKind
    sha256: str
    report: SignedReport | None = None
    signatures: tuple[Signature, ...] = ()


class SignoffRepository(Protocol):
    """Where signed reports are kept. Every write is committed; nothing stored is changed."""

    def last_sequence(self) -> int: ...

    def signed_reports(self, kind: SignedKind, subject_id: uuid.UUID) -> list[SignedReport]: ...

    def get_signed_report(self, report_id: uuid.UUID) -> SignedReport: ...

    def add_signatures(
        self,
        report: SignedReport,
        content: bytes,
        signed_pdf: bytes,
        signatures: Sequence[Signature],
    ) -> SignedReport: ...

    def load_content(self, report: SignedReport) -> bytes: ...

    def load_signed_pdf(self, report: SignedReport, position: int) -> bytes: ...

    def verify(self, data: bytes) -> Verdict: ...
