"""Rating in the hazard form by the matrix: a click on a cell sets likelihood and severity;
the arrows move a frame from cell to cell and Space or Enter rate it; a third factor keeps
its list and colours the cells."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from score_desktop.document.hazard_commands import ChangeRiskMethodCommand
from score_desktop.gui.hazards.hazard_dialog import HazardDialog
from score_desktop.gui.hazards.risk_matrix import AXIS, LABEL_W
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from tests.gui.conftest import active_dialog
from tests.gui.hazards.test_hazard_gui import stored


def _new_form(qtbot, editor) -> HazardDialog:
    editor.hazards.new_unpinned()
    dialog = active_dialog(qtbot, HazardDialog)
    dialog.tabs.setCurrentIndex(1)
    return dialog


def _centre(matrix, likelihood: float, severity: float) -> QPoint:
    rows, columns = matrix._axes()
    row = [level.value for level in rows].index(likelihood)
    column = [level.value for level in columns].index(severity)
    side = matrix._cell_side()
    return QPoint(round(AXIS + LABEL_W + (column + 0.5) * side), round((row + 0.5) * side))


def test_a_click_on_a_cell_rates_likelihood_and_severity(qtbot, editor, workspace):
    dialog = _new_form(qtbot, editor)
    dialog.title_edit.setText("Rated by the matrix")
    inputs = dialog.initial_inputs
    matrix = inputs.matrix
    qtbot.waitExposed(matrix)
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=_centre(matrix, 4.0, 3.0))
    assert inputs.values() == (("likelihood", 4.0), ("severity", 3.0))
    assert inputs.result.text() == "12 — High" and matrix.selected == (4.0, 3.0)
    inputs.combos["severity"].setCurrentIndex(inputs.combos["severity"].findData(5.0))
    assert matrix.selected == (4.0, 5.0)  # the lists and the matrix show one rating
    dialog.ok_button.click()
    saved = next(h for h in stored(workspace).values() if h.title == "Rated by the matrix")
    assert dict(saved.initial) == {"likelihood": 4.0, "severity": 5.0}


def test_the_keyboard_moves_the_frame_and_space_or_enter_rates(qtbot, editor):
    dialog = _new_form(qtbot, editor)
    matrix = dialog.residual_inputs.matrix
    qtbot.waitExposed(matrix)
    matrix.setFocus()
    assert matrix.cursor == (3.0, 3.0)  # from the middle, nothing rated yet
    assert dialog.residual_inputs.values() == ()
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Up, Qt.Key.Key_Left):
        qtbot.keyClick(matrix, key)  # past the top row it stays there
    assert matrix.cursor == (5.0, 2.0)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert dialog.residual_inputs.values() == (("likelihood", 5.0), ("severity", 2.0))
    qtbot.keyClick(matrix, Qt.Key.Key_Down)
    qtbot.keyClick(matrix, Qt.Key.Key_Return)
    assert dialog.residual_inputs.values() == (("likelihood", 4.0), ("severity", 2.0))
    assert dialog.isVisible()  # Enter rated the cell; it did not close the form
    dialog.done(QDialog.DialogCode.Rejected)  # closed without the discard question


def test_a_third_factor_keeps_its_list_and_colours_the_cells(qtbot, editor):
    document = editor.hazards.panel.document
    document.push(ChangeRiskMethodCommand(document, DEMO_ENTERPRISE_ID, "fine_kinney"))
    dialog = _new_form(qtbot, editor)
    inputs = dialog.initial_inputs
    matrix = inputs.matrix
    assert [f.key for f in inputs.axes] == ["probability", "consequence"]
    assert matrix._cell_colour(10, 100).name() == "#eaecee"  # its band waits for exposure
    inputs.choose_cell((3.0, 40.0))
    assert inputs.partly_rated()  # exposure still to rate
    exposure = inputs.combos["exposure"]
    exposure.setCurrentIndex(exposure.findData(2.0))
    assert inputs.result.text() == "240 — High"
    assert matrix._cell_colour(3.0, 40.0).name() == "#e74c3c"  # High's red: 3 × 2 × 40
    dialog.done(QDialog.DialogCode.Rejected)  # closed without the discard question
