"""Named risk method profiles (a built-in method with its own band limits and labels).

Revision ID: 0004_risk_profiles
Revises: 0003_hazards
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_risk_profiles"
down_revision = "0003_hazards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "risk_profiles",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("base_method", sa.String(40), nullable=False),
        sa.Column("bands", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_risk_profiles"),
    )


def downgrade() -> None:
    op.drop_table("risk_profiles")
