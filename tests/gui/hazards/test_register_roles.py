"""What the register model answers for each role (texts, band colours, the title's tooltip),
and the order it sorts scores in."""

import datetime as dt
import random
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from score_desktop.domain.hazard import Hazard, HazardStatus
from score_desktop.domain.risk import DEFAULT_METHOD
from score_desktop.gui.hazards.register_model import HazardColumn, _by_score
from score_desktop.gui.labels import OVERDUE_COLOUR
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
    assert model.data(title, Qt.ItemDataRole.DecorationRole) is None  # the category's alone
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.CheckStateRole,
    ):
        assert model.data(index, role) is None


def test_sorting_by_score_matches_a_plain_stable_sort_ties_kept_in_order():
    rng = random.Random(5)
    enterprise = uuid.uuid4()

    def ratings():
        if rng.random() < 0.2:
            return ()  # unrated
        return (("likelihood", float(rng.randint(1, 5))), ("severity", float(rng.randint(1, 5))))

    hazards = [
        Hazard(enterprise_id=enterprise, title=f"H{n}", category_code="noise", initial=ratings())
        for n in range(300)
    ]

    def score(hazard):
        assessment = DEFAULT_METHOD.rated(hazard.initial)
        return assessment.score if assessment is not None else -1.0

    for reverse in (False, True):
        expected = sorted(hazards, key=score, reverse=reverse)
        assert [h.title for h in _by_score(hazards, DEFAULT_METHOD, True, reverse)] == [
            h.title for h in expected
        ]


def test_the_hidden_row_header_asks_the_model_nothing(editor, monkeypatch):
    """A row header shown even for a moment sizes itself from up to 200 rows' headers, four
    roles each: 800 calls into Python for a register of thousands."""
    from score_desktop.gui.hazards.register_model import HazardTableModel
    from score_desktop.gui.hazards.register_panel import HazardRegisterPanel

    asked = []
    answer = HazardTableModel.headerData

    def header_data(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        asked.append(orientation)
        return answer(self, section, orientation, role)

    monkeypatch.setattr(HazardTableModel, "headerData", header_data)
    document = editor.plan_document.portfolio
    panel = HazardRegisterPanel(document, editor.plan_document.plan.enterprise_id)
    panel.resize(900, 300)
    panel.show()
    assert panel.model.rowCount() >= 10  # the demo's hazards
    assert Qt.Orientation.Horizontal in asked  # the column headers are asked, as they should be
    assert Qt.Orientation.Vertical not in asked
    panel.close()
    panel.deleteLater()


def test_the_category_column_shows_the_categorys_badge(editor):
    model = editor.hazards.panel.model
    register = model.document.hazards
    hazard = model.hazard_at(0)
    category = register.category(hazard.category_code)
    icon = model.data(model.index(0, HazardColumn.CATEGORY), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    image = icon.pixmap(16, 16).toImage()
    assert image.pixelColor(2, 8).name() == category.colour.lower()  # the disc, by the letters
    letters = {image.pixelColor(x, y).name() for x in range(4, 12) for y in range(4, 12)}
    assert "#ffffff" in letters or "#1b2631" in letters  # the symbol, light or dark


def test_an_open_hazard_past_its_due_date_is_marked_and_can_be_listed_alone(editor):
    panel = editor.hazards.panel
    model = panel.model
    hazards = [model.hazard_at(row) for row in range(model.rowCount())]
    late = next(h for h in hazards if h.status is HazardStatus.IN_PROGRESS and h.due_date)
    done = next(h for h in hazards if h.status is HazardStatus.CONTROLLED and h.due_date)
    model.today = late.due_date + dt.timedelta(days=1)

    def cell(hazard, column, role):
        return model.data(model.index(model.row_of(hazard.id), column), role)

    assert cell(late, HazardColumn.DUE, Qt.ItemDataRole.BackgroundRole) == OVERDUE_COLOUR
    assert cell(late, HazardColumn.DUE, Qt.ItemDataRole.ToolTipRole) == (
        f"Overdue since {late.due_date.isoformat()}"
    )
    assert cell(late, HazardColumn.TITLE, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(done, HazardColumn.DUE, Qt.ItemDataRole.BackgroundRole) is None  # acted on

    panel.status_combo.setCurrentIndex(panel.status_combo.count() - 1)
    assert panel.status_combo.currentText() == "Overdue"
    listed = {model.hazard_at(row).id for row in range(model.rowCount())}
    expected = {
        h.id
        for h in hazards
        if h.status in (HazardStatus.OPEN, HazardStatus.IN_PROGRESS)
        and h.due_date is not None
        and h.due_date < model.today
    }
    assert late.id in listed and done.id not in listed
    assert listed == expected and len(listed) < len(hazards)
    panel.status_combo.setCurrentIndex(0)
    assert model.rowCount() == len(hazards) and model.filter.overdue is False
