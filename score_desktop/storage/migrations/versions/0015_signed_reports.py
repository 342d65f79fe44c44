"""Signed reports: the frozen content of a visit or EIP report, its signatures, and the
bytes of both.

Revision ID: 0015_signed_reports
Revises: 0014_exchange
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_signed_reports"
down_revision = "0014_exchange"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "report_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_report_blobs")),
    )
    op.create_table(
        "signed_reports",
        *_record_columns(),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("content_size", sa.BigInteger(), nullable=False),
        sa.Column("signed_through", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_reports")),
    )
    op.create_index(op.f("ix_signed_reports_enterprise_id"), "signed_reports", ["enterprise_id"])
    op.create_index(op.f("ix_signed_reports_content_sha256"), "signed_reports", ["content_sha256"])
    op.create_index("ix_signed_reports_subject", "signed_reports", ["subject_id", "created_at"])
    op.create_table(
        "report_signatures",
        *_record_columns(),
        sa.Column("signed_report_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("drawing_sha256", sa.String(length=64), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("tail_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["signed_report_id"],
            ["signed_reports.id"],
            name=op.f("fk_report_signatures_signed_report_id_signed_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_signatures")),
    )
    op.create_index(
        op.f("ix_report_signatures_signed_report_id"), "report_signatures", ["signed_report_id"]
    )
    op.create_index(op.f("ix_report_signatures_pdf_sha256"), "report_signatures", ["pdf_sha256"])


def downgrade() -> None:
    for table in ("report_signatures", "signed_reports", "report_blobs"):
        op.drop_table(table)
