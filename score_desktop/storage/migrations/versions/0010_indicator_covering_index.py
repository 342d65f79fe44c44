"""A covering index for monthly means over many enterprises (0.15 s → 0.015 s on a million
values: the rows themselves, with their JSON inputs, are no longer read).

Revision ID: 0010_indicator_covering_index
Revises: 0009_indicators
Create Date: 2026-11-22
"""

from alembic import op

revision = "0010_indicator_covering_index"
down_revision = "0009_indicators"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_indicator_entries_indicator_kind_month", table_name="indicator_entries")
    op.create_index(
        "ix_indicator_entries_portfolio",
        "indicator_entries",
        ["indicator", "kind", "sex", "month", "enterprise_id", "value"],
    )


def downgrade() -> None:
    op.drop_index("ix_indicator_entries_portfolio", table_name="indicator_entries")
    op.create_index(
        "ix_indicator_entries_indicator_kind_month",
        "indicator_entries",
        ["indicator", "kind", "month"],
    )
