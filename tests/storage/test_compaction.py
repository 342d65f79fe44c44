"""Compacting removes photo bytes no record refers to (a killed import leaves them), keeps
the bytes a deleted photo can be restored with, and says how much it freed."""

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from score_desktop.domain.photo import Photo
from score_desktop.storage.compaction import compact_workspace
from score_desktop.storage.database import open_workspace
from score_desktop.storage.errors import ReadOnlyWorkspaceError
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise
from tests.storage.test_damaged_workspace import integrity

pytestmark = pytest.mark.sqlite_only  # SQLite files, pragmas and pages

MB = 1_000_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repositories(workspace):
    return sql_repositories(workspace)


@pytest.fixture
def enterprise(repositories):
    found = make_enterprise()
    repositories.portfolio.add_enterprise(found)
    return found


def add_photo(repositories, enterprise, seed: int, size: int = MB) -> Photo:
    data = random.Random(seed).randbytes(size)
    sha256, _new = repositories.photos.store_blob(data, b"thumb", "image/jpeg")
    photo = Photo(enterprise.id, sha256, 640, 480, original_name=f"{seed}.jpg")
    repositories.photos.add_photos([photo])
    return photo


def import_killed_after_the_bytes(url: str, size: int) -> None:
    """A separate process stores a photo's bytes, then dies before writing its record."""
    script = textwrap.dedent(f"""
        import os, random
        from score_desktop.storage.database import open_workspace
        from score_desktop.storage.photo_repository import SqlPhotoRepository
        photos = SqlPhotoRepository(open_workspace({url!r}))
        photos.store_blob(random.Random(99).randbytes({size}), b"thumb", "image/jpeg")
        os._exit(9)
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], env=os.environ.copy(), timeout=60, cwd=ROOT
    )
    assert result.returncode == 9


def test_bytes_of_a_killed_import_are_removed_and_the_space_freed(
    workspace, repositories, enterprise
):
    kept = add_photo(repositories, enterprise, 1)
    import_killed_after_the_bytes(workspace.url, 3 * MB)
    assert stored_bytes(workspace) == 2
    result = compact_workspace(workspace)
    assert result.removed_photo_bytes == 1
    assert result.freed > 2.9 * MB
    assert len(repositories.photos.load_blob(kept.sha256)) == MB
    assert stored_bytes(workspace) == 1
    assert integrity(workspace.engine.url.database) == ["ok"]
    again = compact_workspace(workspace)
    assert again.removed_photo_bytes == 0 and again.freed < 100_000


def test_bytes_of_a_deleted_photo_stay_for_its_restore(workspace, repositories, enterprise):
    deleted = add_photo(repositories, enterprise, 2)
    repositories.photos.delete_photos([deleted.id])
    assert compact_workspace(workspace).removed_photo_bytes == 0
    repositories.history.restore(deleted.id, "Restore photo")
    assert [p.id for p in repositories.photos.list_photos()] == [deleted.id]
    assert len(repositories.photos.load_blob(deleted.sha256)) == MB


def test_bytes_shared_by_a_kept_and_a_deleted_record_stay(workspace, repositories, enterprise):
    first = add_photo(repositories, enterprise, 3)
    second = Photo(enterprise.id, first.sha256, 640, 480, original_name="again.jpg")
    repositories.photos.add_photos([second])
    repositories.photos.delete_photos([first.id])
    assert compact_workspace(workspace).removed_photo_bytes == 0
    assert repositories.photos.load_blob(first.sha256)


def test_a_read_only_workspace_is_not_compacted(tmp_path):
    path = tmp_path / "w.sqlite3"
    open_workspace(f"sqlite:///{path}").close()
    workspace = open_workspace(f"sqlite:///{path}", read_only=True)
    try:
        with pytest.raises(ReadOnlyWorkspaceError):
            compact_workspace(workspace)
    finally:
        workspace.close()


def stored_bytes(workspace) -> int:
    with workspace.engine.connect() as connection:
        return connection.exec_driver_sql("select count(*) from photo_blobs").scalar_one()
