"""The storage tests run on SQLite and on PostgreSQL (tests/postgres.py)."""

from tests.postgres import database_url_on_both_engines as database_url  # noqa: F401
