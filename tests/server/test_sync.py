"""Laptops (SQLite) syncing with the office server (PostgreSQL): convergence under random
edits and sync orders, batches applied once, photos sent only where missing, and a push
killed half-way that the next sync completes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import psycopg
import pytest
from hypothesis import given
from PIL import Image
from sqlalchemy import func, select

from score_desktop.domain.photo import Photo
from score_desktop.services.office_sync import sync
from score_desktop.services.photo_import import read_photo
from score_desktop.storage.conflict_inbox import SqlConflictInbox
from score_desktop.storage.database import open_workspace
from score_desktop.storage.exchange_store import SqlExchange
from score_desktop.storage.office_server import PUSH_LOCK
from score_desktop.storage.schema import ChangeLogRow
from tests.exchange.conftest import Laptop, make_laptop
from tests.exchange.test_convergence import SLOW, STEPS, Office, change_ids, consistent_choice
from tests.exchange.test_convergence import template as template  # noqa: F401 (fixture)
from tests.postgres import _plain

pytestmark = pytest.mark.postgresql


class SyncedOffice(Office):
    """The convergence test's laptops, where a "send" is a sync with the office server."""

    def __init__(self, template, folder, count, server_url):
        super().__init__(template, folder, count)
        self.server = open_workspace(server_url)
        self.server_inbox = SqlConflictInbox(self.server)

    def close(self):
        super().close()
        self.server.close()

    def sync(self, laptop: Laptop):
        return sync(laptop.workspace, self.server, name=laptop.name)

    def run(self, step):
        if step[0] == "send":
            self.sync(self.laptops[step[1] % len(self.laptops)])
        else:
            super().run(step)

    def settle(self):
        for _round in range(10):
            inboxes = [self.server_inbox] + [laptop.inbox for laptop in self.laptops]
            for inbox in inboxes:
                for conflict in inbox.conflicts():
                    inbox.resolve(conflict.id, consistent_choice(conflict), "Decide")
            moved = False
            for laptop in self.laptops:
                result = self.sync(laptop)
                # history alone (a record added and deleted before it was ever sent) moves
                # no record, but still has to reach every laptop
                moved |= bool(result.pushed or result.pulled)
            if not moved and not any(inbox.count() for inbox in inboxes):
                return
        raise AssertionError("the laptops and the server did not settle in ten rounds")


@SLOW
@given(steps=STEPS)
def test_laptops_and_the_server_converge_and_lose_no_change(
    template,  # noqa: F811
    tmp_path_factory,
    postgres_databases,
    steps,
):
    url = postgres_databases.create()
    office = SyncedOffice(template, tmp_path_factory.mktemp("office"), 3, url)
    try:
        for step in steps:
            office.run(step)
        made = set().union(*(change_ids(laptop, office.enterprise.id) for laptop in office.laptops))
        office.settle()
        server = Laptop("server", office.server, None, SqlExchange(office.server), None)
        dumps = [laptop.dump() for laptop in office.laptops] + [server.dump()]
        assert all(dump == dumps[0] for dump in dumps)
        for holder in [*office.laptops, server]:
            assert made <= change_ids(holder, office.enterprise.id)
    finally:
        office.close()
        postgres_databases.drop(url)


@pytest.fixture
def server_url(postgres_databases):
    url = postgres_databases.create()
    yield url
    postgres_databases.drop(url)


def log_size(workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(ChangeLogRow))


def test_a_batch_sent_twice_applies_once(tmp_path, server_url, demo_laptop):
    server = open_workspace(server_url)
    try:
        first = sync(demo_laptop.workspace, server, name="Lan")
        assert first.pushed > 0 and log_size(server) >= first.pushed
        size = log_size(server)
        laptop_exchange = SqlExchange(demo_laptop.workspace)
        enterprise = demo_laptop.repos.portfolio.list_enterprises()[0]
        again = SqlExchange(server).merge(  # the same batch, as after a lost reply
            laptop_exchange.collect(enterprise.id),
            package_id=uuid.uuid4(),
            from_device=laptop_exchange.device_id(),
            from_name="Lan",
            read_blob=laptop_exchange.read_blob,
        )
        assert not again.changed_anything and log_size(server) == size
        second = sync(demo_laptop.workspace, server, name="Lan")
        assert second.pushed == 0 and log_size(server) == size
    finally:
        server.close()


def test_photos_travel_only_where_the_other_side_lacks_them(tmp_path, server_url, demo_laptop):
    enterprise = demo_laptop.repos.portfolio.list_enterprises()[0]
    hashes = set()
    for colour in ("orange", "teal"):
        path = tmp_path / f"{colour}.jpg"
        Image.new("RGB", (64, 48), colour).save(path, "JPEG")
        read = read_photo(path)
        demo_laptop.repos.photos.store_blob(read.data, read.thumbnail, read.media_type)
        same_bytes = [
            Photo(enterprise_id=enterprise.id, sha256=read.sha256, width=64, height=48)
            for _ in range(2)
        ]
        demo_laptop.repos.photos.add_photos(same_bytes)
        hashes.add(read.sha256)
    server = open_workspace(server_url)
    other = make_laptop(tmp_path, "other")
    asked: list[str] = []
    reader = SqlExchange.read_blob

    def counting(self, blob):
        asked.append(blob.sha256)
        return reader(self, blob)

    SqlExchange.read_blob = counting
    try:
        sync(demo_laptop.workspace, server, name="Lan")
        assert sorted(asked) == sorted(hashes)  # up once each, for two records each
        sync(other.workspace, server, name="Other")
        assert sorted(asked) == sorted(hashes) * 2 or sorted(asked) == sorted(list(hashes) * 2)
        for laptop in (other, demo_laptop, other):
            sync(laptop.workspace, server, name=laptop.name)
        assert len(asked) == 4  # both sides hold every hash: nothing asked again
        got = other.repos.photos.list_photos(enterprise.id)
        assert len(got) == 4 and {p.sha256 for p in got} == hashes
        assert all(other.repos.photos.load_blob(sha) for sha in hashes)
    finally:
        SqlExchange.read_blob = reader
        other.workspace.close()
        server.close()


@pytest.fixture
def demo_laptop(tmp_path):
    from score_desktop.services.demo import seed_demo

    laptop = make_laptop(tmp_path, "lan")
    seed_demo(laptop.repos)
    yield laptop
    laptop.workspace.close()


def test_a_push_killed_half_way_leaves_nothing_and_the_next_sync_completes(
    tmp_path, server_url, demo_laptop
):
    laptop_path = tmp_path / "lan.sqlite3"
    demo_laptop.workspace.close()
    fresh = open_workspace(server_url)
    before = log_size(fresh)  # the catalogues the migrations seed
    fresh.close()
    holder = psycopg.connect(_plain(server_url), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", (PUSH_LOCK,))  # the push will wait inside
    command = [
        sys.executable,
        "-m",
        "score_desktop",
        "sync",
        "--database",
        str(laptop_path),
        "--server",
        server_url,
        "--as",
        "Lan",
    ]
    pushing = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not holder.execute(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        ).fetchone()[0]:
            assert time.monotonic() < deadline and pushing.poll() is None
            time.sleep(0.1)
        os.kill(pushing.pid, signal.SIGKILL)  # the laptop dies mid-push
        pushing.wait(timeout=30)
    finally:
        holder.execute("SELECT pg_advisory_unlock(%s)", (PUSH_LOCK,))
        holder.close()
    server = open_workspace(server_url)
    laptop = open_workspace(f"sqlite:///{laptop_path}")
    try:
        assert log_size(server) == before  # nothing half-written
        assert SqlExchange(laptop).peers(laptop_enterprise(laptop)) == []  # nothing marked sent
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        size = log_size(server)
        enterprise_id = laptop_enterprise(laptop)
        sent = change_ids(Laptop("lan", laptop, None, None, None), enterprise_id)
        assert sent and sent == change_ids(
            Laptop("office", server, None, None, None), enterprise_id
        )
        again = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert again.returncode == 0 and "0 changes sent" in again.stdout
        assert log_size(server) == size  # no duplicate
    finally:
        server.close()
        laptop.close()


def laptop_enterprise(workspace):
    from score_desktop.storage.portfolio_repository import SqlPortfolioRepository

    return SqlPortfolioRepository(workspace).list_enterprises()[0].id
