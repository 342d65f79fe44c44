"""Comments (recorded rows, exchanged with the enterprise) and the comments read here."""

import datetime as dt
import uuid

from sqlalchemy import select

from ..domain.comments import Comment, SubjectKind
from ..domain.errors import IntegrityError
from ..domain.history import Role
from .exchange_schema import CommentReadRow, CommentRow
from .repository_base import SqlRepository, delete_records, user_errors


def _read(row: CommentRow) -> Comment:
    try:
        kind, role = SubjectKind(row.subject_kind), Role(row.author_role)
    except ValueError as exc:
        raise IntegrityError(
            f"A comment cannot be read ({row.id}): {exc}. It was written by a newer version."
        ) from exc
    written_at = row.written_at
    if written_at.tzinfo is None:  # SQLite keeps no zone: stored in UTC
        written_at = written_at.replace(tzinfo=dt.UTC)
    return Comment(
        row.enterprise_id,
        kind,
        row.subject_id,
        row.author_name,
        role,
        written_at,
        row.text,
        row.id,
    )


class SqlCommentRepository(SqlRepository):
    @user_errors
    def list_comments(self, enterprise_id: uuid.UUID | None = None) -> list[Comment]:
        query = select(CommentRow).order_by(CommentRow.written_at, CommentRow.id)
        if enterprise_id is not None:
            query = query.where(CommentRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [_read(row) for row in session.scalars(query)]

    @user_errors
    def add_comments(self, comments: list[Comment]) -> None:
        """Adds them; the workspace's own comments count as read."""
        with self._transaction() as session:
            for comment in comments:
                session.add(
                    CommentRow(
                        id=comment.id,
                        enterprise_id=comment.enterprise_id,
                        subject_kind=comment.subject_kind.value,
                        subject_id=comment.subject_id,
                        author_name=comment.author_name,
                        author_role=comment.author_role.value,
                        written_at=comment.written_at.astimezone(dt.UTC),
                        text=comment.text,
                    )
                )
                if session.get(CommentReadRow, comment.id) is None:
                    session.add(CommentReadRow(comment_id=comment.id))

    @user_errors
    def delete_comments(self, comment_ids: list[uuid.UUID]) -> None:
        """Only undo deletes a comment (the one just written); threads otherwise grow."""
        with self._transaction() as session:
            delete_records(session, CommentRow, comment_ids, "comment")

    @user_errors
    def read_ids(self, enterprise_id: uuid.UUID | None = None) -> set[uuid.UUID]:
        query = select(CommentReadRow.comment_id)
        if enterprise_id is not None:
            query = query.join(CommentRow, CommentRow.id == CommentReadRow.comment_id).where(
                CommentRow.enterprise_id == enterprise_id
            )
        with self._transaction() as session:
            return set(session.scalars(query))

    @user_errors
    def mark_read(self, comment_ids: list[uuid.UUID]) -> None:
        with self._transaction() as session:
            held = set(
                session.scalars(
                    select(CommentReadRow.comment_id).where(
                        CommentReadRow.comment_id.in_(comment_ids)
                    )
                )
            )
            for comment_id in set(comment_ids) - held:
                session.add(CommentReadRow(comment_id=comment_id))
