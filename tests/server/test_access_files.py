"""Plan backgrounds and signed reports' bytes on the office server: a login reads them only
through a plan or a signed report of an enterprise it sees, and the same bytes pushed for
another enterprise meet the held ones unseen (its plan points at the held image)."""

import io

import pytest
from PIL import Image

from score_desktop.domain.floorplan import FloorPlan, PlanBackground
from score_desktop.domain.history import Role
from score_desktop.domain.signoff import SignedKind, VerdictKind
from score_desktop.services.demo import seed_demo
from score_desktop.services.office_sync import sync
from score_desktop.services.signoff import sign_new, signature_now
from score_desktop.storage.database import open_workspace
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop
from tests.services.test_signoff import drawing_png, sign_visit

pytestmark = pytest.mark.postgresql


def _background() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 60), "teal").save(out, "PNG")
    return out.getvalue()


def _push(office, laptop, login, name):
    server = open_workspace(office.login_url(login))
    try:
        assert sync(laptop.workspace, server, name=name).pushed > 0
    finally:
        server.close()


def push_plan(office, tmp_path, name, enterprise_name):
    """A laptop of its own for `name`, with one enterprise whose plan has the same background
    bytes as every other call's, synced through a consultant login of its own."""
    login = office.add(name, "consultant")
    laptop = make_laptop(tmp_path, login)
    enterprise = make_enterprise(enterprise_name)
    laptop.repos.portfolio.add_enterprise(enterprise)
    image_id = laptop.repos.plans.store_image(_background(), "image/png", 80, 60)
    plan = FloorPlan(
        enterprise_id=enterprise.id,
        name="Hall",
        background=PlanBackground(image_id=image_id, width_px=80, height_px=60),
    )
    laptop.repos.plans.add_plan(plan)
    _push(office, laptop, login, name)
    laptop.workspace.close()
    return login, plan.id


def test_a_plans_background_is_read_only_through_a_plan_the_login_sees(office, tmp_path):
    lan, lan_plan = push_plan(office, tmp_path, "Lan Tran", "Hongxing Garments")
    with office.raw(lan) as db:
        [(held,)] = db.execute("SELECT id FROM plan_images").fetchall()
    mai = office.add("Mai Pham", "consultant")
    with office.raw(mai) as db:
        assert db.execute("SELECT count(*) FROM plan_images").fetchone() == (0,)
    # the same bytes behind another enterprise's plan: met unseen, not stored twice
    binh, binh_plan = push_plan(office, tmp_path, "Binh Nguyen", "Phuc Mechanical")
    with office.raw(binh) as db:
        assert db.execute("SELECT id FROM plan_images").fetchall() == [(held,)]
        assert db.execute(
            "SELECT background_image_id FROM floor_plans WHERE id = %s", (binh_plan,)
        ).fetchall() == [(held,)]
    with office.raw(mai) as db:
        assert db.execute("SELECT count(*) FROM plan_images").fetchone() == (0,)
    assert lan_plan != binh_plan


def test_a_signed_reports_bytes_are_read_only_through_a_report_the_login_sees(office, tmp_path):
    lan = office.add("Lan Tran", "consultant")
    laptop = make_laptop(tmp_path, lan)
    seed_demo(laptop.repos)
    sign_visit(laptop.repos, [signature_now("Nguyen Thi Lan", Role.CONSULTANT)])
    _push(office, laptop, lan, "Lan Tran")
    laptop.workspace.close()
    with office.raw(lan) as db:
        held = db.execute("SELECT count(*) FROM report_blobs").fetchone()[0]
    assert held >= 2  # the content and the signed PDF's tail
    mai = office.add("Mai Pham", "consultant")
    with office.raw(mai) as db:
        assert db.execute("SELECT count(*) FROM report_blobs").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM signed_reports").fetchone() == (0,)


def _signed_with(laptop, enterprise, content: bytes, drawing: bytes, name: str):
    """A signed visit report of `enterprise` whose content is `content` and whose one
    signature has the drawing `drawing`."""
    visit = make_visit(enterprise)
    laptop.repos.portfolio.add_visit(visit)
    signatures = [signature_now(name, Role.CONSULTANT, drawing)]
    made = sign_new(
        lambda path, progress: path.write_bytes(content),
        signatures,
        enterprise_id=enterprise.id,
        kind=SignedKind.VISIT,
        subject_id=visit.id,
        report_title=f"Visit report — {enterprise.name}",
        signed_through=laptop.repos.signoffs.last_sequence(),
    )
    stored = laptop.repos.signoffs.add_signatures(made.report, made.content, made.data, signatures)
    return stored, made.data


def test_two_enterprises_signed_reports_with_the_same_bytes_push_and_pull(office, tmp_path):
    """The same report bytes and the same drawn signature under two enterprises, each pushed
    and pulled through a consultant login that sees only its own."""
    renderer = make_laptop(tmp_path, "renderer")
    seed_demo(renderer.repos)
    rendered, _signed = sign_visit(renderer.repos, [signature_now("Lan", Role.CONSULTANT)])
    content = renderer.repos.signoffs.load_content(rendered)  # a real report's bytes
    renderer.workspace.close()
    drawing = drawing_png()
    people = {}
    for name, enterprise_name in (("Lan Tran", "Hongxing Garments"), ("Binh Ho", "Phuc Mech")):
        login = office.add(name, "consultant")
        laptop = make_laptop(tmp_path, login)
        enterprise = make_enterprise(enterprise_name)
        laptop.repos.portfolio.add_enterprise(enterprise)
        report, data = _signed_with(laptop, enterprise, content, drawing, name)
        assert office.sync(laptop, login).pushed > 0  # the second meets the bytes unseen
        laptop.workspace.close()
        people[login] = (enterprise, report, data)
    assert people[next(iter(people))][1].content_sha256 == report.content_sha256

    for login, (enterprise, report, data) in people.items():
        fresh = make_laptop(tmp_path, f"{login}-new")
        office.sync(fresh, login)
        assert [e.id for e in fresh.repos.portfolio.list_enterprises()] == [enterprise.id]
        pulled = fresh.repos.signoffs.get_signed_report(report.id)
        assert fresh.repos.signoffs.load_signed_pdf(pulled, 1) == data
        verdict = fresh.repos.signoffs.verify(data)  # the signed PDF, byte for byte
        assert verdict.kind is not VerdictKind.UNKNOWN and verdict.report is not None
        assert verdict.report.id == report.id
        assert fresh.repos.signoffs.load_content(pulled) == content
        assert not pulled.superseded and pulled.changes_sha256 is not None
        # content, drawing, its own tail and its signer's changes: not the other's
        with office.raw(login) as db:
            assert db.execute("SELECT count(*) FROM report_blobs").fetchone() == (4,)
            assert db.execute("SELECT count(*) FROM signed_reports").fetchone() == (1,)
        fresh.workspace.close()
