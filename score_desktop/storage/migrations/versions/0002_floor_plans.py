"""Floor plans, their items and background images.

Revision ID: 0002_floor_plans
Revises: 0001_initial
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_floor_plans"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "plan_images",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("width_px", sa.Integer(), nullable=False),
        sa.Column("height_px", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_plan_images"),
        sa.UniqueConstraint("sha256", name="uq_plan_images_sha256"),
    )
    op.create_table(
        "floor_plans",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("building", sa.Text(), nullable=False),
        sa.Column("floor", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("metres_per_unit", sa.Float(), nullable=False),
        sa.Column("grid_metres", sa.Float(), nullable=False),
        sa.Column("snap_to_grid", sa.Boolean(), nullable=False),
        sa.Column("background_image_id", sa.Uuid(), nullable=True),
        sa.Column("background", sa.JSON(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_floor_plans"),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"],
            name="fk_floor_plans_enterprise_id_enterprises", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["background_image_id"], ["plan_images.id"],
            name="fk_floor_plans_background_image_id_plan_images",
        ),
    )
    op.create_index("ix_floor_plans_enterprise_id", "floor_plans", ["enterprise_id"])
    op.create_table(
        "plan_items",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("points", sa.JSON(), nullable=False),
        *[
            sa.Column(name, sa.Float(), nullable=False)
            for name in ("width", "height", "rotation", "thickness")
        ],
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("department", sa.Text(), nullable=False),
        sa.Column("workers_women", sa.Integer(), nullable=False),
        sa.Column("workers_men", sa.Integer(), nullable=False),
        sa.Column("fill", sa.String(9), nullable=False),
        sa.Column("font_size", sa.Float(), nullable=False),
        sa.Column("z", sa.Float(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_plan_items"),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["floor_plans.id"],
            name="fk_plan_items_plan_id_floor_plans", ondelete="CASCADE",
        ),
    )
    op.create_index("ix_plan_items_plan_id", "plan_items", ["plan_id"])


def downgrade() -> None:
    op.drop_table("plan_items")
    op.drop_table("floor_plans")
    op.drop_table("plan_images")
