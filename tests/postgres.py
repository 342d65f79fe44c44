"""Fresh PostgreSQL databases for tests, on the throwaway server of scripts/postgres-for-tests.sh.

The schema is migrated once into a template database; each test then gets its own copy
(`CREATE DATABASE … TEMPLATE`, a file copy on the server, far quicker than the migrations)
and the copy is dropped after the test.
"""

from __future__ import annotations

import itertools
import os
import threading
import uuid

import pytest
from sqlalchemy.engine import make_url

ENV = "SCORE_TEST_POSTGRES_URL"
TEMPLATE = "score_template"


def server_url() -> str | None:
    """The admin URL of the test server (`postgresql+psycopg://…/postgres`), or None."""
    value = os.environ.get(ENV)
    if not value:
        return None
    return str(make_url(value).set(drivername="postgresql+psycopg"))


def required() -> bool:
    """CI always runs the suite on both engines: a missing server is a failure there."""
    return bool(os.environ.get("CI"))


def admin_url() -> str:
    url = server_url()
    if url is None:
        pytest.fail(
            f"{ENV} is not set: the PostgreSQL tests need the server that "
            "`make test` starts (scripts/postgres-for-tests.sh)."
        )
    return url


def _execute(statement: str, url: str | None = None) -> None:
    import psycopg

    with psycopg.connect(_plain(url or admin_url()), autocommit=True) as connection:
        connection.execute(statement)  # identifiers made here, never user input


def _plain(url: str) -> str:
    """psycopg's own connection string for a SQLAlchemy URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Databases:
    """Makes and drops per-test databases on the test server."""

    _lock = threading.Lock()
    _counter = itertools.count()

    def __init__(self) -> None:
        self._template_ready = False
        self.prefix = f"t{uuid.uuid4().hex[:8]}"

    def url_of(self, name: str) -> str:
        return str(make_url(admin_url()).set(database=name).render_as_string(hide_password=False))

    def _template(self) -> None:
        if self._template_ready:
            return
        from score_desktop.storage.database import open_workspace

        _execute(f"DROP DATABASE IF EXISTS {TEMPLATE}_{self.prefix}")
        _execute(f"CREATE DATABASE {TEMPLATE}_{self.prefix}")
        open_workspace(self.url_of(f"{TEMPLATE}_{self.prefix}")).close()
        self._template_ready = True

    def create(self, *, migrated: bool = True) -> str:
        """A new database (with the schema at head when `migrated`); its URL."""
        with self._lock:
            name = f"{self.prefix}_{next(self._counter)}"
            if migrated:
                self._template()
                _execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}_{self.prefix}")
            else:
                _execute(f"CREATE DATABASE {name}")
        return self.url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        _execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        if self._template_ready:
            _execute(f"DROP DATABASE IF EXISTS {TEMPLATE}_{self.prefix} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url_on_both_engines(request, tmp_path) -> str:
    """A workspace URL on SQLite, then on PostgreSQL: a conftest takes it as `database_url`
    for the tests of the storage layer (modules marked `sqlite_only` keep only SQLite)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'workspace.sqlite3'}"
    databases = request.getfixturevalue("postgres_databases")
    url = databases.create(migrated=True)
    request.addfinalizer(lambda: databases.drop(url))
    return url


def on_postgresql(item: pytest.Item) -> bool:
    """The test runs on the PostgreSQL server (a parameter or the `postgresql` marker)."""
    callspec = getattr(item, "callspec", None)
    if callspec is not None and callspec.params.get("database_url") == "postgresql":
        return True
    return item.get_closest_marker("postgresql") is not None


def deselected(items: list[pytest.Item]) -> list[pytest.Item]:
    """What not to run: SQLite-only tests on PostgreSQL, and, on a machine without the
    server outside CI, every PostgreSQL test (in CI those fail instead)."""
    no_server = server_url() is None and not required()
    out = []
    for item in items:
        if not on_postgresql(item):
            continue
        callspec = getattr(item, "callspec", None)
        parametrised = callspec is not None and "database_url" in callspec.params
        if no_server or (parametrised and item.get_closest_marker("sqlite_only")):
            out.append(item)
    return out
