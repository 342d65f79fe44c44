"""Comment threads and the manager's review mode through the real window and forms."""

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from score_desktop.domain.comments import Decision, SubjectKind, new_comment, parse_decision
from score_desktop.domain.history import Person
from score_desktop.domain.improvement import ImprovementProject, ProjectStatus
from score_desktop.gui.actions import EDITING, ActionId
from score_desktop.gui.comments.comment_actions import comments_text, subject_of
from score_desktop.gui.comments.decision import PlanDecisionDialog
from score_desktop.gui.comments.thread_dialog import CommentThreadDialog
from score_desktop.gui.hazards.hazard_dialog import HazardDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.storage.comment_repository import SqlCommentRepository
from score_desktop.storage.exchange_schema import CommentRow
from tests.gui.comments.conftest import MANAGER
from tests.gui.conftest import active_dialog


def _received(workspace, comment) -> None:
    """A comment as a package leaves it: in the table, not read in this workspace."""
    with workspace.sessions.begin() as session:
        session.add(
            CommentRow(
                id=comment.id,
                enterprise_id=comment.enterprise_id,
                subject_kind=comment.subject_kind.value,
                subject_id=comment.subject_id,
                author_name=comment.author_name,
                author_role=comment.author_role.value,
                written_at=comment.written_at,
                text=comment.text,
            )
        )


@pytest.fixture
def hazard(demo_window):
    document = demo_window.document
    document.set_author(Person("Hoa Tran"))
    return document.hazards.hazards_of(DEMO_ENTERPRISE_ID)[0]


def test_the_hazard_form_shows_the_thread_count_and_opens_it(qtbot, demo_window, hazard, workspace):
    document = demo_window.document
    theirs = new_comment(MANAGER, DEMO_ENTERPRISE_ID, SubjectKind.HAZARD, hazard.id, "Fixed?")
    _received(workspace, theirs)
    document.comments.refresh()
    form = HazardDialog(document, hazard, is_new=False, parent=demo_window)
    qtbot.addWidget(form)
    assert form.comments_button.text() == "Comments (1, 1 new)…"
    thread = form.comments_button.open_thread()
    assert isinstance(thread, CommentThreadDialog)
    first = thread.list.item(0)
    assert first.text().startswith("Lan Pham (Enterprise manager) · ")
    assert first.text().endswith("new\nFixed?") and first.font().bold()
    # shown, so read: the badge follows
    assert form.comments_button.text() == "Comments (1)…"
    assert SqlCommentRepository(workspace).read_ids() == {theirs.id}
    thread.new_edit.setPlainText("Not yet: the guard is ordered.")
    qtbot.mouseClick(thread.post_button, Qt.MouseButton.LeftButton)
    assert thread.list.count() == 2
    assert thread.list.item(1).text().startswith("Hoa Tran (SCORE consultant) · ")
    assert thread.list.item(1).font().bold() is QFont().bold()
    assert form.comments_button.text() == "Comments (2)…"
    # an empty comment is refused in the dialog, nothing written
    qtbot.mouseClick(thread.post_button, Qt.MouseButton.LeftButton)
    assert thread.problem.isVisible() and len(SqlCommentRepository(workspace).list_comments()) == 2
    thread.reject()
    form.reject()


def test_comments_is_offered_on_visits_plans_and_projects(qtbot, demo_window, hazard):
    document = demo_window.document
    panel = demo_window.enterprise_panel
    action = demo_window.actions[ActionId.COMMENTS]
    assert action in panel.visit_table.actions() and action in panel.plan_list.actions()
    visit = document.visits_of(DEMO_ENTERPRISE_ID)[0]
    plan = document.plans_of(DEMO_ENTERPRISE_ID)[0]
    project = document.improvement.projects_of(DEMO_ENTERPRISE_ID)[0]
    assert subject_of(document, visit.id).kind is SubjectKind.VISIT
    assert subject_of(document, plan.id).kind is SubjectKind.PLAN
    assert subject_of(document, project.id).kind is SubjectKind.PROJECT
    assert subject_of(document, hazard.id).kind is SubjectKind.HAZARD
    panel.select_plan(plan.id)
    panel.plan_list.setFocus()
    qtbot.waitUntil(panel.plan_list.hasFocus)
    action.trigger()
    thread = active_dialog(qtbot, CommentThreadDialog)
    assert (thread.kind, thread.subject_id) == (SubjectKind.PLAN, plan.id)
    assert comments_text(document, subject_of(document, plan.id)) == "Comments…"
    thread.reject()


def test_review_mode_disables_edits_in_the_window_and_the_hazard_form(
    qtbot, demo_window, reviewing
):
    for action_id in EDITING:
        assert not demo_window.actions[action_id].isEnabled(), action_id
    assert demo_window.actions[ActionId.COMMENTS].isEnabled()
    assert "Review mode" in demo_window.statusBar().currentMessage()
    document = demo_window.document
    hazard = document.hazards.hazards_of(DEMO_ENTERPRISE_ID)[0]
    form = HazardDialog(document, hazard, is_new=False, parent=demo_window)
    qtbot.addWidget(form)
    assert form.title_edit.isReadOnly() and not form.category_combo.isEnabled()
    assert not form.ok_button.isEnabled()
    assert form.comments_button.isEnabled()
    form.reject()


def test_review_mode_lets_the_manager_update_their_project_only(
    qtbot, demo_window, reviewing, workspace
):
    page, mine, theirs = reviewing
    document = demo_window.document
    form = page.projects.edit(theirs.id)
    assert not form.ok_button.isEnabled() and not form.status_combo.isEnabled()
    assert form.title_edit.isReadOnly()
    form.reject()

    form = page.projects.edit(mine.id)
    assert form.ok_button.isEnabled() and form.status_combo.isEnabled()
    assert form.photo_combo.isEnabled() and form.title_edit.isReadOnly()
    assert not form.responsible_combo.isEnabled() and form.comments_button.isEnabled()
    form.status_combo.setCurrentIndex(form.status_combo.findData(ProjectStatus.DONE.value))
    form.progress_edit.setPlainText("Guard fitted on Monday.")
    form.accept()
    assert document.improvement.record(mine.id).status is ProjectStatus.DONE
    thread = document.comments.thread_of(DEMO_ENTERPRISE_ID, SubjectKind.PROJECT, mine.id)
    assert [(c.subject_kind, c.text, c.author_name) for c in thread] == [
        (SubjectKind.PROGRESS, "Guard fitted on Monday.", "Lan Pham")
    ]
    stored = [p for p in SqlCommentRepository(workspace).list_comments() if p.subject_id == mine.id]
    assert stored == thread
    # one undo step for both
    document.undo_stack.undo()
    assert document.improvement.record(mine.id).status is mine.status
    assert document.comments.thread_of(DEMO_ENTERPRISE_ID, SubjectKind.PROJECT, mine.id) == []


def test_the_manager_decides_on_the_plan_and_the_consultant_sees_it(
    qtbot, demo_window, reviewing, workspace
):
    page, _mine, _theirs = reviewing
    bar = page.projects.decision_bar
    assert bar.isVisible() and bar.button.isVisible()
    dialog = bar.open_dialog()
    assert isinstance(dialog, PlanDecisionDialog)
    dialog.request.setChecked(True)
    dialog.accept()  # no reason: refused in the dialog
    assert dialog.isVisible() and dialog.problem.isVisible()
    dialog.reason_edit.setPlainText("Add a budget for the machine guards.")
    dialog.accept()
    assert not dialog.isVisible()
    [stored] = [
        c
        for c in SqlCommentRepository(workspace).list_comments()
        if c.subject_kind is SubjectKind.PLAN_DECISION
    ]
    decision = parse_decision(stored.text)
    assert decision.decision is Decision.REQUEST_CHANGES
    assert "Requested changes to the improvement plan." in bar.label.text()
    assert "Lan Pham (Enterprise manager)" in bar.label.text()
    # the consultant sees the decision, without the button
    demo_window.history_actions.set_person(Person("Hoa Tran"))
    assert not demo_window.document.reviewing
    assert bar.isVisible() and not bar.button.isVisible()
    assert "Add a budget for the machine guards." in bar.label.text()
    assert demo_window.actions[ActionId.NEW_VISIT].isEnabled()


def test_a_project_of_someone_else_cannot_be_changed_even_past_the_form(demo_window, reviewing):
    _page, _mine, theirs = reviewing
    document = demo_window.document
    from score_desktop.document.improvement_commands import UpdateRecordsCommand

    done = dataclasses.replace(theirs, status=ProjectStatus.DONE)
    assert not document.push(UpdateRecordsCommand(document, [done], "Done"))
    assert document.improvement.record(theirs.id).status is theirs.status
    assert isinstance(theirs, ImprovementProject)
