"""The Enterprise Improvement Team and Plan: members, meetings, suggestions, projects, and
the review items of follow-up visits.

Revision ID: 0007_improvement
Revises: 0006_photo_pins_annotations
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_improvement"
down_revision = "0006_photo_pins_annotations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('eit_meetings',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('attendee_ids', sa.JSON(), nullable=False),
    sa.Column('topics', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('project_ids', sa.JSON(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_eit_meetings_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eit_meetings'))
    )
    op.create_index(op.f('ix_eit_meetings_enterprise_id'), 'eit_meetings', ['enterprise_id'], unique=False)
    op.create_table('eit_members',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('sex', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('position', sa.Text(), nullable=False),
    sa.Column('department', sa.Text(), nullable=False),
    sa.Column('elected_by_workers', sa.Boolean(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_eit_members_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eit_members'))
    )
    op.create_index(op.f('ix_eit_members_enterprise_id'), 'eit_members', ['enterprise_id'], unique=False)
    op.create_table('improvement_projects',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('root_cause', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('hazard_ids', sa.JSON(), nullable=False),
    sa.Column('suggestion_id', sa.Uuid(), nullable=True),
    sa.Column('module_code', sa.String(length=40), nullable=False),
    sa.Column('zone', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('control_level', sa.String(length=20), nullable=True),
    sa.Column('responsible_id', sa.Uuid(), nullable=True),
    sa.Column('team', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cost_estimate', sa.String(length=32), nullable=True),
    sa.Column('cost_actual', sa.String(length=32), nullable=True),
    sa.Column('savings_expected', sa.String(length=32), nullable=True),
    sa.Column('savings_actual', sa.String(length=32), nullable=True),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('result_value', sa.Float(), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('verified_by', sa.Text(), nullable=False),
    sa.Column('after_photo_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_improvement_projects_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_projects'))
    )
    op.create_index(op.f('ix_improvement_projects_enterprise_id'), 'improvement_projects', ['enterprise_id'], unique=False)
    op.create_table('suggestions',
    sa.Column('enterprise_id', sa.Uuid(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('submitter', sa.Text(), nullable=False),
    sa.Column('submitter_sex', sa.String(length=10), nullable=True),
    sa.Column('area', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('project_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_suggestions_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestions'))
    )
    op.create_index(op.f('ix_suggestions_enterprise_id'), 'suggestions', ['enterprise_id'], unique=False)
    op.create_table('review_items',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('photo_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_review_items_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_items'))
    )
    op.create_index(op.f('ix_review_items_visit_id'), 'review_items', ['visit_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_review_items_visit_id'), table_name='review_items')
    op.drop_table('review_items')
    op.drop_index(op.f('ix_suggestions_enterprise_id'), table_name='suggestions')
    op.drop_table('suggestions')
    op.drop_index(op.f('ix_improvement_projects_enterprise_id'), table_name='improvement_projects')
    op.drop_table('improvement_projects')
    op.drop_index(op.f('ix_eit_members_enterprise_id'), table_name='eit_members')
    op.drop_table('eit_members')
    op.drop_index(op.f('ix_eit_meetings_enterprise_id'), table_name='eit_meetings')
    op.drop_table('eit_meetings')
