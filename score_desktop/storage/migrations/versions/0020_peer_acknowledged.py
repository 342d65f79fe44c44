"""Each peer's acknowledgement: the next package of changes to a person starts from what
their last package said they had merged of ours, not from what we last sent them (a lost
package then no longer hides changes for ever); and what we have merged of theirs, which
our packages tell them in turn.

Revision ID: 0020_peer_acknowledged
Revises: 0019_answer_carried
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0020_peer_acknowledged"
down_revision = "0019_answer_carried"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exchange_peers") as batch:
        batch.add_column(sa.Column("acknowledged_through", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("received_through", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exchange_peers") as batch:
        batch.drop_column("received_through")
        batch.drop_column("acknowledged_at")
        batch.drop_column("acknowledged_through")
