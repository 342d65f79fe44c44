"""Comments… on the record the user is on (the same record History… shows), with the
thread's count and unread count in the action's text when a context menu opens."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ...domain.comments import SubjectKind
from ..history_format import record_under_focus


@dataclass(frozen=True)
class Subject:
    enterprise_id: uuid.UUID
    kind: SubjectKind
    record_id: uuid.UUID
    title: str


def subject_of(document, record_id: uuid.UUID) -> Subject | None:
    """What the comments are about: a hazard, an EIP project, a visit or a floor plan."""
    from ...domain.improvement import ImprovementProject  # loaded with the EIP's books

    hazard = document.hazards.get(record_id)
    if hazard is not None:
        return Subject(hazard.enterprise_id, SubjectKind.HAZARD, hazard.id, hazard.title)
    record = document.improvement.get(record_id)
    if isinstance(record, ImprovementProject):
        return Subject(record.enterprise_id, SubjectKind.PROJECT, record.id, record.title)
    visit = document.visit_set.get(record_id)
    if visit is not None:
        return Subject(visit.enterprise_id, SubjectKind.VISIT, visit.id, visit.date.isoformat())
    plan = document.plan_set.get(record_id)
    if plan is not None:
        return Subject(plan.enterprise_id, SubjectKind.PLAN, plan.id, plan.name)
    return None


def comments_text(document, subject: Subject | None) -> str:
    """ "Comments (3, 1 new)…": the count is the thread's badge in menus and buttons."""
    if subject is None:
        return QCoreApplication.translate("comments", "Comments…")
    count, unread = document.comments.counts(subject.enterprise_id, subject.kind, subject.record_id)
    if unread:
        return QCoreApplication.translate("comments", "Comments (%1, %n new)…", "", unread).replace(
            "%1", str(count)
        )
    if count:
        return QCoreApplication.translate("comments", "Comments (%1)…").replace("%1", str(count))
    return QCoreApplication.translate("comments", "Comments…")


class CommentActions(QObject):
    """Needs a window with `document`, `actions` and `show_problem`; `action` is the
    registry's Comments… action."""

    def __init__(self, window: QWidget, action: QAction):
        super().__init__(window)
        self.window = window
        self.action = action
        action.triggered.connect(self.show_comments)

    def offer_in_context_menu(self, *widgets: QWidget) -> None:
        """Right-click on these views offers Comments… with the clicked record's count."""
        for widget in widgets:
            widget.addAction(self.action)
            widget.installEventFilter(self)
            viewport = getattr(widget, "viewport", None)  # a view's menu event starts there
            if callable(viewport):
                viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ContextMenu:
            self.action.setText(comments_text(self.window.document, self.subject_under_focus()))
        return False

    def subject_under_focus(self) -> Subject | None:
        ref = record_under_focus(QApplication.focusWidget())
        if ref is None:
            return None
        return subject_of(self.window.document, ref.record_id)

    def show_comments(self):
        subject = self.subject_under_focus()
        if subject is None:
            self.window.show_problem(
                self.tr("Select a hazard, an EIP project, a visit or a plan to see its comments.")
            )
            return None
        return open_thread(self.window.document, subject, self.window)


def open_thread(document, subject: Subject, parent: QWidget):
    from .thread_dialog import CommentThreadDialog

    dialog = CommentThreadDialog(
        document, subject.enterprise_id, subject.kind, subject.record_id, subject.title, parent
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


class CommentsButton(QPushButton):
    """ "Comments (3, 1 new)…" on a record's form: opens its thread; the count follows."""

    def __init__(self, document, subject: Subject, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comments_button")
        self.document, self.subject = document, subject
        self.thread_dialog = None
        self.clicked.connect(self.open_thread)
        document.comments.added.connect(self._refresh)
        document.comments.removed.connect(self._refresh)
        document.comments.read_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_args) -> None:
        self.setText(comments_text(self.document, self.subject))

    def open_thread(self):
        self.thread_dialog = open_thread(self.document, self.subject, self.window())
        return self.thread_dialog
