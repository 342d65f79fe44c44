"""Recovering a damaged workspace: what can be read goes into a new file that passes the
full integrity check and opens; the damaged file is left as it was."""

import hashlib
import shutil
import sqlite3

import pytest

from score_desktop.storage.database import open_workspace
from score_desktop.storage.errors import WorkspaceError, WorkspaceUnavailableError
from score_desktop.storage.recovery import recover_workspace
from tests.storage.damage import (
    build_sample,
    crashed_copy,
    damaged_copy,
    enterprise_names,
    page_at,
)
from tests.storage.test_damaged_workspace import FRACTIONS, first_page_of, integrity

pytestmark = pytest.mark.sqlite_only  # SQLite files, pragmas and pages


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [t for (t,) in conn.execute("select name from sqlite_master where type='table'")]
        found = {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return found


@pytest.mark.parametrize("fraction", FRACTIONS[1:], ids=lambda f: f"at{f:.3f}")
def test_a_recovered_workspace_is_sound_and_opens(sample, tmp_path, fraction):
    damaged = damaged_copy(sample, tmp_path, page_at(sample, fraction))
    before, files = digest(damaged), sorted(p.name for p in tmp_path.iterdir())
    target = tmp_path / "recovered.sqlite3"
    recovery = recover_workspace(damaged, target)
    assert integrity(target) == ["ok"]
    workspace = open_workspace(f"sqlite:///{target}")
    workspace.close()
    assert digest(damaged) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*files, target.name])
    found, original = counts(target), counts(sample)
    assert all(found[table] <= original[table] for table in original)
    assert recovery.copied in (sum(found.values()), sum(found.values()) - 1)  # a new revision
    assert str(damaged) in recovery.summary() and "was not changed" in recovery.summary()


def test_damage_in_an_index_loses_nothing(sample, tmp_path):
    damaged = damaged_copy(sample, tmp_path, first_page_of(sample, "ix_change_log_record"))
    recovery = recover_workspace(damaged, tmp_path / "recovered.sqlite3")
    assert counts(tmp_path / "recovered.sqlite3") == counts(sample)
    assert recovery.damaged_tables == []
    assert "No rows were lost" in recovery.summary()


def test_rows_past_a_damaged_page_are_still_read(sample, tmp_path):
    """A damaged leaf in the middle of the change log costs its own rows only."""
    with sqlite3.connect(sample) as conn:
        leaves = [
            p
            for (p,) in conn.execute(
                "select pageno from dbstat where name = 'change_log' and pagetype = 'leaf' "
                "order by pageno"
            )
        ]
    conn.close()
    damaged = damaged_copy(sample, tmp_path, leaves[len(leaves) // 2] - 1)
    target = tmp_path / "recovered.sqlite3"
    recovery = recover_workspace(damaged, target)
    lost = counts(sample)["change_log"] - counts(target)["change_log"]
    assert 0 < lost < counts(sample)["change_log"] // 4
    assert recovery.damaged_tables == ["change_log"]
    with sqlite3.connect(target) as conn:
        last = conn.execute("select max(sequence) from change_log").fetchone()[0]
    conn.close()
    assert last == counts(sample)["change_log"]  # the rows after the damage are there


def test_a_lost_parent_leaves_its_children_out_and_says_so(sample, tmp_path):
    damaged = damaged_copy(sample, tmp_path, first_page_of(sample, "enterprises"))
    target = tmp_path / "recovered.sqlite3"
    recovery = recover_workspace(damaged, target)
    assert counts(target)["enterprises"] == 0 and counts(target)["visits"] == 0
    assert "Left out because what they belonged to was lost: " in recovery.summary()
    assert "visits 4" in recovery.summary()
    with sqlite3.connect(target) as conn:
        assert conn.execute("pragma foreign_key_check").fetchall() == []
    conn.close()


def test_a_damaged_photo_loses_that_photo_only(sample, tmp_path):
    page = first_page_of(sample, "photo_blobs", "overflow")
    target = tmp_path / "recovered.sqlite3"
    recovery = recover_workspace(damaged_copy(sample, tmp_path, page), target)
    assert counts(target)["photo_blobs"] == counts(sample)["photo_blobs"] - 1
    assert counts(target)["photos"] == counts(sample)["photos"] - 1
    assert recovery.damaged_tables == ["photo_blobs"]


def test_changes_in_the_write_ahead_log_are_recovered(sample, tmp_path):
    path = tmp_path / "live.sqlite3"
    shutil.copy(sample, path)
    damaged = crashed_copy(path, tmp_path / "crashed", "update enterprises set name = 'Late'")
    wal = damaged.with_name(damaged.name + "-wal")
    wal_before = digest(wal)
    target = tmp_path / "recovered.sqlite3"
    recover_workspace(damaged, target)
    assert enterprise_names(target) == ["Late"]
    assert digest(wal) == wal_before


def test_an_existing_target_is_never_overwritten(sample, tmp_path):
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"mine")
    with pytest.raises(WorkspaceUnavailableError, match="exists already"):
        recover_workspace(sample, target)
    with pytest.raises(WorkspaceUnavailableError, match="exists already"):
        recover_workspace(sample, sample)
    assert target.read_bytes() == b"mine"


def test_an_unreadable_header_is_said_not_guessed(sample, tmp_path):
    damaged = damaged_copy(sample, tmp_path, 0)
    target = tmp_path / "recovered.sqlite3"
    with pytest.raises(WorkspaceError, match="Nothing can be recovered.*Restore a backup"):
        recover_workspace(damaged, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [damaged.name]
