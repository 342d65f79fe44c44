"""The window on a laptop's screen: at 1,024 × 700 the plan's register shows rows and its
whole matrix and the visit form fits; at 1,366 × 768 the photos show two full rows of
thumbnails, captions stay in their cells, and the split above them is labelled and kept."""

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
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


def test_at_1024_by_700_the_plan_has_the_height_and_the_register_opens_whole(
    qtbot, demo_window_factory
):
    """The plan gets most of a short screen (it was about 240 pixels tall): the register
    starts folded to its labelled handle; opened (Shift+R, or a double-click on the
    handle) it shows five rows and its whole matrix; the choice is kept for the next
    start."""
    window = demo_window_factory()
    window.resize(1024, 700)
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    plan_view = editor.view.viewport()
    assert plan_view.height() >= 450 and plan_view.width() >= 700
    split = editor.splitters[1]
    assert split.is_folded() and "▲" in split.handle(1).text
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is not None

    show = editor.actions_by_name["register_shown"]
    assert not show.isChecked()
    fitted = editor.view.transform().m11()
    show.trigger()
    panel = editor.hazards.panel
    qtbot.waitUntil(lambda: panel.table.viewport().height() > 0)
    # the fitted plan fits its new height (it ran under the scale bar)
    qtbot.waitUntil(lambda: editor.view.transform().m11() < fitted)
    table = panel.table
    assert table.viewport().height() // table.rowHeight(0) >= 5  # three rows before
    assert panel.side.verticalScrollBar().maximum() == 0  # the matrix is not cut
    assert plan_view.height() >= 200
    window.close()

    again = demo_window_factory()
    again.resize(1024, 700)
    editor = again.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    assert not editor.splitters[1].is_folded()  # as the user left it
    qtbot.mouseDClick(editor.splitters[1].handle(1), Qt.MouseButton.LeftButton)
    assert editor.splitters[1].is_folded()
    assert not editor.actions_by_name["register_shown"].isChecked()


def test_at_1366_by_768_the_plan_opens_with_its_register(qtbot, demo_window):
    demo_window.resize(1366, 768)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    assert not editor.splitters[1].is_folded()
    table = editor.hazards.panel.table
    assert table.viewport().height() // table.rowHeight(0) >= 5


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
    window.resize(1366, 768 - TITLE_BAR_PX)  # a window on a 1,366 × 768 screen
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
    again.resize(1366, 768 - TITLE_BAR_PX)
    panel = again.enterprise_panel
    panel.lower_tabs.setCurrentWidget(panel.gallery)
    qtbot.wait(50)
    assert abs(panel.splitter.sizes()[0] - moved[0]) <= 2


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_dialog_fits_a_1024_by_700_screen(tmp_path, language):
    """Each dialog opened on a real 1,024 × 700 screen (the offscreen platform's, in a
    process of its own) is no larger than the screen less a title bar, nor needs to be;
    Vietnamese has the longest words of the shipped languages."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1024, "height": 700}]})
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    run = subprocess.run(
        [sys.executable, "-m", "tests.gui.dialog_sizes", str(tmp_path), language],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        timeout=300,
        check=True,
    )
    shown = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert not [s for s in shown if "error" in s]
    names = {s["name"] for s in shown}
    assert {"new hazard", "edit visit", "new project", "activity", "preferences"} <= names
    assert len(names) >= 25, names
    room = (1024, 700 - TITLE_BAR_PX)
    too_large = [
        s
        for s in shown
        if any(s[key][0] > room[0] or s[key][1] > room[1] for key in ("size", "least"))
    ]
    assert not too_large
