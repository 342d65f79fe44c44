"""Exchange between workspaces: every change gets an id that travels with it; peers, received
packages, the conflict inbox and comment threads arrive.

Revision ID: 0014_exchange
Revises: 0013_change_log
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_exchange"
down_revision = "0013_change_log"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.add_column(sa.Column("change_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("part_keys", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("shadowed", sa.JSON(), nullable=True))
    # every change made so far is this workspace's own: a fresh id each
    if op.get_bind().dialect.name == "sqlite":
        op.execute("UPDATE change_log SET change_id = lower(hex(randomblob(16)))")
    else:
        op.execute("UPDATE change_log SET change_id = gen_random_uuid()")
    with op.batch_alter_table("change_log") as batch:
        batch.alter_column("change_id", existing_type=sa.Uuid(), nullable=False)
    op.create_table(
        "exchange_peers",
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("person_name", sa.Text(), nullable=False),
        sa.Column("sent_through", sa.BigInteger(), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "enterprise_id", name=op.f("pk_exchange_peers")),
    )
    op.create_table(
        "received_packages",
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_received_packages")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("enterprise_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_kind", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("held", sa.JSON(), nullable=False),
        sa.Column("my_author", sa.Text(), nullable=False),
        sa.Column("my_at", sa.String(length=40), nullable=False),
        sa.Column("their_author", sa.Text(), nullable=False),
        sa.Column("their_at", sa.String(length=40), nullable=False),
        sa.Column("from_device", sa.Uuid(), nullable=True),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index("ix_conflicts_record", "conflicts", ["record_id", "key"])
    op.create_index(op.f("ix_conflicts_enterprise_id"), "conflicts", ["enterprise_id"])
    op.create_table(
        "comments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("enterprise_id", sa.Uuid(), nullable=False),
        sa.Column("subject_kind", sa.String(length=60), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("author_name", sa.Text(), nullable=False),
        sa.Column("author_role", sa.String(length=20), nullable=False),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enterprise_id"],
            ["enterprises.id"],
            name=op.f("fk_comments_enterprise_id_enterprises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
    )
    op.create_index(op.f("ix_comments_enterprise_id"), "comments", ["enterprise_id"])
    op.create_index("ix_comments_subject", "comments", ["subject_id", "written_at"])
    op.create_table(
        "comment_reads",
        sa.Column("comment_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("comment_id", name=op.f("pk_comment_reads")),
    )


def downgrade() -> None:
    for table in ("comment_reads", "comments", "conflicts", "received_packages", "exchange_peers"):
        op.drop_table(table)
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("shadowed")
        batch.drop_column("part_keys")
        batch.drop_column("change_id")
