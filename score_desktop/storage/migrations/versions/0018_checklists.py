"""Checklists: template versions, walk-throughs of visits and their answers.

Revision ID: 0018_checklists
Revises: 0017_project_done_on
Create Date: 2026-12-12
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_checklists"
down_revision = "0017_project_done_on"
branch_labels = None
depends_on = None


def _record_columns(table: str) -> list:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
    ]


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        *_record_columns("checklist_templates"),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("module_code", sa.String(length=40), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.UniqueConstraint("code", "version", name="uq_checklist_templates_code"),
    )
    op.create_table(
        "walkthroughs",
        *_record_columns("walkthroughs"),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=False),
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("template_code", sa.String(length=40), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("zone_ids", sa.JSON(), nullable=False),
        sa.Column("previous_id", sa.Uuid(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprises.id"],
            name="fk_walkthroughs_enterprise_id_enterprises",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name="fk_walkthroughs_visit_id_visits", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name="fk_walkthroughs_template_id_checklist_templates",
        ),
    )
    op.create_index("ix_walkthroughs_enterprise_id", "walkthroughs", ["enterprise_id"])
    op.create_index("ix_walkthroughs_visit_id", "walkthroughs", ["visit_id"])
    op.create_table(
        "checklist_answers",
        *_record_columns("checklist_answers"),
        sa.Column("walkthrough_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("item_key", sa.String(length=40), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=False),
        sa.Column("zone_id", sa.Uuid(), nullable=True),
        sa.Column("repeat_zone", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("photo_ids", sa.JSON(), nullable=False),
        sa.Column("hazard_id", sa.Uuid(), nullable=True),
        sa.Column("project_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["walkthrough_id"],
            ["walkthroughs.id"],
            name="fk_checklist_answers_walkthrough_id_walkthroughs",
            ondelete="CASCADE",
        ),
    )
    op.create_index(
        "ix_checklist_answers_walkthrough_id", "checklist_answers", ["walkthrough_id"]
    )
    op.create_index("ix_checklist_answers_enterprise_id", "checklist_answers", ["enterprise_id"])


def downgrade() -> None:
    for table in ("checklist_answers", "walkthroughs", "checklist_templates"):
        op.drop_table(table)
