"""Checklist answers say whether they were carried from the walk-through a follow-up
started from and not yet looked at again: the window and the report mark them, and a
consultant sees which answers are this visit's own.

Revision ID: 0019_answer_carried
Revises: 0018_checklists
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_answer_carried"
down_revision = "0018_checklists"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checklist_answers") as batch:
        batch.add_column(
            sa.Column("carried", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_answers") as batch:
        batch.drop_column("carried")
