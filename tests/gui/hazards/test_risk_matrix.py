"""The risk matrix widget: its cells fit the room it is given, and a click finds its cell."""

import pytest
from PySide6.QtCore import QPoint, Qt

from score_desktop.domain.hazard import RiskView
from score_desktop.domain.risk import DEFAULT_METHOD
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.gui.hazards.risk_matrix import AXIS, CELL, LABEL_W, MIN_CELL, RiskMatrixWidget


@pytest.fixture
def matrix(qtbot):
    widget = RiskMatrixWidget()
    qtbot.addWidget(widget)
    widget.set_data(DEFAULT_METHOD, [], RiskView.INITIAL)  # 5 x 5
    return widget


def bottom_right_centre(matrix: RiskMatrixWidget, cell: float) -> QPoint:
    rows, columns = matrix._axes()
    x = AXIS + LABEL_W + (len(columns) - 0.5) * cell
    return QPoint(round(x), round((len(rows) - 0.5) * cell))


@pytest.mark.parametrize("cell, size", [(CELL, "hint"), (MIN_CELL, "minimum")])
def test_a_click_on_the_lowest_likelihood_and_worst_severity_finds_that_cell(
    qtbot, matrix, cell, size
):
    hint = matrix.sizeHint() if size == "hint" else matrix.minimumSizeHint()
    matrix.resize(hint)
    matrix.show()
    qtbot.waitExposed(matrix)
    rows, columns = matrix._axes()
    with qtbot.waitSignal(matrix.cell_clicked) as clicked:
        qtbot.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=bottom_right_centre(matrix, cell))
    assert clicked.args == [(rows[-1].value, columns[-1].value)]


def test_squeezed_below_its_hint_the_whole_grid_still_fits(qtbot, matrix):
    hint, least = matrix.sizeHint(), matrix.minimumSizeHint()
    assert least.width() < hint.width() and least.height() < hint.height()
    matrix.resize((hint + least) / 2)
    rows, columns = matrix._axes()
    cell = matrix._cell_side()
    assert MIN_CELL < cell < CELL
    assert AXIS + LABEL_W + cell * len(columns) <= matrix.width()
    assert cell * len(rows) < matrix.height()


def test_the_register_gives_the_hazard_title_its_widest_column(editor):
    header = editor.hazards.panel.table.horizontalHeader()
    widths = {column: header.sectionSize(column) for column in HazardColumn}
    assert widths[HazardColumn.TITLE] == max(widths.values())
