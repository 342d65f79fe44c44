"""Photos that arrive where the work is: dropped on a hazard's form or on the plan."""

import os

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, demo_hazards
from score_desktop.storage.hazard_repository import SqlHazardRepository
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.gui.conftest import active_dialog, drop_files
from tests.gui.floorplan.conftest import drag, view_point


def photo_files(tmp_path, count):
    paths = []
    for n in range(count):
        paths.append(tmp_path / f"hopper-{n}.jpg")
        Image.new("RGB", (900, 600), (60 * n, 90, 160)).save(paths[-1], "JPEG")
    return paths


def stored_photos(workspace):
    return SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)


def open_editor(demo_window) -> PlanEditor:
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    editor.resize(1300, 900)
    return editor


def test_photos_dropped_on_a_new_hazards_form_are_saved_with_it(
    qtbot, demo_window, workspace, tmp_path
):
    editor = open_editor(demo_window)
    dialog = editor.hazards.new_unpinned()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.gallery.import_finished, timeout=20_000):
        assert drop_files(dialog, photo_files(tmp_path, 2))
    assert dialog.tabs.currentWidget() is dialog.gallery
    assert dialog.gallery.list.count() == 2  # shown at once, though the hazard is not saved
    assert stored_photos(workspace) == []
    qtbot.keyClicks(dialog.title_edit, "Bags lifted by hand at the hopper")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    hazards = SqlHazardRepository(workspace).list_hazards(DEMO_ENTERPRISE_ID)
    new = next(h for h in hazards if h.title.startswith("Bags lifted"))
    photos = stored_photos(workspace)
    assert len(photos) == 2 and {p.hazard_id for p in photos} == {new.id}
    assert {p.visit_id for p in photos} == {new.visit_id} and new.visit_id is not None
    demo_window.undo_action.trigger()  # the hazard and its photos are one step
    assert stored_photos(workspace) == []
    assert all(h.id != new.id for h in SqlHazardRepository(workspace).list_hazards())


def test_photos_dropped_on_an_existing_hazards_form_join_it_at_once(
    qtbot, demo_window, workspace, tmp_path
):
    editor = open_editor(demo_window)
    guard = demo_hazards()[1]
    dialog = editor.hazards.edit(guard.id)
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.gallery.import_finished, timeout=20_000):
        assert drop_files(dialog, photo_files(tmp_path, 1))
    (photo,) = stored_photos(workspace)
    assert photo.hazard_id == guard.id
    dialog.reject()  # the photo stays: it was its own undoable step
    assert len(stored_photos(workspace)) == 1
    gallery = demo_window.enterprise_panel.gallery
    gallery.choose_scope_of(hazard_id=guard.id)
    assert gallery.list.count() == 1
    gallery.choose_scope_of(hazard_id=demo_hazards()[2].id)
    assert gallery.list.count() == 0


def test_a_cancelled_new_hazard_leaves_no_photo_records(qtbot, demo_window, workspace, tmp_path):
    editor = open_editor(demo_window)
    dialog = editor.hazards.new_unpinned()
    with qtbot.waitSignal(dialog.gallery.import_finished, timeout=20_000):
        drop_files(dialog, photo_files(tmp_path, 1))
    dialog.reject()
    assert stored_photos(workspace) == []


def demo_editor(demo_window) -> PlanEditor:
    editor = open_editor(demo_window)
    editor.view.resetTransform()
    editor.view.scale(0.25, 0.25)
    editor.view.centerOn(2000, 1200)
    return editor


def zone_named(editor, label):
    return next(i for i in editor.plan_document.items() if i.label == label)


def test_photos_dropped_on_the_plan_are_pinned_in_the_zone_where_they_fall(
    qtbot, demo_window, workspace, tmp_path
):
    editor = demo_editor(demo_window)
    where = view_point(editor, 2200, 600)  # in the Stranding zone, away from hazard pins
    importer = editor.photo_pins.importer
    with qtbot.waitSignal(importer.finished, timeout=20_000):
        assert drop_files(editor.view.viewport(), photo_files(tmp_path, 2), where)
    photos = stored_photos(workspace)
    assert len(photos) == 2
    stranding = zone_named(editor, "Stranding")
    for photo in photos:
        assert photo.pin.plan_id == DEMO_PLAN_ID and photo.zone_id == stranding.id
        assert photo.pin.position.x == pytest.approx(2200, abs=8)
        assert photo.pin.position.y == pytest.approx(600, abs=8)
    assert set(editor.photo_pins.items) == {p.id for p in photos}
    assert demo_window.enterprise_panel.gallery.list.count() == 2
    demo_window.undo_action.trigger()  # the drop was one step
    assert stored_photos(workspace) == [] and editor.photo_pins.items == {}


def test_one_image_dropped_on_a_hazard_pin_asks_and_links_the_hazard(
    qtbot, demo_window, workspace, tmp_path
):
    editor = demo_editor(demo_window)
    hazard = demo_hazards()[13]  # at (3800, 900)
    editor.ask_drop_use = lambda: "photo"
    with qtbot.waitSignal(editor.photo_pins.importer.finished, timeout=20_000):
        drop_files(editor.view.viewport(), photo_files(tmp_path, 1), view_point(editor, 3800, 900))
    (photo,) = stored_photos(workspace)
    assert photo.hazard_id == hazard.id and photo.pin is not None


def pinned_photo(qtbot, editor, workspace, tmp_path, at=(2200, 600)):
    editor.ask_drop_use = lambda: "photo"
    with qtbot.waitSignal(editor.photo_pins.importer.finished, timeout=20_000):
        drop_files(editor.view.viewport(), photo_files(tmp_path, 1), view_point(editor, *at))
    (photo,) = stored_photos(workspace)
    return photo


def test_move_turn_and_unpin_a_photo_pin_each_one_undo_step(
    qtbot, demo_window, workspace, tmp_path
):
    editor = demo_editor(demo_window)
    photo = pinned_photo(qtbot, editor, workspace, tmp_path)
    drag(qtbot, editor, (2200, 600), (3200, 700), steps=6)  # into Wrapping & packing
    (moved,) = stored_photos(workspace)
    assert moved.pin.position.x == pytest.approx(3200, abs=8)
    assert moved.zone_id == zone_named(editor, "Wrapping & packing").id

    # the arrow's tip is 34 px above the pin (bearing 0): drag it to point right (east)
    item = editor.photo_pins.items[photo.id]
    tip = editor.view.mapFromScene(item.pos()) + QPoint(0, -34)
    right = editor.view.mapFromScene(item.pos()) + QPoint(60, 0)
    to_scene = editor.view.mapToScene
    drag(qtbot, editor, tuple(to_scene(tip).toTuple()), tuple(to_scene(right).toTuple()))
    (turned,) = stored_photos(workspace)
    assert turned.pin.bearing == pytest.approx(90, abs=3)
    assert turned.pin.position == moved.pin.position

    editor.scene.clearSelection()
    item.setSelected(True)
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    (unpinned,) = stored_photos(workspace)  # the photo stays, without its pin
    assert unpinned.pin is None and photo.id not in editor.photo_pins.items
    for expected in (turned, moved, photo):
        demo_window.undo_action.trigger()
        assert stored_photos(workspace) == [expected]
    assert editor.photo_pins.items[photo.id].pos().x() == pytest.approx(2200, abs=8)


def test_double_click_opens_the_photo_and_the_layer_hides_pins(
    qtbot, demo_window, workspace, tmp_path
):
    from score_desktop.gui.photos.viewer import PhotoViewer

    editor = demo_editor(demo_window)
    photo = pinned_photo(qtbot, editor, workspace, tmp_path)
    qtbot.mouseDClick(
        editor.view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(editor, 2200, 600)
    )
    viewer = active_dialog(qtbot, PhotoViewer)
    assert viewer.photo.id == photo.id
    viewer.reject()
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        item = editor.photo_pins.items[photo.id]
        item.setSelected(True)
        editor.view.centerOn(item)
        editor.grab().save(f"{keep}/plan-photo-pin.png")
    editor.actions_by_name["layer_photos"].trigger()
    assert not editor.photo_pins.items[photo.id].isVisible()
