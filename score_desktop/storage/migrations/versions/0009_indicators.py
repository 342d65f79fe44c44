"""Monitoring indicators: monthly, baseline and target entries, baseline corrections, and the
baseline good-practice answers.

Revision ID: 0009_indicators
Revises: 0008_enterprise_currency
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_indicators"
down_revision = "0008_enterprise_currency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('baseline_corrections',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('sex', sa.String(length=8), nullable=False),
    sa.Column('old_value', sa.Float(), nullable=True),
    sa.Column('new_value', sa.Float(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('corrected_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_baseline_corrections_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baseline_corrections'))
    )
    op.create_index(op.f('ix_baseline_corrections_enterprise_id'), 'baseline_corrections', ['enterprise_id'], unique=False)
    op.create_table('indicator_entries',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('indicator', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('sex', sa.String(length=8), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_indicator_entries_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_entries')),
    sa.UniqueConstraint('enterprise_id', 'indicator', 'kind', 'month', 'sex', name=op.f('uq_indicator_entries_enterprise_id'))
    )
    op.create_index(op.f('ix_indicator_entries_enterprise_id'), 'indicator_entries', ['enterprise_id'], unique=False)
    op.create_index('ix_indicator_entries_indicator_kind_month', 'indicator_entries', ['indicator', 'kind', 'month'], unique=False)
    op.create_table('practice_answers',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('practice', sa.String(length=40), nullable=False),
    sa.Column('answer', sa.Boolean(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_practice_answers_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_practice_answers')),
    sa.UniqueConstraint('enterprise_id', 'practice', name=op.f('uq_practice_answers_enterprise_id'))
    )
    op.create_index(op.f('ix_practice_answers_enterprise_id'), 'practice_answers', ['enterprise_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_practice_answers_enterprise_id'), table_name='practice_answers')
    op.drop_table('practice_answers')
    op.drop_index('ix_indicator_entries_indicator_kind_month', table_name='indicator_entries')
    op.drop_index(op.f('ix_indicator_entries_enterprise_id'), table_name='indicator_entries')
    op.drop_table('indicator_entries')
    op.drop_index(op.f('ix_baseline_corrections_enterprise_id'), table_name='baseline_corrections')
    op.drop_table('baseline_corrections')
