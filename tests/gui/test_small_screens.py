"""The window on a laptop's screen: at 1,024 × 700 the plan's register shows rows and its
whole matrix and the visit form fits; at 1,366 × 768 the photos show two full rows of
thumbnails, captions stay in their cells, and the split above them is labelled and kept."""

import dataclasses

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from score_desktop.document.photo_commands import UpdatePhotosCommand
from score_desktop.gui.actions import ActionId
from score_desktop.gui.screen_fit import TITLE_BAR_PX, fit_to_screen
from score_desktop.gui.visit_dialog import VisitDialog
from score_desktop.services.demo import DEMO_PLAN_ID
from tests.gui.conftest import active_dialog
from tests.gui.photos.test_gallery import photos

LAPTOP_PANEL_PX = 30  # a desktop's panel, which the screen's free area leaves out


def test_at_1024_by_700_the_register_shows_rows_and_its_whole_matrix(qtbot, demo_window):
    demo_window.resize(1024, 700)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    panel = editor.hazards.panel
    table = panel.table
    shown = table.viewport().height() // table.rowHeight(0)
    assert shown >= 5  # three rows before
    assert panel.side.verticalScrollBar().maximum() == 0  # the matrix is not cut
    plan_view = editor.view.viewport()
    assert plan_view.height() >= 280 and plan_view.width() >= 700
    assert demo_window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is not None


def test_the_visit_form_fits_a_1024_by_700_screen(qtbot, demo_window):
    """Its least height leaves room for a panel and the title bar; opened, it is no taller
    than the screen leaves (it was 700 pixels, its buttons off the screen)."""
    demo_window.actions[ActionId.EDIT_VISIT].trigger()
    dialog = active_dialog(qtbot, VisitDialog)
    assert dialog.minimumSizeHint().height() <= 700 - LAPTOP_PANEL_PX - TITLE_BAR_PX
    room = dialog.screen().availableGeometry().height() - TITLE_BAR_PX
    assert dialog.height() <= max(room, dialog.minimumSizeHint().height())
    ok = dialog.findChild(QDialogButtonBox)
    assert dialog.rect().contains(ok.geometry())
    dialog.reject()


def test_fit_to_screen_never_goes_below_what_the_layout_needs(qtbot):
    from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

    dialog = QDialog()
    qtbot.addWidget(dialog)
    filler = QWidget(dialog)
    filler.setMinimumSize(200, 150)
    QVBoxLayout(dialog).addWidget(filler)
    room = dialog.screen().availableGeometry()
    fit_to_screen(dialog, room.width() + 500, room.height() + 500)
    assert dialog.width() <= room.width()
    assert dialog.height() <= room.height() - TITLE_BAR_PX
    fit_to_screen(dialog, 10, 10)
    assert dialog.width() >= 200 and dialog.height() >= 150


def _photos_shown(qtbot, window, tmp_path, count=9):
    window.resize(1366, 768)
    panel = window.enterprise_panel
    gallery = panel.gallery
    panel.lower_tabs.setCurrentWidget(gallery)
    with qtbot.waitSignal(gallery.import_finished, timeout=30_000):
        gallery.import_files(photos(tmp_path, count))
    qtbot.wait(50)  # the split for the photos is set once the folded profile's room is there
    return panel, gallery


def test_at_1366_by_768_the_gallery_shows_two_full_rows(qtbot, demo_window, tmp_path):
    panel, gallery = _photos_shown(qtbot, demo_window, tmp_path)
    cell = gallery.list.gridSize()
    assert gallery.list.viewport().height() >= 2 * cell.height()  # a 70-pixel strip before
    assert not panel.overview.isVisible()  # the profile and plans folded away meanwhile
    panel.lower_tabs.setCurrentIndex(0)
    assert panel.overview.isVisible()


def test_long_captions_stay_in_their_cells_and_selection_moves_nothing(
    qtbot, demo_window, tmp_path
):
    _panel, gallery = _photos_shown(qtbot, demo_window, tmp_path, count=4)
    document = demo_window.document
    first = gallery.photos()[0]
    long = "Blocked emergency exit behind the cable drums in hall one, east side " * 3
    document.push(UpdatePhotosCommand(document, [dataclasses.replace(first, caption=long)], "c"))
    items = [gallery.list.item(row) for row in range(gallery.list.count())]
    before = [gallery.list.visualItemRect(item) for item in items]
    for n, rect in enumerate(before):
        assert rect.width() <= gallery.list.gridSize().width()
        assert all(not rect.intersects(other) for other in before[n + 1 :])
    gallery.list.setCurrentItem(items[0])
    assert [gallery.list.visualItemRect(item) for item in items] == before


def test_the_split_above_the_photos_is_labelled_and_kept(qtbot, demo_window_factory, tmp_path):
    window = demo_window_factory()
    panel, _gallery = _photos_shown(qtbot, window, tmp_path, count=2)
    handle = panel.splitter.handle(1)
    assert "Photos" in handle.text and handle.toolTip()
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    for step in range(1, 6):
        qtbot.mouseMove(handle, middle + QPoint(0, 12 * step))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, 60))
    moved = panel.splitter.sizes()
    panel.lower_tabs.setCurrentIndex(0)
    assert "Visit record" in handle.text
    window.close()

    again = demo_window_factory()
    again.resize(1366, 768)
    panel = again.enterprise_panel
    panel.lower_tabs.setCurrentWidget(panel.gallery)
    qtbot.wait(50)
    assert abs(panel.splitter.sizes()[0] - moved[0]) <= 2
