"""Laptops pushing to the office server at the same time: their merges run side by side
(only the order of their log entries is taken one at a time), and two merges into the same
record still end as if one had come after the other."""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time

import psycopg
import pytest
from sqlalchemy import select

from score_desktop.domain.hazard import Hazard
from score_desktop.services.office_sync import sync
from score_desktop.storage.conflict_inbox import SqlConflictInbox
from score_desktop.storage.database import open_workspace
from score_desktop.storage.office_server import PUSH_LOCK
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema import ChangeLogRow
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop
from tests.postgres import _plain

pytestmark = pytest.mark.postgresql


@pytest.fixture
def server_url(postgres_databases):
    url = postgres_databases.create()
    yield url
    postgres_databases.drop(url)


@pytest.fixture
def two_laptops(tmp_path, server_url):
    """Hoa and Lan hold the same enterprise with one hazard, synced with the office."""
    hoa, lan = make_laptop(tmp_path, "hoa"), make_laptop(tmp_path, "lan")
    enterprise = make_enterprise("Hongxing Garments")
    hoa.repos.portfolio.add_enterprise(enterprise)
    hazard = Hazard(enterprise.id, "Forklift near the exit", "mechanical")
    hoa.repos.hazards.add_hazards([hazard])
    server = open_workspace(server_url)
    try:
        sync(hoa.workspace, server, name="Hoa")
        sync(lan.workspace, server, name="Lan")
    finally:
        server.close()
    yield hoa, lan, enterprise, hazard
    hoa.workspace.close()
    lan.workspace.close()


def sync_in_thread(laptop, server_url, errors):
    def run():
        server = open_workspace(server_url)
        try:
            sync(laptop.workspace, server, name=laptop.name)
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)
        finally:
            server.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@contextlib.contextmanager
def holding_the_order(server_url):
    """The order lock held by another connection: merges wait there until the block ends
    (then the syncs started in it are waited for)."""
    holder = psycopg.connect(_plain(server_url), autocommit=True)
    holder.execute("SELECT pg_advisory_lock(%s)", (PUSH_LOCK,))
    threads: list[threading.Thread] = []
    try:
        yield holder, threads
    finally:
        holder.execute("SELECT pg_advisory_unlock(%s)", (PUSH_LOCK,))
        holder.close()
        for thread in threads:
            thread.join(timeout=120)


def wait_for(holder, query, count):
    deadline = time.monotonic() + 60
    while holder.execute(query).fetchone()[0] < count:
        assert time.monotonic() < deadline, query
        time.sleep(0.05)


WAITING_FOR_ORDER = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"


def test_two_pushes_write_their_records_side_by_side(two_laptops, server_url):
    hoa, lan, enterprise, _hazard = two_laptops
    hoa.repos.hazards.add_hazards([Hazard(enterprise.id, "Loose cable", "electrical")])
    lan.repos.hazards.add_hazards([Hazard(enterprise.id, "Blocked exit", "fire")])
    errors: list[Exception] = []
    with holding_the_order(server_url) as (holder, threads):
        threads.extend(sync_in_thread(laptop, server_url, errors) for laptop in (hoa, lan))
        wait_for(holder, WAITING_FOR_ORDER, 2)
        # both wait for the order with their hazard already written (not yet committed)
        writers = holder.execute(
            "SELECT count(DISTINCT l.pid) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'hazards' AND l.mode = 'RowExclusiveLock' AND l.pid IN "
            "(SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted)"
        ).fetchone()[0]
        assert writers == 2
    assert not errors
    server = open_workspace(server_url)
    try:
        with server.sessions() as session:
            titles = session.scalars(
                select(ChangeLogRow.fields["title"][1].as_string()).where(
                    ChangeLogRow.record_kind == "hazards", ChangeLogRow.operation == "insert"
                )
            ).all()
            sequences = session.scalars(
                select(ChangeLogRow.sequence).order_by(ChangeLogRow.sequence)
            ).all()
    finally:
        server.close()
    assert sorted(titles) == ["Blocked exit", "Forklift near the exit", "Loose cable"]
    assert sequences == list(range(1, len(sequences) + 1))  # still without a gap


def test_two_pushes_into_the_same_field_leave_a_conflict_not_a_silent_overwrite(
    two_laptops, server_url
):
    """Hoa and Lan change the title of the same hazard. Lan's merge reads the hazard before
    Hoa's commits, then waits for Hoa's row: written as it was decided, it would replace
    Hoa's title unseen. It finds Hoa's change when it takes the order and runs again alone,
    so the second title waits in the conflict inbox, as it would had Lan synced later."""
    hoa, lan, enterprise, hazard = two_laptops
    for laptop, title in ((hoa, "Forklift, guarded"), (lan, "Forklift, moved")):
        (held,) = laptop.repos.hazards.list_hazards(enterprise.id)
        laptop.repos.hazards.update_hazards([dataclasses.replace(held, title=title)])
    errors: list[Exception] = []
    with holding_the_order(server_url) as (holder, threads):
        threads.append(sync_in_thread(hoa, server_url, errors))
        wait_for(holder, WAITING_FOR_ORDER, 1)  # Hoa's hazard written, waiting for the order
        threads.append(sync_in_thread(lan, server_url, errors))
        wait_for(  # Lan's merge read the hazard and waits for Hoa's row
            holder,
            "SELECT count(*) FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted",
            1,
        )
    assert not errors
    server = open_workspace(server_url)
    try:
        (on_server,) = sql_repositories(server).hazards.list_hazards(enterprise.id)
        (conflict,) = SqlConflictInbox(server).conflicts()
    finally:
        server.close()
    assert on_server.id == hazard.id and on_server.title == "Forklift, guarded"
    assert (conflict.key, conflict.mine, conflict.theirs) == (
        "title",
        "Forklift, guarded",
        "Forklift, moved",
    )
