"""A signed report names the changes its signer held of what it shows.

Whether an edit superseded a signed report was read from `signed_through`, a change-log
sequence of the signing workspace: elsewhere the log is numbered differently, so the report
read as superseded with no edit at all, or missed one. The new column names a blob (in
`report_blobs`) listing the change ids (global) of the signer's changes of what the report
shows; reports signed before keep no such list (see docs/sign-off.md for how they are read).

Revision ID: 0023_signed_changes
Revises: 0022_assignments_kept
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0023_signed_changes"
down_revision = "0022_assignments_kept"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signed_reports") as batch:
        batch.add_column(sa.Column("signed_changes_sha256", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signed_reports") as batch:
        batch.drop_column("signed_changes_sha256")
