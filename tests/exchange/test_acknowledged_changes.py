"""A package of "only what changed" starts from what the receiver acknowledged having merged
(in its own last package), not from what was last sent to it: a package lost on the way
loses nothing, the next one carries its changes again."""

from __future__ import annotations

import dataclasses
import json
import zipfile

from score_desktop.domain.history import Person
from score_desktop.services.exchange import receive_package, send_enterprise
from tests.builders import make_enterprise, make_visit
from tests.exchange.test_hostile_packages import rebuilt


def _edit(laptop, visit_id, **values):
    current = laptop.repos.portfolio.get_visit(visit_id)
    laptop.repos.portfolio.update_visit(dataclasses.replace(current, **values))


def _changes_to(sender, receiver, enterprise_id, path):
    return send_enterprise(
        sender.exchange,
        path,
        enterprise_id,
        Person(sender.name),
        to_device=receiver.exchange.device_id(),
        changes_only=True,
    )


def _manifest(path):
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))


def _record_ids(path):
    with zipfile.ZipFile(path) as archive:
        return {r["id"] for r in json.loads(archive.read("records.json"))["records"]}


def _hoa_and_an(laptops, visits=1):
    """Hoa's enterprise with its visits; An's workspace has nothing yet."""
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    made = [make_visit(enterprise, objectives=f"v{n}") for n in range(visits)]
    for visit in made:
        hoa.repos.portfolio.add_visit(visit)
    return hoa, an, enterprise, made


def test_a_lost_package_of_changes_is_carried_by_the_next_one(laptops, tmp_path):
    hoa, an, enterprise, visits = _hoa_and_an(laptops, 3)
    first = _changes_to(hoa, an, enterprise.id, tmp_path / "first.scorepkg")
    assert _manifest(first.path)["scope"] == "whole"  # nothing acknowledged yet: everything
    receive_package(an.exchange, first.path)
    answer = _changes_to(an, hoa, enterprise.id, tmp_path / "answer.scorepkg")
    acknowledged = _manifest(answer.path)["received"]
    assert acknowledged == {str(hoa.exchange.device_id()): _manifest(first.path)["head"]}
    receive_package(hoa.exchange, answer.path)
    [peer] = hoa.exchange.peers(enterprise.id)
    assert peer.acknowledged_through == _manifest(first.path)["head"]
    assert peer.acknowledged_at is not None

    _edit(hoa, visits[0].id, observations="Blocked exit")
    lost = _changes_to(hoa, an, enterprise.id, tmp_path / "lost.scorepkg")
    assert _record_ids(lost.path) == {str(visits[0].id)}
    lost.path.unlink()  # never arrives
    _edit(hoa, visits[1].id, observations="Noise at the press")
    again = _changes_to(hoa, an, enterprise.id, tmp_path / "again.scorepkg")

    assert _manifest(again.path)["scope"] == "changes"
    assert _record_ids(again.path) == {str(visits[0].id), str(visits[1].id)}
    receive_package(an.exchange, again.path)
    assert an.repos.portfolio.get_visit(visits[0].id).observations == "Blocked exit"
    assert an.repos.portfolio.get_visit(visits[1].id).observations == "Noise at the press"

    # An answers: from then on Hoa sends only what is new
    receive_package(an.exchange, again.path)  # the same package twice: nothing moves
    back = _changes_to(an, hoa, enterprise.id, tmp_path / "back.scorepkg")
    receive_package(hoa.exchange, back.path)
    _edit(hoa, visits[2].id, observations="Forklift lane")
    small = _changes_to(hoa, an, enterprise.id, tmp_path / "small.scorepkg")
    assert _record_ids(small.path) == {str(visits[2].id)}
    assert small.changes < again.changes
    receive_package(an.exchange, small.path)
    assert an.dump() == hoa.dump()


def test_a_package_sent_twice_without_an_answer_repeats_its_changes(laptops, tmp_path):
    hoa, an, enterprise, [visit] = _hoa_and_an(laptops)
    receive_package(an.exchange, _changes_to(hoa, an, enterprise.id, tmp_path / "1.scorepkg").path)
    receive_package(hoa.exchange, _changes_to(an, hoa, enterprise.id, tmp_path / "2.scorepkg").path)
    _edit(hoa, visit.id, attendees="Hoa, An")
    once = _changes_to(hoa, an, enterprise.id, tmp_path / "3.scorepkg")
    twice = _changes_to(hoa, an, enterprise.id, tmp_path / "4.scorepkg")
    assert _record_ids(once.path) == _record_ids(twice.path) == {str(visit.id)}
    receive_package(an.exchange, once.path)
    summary = receive_package(an.exchange, twice.path).summary  # another package, same changes
    assert not summary.changed_anything
    assert an.dump() == hoa.dump()


def test_a_package_of_the_first_format_is_still_received(laptops, tmp_path):
    """Format 1 had no acknowledgements: merged as before, nothing acknowledged."""
    hoa, an, enterprise, _visits = _hoa_and_an(laptops)
    receive_package(an.exchange, _changes_to(hoa, an, enterprise.id, tmp_path / "a.scorepkg").path)
    new = _changes_to(an, hoa, enterprise.id, tmp_path / "b.scorepkg").path
    assert _manifest(new)["received"]  # An acknowledges Hoa's package

    def first_format(manifest):
        del manifest["received"]
        manifest["format_version"] = 1

    old = rebuilt(new, tmp_path / "old.scorepkg", manifest=first_format)
    summary = receive_package(hoa.exchange, old).summary
    assert not summary.changed_anything and not summary.already_received
    [peer] = hoa.exchange.peers(enterprise.id)
    assert peer.person_name == "An" and peer.acknowledged_through is None


def test_a_whole_package_shows_what_its_sender_holds(laptops, tmp_path):
    """An received everything Hoa had, her own changes among it: An's first package back
    holds only what An changed since, not the whole enterprise again."""
    hoa, an, enterprise, visits = _hoa_and_an(laptops, 3)
    receive_package(an.exchange, _changes_to(hoa, an, enterprise.id, tmp_path / "1.scorepkg").path)
    _edit(an, visits[2].id, attendees="An")

    back = _changes_to(an, hoa, enterprise.id, tmp_path / "2.scorepkg")

    assert _manifest(back.path)["scope"] == "changes"
    assert _record_ids(back.path) == {str(visits[2].id)}
    receive_package(hoa.exchange, back.path)
    assert an.dump() == hoa.dump()


def test_a_whole_package_missing_a_change_of_ours_acknowledges_only_what_came_before(
    laptops, tmp_path
):
    """Hoa's whole package was written before An's edit reached her: An's edit is not held
    there, so An's next package of changes still carries it."""
    hoa, an, enterprise, [visit] = _hoa_and_an(laptops)
    receive_package(an.exchange, _changes_to(hoa, an, enterprise.id, tmp_path / "1.scorepkg").path)
    _edit(an, visit.id, attendees="An")
    whole = tmp_path / "whole.scorepkg"
    send_enterprise(hoa.exchange, whole, enterprise.id, Person("Hoa"))  # without An's edit
    receive_package(an.exchange, whole)

    back = _changes_to(an, hoa, enterprise.id, tmp_path / "2.scorepkg")

    assert _record_ids(back.path) == {str(visit.id)}
    receive_package(hoa.exchange, back.path)
    assert hoa.repos.portfolio.get_visit(visit.id).attendees == "An"
