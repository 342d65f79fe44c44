"""The office's order of changes takes its counter once per transaction, not once per row.

Migration 0016 numbered each new change-log row by updating the one-row counter. Every update
of a row leaves a new version of it, and within one transaction none of them can be cleaned
away, so the n-th update first walks past the n-1 versions before it: a push of 40,000
changes spent 12 s in that walk alone (quadratic), where 5,000 took 0.3 s.

Now the first row of a transaction locks the counter (SELECT ... FOR UPDATE, held until the
transaction ends, as the update's lock was) and reads it; the rows after it count on in a
transaction-local setting; the counter itself is written when the transaction commits, by a
deferred trigger, once. The order stays gap-free and in commit order: nobody else can take a
number while the lock is held, and a rolled-back (sub)transaction gives back both its rows
and its settings.

Revision ID: 0021_change_order_once
Revises: 0020_peer_acknowledged
Create Date: 2026-12-05
"""

from alembic import op

revision = "0021_change_order_once"
down_revision = "0020_peer_acknowledged"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE OR REPLACE FUNCTION office_next_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    transaction text := pg_current_xact_id()::text;
    next bigint;
BEGIN
    IF current_setting('score.change_order_of', true) IS DISTINCT FROM transaction THEN
        SELECT head INTO next FROM office_change_order FOR UPDATE;
        PERFORM set_config('score.change_order_of', transaction, true);
    ELSE
        next := current_setting('score.change_order_next')::bigint;
    END IF;
    next := next + 1;
    PERFORM set_config('score.change_order_next', next::text, true);
    NEW.sequence := next;
    RETURN NEW;
END $$;

CREATE FUNCTION office_store_change_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    next text := current_setting('score.change_order_next', true);
BEGIN
    IF current_setting('score.change_order_stored', true) IS DISTINCT FROM next THEN
        UPDATE office_change_order SET head = next::bigint;
        PERFORM set_config('score.change_order_stored', next, true);
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER office_change_head AFTER INSERT ON change_log
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION office_store_change_head();
"""

DOWNGRADE = """
DROP TRIGGER office_change_head ON change_log;
DROP FUNCTION office_store_change_head();
CREATE OR REPLACE FUNCTION office_next_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE office_change_order SET head = head + 1 RETURNING head INTO NEW.sequence;
    RETURN NEW;
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(UPGRADE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DOWNGRADE)
