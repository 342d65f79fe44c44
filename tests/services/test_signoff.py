"""Sign-off: a report frozen with its signatures; the hash recorded equals the file, a changed
byte fails `verify`, an edit after sign-off supersedes the report (kept as it was)."""

import dataclasses
import datetime as dt
import functools
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from score_desktop.domain.errors import KnownProblemError
from score_desktop.domain.history import Role
from score_desktop.domain.improvement import ImprovementProject
from score_desktop.domain.signoff import Signature, SignedKind, VerdictKind
from score_desktop.services.demo import seed_demo
from score_desktop.services.reporting.content import content_from, eip_meetings
from score_desktop.services.reporting.eip_report import write_eip_report
from score_desktop.services.reporting.options import ReportOptions
from score_desktop.services.reporting.visit_report import write_visit_report
from score_desktop.services.signoff import (
    sign_new,
    signature_now,
    signed_options,
    signed_pdf,
)
from score_desktop.storage.repositories import sql_repositories

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def repos(workspace):
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    return repositories


def _enterprise_and_visit(repos):
    enterprise = repos.portfolio.list_enterprises()[0]
    visits = repos.portfolio.list_visits(enterprise.id)
    hazards = repos.hazards.list_hazards(enterprise.id)
    # a visit on which hazards were found, so the report covers records besides the visit
    visit = next(v for v in visits if any(h.visit_id == v.id for h in hazards))
    return enterprise, visit


def drawing_png() -> bytes:
    image = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    ImageDraw.Draw(image).line(
        [(10, 90), (80, 20), (150, 100), (240, 30), (340, 80)], fill=(10, 30, 120, 255), width=6
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def sign_visit(repos, signatures, report=None, language="en"):
    """The window's steps without the window: render, sign, store."""
    enterprise, visit = _enterprise_and_visit(repos)
    if report is None:
        write = functools.partial(
            write_visit_report,
            enterprise,
            visit,
            repos.portfolio.list_modules(),
            content=content_from(repos, enterprise, TODAY),
            options=signed_options(ReportOptions(language=language)),
        )
        title = f"Visit report — {enterprise.name}, {visit.date}"
        made = sign_new(
            write,
            signatures,
            enterprise_id=enterprise.id,
            kind=SignedKind.VISIT,
            subject_id=visit.id,
            report_title=title,
            signed_through=repos.signoffs.last_sequence(),
            language=language,
        )
    else:
        content = repos.signoffs.load_content(report)
        made = signed_pdf(report, content, [*report.signatures, *signatures])
    stored = repos.signoffs.add_signatures(made.report, made.content, made.data, signatures)
    return stored, made.data


def pdftotext(path: Path, first: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first is not None:
        args += ["-f", str(first), "-l", str(first)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(info.stdout.split("Pages:")[1].split()[0])


def verify(path: Path, database_url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "score_desktop", "verify", str(path), "--database", database_url],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_the_hash_recorded_equals_the_file(repos, tmp_path):
    signatures = [
        signature_now("Nguyen Thi Lan", Role.CONSULTANT, drawing_png()),
        signature_now("Tran Van Minh", Role.INSPECTOR),
        signature_now("Zhang Wei", Role.MANAGER),
    ]
    stored, data = sign_visit(repos, signatures)
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    assert {s.pdf_sha256 for s in stored.signatures} == {digest}
    assert [s.position for s in stored.signatures] == [1, 2, 3]
    assert stored.signatures[0].drawing == signatures[0].drawing
    # the stored copy is the file, byte for byte; the content is its first bytes
    assert repos.signoffs.load_signed_pdf(stored, 3) == data
    content = repos.signoffs.load_content(stored)
    assert data[: stored.content_size] == content
    assert hashlib.sha256(content).hexdigest() == stored.content_sha256

    # the signature page (the last) names the signers and prints the content's hash
    pages = page_count(path)
    last = pdftotext(path, pages)
    for expected in (
        "Signatures",
        "Nguyen Thi Lan",
        "Tran Van Minh",
        "Zhang Wei",
        "Consultant",
        "Safety inspector",
        "Enterprise manager",
        f"pages 1 to {pages - 1}",
        stored.content_sha256,
    ):
        assert expected in " ".join(last.split()), expected
    assert "Signature page" in last
    # the report's own pages come before it, unchanged
    assert "SCORE visit report" in pdftotext(path, 1)
    assert "Signature and date" not in pdftotext(path)  # no blank lines to sign by hand


def test_a_one_byte_change_fails_verify(repos, tmp_path, database_url):
    stored, data = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    result = verify(path, database_url)
    assert result.returncode == 0, result.stderr
    assert "is a signed report of this workspace" in result.stdout
    assert "Nguyen Thi Lan (consultant)" in result.stdout
    assert stored.signatures[0].signed_at.strftime("%Y-%m-%d %H:%M UTC") in result.stdout

    in_content = bytearray(data)
    in_content[len(data) // 3] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(in_content))
    result = verify(changed, database_url)
    assert result.returncode == 1
    assert "does not match any signed report" in result.stdout

    on_signature_page = bytearray(data)
    on_signature_page[stored.content_size + 200] ^= 0x01
    changed.write_bytes(bytes(on_signature_page))
    result = verify(changed, database_url)
    assert result.returncode == 1
    assert "signature page is missing or was changed" in result.stdout

    content_alone = tmp_path / "unsigned.pdf"
    content_alone.write_bytes(data[: stored.content_size])
    assert verify(content_alone, database_url).returncode == 1

    assert verify(tmp_path / "nowhere.pdf", database_url).returncode == 2


def test_an_edit_after_sign_off_supersedes_it(repos, tmp_path, database_url):
    enterprise, visit = _enterprise_and_visit(repos)
    stored, data = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    assert not repos.signoffs.signed_reports(SignedKind.VISIT, visit.id)[0].superseded

    # an edit of something the report does not show leaves it current
    other = next(v for v in repos.portfolio.list_visits(enterprise.id) if v.id != visit.id)
    repos.portfolio.update_visit(dataclasses.replace(other, observations="Another visit."))
    assert not repos.signoffs.get_signed_report(stored.id).superseded

    # a hazard found on that visit, edited: superseded, by that change
    mine = next(h for h in repos.hazards.list_hazards(enterprise.id) if h.visit_id == visit.id)
    with repos.history.acting("Edit hazard"):
        repos.hazards.update_hazards([dataclasses.replace(mine, title="Changed later")])
    report = repos.signoffs.get_signed_report(stored.id)
    assert report.superseded and report.superseded_by.record_id == mine.id
    assert report.superseded_by.action == "Edit hazard"
    # kept, never changed
    assert repos.signoffs.load_signed_pdf(report, 1) == data
    assert report.signatures == stored.signatures

    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    result = verify(path, database_url)
    assert result.returncode == 3, result.stderr
    assert "SUPERSEDED" in result.stdout and "Edit hazard" in result.stdout

    # no more signatures on it; a new sign-off of the report as it is now is current
    with pytest.raises(KnownProblemError, match="changed after it was signed"):
        sign_visit(repos, [signature_now("Zhang Wei", Role.MANAGER)], report)
    fresh, _ = sign_visit(repos, [signature_now("Zhang Wei", Role.MANAGER)])
    listed = repos.signoffs.signed_reports(SignedKind.VISIT, visit.id)
    assert [r.id for r in listed] == [fresh.id, stored.id]
    assert [r.superseded for r in listed] == [False, True]


def test_an_edit_of_the_visit_itself_supersedes_its_report(repos):
    _enterprise, visit = _enterprise_and_visit(repos)
    stored, _ = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    repos.portfolio.update_visit(dataclasses.replace(visit, observations="Added later."))
    assert repos.signoffs.get_signed_report(stored.id).superseded_by.record_id == visit.id


def test_signatures_added_later_make_a_second_copy_and_the_first_still_verifies(repos):
    first, first_data = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    second, second_data = sign_visit(repos, [signature_now("Zhang Wei", Role.MANAGER)], first)
    assert second.id == first.id and len(second.signatures) == 2
    assert first_data != second_data
    assert first_data[: first.content_size] == second_data[: first.content_size]
    one = repos.signoffs.verify(first_data)
    two = repos.signoffs.verify(second_data)
    assert one.kind is two.kind is VerdictKind.SIGNED
    assert [s.name for s in one.signatures] == ["Nguyen Thi Lan"]
    assert [s.name for s in two.signatures] == ["Nguyen Thi Lan", "Zhang Wei"]


def sign_eip(repos):
    """The first enterprise's EIP report, rendered, signed by its manager and stored."""
    enterprise = repos.portfolio.list_enterprises()[0]
    content_records = content_from(repos, enterprise, TODAY)
    write = functools.partial(
        write_eip_report, enterprise, content_records, eip_meetings(repos, enterprise)
    )
    signatures = [signature_now("Zhang Wei", Role.MANAGER)]
    made = sign_new(
        write,
        signatures,
        enterprise_id=enterprise.id,
        kind=SignedKind.EIP,
        subject_id=enterprise.id,
        report_title=f"Enterprise Improvement Plan — {enterprise.name}",
        signed_through=repos.signoffs.last_sequence(),
    )
    return repos.signoffs.add_signatures(made.report, made.content, made.data, signatures), made


def test_an_eip_report_is_superseded_by_an_edit_of_its_projects_only(repos):
    enterprise = repos.portfolio.list_enterprises()[0]
    stored, _made = sign_eip(repos)
    visit = repos.portfolio.list_visits(enterprise.id)[0]
    repos.portfolio.update_visit(dataclasses.replace(visit, observations="Later."))
    assert not repos.signoffs.get_signed_report(stored.id).superseded
    project = repos.improvement.list_records(ImprovementProject, enterprise.id)[0]
    repos.improvement.update_records([dataclasses.replace(project, title="Renamed")])
    assert repos.signoffs.get_signed_report(stored.id).superseded_by.record_id == project.id


def test_a_signature_needs_a_name_and_damaged_bytes_are_refused(repos, workspace):
    with pytest.raises(KnownProblemError, match="name"):
        signature_now("  ", Role.CONSULTANT)
    with pytest.raises(KnownProblemError):
        Signature("A", Role.CONSULTANT, dt.datetime(2026, 1, 1)).validate()  # no time zone
    stored, _ = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    from sqlalchemy import text

    with workspace.engine.begin() as connection:
        connection.execute(
            text("UPDATE report_blobs SET data = :d WHERE sha256 = :s"),
            {"d": b"%PDF-damaged", "s": stored.content_sha256},
        )
    with pytest.raises(KnownProblemError, match="damaged"):
        repos.signoffs.load_signed_pdf(stored, 1)


def test_the_signature_page_is_in_the_report_language(repos, tmp_path):
    stored, data = sign_visit(repos, [signature_now("张伟", Role.MANAGER)], language="zh_CN")
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    last = " ".join(pdftotext(path, page_count(path)).split())
    for expected in ("签名", "张伟", "企业经理", "签名页", stored.content_sha256):
        assert expected in last, expected


def test_a_hazard_moved_away_from_the_visit_supersedes_its_report(repos):
    enterprise, visit = _enterprise_and_visit(repos)
    stored, _ = sign_visit(repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    other = next(v for v in repos.portfolio.list_visits(enterprise.id) if v.id != visit.id)
    mine = next(h for h in repos.hazards.list_hazards(enterprise.id) if h.visit_id == visit.id)
    # no longer the visit's: only the change's own fields say it was
    repos.hazards.update_hazards([dataclasses.replace(mine, visit_id=other.id)])
    change = repos.signoffs.get_signed_report(stored.id).superseded_by
    assert change is not None and change.record_id == mine.id
    assert change.field("visit_id").before == str(visit.id)
