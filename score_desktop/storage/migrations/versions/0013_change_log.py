"""History: every record gets a revision and its authors; people, the workspace's device id
and the change log arrive. Records that exist already start their history with one
"baseline" entry (recorded before history), so no record is without one.

Revision ID: 0013_change_log
Revises: 0012_plan_items_in_order
Create Date: 2026-12-05
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0013_change_log"
down_revision = "0012_plan_items_in_order"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "score_modules",
    "enterprises",
    "visits",
    "plan_images",
    "floor_plans",
    "plan_items",
    "hazard_categories",
    "hazards",
    "risk_profiles",
    "photos",
    "eit_members",
    "eit_meetings",
    "suggestions",
    "improvement_projects",
    "review_items",
    "indicator_entries",
    "baseline_corrections",
    "practice_answers",
    "catalogue_items",
)
WITH_ENTERPRISE = (
    "visits",
    "floor_plans",
    "hazards",
    "photos",
    "eit_members",
    "eit_meetings",
    "suggestions",
    "improvement_projects",
    "indicator_entries",
    "baseline_corrections",
    "practice_answers",
)
# content-addressed bytes, not records anyone edits
NOT_LOGGED = ("plan_images",)


def upgrade() -> None:
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("revision", sa.Integer(), server_default="1", nullable=False))
            batch.add_column(sa.Column("created_by", sa.Uuid(), nullable=True))
            batch.add_column(sa.Column("updated_by", sa.Uuid(), nullable=True))
    op.create_table(
        "people",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_meta")),
    )
    log = op.create_table(
        "change_log",
        sa.Column(
            "sequence",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("change_set", sa.Uuid(), nullable=False),
        sa.Column("record_kind", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=True),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_record", "change_log", ["record_id", "sequence"])
    op.create_index("ix_change_log_enterprise", "change_log", ["enterprise_id", "sequence"])
    _baseline_entries(log)


def _baseline_entries(log: sa.Table) -> None:
    """One "recorded before history" entry per existing record."""
    bind = op.get_bind()
    change_set, now = uuid.uuid4(), dt.datetime.now(dt.UTC)

    def ids_of(table: str):
        t = sa.table(table, sa.column("id", sa.Uuid()))
        if table == "enterprises":
            return bind.execute(sa.select(t.c.id, t.c.id))
        if table in WITH_ENTERPRISE:
            t.append_column(sa.column("enterprise_id", sa.Uuid()))
            return bind.execute(sa.select(t.c.id, t.c.enterprise_id))
        parent, key = {"plan_items": ("floor_plans", "plan_id"), "review_items": ("visits", "visit_id")}.get(
            table, (None, None)
        )
        if parent is None:
            return bind.execute(sa.select(t.c.id, sa.null()))
        t.append_column(sa.column(key, sa.Uuid()))
        p = sa.table(parent, sa.column("id", sa.Uuid()), sa.column("enterprise_id", sa.Uuid()))
        return bind.execute(
            sa.select(t.c.id, p.c.enterprise_id).select_from(t.outerjoin(p, p.c.id == t.c[key]))
        )

    for table in RECORD_TABLES:
        if table in NOT_LOGGED:
            continue
        rows = [
            {
                "change_set": change_set,
                "record_kind": table,
                "record_id": record_id,
                "enterprise_id": enterprise_id,
                "operation": "baseline",
                "fields": {},
                "revision": 1,
                "action": "",
                "author_id": None,
                "device_id": None,
                "at": now,
            }
            for record_id, enterprise_id in ids_of(table)
        ]
        for start in range(0, len(rows), 5000):
            bind.execute(log.insert(), rows[start : start + 5000])


def downgrade() -> None:
    op.drop_index("ix_change_log_enterprise", table_name="change_log")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_table("change_log")
    op.drop_table("workspace_meta")
    op.drop_table("people")
    for table in RECORD_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
            batch.drop_column("created_by")
            batch.drop_column("revision")
