"""What every SQL repository shares: one short transaction per call, readable errors."""

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError
from .database import Workspace, translate_database_error
from .schema import DeletionRow

P = ParamSpec("P")
R = TypeVar("R")
Repo = TypeVar("Repo", bound="SqlRepository")


class SqlRepository:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """Commits on leaving the block: every repository call is saved when it returns."""
        with self.workspace.sessions.begin() as session:
            yield session


def user_errors(method: Callable[Concatenate[Repo, P], R]) -> Callable[Concatenate[Repo, P], R]:
    """Driver errors (locked, disk full…) leave as WorkspaceError with a readable message."""

    @functools.wraps(method)
    def wrapper(self: Repo, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except DBAPIError as exc:
            raise translate_database_error(exc, self.workspace.url) from exc

    return wrapper


def delete_with_tombstones(session: Session, row_class, table_name: str, ids, what: str) -> None:
    """Delete rows by id, all or none, and log each deletion so workspaces can be merged."""
    ids = list(ids)
    found = set(session.scalars(select(row_class.id).where(row_class.id.in_(ids))))
    missing = set(ids) - found
    if missing:
        raise NotFoundError(f"No {what} with id {sorted(missing)[0]}.")
    session.execute(delete(row_class).where(row_class.id.in_(ids)))
    session.add_all(DeletionRow(table_name=table_name, row_id=i) for i in ids)
