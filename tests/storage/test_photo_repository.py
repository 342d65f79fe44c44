"""Photo bytes stored once by content and verified on read; records share them safely."""

import dataclasses
import sqlite3
import uuid

import pytest
from alembic import command
from PIL import Image
from sqlalchemy import create_engine, func, select, update

from score_desktop.domain.errors import IntegrityError, NotFoundError
from score_desktop.domain.geometry import Point
from score_desktop.domain.photo import Annotation, AnnotationKind, Photo, PhotoKind, PhotoPin
from score_desktop.services.photo_import import read_photo
from score_desktop.storage.database import open_workspace
from score_desktop.storage.migrate import _config
from score_desktop.storage.photo_repository import SqlPhotoRepository
from score_desktop.storage.repositories import sql_repositories
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


def test_pin_zone_and_annotations_round_trip(photos, enterprise, read):
    photos.store_blob(read.data, read.thumbnail, read.media_type)
    marks = (
        Annotation(AnnotationKind.ARROW, ((0.1, 0.2), (0.4, 0.5))),
        Annotation(AnnotationKind.TEXT, ((0.5, 0.5),), "#1E88E5", "护罩 <missing> & 🙂"),
        Annotation(AnnotationKind.FREEHAND, ((0.1, 0.1), (0.2, 0.15), (0.3, 0.1))),
    )
    pin = PhotoPin(uuid.uuid4(), Point(12.5, 8.0), bearing=135.0)
    photo = record(enterprise, read, zone_id=uuid.uuid4(), pin=pin, annotations=marks)
    photos.add_photos([photo])
    assert photos.list_photos(enterprise.id) == [photo]
    unpinned = dataclasses.replace(photo, pin=None, annotations=marks[:1])
    photos.update_photos([unpinned])
    assert photos.list_photos(enterprise.id) == [unpinned]


def test_a_workspace_of_the_previous_schema_keeps_its_photos(tmp_path, read):
    """0005 → 0006 adds pins and annotations; existing records come through unmarked."""
    path = tmp_path / "old.sqlite3"
    engine_url = f"sqlite:///{path}"
    engine = create_engine(engine_url)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "0005_photos")
    engine.dispose()
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("pragma table_info(enterprises)")]
        values = {name: "" for name in columns} | {"id": "0" * 32, "name": "Old"}
        marks = ", ".join("?" * len(columns))
        db.execute(
            f"insert into enterprises ({', '.join(columns)}) values ({marks})",
            [values[name] for name in columns],
        )
        db.execute(
            "insert into photo_blobs values (?, 'image/jpeg', ?, ?, '2026-01-01')",
            (read.sha256, read.data, read.thumbnail),
        )
        db.execute(
            "insert into photos (id, enterprise_id, sha256, width, height, original_name, caption,"
            " kind, camera, created_at, updated_at) values (?, ?, ?, 640, 480, 'a.jpg', 'kept',"
            " 'before', '', '2026-01-01', '2026-01-01')",
            ("1" * 32, "0" * 32, read.sha256),
        )
    workspace = open_workspace(engine_url)
    (photo,) = sql_repositories(workspace).photos.list_photos()
    workspace.close()
    assert (photo.caption, photo.kind, photo.pin, photo.annotations) == (
        "kept",
        PhotoKind.BEFORE,
        None,
        (),
    )
