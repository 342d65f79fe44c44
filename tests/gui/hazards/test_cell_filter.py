"""A risk-matrix cell used as a filter is named by a chip in the filter bar, and the chip or
Esc shows every cell again."""

from PySide6.QtCore import QPoint, Qt

from score_desktop.document.hazard_commands import ChangeRiskMethodCommand
from score_desktop.gui.hazards.risk_matrix import AXIS, LABEL_W


def _click_cell(qtbot, matrix, likelihood: float, severity: float) -> None:
    rows, columns = matrix._axes()  # likely at the top
    row = [level.value for level in rows].index(likelihood)
    column = [level.value for level in columns].index(severity)
    side = matrix._cell_side()
    at = QPoint(round(AXIS + LABEL_W + (column + 0.5) * side), round((row + 0.5) * side))
    qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=at)


def _rows(panel) -> int:
    return panel.model.rowCount()


def test_a_cell_filter_shows_as_a_chip_that_clears_it(qtbot, editor):
    qtbot.waitExposed(editor.window())
    panel = editor.hazards.panel
    chip, everything = panel.cell_filter.chip, _rows(panel)
    assert not chip.isVisible()
    _click_cell(qtbot, panel.matrix, 3.0, 3.0)
    assert chip.isVisible() and chip.chip_text() == "Likelihood 3 × Severity 3"
    assert chip.text() == "Likelihood 3 × Severity 3  ✕"  # not cut at this width
    assert 0 < _rows(panel) < everything and panel.matrix.selected == (3.0, 3.0)
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert not chip.isVisible() and _rows(panel) == everything
    assert panel.matrix.selected is None  # the outline goes too


def test_esc_in_the_register_clears_the_cell(qtbot, editor):
    qtbot.waitExposed(editor.window())
    panel = editor.hazards.panel
    everything = _rows(panel)
    _click_cell(qtbot, panel.matrix, 3.0, 3.0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)
    assert _rows(panel) == everything and not panel.cell_filter.chip.isVisible()
    qtbot.keyClick(panel.table, Qt.Key.Key_Escape)  # nothing to clear: nothing happens
    assert _rows(panel) == everything


def test_a_cell_the_new_method_has_not_is_cleared(qtbot, editor):
    panel = editor.hazards.panel
    panel.matrix.cell_clicked.emit((5.0, 5.0))
    assert panel.cell_filter.cell == (5.0, 5.0)
    document = panel.document
    document.push(ChangeRiskMethodCommand(document, panel.enterprise_id, "3x3"))
    assert panel.cell_filter.cell is None and not panel.cell_filter.chip.isVisible()
    assert panel.model.filter.cell is None


def test_in_a_window_1024_pixels_wide_the_chip_gives_way_not_the_window(qtbot, demo_window):
    from score_desktop.services.demo import DEMO_PLAN_ID

    demo_window.resize(1024, 700)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(demo_window)
    panel = editor.hazards.panel
    panel.matrix.cell_clicked.emit((3.0, 3.0))
    qtbot.waitUntil(lambda: panel.cell_filter.chip.isVisible())
    assert editor.minimumSizeHint().width() <= 1024
    assert demo_window.width() == 1024
    assert panel.cell_filter.chip.text() in ("L3 × S3  ✕", "Likelihood 3 × Severity 3  ✕")
    demo_window.resize(1366, 768)
    qtbot.waitUntil(lambda: panel.cell_filter.chip.text() == "Likelihood 3 × Severity 3  ✕")
