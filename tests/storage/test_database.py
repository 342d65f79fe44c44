import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from score_desktop.storage.database import open_workspace
from score_desktop.storage.errors import (
    CorruptWorkspaceError,
    ForeignDatabaseError,
    NewerSchemaError,
    WorkspaceLockedError,
    WorkspaceUnavailableError,
)
from score_desktop.storage.migrate import alembic_head
from score_desktop.storage.schema_version import HEAD_REVISION

pytestmark = pytest.mark.sqlite_only  # SQLite files, pragmas and pages


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_migrated_to_head(tmp_path):
    path = tmp_path / "new.sqlite3"
    ws = open_workspace(f"sqlite:///{path}")
    with ws.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = conn.execute(text("select version_num from alembic_version")).scalar()
        journal = conn.execute(text("pragma journal_mode")).scalar()
        foreign_keys = conn.execute(text("pragma foreign_keys")).scalar()
        modules = conn.execute(text("select count(*) from score_modules")).scalar()
    ws.close()
    assert {"enterprises", "visits", "score_modules", "deletions"} <= tables
    assert revision == HEAD_REVISION
    assert (journal, foreign_keys, modules) == ("wal", 1, 7)


def test_migrations_build_exactly_the_mapped_schema(tmp_path):
    """Alembic's autogenerate finds nothing to add: migrations and rows agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from score_desktop.storage.schema import Base

    ws = open_workspace(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with ws.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    ws.close()
    assert differences == []


def test_head_revision_constant_is_alembics_head():
    assert alembic_head() == HEAD_REVISION


def test_reopening_a_migrated_workspace_keeps_its_data(tmp_path, repository, workspace):
    from tests.builders import make_enterprise

    repository.add_enterprise(make_enterprise())
    workspace.close()
    again = open_workspace(workspace.url)
    with again.engine.connect() as conn:
        assert conn.execute(text("select count(*) from enterprises")).scalar() == 1
    again.close()


def stamped(path: Path, *revisions: str) -> Path:
    """A new workspace whose alembic_version holds these rows."""
    open_workspace(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("delete from alembic_version")
        conn.executemany("insert into alembic_version values (?)", [(r,) for r in revisions])
    conn.close()
    return path


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = stamped(tmp_path / "newer.sqlite3", "9999_from_the_future")
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_workspace(f"sqlite:///{path}")
    assert digest(path) == before


def test_foreign_sqlite_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table songs (title text)")
    conn.close()
    before = digest(path)
    with pytest.raises(ForeignDatabaseError, match="not a SCORE Desktop workspace"):
        open_workspace(f"sqlite:///{path}")
    assert digest(path) == before


def test_corrupt_file_gives_a_clear_message_and_is_untouched(tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"this is a photo, not a database\n" * 200)
    before = digest(path)
    with pytest.raises(CorruptWorkspaceError, match="not a readable workspace"):
        open_workspace(f"sqlite:///{path}")
    assert digest(path) == before


def test_locked_database_gives_a_clear_message(tmp_path):
    path = tmp_path / "locked.sqlite3"
    open_workspace(f"sqlite:///{path}").close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("pragma locking_mode=exclusive")
    holder.execute("begin exclusive")
    try:
        with pytest.raises(WorkspaceLockedError, match="locked by another program"):
            open_workspace(f"sqlite:///{path}", lock_timeout_s=0.2)
    finally:
        holder.execute("rollback")
        holder.close()


def test_missing_folder_is_reported(tmp_path):
    with pytest.raises(WorkspaceUnavailableError, match="does not exist"):
        open_workspace(f"sqlite:///{tmp_path / 'nowhere' / 'w.sqlite3'}")


@pytest.mark.parametrize(
    "rows",
    [
        [HEAD_REVISION, "9999_from_the_future"],
        ["9999_from_the_future", HEAD_REVISION],
        ["0001_initial", "9999_from_the_future"],
    ],
    ids=["head-then-unknown", "unknown-then-head", "old-then-unknown"],
)
def test_an_unknown_second_revision_is_a_newer_schema(tmp_path, rows):
    """Alembic reads every row of alembic_version: a revision this version does not know,
    in any row, was written by a newer one."""
    path = stamped(tmp_path / "two-rows.sqlite3", *rows)
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="9999_from_the_future"):
        open_workspace(f"sqlite:///{path}")
    assert digest(path) == before


def test_two_known_revisions_are_refused_untouched(tmp_path):
    path = stamped(tmp_path / "two-known.sqlite3", HEAD_REVISION, "0001_initial")
    before = digest(path)
    with pytest.raises(CorruptWorkspaceError, match="more than one schema version"):
        open_workspace(f"sqlite:///{path}")
    assert digest(path) == before


def test_the_write_ahead_log_is_cut_back_after_a_large_transaction(tmp_path):
    """A received package of camera photos is one large transaction: its log must not stay
    that large beside the workspace for as long as the app runs."""
    from score_desktop.storage.database import WAL_SIZE_LIMIT

    path = tmp_path / "w.sqlite3"
    workspace = open_workspace(f"sqlite:///{path}")
    wal = Path(f"{path}-wal")
    piece = b"\x5a" * (1024 * 1024)
    with workspace.engine.begin() as connection:
        connection.execute(text("CREATE TABLE scratch (b BLOB)"))
        for _ in range(WAL_SIZE_LIMIT // len(piece) + 40):  # past the limit
            connection.execute(text("INSERT INTO scratch VALUES (:b)"), {"b": piece})
    grown = wal.stat().st_size
    assert grown > WAL_SIZE_LIMIT
    with workspace.engine.begin() as connection:  # the next writes start a fresh log
        connection.execute(text("DELETE FROM scratch"))
    with workspace.engine.begin() as connection:
        connection.execute(text("INSERT INTO scratch VALUES (x'00')"))
    assert wal.stat().st_size <= WAL_SIZE_LIMIT < grown
    workspace.close()
