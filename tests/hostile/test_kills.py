"""The process killed (SIGKILL: no cleanup runs) during each long operation: edits, a photo
import, a report export and a backup. Each case ends with what was reported done kept, no
partial output where the user asked for one, and a workspace that passes integrity_check."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from score_desktop.services.demo import seed_demo
from score_desktop.storage.backups import list_backups
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.sqlite_files import quick_check_file

KILLS = 3
ROOT = str(Path(__file__).resolve().parents[2])

EDITS = """
import sys
from score_desktop.domain.enterprise import Enterprise
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories

repositories = sql_repositories(open_workspace(sys.argv[1]))
n = 0
print("ready", flush=True)
while True:
    enterprise = Enterprise(name=f"Killed {n} " + "x" * (n % 500))
    repositories.portfolio.add_enterprise(enterprise)
    print(enterprise.id, flush=True)  # reported done: it must be there after the kill
    n += 1
"""

PHOTOS = """
import io, sys, uuid
from pathlib import Path
from PIL import Image
from score_desktop.domain.photo import Photo
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.services.photo_import import import_photos
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories

repositories = sql_repositories(open_workspace(sys.argv[1]))
folder = Path(sys.argv[2])
paths = []
for n in range(40):
    path = folder / f"photo-{n}.jpg"
    Image.new("RGB", (900, 700), (n * 5 % 256, 90, 160)).save(path, quality=92)
    paths.append(path)


def store(read):
    sha256, _new = repositories.photos.store_blob(read.data, read.thumbnail, read.media_type)
    photo = Photo(DEMO_ENTERPRISE_ID, sha256, read.width, read.height, id=uuid.uuid4())
    repositories.photos.add_photos([photo])
    print(photo.id, flush=True)


print("ready", flush=True)
while True:
    import_photos(paths, store)
"""


def _integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    connection.close()
    return [row[0] for row in rows]


def _killed(command: list[str], delay: float) -> list[str]:
    """Run `command`, kill it `delay` seconds after it says it is ready; its output lines
    (only whole ones: a line cut by the kill is not reported done)."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ}
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == "ready", first
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, _err = process.communicate()
    return [line for line in out.split("\n")[:-1] if line]


@pytest.fixture
def demo_file(tmp_path) -> Path:
    path = tmp_path / "workspace.sqlite3"
    workspace = open_workspace(f"sqlite:///{path}")
    seed_demo(sql_repositories(workspace))
    workspace.close()
    return path


def test_edits_reported_done_survive_kills(demo_file):
    chance = random.Random(7)
    done: list[str] = []
    for _ in range(KILLS):
        done += _killed(
            [sys.executable, "-c", EDITS, f"sqlite:///{demo_file}"], chance.uniform(0.3, 1.2)
        )
        assert _integrity(demo_file) == ["ok"]
    assert len(done) > KILLS  # the kills came while edits were being written
    workspace = open_workspace(f"sqlite:///{demo_file}")
    stored = {str(e.id) for e in sql_repositories(workspace).portfolio.list_enterprises()}
    workspace.close()
    assert set(done) <= stored


def test_a_killed_photo_import_keeps_each_photo_with_its_bytes(demo_file, tmp_path):
    chance = random.Random(11)
    done: list[str] = []
    for n in range(KILLS):
        folder = tmp_path / f"photos-{n}"
        folder.mkdir()
        done += _killed(
            [sys.executable, "-c", PHOTOS, f"sqlite:///{demo_file}", str(folder)],
            chance.uniform(0.5, 1.5),
        )
        assert _integrity(demo_file) == ["ok"]
    workspace = open_workspace(f"sqlite:///{demo_file}")
    photos = sql_repositories(workspace).photos
    stored = photos.list_photos()
    assert set(done) <= {str(p.id) for p in stored}
    for photo in stored:
        assert photos.load_blob(photo.sha256)  # verified against its hash as it is read
    workspace.close()


def test_a_killed_report_export_leaves_no_partial_pdf(demo_file, tmp_path):
    chance = random.Random(5)
    target = tmp_path / "visit.pdf"
    for _ in range(KILLS):
        target.unlink(missing_ok=True)
        command = [sys.executable, "-u", "-c", "print('ready', flush=True)\n" + _REPORT]
        _killed([*command, str(demo_file), str(target)], chance.uniform(0.2, 2.5))
        if target.exists():  # finished before the kill: then it is whole
            assert len(PdfReader(target).pages) > 1
        assert _integrity(demo_file) == ["ok"]


_REPORT = """
import sys
from score_desktop.app import main
sys.argv = ["score-desktop", "report", "--database", f"sqlite:///{sys.argv[1]}",
            "--enterprise", "Deyang", "--output", sys.argv[2]]
main()
"""


def test_a_killed_backup_leaves_only_whole_backups(demo_file, tmp_path):
    folder = tmp_path / "backups"
    script = f"""
import sys
from pathlib import Path
from score_desktop.domain.enterprise import Enterprise
from score_desktop.storage.backups import make_backup
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories

workspace = Path(sys.argv[1])
repositories = sql_repositories(open_workspace(f"sqlite:///{{workspace}}"))
print("ready", flush=True)
n = 0
while True:
    repositories.portfolio.add_enterprise(Enterprise(name=f"Backed up {{n}}"))
    make_backup(workspace, Path({str(folder)!r}), keep=3)
    n += 1
"""
    chance = random.Random(3)
    for _ in range(KILLS):
        _killed([sys.executable, "-c", script, str(demo_file)], chance.uniform(0.3, 1.5))
        assert _integrity(demo_file) == ["ok"]
        for backup in list_backups(folder):  # a copy cut short is never listed as a backup
            assert quick_check_file(backup.path) == []
    assert list_backups(folder)
