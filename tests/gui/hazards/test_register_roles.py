"""What the register model answers for each role: texts, band colours, the title's tooltip."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.gui.portfolio_model import ID_ROLE


def test_each_role_gets_its_answer_and_the_rest_none(editor):
    model = editor.hazards.panel.model
    hazard = model.hazard_at(0)  # the highest initial risk first
    index = model.index(0, HazardColumn.INITIAL)
    assessment = hazard.initial_assessment(model.method)
    brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
    expected = QColor(assessment.band.colour)
    expected.setAlpha(110)
    assert isinstance(brush, QBrush) and brush.color() == expected
    assert model.data(index, Qt.ItemDataRole.DisplayRole).startswith(f"{assessment.score:g}")
    assert model.data(index, ID_ROLE) == hazard.id
    title = model.index(0, HazardColumn.TITLE)
    assert model.data(title, Qt.ItemDataRole.DisplayRole) == hazard.title
    assert model.data(title, Qt.ItemDataRole.EditRole) == hazard.title
    assert model.data(title, Qt.ItemDataRole.ToolTipRole) == (hazard.description or hazard.title)
    assert model.data(title, Qt.ItemDataRole.BackgroundRole) is None
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.CheckStateRole,
    ):
        assert model.data(index, role) is None
