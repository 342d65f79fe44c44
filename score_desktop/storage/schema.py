"""Tables of the workspace database.

Every row has a UUID key, created/updated timestamps and authors, and a revision; every
write appends to the change log and deletions leave tombstones, so that workspaces from two
machines can later be merged without key clashes.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampedRow:
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    # kept by the change recorder (storage/history_recorder.py), never by repositories
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class ScoreModuleRow(TimestampedRow, Base):
    __tablename__ = "score_modules"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class EnterpriseRow(TimestampedRow, Base):
    __tablename__ = "enterprises"
    name: Mapped[str] = mapped_column(Text)
    sector: Mapped[str] = mapped_column(Text, default="")
    products: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    workers_women: Mapped[int] = mapped_column(Integer, default=0)
    workers_men: Mapped[int] = mapped_column(Integer, default=0)
    managers_women: Mapped[int] = mapped_column(Integer, default=0)
    managers_men: Mapped[int] = mapped_column(Integer, default=0)
    union_present: Mapped[bool] = mapped_column(Boolean, default=False)
    main_buyers: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    risk_method: Mapped[str] = mapped_column(String(40), default="5x5")
    currency: Mapped[str] = mapped_column(String(3), default="")


class VisitRow(TimestampedRow, Base):
    __tablename__ = "visits"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    visit_type: Mapped[str] = mapped_column(String(20))
    module_code: Mapped[str] = mapped_column(ForeignKey("score_modules.code"))
    consultant: Mapped[str] = mapped_column(Text, default="")
    inspector: Mapped[str] = mapped_column(Text, default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    observations: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_visit_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class DeletionRow(Base):
    """A tombstone: which row of which table was deleted, and when."""

    __tablename__ = "deletions"
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PersonRow(TimestampedRow, Base):
    """Someone who made changes: the author the change log names."""

    __tablename__ = "people"
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(Text, default="")


class WorkspaceMetaRow(Base):
    """Facts about the workspace itself, such as the id of the device it lives on."""

    __tablename__ = "workspace_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeLogRow(Base):
    """One operation on one record, with the fields' values before and after.

    `sequence` orders changes within the workspace (clocks are not trusted); `at` is shown to
    people only.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_record", "record_id", "sequence"),
        Index("ix_change_log_enterprise", "enterprise_id", "sequence"),
    )
    sequence: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    change_set: Mapped[uuid.UUID] = mapped_column(Uuid)
    record_kind: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    enterprise_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    operation: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, list[Any]]] = mapped_column(JSON)  # name: [before, after]
    revision: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # the same change in every workspace it travels to (sequence is this workspace's own)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    # only for part of a change received from another workspace (see domain/merge.py):
    # the keys this row carries, and those whose value a newer change kept here gives
    # (no value is SQL NULL, not JSON `null`: nothing to encode for the many rows without)
    part_keys: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    shadowed: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class PlanImageRow(TimestampedRow, Base):
    """Background image bytes, stored once per content (SHA-256) and verified on read."""

    __tablename__ = "plan_images"
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(40))
    width_px: Mapped[int] = mapped_column(Integer)
    height_px: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class FloorPlanRow(TimestampedRow, Base):
    __tablename__ = "floor_plans"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    building: Mapped[str] = mapped_column(Text, default="")
    floor: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    metres_per_unit: Mapped[float] = mapped_column(Float)
    grid_metres: Mapped[float] = mapped_column(Float)
    snap_to_grid: Mapped[bool] = mapped_column(Boolean, default=False)
    background_image_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("plan_images.id"), nullable=True
    )
    background: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class PlanItemRow(TimestampedRow, Base):
    __tablename__ = "plan_items"
    # a plan's items in the order they are read (list_items): no sort when a plan opens
    __table_args__ = (Index("ix_plan_items_plan_order", "plan_id", "z", "created_at"),)
    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("floor_plans.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    points: Mapped[list[list[float]]] = mapped_column(JSON)
    width: Mapped[float] = mapped_column(Float, default=0.0)
    height: Mapped[float] = mapped_column(Float, default=0.0)
    rotation: Mapped[float] = mapped_column(Float, default=0.0)
    thickness: Mapped[float] = mapped_column(Float, default=0.0)
    label: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(Text, default="")
    workers_women: Mapped[int] = mapped_column(Integer, default=0)
    workers_men: Mapped[int] = mapped_column(Integer, default=0)
    fill: Mapped[str] = mapped_column(String(9), default="")
    font_size: Mapped[float] = mapped_column(Float, default=0.0)
    z: Mapped[float] = mapped_column(Float, default=0.0)


class HazardCategoryRow(TimestampedRow, Base):
    __tablename__ = "hazard_categories"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str] = mapped_column(String(9))
    symbol: Mapped[str] = mapped_column(String(4))
    nr5_group: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=100)


class HazardRow(TimestampedRow, Base):
    __tablename__ = "hazards"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    plan_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("floor_plans.id", ondelete="SET NULL"), nullable=True, index=True
    )
    x: Mapped[float | None] = mapped_column(Float, nullable=True)
    y: Mapped[float | None] = mapped_column(Float, nullable=True)
    title: Mapped[str] = mapped_column(Text)
    category_code: Mapped[str] = mapped_column(ForeignKey("hazard_categories.code"))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    exposed_women: Mapped[int] = mapped_column(Integer, default=0)
    exposed_men: Mapped[int] = mapped_column(Integer, default=0)
    job: Mapped[str] = mapped_column(Text, default="")
    existing_controls: Mapped[str] = mapped_column(Text, default="")
    initial: Mapped[dict[str, float]] = mapped_column(JSON)
    proposed_controls: Mapped[list[dict[str, str]]] = mapped_column(JSON)
    residual: Mapped[dict[str, float]] = mapped_column(JSON)
    responsible: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    identified_by: Mapped[str] = mapped_column(String(20))
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visits.id", ondelete="SET NULL"), nullable=True
    )
    legal_reference: Mapped[str] = mapped_column(Text, default="")


class RiskProfileRow(TimestampedRow, Base):
    """A named risk method profile: a built-in method's factors with other bands."""

    __tablename__ = "risk_profiles"
    name: Mapped[str] = mapped_column(Text)
    base_method: Mapped[str] = mapped_column(String(40))
    bands: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class PhotoBlobRow(Base):
    """Photo bytes and thumbnail, once per content; keyed by the SHA-256 of the bytes."""

    __tablename__ = "photo_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(40))
    # deferred: checking that bytes exist must not read megabytes
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PhotoRow(TimestampedRow, Base):
    __tablename__ = "photos"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("photo_blobs.sha256"))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    original_name: Mapped[str] = mapped_column(Text, default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20))
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    camera: Mapped[str] = mapped_column(Text, default="")
    hazard_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("hazards.id", ondelete="SET NULL"), nullable=True, index=True
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visits.id", ondelete="SET NULL"), nullable=True
    )
    # The zone and the plan of a pin are soft links (no foreign key): deleting a zone or a
    # plan and undoing it brings them back under the same id, and the photo finds them again.
    zone_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    pin_plan_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    pin_x: Mapped[float | None] = mapped_column(Float, nullable=True)
    pin_y: Mapped[float | None] = mapped_column(Float, nullable=True)
    pin_bearing: Mapped[float | None] = mapped_column(Float, nullable=True)
    annotations: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)


# Enterprise Improvement Team and Plan -------------------------------------------------------
# Money is kept as decimal text: SQLite has no exact decimal type.


class EitMemberRow(TimestampedRow, Base):
    __tablename__ = "eit_members"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    sex: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(20))
    position: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(Text, default="")
    elected_by_workers: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class EitMeetingRow(TimestampedRow, Base):
    __tablename__ = "eit_meetings"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    attendee_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # soft links to members
    topics: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    project_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class SuggestionRow(TimestampedRow, Base):
    __tablename__ = "suggestions"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    submitter: Mapped[str] = mapped_column(Text, default="")
    submitter_sex: Mapped[str | None] = mapped_column(String(10), nullable=True)
    area: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    project_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


class ImprovementProjectRow(TimestampedRow, Base):
    __tablename__ = "improvement_projects"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text, default="")
    root_cause: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20))
    hazard_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # soft links, many-to-many
    suggestion_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    module_code: Mapped[str] = mapped_column(String(40))
    zone: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    control_level: Mapped[str | None] = mapped_column(String(20), nullable=True)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    team: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20))
    cost_estimate: Mapped[str | None] = mapped_column(String(32), nullable=True)
    cost_actual: Mapped[str | None] = mapped_column(String(32), nullable=True)
    savings_expected: Mapped[str | None] = mapped_column(String(32), nullable=True)
    savings_actual: Mapped[str | None] = mapped_column(String(32), nullable=True)
    indicator: Mapped[str] = mapped_column(Text, default="")
    baseline_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    target_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    result_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    verified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    verified_by: Mapped[str] = mapped_column(Text, default="")
    after_photo_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ReviewItemRow(TimestampedRow, Base):
    __tablename__ = "review_items"
    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visits.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    title: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    photo_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)


# Indicators ----------------------------------------------------------------------------------


class IndicatorEntryRow(TimestampedRow, Base):
    __tablename__ = "indicator_entries"
    __table_args__ = (
        UniqueConstraint("enterprise_id", "indicator", "kind", "month", "sex"),
        # covers the programme view's monthly means: no table rows are read
        Index(
            "ix_indicator_entries_portfolio",
            "indicator",
            "kind",
            "sex",
            "month",
            "enterprise_id",
            "value",
        ),
    )
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    indicator: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))
    month: Mapped[dt.date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(8))
    inputs: Mapped[dict[str, float]] = mapped_column(JSON)
    value: Mapped[float | None] = mapped_column(Float, nullable=True)


class BaselineCorrectionRow(TimestampedRow, Base):
    __tablename__ = "baseline_corrections"
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    indicator: Mapped[str] = mapped_column(String(40))
    sex: Mapped[str] = mapped_column(String(8))
    old_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    new_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    corrected_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class PracticeAnswerRow(TimestampedRow, Base):
    __tablename__ = "practice_answers"
    __table_args__ = (UniqueConstraint("enterprise_id", "practice"),)
    enterprise_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("enterprises.id", ondelete="CASCADE"), index=True
    )
    practice: Mapped[str] = mapped_column(String(40))
    answer: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class CatalogueItemRow(TimestampedRow, Base):
    """Indicators and good-practice questions a programme added to the defaults."""

    __tablename__ = "catalogue_items"
    __table_args__ = (UniqueConstraint("kind", "code"),)
    kind: Mapped[str] = mapped_column(String(20))  # "indicator" or "practice"
    code: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


# Tables kept in modules of their own, registered on Base whenever the schema is imported
from . import checklist_schema as _checklist_schema  # noqa: E402,F401
from . import exchange_schema as _exchange_schema  # noqa: E402,F401
from . import signoff_schema as _signoff_schema  # noqa: E402,F401  (after Base exists)
