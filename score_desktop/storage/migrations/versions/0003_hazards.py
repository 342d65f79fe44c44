"""Hazards, the hazard category catalogue, and each enterprise's risk method.

Revision ID: 0003_hazards
Revises: 0002_floor_plans
Create Date: 2026-11-22
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003_hazards"
down_revision = "0002_floor_plans"
branch_labels = None
depends_on = None

_NAMESPACE = uuid.UUID("8d3c1f0e-4a5b-4c2d-9e7f-1a2b3c4d5e60")
_CATEGORIES = [
    ("mechanical", "Mechanical / machinery", "#2E86C1", "M", "accident"),
    ("electrical", "Electrical", "#F39C12", "E", "accident"),
    ("fire", "Fire & explosion", "#C0392B", "F", "accident"),
    ("chemical", "Chemical", "#8E44AD", "C", "chemical"),
    ("noise", "Physical: noise", "#16A085", "N", "physical"),
    ("heat", "Physical: heat", "#D35400", "H", "physical"),
    ("vibration", "Physical: vibration", "#1ABC9C", "V", "physical"),
    ("lighting", "Physical: lighting", "#F1C40F", "L", "physical"),
    ("radiation", "Physical: radiation", "#7D3C98", "R", "physical"),
    ("biological", "Biological", "#6E2C00", "B", "biological"),
    ("ergonomic", "Ergonomic", "#B7950B", "Er", "ergonomic"),
    ("psychosocial", "Psychosocial", "#AF7AC5", "Ps", "ergonomic"),
    ("slips", "Slips, trips & falls", "#5D6D7E", "S", "accident"),
    ("transport", "Transport / forklift", "#273746", "T", "accident"),
    ("infection", "COVID-19 / infection", "#117864", "I", "biological"),
]


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("enterprises") as batch:
        batch.add_column(
            sa.Column("risk_method", sa.String(40), nullable=False, server_default="5x5")
        )
    categories = op.create_table(
        "hazard_categories",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(9), nullable=False),
        sa.Column("symbol", sa.String(4), nullable=False),
        sa.Column("nr5_group", sa.String(20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_hazard_categories"),
        sa.UniqueConstraint("code", name="uq_hazard_categories_code"),
    )
    op.create_table(
        "hazards",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("x", sa.Float(), nullable=True),
        sa.Column("y", sa.Float(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("category_code", sa.String(40), nullable=False),
        *[sa.Column(n, sa.Text(), nullable=False)
          for n in ("description", "source")],
        sa.Column("exposed_women", sa.Integer(), nullable=False),
        sa.Column("exposed_men", sa.Integer(), nullable=False),
        sa.Column("job", sa.Text(), nullable=False),
        sa.Column("existing_controls", sa.Text(), nullable=False),
        sa.Column("initial", sa.JSON(), nullable=False),
        sa.Column("proposed_controls", sa.JSON(), nullable=False),
        sa.Column("residual", sa.JSON(), nullable=False),
        sa.Column("responsible", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("identified_by", sa.String(20), nullable=False),
        sa.Column("visit_id", sa.Uuid(), nullable=True),
        sa.Column("legal_reference", sa.Text(), nullable=False),
        *_timestamps(),
        sa.PrimaryKeyConstraint("id", name="pk_hazards"),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprises.id"],
                                name="fk_hazards_enterprise_id_enterprises", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["plan_id"], ["floor_plans.id"],
                                name="fk_hazards_plan_id_floor_plans", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["category_code"], ["hazard_categories.code"],
                                name="fk_hazards_category_code_hazard_categories"),
        sa.ForeignKeyConstraint(["visit_id"], ["visits.id"],
                                name="fk_hazards_visit_id_visits", ondelete="SET NULL"),
    )
    op.create_index("ix_hazards_enterprise_id", "hazards", ["enterprise_id"])
    op.create_index("ix_hazards_plan_id", "hazards", ["plan_id"])
    now = dt.datetime.now(dt.UTC)
    op.bulk_insert(categories, [
        {"id": uuid.uuid5(_NAMESPACE, code), "code": code, "name": name, "colour": colour,
         "symbol": symbol, "nr5_group": group, "sort_order": 10 * (n + 1),
         "created_at": now, "updated_at": now}
        for n, (code, name, colour, symbol, group) in enumerate(_CATEGORIES)
    ])


def downgrade() -> None:
    op.drop_table("hazards")
    op.drop_table("hazard_categories")
    with op.batch_alter_table("enterprises") as batch:
        batch.drop_column("risk_method")
