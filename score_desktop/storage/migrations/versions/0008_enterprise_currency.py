"""Enterprises get the currency their money figures are in (empty: the country's).

Revision ID: 0008_enterprise_currency
Revises: 0007_improvement
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_enterprise_currency"
down_revision = "0007_improvement"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: SQLite adds it in place, without copying the table
    op.add_column(
        "enterprises",
        sa.Column("currency", sa.String(3), nullable=False, server_default=sa.text("''")),
    )


def downgrade() -> None:
    with op.batch_alter_table("enterprises") as batch:
        batch.drop_column("currency")
