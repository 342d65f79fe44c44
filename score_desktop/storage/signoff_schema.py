"""Tables of signed reports (domain/signoff.py), in a module of their own: schema.py imports
it at its end, so `Base.metadata` always holds them.

The report and its signatures are records (their insertion is in the change log, in the
enterprise's activity); the PDF bytes are content-addressed blobs, stored once per SHA-256
and checked on every read. Blobs are named by hash without a foreign key, so a signed report
received from another workspace without its bytes is still listed (and says so on reading).
"""

import datetime as dt
import uuid

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, TimestampedRow, utcnow


class ReportBlobRow(Base):
    """Bytes of a signed report: its content, a signed PDF's appended part, or a drawing."""

    __tablename__ = "report_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SignedReportRow(TimestampedRow, Base):
    """The frozen content of one report. The enterprise is a soft link: a signed report is
    evidence and outlives the deletion of its enterprise (restored, it finds it again)."""

    __tablename__ = "signed_reports"
    __table_args__ = (Index("ix_signed_reports_subject", "subject_id", "created_at"),)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    title: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    content_size: Mapped[int] = mapped_column(BigInteger)
    signed_through: Mapped[int] = mapped_column(BigInteger)
    # the blob of the signer's changes of what the report shows (domain.signoff.changes_bytes);
    # none on reports signed before migration 0023
    signed_changes_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReportSignatureRow(TimestampedRow, Base):
    """One signature; `pdf_sha256` names the signed PDF saved with it (the content and the
    `tail_sha256` blob after it), which shows the signatures up to its `position`."""

    __tablename__ = "report_signatures"
    signed_report_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("signed_reports.id", ondelete="CASCADE"), index=True
    )
    enterprise_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    drawing_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    tail_sha256: Mapped[str] = mapped_column(String(64))
