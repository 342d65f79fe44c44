"""Opening a workspace database: URL, SQLite pragmas, schema checks and migrations.

A database is inspected before anything is written to it, so a newer, foreign or corrupt file
is refused and left byte-for-byte as it was.
"""

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import text_rule
from .errors import (
    CorruptWorkspaceError,
    DamagedWorkspaceError,
    ForeignDatabaseError,
    NewerSchemaError,
    ReadOnlyWorkspaceError,
    WorkspaceBeingCheckedError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceUnavailableError,
)
from .history_recorder import HistoryContext, install
from .schema_version import HEAD_REVISION
from .sqlite_files import PageCheck, check_pages, read_only_connector, read_only_reason, sqlite_path

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """An open, migrated workspace database.

    `refusal` is set when the workspace must not be written (a read-only file, damage found
    after the open): every write then fails with that error instead of the driver's.
    """

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    history: HistoryContext
    refusal: WorkspaceError | None = None

    @property
    def display_name(self) -> str:
        return describe_url(self.url)

    @property
    def read_only(self) -> bool:
        return isinstance(self.refusal, ReadOnlyWorkspaceError)

    def refuse_writes(self, refusal: WorkspaceError) -> None:
        """From now on every write fails with `refusal` (SQLite's `query_only` on every
        connection; the pool's connections are replaced)."""
        if self.refusal is None:
            event.listen(self.engine, "connect", _query_only)
            self.engine.dispose()
        self.refusal = refusal

    @property
    def being_checked(self) -> bool:
        return isinstance(self.refusal, WorkspaceBeingCheckedError)

    def allow_writes(self) -> None:
        """The check after the start found the file sound: writes are allowed again (only a
        hold for that check is lifted; a read-only file or damage stays refused)."""
        if self.being_checked:
            event.remove(self.engine, "connect", _query_only)
            self.engine.dispose()
            self.refusal = None

    def close(self) -> None:
        self.engine.dispose()


def describe_url(url: str) -> str:
    """The URL without a password, for window titles and messages."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def open_workspace(
    url: str,
    *,
    lock_timeout_s: float = 5.0,
    read_only: bool | None = None,
    check: PageCheck = PageCheck.ALL,
) -> Workspace:
    """Open (creating and migrating if needed) the workspace at `url`.

    A SQLite file is checked page by page first (`check`, see `sqlite_files`): a damaged
    page the open itself never reads would otherwise take edits into a damaged file. A file
    that cannot be written is opened read-only (`read_only=None`: when its folder or the
    file is read-only; True: always), for browsing and exports.

    Raises:
        WorkspaceError: a subclass saying what is wrong, in words for the user.
    """
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise WorkspaceUnavailableError(f"The folder {path.parent} does not exist.")
    reason = _why_read_only(path, url, read_only)
    connect_args = {"timeout": lock_timeout_s} if path is not None else {}
    options = {"creator": read_only_connector(path, lock_timeout_s)} if path and reason else {}
    try:
        engine = create_engine(url, connect_args=connect_args, **options)
    except Exception as exc:  # bad URL or missing driver: the message is the useful part
        raise WorkspaceUnavailableError(f"Cannot use database {describe_url(url)}: {exc}") from exc
    try:
        current = _check_schema(engine, url, check if path is not None else PageCheck.NONE)
        if reason is not None:
            _check_readable_as_it_is(current, url, reason)
            event.listen(engine, "connect", _set_read_only_pragmas)
        elif path is not None:
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
    text_rule.install(sessions)
    workspace = Workspace(url=url, engine=engine, sessions=sessions, history=history)
    if reason is not None:
        workspace.refusal = ReadOnlyWorkspaceError(
            f"{describe_url(url)} is open read-only ({reason}): changes cannot be saved. "
            "To edit it, copy it to a folder you can write to and open the copy."
        )
    return workspace


def _why_read_only(path: Path | None, url: str, read_only: bool | None) -> str | None:
    """Why the workspace is opened read-only (None: it is not)."""
    if path is None or read_only is False:
        return None
    if not path.exists():
        if read_only:
            raise WorkspaceUnavailableError(f"{describe_url(url)} does not exist.")
        if not os.access(path.parent, os.W_OK):
            raise WorkspaceUnavailableError(
                f"{describe_url(url)} does not exist, and a new workspace cannot be created "
                f"in the folder {path.parent}: it is read-only."
            )
        return None
    return "as asked" if read_only else read_only_reason(path)


def _check_readable_as_it_is(current: str | None, url: str, reason: str) -> None:
    """A read-only workspace cannot be brought to this version's schema."""
    if current != HEAD_REVISION:
        raise WorkspaceUnavailableError(
            f"{describe_url(url)} is read-only ({reason}) and was written by an older "
            "version of SCORE Desktop, so it cannot be updated to this one. Copy it to a "
            "folder you can write to and open the copy."
        )


# The write-ahead log keeps the size of the largest transaction it has held until the app
# closes: a received package of 500 camera photos left a 2.8 GB log beside the workspace. Past
# this size it is cut back once a checkpoint has emptied it.
WAL_SIZE_LIMIT = 64 * 1024 * 1024


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


def _recorded_revisions(connection: Connection) -> list[str]:
    if "alembic_version" not in inspect(connection).get_table_names():
        return []
    rows = connection.execute(text("SELECT version_num FROM alembic_version"))
    return [cast(str, revision) for (revision,) in rows]


def _check_schema(engine: Engine, url: str, check: PageCheck) -> str | None:
    """Refuse, without writing, a database that is damaged, newer, foreign or not a database.

    Returns the database's schema revision (None for an empty database).
    """
    with engine.connect() as connection:
        problems = check_pages(connection, check)
        if problems:
            log.error("quick_check of %s: %s", describe_url(url), problems[:20])
            raise damaged(url, problems[0])
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


def damaged(url: str, detail: str, *, at_open: bool = True) -> DamagedWorkspaceError:
    """The message for a SQLite file with pages that cannot be read (found at the open, or
    later by the full check of a backup)."""
    written = "Nothing was written to it" if at_open else "Nothing more is written to it"
    return DamagedWorkspaceError(
        f"{describe_url(url)} is damaged: some of its pages cannot be read (SQLite: {detail}). "
        f"{written}. Recover what can still be read into a new workspace, or restore a "
        "backup; the damaged file is kept as it is.",
        sqlite_path(url),
    )


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


def translate_database_error(exc: DBAPIError, url: str, *, at_open: bool = True) -> WorkspaceError:
    """Turn a driver error into a message the user can act on."""
    text = str(exc.orig).lower()
    where = describe_url(url)
    if "malformed" in text:
        return damaged(url, str(exc.orig), at_open=at_open)
    if "file is not a database" in text:
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
