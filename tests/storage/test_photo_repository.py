"""Photo bytes stored once by content and verified on read; records share them safely."""

import pytest
from PIL import Image
from sqlalchemy import func, select, update

from score_desktop.domain.errors import IntegrityError, NotFoundError
from score_desktop.domain.photo import Photo, PhotoKind
from score_desktop.services.photo_import import read_photo
from score_desktop.storage.photo_repository import SqlPhotoRepository
from score_desktop.storage.schema import PhotoBlobRow
from tests.builders import make_enterprise


@pytest.fixture
def photos(workspace):
    return SqlPhotoRepository(workspace)


@pytest.fixture
def enterprise(repository):
    e = make_enterprise()
    repository.add_enterprise(e)
    return e


@pytest.fixture
def read(tmp_path):
    path = tmp_path / "before.jpg"
    Image.new("RGB", (640, 480), "orange").save(path, "JPEG")
    return read_photo(path)


def record(enterprise, read, **fields):
    return Photo(
        enterprise_id=enterprise.id,
        sha256=read.sha256,
        width=read.width,
        height=read.height,
        original_name=read.original_name,
        **fields,
    )


def test_bytes_are_stored_once_and_records_round_trip(photos, workspace, enterprise, read):
    digest, new = photos.store_blob(read.data, read.thumbnail, read.media_type)
    assert (digest, new) == (read.sha256, True)
    assert photos.store_blob(read.data, read.thumbnail, read.media_type) == (digest, False)
    before = record(enterprise, read, kind=PhotoKind.BEFORE, caption="Wrapping machine, no guard")
    again = record(enterprise, read, kind=PhotoKind.EVIDENCE)
    photos.add_photos([before, again])
    assert photos.list_photos(enterprise.id) == [before, again]
    assert photos.load_blob(digest) == read.data
    assert photos.load_thumbnail(digest) == read.thumbnail
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(PhotoBlobRow)) == 1


def test_deleting_one_record_keeps_bytes_the_other_uses(photos, enterprise, read):
    photos.store_blob(read.data, read.thumbnail, read.media_type)
    first, second = record(enterprise, read), record(enterprise, read)
    photos.add_photos([first, second])
    photos.delete_photos([first.id])
    assert photos.list_photos(enterprise.id) == [second]
    assert photos.load_blob(read.sha256) == read.data
    photos.add_photos([first])  # undo puts the record back on the same bytes
    assert len(photos.list_photos(enterprise.id)) == 2


def test_damaged_bytes_are_reported_not_returned(photos, workspace, read):
    photos.store_blob(read.data, read.thumbnail, read.media_type)
    with workspace.sessions.begin() as s:
        s.execute(
            update(PhotoBlobRow)
            .where(PhotoBlobRow.sha256 == read.sha256)
            .values(data=read.data[:-10] + b"0123456789")
        )
    with pytest.raises(IntegrityError, match="damaged"):
        photos.load_blob(read.sha256)


def test_records_need_stored_bytes(photos, enterprise, read):
    with pytest.raises(NotFoundError, match="not stored"):
        photos.add_photos([record(enterprise, read)])
    with pytest.raises(NotFoundError):
        photos.delete_photos([record(enterprise, read).id])
