"""Improvement projects keep the day they were moved to done: the indicator "projects
completed" counted a project in the month of its verification or its due date, so a
project done today with a later due date was not counted.

Revision ID: 0017_project_done_on
Revises: 0016_office_server
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_project_done_on"
down_revision = "0016_office_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("improvement_projects") as batch:
        batch.add_column(sa.Column("done_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("improvement_projects") as batch:
        batch.drop_column("done_on")
