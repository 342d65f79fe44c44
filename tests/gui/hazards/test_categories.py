"""The category catalogue edited through its dialog: recolour, rename, add; undo."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.hazard import HazardCategory
from score_desktop.gui.hazards.categories_dialog import CategoriesDialog
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.services.demo import DEMO_PLAN_ID, demo_hazards
from score_desktop.storage.hazard_repository import SqlHazardRepository
from tests.gui.conftest import active_dialog


def test_recolour_rename_and_add_a_category_then_undo(qtbot, demo_window, workspace):
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    panel = editor.hazards.panel
    panel.categories_button.click()
    dialog = active_dialog(qtbot, CategoriesDialog)
    dialog.table.item(0, 0).setText("Machinery")
    dialog.set_colour(0, "#FF00AA")
    dialog.add_category()
    last = dialog.table.rowCount() - 1
    dialog.table.item(last, 0).setText("Dust (cotton, wood)")
    dialog.table.item(last, 2).setText("D")
    dialog.findChild(QDialogButtonBox).accepted.emit()

    stored = {c.code: c for c in SqlHazardRepository(workspace).list_categories()}
    assert stored["mechanical"].name == "Machinery" and stored["mechanical"].colour == "#FF00AA"
    assert stored["dust_cotton_wood"].symbol == "D"
    assert panel.category_combo.findData("dust_cotton_wood") > 0
    guard = demo_hazards()[0]  # a mechanical hazard: its register row and pin follow
    row = panel.model.row_of(guard.id)
    assert panel.model.index(row, HazardColumn.CATEGORY).data() == "Machinery"
    assert editor.scene.pins[guard.id]._look[0] == "#FF00AA"

    demo_window.undo_action.trigger()
    stored = {c.code: c for c in SqlHazardRepository(workspace).list_categories()}
    assert stored["mechanical"].name == "Mechanical / machinery"
    assert (
        panel.model.index(panel.model.row_of(guard.id), HazardColumn.CATEGORY).data()
        == "Mechanical / machinery"
    )


def test_bad_categories_are_refused_in_the_dialog(qtbot, demo_window):
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    dialog = editor.hazards.panel.edit_categories()
    dialog.table.item(1, 2).setText("TOO LONG")
    dialog.accept()
    assert dialog.isVisible() and "one or two characters" in dialog.problems.text()
    dialog.reject()


@pytest.mark.parametrize(
    ("category", "field"),
    [
        (HazardCategory("x", "", "#000000", "X", "physical"), "name"),
        (HazardCategory("x", "X", "red", "X", "physical"), "colour"),
        (HazardCategory("x", "X", "#000000", "X", "cosmic"), "nr5_group"),
    ],
)
def test_category_validation(category, field):
    with pytest.raises(ValidationError) as caught:
        category.validate()
    assert field in caught.value.problems


def test_the_badge_follows_the_letters_and_colour_being_edited(qtbot):
    dialog = CategoriesDialog(
        [HazardCategory("noise", "Physical: noise", "#16A085", "N", "physical")]
    )
    qtbot.addWidget(dialog)

    def badge_image():
        return dialog.table.item(0, 2).icon().pixmap(16, 16).toImage()

    before = badge_image()
    dialog.table.item(0, 2).setText("Nz")
    lettered = badge_image()
    assert lettered != before
    dialog.set_colour(0, "#FF00AA")
    assert badge_image().pixelColor(2, 8).name() == "#ff00aa"
