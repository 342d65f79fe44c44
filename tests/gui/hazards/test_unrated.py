"""A new hazard starts unrated, is saved so when left so, and shows as not rated everywhere:
form, register, pin, legend, matrix and band filter."""

from score_desktop.domain.plan_style import UNRATED_PIN_COLOUR, UNRATED_PIN_PX
from score_desktop.gui.hazards.hazard_dialog import HazardDialog
from score_desktop.gui.hazards.register_filter import NOT_RATED
from score_desktop.gui.hazards.register_model import HazardColumn
from tests.gui.conftest import active_dialog
from tests.gui.floorplan.conftest import click
from tests.gui.hazards.test_hazard_gui import stored


def test_a_new_hazard_left_unrated_is_saved_and_shown_as_not_rated(qtbot, editor, workspace):
    panel = editor.hazards.panel
    counted = sum(panel.matrix.counts.values())
    editor.set_tool("hazard")
    click(qtbot, editor, (1000, 1000))
    dialog = active_dialog(qtbot, HazardDialog)
    for inputs in (dialog.initial_inputs, dialog.residual_inputs):
        assert all(combo.currentData() is None for combo in inputs.combos.values())
        assert inputs.result.text() == "not rated" and inputs.values() == ()
    dialog.title_edit.setText("Pellet dust at the hopper")
    dialog.ok_button.click()

    new = next(h for h in stored(workspace).values() if h.title == "Pellet dust at the hopper")
    assert new.initial == () and new.residual == ()
    row = panel.model.row_of(new.id)
    assert panel.model.index(row, HazardColumn.INITIAL).data() == "not rated"
    assert editor.scene.hazard_pins.look(new) == (UNRATED_PIN_COLOUR, UNRATED_PIN_PX)
    assert panel.legend.entries()[-1] == (UNRATED_PIN_COLOUR, "Not rated")
    assert sum(panel.matrix.counts.values()) == counted  # in no cell
    panel.band_combo.setCurrentIndex(panel.band_combo.findData(NOT_RATED))
    assert [panel.model.hazard_at(r).id for r in range(panel.model.rowCount())] == [new.id]


def test_a_rating_is_every_factor_or_none(qtbot, editor, workspace):
    editor.hazards.new_unpinned()
    dialog = active_dialog(qtbot, HazardDialog)
    dialog.title_edit.setText("Half rated")
    likelihood = dialog.initial_inputs.combos["likelihood"]
    likelihood.setCurrentIndex(likelihood.findData(4.0))
    dialog.accept()
    assert dialog.isVisible() and "every factor of the initial risk" in dialog.problems.text()
    assert dialog.tabs.currentIndex() == 1  # the risk page, where the gap is
    severity = dialog.initial_inputs.combos["severity"]
    severity.setCurrentIndex(severity.findData(3.0))
    dialog.accept()
    saved = next(h for h in stored(workspace).values() if h.title == "Half rated")
    assert dict(saved.initial) == {"likelihood": 4.0, "severity": 3.0}
