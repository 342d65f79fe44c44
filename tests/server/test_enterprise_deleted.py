"""An enterprise deleted on a laptop reaches the office server as a deletion like any other
(a tombstone and the delete entries of its records), then the other laptops of the people
assigned to it; an edit made there meanwhile is a delete/edit conflict in their inbox, and
the enterprise stays restorable from its history everywhere."""

import dataclasses

import pytest
from sqlalchemy import select, text

from score_desktop.domain.exchange import Resolution
from score_desktop.storage import office_server
from score_desktop.storage.conflict_inbox import SqlConflictInbox
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema import ChangeLogRow, DeletionRow, EnterpriseRow
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop

pytestmark = pytest.mark.postgresql


def _two_laptops(office, tmp_path, role):
    """One person's two laptops holding one enterprise with two visits, synced."""
    login = office.add("Lan Tran", role)
    first, second = make_laptop(tmp_path, "first"), make_laptop(tmp_path, "second")
    enterprise = make_enterprise("Hongxing Garments")
    first.repos.portfolio.add_enterprise(enterprise)
    visits = [make_visit(enterprise, objectives=f"visit {n}") for n in range(2)]
    for visit in visits:
        first.repos.portfolio.add_visit(visit)
    office.sync(first, login)
    office.sync(second, login)
    assert [e.id for e in second.repos.portfolio.list_enterprises()] == [enterprise.id]
    return login, first, second, enterprise, visits


def _on_server(office, enterprise_id):
    with office.workspace.sessions() as session:
        row = session.get(EnterpriseRow, enterprise_id)
        tombstones = session.scalars(
            select(DeletionRow.table_name).where(DeletionRow.row_id == enterprise_id)
        ).all()
        operations = session.scalars(
            select(ChangeLogRow.operation)
            .where(ChangeLogRow.record_id == enterprise_id)
            .order_by(ChangeLogRow.sequence)
        ).all()
    return row is not None, tombstones, operations


def _names(laptop):
    return [e.name for e in laptop.repos.portfolio.list_enterprises()]


@pytest.mark.parametrize("role", ["consultant", "officer"])
def test_a_deleted_enterprise_reaches_the_office_and_the_other_laptop(office, tmp_path, role):
    login, first, second, enterprise, visits = _two_laptops(office, tmp_path, role)

    first.repos.portfolio.delete_enterprise(enterprise.id)
    pushed = office.sync(first, login)  # today: nothing pushed, the deletion stays here

    assert pushed.pushed > 0
    assert _on_server(office, enterprise.id) == (False, ["enterprises"], ["insert", "delete"])
    with office.raw(login) as db:  # the person still sees the deletion, to pull and restore it
        assert db.execute(
            "SELECT operation FROM change_log WHERE record_id = %s ORDER BY sequence",
            (enterprise.id,),
        ).fetchall() == [("insert",), ("delete",)]
        assert db.execute(
            "SELECT count(*) FROM deletions WHERE row_id = %s", (enterprise.id,)
        ).fetchone() == (1,)
    office.sync(second, login)
    assert _names(second) == []
    assert second.inbox.count() == 0
    assert office.sync(first, login).pushed == 0  # settled: nothing goes up again
    if role == "consultant":  # the office may take the assignment away once it is gone
        with office.workspace.engine.begin() as owner:
            owner.execute(text("DELETE FROM office_assignments WHERE login = :l"), {"l": login})
        assert office.sync(first, login).pushed == 0  # a sync still works: nothing to carry
        office_server.assign(office.workspace.engine, login, [enterprise.id])

    # restorable from the history of the laptop that received the deletion
    second.repos.history.restore(enterprise.id, "Restore the enterprise")
    office.sync(second, login)
    office.sync(first, login)
    assert _names(first) == ["Hongxing Garments"]
    assert sorted(v.objectives for v in first.repos.portfolio.list_visits(enterprise.id)) == [
        "visit 0",
        "visit 1",
    ]
    assert _on_server(office, enterprise.id)[0]
    assert first.dump() == second.dump()


def test_an_edit_meanwhile_is_a_delete_edit_conflict_and_nothing_is_lost(office, tmp_path):
    login, first, second, enterprise, visits = _two_laptops(office, tmp_path, "consultant")
    first.repos.portfolio.delete_enterprise(enterprise.id)
    office.sync(first, login)
    edited = dataclasses.replace(visits[0], observations="Exit door blocked again")
    second.repos.portfolio.update_visit(edited)

    result = office.sync(second, login)  # today: the push is refused (enterprise nowhere)

    conflicts = {(c.record_kind, c.kind) for c in second.inbox.conflicts(enterprise.id)}
    assert conflicts == {("visits", "deleted_there"), ("enterprises", "deleted_there")}
    assert result.conflicts == 2
    assert _names(second) == ["Hongxing Garments"]  # kept until decided, with the edit
    [kept] = second.repos.portfolio.list_visits(enterprise.id)
    assert kept.observations == "Exit door blocked again"

    for conflict in second.inbox.conflicts(enterprise.id):
        second.inbox.resolve(conflict.id, Resolution.MINE, "Keep the enterprise")
    office.sync(second, login)
    office.sync(first, login)
    assert _names(first) == ["Hongxing Garments"]
    [back] = first.repos.portfolio.list_visits(enterprise.id)
    assert back.observations == "Exit door blocked again"
    assert SqlConflictInbox(office.workspace).count() == 0  # nothing stale left there
    assert first.dump() == second.dump()


@pytest.mark.parametrize("decision", ["delete it", "keep it"])
def test_a_visit_added_meanwhile_waits_for_a_decision(office, tmp_path, decision):
    login, first, second, enterprise, _visits = _two_laptops(office, tmp_path, "consultant")
    first.repos.portfolio.delete_enterprise(enterprise.id)
    office.sync(first, login)
    added = make_visit(enterprise, objectives="Added on the second laptop")
    second.repos.portfolio.add_visit(added)

    office.sync(second, login)  # today: the push is refused (enterprise nowhere)

    assert [v.id for v in second.repos.portfolio.list_visits(enterprise.id)] == [added.id]
    [conflict] = second.inbox.conflicts(enterprise.id)
    assert (conflict.record_kind, conflict.kind) == ("enterprises", "deleted_there")
    assert SqlConflictInbox(office.workspace).count() == 1  # the visit waits there, whole
    choice = Resolution.THEIRS if decision == "delete it" else Resolution.MINE
    second.inbox.resolve(conflict.id, choice, decision)
    office.sync(second, login)
    office.sync(first, login)
    if decision == "delete it":
        assert _names(second) == _names(first) == []
        # the added visit is in the history, deleted with the enterprise
        assert added.id in {c.record_id for c in second.repos.history.deleted_records()}
    else:  # the enterprise back, with the visit that only waited for it
        assert _names(first) == _names(second) == ["Hongxing Garments"]
        assert [v.id for v in first.repos.portfolio.list_visits(enterprise.id)] == [added.id]
    assert SqlConflictInbox(office.workspace).count() == 0
    assert first.inbox.count() == second.inbox.count() == 0
    assert first.dump() == second.dump()


def test_an_officer_deleting_on_the_office_database_reaches_the_consultants_laptop(
    office, tmp_path
):
    login, first, _second, enterprise, _visits = _two_laptops(office, tmp_path, "consultant")
    officer = office.add("Minh Officer", "officer")
    online = open_workspace(office.login_url(officer))  # the office database opened directly
    try:
        sql_repositories(online).portfolio.delete_enterprise(enterprise.id)
    finally:
        online.close()

    office.sync(first, login)  # today: the assignment went with it, the laptop never hears

    assert _names(first) == []
    assert first.inbox.count() == 0
    first.repos.history.restore(enterprise.id, "Restore the enterprise")
    office.sync(first, login)
    assert _on_server(office, enterprise.id)[0]
