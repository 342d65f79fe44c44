"""The programme office server (PostgreSQL only): who may see which enterprise, and one
gap-free order of every change the office database accepts.

`change_log.sequence` is taken from a one-row counter by a trigger instead of a sequence: a
PostgreSQL sequence leaves gaps on rollback and hands numbers out in an order other than the
commits', so a laptop pulling "everything after N" could miss a change committed late with a
smaller number. The counter row stays locked until the writing transaction ends, so numbers
are given in commit order and a rolled-back transaction gives its numbers back.

On SQLite (a laptop's workspace) there is nothing to do: one writer, no roles.

Revision ID: 0016_office_server
Revises: 0015_signed_reports
Create Date: 2027-01-10
"""

from alembic import op

revision = "0016_office_server"
down_revision = "0015_signed_reports"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE TABLE office_people (
    login text PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('consultant', 'inspector', 'manager', 'officer'))
);
CREATE TABLE office_assignments (
    login text NOT NULL REFERENCES office_people (login) ON DELETE CASCADE,
    enterprise_id uuid NOT NULL REFERENCES enterprises (id) ON DELETE CASCADE,
    PRIMARY KEY (login, enterprise_id)
);
CREATE TABLE office_change_order (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    head bigint NOT NULL
);
INSERT INTO office_change_order (one, head)
    SELECT true, coalesce(max(sequence), 0) FROM change_log;
CREATE FUNCTION office_next_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE office_change_order SET head = head + 1 RETURNING head INTO NEW.sequence;
    RETURN NEW;
END $$;
CREATE TRIGGER office_change_order BEFORE INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION office_next_change();
"""

DOWNGRADE = """
DROP TRIGGER office_change_order ON change_log;
DROP FUNCTION office_next_change();
DROP TABLE office_change_order;
DROP TABLE office_assignments;
DROP TABLE office_people;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(UPGRADE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DOWNGRADE)
