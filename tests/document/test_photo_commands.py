import dataclasses

import pytest
from PIL import Image

from score_desktop.document.commands import AddEnterpriseCommand, DeleteEnterpriseCommand
from score_desktop.document.photo_commands import (
    AddPhotosCommand,
    RemovePhotosCommand,
    UpdatePhotosCommand,
)
from score_desktop.domain.photo import Photo, PhotoKind
from score_desktop.services.photo_import import read_photo
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.builders import make_enterprise


@pytest.fixture
def stored_photo(document, workspace, tmp_path):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    path = tmp_path / "guard.jpg"
    Image.new("RGB", (400, 300), "grey").save(path, "JPEG")
    read = read_photo(path)
    SqlPhotoRepository(workspace).store_blob(read.data, read.thumbnail, read.media_type)
    return Photo(
        enterprise_id=enterprise.id,
        sha256=read.sha256,
        width=read.width,
        height=read.height,
        original_name=read.original_name,
    )


def stored(workspace, enterprise_id):
    return SqlPhotoRepository(workspace).list_photos(enterprise_id)


def test_add_caption_delete_with_undo(document, workspace, stored_photo, qtbot):
    photo = stored_photo
    with qtbot.waitSignal(document.photos.added):
        document.push(AddPhotosCommand(document, [photo]))
    for text in ("Gu", "Guard fitted"):
        edited = dataclasses.replace(photo, caption=text, kind=PhotoKind.AFTER)
        document.push(
            UpdatePhotosCommand(document, [edited], "Caption", merge_key=(photo.id, "caption"))
        )
    document.push(RemovePhotosCommand(document, [photo.id]))
    assert stored(workspace, photo.enterprise_id) == []
    assert document.photos.repository.load_thumbnail(photo.sha256)  # the bytes are still there
    document.undo_stack.undo()
    assert stored(workspace, photo.enterprise_id)[0].caption == "Guard fitted"
    document.undo_stack.undo()  # both caption edits were one step
    assert stored(workspace, photo.enterprise_id) == [photo]
    document.undo_stack.undo()
    assert document.photos.photos_of(photo.enterprise_id) == []


def test_deleting_the_enterprise_takes_and_restores_its_photos(document, workspace, stored_photo):
    document.push(AddPhotosCommand(document, [stored_photo]))
    document.push(DeleteEnterpriseCommand(document, stored_photo.enterprise_id))
    assert stored(workspace, stored_photo.enterprise_id) == []
    document.undo_stack.undo()
    assert stored(workspace, stored_photo.enterprise_id) == [stored_photo]


def test_deleting_a_hazard_or_visit_unlinks_its_photos_and_undo_relinks_them(
    document, workspace, stored_photo
):
    from score_desktop.document.commands import AddVisitCommand, DeleteVisitCommand
    from score_desktop.document.hazard_commands import AddHazardsCommand, RemoveHazardsCommand
    from score_desktop.domain.hazard import Hazard
    from tests.builders import make_visit

    enterprise_id = stored_photo.enterprise_id
    visit = make_visit(document.enterprise(enterprise_id))
    document.push(AddVisitCommand(document, visit))
    hazard = Hazard(
        enterprise_id=enterprise_id,
        title="Open gear",
        category_code="mechanical",
        initial=(("likelihood", 4.0), ("severity", 3.0)),
    )
    assert document.push(AddHazardsCommand(document, [hazard]))
    linked = dataclasses.replace(stored_photo, hazard_id=hazard.id, visit_id=visit.id)
    document.push(AddPhotosCommand(document, [linked]))

    document.push(RemoveHazardsCommand(document, [hazard.id]))
    document.push(DeleteVisitCommand(document, visit.id))
    unlinked = dataclasses.replace(linked, hazard_id=None, visit_id=None)
    assert stored(workspace, enterprise_id) == [unlinked]
    assert document.photos.photo(linked.id) == unlinked  # memory mirrors the database
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert stored(workspace, enterprise_id) == [linked]
    assert document.photos.photo(linked.id) == linked
