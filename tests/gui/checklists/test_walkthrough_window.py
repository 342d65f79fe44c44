"""A walk-through answered by keyboard only: thirty items, three of them *no*, made into two
hazards and one project; each one undo step."""

import pytest
from PySide6.QtCore import Qt

from score_desktop.document.checklist_commands import StartWalkthroughCommand
from score_desktop.document.commands import AddEnterpriseCommand, AddVisitCommand
from score_desktop.domain.checklist import Answer
from score_desktop.domain.improvement import ImprovementProject
from score_desktop.domain.walkthrough import ChecklistAnswer
from score_desktop.gui.checklists.walkthrough_model import WalkthroughModel
from score_desktop.services.checklists import shipped_templates
from score_desktop.storage.checklist_repository import SqlChecklistRepository
from score_desktop.storage.hazard_repository import SqlHazardRepository
from score_desktop.storage.improvement_repository import SqlImprovementRepository
from tests.builders import make_enterprise, make_visit
from tests.gui.checklists import cutting_zone, shown_walkthrough


def osh():
    return next(t for t in shipped_templates() if t.code == "osh-walkthrough")


@pytest.fixture
def walk_window(qtbot, document):
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise, module_code="OSH")
    document.push(AddVisitCommand(document, visit))
    zone = cutting_zone(document, enterprise.id)
    start = StartWalkthroughCommand(document, visit.id, osh(), (zone.id,))
    document.push(start)
    document.undo_stack.clear()
    return shown_walkthrough(qtbot, document, start.walkthrough.id)


def test_the_model_passes_qts_checks(qtmodeltester, walk_window):
    qtmodeltester.check(walk_window.model)


def test_thirty_items_by_keyboard_three_noes_two_hazards_one_project(qtbot, workspace, walk_window):
    window = walk_window
    table = window.table
    keys = [Qt.Key.Key_Y] * 30
    keys[2], keys[7], keys[12] = Qt.Key.Key_H, Qt.Key.Key_P, Qt.Key.Key_H
    keys[25] = Qt.Key.Key_A  # WF2 (HS1, key 20, is yes: HS2-HS4 are shown)
    for key in keys:
        qtbot.keyClick(table, key)
    answers = SqlChecklistRepository(workspace).list_records(ChecklistAnswer)
    assert len(answers) == 30
    assert sorted(a.answer for a in answers).count(Answer.NO) == 3
    assert [a.answer for a in answers].count(Answer.NOT_APPLICABLE) == 1
    hazards = SqlHazardRepository(workspace).list_hazards()
    projects = SqlImprovementRepository(workspace).list_records(ImprovementProject)
    assert len(hazards) == 2 and len(projects) == 1
    linked = {a.hazard_id for a in answers if a.hazard_id} | {
        a.project_id for a in answers if a.project_id
    }
    assert linked == {h.id for h in hazards} | {p.id for p in projects}
    # LI1 repeats per zone: its hazard is pinned in "Cutting"; MS3 is for the whole site
    pinned = {h.title: h.plan_id is not None for h in hazards}
    assert pinned == {"Poor lighting at work": True, "Heavy loads carried by hand": False}
    assert window.document.undo_stack.count() == 30
    window.document.undo_stack.undo()  # the last answer
    window.document.undo_stack.setIndex(12)  # back before the second hazard
    assert len(SqlHazardRepository(workspace).list_hazards()) == 1
    assert "No 2 ·" in window.summary.text()  # MS3 and MC3; LI1 is undone


def test_a_yes_on_a_condition_shows_the_items_that_depend_on_it(qtbot, walk_window):
    window = walk_window
    model = window.model
    hidden = model.row_of(("MS5", None))
    assert hidden == -1
    window.select_row(model.row_of(("MS4", None)))
    window.buttons[Answer.YES].click()
    assert model.row_of(("MS5", None)) > model.row_of(("MS4", None))
    assert model.key(model.rows[window.current_row()]) == ("MS4", None)  # kept its place


def test_typing_a_note_is_one_undo_step(qtbot, walk_window):
    window = walk_window
    window.note.setFocus()
    qtbot.keyClicks(window.note, "Pallets")
    answers = window.document.checklists.answers_of(window.model.walkthrough_id)
    assert [a.note for a in answers] == ["Pallets"]
    assert window.document.undo_stack.count() == 1


def test_answers_kept_up_to_date_in_place_read_as_a_model_built_afresh(qtbot, walk_window):
    """The model changes only the answered row and its section's score; after answers,
    conditions that show items, undo and redo it reads the same as a new model."""
    window = walk_window
    model = window.model
    for key in (Qt.Key.Key_Y, Qt.Key.Key_N, Qt.Key.Key_A, Qt.Key.Key_Y, Qt.Key.Key_Y):
        qtbot.keyClick(window.table, key)
    window.select_row(model.row_of(("MS4", None)))
    qtbot.keyClick(window.table, Qt.Key.Key_Y)  # shows MS5
    qtbot.keyClick(window.table, Qt.Key.Key_N)
    stack = window.document.undo_stack
    stack.undo()
    stack.undo()  # MS5 hidden again
    stack.redo()

    def read(m):
        return (
            [m.key(r) for r in m.rows],
            m.scores,
            [m.data(m.index(row, column)) for row in range(m.rowCount()) for column in range(5)],
        )

    fresh = WalkthroughModel(window.document, model.walkthrough_id, model.language)
    assert model.row_of(("MS5", None)) > 0
    assert read(model) == read(fresh)
    assert sum(s.yes + s.no + s.not_applicable for s in model.scores.values()) == 5


def test_the_table_not_the_side_panel_takes_the_windows_width(walk_window):
    """The side panel opens at its least width: at 1,300 pixels in French it had taken 530,
    and the questions in the table were cut to 25 letters."""
    from PySide6.QtWidgets import QSplitter

    splitter = walk_window.findChild(QSplitter)
    table, side = splitter.sizes()
    assert side == splitter.widget(1).minimumSizeHint().width()
    assert table > 1.5 * side
