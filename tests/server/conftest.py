"""An office database on the PostgreSQL test server, its people and their logins."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

from score_desktop.services.office_sync import sync
from score_desktop.storage import office_server
from score_desktop.storage.database import open_workspace
from tests import postgres

pytestmark = pytest.mark.postgresql


class Office:
    """A migrated, secured office database; `login_url(login)` connects as a person."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.workspace = open_workspace(url)
        office_server.secure(self.workspace.engine)
        self.logins: list[str] = []

    def add(self, name: str, role: str) -> str:
        login = office_server.add_person(
            self.workspace.engine,
            name,
            role,
            "secret",
            f"{office_server.login_for(name)}_{uuid.uuid4().hex[:6]}",
        )
        self.logins.append(login)
        return login

    def login_url(self, login: str) -> str:
        return (
            make_url(self.url)
            .set(username=login, password="secret")
            .render_as_string(hide_password=False)
        )

    def sync(self, laptop, login: str):
        """A laptop's sync through that login."""
        server = open_workspace(self.login_url(login))
        try:
            return sync(laptop.workspace, server, name=laptop.name)
        finally:
            server.close()

    def raw(self, login: str) -> psycopg.Connection:
        """A plain psycopg connection as that login: what any other client could do."""
        url = make_url(self.login_url(login)).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


@pytest.fixture
def office(postgres_databases):
    url = postgres_databases.create()
    made = Office(url)
    yield made
    made.workspace.close()
    postgres_databases.drop(url)
    for login in made.logins:
        postgres._execute(f'DROP ROLE IF EXISTS "{login}"')
