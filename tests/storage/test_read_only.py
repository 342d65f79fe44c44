"""A workspace on a read-only folder or file opens read-only: browse and export, no edits."""

import hashlib
import os

import pytest

from score_desktop.storage.database import open_workspace
from score_desktop.storage.errors import (
    DamagedWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceUnavailableError,
)
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from tests.builders import make_enterprise
from tests.storage.damage import crashed_copy, enterprise_names
from tests.storage.test_database import stamped

pytestmark = pytest.mark.sqlite_only  # SQLite files, pragmas and pages

RUNNING_AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def saved(tmp_path):
    """A workspace with one enterprise, closed (no journal left beside it)."""
    path = tmp_path / "shelf" / "w.sqlite3"
    path.parent.mkdir()
    workspace = open_workspace(f"sqlite:///{path}")
    SqlPortfolioRepository(workspace).add_enterprise(make_enterprise("Kept"))
    workspace.close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def assert_browsable_not_editable(path, workspace) -> None:
    repository = SqlPortfolioRepository(workspace)
    assert [e.name for e in repository.list_enterprises()] == ["Kept"]
    with pytest.raises(ReadOnlyWorkspaceError, match="open read-only.*cannot be saved"):
        repository.add_enterprise(make_enterprise("New"))
    assert [e.name for e in repository.list_enterprises()] == ["Kept"]


def test_opened_read_only_it_browses_and_refuses_edits_untouched(saved):
    """The read-only open itself, tested wherever the suite runs (root included)."""
    before, files = digest(saved), beside(saved)
    workspace = open_workspace(f"sqlite:///{saved}", read_only=True)
    try:
        assert workspace.read_only
        assert_browsable_not_editable(saved, workspace)
    finally:
        workspace.close()
    assert digest(saved) == before
    assert beside(saved) == files  # no journal, no shared-memory file


def test_a_folder_the_system_calls_read_only_is_opened_read_only(saved, monkeypatch):
    """How the folder is found read-only: the system's answer (`access`), whoever asks."""
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    workspace = open_workspace(f"sqlite:///{saved}")
    try:
        assert workspace.read_only
        assert f"its folder {saved.parent} is read-only" in str(workspace.refusal)
        assert_browsable_not_editable(saved, workspace)
    finally:
        workspace.close()


def test_a_chmod_read_only_folder_is_opened_read_only(saved):
    before = digest(saved)
    saved.parent.chmod(0o555)
    saved.chmod(0o444)
    try:
        if RUNNING_AS_ROOT:
            pytest.skip("root writes through mode bits; the read-only open is tested above")
        workspace = open_workspace(f"sqlite:///{saved}")
        try:
            assert "is read-only" in str(workspace.refusal)
            assert_browsable_not_editable(saved, workspace)
        finally:
            workspace.close()
    finally:
        saved.parent.chmod(0o755)
        saved.chmod(0o644)
    assert digest(saved) == before


def test_changes_left_in_the_write_ahead_log_are_read(saved, tmp_path):
    """A session that ended abruptly leaves its last changes in the -wal file: read-only,
    they are shown, not skipped."""
    crashed = crashed_copy(saved, tmp_path / "crashed", "update enterprises set name = 'New'")
    assert enterprise_names(crashed, read_only=True) == ["New"]


def test_a_read_only_workspace_of_an_older_version_is_refused(tmp_path):
    path = stamped(tmp_path / "old.sqlite3", "0012_plan_items_in_order")
    before = digest(path)
    with pytest.raises(WorkspaceUnavailableError, match="older version.*Copy it"):
        open_workspace(f"sqlite:///{path}", read_only=True)
    assert digest(path) == before


def test_no_workspace_is_made_read_only(tmp_path, monkeypatch):
    missing = tmp_path / "missing.sqlite3"
    with pytest.raises(WorkspaceUnavailableError, match="does not exist"):
        open_workspace(f"sqlite:///{missing}", read_only=True)
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    with pytest.raises(WorkspaceUnavailableError, match="cannot be created.*read-only"):
        open_workspace(f"sqlite:///{missing}")
    assert not missing.exists()


def test_writes_refused_after_the_open_say_why(workspace):
    """Damage found after the open (the full check off the window's thread) stops writes."""
    repository = SqlPortfolioRepository(workspace)
    repository.add_enterprise(make_enterprise("Before"))
    workspace.refuse_writes(DamagedWorkspaceError("The workspace is damaged.", None))
    with pytest.raises(DamagedWorkspaceError, match="damaged"):
        repository.add_enterprise(make_enterprise("After"))
    assert [e.name for e in repository.list_enterprises()] == ["Before"]


def test_damage_met_while_reading_stops_writes(tmp_path):
    """Damage a page after the open (the check saw it whole): the read that meets it says
    the workspace is damaged, and nothing is written to it from then on."""
    from tests.storage.test_damaged_workspace import first_page_of

    path = tmp_path / "w.sqlite3"
    workspace = open_workspace(f"sqlite:///{path}")
    repository = SqlPortfolioRepository(workspace)
    repository.add_enterprise(make_enterprise("Kept"))
    workspace.engine.dispose()  # checkpointed: the page is in the file, not in a cache
    with path.open("r+b") as file:
        file.seek(first_page_of(path, "enterprises") * 4096)
        file.write(b"\xff" * 4096)
    try:
        with pytest.raises(DamagedWorkspaceError, match="is damaged"):
            repository.list_enterprises()
        before = digest(path)
        with pytest.raises(DamagedWorkspaceError, match="Nothing more is written to it"):
            repository.ensure_module("A module of its own")  # a write elsewhere in the file
        assert digest(path) == before
    finally:
        workspace.close()
