"""Laptops syncing with the office server (PostgreSQL on loopback). Needs the test server:
`scripts/postgres-for-tests.sh run -- .venv/bin/python benchmarks/run.py sync`.

Figures:
- clients_N (N = 10, 50, 100; SCORE_BENCH_CLIENTS="10 50 100"): N laptops, each a thread
  with its own workspace and connection, that hold one shared enterprise; each adds 100
  hazards (100 changes), then all sync at once (push theirs, pull the others' committed so
  far). Median and slowest sync; lost = changes some laptop holds and the server lacks, plus
  those the server holds and SCORE_BENCH_CHECKERS (3) laptops lack after one more pull
  (must be 0). Targets: median <= 1 s,
  slowest <= 5 s at 100. Beside them, the machine's floor: round_trip_* (each of N
  threads opens its own connection and commits one trivial transaction, all at once) and
  client_cpu_s (the processor time this process spent on all N syncs: Python, SQLite and
  the driver, for every thread; with one interpreter lock no sync can end before most of
  it is spent, so the slowest is at least about client_cpu_s / cores, and near
  client_cpu_s where Python holds the lock). SCORE_BENCH_FIRST_SYNC=0 leaves out the
  first-sync figures.
- first_sync: a new laptop's first sync of an enterprise of 2,000 hazards, ~50,000 changes
  and SCORE_BENCH_PHOTOS photos of SCORE_BENCH_MEGAPIXELS (defaults 500, the issue's
  count, and 4 MP: at 24 MP the photos need ~4 GB four times over and a run takes minutes
  more), against `pg_dump | psql` of the same office database into a new one, in the same
  run. Target: ratio <= 2. The fewer and smaller the photos, the more the 50,000 changes
  weigh, which Python merges and pg_dump copies: at 50 photos of 4 MP the ratio is about 2,
  at 500 photos 0.85 (4 MP) and 0.5 (24 MP; pg_dump writes bytes as hex text). first_push: the same
  enterprise's first push from the laptop that made it, against the same baseline.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from pathlib import Path

os.environ.setdefault("SCORE_BENCH_PHOTOS", "500")
os.environ.setdefault("SCORE_BENCH_MEGAPIXELS", "4")

import psycopg  # noqa: E402
from bench_exchange import _enterprise  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from score_desktop.domain.hazard import Hazard  # noqa: E402
from score_desktop.domain.office import OfficeAddress  # noqa: E402
from score_desktop.services.office_link import sync_with_office  # noqa: E402
from score_desktop.storage.database import open_workspace  # noqa: E402
from score_desktop.storage.repositories import sql_repositories  # noqa: E402
from score_desktop.storage.schema import ChangeLogRow  # noqa: E402

CLIENTS = [int(n) for n in os.environ.get("SCORE_BENCH_CLIENTS", "10 50 100").split()]
CHANGES_EACH = 100
# laptops that pull everything afterwards and must then hold every change (all of them would
# take each a pull of the others' N x 100 hazards, one after the other)
CHECKERS = int(os.environ.get("SCORE_BENCH_CHECKERS", "3"))
SKIP_FIRST_SYNC = os.environ.get("SCORE_BENCH_FIRST_SYNC", "1") == "0"


def _admin() -> str:
    url = os.environ.get("SCORE_TEST_POSTGRES_URL")
    if not url:
        raise SystemExit(
            "bench_sync needs the test PostgreSQL: "
            "scripts/postgres-for-tests.sh run -- .venv/bin/python benchmarks/run.py sync"
        )
    return url


def _database(name: str) -> str:
    """A new, migrated office database; its SQLAlchemy URL."""
    admin = _admin()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # fixed names
        connection.execute(f"CREATE DATABASE {name}")
    url = str(make_url(admin).set(drivername="postgresql+psycopg", database=name))
    open_workspace(url).close()
    return url


def _drop(name: str) -> None:
    with psycopg.connect(_admin(), autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _address(url: str) -> OfficeAddress:
    parsed = make_url(url)
    return OfficeAddress(
        host=parsed.host or "127.0.0.1",
        database=parsed.database or "",
        login=parsed.username or "postgres",
        port=parsed.port or 5432,
        tls=False,
    )


def _go_on(_done: int, _total: int, _what: str) -> bool:
    return True


def _change_ids(workspace, enterprise_id: uuid.UUID) -> set[uuid.UUID]:
    with workspace.sessions() as session:
        return set(
            session.scalars(
                select(ChangeLogRow.change_id).where(ChangeLogRow.enterprise_id == enterprise_id)
            )
        )


def _concurrent(folder: Path, clients: int):
    name = f"bench_sync_{clients}"
    url = _database(name)
    address = _address(url)
    first = open_workspace(f"sqlite:///{folder / f'{clients}-seed.sqlite3'}")
    from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo

    seed_demo(sql_repositories(first))
    sync_with_office(first, address, "", "Seed", _go_on)
    first.close()
    laptops = []
    for n in range(clients):  # each laptop holds the enterprise, then adds its 100 hazards
        workspace = open_workspace(f"sqlite:///{folder / f'{clients}-{n}.sqlite3'}")
        sync_with_office(workspace, address, "", f"Laptop {n}", _go_on)
        sql_repositories(workspace).hazards.add_hazards(
            [
                Hazard(DEMO_ENTERPRISE_ID, f"Hazard {k} of laptop {n}", "mechanical")
                for k in range(CHANGES_EACH)
            ]
        )
        laptops.append(workspace)
    cpu = time.process_time()
    times = _at_once(
        clients, lambda n: sync_with_office(laptops[n], address, "", f"Laptop {n}", _go_on)
    )
    cpu = time.process_time() - cpu
    server = open_workspace(url)
    everything = _change_ids(server, DEMO_ENTERPRISE_ID)
    made: set[uuid.UUID] = set()
    for workspace in laptops:
        made |= _change_ids(workspace, DEMO_ENTERPRISE_ID)
    lost = len(made - everything)  # a change some laptop holds and the server does not
    for n in range(min(CHECKERS, clients)):  # these pull what was pushed after them
        sync_with_office(laptops[n], address, "", f"Laptop {n}", _go_on)
        lost += len(everything - _change_ids(laptops[n], DEMO_ENTERPRISE_ID))
    with server.sessions() as session:
        hazards_on_server = session.scalar(
            select(func.count())
            .select_from(ChangeLogRow)
            .where(ChangeLogRow.record_kind == "hazards", ChangeLogRow.operation == "insert")
        )
    server.close()
    for workspace in laptops:
        workspace.close()
    _drop(name)
    return times, lost, hazards_on_server, cpu


def _at_once(clients: int, work) -> list[float]:
    """Run `work(n)` for n < clients, each in a thread, all started together; the seconds
    each took."""
    times: list[float] = [0.0] * clients
    errors: list[BaseException] = []
    start = threading.Barrier(clients)

    def one(n: int) -> None:
        try:
            start.wait()
            began = time.perf_counter()
            work(n)
            times[n] = time.perf_counter() - began
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return times


def _round_trips(clients: int) -> list[float]:
    """The floor of the machine: each client opens its own connection to the office
    database and commits one trivial transaction, all at once (no application code)."""
    url = _plain(_database("bench_sync_floor"))

    def one(_n: int) -> None:
        with psycopg.connect(url) as connection:
            connection.execute("SELECT 1").fetchone()
            connection.commit()

    times = _at_once(clients, one)
    _drop("bench_sync_floor")
    return times


def _sample_change(folder: Path) -> tuple[str, str]:
    """One hazard's row and its insert's change-log fields, as JSON text, from a real
    workspace: what a bare exchange moves for each change."""
    workspace = open_workspace(f"sqlite:///{folder / 'sample.sqlite3'}")
    from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo

    seed_demo(sql_repositories(workspace))
    sql_repositories(workspace).hazards.add_hazards(
        [Hazard(DEMO_ENTERPRISE_ID, "Hazard 0 of laptop 0", "mechanical")]
    )
    with workspace.engine.connect() as connection:
        record = (
            connection.exec_driver_sql("SELECT * FROM hazards ORDER BY rowid DESC LIMIT 1")
            .mappings()
            .one()
        )
        fields = connection.exec_driver_sql(
            "SELECT fields FROM change_log ORDER BY sequence DESC LIMIT 1"
        ).scalar_one()
    workspace.close()
    return json.dumps(dict(record), default=str), fields


def _bare(folder: Path, clients: int) -> tuple[list[float], float]:
    """The floor: the clients_N exchange with no application code (see the docstring)."""
    record, change = _sample_change(folder)
    url = _plain(_database("bench_sync_bare"))
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(
            "CREATE TABLE bare_changes (position bigserial PRIMARY KEY, device integer, "
            "record_id uuid, record text, change text)"
        )

    def one(n: int) -> None:
        mine = [(n, uuid.uuid4(), record, change) for _ in range(CHANGES_EACH)]
        with psycopg.connect(url) as connection:
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO bare_changes (device, record_id, record, change) "
                    "VALUES (%s, %s, %s, %s)",
                    mine,
                )
            connection.commit()
            theirs = connection.execute(
                "SELECT record_id::text, record, change FROM bare_changes "
                "WHERE device <> %s ORDER BY position",
                (n,),
            ).fetchall()
        local = sqlite3.connect(folder / f"bare-{clients}-{n}.sqlite3")
        local.execute("PRAGMA journal_mode=WAL")
        local.execute("PRAGMA synchronous=NORMAL")
        local.execute("CREATE TABLE changes (record_id text PRIMARY KEY, record text, change text)")
        with local:
            local.executemany("INSERT INTO changes VALUES (?, ?, ?)", theirs)
        local.close()

    cpu = time.process_time()
    times = _at_once(clients, one)
    cpu = time.process_time() - cpu
    _drop("bench_sync_bare")
    return times, cpu


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _dump_and_restore(url: str) -> float:
    source = make_url(url)
    target = f"{source.database}_copy"
    with psycopg.connect(_admin(), autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {target}")
        connection.execute(f"CREATE DATABASE {target}")
    connect = ["-h", source.host or "127.0.0.1", "-p", str(source.port), "-U", "postgres"]
    binaries = _pg_bin()
    began = time.perf_counter()
    dump = subprocess.Popen(
        [str(binaries / "pg_dump"), *connect, "-d", source.database or ""],
        stdout=subprocess.PIPE,
    )
    restore = subprocess.run(
        [str(binaries / "psql"), *connect, "-q", "-d", target, "-v", "ON_ERROR_STOP=1"],
        stdin=dump.stdout,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    assert dump.wait() == 0 and restore.returncode == 0
    seconds = time.perf_counter() - began
    _drop(target)
    return seconds


def _pg_bin() -> Path:
    found = shutil.which("pg_dump")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    return versions[-1]


def run():
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as temporary:
        folder = Path(temporary)
        for clients in CLIENTS:
            floor = _round_trips(clients)
            bare, bare_cpu = _bare(folder, clients)
            times, lost, hazards, cpu = _concurrent(folder, clients)
            yield {
                "figure": f"clients_{clients}",
                "value": round(statistics.median(times), 3),
                "unit": "s (median sync)",
                "slowest": round(max(times), 3),
                "lost": lost,
                "hazards_added": hazards,
                # the floor: a connection and one trivial transaction each, all at once
                "round_trip_median": round(statistics.median(floor), 3),
                "round_trip_slowest": round(max(floor), 3),
                # the floor: the same exchange by a bare program, all at once
                "bare_median": round(statistics.median(bare), 3),
                "bare_slowest": round(max(bare), 3),
                "bare_cpu_s": round(bare_cpu, 2),
                "ratio_to_bare": round(statistics.median(times) / statistics.median(bare), 1),
                # the laptops' side (Python, SQLite, the driver) of all syncs, on this
                # process's cores: no sync can end before most of it is done
                "client_cpu_s": round(cpu, 2),
                "client_cpu_per_sync_s": round(cpu / clients, 3),
                "cores": os.cpu_count(),
                "load": [round(x, 1) for x in os.getloadavg()],
            }
        if SKIP_FIRST_SYNC:
            return
        sender, repositories, _files, _hazards = _enterprise(folder)
        url = _database("bench_sync_first")
        address = _address(url)
        began = time.perf_counter()
        pushed = sync_with_office(sender, address, "", "Hoa", _go_on)
        push_s = time.perf_counter() - began
        laptop = open_workspace(f"sqlite:///{folder / 'new-laptop.sqlite3'}")
        began = time.perf_counter()
        pulled = sync_with_office(laptop, address, "", "Lan", _go_on)
        pull_s = time.perf_counter() - began
        dump_s = _dump_and_restore(url)
        scale = {
            "changes": pulled.pulled,
            "photos": int(os.environ["SCORE_BENCH_PHOTOS"]),
            "megapixels": int(os.environ["SCORE_BENCH_MEGAPIXELS"]),
        }
        assert pushed.pushed == pulled.pulled
        for figure, seconds in (("first_sync", pull_s), ("first_push", push_s)):
            yield {
                "figure": figure,
                "value": round(seconds, 2),
                "unit": "s",
                "baseline": round(dump_s, 2),
                "ratio": round(seconds / dump_s, 3),
                **scale,
            }
        laptop.close()
        sender.close()
        _drop("bench_sync_first")
