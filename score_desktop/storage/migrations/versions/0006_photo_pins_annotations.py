"""Photos get a zone, a pin with view direction on a plan, and vector annotations.

Revision ID: 0006_photo_pins_annotations
Revises: 0005_photos
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_photo_pins_annotations"
down_revision = "0005_photos"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photos") as batch:
        batch.add_column(sa.Column("zone_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("pin_plan_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("pin_x", sa.Float(), nullable=True))
        batch.add_column(sa.Column("pin_y", sa.Float(), nullable=True))
        batch.add_column(sa.Column("pin_bearing", sa.Float(), nullable=True))
        batch.add_column(
            sa.Column("annotations", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch.create_index("ix_photos_pin_plan_id", ["pin_plan_id"])


def downgrade() -> None:
    with op.batch_alter_table("photos") as batch:
        batch.drop_index("ix_photos_pin_plan_id")
        for column in ("annotations", "pin_bearing", "pin_y", "pin_x", "pin_plan_id", "zone_id"):
            batch.drop_column(column)
