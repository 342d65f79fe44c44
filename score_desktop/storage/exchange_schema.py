"""Tables of exchange between workspaces (peers, received packages, the conflict inbox) and
of comment threads, in a module of their own: schema.py imports it at its end, so
`Base.metadata` holds them. See docs/ARCHITECTURE.md, *Exchange between workspaces*.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, TimestampedRow, utcnow


class ExchangePeerRow(Base):
    """Another device, per enterprise. `sent_through`: our last sequence sent there (the
    office sync's mark). `acknowledged_through`: our last sequence that device said it has
    merged (in a package of its own, at `acknowledged_at`): a package of changes to it starts
    there. `received_through`: its last sequence we have merged, which our packages tell it."""

    __tablename__ = "exchange_peers"
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    person_name: Mapped[str] = mapped_column(Text, default="")
    sent_through: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    acknowledged_through: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    received_through: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class ReceivedPackageRow(Base):
    """Packages merged here, by their id: receiving one again is recognised at once."""

    __tablename__ = "received_packages"
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)


class ConflictRow(Base):
    """A change from another workspace that met a different change here, waiting for a
    person. `held` are that workspace's change-log parts, kept out of the log until then."""

    __tablename__ = "conflicts"
    __table_args__ = (Index("ix_conflicts_record", "record_id", "key"),)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_kind: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    key: Mapped[str] = mapped_column(String(60))
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    held: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    my_author: Mapped[str] = mapped_column(Text, default="")
    my_at: Mapped[str] = mapped_column(String(40), default="")
    their_author: Mapped[str] = mapped_column(Text, default="")
    their_at: Mapped[str] = mapped_column(String(40), default="")
    from_device: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CommentRow(TimestampedRow, Base):
    """One message in the thread of a record (a hazard, an EIP project, a visit, a plan).
    Comments are only added, never edited, so threads merge as a union."""

    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_subject", "subject_id", "written_at"),)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    subject_kind: Mapped[str] = mapped_column(String(60))
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    author_name: Mapped[str] = mapped_column(Text)
    author_role: Mapped[str] = mapped_column(String(20))
    written_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)


class CommentReadRow(Base):
    """Comments read in this workspace (unread ones are marked); never exchanged."""

    __tablename__ = "comment_reads"
    comment_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
