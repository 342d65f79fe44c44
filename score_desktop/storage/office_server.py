"""The office database's people, their PostgreSQL logins, and who may see which enterprise.

Access is PostgreSQL's own: one group role per kind of person (score_consultant, …), table
grants to those groups, and row-level security on every table that belongs to an enterprise,
so a login cannot read or change an enterprise it is not assigned to, through this app or any
other client. Officers see every enterprise. The database's owner (who ran `server init`)
is not subject to the policies.

Names of roles and tables are quoted as identifiers and values are bound parameters: no user
text is ever spliced into SQL.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, bindparam, text
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import KnownProblemError, NotFoundError, ValidationError
from . import text_rule
from .database import Workspace
from .exchange_order import ORDER_LOCK
from .history_recorder import install
from .schema import Base

ROLES = ("consultant", "inspector", "manager", "officer")
GROUP = {role: f"score_{role}" for role in ROLES}

# What each kind of login may write (besides reading what its policies let it see). A manager
# reviews: comments and their reads, and the bookkeeping a sync of them needs.
MANAGER_WRITES = (
    "comments",
    "comment_reads",
    "change_log",
    "people",
    "received_packages",
    "exchange_peers",
    "conflicts",
)
# The records a manager's review writes (and so the only change-log entries it may add):
# comments, their reads, and the people who wrote them (a sync adds its author).
MANAGER_RECORDS = ("comments", "comment_reads", "people")
# What a row written to these tables must satisfy, where it is not what a read must. A
# person may be added whoever else they worked for (a login cannot see that, so an
# insert of a person it does not see must reach the row, not its policy), and so may
# the log's entry of that person (it names no enterprise; the people policy decides who
# reads it).
WRITTEN = {
    "people": "true",
    # a photo's bytes arrive before its record, in the same transaction, checked against
    # their hash; they are read only through a photo the login sees
    "photo_blobs": "true",
    # so are a plan background's and a signed report's, read only through a plan or a
    # signed report the login sees
    "plan_images": "true",
    "report_blobs": "true",
    "change_log": (
        "(enterprise_id IS NULL AND record_kind = 'people') OR office_sees(enterprise_id)"
    ),
}
# Tables of an enterprise reached through a parent row (the parent's policy decides).
THROUGH_PARENT = {
    "plan_items": ("plan_id", "floor_plans"),
    "review_items": ("visit_id", "visits"),
    "report_signatures": ("signed_report_id", "signed_reports"),
}


class OfficeServerError(KnownProblemError):
    """The office database cannot do what was asked (not PostgreSQL, not allowed…)."""


@dataclass(frozen=True)
class OfficePerson:
    login: str
    name: str
    role: str


def login_for(name: str) -> str:
    """A PostgreSQL login from a person's name: lower case letters, digits and underscores."""
    login = re.sub(r"[^a-z0-9]+", "_", name.strip().casefold()).strip("_")
    if not login or not login[0].isalpha():
        login = f"p_{login}"
    return login[:63]


def _quote(connection: Connection, identifier: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(identifier)


def _require_postgresql(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise OfficeServerError(
            "The office server is a PostgreSQL database (postgresql://…); "
            f"this is {engine.dialect.name}."
        )


def secure(engine: Engine) -> None:
    """Create the group roles (if missing), grant them their tables and put row-level
    security on every enterprise's table. Safe to run again (after an upgrade, say)."""
    _require_postgresql(engine)
    with engine.begin() as connection:
        for group in GROUP.values():
            exists = connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group}
            ).first()
            if exists is None:
                connection.execute(text(f"CREATE ROLE {_quote(connection, group)} NOLOGIN"))
        _grant(connection)
        _sees_function(connection)
        # a merge bringing a background the office holds for plans this login does not see
        # finds the held image's id by its bytes' hash (which it has) to point its plan at
        _definer(
            connection,
            "office_plan_image_id(sha text)",
            "SELECT id FROM plan_images WHERE sha256 = sha",
            returns="uuid",
        )
        _authors_and_tombstones(connection)
        for table in Base.metadata.sorted_tables:
            predicate = _predicate(table)
            if predicate is not None:
                _policy(connection, table.name, predicate, WRITTEN.get(table.name, predicate))
        _manager_reviews(connection)


def _grant(connection: Connection) -> None:
    q = {role: _quote(connection, group) for role, group in GROUP.items()}
    everyone = ", ".join(q.values())
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    for role in ("consultant", "inspector", "officer"):
        connection.execute(
            text(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {q[role]}")
        )
    for table in MANAGER_WRITES:
        connection.execute(text(f"GRANT INSERT, UPDATE ON {table} TO {q['manager']}"))
    # a merge clears tombstones and settled conflicts, a manager's comment's too (each
    # filtered by its enterprise's policy)
    connection.execute(text(f"GRANT INSERT, DELETE ON deletions TO {q['manager']}"))
    connection.execute(text(f"GRANT DELETE ON conflicts TO {q['manager']}"))
    # the change log is appended to, never rewritten (the app never does): an UPDATE or
    # DELETE by any login would rewrite the history every laptop merges from
    connection.execute(text(f"REVOKE UPDATE, DELETE ON change_log FROM {everyone}"))
    # Who is assigned to what is the office's business: only the owner changes it.
    for table in ("office_people", "office_assignments", "office_change_order", "alembic_version"):
        connection.execute(text(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {everyone}"))


def _sees_function(connection: Connection) -> None:
    """office_sees(enterprise): the current login is an officer or assigned to it. It reads
    the assignments as the owner (SECURITY DEFINER), so logins never need to."""
    _definer(
        connection,
        "office_sees(enterprise uuid)",
        """
        SELECT pg_has_role(session_user, 'score_officer', 'MEMBER')
            OR EXISTS (SELECT 1 FROM office_assignments a
                       WHERE a.login = session_user AND a.enterprise_id = enterprise)
        """,
    )


def _authors_and_tombstones(connection: Connection) -> None:
    """People and tombstones belong to no enterprise by a column of their own; they are
    seen through the change log, read as the owner:

    - office_sees_person(person): an officer, or the person wrote a change of an enterprise
      the login sees (how a sync names its authors), or none of any enterprise yet (a person
      just added, before their first change arrives: the same transaction's insert must
      pass the policy);
    - office_sees_record(record): an officer, or the record has a change of an enterprise
      the login sees (a tombstone is written with or after its record's delete entry).

    The index on the log's authors answers the first with one probe per assignment."""
    connection.execute(
        text(
            "CREATE INDEX IF NOT EXISTS office_change_log_author "
            "ON change_log (author_id, enterprise_id)"
        )
    )
    _definer(
        connection,
        "office_sees_person(person uuid)",
        """
        SELECT pg_has_role(session_user, 'score_officer', 'MEMBER')
            OR EXISTS (SELECT 1 FROM office_assignments a
                       JOIN change_log c ON c.enterprise_id = a.enterprise_id
                       WHERE a.login = session_user AND c.author_id = person)
            OR NOT EXISTS (SELECT 1 FROM change_log c
                           WHERE c.author_id = person AND c.enterprise_id IS NOT NULL)
        """,
    )
    _definer(
        connection,
        "office_sees_record(record uuid)",
        """
        SELECT pg_has_role(session_user, 'score_officer', 'MEMBER')
            OR EXISTS (SELECT 1 FROM change_log c
                       JOIN office_assignments a ON a.enterprise_id = c.enterprise_id
                       WHERE c.record_id = record AND a.login = session_user)
        """,
    )


def _definer(connection: Connection, signature: str, body: str, returns: str = "boolean") -> None:
    """An SQL function run as the owner (SECURITY DEFINER), executable by the groups only.
    `signature`, `body` and `returns` are constants of this module."""
    connection.execute(
        text(
            f"CREATE OR REPLACE FUNCTION {signature} RETURNS {returns} LANGUAGE sql STABLE "
            f"SECURITY DEFINER SET search_path = public, pg_temp AS $$ {body} $$"
        )
    )
    types = re.sub(r"\w+ (\w+)", r"\1", signature)  # office_sees(enterprise uuid) → (uuid)
    groups = ", ".join(_quote(connection, g) for g in GROUP.values())
    connection.execute(text(f"REVOKE ALL ON FUNCTION {types} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON FUNCTION {types} TO {groups}"))


def _predicate(table: Table) -> str | None:
    if table.name == "enterprises":
        return "office_sees(id)"
    if table.name == "change_log":  # a person's own entries belong to no enterprise
        return (
            "(enterprise_id IS NULL AND record_kind = 'people' AND office_sees_person(record_id))"
            " OR office_sees(enterprise_id)"
        )
    if table.name == "people":
        return "office_sees_person(id)"
    if table.name == "deletions":
        return "office_sees_record(row_id)"
    if "enterprise_id" in table.c:
        return "office_sees(enterprise_id)"
    if table.name in THROUGH_PARENT:
        column, parent = THROUGH_PARENT[table.name]
        return f"office_sees((SELECT p.enterprise_id FROM {parent} p WHERE p.id = {column}))"
    if table.name == "photo_blobs":
        return "EXISTS (SELECT 1 FROM photos p WHERE p.sha256 = photo_blobs.sha256)"
    if table.name == "plan_images":
        return "EXISTS (SELECT 1 FROM floor_plans f WHERE f.background_image_id = plan_images.id)"
    if table.name == "report_blobs":
        return (
            "EXISTS (SELECT 1 FROM signed_reports s WHERE report_blobs.sha256"
            " IN (s.content_sha256, s.signed_changes_sha256))"
            " OR EXISTS (SELECT 1 FROM report_signatures r WHERE report_blobs.sha256"
            " IN (r.pdf_sha256, r.tail_sha256, r.drawing_sha256))"
        )
    return None


def _policy(connection: Connection, table: str, predicate: str, written: str) -> None:
    """One policy for every command; a consultant's new enterprise is let in (and assigned
    to them by `office_assign_creator`), everything else must be seen to be written."""
    connection.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    connection.execute(text(f"DROP POLICY IF EXISTS office_access ON {table}"))
    connection.execute(text(f"DROP POLICY IF EXISTS office_new_enterprise ON {table}"))
    connection.execute(
        text(f"CREATE POLICY office_access ON {table} USING ({predicate}) WITH CHECK ({written})")
    )
    if table == "enterprises":
        creators = ", ".join(_quote(connection, GROUP[r]) for r in ("consultant", "officer"))
        connection.execute(
            text(
                f"CREATE POLICY office_new_enterprise ON enterprises FOR INSERT TO {creators} "
                "WITH CHECK (true)"
            )
        )
        connection.execute(
            text(
                """
                CREATE OR REPLACE FUNCTION office_assign_creator() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM office_people WHERE login = session_user) THEN
                        INSERT INTO office_assignments (login, enterprise_id)
                        VALUES (session_user, NEW.id) ON CONFLICT DO NOTHING;
                    END IF;
                    RETURN NEW;
                END $$
                """
            )
        )
        connection.execute(text("DROP TRIGGER IF EXISTS office_assign_creator ON enterprises"))
        connection.execute(
            text(
                "CREATE TRIGGER office_assign_creator AFTER INSERT ON enterprises "
                "FOR EACH ROW EXECUTE FUNCTION office_assign_creator()"
            )
        )


def _manager_reviews(connection: Connection) -> None:
    """A manager's changes reach the others as change-log entries (a sync merges them), so
    the log takes from a manager only entries of the records review mode lets them write:
    without this, one INSERT of a forged hazard entry would change the hazard on every
    laptop at its next sync."""
    kinds = ", ".join(f"'{kind}'" for kind in MANAGER_RECORDS)  # constants, not input
    manager = _quote(connection, GROUP["manager"])
    connection.execute(text("DROP POLICY IF EXISTS office_manager_reviews ON change_log"))
    connection.execute(
        text(
            f"CREATE POLICY office_manager_reviews ON change_log AS RESTRICTIVE FOR INSERT "
            f"TO {manager} WITH CHECK (record_kind IN ({kinds}))"
        )
    )


def add_person(engine: Engine, name: str, role: str, password: str, login: str = "") -> str:
    """A PostgreSQL login for `name` in the group of `role`; returns the login's name."""
    _require_postgresql(engine)
    if role not in ROLES:
        raise ValidationError({"role": f"one of {', '.join(ROLES)}, not {role!r}"})
    login = login or login_for(name)
    with engine.begin() as connection:
        if connection.execute(
            text("SELECT 1 FROM office_people WHERE login = :login"), {"login": login}
        ).first():
            raise OfficeServerError(f"The office already has a person with the login {login}.")
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
        ).first()
        quoted = _quote(connection, login)
        if exists is None:
            connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
        _set_password(connection, login, password)
        connection.execute(text(f"GRANT {_quote(connection, GROUP[role])} TO {quoted}"))
        connection.execute(
            text("INSERT INTO office_people (login, name, role) VALUES (:login, :name, :role)"),
            {"login": login, "name": name, "role": role},
        )
    return login


def _set_password(connection: Connection, login: str, password: str) -> None:
    """ALTER ROLE takes no bound parameters: psycopg's own quoting makes the literal."""
    from psycopg import sql

    statement = sql.SQL("ALTER ROLE {} PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(password)
    )
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def people(engine: Engine) -> list[OfficePerson]:
    _require_postgresql(engine)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT login, name, role FROM office_people ORDER BY name"))
        return [OfficePerson(*row) for row in rows]


def find_person(engine: Engine, who: str) -> OfficePerson:
    """By login or by name (case-insensitive)."""
    for person in people(engine):
        if who in (person.login,) or who.casefold() == person.name.casefold():
            return person
    raise NotFoundError(f"No person {who!r} on the office server: add them first.")


def assign(engine: Engine, login: str, enterprise_ids: list[uuid.UUID]) -> int:
    """Let `login` see these enterprises; returns how many assignments are new."""
    _require_postgresql(engine)
    statement = text(
        "INSERT INTO office_assignments (login, enterprise_id) VALUES (:login, :enterprise) "
        "ON CONFLICT DO NOTHING"
    ).bindparams(bindparam("enterprise"))
    added = 0
    with engine.begin() as connection:
        for enterprise_id in enterprise_ids:
            added += connection.execute(
                statement, {"login": login, "enterprise": enterprise_id}
            ).rowcount
    return added


def assignments(engine: Engine, login: str) -> list[uuid.UUID]:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT enterprise_id FROM office_assignments WHERE login = :login"),
            {"login": login},
        )
        return [row[0] for row in rows]


PUSH_LOCK = 0x5C0E_0FF1CE  # the advisory lock key of the order of merges (exchange_order)


def office_workspace(workspace: Workspace, *, snapshot: bool = False) -> Workspace:
    """The office database, for the two halves of a sync.

    `snapshot`: reads in one REPEATABLE READ snapshot, so a change set and the head it
    reports agree while others commit. Otherwise: merges run side by side and take the
    order lock only before they append to the log (storage/exchange_order.py), so two
    laptops merging into the same records end as if one merged after the other.
    """
    engine = workspace.engine
    if snapshot:
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    info = {}
    if not snapshot and engine.dialect.name == "postgresql":
        info[ORDER_LOCK] = _take_push_lock
    sessions = sessionmaker(engine, expire_on_commit=False, info=info)
    install(sessions, workspace.history)
    text_rule.install(sessions)
    return dataclasses.replace(workspace, engine=engine, sessions=sessions)


def _take_push_lock(session: Session) -> None:
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PUSH_LOCK})
