"""Tables of checklist templates and walk-throughs (domain/checklist.py, walkthrough.py), in
a module of their own: schema.py imports it at its end, so `Base.metadata` holds them.

A template row is one version, written once and never changed (its content is the
template's data form), so a walk-through always reads the items it was answered against.
Walk-throughs and answers are records like any other: every answer is in the change log.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from .schema import Base, TimestampedRow


class ChecklistTemplateRow(TimestampedRow, Base):
    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("code", "version"),)
    code: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)  # in English, for listing without the content
    module_code: Mapped[str] = mapped_column(String(40))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)


class WalkthroughRow(TimestampedRow, Base):
    __tablename__ = "walkthroughs"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("checklist_templates.id"))
    template_code: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int] = mapped_column(Integer)
    zone_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    previous_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ChecklistAnswerRow(TimestampedRow, Base):
    __tablename__ = "checklist_answers"
    walkthrough_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("walkthroughs.id", ondelete="CASCADE"), index=True
    )
    enterprise_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    item_key: Mapped[str] = mapped_column(String(40))
    answer: Mapped[str] = mapped_column(String(20))
    zone_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    repeat_zone: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    photo_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    hazard_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)  # soft links
    project_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    carried: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
