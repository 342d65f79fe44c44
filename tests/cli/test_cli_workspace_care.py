"""The commands around a workspace's health, run as a subprocess of this checkout's package
(`python -m score_desktop`): a damaged, read-only or bloated workspace from a script."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.damage import build_sample, damaged_copy, pages_of

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "score_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=os.environ.copy(),
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("sample") / "sample.sqlite3")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_workspace_is_refused_with_the_way_out(sample, tmp_path):
    damaged = damaged_copy(sample, tmp_path, pages_of(sample) // 2)
    before = digest(damaged)
    for command in (["list"], ["demo"], ["compact"]):
        result = run(*command, "--database", str(damaged))
        assert result.returncode == 1, command
        assert f"{damaged} is damaged" in result.stderr
        assert f"score-desktop recover {damaged} NEW.sqlite3" in result.stderr
    assert digest(damaged) == before


def test_recover_writes_a_new_workspace_the_other_commands_open(sample, tmp_path):
    damaged = damaged_copy(sample, tmp_path, pages_of(sample) // 2)
    before = digest(damaged)
    new = tmp_path / "recovered.sqlite3"
    result = run("recover", str(damaged), str(new))
    assert result.returncode == 0, result.stderr
    assert f"copied to {new}" in result.stdout and "was not changed" in result.stdout
    listed = run("list", "--database", str(new))
    assert listed.returncode == 0 and "Deyang" in listed.stdout
    assert digest(damaged) == before
    again = run("recover", str(damaged), str(new))
    assert again.returncode == 1 and "exists already" in again.stderr


def test_read_only_lists_and_reports_and_refuses_to_write(sample, tmp_path):
    before = digest(sample)
    listed = run("list", "--read-only", "--database", str(sample))
    assert listed.returncode == 0 and "Deyang" in listed.stdout
    assert "open read-only" in listed.stderr
    out = tmp_path / "visit.pdf"
    report = run(
        "report", "--read-only", "--database", str(sample), "--enterprise", "deyang", "-o", str(out)
    )
    assert report.returncode == 0, report.stderr
    assert out.stat().st_size > 10_000
    assert digest(sample) == before


def test_compact_says_what_it_freed(tmp_path):
    path = tmp_path / "w.sqlite3"
    assert run("demo", "--database", str(path)).returncode == 0
    result = run("compact", "--database", str(path))
    assert result.returncode == 0, result.stderr
    assert "Removed the bytes of 0 photos no record refers to" in result.stdout
    assert "MB freed" in result.stdout


def test_a_workspace_in_a_read_only_folder_is_listed(sample, tmp_path):
    shelf = tmp_path / "shelf"
    shelf.mkdir()
    path = shelf / "w.sqlite3"
    path.write_bytes(sample.read_bytes())
    shelf.chmod(0o555)
    try:
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            pytest.skip("root writes through mode bits; --read-only is tested above")
        result = run("list", "--database", str(path))
        assert result.returncode == 0 and "Deyang" in result.stdout
        assert f"its folder {shelf} is read-only" in result.stderr
        assert sorted(p.name for p in shelf.iterdir()) == ["w.sqlite3"]
    finally:
        shelf.chmod(0o755)
