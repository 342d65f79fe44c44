"""The process killed (SIGKILL) while it merges a package: the workspace is then either as
it was or fully merged, and passes SQLite's integrity check."""

import io
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

from score_desktop.domain.history import Person
from score_desktop.domain.photo import Photo
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.services.exchange import send_enterprise
from score_desktop.storage.database import open_workspace
from score_desktop.storage.exchange_store import SqlExchange
from score_desktop.storage.repositories import sql_repositories

ROOT = str(Path(__file__).resolve().parents[2])
KILLS = 4
RECEIVE = """
import sys
from score_desktop.services.exchange import receive_package
from score_desktop.storage.database import open_workspace
from score_desktop.storage.exchange_store import SqlExchange

exchange = SqlExchange(open_workspace(sys.argv[1]))
print("ready", flush=True)
receive_package(exchange, sys.argv[2])
print("merged", flush=True)
"""


def counts(path: Path) -> tuple[str, int, int]:
    with sqlite3.connect(path) as db:
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        records = db.execute("SELECT count(*) FROM photos").fetchone()[0]
        changes = db.execute(
            "SELECT count(*) FROM change_log WHERE enterprise_id = ?", (DEMO_ENTERPRISE_ID.hex,)
        ).fetchone()[0]
    db.close()
    return check, records, changes


def test_an_import_killed_half_way_leaves_all_or_nothing(tmp_path):
    sender = open_workspace(f"sqlite:///{tmp_path / 'sender.sqlite3'}")
    repositories = sql_repositories(sender)
    seed_demo(repositories)
    for n in range(60):  # enough files that the merge takes a while
        buffer = io.BytesIO()
        Image.effect_noise((600, 400), 40 + n).convert("RGB").save(buffer, "JPEG", quality=95)
        sha, _ = repositories.photos.store_blob(buffer.getvalue(), b"thumb", "image/jpeg")
        repositories.photos.add_photos([Photo(DEMO_ENTERPRISE_ID, sha, 600, 400)])
    package = tmp_path / "demo.scorepkg"
    send_enterprise(SqlExchange(sender), package, DEMO_ENTERPRISE_ID, Person("Hoa"))
    sender.close()
    empty = tmp_path / "empty.sqlite3"
    open_workspace(f"sqlite:///{empty}").close()
    target = tmp_path / "target.sqlite3"

    def run(kill_after: float | None) -> float:
        shutil.copy(empty, target)
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        process = subprocess.Popen(
            [sys.executable, "-c", RECEIVE, f"sqlite:///{target}", str(package)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        with process.stdout:
            assert process.stdout.readline().strip() == "ready"
            started = time.monotonic()
            if kill_after is None:
                assert process.stdout.readline().strip() == "merged"
            else:
                time.sleep(kill_after)
                process.send_signal(signal.SIGKILL)
            process.wait(60)
        return time.monotonic() - started

    merge_time = run(None)
    check, full_photos, full_changes = counts(target)
    assert check == "ok" and full_photos == 60 and full_changes > 60
    outcomes = set()
    for _ in range(KILLS):
        run(random.uniform(0.0, merge_time * 1.2))
        check, photos, changes = counts(target)
        assert check == "ok"
        assert (photos, changes) in ((0, 0), (full_photos, full_changes))
        outcomes.add(photos)
    print("outcomes seen:", outcomes)
