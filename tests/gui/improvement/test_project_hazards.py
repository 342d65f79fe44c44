"""Projects and the hazards they act on: a project made from a hazard keeps its responsible
person, and a project done offers to mark its hazards controlled, as one undo step."""

import dataclasses

from PySide6.QtWidgets import QMessageBox

from score_desktop.document.hazard_commands import UpdateHazardsCommand
from score_desktop.domain.hazard import HazardStatus
from score_desktop.domain.improvement import ImprovementProject, ProjectStatus
from score_desktop.services.demo import demo_hazards
from score_desktop.storage.hazard_repository import SqlHazardRepository
from tests.gui.conftest import active_dialog
from tests.gui.improvement.test_improvement_gui import page, stored  # noqa: F401 - fixture


def stored_hazard_of(workspace, hazard_id):
    return next(h for h in SqlHazardRepository(workspace).list_hazards() if h.id == hazard_id)


def _project_on_open_hazard(demo_window, page):  # noqa: F811
    """A new planned project acting on a demo hazard that is open."""
    document = demo_window.document
    hazard = next(
        h for h in document.hazards.hazards_of(page.enterprise_id) if h.status is HazardStatus.OPEN
    )
    form = page.projects.new_from_hazard(hazard.id)
    form.accept()
    project = next(
        p
        for p in document.improvement.of(ImprovementProject, page.enterprise_id)
        if p.hazard_ids == (hazard.id,)
    )
    return hazard, project


def test_a_project_from_a_hazard_names_its_responsible_person(qtbot, page, demo_window):  # noqa: F811
    document = demo_window.document
    hazard = demo_hazards()[3]
    typed = dataclasses.replace(
        document.hazards.hazard(hazard.id), responsible="  liu yan "
    )  # as typed in the hazard form: no Chinese name, other case and spaces
    document.push(UpdateHazardsCommand(document, [typed], "Edit hazard"))
    form = page.projects.new_from_hazard(hazard.id)
    assert form.responsible_combo.currentText() == "Liu Yan (刘燕)"
    form.reject()


def test_done_on_the_board_marks_the_hazard_controlled_in_one_undo_step(
    qtbot,
    page,  # noqa: F811
    workspace,
    demo_window,
):
    hazard, project = _project_on_open_hazard(demo_window, page)
    board = page.projects.board
    assert board.move_project(project.id, ProjectStatus.DONE)
    box = active_dialog(qtbot, QMessageBox)
    assert hazard.title in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    stored_hazard = stored_hazard_of(workspace, hazard.id)
    assert stored_hazard.status is HazardStatus.CONTROLLED
    done = demo_window.document.improvement.record(project.id)
    assert done.status is ProjectStatus.DONE and done.done_on is not None
    demo_window.undo_action.trigger()  # one step takes both back
    assert stored_hazard_of(workspace, hazard.id).status is HazardStatus.OPEN
    assert demo_window.document.improvement.record(project.id).status is project.status


def test_no_saves_the_project_and_leaves_the_hazard_open(qtbot, page, workspace, demo_window):  # noqa: F811
    hazard, project = _project_on_open_hazard(demo_window, page)
    page.projects.board.move_project(project.id, ProjectStatus.DONE)
    active_dialog(qtbot, QMessageBox).button(QMessageBox.StandardButton.No).click()
    assert demo_window.document.improvement.record(project.id).status is ProjectStatus.DONE
    assert stored_hazard_of(workspace, hazard.id).status is HazardStatus.OPEN
