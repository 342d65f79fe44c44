"""Opening a workspace database: URL, SQLite pragmas, schema checks and migrations.

A database is inspected before anything is written to it, so a newer, foreign or corrupt file
is refused and left byte-for-byte as it was.
"""

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import (
    CorruptWorkspaceError,
    ForeignDatabaseError,
    NewerSchemaError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceUnavailableError,
)
from .history_recorder import HistoryContext, install
from .schema_version import HEAD_REVISION

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """An open, migrated workspace database."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    history: HistoryContext

    @property
    def display_name(self) -> str:
        return describe_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def describe_url(url: str) -> str:
    """The URL without a password, for window titles and messages."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def open_workspace(url: str, *, lock_timeout_s: float = 5.0) -> Workspace:
    """Open (creating and migrating if needed) the workspace at `url`.

    Raises:
        WorkspaceError: a subclass saying what is wrong, in words for the user.
    """
    parsed = make_url(url)
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise WorkspaceUnavailableError(f"The folder {folder} does not exist.")
    connect_args = {"timeout": lock_timeout_s} if is_sqlite else {}
    try:
        engine = create_engine(url, connect_args=connect_args)
    except Exception as exc:  # bad URL or missing driver: the message is the useful part
        raise WorkspaceUnavailableError(f"Cannot use database {describe_url(url)}: {exc}") from exc
    try:
        current = _check_schema(engine, url)
        if is_sqlite:
            event.listen(engine, "connect", _set_sqlite_pragmas)
            engine.dispose()  # reconnect with the pragmas
        if current != HEAD_REVISION:
            from .migrate import upgrade_to_head  # Alembic only when there is work for it

            upgrade_to_head(engine)
    except WorkspaceError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise translate_database_error(exc, url) from exc
    sessions = sessionmaker(engine, expire_on_commit=False)
    history = HistoryContext()
    install(sessions, history)
    return Workspace(url=url, engine=engine, sessions=sessions, history=history)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _recorded_revisions(connection: Connection) -> list[str]:
    if "alembic_version" not in inspect(connection).get_table_names():
        return []
    rows = connection.execute(text("SELECT version_num FROM alembic_version"))
    return [cast(str, revision) for (revision,) in rows]


def _check_schema(engine: Engine, url: str) -> str | None:
    """Refuse, without writing, a database that is newer, foreign or not a database.

    Returns the database's schema revision (None for an empty database).
    """
    with engine.connect() as connection:
        table_names = inspect(connection).get_table_names()
        revisions = _recorded_revisions(connection)
    if not revisions:
        if table_names:
            raise ForeignDatabaseError(
                f"{describe_url(url)} is a database but not a SCORE Desktop workspace "
                f"(it holds tables such as “{sorted(table_names)[0]}”). "
                "Choose another file; this one was not changed."
            )
        return None
    _refuse_unknown_revisions(revisions, url)
    if len(revisions) > 1:  # two known revisions: Alembic would not know where to start
        raise CorruptWorkspaceError(
            f"{describe_url(url)} records more than one schema version "
            f"({', '.join(revisions)}), which SCORE Desktop never writes. "
            "It was not changed; restore it from a backup."
        )
    return revisions[0]


def _refuse_unknown_revisions(revisions: list[str], url: str) -> None:
    """Every revision the file records must be one this version knows: a second row with an
    unknown revision is as much a newer schema as a single one (Alembic reads them all)."""
    if revisions == [HEAD_REVISION]:
        return
    from .migrate import is_known_revision  # Alembic only off the fast path

    unknown = [revision for revision in revisions if not is_known_revision(revision)]
    if unknown:
        raise NewerSchemaError(
            f"{describe_url(url)} was written by a newer version of SCORE Desktop "
            f"(schema “{unknown[0]}”). Update the application to open it; "
            "the file was not changed."
        )


def translate_database_error(exc: DBAPIError, url: str) -> WorkspaceError:
    """Turn a driver error into a message the user can act on."""
    text = str(exc.orig).lower()
    where = describe_url(url)
    if "file is not a database" in text or "malformed" in text:
        return CorruptWorkspaceError(
            f"{where} is not a readable workspace database (it may be damaged or another kind "
            "of file). It was not changed; restore it from a backup or choose another file."
        )
    if "locked" in text or "busy" in text:
        return WorkspaceLockedError(
            f"{where} is locked by another program (perhaps SCORE Desktop is open twice). "
            "Close the other program and try again."
        )
    if "disk" in text and "full" in text:
        return WorkspaceUnavailableError(f"The disk holding {where} is full.")
    if isinstance(exc, OperationalError) or "readonly" in text or "read-only" in text:
        return WorkspaceUnavailableError(f"Cannot open or write {where}: {exc.orig}")
    log.error("unexpected database error on %s", where, exc_info=exc)
    return WorkspaceError(f"Database error on {where}: {exc.orig}")
