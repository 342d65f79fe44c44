"""A sync cut off half-way: the office server killed in the middle of a push and of a pull,
and the network dropped mid-transfer (a TCP proxy that closes the connection). Each time the
next sync completes, with no duplicate, no half record and nothing lost."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from score_desktop.domain.office import OfficeAddress, OfficeUnreachableError
from score_desktop.services.demo import seed_demo
from score_desktop.services.office_link import sync_with_office
from score_desktop.storage.database import open_workspace
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from score_desktop.storage.schema import ChangeLogRow
from tests.exchange.conftest import Laptop, make_laptop
from tests.exchange.test_convergence import change_ids
from tests.postgres import _plain
from tests.server.faults import CuttingProxy, OwnCluster

pytestmark = pytest.mark.postgresql


def never_stop(_done, _total, _what) -> bool:
    return True


@pytest.fixture
def own_cluster(postgres_databases):  # needs the server's programs, as the shared one does
    cluster = OwnCluster()
    yield cluster
    cluster.remove()


def new_office(url: str) -> None:
    name = make_url(url).database
    with psycopg.connect(_plain(url.rsplit("/", 1)[0] + "/postgres"), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")  # a fixed test name, no input
    open_workspace(url).close()  # the schema, as `server init` makes it


def address_of(url: str, port: int | None = None) -> OfficeAddress:
    parsed = make_url(url)
    return OfficeAddress(
        host=parsed.host,
        database=parsed.database,
        login=parsed.username,
        port=port or parsed.port,
        tls=False,
    )


def demo_laptop(tmp_path, name: str) -> Laptop:
    laptop = make_laptop(tmp_path, name)
    seed_demo(laptop.repos)
    return laptop


def server_view(url: str) -> Laptop:
    workspace = open_workspace(url)
    return Laptop("office", workspace, None, None, None)  # type: ignore[arg-type]


def enterprise_of(laptop: Laptop):
    return SqlPortfolioRepository(laptop.workspace).list_enterprises()[0].id


def duplicated_changes(laptop: Laptop) -> int:
    with laptop.workspace.sessions() as session:
        counts = session.execute(
            select(ChangeLogRow.change_id, func.count())
            .group_by(ChangeLogRow.change_id)
            .having(func.count() > 1)
        ).all()
    return len(counts)


def assert_same(laptop: Laptop, server: Laptop, enterprise_id) -> None:
    """Every change on both sides, none twice, and the same records (no half record)."""
    held = change_ids(laptop, enterprise_id)
    assert held and held == change_ids(server, enterprise_id)
    assert duplicated_changes(laptop) == 0 and duplicated_changes(server) == 0
    assert laptop.dump() == server.dump()


def sync_in_background(laptop: Laptop, address: OfficeAddress, outcome: list):
    def run():
        try:
            outcome.append(sync_with_office(laptop.workspace, address, "", "Lan", never_stop))
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def blocked_on_exchange_peers(url: str):
    """A transaction holding exchange_peers against writes (reads go on): a sync waits
    there at the very end of a push (its records and log rows written, not committed) or
    of a pull (the laptop committed, the server's mark not yet moved)."""
    holder = psycopg.connect(_plain(url))
    holder.execute("LOCK TABLE exchange_peers IN EXCLUSIVE MODE")
    return holder


def wait_for_waiter(url: str, thread: threading.Thread) -> None:
    watcher = psycopg.connect(_plain(url), autocommit=True)
    try:
        deadline = time.monotonic() + 120
        while not watcher.execute(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
            "WHERE c.relname = 'exchange_peers' AND NOT l.granted"
        ).fetchone()[0]:
            assert thread.is_alive() and time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        watcher.close()


def test_the_server_killed_in_the_middle_of_a_push(tmp_path, own_cluster):
    url = own_cluster.database_url("office_push")
    new_office(url)
    laptop = demo_laptop(tmp_path, "lan")
    enterprise_id = enterprise_of(laptop)
    holder = blocked_on_exchange_peers(url)
    outcome: list = []
    thread = sync_in_background(laptop, address_of(url), outcome)
    wait_for_waiter(url, thread)
    own_cluster.kill()
    thread.join(120)
    holder.close()
    assert isinstance(outcome[0], OfficeUnreachableError), outcome
    assert "Nothing half-done was kept" in str(outcome[0])
    own_cluster.restart()
    server = server_view(url)
    try:
        assert change_ids(server, enterprise_id) == set()  # the push was one transaction
        assert SqlPortfolioRepository(server.workspace).list_enterprises() == []
        report = sync_with_office(laptop.workspace, address_of(url), "", "Lan", never_stop)
        assert report.pushed > 0 and not report.cancelled
        assert_same(laptop, server, enterprise_id)
        again = sync_with_office(laptop.workspace, address_of(url), "", "Lan", never_stop)
        assert (again.pushed, again.pulled) == (0, 0)
    finally:
        server.workspace.close()
        laptop.workspace.close()


def test_the_server_killed_in_the_middle_of_a_pull(tmp_path, own_cluster):
    url = own_cluster.database_url("office_pull")
    new_office(url)
    hoa = demo_laptop(tmp_path, "hoa")
    enterprise_id = enterprise_of(hoa)
    sync_with_office(hoa.workspace, address_of(url), "", "Hoa", never_stop)
    lan = make_laptop(tmp_path, "lan")
    holder = blocked_on_exchange_peers(url)
    outcome: list = []
    thread = sync_in_background(lan, address_of(url), outcome)
    wait_for_waiter(url, thread)  # the laptop committed what it pulled; the server's mark waits
    own_cluster.kill()
    thread.join(120)
    holder.close()
    assert isinstance(outcome[0], OfficeUnreachableError), outcome
    own_cluster.restart()
    server = server_view(url)
    try:
        report = sync_with_office(lan.workspace, address_of(url), "", "Lan", never_stop)
        assert report.pulled > 0  # pulled again: the server never heard the laptop had it
        assert_same(lan, server, enterprise_id)
        assert_same(hoa, server, enterprise_id)
        again = sync_with_office(lan.workspace, address_of(url), "", "Lan", never_stop)
        assert (again.pushed, again.pulled) == (0, 0)
    finally:
        server.workspace.close()
        lan.workspace.close()
        hoa.workspace.close()


@pytest.fixture
def proxied(postgres_databases):
    url = postgres_databases.create()
    proxy = CuttingProxy(make_url(url).port)
    yield url, proxy
    proxy.close()
    postgres_databases.drop(url)


def test_the_connection_dropped_in_the_middle_of_a_push(tmp_path, proxied, postgres_databases):
    url, proxy = proxied
    through = address_of(url, proxy.port)
    scratch = postgres_databases.create()  # the same server, so the same proxy
    twin = demo_laptop(tmp_path, "twin")  # the same records: how many bytes a push takes
    sync_with_office(twin.workspace, address_of(scratch, proxy.port), "", "Twin", never_stop)
    whole = proxy.counted["up"]
    twin.workspace.close()
    postgres_databases.drop(scratch)
    laptop = demo_laptop(tmp_path, "lan")
    enterprise_id = enterprise_of(laptop)
    proxy.reset(cut_after=whole // 2, direction="up")
    with pytest.raises(OfficeUnreachableError):
        sync_with_office(laptop.workspace, through, "", "Lan", never_stop)
    assert proxy.cut.is_set()
    proxy.reset()
    server = server_view(url)
    try:
        assert change_ids(server, enterprise_id) == set()
        sync_with_office(laptop.workspace, through, "", "Lan", never_stop)
        assert_same(laptop, server, enterprise_id)
    finally:
        server.workspace.close()
        laptop.workspace.close()


def test_the_connection_dropped_in_the_middle_of_a_pull(tmp_path, proxied):
    url, proxy = proxied
    through = address_of(url, proxy.port)
    hoa = demo_laptop(tmp_path, "hoa")
    enterprise_id = enterprise_of(hoa)
    sync_with_office(hoa.workspace, address_of(url), "", "Hoa", never_stop)
    scout = make_laptop(tmp_path, "scout")  # how many bytes a first pull takes
    proxy.reset()
    sync_with_office(scout.workspace, through, "", "Scout", never_stop)
    whole = proxy.counted["down"]
    scout.workspace.close()
    lan = make_laptop(tmp_path, "lan")
    proxy.reset(cut_after=whole // 2, direction="down")
    with pytest.raises(OfficeUnreachableError):
        sync_with_office(lan.workspace, through, "", "Lan", never_stop)
    assert proxy.cut.is_set()
    assert SqlPortfolioRepository(lan.workspace).list_enterprises() == []  # no half record
    proxy.reset()
    server = server_view(url)
    try:
        sync_with_office(lan.workspace, through, "", "Lan", never_stop)
        assert_same(lan, server, enterprise_id)
    finally:
        server.workspace.close()
        lan.workspace.close()
        hoa.workspace.close()
