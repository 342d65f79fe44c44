"""A signed report reads the same on every workspace it reaches: current where nothing it
shows changed, superseded by an edit of what it shows wherever that edit was made, and by an
edit its signer never saw (made elsewhere before the report arrived there)."""

import dataclasses
import hashlib
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from score_desktop.domain.exchange import Blob, PackageError
from score_desktop.domain.history import Role
from score_desktop.domain.improvement import ImprovementProject
from score_desktop.services.demo import seed_demo
from score_desktop.services.exchange import receive_package
from score_desktop.services.signoff import signature_now
from tests.exchange.test_acknowledged_changes import _changes_to
from tests.services.test_signoff import _enterprise_and_visit, sign_eip, sign_visit, verify


def post(sender, receiver, enterprise_id: uuid.UUID, folder: Path) -> None:
    """A package file of what changed since the receiver last acknowledged, received."""
    path = folder / f"{sender.name}-to-{receiver.name}-{uuid.uuid4().hex[:6]}.scorepkg"
    _changes_to(sender, receiver, enterprise_id, path)
    receive_package(receiver.exchange, path)


def status(laptop, report_id: uuid.UUID):
    """Whether the report is superseded there, and by which record."""
    report = laptop.repos.signoffs.get_signed_report(report_id)
    return None if report.superseded_by is None else report.superseded_by.record_id


def another_visit(repos, enterprise_id, visit_id):
    return next(v for v in repos.portfolio.list_visits(enterprise_id) if v.id != visit_id)


def edit_elsewhere(repos, enterprise_id, visit_id, times: int) -> None:
    """Edits of a record neither report shows: they move this workspace's numbering on."""
    other = another_visit(repos, enterprise_id, visit_id)
    for n in range(times):
        other = dataclasses.replace(other, observations=f"Noted on round {n}.")
        repos.portfolio.update_visit(other)


def a_hazard_of(repos, enterprise_id, visit_id):
    return next(h for h in repos.hazards.list_hazards(enterprise_id) if h.visit_id == visit_id)


def signed_apart(hoa, an, folder: Path):
    """The demo enterprise on both; the inspector's log then numbered on by edits the
    reports do not show; the consultant edits what the visit report shows and signs it."""
    seed_demo(hoa.repos)
    enterprise, visit = _enterprise_and_visit(hoa.repos)
    post(hoa, an, enterprise.id, folder)
    edit_elsewhere(an.repos, enterprise.id, visit.id, 40)
    hazard = a_hazard_of(hoa.repos, enterprise.id, visit.id)
    hoa.repos.hazards.update_hazards([dataclasses.replace(hazard, title="Checked at signing")])
    report, data = sign_visit(hoa.repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    return enterprise, visit, report, data


def test_a_signed_report_reads_current_wherever_it_goes_until_what_it_shows_changes(
    laptops, tmp_path
):
    hoa, an, chi = laptops("Hoa"), laptops("An", Role.INSPECTOR), laptops("Chi")
    enterprise, visit, visit_report, data = signed_apart(hoa, an, tmp_path)
    eip_report, _made = sign_eip(hoa.repos)
    reports = (visit_report.id, eip_report.id)

    post(hoa, an, enterprise.id, tmp_path)
    assert [status(an, r) for r in reports] == [None, None]
    # current there, so the inspector signs it there too (refused if it read as superseded)
    there = an.repos.signoffs.get_signed_report(visit_report.id)
    sign_visit(an.repos, [signature_now("Tran Van Minh", Role.INSPECTOR)], there)
    # passed on to a third workspace that never saw the enterprise
    post(an, chi, enterprise.id, tmp_path)
    assert [status(chi, r) for r in reports] == [None, None]
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(data)
    for laptop in (an, chi):
        url = laptop.workspace.engine.url.render_as_string(hide_password=False)
        assert verify(pdf, url).returncode == 0

    # an edit the reports do not show, back and forth: still current everywhere
    edit_elsewhere(an.repos, enterprise.id, visit.id, 1)
    post(an, hoa, enterprise.id, tmp_path)
    post(hoa, an, enterprise.id, tmp_path)
    assert [status(x, r) for x in (hoa, an) for r in reports] == [None] * 4
    assert len(hoa.repos.signoffs.get_signed_report(visit_report.id).signatures) == 2

    # the inspector edits a hazard the visit report shows: superseded on both sides
    mine = a_hazard_of(an.repos, enterprise.id, visit.id)
    an.repos.hazards.update_hazards([dataclasses.replace(mine, title="Edited after sign-off")])
    assert status(an, visit_report.id) == mine.id
    assert status(an, eip_report.id) is None
    post(an, hoa, enterprise.id, tmp_path)
    assert status(hoa, visit_report.id) == mine.id
    assert status(hoa, eip_report.id) is None

    # and a project of the improvement plan: the EIP report too
    project = an.repos.improvement.list_records(ImprovementProject, enterprise.id)[0]
    an.repos.improvement.update_records([dataclasses.replace(project, title="Renamed")])
    post(an, hoa, enterprise.id, tmp_path)
    post(an, chi, enterprise.id, tmp_path)
    for laptop in (hoa, an, chi):
        assert status(laptop, visit_report.id) == mine.id, laptop.name
        assert status(laptop, eip_report.id) == project.id, laptop.name


def test_an_edit_the_signer_never_saw_supersedes_the_report_on_every_side(laptops, tmp_path):
    hoa, an = laptops("Hoa"), laptops("An", Role.INSPECTOR)
    seed_demo(hoa.repos)
    enterprise, visit = _enterprise_and_visit(hoa.repos)
    post(hoa, an, enterprise.id, tmp_path)
    # the consultant's workspace moves on, so the inspector's edit below falls under the
    # consultant's numbering at signing
    edit_elsewhere(hoa.repos, enterprise.id, visit.id, 40)
    # made by the inspector before the signed reports reach them: the signer never saw it
    mine = a_hazard_of(an.repos, enterprise.id, visit.id)
    an.repos.hazards.update_hazards([dataclasses.replace(mine, description="Seen on the floor.")])
    project = an.repos.improvement.list_records(ImprovementProject, enterprise.id)[0]
    an.repos.improvement.update_records([dataclasses.replace(project, title="Renamed")])

    visit_report, _ = sign_visit(hoa.repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    eip_report, _ = sign_eip(hoa.repos)
    assert status(hoa, visit_report.id) is None
    post(hoa, an, enterprise.id, tmp_path)
    assert status(an, visit_report.id) == mine.id
    assert status(an, eip_report.id) == project.id
    post(an, hoa, enterprise.id, tmp_path)
    assert status(hoa, visit_report.id) == mine.id
    assert status(hoa, eip_report.id) == project.id


def as_before_0023(change_set):
    """A change set as a version before migration 0023 made it: signed reports without the
    list of their signer's changes (neither in their values nor in their entries)."""
    key = "signed_changes_sha256"

    def without(values):
        return None if values is None else {k: v for k, v in values.items() if k != key}

    change_set.records = [
        dataclasses.replace(r, values=without(r.values)) for r in change_set.records
    ]
    change_set.entries = [
        dataclasses.replace(e, fields=without(e.fields), keys=e.keys - {key})
        for e in change_set.entries
    ]
    return change_set


def test_a_report_signed_before_0023_keeps_a_rule_honest_where_it_is(laptops, tmp_path):
    """Signed before the signer's changes were kept: on the signing workspace its own
    `signed_through` still says exactly what it reflects; received, an old package carries no
    list and nothing tells what its signer held, so only the receiver's own later edits
    count there (docs/sign-off.md)."""
    hoa, an = laptops("Hoa"), laptops("An", Role.INSPECTOR)
    enterprise, visit, report, _ = signed_apart(hoa, an, tmp_path)
    with hoa.workspace.engine.begin() as connection:
        connection.execute(
            text("UPDATE signed_reports SET signed_changes_sha256 = NULL WHERE id = :id"),
            {"id": report.id.hex if connection.dialect.name == "sqlite" else report.id},
        )
    assert hoa.repos.signoffs.get_signed_report(report.id).changes_sha256 is None
    assert status(hoa, report.id) is None

    change_set = as_before_0023(hoa.exchange.collect(enterprise.id))
    an.exchange.merge(
        change_set,
        package_id=uuid.uuid4(),
        from_device=hoa.exchange.device_id(),
        from_name="Hoa",
        read_blob=hoa.exchange.read_blob,
    )
    there = an.repos.signoffs.get_signed_report(report.id)
    assert there.changes_sha256 is None and there.superseded_by is None

    # an edit on either side supersedes it where it was made
    mine = a_hazard_of(an.repos, enterprise.id, visit.id)
    an.repos.hazards.update_hazards([dataclasses.replace(mine, title="Edited after sign-off")])
    assert status(an, report.id) == mine.id
    assert status(hoa, report.id) is None
    post(an, hoa, enterprise.id, tmp_path)
    assert status(hoa, report.id) == mine.id


def test_a_list_of_changes_that_is_not_one_is_refused_and_nothing_written(laptops):
    hoa, an = laptops("Hoa"), laptops("An", Role.INSPECTOR)
    seed_demo(hoa.repos)
    report, _ = sign_visit(hoa.repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    change_set = hoa.exchange.collect(report.enterprise_id)
    forged = b"not a list of changes\n"
    digest = hashlib.sha256(forged).hexdigest()
    change_set.records = [
        dataclasses.replace(r, values={**r.values, "signed_changes_sha256": digest})
        if r.record_kind == "signed_reports"
        else r
        for r in change_set.records
    ]
    change_set.blobs.append(Blob("report", digest, "application/octet-stream"))

    def read_blob(blob):
        return forged if blob.sha256 == digest else hoa.exchange.read_blob(blob)

    with pytest.raises(PackageError, match="list of changes"):
        an.exchange.merge(
            change_set,
            package_id=uuid.uuid4(),
            from_device=hoa.exchange.device_id(),
            from_name="Hoa",
            read_blob=read_blob,
        )
    assert an.repos.portfolio.list_enterprises() == []
