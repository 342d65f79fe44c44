"""Writing a comment, a progress note and the decision on the improvement plan (undoable:
undo takes back the comment just written, before anyone received it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.comments import (
    Comment,
    PlanDecision,
    SubjectKind,
    check_decision,
    decision_text,
    new_comment,
)
from ..domain.errors import ValidationError
from ..domain.improvement import ImprovementProject
from ..domain.messages import N_
from .commands import CompositeCommand, DocumentCommand, ReplaceRecordsCommand, short_name
from .improvement_commands import UpdateRecordsCommand
from .portfolio import PortfolioDocument


def _validate(comments: list[Comment]) -> None:
    for comment in comments:
        comment.validate()


def _written(document: PortfolioDocument, enterprise_id, kind: SubjectKind, subject_id, text):
    if document.person is None:
        raise ValidationError({"author_name": N_("Say who you are first (Preferences).")})
    return new_comment(document.person, enterprise_id, kind, subject_id, text)


class AddCommentCommand(ReplaceRecordsCommand):
    """A comment by the person using the app, written now."""

    def __init__(self, document: PortfolioDocument, comment: Comment):
        text = QCoreApplication.translate("commands", "Comment “%s”") % short_name(comment.text)
        super().__init__(document, document.comments, [], [comment], text, check=_validate)
        self.comment = comment

    @classmethod
    def written(
        cls, document: PortfolioDocument, enterprise_id, kind: SubjectKind, subject_id, text: str
    ) -> AddCommentCommand:
        """Raises ValidationError when nobody is named as the person using the app."""
        return cls(document, _written(document, enterprise_id, kind, subject_id, text))


class DecideOnPlanCommand(AddCommentCommand):
    """The manager's decision on the enterprise's improvement plan (a comment of its own
    kind: see domain/comments.py)."""

    def __init__(self, document: PortfolioDocument, enterprise_id, decision: PlanDecision):
        check_decision(decision)
        comment = _written(
            document,
            enterprise_id,
            SubjectKind.PLAN_DECISION,
            enterprise_id,
            decision_text(decision),
        )
        super().__init__(document, comment)
        self.setText(QCoreApplication.translate("commands", "Decide on the improvement plan"))


def update_project_progress(
    document: PortfolioDocument, project: ImprovementProject, note: str
) -> DocumentCommand:
    """The responsible person's update of their project: status and after photo (the
    project as given), and a progress note as a comment in its thread; one undo step."""
    text = QCoreApplication.translate("commands", "Update progress of “%s”") % short_name(
        project.title
    )
    parts: list[DocumentCommand] = []
    if project != document.improvement.record(project.id):
        parts.append(UpdateRecordsCommand(document, [project], text))
    if note.strip():
        comment = _written(document, project.enterprise_id, SubjectKind.PROGRESS, project.id, note)
        parts.append(AddCommentCommand(document, comment))
    return CompositeCommand(document, text, parts)
