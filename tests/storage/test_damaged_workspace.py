"""A workspace with damaged pages is noticed at open and never written to."""

import hashlib
import sqlite3

import pytest

from score_desktop.storage import sqlite_files
from score_desktop.storage.database import open_workspace
from score_desktop.storage.errors import CorruptWorkspaceError, DamagedWorkspaceError
from score_desktop.storage.sqlite_files import PageCheck, quick_check_file
from tests.storage.damage import build_sample, damaged_copy, page_at, pages_of

pytestmark = pytest.mark.sqlite_only  # SQLite files, pragmas and pages

FRACTIONS = [n / 40 for n in range(41)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row for (row,) in conn.execute("pragma integrity_check")]


def test_the_sample_is_sound_and_spans_many_pages(sample):
    assert integrity(sample) == ["ok"]
    assert pages_of(sample) > 200


@pytest.mark.parametrize("fraction", FRACTIONS, ids=lambda f: f"at{f:.3f}")
def test_a_damaged_page_is_refused_untouched_or_opens_sound(sample, tmp_path, fraction):
    """Wherever 4 KiB are overwritten, the open either says the file is damaged (and
    leaves it byte for byte) or opens a file that passes the full integrity check."""
    path = damaged_copy(sample, tmp_path, page_at(sample, fraction))
    before = digest(path)
    try:
        workspace = open_workspace(f"sqlite:///{path}")
    except DamagedWorkspaceError as exc:
        assert exc.path == path
        assert "is damaged" in str(exc) and "Nothing was written" in str(exc)
    except CorruptWorkspaceError as exc:  # the header page: not recognisable as SQLite
        assert "not a readable workspace" in str(exc)
    else:
        workspace.close()
        assert integrity(path) == ["ok"]
        return
    assert digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def test_damage_the_open_never_reads_is_found(sample, tmp_path):
    """The case of the issue: a page in the middle of the file, which reading the schema
    and the revision does not touch, opened silently and took edits."""
    path = damaged_copy(sample, tmp_path, pages_of(sample) // 2)
    with pytest.raises(DamagedWorkspaceError, match="is damaged"):
        open_workspace(f"sqlite:///{path}")


def test_the_check_can_be_left_out_for_the_benchmark(sample, tmp_path):
    path = damaged_copy(sample, tmp_path, pages_of(sample) // 2)
    open_workspace(f"sqlite:///{path}", check=PageCheck.NONE).close()


@pytest.mark.parametrize("table", ["enterprises", "change_log", "ix_change_log_record"])
def test_checking_the_records_finds_their_damage(sample, tmp_path, table):
    path = damaged_copy(sample, tmp_path, first_page_of(sample, table))
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(f"sqlite:///{path}", check=PageCheck.RECORDS)


def test_photo_bytes_of_a_large_file_are_left_to_the_full_check(sample, tmp_path, monkeypatch):
    """The window checks a large file's records at open (milliseconds at any size) and the
    whole file off its thread; damaged photo bytes are found by the second."""
    monkeypatch.setattr(sqlite_files, "SMALL_FILE", 0)
    path = damaged_copy(sample, tmp_path, first_page_of(sample, "photo_blobs", "overflow"))
    open_workspace(f"sqlite:///{path}", check=PageCheck.RECORDS).close()
    assert quick_check_file(path)
    assert quick_check_file(sample) == []


def test_a_small_file_is_checked_whole_even_for_records(sample, tmp_path):
    path = damaged_copy(sample, tmp_path, first_page_of(sample, "photo_blobs", "overflow"))
    with pytest.raises(DamagedWorkspaceError):
        open_workspace(f"sqlite:///{path}", check=PageCheck.RECORDS)


def first_page_of(path, table: str, kind: str | None = None) -> int:
    """The first page (0-based, as damaged_copy counts) holding `table`'s rows or index."""
    with sqlite3.connect(path) as conn:
        query = "select min(pageno) from dbstat where name = ?"
        params: tuple = (table,)
        if kind is not None:
            query, params = query + " and pagetype = ?", (table, kind)
        (page,) = conn.execute(query, params).fetchone()
    conn.close()
    return page - 1
