"""Plan items indexed in the order a plan reads them (plan, z, creation), so opening a plan
with 10,000 items reads them in index order instead of sorting them (about 10 % of the read).
The index on plan_id alone is its prefix and goes.

Revision ID: 0012_plan_items_in_order
Revises: 0011_catalogue_items
Create Date: 2026-12-01
"""

from alembic import op

revision = "0012_plan_items_in_order"
down_revision = "0011_catalogue_items"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_plan_items_plan_order", "plan_items", ["plan_id", "z", "created_at"], unique=False
    )
    op.drop_index("ix_plan_items_plan_id", table_name="plan_items")


def downgrade() -> None:
    op.create_index("ix_plan_items_plan_id", "plan_items", ["plan_id"], unique=False)
    op.drop_index("ix_plan_items_plan_order", table_name="plan_items")
