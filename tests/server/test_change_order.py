"""The office's order of changes (migrations 0016, 0021): gap-free, in commit order, and its
counter equal to the last number given, however a transaction ends."""

import threading
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

pytestmark = pytest.mark.postgresql

INSERT = (
    "INSERT INTO change_log (change_set, record_kind, record_id, operation, fields, revision, "
    "action, at, change_id) VALUES (%s, 'hazards', %s, 'insert', '{}', 1, '', now(), %s)"
)


def _rows(count: int) -> list[tuple[uuid.UUID, uuid.UUID, uuid.UUID]]:
    return [(uuid.uuid4(), uuid.uuid4(), uuid.uuid4()) for _ in range(count)]


def _add(connection: psycopg.Connection, count: int) -> None:
    with connection.cursor() as cursor:
        cursor.executemany(INSERT, _rows(count))


def _plain(office) -> str:
    return make_url(office.url).set(drivername="postgresql").render_as_string(hide_password=False)


def _numbers_and_head(url: str) -> tuple[list[int], int]:
    with psycopg.connect(url, autocommit=True) as connection:
        numbers = [
            row[0] for row in connection.execute("SELECT sequence FROM change_log ORDER BY 1")
        ]
        head = connection.execute("SELECT head FROM office_change_order").fetchone()
    assert head is not None
    return numbers, head[0]


def test_rolled_back_savepoints_and_transactions_give_their_numbers_back(office):
    url = _plain(office)
    before, _ = _numbers_and_head(url)
    with psycopg.connect(url) as connection:
        _add(connection, 3)
        connection.execute("SAVEPOINT cut")
        _add(connection, 5)
        connection.execute("ROLLBACK TO SAVEPOINT cut")
        _add(connection, 2)
        connection.commit()
        _add(connection, 4)
        connection.rollback()
        _add(connection, 1)
        connection.commit()
    numbers, head = _numbers_and_head(url)
    assert len(numbers) == len(before) + 6
    assert numbers == list(range(1, len(numbers) + 1))
    assert head == numbers[-1]


def test_the_counter_follows_rows_added_after_constraints_were_checked_early(office):
    url = _plain(office)
    with psycopg.connect(url) as connection:
        _add(connection, 2)
        connection.execute("SET CONSTRAINTS ALL IMMEDIATE")  # the counter is written now
        connection.execute("SET CONSTRAINTS ALL DEFERRED")
        _add(connection, 3)  # and must be written again at commit
        connection.commit()
    numbers, head = _numbers_and_head(url)
    assert numbers == list(range(1, len(numbers) + 1))
    assert head == numbers[-1]


def test_a_second_writer_waits_and_numbers_after_the_first_commits(office):
    url = _plain(office)
    first = psycopg.connect(url)
    second = psycopg.connect(url)
    try:
        _add(first, 50)  # holds the counter until it commits
        started, done = threading.Event(), threading.Event()

        def write_second() -> None:
            started.set()
            _add(second, 20)
            second.commit()
            done.set()

        writer = threading.Thread(target=write_second)
        writer.start()
        started.wait()
        assert not done.wait(0.5)  # waiting on the first's lock
        _add(first, 30)
        first.commit()
        writer.join(10)
        assert done.is_set()
        with psycopg.connect(url, autocommit=True) as reader:
            kinds = reader.execute(
                "SELECT sequence, xmin::text::bigint FROM change_log ORDER BY sequence"
            ).fetchall()
    finally:
        first.close()
        second.close()
    numbers, head = _numbers_and_head(url)
    assert numbers == list(range(1, len(numbers) + 1))
    assert head == numbers[-1]
    # the first transaction's 80 rows, then the second's 20: numbers in commit order
    transactions = [xmin for _sequence, xmin in kinds[-100:]]
    assert len(set(transactions[:80])) == 1 and len(set(transactions[80:])) == 1
    assert transactions[0] != transactions[-1]
