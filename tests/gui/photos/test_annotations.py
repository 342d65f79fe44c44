"""Marks drawn over a photo in the viewer: stored as vectors, undoable, shown everywhere."""

import os

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from score_desktop.domain.photo import AnnotationKind
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.storage.photo_repository import SqlPhotoRepository


def one_photo(qtbot, gallery, tmp_path, colour=(230, 230, 230)):
    path = tmp_path / "bench.jpg"
    Image.new("RGB", (1600, 1200), colour).save(path, "JPEG")
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files([path])
    return gallery.list.item(0).data(Qt.ItemDataRole.UserRole)


def drag(qtbot, view, start: QPoint, end: QPoint, steps=6):
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for n in range(1, steps + 1):
        point = start + (end - start) * (n / steps)
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def stored(workspace):
    (photo,) = SqlPhotoRepository(workspace).list_photos(DEMO_ENTERPRISE_ID)
    return photo


def test_draw_marks_then_undo_and_redo_them_in_the_viewer(qtbot, demo_window, workspace, tmp_path):
    gallery = demo_window.enterprise_panel.gallery
    viewer = gallery.open_viewer(one_photo(qtbot, gallery, tmp_path))
    qtbot.waitExposed(viewer)
    view = viewer.view
    centre = view.viewport().rect().center()

    viewer.set_tool(AnnotationKind.ARROW)
    drag(qtbot, view, centre - QPoint(150, 100), centre)
    viewer.set_tool(AnnotationKind.ELLIPSE)
    drag(qtbot, view, centre + QPoint(20, 20), centre + QPoint(160, 110))
    viewer.set_colour("#1E88E5")
    viewer.set_tool(AnnotationKind.FREEHAND)
    drag(qtbot, view, centre - QPoint(200, -120), centre - QPoint(40, -150), steps=12)
    viewer.set_tool(AnnotationKind.ARROW)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a slip, no mark
    viewer.ask_text = lambda: ("Guard missing <here> & 护罩", True)
    viewer.set_tool(AnnotationKind.TEXT)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre - QPoint(250, 160))

    marks = stored(workspace).annotations
    assert [m.kind for m in marks] == [
        AnnotationKind.ARROW,
        AnnotationKind.ELLIPSE,
        AnnotationKind.FREEHAND,
        AnnotationKind.TEXT,
    ]
    arrow = marks[0]
    assert arrow.points[1][0] > arrow.points[0][0] and arrow.points[1][1] > arrow.points[0][1]
    assert abs(arrow.points[1][0] - 0.5) < 0.02 and abs(arrow.points[1][1] - 0.5) < 0.02
    assert len(marks[2].points) > 4 and marks[2].colour == "#1E88E5"
    assert marks[3].text == "Guard missing <here> & 护罩"
    assert viewer.layer.annotations == marks

    shot = view.viewport().grab().toImage()
    on_arrow = shot.pixelColor(centre - QPoint(75, 50))
    assert on_arrow.red() > 180 and on_arrow.green() < 100  # drawn in red over the grey photo
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        viewer.grab().save(f"{keep}/photo-annotations.png")

    viewer.undo_action.trigger()
    viewer.undo_action.trigger()
    assert [m.kind for m in stored(workspace).annotations] == [
        AnnotationKind.ARROW,
        AnnotationKind.ELLIPSE,
    ]
    assert len(viewer.layer.annotations) == 2
    viewer.redo_action.trigger()
    assert len(stored(workspace).annotations) == 3
    viewer.reject()


def test_pick_a_mark_and_delete_it(qtbot, demo_window, workspace, tmp_path):
    gallery = demo_window.enterprise_panel.gallery
    viewer = gallery.open_viewer(one_photo(qtbot, gallery, tmp_path))
    qtbot.waitExposed(viewer)
    view = viewer.view
    centre = view.viewport().rect().center()
    viewer.set_tool(AnnotationKind.RECTANGLE)
    drag(qtbot, view, centre - QPoint(100, 80), centre + QPoint(100, 80))
    viewer.set_tool(AnnotationKind.ARROW)
    drag(qtbot, view, centre - QPoint(200, 150), centre - QPoint(120, 100))
    rectangle, arrow = stored(workspace).annotations

    viewer.set_tool("pan")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(100, 0))
    assert viewer.layer.selected == rectangle.id
    viewer.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is viewer)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the dialog's Delete shortcut
    assert stored(workspace).annotations == (arrow,)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(5, 5))
    assert viewer.layer.selected is None  # inside the (deleted) rectangle: nothing there now
    viewer.reject()


def test_marks_show_on_thumbnails_and_in_the_compare_view(qtbot, demo_window, tmp_path):
    import dataclasses

    from score_desktop.document.photo_commands import UpdatePhotosCommand
    from score_desktop.domain.photo import Annotation, PhotoKind
    from score_desktop.services.demo import demo_hazards

    gallery = demo_window.enterprise_panel.gallery
    document = demo_window.document
    paths = []
    for name in ("before", "after"):
        paths.append(tmp_path / f"{name}.jpg")
        Image.new("RGB", (800, 600), (235, 235, 235)).save(paths[-1], "JPEG")
    with qtbot.waitSignal(gallery.import_finished, timeout=20_000):
        gallery.import_files(paths)
    guard = demo_hazards()[0]
    box = Annotation(AnnotationKind.RECTANGLE, ((0.25, 0.25), (0.75, 0.75)), "#43A047")
    edited = []
    for photo in document.photos.photos_of(DEMO_ENTERPRISE_ID):
        before = photo.original_name == "before.jpg"
        edited.append(
            dataclasses.replace(
                photo,
                kind=PhotoKind.BEFORE if before else PhotoKind.AFTER,
                hazard_id=guard.id,
                annotations=(box,) if before else (),
            )
        )
    document.push(UpdatePhotosCommand(document, edited, "Pair"))
    row = next(r for r in range(gallery.list.count()) if "before" in gallery.list.item(r).toolTip())
    icon = gallery.list.item(row).icon().pixmap(320, 240).toImage()  # as stored
    greenest = max(
        icon.pixelColor(x, icon.height() // 2).green()
        - icon.pixelColor(x, icon.height() // 2).red()
        for x in range(icon.width() // 4 - 3, icon.width() // 4 + 4)
    )
    assert greenest > 60  # the green rectangle's left side
    gallery.list.item(row).setSelected(True)
    dialog = gallery.open_compare()
    before_picture, after_picture = dialog.wipe.before.toImage(), dialog.wipe.after.toImage()
    on_line, inside = before_picture.pixelColor(200, 300), before_picture.pixelColor(400, 300)
    assert on_line.green() > on_line.red() + 60 and inside.red() > 200  # outline only
    assert after_picture.pixelColor(200, 300).red() > 200  # the after photo has no marks
    dialog.reject()
