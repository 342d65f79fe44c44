"""CommentThreads: the comments of every record read so far, and which were read here."""

from __future__ import annotations

import uuid
from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal

from ..domain.comments import (
    THREAD_KINDS,
    Comment,
    CommentRepository,
    PlanDecision,
    SubjectKind,
    parse_decision,
    thread,
)
from .record_set import RecordSet, RecordStore, by_attribute


class CommentThreads(RecordSet):
    """Comments grouped by enterprise and by subject (the record they are about), with the
    ids read in this workspace. Reading is not an edit: it is written at once, never undone,
    and never exchanged.

    Signals (besides RecordSet's):
        read_changed(list): ids of comments now read.
    """

    read_changed = Signal(list)

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            {"enterprise": by_attribute("enterprise_id"), "subject": by_attribute("subject_id")},
            parent,
            by_enterprise=True,
        )
        self.repository: CommentRepository | None = None
        self._read: set[uuid.UUID] = set()

    def attach(self, repository: CommentRepository) -> None:
        self.repository = repository
        self._read = set()
        self.load(
            RecordStore(
                repository.list_comments,
                repository.add_comments,
                lambda changed: None,  # comments are never edited
                lambda removed: repository.delete_comments([c.id for c in removed]),
                read_scope=repository.list_comments,
            ),
        )

    def read_enterprise(self, enterprise_id: Hashable) -> None:
        if self.by_enterprise and not self.holds(enterprise_id) and self.repository is not None:
            self._read |= self.repository.read_ids(enterprise_id)  # type: ignore[arg-type]
        super().read_enterprise(enterprise_id)

    def refresh(self) -> None:
        """Read again (a package was received, a restore wrote behind the document's back)."""
        if self.repository is not None:
            self._read = self.repository.read_ids()
        super().refresh()

    def insert(self, records: list) -> None:
        ids = {c.id for c in records} - self._read
        self._read |= ids  # one's own comments are read (before the views hear of them)
        try:
            super().insert(records)
        except BaseException:
            self._read -= ids
            raise

    # Queries -------------------------------------------------------------------------------

    def thread_of(
        self, enterprise_id: uuid.UUID, subject_kind: SubjectKind, subject_id: uuid.UUID
    ) -> list[Comment]:
        """The record's thread, oldest first (a project's holds its progress notes)."""
        self.group("enterprise", enterprise_id)  # reads the enterprise's comments once
        kinds = THREAD_KINDS[subject_kind]
        return thread(c for c in self.group("subject", subject_id) if c.subject_kind in kinds)

    def is_read(self, comment: Comment) -> bool:
        return comment.id in self._read

    def counts(
        self, enterprise_id: uuid.UUID, subject_kind: SubjectKind, subject_id: uuid.UUID
    ) -> tuple[int, int]:
        """(comments, unread comments) of the record's thread."""
        comments = self.thread_of(enterprise_id, subject_kind, subject_id)
        return len(comments), sum(1 for c in comments if c.id not in self._read)

    def unread_of(self, enterprise_id: uuid.UUID) -> int:
        return sum(1 for c in self.group("enterprise", enterprise_id) if c.id not in self._read)

    def decision(self, enterprise_id: uuid.UUID) -> tuple[Comment, PlanDecision] | None:
        """The latest decision on the enterprise's improvement plan, with its comment."""
        decisions = [
            (c, d)
            for c in self.thread_of(enterprise_id, SubjectKind.PLAN_DECISION, enterprise_id)
            if (d := parse_decision(c.text)) is not None
        ]
        return decisions[-1] if decisions else None

    # Reading -------------------------------------------------------------------------------

    def mark_read(self, comments: list[Comment]) -> None:
        """Written at once (not an undoable edit)."""
        ids = [c.id for c in comments if c.id not in self._read]
        if not ids or self.repository is None:
            return
        self.repository.mark_read(ids)
        self._read.update(ids)
        self.read_changed.emit(ids)
