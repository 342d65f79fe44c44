"""Rolling backups: consistent copies made while the workspace is in use, checked, the last
K kept; restoring puts the workspace aside instead of overwriting it."""

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from score_desktop.storage.backups import (
    backup_folder,
    last_good_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from score_desktop.storage.errors import DamagedWorkspaceError
from tests.builders import make_enterprise
from tests.storage.damage import damaged_copy, enterprise_names, pages_of
from tests.storage.test_damaged_workspace import integrity

pytestmark = pytest.mark.sqlite_only  # SQLite files, pragmas and pages


@pytest.fixture
def path(workspace):
    return Path(workspace.engine.url.database)


@pytest.fixture
def folder(tmp_path, path):
    return backup_folder(path, tmp_path / "backups")


def digest(file) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


def test_a_backup_of_a_workspace_in_use_is_whole_and_sound(repository, path, folder):
    repository.add_enterprise(make_enterprise("Saved before"))
    backup = make_backup(path, folder, keep=3)  # the workspace stays open, in WAL mode
    repository.add_enterprise(make_enterprise("Saved after"))
    assert integrity(backup.path) == ["ok"]
    assert enterprise_names(backup.path, read_only=True) == ["Saved before"]
    assert backup.size == backup.path.stat().st_size
    assert sorted(p.name for p in folder.iterdir()) == [backup.path.name]  # no journal


def test_a_backup_cut_short_leaves_nothing_behind_the_next_one(path, folder):
    folder.mkdir(parents=True)
    (folder / "workspace-20260101-120000.sqlite3.partial").write_bytes(b"half a copy")
    backup = make_backup(path, folder, keep=3)
    assert sorted(p.name for p in folder.iterdir()) == [backup.path.name]


def test_the_last_k_are_kept_newest_first(repository, path, folder):
    made = []
    for n in range(4):
        repository.add_enterprise(make_enterprise(f"E{n}"))
        made.append(make_backup(path, folder, keep=3))
    kept = list_backups(folder)
    assert [b.path for b in kept] == [b.path for b in reversed(made[1:])]
    assert not made[0].path.exists()
    assert len(enterprise_names(kept[0].path, read_only=True)) == 4


def test_the_newest_is_kept_when_many_are_made_in_one_second(path, folder):
    made = [make_backup(path, folder, keep=1) for _ in range(3)]
    assert list_backups(folder) == [made[-1]]
    assert made[-1].path.exists()


def test_a_damaged_workspace_is_not_backed_up_and_keeps_the_good_backups(
    tmp_path, path, folder, workspace
):
    good = make_backup(path, folder, keep=2)
    workspace.close()
    broken = damaged_copy(path, tmp_path, pages_of(path) // 2)
    with pytest.raises(DamagedWorkspaceError, match="is damaged"):
        make_backup(broken, folder, keep=1)
    assert list_backups(folder) == [good]
    assert last_good_backup(folder) == good


def test_the_last_good_backup_skips_one_damaged_on_the_disk(tmp_path, path, folder, workspace):
    older = make_backup(path, folder, keep=5)
    newer = make_backup(path, folder, keep=5)
    workspace.close()
    shutil.copy(damaged_copy(newer.path, tmp_path, pages_of(newer.path) // 2), newer.path)
    assert last_good_backup(folder) == older


def test_restoring_puts_the_workspace_aside(repository, path, folder, workspace):
    repository.add_enterprise(make_enterprise("In the backup"))
    backup = make_backup(path, folder, keep=2)
    repository.add_enterprise(make_enterprise("Only in the workspace"))
    workspace.close()
    before = digest(path)
    aside = restore_backup(backup.path, path)
    assert aside.parent == path.parent and "before-restore" in aside.name
    assert digest(aside) == before
    assert enterprise_names(path) == ["In the backup"]
    assert backup.path.exists()


def test_backups_of_two_workspaces_of_one_name_stay_apart(tmp_path):
    first = backup_folder(tmp_path / "a" / "workspace.sqlite3", tmp_path / "root")
    second = backup_folder(tmp_path / "b" / "workspace.sqlite3", tmp_path / "root")
    assert first != second and first.parent == second.parent == tmp_path / "root"
    assert first.name.startswith("workspace-")


def test_backups_live_in_the_users_data_folder(tmp_path):
    import platformdirs

    folder = backup_folder(tmp_path / "workspace.sqlite3")
    data = platformdirs.user_data_dir("score-desktop", appauthor=False)
    assert folder.parent == Path(data) / "backups"


def test_no_new_backup_without_a_change_but_the_check_still_runs(
    tmp_path, repository, path, folder, workspace
):
    first = make_backup(path, folder, keep=3, changed_only=True)
    assert make_backup(path, folder, keep=3, changed_only=True) == first
    repository.add_enterprise(make_enterprise("Changed"))
    second = make_backup(path, folder, keep=3, changed_only=True)
    assert second != first and len(list_backups(folder)) == 2
    workspace.close()
    damaged_copy(path, tmp_path, pages_of(path) // 2).replace(path)
    os.utime(path, ns=(1, 1))  # looks unchanged since the backup: checked all the same
    with pytest.raises(DamagedWorkspaceError):
        make_backup(path, folder, keep=3, changed_only=True)
