"""The office's IT person's commands, through the installed command, on an empty database."""

import os
import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from tests import postgres

pytestmark = pytest.mark.postgresql


def run(*args):
    environment = {**os.environ, "SCORE_DESKTOP_PASSWORD": "s3cret"}
    return subprocess.run(
        [sys.executable, "-m", "score_desktop", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def test_an_empty_database_becomes_an_office_a_laptop_syncs_with(tmp_path, postgres_databases):
    url = postgres_databases.create(migrated=False)
    login = f"lan_{os.getpid()}"
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        assert run("server", "init", "--database", plain).returncode == 0
        added = run(
            "server",
            "add-person",
            "Lan Tran",
            "--role",
            "consultant",
            "--login",
            login,
            "--database",
            plain,
        )
        assert added.returncode == 0, added.stderr
        assert "s3cret" not in added.stdout + added.stderr
        laptop = tmp_path / "lan.sqlite3"
        assert run("demo", "--database", laptop).returncode == 0
        as_lan = make_url(plain).set(username=login).render_as_string(hide_password=False)
        synced = run("sync", "--database", laptop, "--server", as_lan, "--as", "Lan Tran")
        assert synced.returncode == 0, synced.stderr
        assert "1 enterprises" in synced.stdout
        officer_view = run("list", "--json", "--database", plain)
        assert "Hongxing" in officer_view.stdout  # the demo's enterprise reached the office
        assigned = run("server", "assign", login, "Hongxing", "--database", plain)
        assert assigned.returncode == 0 and "0 newly assigned" in assigned.stdout
        refused = run("server", "assign", "nobody", "Hongxing", "--database", plain)
        assert refused.returncode == 1 and "No person" in refused.stderr
    finally:
        postgres_databases.drop(url)
        postgres._execute(f'DROP ROLE IF EXISTS "{login}"')
