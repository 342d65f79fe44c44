"""What every SQL repository shares: one short transaction per call, readable errors."""

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from .database import Workspace, translate_database_error

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
