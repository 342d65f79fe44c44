"""Who sees what on the office server: PostgreSQL's roles and row-level security, tried
through raw SQL as each login, as any client other than SCORE Desktop would."""

import uuid

import psycopg
import pytest

from score_desktop.storage import office_server
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise, make_visit

pytestmark = pytest.mark.postgresql


@pytest.fixture
def two_enterprises(office):
    repos = sql_repositories(office.workspace)
    mine, theirs = make_enterprise("Hongxing Garments"), make_enterprise("Phuc Mechanical")
    for enterprise in (mine, theirs):
        repos.portfolio.add_enterprise(enterprise)
        visit = make_visit(enterprise)
        repos.portfolio.add_visit(visit)
    return mine, theirs


def names(connection, sql="SELECT name FROM enterprises"):
    return sorted(row[0] for row in connection.execute(sql))


def test_a_consultant_sees_and_changes_only_the_assigned_enterprise(office, two_enterprises):
    mine, theirs = two_enterprises
    login = office.add("Lan Tran", "consultant")
    office_server.assign(office.workspace.engine, login, [mine.id])
    with office.raw(login) as db:
        assert names(db) == ["Hongxing Garments"]
        visits = db.execute("SELECT enterprise_id FROM visits").fetchall()
        assert {row[0] for row in visits} == {mine.id}
        assert db.execute(
            "SELECT count(*) FROM change_log WHERE enterprise_id = %s", (theirs.id,)
        ).fetchone() == (0,)
        changed = db.execute("UPDATE enterprises SET name = 'Taken' WHERE id = %s", (theirs.id,))
        assert changed.rowcount == 0
        assert db.execute("DELETE FROM visits WHERE enterprise_id = %s", (theirs.id,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute(
                "UPDATE visits SET enterprise_id = %s WHERE enterprise_id = %s",
                (theirs.id, mine.id),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not even by assigning
            db.execute(
                "INSERT INTO office_assignments (login, enterprise_id) VALUES (%s, %s)",
                (login, theirs.id),
            )
        assert (
            db.execute(
                "UPDATE enterprises SET name = 'Hongxing Ltd' WHERE id = %s", (mine.id,)
            ).rowcount
            == 1
        )
    with office.workspace.engine.connect() as owner:
        assert names(owner.connection.driver_connection) == ["Hongxing Ltd", "Phuc Mechanical"]


def test_an_officer_sees_every_enterprise_unassigned(office, two_enterprises):
    login = office.add("Minh Officer", "officer")
    with office.raw(login) as db:
        assert names(db) == ["Hongxing Garments", "Phuc Mechanical"]


def test_a_person_with_no_assignment_sees_nothing_of_any_enterprise(office, two_enterprises):
    login = office.add("New Inspector", "inspector")
    with office.raw(login) as db:
        for table in ("enterprises", "visits", "change_log", "hazards"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        assert db.execute("SELECT count(*) FROM office_assignments").fetchone() == (0,)


def test_a_manager_may_read_but_not_change_the_enterprise(office, two_enterprises):
    mine, _theirs = two_enterprises
    login = office.add("Factory Manager", "manager")
    office_server.assign(office.workspace.engine, login, [mine.id])
    with office.raw(login) as db:
        assert names(db) == ["Hongxing Garments"]
        for statement in (
            "UPDATE enterprises SET name = 'x' WHERE id = %s",
            "DELETE FROM visits WHERE enterprise_id = %s",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                db.execute(statement, (mine.id,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute(
                "INSERT INTO hazards (id, enterprise_id) VALUES (%s, %s)", (uuid.uuid4(), mine.id)
            )


def test_a_consultants_new_enterprise_is_assigned_to_them(office):
    login = office.add("Lan Tran", "consultant")
    new = make_enterprise("Made on the server")
    through_the_app = open_workspace(office.login_url(login))
    try:
        sql_repositories(through_the_app).portfolio.add_enterprise(new)
    finally:
        through_the_app.close()
    with office.raw(login) as db:
        assert names(db) == ["Made on the server"]
    assert office_server.assignments(office.workspace.engine, login) == [new.id]


def test_the_change_order_has_no_gap_when_a_transaction_rolls_back(office, two_enterprises):
    engine = office.workspace.engine
    mine, _ = two_enterprises
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO change_log (change_set, record_kind, record_id, operation, fields, "
            "revision, action, at, change_id, enterprise_id) VALUES (gen_random_uuid(), "
            "'hazards', gen_random_uuid(), 'insert', '{}', 1, '', now(), gen_random_uuid(), "
            "%(e)s)",
            {"e": mine.id},
        )
        raise RuntimeError("cut off")
    sql_repositories(office.workspace).portfolio.add_enterprise(make_enterprise("After"))
    with engine.connect() as connection:
        sequences = [
            r[0]
            for r in connection.exec_driver_sql("SELECT sequence FROM change_log ORDER BY sequence")
        ]
    assert sequences == list(range(1, len(sequences) + 1))


def test_a_manager_syncs_comments_but_nothing_else_and_cannot_forge_or_rewrite_history(
    office, two_enterprises, tmp_path
):
    import dataclasses
    import datetime as dt

    from sqlalchemy import text

    from score_desktop.domain.comments import Comment, SubjectKind
    from score_desktop.domain.errors import KnownProblemError
    from score_desktop.domain.history import Role
    from score_desktop.services.office_sync import sync
    from tests.exchange.conftest import make_laptop

    mine, theirs = two_enterprises
    login = office.add("Factory Manager", "manager")
    office_server.assign(office.workspace.engine, login, [mine.id])
    laptop = make_laptop(tmp_path, "manager", Role.MANAGER)
    server = open_workspace(office.login_url(login))
    try:
        sync(laptop.workspace, server, name="Factory Manager")  # the enterprise comes down
        with laptop.workspace.engine.connect() as connection:
            visit_id = uuid.UUID(connection.execute(text("SELECT id FROM visits")).scalar_one())
        laptop.repos.comments.add_comments(
            [
                Comment(
                    mine.id,
                    SubjectKind.VISIT,
                    visit_id,
                    "Factory Manager",
                    Role.MANAGER,
                    dt.datetime.now(dt.UTC),
                    "Please check the guard on line 2.",
                )
            ]
        )
        assert sync(laptop.workspace, server, name="Factory Manager").pushed > 0
        with office.workspace.engine.connect() as owner:
            assert owner.execute(text("SELECT text FROM comments")).scalars().all() == [
                "Please check the guard on line 2."
            ]
        # an edit review mode forbids, made on the laptop anyway: the server refuses it whole
        enterprise = laptop.repos.portfolio.list_enterprises()[0]
        laptop.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="999"))
        with pytest.raises(KnownProblemError, match="permission denied|row-level security"):
            sync(laptop.workspace, server, name="Factory Manager")
    finally:
        server.close()
        laptop.workspace.close()
    with office.raw(login) as db:
        assert db.execute("SELECT phone FROM enterprises").fetchone()[0] != "999"
        forged = (
            "INSERT INTO change_log (change_set, record_kind, record_id, enterprise_id, "
            "operation, fields, revision, action, at, change_id) VALUES (%s, %s, %s, %s, "
            """'update', '{"phone": ["", "999"]}', 9, '', now(), gen_random_uuid())"""
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a forged edit
            db.execute(forged, (uuid.uuid4(), "enterprises", mine.id, mine.id))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # history rewritten
            db.execute(
                "UPDATE change_log SET action = 'nothing' WHERE enterprise_id = %s", (mine.id,)
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            db.execute("DELETE FROM change_log WHERE enterprise_id = %s", (mine.id,))
        db.execute(
            forged.replace("'update'", "'insert'"),
            (uuid.uuid4(), "comments", uuid.uuid4(), mine.id),
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor for another enterprise
            db.execute(forged, (uuid.uuid4(), "comments", uuid.uuid4(), theirs.id))
    consultant = office.add("Lan Tran", "consultant")
    office_server.assign(office.workspace.engine, consultant, [mine.id])
    # no one rewrites the history the laptops merge from
    with office.raw(consultant) as db, pytest.raises(psycopg.errors.InsufficientPrivilege):
        db.execute("UPDATE change_log SET action = 'nothing' WHERE enterprise_id = %s", (mine.id,))
