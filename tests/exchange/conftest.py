"""Two (or three) real workspaces that exchange one enterprise's records."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from score_desktop.domain.history import Person, Role
from score_desktop.domain.ports import Repositories
from score_desktop.storage.conflict_inbox import SqlConflictInbox
from score_desktop.storage.database import Workspace, open_workspace
from score_desktop.storage.exchange_store import SqlExchange
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema import Base
from tests import postgres


@dataclasses.dataclass
class Laptop:
    """A workspace with its repositories and its exchange, used by one person."""

    name: str
    workspace: Workspace
    repos: Repositories
    exchange: SqlExchange
    inbox: SqlConflictInbox

    def send_to(self, other: Laptop, enterprise_id: uuid.UUID, *, since: int | None = None):
        change_set = self.exchange.collect(enterprise_id, since)
        return other.exchange.merge(
            change_set,
            package_id=uuid.uuid4(),
            from_device=self.exchange.device_id(),
            from_name=self.name,
            read_blob=self.exchange.read_blob,
            read_thumbnail=self.exchange.read_thumbnail,
        )

    def dump(self, enterprise_id: uuid.UUID | None = None) -> dict[str, list[tuple]]:
        """Every record table's rows (without local bookkeeping), for comparing workspaces."""
        skip = {"created_at", "updated_at", "revision", "created_by", "updated_by"}
        tables = {}
        with self.workspace.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                if "revision" not in table.c or table.name in ("people", "change_log"):
                    continue
                columns = [c for c in table.c if c.key not in skip]
                rows = connection.execute(select(*columns)).all()
                tables[table.name] = sorted(tuple(map(str, row)) for row in rows)
        return tables


def make_laptop(
    tmp_path: Path, name: str, role: Role = Role.CONSULTANT, *, url: str | None = None
) -> Laptop:
    workspace = open_workspace(url or f"sqlite:///{tmp_path / (name + '.sqlite3')}")
    repos = sql_repositories(workspace)
    repos.history.set_author(Person(name, role))
    return Laptop(name, workspace, repos, SqlExchange(workspace), SqlConflictInbox(workspace))


database_url = postgres.database_url_on_both_engines


@pytest.fixture
def laptops(request, tmp_path, database_url):
    """Makes laptops: SQLite files, or (the `postgresql` run) each its own database there."""
    made: list[Laptop] = []
    on_postgresql = database_url.startswith("postgresql")

    def make(name: str, role: Role = Role.CONSULTANT) -> Laptop:
        url = None
        if on_postgresql:
            databases = request.getfixturevalue("postgres_databases")
            url = databases.create()
            request.addfinalizer(lambda: databases.drop(url))
        laptop = make_laptop(tmp_path, name, role, url=url)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.workspace.close()
