"""People and tombstones on the office server have no enterprise column of their own: tried
through raw SQL as each kind of login, a login reads only those of the enterprises it is
assigned to, and a sync of those still names every author."""

import pytest

from score_desktop.domain.hazard import Hazard
from score_desktop.domain.history import Person
from score_desktop.services.office_sync import sync
from score_desktop.storage import office_server
from score_desktop.storage.database import open_workspace
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop

pytestmark = pytest.mark.postgresql


@pytest.fixture
def two_teams(office, tmp_path):
    """Hoa works on Hongxing, Binh on Phuc, each on a laptop synced with the office; each
    deleted a hazard after it reached the office (a tombstone there)."""
    teams = {}
    for name, enterprise_name in (("Hoa", "Hongxing Garments"), ("Binh", "Phuc Mechanical")):
        laptop = make_laptop(tmp_path, name)
        enterprise = make_enterprise(enterprise_name)
        laptop.repos.portfolio.add_enterprise(enterprise)
        hazards = [Hazard(enterprise.id, f"{name}'s hazard {n}", "mechanical") for n in range(2)]
        laptop.repos.hazards.add_hazards(hazards)
        sync(laptop.workspace, office.workspace, name=name)
        laptop.repos.hazards.delete_hazards([hazards[0].id])
        sync(laptop.workspace, office.workspace, name=name)
        teams[name] = (laptop, enterprise, hazards[0].id)
    with office.raw(office.add("Check Officer", "officer")) as db:  # what there is to hide
        assert sorted(r[0] for r in db.execute("SELECT name FROM people")) == ["Binh", "Hoa"]
        assert {r[0] for r in db.execute("SELECT row_id FROM deletions")} == {
            teams["Hoa"][2],
            teams["Binh"][2],
        }
    yield teams
    for laptop, _enterprise, _deleted in teams.values():
        laptop.workspace.close()


def person_id(laptop):
    return laptop.repos.history.author_id()


@pytest.mark.parametrize("role", ["manager", "inspector", "consultant"])
def test_a_login_reads_no_person_and_no_tombstone_of_an_unassigned_enterprise(
    office, two_teams, role
):
    hoa, hongxing, hoa_deleted = two_teams["Hoa"]
    binh, _phuc, binh_deleted = two_teams["Binh"]
    login = office.add(f"Someone {role}", role)
    office_server.assign(office.workspace.engine, login, [hongxing.id])
    with office.raw(login) as db:
        assert [r[0] for r in db.execute("SELECT name FROM people")] == ["Hoa"]
        assert db.execute(
            "SELECT count(*) FROM people WHERE id = %s", (person_id(binh),)
        ).fetchone() == (0,)
        assert [r[0] for r in db.execute("SELECT row_id FROM deletions")] == [hoa_deleted]
        assert db.execute(
            "SELECT count(*) FROM deletions WHERE row_id = %s", (binh_deleted,)
        ).fetchone() == (0,)
        # the log's entries of people (no enterprise) follow the people
        unscoped = db.execute("SELECT record_id FROM change_log WHERE enterprise_id IS NULL")
        assert {r[0] for r in unscoped} == {person_id(hoa)}
        # nor can it clear the other enterprise's tombstone (a manager may delete tombstones)
        if role != "inspector":
            gone = db.execute("DELETE FROM deletions WHERE row_id = %s", (binh_deleted,))
            assert gone.rowcount == 0


def test_a_sync_through_a_manager_login_still_names_the_authors(office, two_teams, tmp_path):
    _hoa, hongxing, _deleted = two_teams["Hoa"]
    login = office.add("Factory Manager", "manager")
    office_server.assign(office.workspace.engine, login, [hongxing.id])
    laptop = make_laptop(tmp_path, "manager")
    server = open_workspace(office.login_url(login))
    try:
        result = sync(laptop.workspace, server, name="Factory Manager")
    finally:
        server.close()
    try:
        assert result.enterprises == 1 and result.pulled > 0
        assert [e.name for e in laptop.repos.portfolio.list_enterprises()] == [hongxing.name]
        (hazard,) = laptop.repos.hazards.list_hazards(hongxing.id)
        history = laptop.repos.history.record_history(hazard.id)
        assert {change.author_name for change in history} == {"Hoa"}
        assert sorted(p.name for p in laptop.repos.history.list_people()) == ["Hoa", "manager"]
    finally:
        laptop.workspace.close()


def test_a_person_hidden_from_the_login_can_still_push(office, two_teams, tmp_path):
    """Binh's changes so far are all in Phuc; now assigned to Hongxing only, his login
    cannot see his own person row, yet his first change there syncs (the insert of his
    person meets the hidden row and leaves it), and then names him."""
    binh, _phuc, _deleted = two_teams["Binh"]
    _hoa, hongxing, _hoa_deleted = two_teams["Hoa"]
    login = office.add("Binh Reassigned", "consultant")
    office_server.assign(office.workspace.engine, login, [hongxing.id])
    laptop = make_laptop(tmp_path, "binh-again")
    laptop.repos.history.set_author(Person("Binh", id=person_id(binh)))
    server = open_workspace(office.login_url(login))
    try:
        with office.raw(login) as db:
            assert db.execute("SELECT count(*) FROM people").fetchone() == (1,)  # Hoa only
        sync(laptop.workspace, server, name="Binh")
        laptop.repos.hazards.add_hazards([Hazard(hongxing.id, "Loose cable", "electrical")])
        assert sync(laptop.workspace, server, name="Binh").pushed == 1
    finally:
        server.close()
        laptop.workspace.close()
    with office.raw(login) as db:
        assert sorted(r[0] for r in db.execute("SELECT name FROM people")) == ["Binh", "Hoa"]
        assert db.execute(
            "SELECT count(*) FROM hazards WHERE title = 'Loose cable'"
        ).fetchone() == (1,)
