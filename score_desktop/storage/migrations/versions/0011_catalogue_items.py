"""Indicators and good-practice questions a programme adds to the default catalogue.

Revision ID: 0011_catalogue_items
Revises: 0010_indicator_covering_index
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_catalogue_items"
down_revision = "0010_indicator_covering_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalogue_items',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalogue_items')),
    sa.UniqueConstraint('kind', 'code', name=op.f('uq_catalogue_items_kind'))
    )


def downgrade() -> None:
    op.drop_table('catalogue_items')
