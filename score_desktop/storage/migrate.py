"""Alembic, driven from code. Imported only when a database is not at HEAD_REVISION:
loading Alembic costs about half a second, which every start would otherwise pay.
"""

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from .schema_version import MIGRATIONS_DIR


def _config(connection: Connection | None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def is_known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(_config(None)).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")


def alembic_head() -> str | None:
    return ScriptDirectory.from_config(_config(None)).get_current_head()
