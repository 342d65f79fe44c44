"""Initial workspace: SCORE module catalogue, enterprises, visits, deletion log.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

_MODULE_NAMESPACE = uuid.UUID("6f1c1a52-2f57-4e0b-9a64-3c1f3d1b8e10")
_DEFAULT_MODULES = [
    ("WC", "Workplace Cooperation", 10),
    ("QM", "Quality Management", 20),
    ("CP", "Clean Production", 30),
    ("HRM", "Human Resource Management", 40),
    ("OSH", "Occupational Safety and Health", 50),
    ("GENDER", "Gender Equality", 60),
    ("COVID", "COVID-19 Safety & Health", 70),
]


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    modules = op.create_table(
        "score_modules",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_score_modules"),
        sa.UniqueConstraint("code", name="uq_score_modules_code"),
    )
    text_columns = [
        "sector", "products", "country", "region", "address", "contact_person", "phone",
        "email",
    ]
    op.create_table(
        "enterprises",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        *[sa.Column(name, sa.Text(), nullable=False) for name in text_columns],
        *[
            sa.Column(name, sa.Integer(), nullable=False)
            for name in ("workers_women", "workers_men", "managers_women", "managers_men")
        ],
        sa.Column("union_present", sa.Boolean(), nullable=False),
        sa.Column("main_buyers", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_enterprises"),
    )
    op.create_table(
        "visits",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("visit_type", sa.String(20), nullable=False),
        sa.Column("module_code", sa.String(40), nullable=False),
        *[
            sa.Column(name, sa.Text(), nullable=False)
            for name in (
                "consultant", "inspector", "attendees", "objectives", "observations",
                "next_steps",
            )
        ],
        sa.Column("next_visit_date", sa.Date(), nullable=True),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
        sa.ForeignKeyConstraint(
            ["enterprise_id"], ["enterprises.id"],
            name="fk_visits_enterprise_id_enterprises", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["module_code"], ["score_modules.code"],
            name="fk_visits_module_code_score_modules",
        ),
    )
    op.create_index("ix_visits_enterprise_id", "visits", ["enterprise_id"])
    op.create_table(
        "deletions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_deletions"),
    )
    op.create_index("ix_deletions_row_id", "deletions", ["row_id"])

    now = dt.datetime.now(dt.UTC)
    op.bulk_insert(
        modules,
        [
            {
                "id": uuid.uuid5(_MODULE_NAMESPACE, code), "code": code, "title": title,
                "sort_order": order, "created_at": now, "updated_at": now,
            }
            for code, title, order in _DEFAULT_MODULES
        ],
    )


def downgrade() -> None:
    op.drop_table("deletions")
    op.drop_table("visits")
    op.drop_table("enterprises")
    op.drop_table("score_modules")
