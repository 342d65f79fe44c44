"""Background import through the editor, and PNG/SVG export parsed back."""

import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.floorplan.conftest import import_background


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "scan.png"
    image = Image.new("RGB", (1200, 800), "white")
    ImageDraw.Draw(image).rectangle((50, 50, 1150, 750), outline="black", width=8)
    image.save(path)
    return path


def test_import_background_then_undo(qtbot, editor, scan, document, plan, workspace):
    assert import_background(qtbot, editor, scan)
    background = SqlFloorPlanRepository(workspace).get_plan(plan.id).background
    assert (background.width_px, background.height_px, background.source_name) == (
        1200,
        800,
        "scan.png",
    )
    item = editor.scene.backdrop.item
    assert item is not None and item.pixmap().width() == 1200
    assert item.opacity() == pytest.approx(background.opacity)
    document.undo_stack.undo()
    assert SqlFloorPlanRepository(workspace).get_plan(plan.id).background is None
    assert editor.scene.backdrop.item is None


def test_background_opacity_visibility_and_lock_from_the_panel(
    qtbot, editor, scan, plan, workspace
):
    import_background(qtbot, editor, scan)
    editor.scene.clearSelection()
    panel = editor.properties
    panel.opacity_spin.setValue(30)
    panel.bg_locked_check.setChecked(False)
    panel.bg_visible_check.setChecked(False)
    stored = SqlFloorPlanRepository(workspace).get_plan(plan.id).background
    assert (stored.opacity, stored.locked, stored.visible) == (0.3, False, False)
    assert not editor.scene.backdrop.item.isVisible()


def test_a_broken_background_leaves_the_plan_unchanged(editor, tmp_path, plan, workspace, qtbot):
    bad = tmp_path / "plan.jpg"
    bad.write_text("not a picture")
    with qtbot.waitSignal(editor.problem) as problem:
        assert not import_background(qtbot, editor, bad)
    assert "not an image" in problem.args[0]
    assert SqlFloorPlanRepository(workspace).get_plan(plan.id).background is None


def test_a_pdf_page_becomes_the_background(qtbot, editor, tmp_path, plan, workspace):
    from tests.services.test_plan_background import make_pdf

    path = tmp_path / "drawing.pdf"
    make_pdf(path, pages=1)
    assert import_background(qtbot, editor, path)
    background = SqlFloorPlanRepository(workspace).get_plan(plan.id).background
    assert background.source_name == "drawing.pdf (page 1)"


def test_dropping_an_image_on_the_view_can_make_it_the_background(
    qtbot, editor, scan, plan, workspace
):
    editor.ask_drop_use = lambda: "background"  # the user's choice in the drop menu
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    viewport = editor.view.viewport()
    centre = viewport.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(centre.toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: SqlFloorPlanRepository(workspace).get_plan(plan.id).background)


def test_png_export_at_the_chosen_dpi(demo_editor, tmp_path):
    path = tmp_path / "plan.png"
    assert demo_editor.files.export_png(path, dpi=150)
    image = Image.open(path)
    # the hall is 40 m wide (+ margins): at 1:100 and 150 dpi that is 2,362 px for 40 m
    assert 2400 <= image.width <= 2700
    assert image.info["dpi"][0] == pytest.approx(150, abs=1)
    colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 100


def test_png_export_that_would_be_too_big_is_refused(demo_editor, tmp_path, qtbot):
    with qtbot.waitSignal(demo_editor.problem) as problem:
        assert not demo_editor.files.export_png(tmp_path / "big.png", dpi=2400)
    assert "lower resolution" in problem.args[0]
    assert not (tmp_path / "big.png").exists()


def test_svg_export_is_a_valid_drawing_with_the_labels(demo_editor, tmp_path):
    path = tmp_path / "plan.svg"
    assert demo_editor.files.export_svg(path)
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext())
    assert "Cable workshop" in text  # the title
    assert len(list(root.iter())) > 100


def test_an_exported_plan_carries_the_pin_legend_the_view_shows(demo_editor, tmp_path):
    legend = demo_editor.legend_card.legend
    names = [name for _colour, name in legend.entries()]
    assert "Mechanical / machinery" in names
    assert demo_editor.files.export_png(tmp_path / "with.png", dpi=150)
    assert demo_editor.files.export_svg(tmp_path / "with.svg")
    demo_editor.actions_by_name["legend"].trigger()  # L: the legend hidden
    assert demo_editor.shown_legend() is None
    assert demo_editor.files.export_png(tmp_path / "without.png", dpi=150)
    assert demo_editor.files.export_svg(tmp_path / "without.svg")

    with Image.open(tmp_path / "with.png") as shown, Image.open(tmp_path / "without.png") as bare:
        assert shown.width == bare.width and shown.height > bare.height + 40
        band = shown.convert("RGB").crop((0, bare.height, shown.width, shown.height))
    band_colours = {colour for _count, colour in band.getcolors(maxcolors=1_000_000)}
    for colour, _name in legend.entries():  # each category's badge is in the band
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        assert rgb in band_colours, colour
    svg_text = "".join(ET.parse(tmp_path / "with.svg").getroot().itertext())
    assert all(name in svg_text for name in names)
    assert "workers exposed" in svg_text
    assert "workers exposed" not in "".join(ET.parse(tmp_path / "without.svg").getroot().itertext())


def test_export_leaves_the_selection_as_it_was(demo_editor, tmp_path):
    first = next(iter(demo_editor.scene.graphics))
    demo_editor.scene.select_ids([first])
    demo_editor.files.export_png(tmp_path / "p.png", dpi=96)
    assert demo_editor.scene.selected_ids() == [first]
    assert demo_editor.scene.grid_visible


def test_a_new_background_of_another_resolution_keeps_the_real_world_size(
    editor, scan, tmp_path, plan, workspace, qtbot
):
    """The scan's frame runs from pixel 50 to 1150: 11 m at 1 cm a pixel. The same drawing
    at twice the resolution (a PDF page rendered finer) must still measure 11 m."""
    assert import_background(qtbot, editor, scan)
    finer = tmp_path / "finer.png"
    image = Image.new("RGB", (2400, 1600), "white")
    ImageDraw.Draw(image).rectangle((100, 100, 2300, 1500), outline="black", width=16)
    image.save(finer)
    with qtbot.waitSignal(editor.status) as status:
        assert import_background(qtbot, editor, finer)
    assert "fitted to the old one's width (12.00 m)" in status.args[0]
    stored = SqlFloorPlanRepository(workspace).get_plan(plan.id)
    background = stored.background
    assert (background.width_px, background.source_name) == (2400, "finer.png")
    frame_m = (2300 - 100) * background.units_per_pixel * stored.metres_per_unit
    assert frame_m == pytest.approx(11.0)
    assert (
        editor.scene.backdrop.item.boundingRect().width() * editor.scene.backdrop.item.scale()
        == (pytest.approx(1200))
    )


def test_an_image_over_the_budget_is_offered_scaled_down_and_read_in_the_pool(
    qtbot, editor, tmp_path, plan, workspace
):
    from score_desktop.services.plan_background import MAX_PIXELS

    path = tmp_path / "photo.png"
    Image.new("L", (9_000, 7_000), 255).save(path, "PNG")  # 63 megapixels
    editor.files.import_background(path)
    qtbot.waitUntil(lambda: editor.files.scale_down_box is not None, timeout=20000)
    box = editor.files.scale_down_box
    assert "9000 × 7000 pixels (63 megapixels)" in box.text()
    box.button(box.StandardButton.Cancel).click()  # no: nothing changes
    assert SqlFloorPlanRepository(workspace).get_plan(plan.id).background is None
    editor.files.import_background(path)
    qtbot.waitUntil(lambda: editor.files.scale_down_box is not None, timeout=20000)
    with qtbot.waitSignal(editor.status, timeout=30000):
        editor.files.scale_down_box.button(box.StandardButton.Yes).click()
    background = SqlFloorPlanRepository(workspace).get_plan(plan.id).background
    assert 0.99 * MAX_PIXELS < background.width_px * background.height_px <= MAX_PIXELS
    assert background.source_name == "photo.png"
