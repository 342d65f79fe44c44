"""Photos: content-addressed bytes with thumbnails, and the records that use them.

Revision ID: 0005_photos
Revises: 0004_risk_profiles
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_photos"
down_revision = "0004_risk_profiles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_photo_blobs"),
    )
    op.create_table(
        "photos",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("camera", sa.Text(), nullable=False),
        sa.Column("hazard_id", sa.Uuid(), nullable=True),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_photos"),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprises.id"],
                                name="fk_photos_enterprise_id_enterprises", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sha256"], ["photo_blobs.sha256"],
                                name="fk_photos_sha256_photo_blobs"),
        sa.ForeignKeyConstraint(["hazard_id"], ["hazards.id"],
                                name="fk_photos_hazard_id_hazards", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"],
                                name="fk_photos_visit_id_visits", ondelete="SET NULL"),
    )
    op.create_index("ix_photos_enterprise_id", "photos", ["enterprise_id"])
    op.create_index("ix_photos_hazard_id", "photos", ["hazard_id"])


def downgrade() -> None:
    op.drop_table("photos")
    op.drop_table("photo_blobs")
