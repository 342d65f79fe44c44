"""What every SQL repository shares: one short transaction per call, readable errors."""

import functools
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from ..domain.errors import NotFoundError
from .database import Workspace, translate_database_error
from .errors import DamagedWorkspaceError
from .schema import TimestampedRow

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
    """Driver errors (locked, disk full…) leave as WorkspaceError with a readable message; a
    write to a workspace that refuses writes (read-only, damaged) with the refusal's. Damage
    met by any call makes the workspace refuse writes from then on."""

    @functools.wraps(method)
    def wrapper(self: Repo, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except DBAPIError as exc:
            refusal = self.workspace.refusal
            if refusal is not None and "readonly" in str(exc.orig).lower():
                raise refusal from exc
            error = translate_database_error(exc, self.workspace.url, at_open=False)
            if isinstance(error, DamagedWorkspaceError):  # met while reading: write no more
                self.workspace.refuse_writes(error)
            raise error from exc

    return wrapper


def delete_records(
    session: Session, row_class: type[TimestampedRow], ids: Iterable[uuid.UUID], what: str
) -> None:
    """Delete rows by id, all or none (the change recorder leaves their tombstones)."""
    ids = list(ids)
    rows: list[TimestampedRow] = []
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows.extend(session.scalars(select(row_class).where(row_class.id.in_(part))))
    missing = set(ids) - {row.id for row in rows}
    if missing:
        raise NotFoundError(f"No {what} with id {sorted(missing)[0]}.")
    _delete_all(session, rows)


def delete_rows(
    session: Session, row_class: type[TimestampedRow], *criteria: ColumnElement[bool]
) -> list[uuid.UUID]:
    """Delete the rows matching `criteria` through the ORM, so each is logged, and flush, so a
    row added next with the same unique key does not meet the old one. Returns their ids."""
    rows = list(session.scalars(select(row_class).where(*criteria)))
    _delete_all(session, rows)
    return [row.id for row in rows]


def _delete_all(session: Session, rows: Iterable[TimestampedRow]) -> None:
    for row in rows:
        session.delete(row)
    session.flush()


def add_unless_hidden(session: Session, row: TimestampedRow) -> bool:
    """Add a row that a query did not find; False when it was there after all. On the
    office server row-level security may hide a row that exists (a person whose changes are
    all in enterprises this login is not assigned to, a background held for another
    enterprise's plans): the insert then meets it (a unique violation), and that row is
    left as it is. Only there is the insert tried in a savepoint; elsewhere a row not
    found is not there."""
    if session.get_bind().dialect.name != "postgresql":
        session.add(row)
        return True
    session.flush()  # what is pending fails, if it does, outside the savepoint
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return False
    return True
