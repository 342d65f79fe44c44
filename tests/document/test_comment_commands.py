"""Comments through the document: undoable, read marks, and what the review mode refuses."""

import dataclasses

import pytest

from score_desktop.document.commands import (
    AddEnterpriseCommand,
    AddVisitCommand,
    DeleteEnterpriseCommand,
    EditVisitCommand,
)
from score_desktop.document.comment_commands import (
    AddCommentCommand,
    DecideOnPlanCommand,
    update_project_progress,
)
from score_desktop.document.improvement_commands import AddRecordsCommand
from score_desktop.document.photo_commands import AddPhotosCommand
from score_desktop.domain.comments import (
    Decision,
    PlanDecision,
    SubjectKind,
    new_comment,
    parse_decision,
)
from score_desktop.domain.errors import ValidationError
from score_desktop.domain.history import Person, Role
from score_desktop.domain.improvement import ImprovementProject, ProjectStatus
from score_desktop.domain.photo import Photo, PhotoKind
from score_desktop.domain.team import EitMember, EitRole, Sex
from score_desktop.storage.comment_repository import SqlCommentRepository
from score_desktop.storage.photo_repository import SqlPhotoRepository
from tests.builders import make_enterprise, make_visit

CONSULTANT = Person("Hoa Tran")
MANAGER = Person("Lan Pham", Role.MANAGER)


@pytest.fixture
def visit(document):
    document.set_author(CONSULTANT)
    enterprise = make_enterprise()
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise)
    document.push(AddVisitCommand(document, visit))
    return visit


def test_a_comment_is_written_by_the_person_undone_and_redone(document, workspace, visit):
    command = AddCommentCommand.written(
        document, visit.enterprise_id, SubjectKind.VISIT, visit.id, "  Exit B blocked.  "
    )
    assert document.push(command)
    [comment] = document.comments.thread_of(visit.enterprise_id, SubjectKind.VISIT, visit.id)
    assert (comment.text, comment.author_name, comment.author_role) == (
        "Exit B blocked.",
        "Hoa Tran",
        Role.CONSULTANT,
    )
    assert SqlCommentRepository(workspace).list_comments() == [comment]
    assert document.comments.counts(visit.enterprise_id, SubjectKind.VISIT, visit.id) == (1, 0)
    document.undo_stack.undo()
    assert SqlCommentRepository(workspace).list_comments() == []
    document.undo_stack.redo()
    assert SqlCommentRepository(workspace).list_comments() == [comment]
    assert [c.author_name for c in document.history.record_history(comment.id)] == [
        "Hoa Tran",
        "Hoa Tran",
        "Hoa Tran",
    ]


def test_an_empty_comment_is_refused(document, workspace, visit, qtbot):
    command = AddCommentCommand.written(
        document, visit.enterprise_id, SubjectKind.VISIT, visit.id, "   "
    )
    with qtbot.waitSignal(document.problem_occurred):
        assert not document.push(command)
    assert SqlCommentRepository(workspace).list_comments() == []


def test_comments_from_elsewhere_are_unread_until_read(document, workspace, visit, qtbot):
    # written on another laptop and received: in the table, not read here
    theirs = new_comment(MANAGER, visit.enterprise_id, SubjectKind.VISIT, visit.id, "Seen.")
    repository = SqlCommentRepository(workspace)
    with workspace.sessions.begin() as session:
        from score_desktop.storage.exchange_schema import CommentRow

        session.add(
            CommentRow(
                id=theirs.id,
                enterprise_id=theirs.enterprise_id,
                subject_kind="visit",
                subject_id=visit.id,
                author_name="Lan Pham",
                author_role="manager",
                written_at=theirs.written_at,
                text="Seen.",
            )
        )
    document.comments.refresh()
    assert document.comments.counts(visit.enterprise_id, SubjectKind.VISIT, visit.id) == (1, 1)
    assert document.comments.unread_of(visit.enterprise_id) == 1
    with qtbot.waitSignal(document.comments.read_changed):
        document.comments.mark_read([theirs])
    assert repository.read_ids(visit.enterprise_id) == {theirs.id}
    assert document.comments.counts(visit.enterprise_id, SubjectKind.VISIT, visit.id) == (1, 0)


def test_deleting_the_enterprise_deletes_its_comments_and_undo_restores_them(
    document, workspace, visit
):
    document.push(
        AddCommentCommand.written(
            document, visit.enterprise_id, SubjectKind.VISIT, visit.id, "Keep"
        )
    )
    document.push(DeleteEnterpriseCommand(document, visit.enterprise_id))
    assert SqlCommentRepository(workspace).list_comments() == []
    document.undo_stack.undo()
    assert [c.text for c in SqlCommentRepository(workspace).list_comments()] == ["Keep"]


@pytest.fixture
def assigned(document, visit):
    """A project whose responsible EIT member is the manager, and one of someone else."""
    lan = EitMember(visit.enterprise_id, "Lan  Pham", Sex.FEMALE, EitRole.MANAGER)
    other = EitMember(visit.enterprise_id, "Minh Vo", Sex.MALE, EitRole.WORKER)
    mine = ImprovementProject(visit.enterprise_id, "Guard the press", responsible_id=lan.id)
    theirs = ImprovementProject(visit.enterprise_id, "Mark aisles", responsible_id=other.id)
    document.push(AddRecordsCommand(document, [lan, other], "Add"))
    document.push(AddRecordsCommand(document, [mine, theirs], "Add"))
    document.set_author(MANAGER)
    return mine, theirs


def test_review_mode_refuses_edits_of_records(document, workspace, visit, assigned, qtbot):
    assert document.reviewing
    with qtbot.waitSignal(document.problem_occurred) as problem:
        assert not document.push(
            EditVisitCommand(document, dataclasses.replace(visit, next_steps="Mine now"))
        )
    assert "review mode" in problem.args[0]
    assert document.visit(visit.id).next_steps == visit.next_steps
    mine, theirs = assigned
    # their own project: the status and the after photo, not the title
    assert not document.push(
        update_project_progress(document, dataclasses.replace(mine, title="Other"), "")
    )
    # someone else's project: nothing
    done = dataclasses.replace(theirs, status=ProjectStatus.DONE)
    assert not document.push(update_project_progress(document, done, ""))
    assert document.improvement.record(theirs.id).status is ProjectStatus.PLANNED


def test_review_mode_allows_comments_progress_after_photos_and_the_decision(
    document, workspace, visit, assigned
):
    mine, _theirs = assigned
    assert document.push(
        AddCommentCommand.written(
            document, visit.enterprise_id, SubjectKind.VISIT, visit.id, "Agreed"
        )
    )
    sha, _new = SqlPhotoRepository(workspace).store_blob(b"jpeg", b"thumb", "image/jpeg")
    general = Photo(visit.enterprise_id, sha, 10, 10)
    after = Photo(visit.enterprise_id, sha, 10, 10, kind=PhotoKind.AFTER)
    assert not document.push(AddPhotosCommand(document, [general]))
    assert document.push(AddPhotosCommand(document, [after]))
    updated = dataclasses.replace(mine, status=ProjectStatus.DONE, after_photo_id=after.id)
    assert document.push(update_project_progress(document, updated, "Guard fitted on Monday."))
    assert document.improvement.record(mine.id) == updated
    thread = document.comments.thread_of(visit.enterprise_id, SubjectKind.PROJECT, mine.id)
    assert [(c.subject_kind, c.text) for c in thread] == [
        (SubjectKind.PROGRESS, "Guard fitted on Monday.")
    ]
    with pytest.raises(ValidationError):
        DecideOnPlanCommand(
            document, visit.enterprise_id, PlanDecision(Decision.REQUEST_CHANGES, " ")
        )
    decision = PlanDecision(Decision.REQUEST_CHANGES, "Add a budget for the guards.")
    assert document.push(DecideOnPlanCommand(document, visit.enterprise_id, decision))
    comment, found = document.comments.decision(visit.enterprise_id)
    assert found == decision and comment.author_name == "Lan Pham"
    stored = SqlCommentRepository(workspace).list_comments(visit.enterprise_id)
    assert parse_decision(stored[-1].text) == decision
    # undo of the manager's own steps works in review mode
    document.undo_stack.undo()
    assert document.comments.decision(visit.enterprise_id) is None


def test_changing_the_mode_clears_the_undo_stack(document, visit):
    assert document.undo_stack.count() > 0
    document.set_author(MANAGER)
    assert document.undo_stack.count() == 0
