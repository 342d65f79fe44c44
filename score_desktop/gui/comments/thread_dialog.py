"""One record's comment thread: who wrote what and when, unread ones marked; a new comment
is written below. Opening the thread reads it."""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...document.comment_commands import AddCommentCommand
from ...document.portfolio import PortfolioDocument
from ...domain.comments import Comment, Decision, SubjectKind, parse_decision
from ...domain.errors import KnownProblemError
from ..i18n import error_text
from ..profile import role_labels


def kind_label(kind: SubjectKind) -> str:
    labels = {
        SubjectKind.HAZARD: QCoreApplication.translate("comments", "Hazard"),
        SubjectKind.PROJECT: QCoreApplication.translate("comments", "EIP project"),
        SubjectKind.VISIT: QCoreApplication.translate("comments", "Visit"),
        SubjectKind.PLAN: QCoreApplication.translate("comments", "Floor plan"),
        SubjectKind.PROGRESS: QCoreApplication.translate("comments", "Progress note"),
        SubjectKind.PLAN_DECISION: QCoreApplication.translate("comments", "Decision"),
    }
    return labels[kind]


def comment_heading(comment: Comment, unread: bool) -> str:
    """ "Lan Pham (Enterprise manager) · 2026-03-05 09:12", local time, year first as the
    history shows it."""
    seconds = int(comment.written_at.timestamp())
    when = QDateTime.fromSecsSinceEpoch(seconds).toLocalTime().toString("yyyy-MM-dd HH:mm")
    heading = QCoreApplication.translate("comments", "%1 (%2) · %3")
    heading = heading.replace("%1", comment.author_name)
    heading = heading.replace("%2", role_labels()[comment.author_role]).replace("%3", when)
    if comment.subject_kind in (SubjectKind.PROGRESS, SubjectKind.PLAN_DECISION):
        heading += " · " + kind_label(comment.subject_kind)
    if unread:
        heading += " · " + QCoreApplication.translate("comments", "new")
    return heading


def comment_body(comment: Comment) -> str:
    decision = (
        parse_decision(comment.text) if comment.subject_kind is SubjectKind.PLAN_DECISION else None
    )
    if decision is None:
        return comment.text
    if decision.decision is Decision.APPROVE:
        said = QCoreApplication.translate("comments", "Approved the improvement plan.")
    else:
        said = QCoreApplication.translate("comments", "Requested changes to the improvement plan.")
    return f"{said}\n{decision.reason}".rstrip()


class CommentThreadDialog(QDialog):
    """Window-modal; follows the document (a comment received or undone shows at once)."""

    def __init__(
        self,
        document: PortfolioDocument,
        enterprise_id: uuid.UUID,
        kind: SubjectKind,
        subject_id: uuid.UUID,
        title: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("comment_thread")
        self.setWindowTitle(self.tr("Comments — %1").replace("%1", title))
        self.resize(560, 520)
        self.document = document
        self.enterprise_id, self.kind, self.subject_id = enterprise_id, kind, subject_id
        self.heading = QLabel(f"{kind_label(kind)}: {title}", self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.empty = QLabel(self.tr("No comments yet."), self)
        self.new_edit = QPlainTextEdit(self)
        self.new_edit.setPlaceholderText(self.tr("Write a comment…"))
        self.new_edit.setTabChangesFocus(True)
        self.new_edit.setMaximumHeight(110)
        self.post_button = QPushButton(self.tr("&Post comment"), self)
        self.post_button.clicked.connect(self.post)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_edit)
        layout.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.problem)
        layout.addWidget(box)
        comments = document.comments
        comments.added.connect(self._on_comments_changed)
        comments.removed.connect(self._on_comments_changed)
        comments.reset.connect(self._fill)
        self._fill()

    def thread(self) -> list[Comment]:
        return self.document.comments.thread_of(self.enterprise_id, self.kind, self.subject_id)

    def _fill(self) -> None:
        comments = self.document.comments
        self.list.clear()
        for comment in self.thread():
            unread = not comments.is_read(comment)
            item = QListWidgetItem(f"{comment_heading(comment, unread)}\n{comment_body(comment)}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            if unread:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.scrollToBottom()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # shown once bold, read from now on (a read-only workspace marks nothing)
        with contextlib.suppress(KnownProblemError):
            self.document.comments.mark_read(self.thread())

    def _on_comments_changed(self, comments: list) -> None:
        if any(c.subject_id == self.subject_id for c in comments):
            self._fill()

    def post(self) -> bool:
        text = self.new_edit.toPlainText()
        if not text.strip():
            self._show_problem(self.tr("Write something first."))
            return False
        try:
            command = AddCommentCommand.written(
                self.document, self.enterprise_id, self.kind, self.subject_id, text
            )
        except KnownProblemError as exc:
            self._show_problem(error_text(exc))
            return False
        problems: list[str] = []
        self.document.problem_occurred.connect(problems.append)
        try:
            posted = self.document.push(command)
        finally:
            self.document.problem_occurred.disconnect(problems.append)
        if not posted:
            self._show_problem(" ".join(problems))
            return False
        self.problem.hide()
        self.new_edit.clear()
        return True

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
