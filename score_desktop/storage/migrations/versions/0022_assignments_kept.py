"""An office assignment outlives its enterprise (PostgreSQL only).

Migration 0016 made an assignment go with its enterprise (a cascading foreign key): a
deleted enterprise then vanished from its people's sight with its own deletion, so the push
carrying it could not write its change-log entries and tombstones, and the other laptops
never received it. Kept, the assignment lets them see the deletion, pull it and restore the
enterprise from its history.

Revision ID: 0022_assignments_kept
Revises: 0021_change_order_once
Create Date: 2026-12-05
"""

from alembic import op

revision = "0022_assignments_kept"
down_revision = "0021_change_order_once"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE office_assignments "
            "DROP CONSTRAINT IF EXISTS office_assignments_enterprise_id_fkey"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DELETE FROM office_assignments a WHERE NOT EXISTS "
            "(SELECT 1 FROM enterprises e WHERE e.id = a.enterprise_id)"
        )
        op.execute(
            "ALTER TABLE office_assignments ADD CONSTRAINT "
            "office_assignments_enterprise_id_fkey FOREIGN KEY (enterprise_id) "
            "REFERENCES enterprises (id) ON DELETE CASCADE"
        )
