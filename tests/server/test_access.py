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
