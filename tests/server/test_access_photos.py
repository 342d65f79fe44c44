"""Photos pushed through consultants' logins: the bytes reach the office before their record
does, in the same transaction; another enterprise's login does not see them, and the same
bytes pushed for another enterprise meet the held ones unseen."""

import pytest
from PIL import Image

from score_desktop.domain.photo import Photo
from score_desktop.services.office_sync import sync
from score_desktop.services.photo_import import read_photo
from score_desktop.storage import office_server
from score_desktop.storage.database import open_workspace
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop

pytestmark = pytest.mark.postgresql


def push_photo(office, tmp_path, name, enterprise_name):
    """A laptop of its own for `name`, with one enterprise and a photo of the same bytes as
    every other call's, synced through a consultant login of its own; returns the login."""
    login = office.add(name, "consultant")
    laptop = make_laptop(tmp_path, login)
    enterprise = make_enterprise(enterprise_name)
    laptop.repos.portfolio.add_enterprise(enterprise)
    path = tmp_path / "guard.jpg"
    Image.new("RGB", (64, 48), "orange").save(path, "JPEG")
    read = read_photo(path)
    laptop.repos.photos.store_blob(read.data, read.thumbnail, read.media_type)
    laptop.repos.photos.add_photos(
        [Photo(enterprise_id=enterprise.id, sha256=read.sha256, width=64, height=48)]
    )
    server = open_workspace(office.login_url(login))
    try:
        assert sync(laptop.workspace, server, name=name).pushed > 0
    finally:
        server.close()
        laptop.workspace.close()
    assert office_server.assignments(office.workspace.engine, login) == [enterprise.id]
    return login, read.sha256


def test_a_consultants_photo_syncs_and_stays_in_its_enterprise(office, tmp_path):
    lan, sha = push_photo(office, tmp_path, "Lan Tran", "Hongxing Garments")
    with office.raw(lan) as db:
        assert db.execute("SELECT sha256 FROM photo_blobs").fetchall() == [(sha,)]
    mai = office.add("Mai Pham", "consultant")
    with office.raw(mai) as db:
        assert db.execute("SELECT count(*) FROM photo_blobs").fetchone() == (0,)
    # the same bytes for another enterprise, which Binh's login cannot see held already
    binh, same = push_photo(office, tmp_path, "Binh Nguyen", "Phuc Mechanical")
    assert same == sha
    with office.raw(binh) as db:
        assert db.execute("SELECT sha256 FROM photo_blobs").fetchall() == [(sha,)]
        assert db.execute("SELECT count(*) FROM photos").fetchone() == (1,)
