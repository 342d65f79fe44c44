"""Plan backgrounds and signed reports' bytes on the office server: a login reads them only
through a plan or a signed report of an enterprise it sees, and the same bytes pushed for
another enterprise meet the held ones unseen (its plan points at the held image)."""

import io

import pytest
from PIL import Image

from score_desktop.domain.floorplan import FloorPlan, PlanBackground
from score_desktop.domain.history import Role
from score_desktop.services.demo import seed_demo
from score_desktop.services.office_sync import sync
from score_desktop.services.signoff import signature_now
from score_desktop.storage.database import open_workspace
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop
from tests.services.test_signoff import sign_visit

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
