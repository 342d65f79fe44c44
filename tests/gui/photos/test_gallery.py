"""Photos through the real enterprise panel: import in the background, drop, cancel, delete."""

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.gui.conftest import active_dialog


def photos(tmp_path, count, size=(800, 600)):
    paths = []
    for n in range(count):
        path = tmp_path / f"site-{n}.jpg"
        Image.new("RGB", size, (40 * n % 255, 120, 200)).save(path, "JPEG")
        paths.append(path)
    return paths


def test_import_shows_progress_thumbnails_and_a_summary_of_bad_files(
    qtbot, demo_window, workspace, tmp_path
):
    gallery = demo_window.enterprise_panel.gallery
    good = photos(tmp_path, 3)
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000) as finished:
        gallery.import_files([*good, bad])
        assert not gallery.progress.isHidden()  # shown while the worker runs
    summary = finished.args[0]
    assert len(summary.imported) == 3 and summary.failures[0][0] == "notes.jpg"
    assert gallery.list.count() == 3
    assert not gallery.list.item(0).icon().isNull()
    assert len(SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)) == 3
    box = active_dialog(qtbot, QMessageBox)
    assert "not a photo" in box.text()
    box.accept()


def test_cancel_mid_batch_keeps_what_was_read(qtbot, demo_window, workspace, tmp_path):
    gallery = demo_window.enterprise_panel.gallery
    paths = photos(tmp_path, 40, size=(1600, 1200))
    with qtbot.waitSignal(gallery.import_finished, timeout=30_000) as finished:
        gallery.import_files(paths)
        qtbot.waitUntil(lambda: gallery.progress.value() >= 1, timeout=10_000)
        gallery.cancel_button.click()
    summary = finished.args[0]
    assert summary.cancelled and 1 <= len(summary.imported) < 40
    assert gallery.list.count() == len(summary.imported)
    active_dialog(qtbot, QMessageBox).accept()


def test_dropping_files_imports_them(qtbot, demo_window, tmp_path):
    gallery = demo_window.enterprise_panel.gallery
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos(tmp_path, 2)])
    centre = gallery.rect().center()
    keys, buttons = Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(gallery, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        QApplication.sendEvent(
            gallery, QDropEvent(centre.toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
        )
    assert gallery.list.count() == 2


def test_an_empty_gallery_says_how_to_add_photos(qtbot, demo_window):
    gallery = demo_window.enterprise_panel.gallery
    gallery.resize(600, 300)
    assert gallery.list.count() == 0 and not gallery.delete_button.isEnabled()
    assert "Drop photos here" in gallery.list.hint

    def colours_across_the_middle() -> int:
        image = gallery.list.viewport().grab().toImage()
        rows = range(image.height() // 2 - 6, image.height() // 2 + 6)
        return len({image.pixelColor(x, y).rgb() for x in range(image.width()) for y in rows})

    assert colours_across_the_middle() > 2  # the hint's antialiased letters
    gallery.list.hint = ""
    assert colours_across_the_middle() == 1  # a blank box, as it was


def test_delete_and_undo(qtbot, demo_window, workspace, tmp_path):
    gallery = demo_window.enterprise_panel.gallery
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files(photos(tmp_path, 2))
    assert not gallery.delete_button.isEnabled()  # nothing selected yet
    gallery.list.item(0).setSelected(True)
    assert gallery.delete_button.isEnabled()
    gallery.delete_button.click()
    assert gallery.list.count() == 1
    demo_window.undo_action.trigger()
    assert gallery.list.count() == 2
    assert len(SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)) == 2


def test_caption_tag_and_hazard_of_the_selected_photo(qtbot, demo_window, workspace, tmp_path):
    from score_desktop.domain.photo import PhotoKind
    from score_desktop.gui.combo import index_of
    from score_desktop.services.demo import demo_hazards

    gallery = demo_window.enterprise_panel.gallery
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files(photos(tmp_path, 1))
    gallery.list.item(0).setSelected(True)
    assert gallery.caption_edit.isEnabled()
    qtbot.keyClicks(gallery.caption_edit, "Guard missing")
    gallery.kind_combo.setCurrentIndex(gallery.kind_combo.findData("before"))
    gallery.kind_combo.activated.emit(gallery.kind_combo.currentIndex())
    guard = demo_hazards()[1]
    gallery.hazard_combo.setCurrentIndex(index_of(gallery.hazard_combo, guard.id))
    gallery.hazard_combo.activated.emit(gallery.hazard_combo.currentIndex())

    (stored,) = SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)
    assert (stored.caption, stored.kind, stored.hazard_id) == (
        "Guard missing",
        PhotoKind.BEFORE,
        guard.id,
    )
    assert gallery.list.item(0).text() == "[Before] Guard missing"
    assert demo_window.document.photos.photos_of_hazard(guard.id) == [stored]
    for _ in range(3):  # hazard link, tag, and the whole caption typed as one step
        demo_window.undo_action.trigger()
    (stored,) = SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)
    assert (stored.caption, stored.kind, stored.hazard_id) == ("", PhotoKind.GENERAL, None)


def test_viewer_shows_the_photo_and_zooms(qtbot, demo_window, tmp_path):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    gallery = demo_window.enterprise_panel.gallery
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files(photos(tmp_path, 1, size=(2400, 1800)))
    photo_id = gallery.list.item(0).data(Qt.ItemDataRole.UserRole)
    viewer = gallery.open_viewer(photo_id)
    qtbot.waitExposed(viewer)
    assert viewer.loaded and viewer.item.pixmap().width() == 2400
    fitted = viewer.zoom
    assert fitted < 1  # the whole photo fits the window
    centre = QPointF(viewer.view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        centre,
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.view.viewport(), wheel)
    assert viewer.zoom > fitted
    viewer.reject()


def test_a_damaged_photo_is_reported_not_shown(qtbot, demo_window, workspace, tmp_path):
    from sqlalchemy import update

    from score_desktop.storage.schema import PhotoBlobRow

    gallery = demo_window.enterprise_panel.gallery
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files(photos(tmp_path, 1))
    photo_id = gallery.list.item(0).data(Qt.ItemDataRole.UserRole)
    with workspace.sessions.begin() as s:
        s.execute(update(PhotoBlobRow).values(data=b"corrupted"))
    with qtbot.waitSignal(demo_window.document.problem_occurred) as problem:
        assert gallery.open_viewer(photo_id) is None
    assert "damaged" in problem.args[0]
    active_dialog(qtbot, QMessageBox).accept()


def test_before_after_pair_opens_the_compare_view(qtbot, demo_window, tmp_path):
    import dataclasses
    import os

    from score_desktop.document.photo_commands import UpdatePhotosCommand
    from score_desktop.domain.photo import PhotoKind
    from score_desktop.services.demo import demo_hazards

    gallery = demo_window.enterprise_panel.gallery
    document = demo_window.document
    before, after = tmp_path / "before.jpg", tmp_path / "after.jpg"
    Image.new("RGB", (1200, 900), (150, 40, 40)).save(before, "JPEG")
    Image.new("RGB", (1200, 900), (40, 150, 60)).save(after, "JPEG")
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files([before, after])
    guard = demo_hazards()[0]  # re-scored: 16 Very high -> 8 Medium
    tagged = []
    for photo in document.photos.photos_of(DEMO_ENTERPRISE_ID):
        kind = PhotoKind.BEFORE if photo.original_name == "before.jpg" else PhotoKind.AFTER
        tagged.append(dataclasses.replace(photo, kind=kind, hazard_id=guard.id))
    document.push(UpdatePhotosCommand(document, tagged, "Pair"))
    gallery.list.item(0).setSelected(True)
    assert gallery.compare_button.isEnabled()

    dialog = gallery.open_compare()
    qtbot.waitExposed(dialog)
    assert dialog.risk_label.text() == "Risk: 16 Very high  →  8 Medium"
    assert dialog.wipe.before.width() == 1200 and dialog.wipe.after.width() == 1200
    dialog.tabs.setCurrentIndex(1)
    dialog.slider.setValue(30)
    assert dialog.wipe.position == 0.3
    shot = dialog.wipe.grab().toImage()
    area = dialog.wipe._target(dialog.wipe.before)  # where the photos are drawn
    middle = int(area.center().y())
    left = shot.pixelColor(int(area.left() + area.width() * 0.15), middle)
    right = shot.pixelColor(int(area.left() + area.width() * 0.85), middle)
    assert left.red() > left.green() and right.green() > right.red()  # before | after
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        dialog.tabs.setCurrentIndex(0)
        dialog.grab().save(f"{keep}/compare-side.png")
        dialog.tabs.setCurrentIndex(1)
        dialog.grab().save(f"{keep}/compare-slider.png")
    dialog.reject()


def test_the_photo_size_policy_is_a_preference(qtbot, demo_window, workspace, tmp_path):
    from score_desktop.gui.preferences_dialog import PreferencesDialog

    demo_window.open_preferences()
    dialog = active_dialog(qtbot, PreferencesDialog)
    assert dialog.photo_spin.value() == 24  # megapixels kept as taken by default
    dialog.photo_spin.setValue(2)
    dialog.accept()
    assert demo_window.settings.value("photos/keep_original_megapixels", type=int) == 2
    gallery = demo_window.enterprise_panel.gallery
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files(photos(tmp_path, 1, size=(2400, 1800)))  # 4.3 MP
    (photo,) = SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)
    assert photo.width * photo.height <= 2_000_000 and photo.width > 1600
    assert photo.width / photo.height == pytest.approx(4 / 3, abs=0.01)


def test_a_named_pipe_among_the_photos_is_refused_and_the_rest_imported(
    qtbot, demo_window, tmp_path
):
    import os

    gallery = demo_window.enterprise_panel.gallery
    pipe = tmp_path / "from-camera.jpg"
    os.mkfifo(pipe)
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000) as finished:
        gallery.import_files([pipe, *photos(tmp_path, 1)])
    summary = finished.args[0]
    assert len(summary.imported) == 1 and summary.failures[0][0] == "from-camera.jpg"
    box = active_dialog(qtbot, QMessageBox)
    assert "is not a file but a folder, pipe or device" in box.text()
    box.accept()
